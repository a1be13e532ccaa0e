"""Property tests of the whole default pipeline (hypothesis).

For arbitrary Unicode text, and for articles assembled from quotation,
name, cue and date fragments:

* every span lies inside the text, and the text written next to each span in
  the JSON output is exactly the slice of the article it names;
* no exception escapes an extractor (``analysis.errors`` is empty);
* output is deterministic (the same article gives the same analysis, also
  from a freshly built pipeline);
* the JSON round trip is lossless (and :func:`newskit.testing.check_analysis`
  finds nothing wrong).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newskit.serialize import analysis_to_dict, dumps, loads
from newskit.testing import check_analysis, make_registry
from newskit.types import Analysis, Article

PIPELINE = make_registry().pipeline()

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」", "`", "''"]
NAMES = [
    "Ana Lopez", "Mr. Omar Haddad", "Dr. Ruth Kim", "President Lee", "the minister",
    "the newspaper", "he", "she", "they", "officials", "Acme Corp.", "the U.N.", "NATO",
    "O'Brien", "Jean-Luc Martin", "María José Núñez", "Lee", "Mao", "May", "Will", "Hope",
]
CUES = [
    "said", "says", "told reporters", "according to", "added", "warned", "insisted that",
    "said in a statement", "wrote on X", ":", ",", "—", " - ", "asked", "denied",
]
DATES = [
    "on Monday", "last week", "next year", "3 March 2024", "March 3, 2024", "2023-07-11",
    "in May", "May", "yesterday", "this morning", "at 10:45 GMT", "in the 1990s", "Q3",
    "two days ago", "every Tuesday", "the second", "12/05/2024", "31 February 2023",
    "the spring of 2021", "0", "99999", "-1",
]
GLUE = [" ", " ", " ", ", ", ". ", "\n", "\n\n", " (", ") ", "; ", "! ", "? ", "...", "\t",
        "\u00a0", "\u200b", "\r\n"]
WORDS = ["the", "talks", "would", "resume", "we are ready", "not", "a", "deal", "in Oslo",
         "WASHINGTON (Reuters) -", "By Jane Doe", "Photo: AFP", "#", "*", "1.", "-"]

fragment = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(DATES),
    st.sampled_from(WORDS),
    st.sampled_from(GLUE),
    st.text(max_size=12),
)

news_text = st.lists(fragment, min_size=1, max_size=80).map("".join)

published = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2050, 1, 1),
                 timezones=st.sampled_from([None, dt.timezone.utc])),
)


def span_dicts(value: Any) -> Iterator[dict[str, Any]]:
    """Every dict of the JSON output that carries ``start``, ``end`` and ``text``."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= set(value) and isinstance(value["start"], int):
            yield value
        for item in value.values():
            yield from span_dicts(item)
    elif isinstance(value, list):
        for item in value:
            yield from span_dicts(item)


def check(article: Article) -> Analysis:
    analysis = PIPELINE.run(article)
    assert analysis.errors == (), analysis.errors
    text = article.text
    for where, span in analysis.spans():
        assert 0 <= span.start <= span.end <= len(text), where
    data = analysis_to_dict(analysis)
    body = {k: v for k, v in data.items() if k != "article"}
    for item in span_dicts(body):
        assert item["text"] == text[item["start"] : item["end"]], item
    assert check_analysis(analysis) == []
    assert loads(dumps(analysis)) == analysis
    assert PIPELINE.run(article) == analysis
    return analysis


@SETTINGS
@given(text=st.text(max_size=400), when=published)
def test_arbitrary_unicode_text(text: str, when: Any) -> None:
    check(Article(id="u", text=text, published=when))


@SETTINGS
@given(text=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=2000))
def test_arbitrary_long_text(text: str) -> None:
    check(Article(id="l", text=text))


@SETTINGS
@given(text=news_text, when=published)
def test_articles_from_quote_name_and_date_fragments(text: str, when: Any) -> None:
    check(Article(id="f", text=text, published=when))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_text, when=published)
def test_a_fresh_pipeline_gives_the_same_result(text: str, when: Any) -> None:
    article = Article(id="d", text=text, published=when)
    fresh = make_registry().pipeline()
    assert fresh.run(article) == PIPELINE.run(article)


DETERMINISM_TEXTS = [
    '"We were never worried," he said several weeks after the vote.',
    '"It was an error," the mayor said several months after her resignation, and a few days ago '
    "she repeated it.",
    "The talks, which began just a couple of days ago, will last the next eight weeks, "
    "officials said.",
    "A few days ago the minister said the plan would be ready several weeks after the election.",
    "Ana Lopez said last Monday that talks would resume in the next three months.",
    'Mr. Omar Haddad told reporters in Oslo: "The door is open." According to the U.N., '
    "the vote was held on 3 March 2024.",
]

PROBE = """
import json, sys
from newskit.serialize import result_to_dict
from newskit.testing import make_registry
from newskit.types import Article
pipeline = make_registry().pipeline()
for i, text in enumerate(json.loads(sys.stdin.read())):
    for published in (None, "2024-03-04"):
        article = Article(id=str(i), text=text,
                          published=None if published is None else
                          __import__("datetime").date.fromisoformat(published))
        print(json.dumps(result_to_dict(pipeline.run(article)), sort_keys=True))
"""


def test_deterministic_across_processes() -> None:
    """Same text, same output, whatever the process: no dependence on set or dict
    order of strings (hash randomisation), so worker processes, Dask workers and
    reruns agree."""
    import json
    import os
    import random
    import subprocess
    import sys

    rng = random.Random(11)
    texts = list(DETERMINISM_TEXTS)
    pool = QUOTE_MARKS + NAMES + CUES + DATES + WORDS
    for _ in range(40):
        texts.append(" ".join(rng.choice(pool) for _ in range(rng.randint(5, 40))))
    outputs = {}
    for seed in ("0", "1", "2", "3"):
        proc = subprocess.run(
            [sys.executable, "-c", PROBE], input=json.dumps(texts), capture_output=True,
            text=True, timeout=300, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        outputs[seed] = proc.stdout.splitlines()
    reference = outputs["0"]
    for seed, lines in outputs.items():
        differing = [
            (texts[i // 2], layer)
            for i, (a, b) in enumerate(zip(reference, lines, strict=True))
            if a != b
            for layer, value in json.loads(a).items()
            if json.loads(b)[layer] != value
        ]
        assert not differing, f"PYTHONHASHSEED={seed} changes the output: {differing[:5]}"
