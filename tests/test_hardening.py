"""Hardening: bad files, misbehaving plugins and pathological text never stop a batch.

* Bad files (not UTF-8, empty, binary, truncated gzip, malformed JSON lines)
  each give an error record with the file and line; the next input is read.
* A plugin component that raises, or returns spans outside the text, is
  reported by name; the other components' results are kept (end to end
  through the command line, the plugin installed as an entry point).
* Pathological inputs finish: the whole default pipeline runs on them under a
  generous alarm (a hang guard, not a speed test).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from newskit.cli import EXIT_FAILED, main
from newskit.serialize import dumps, loads
from newskit.testing import make_registry
from newskit.types import Article

GOOD = 'Mayor Lena Frost said on Tuesday that the bridge would reopen. "It is safe," she said.'


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def errors_of(records: list[dict[str, Any]]) -> list[tuple[str, int | None]]:
    return [(Path(r["error"]["input"]).name, r["error"]["line"]) for r in records if "error" in r]


def incompressible_lines(n: int) -> bytes:
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)) for _ in range(50)]
    lines = []
    for i in range(n):
        text = " ".join(rng.choice(words) for _ in range(30)).capitalize() + "."
        lines.append(json.dumps({"id": f"g{i}", "text": text}))
    return ("\n".join(lines) + "\n").encode()


# -- bad files ------------------------------------------------------------------------------


def test_bad_files_each_give_an_error_record_and_the_batch_goes_on(
    tmp_path: Path, capsys: Any
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (src / "b_latin1.txt").write_bytes("First line.\nCaf\xe9 society.".encode("latin-1"))
    (src / "c_empty.txt").write_bytes(b"")
    (src / "d_blank.txt").write_bytes(b"  \n\t\n")
    (src / "e_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    data = incompressible_lines(400)
    whole = gzip.compress(data)
    (src / "f_truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (src / "g_not_gzip.jsonl.gz").write_bytes(b"plain text pretending to be gzip\n")
    (src / "h_lines.jsonl").write_bytes(
        b'{"id": "h1", "text": "Fine line."}\n'
        b"{not json\n"
        b'{"id": "h3", "text": 42}\n'
        b"\n"
        b'["not", "an", "object"]\n'
        b'{"id": "h6", "text": "caf\xe9"}\n'
        b'{"id": "h7", "text": "Also fine."}\n'
        + b"[" * 100_000 + b"\n"
        + b'{"id": "h9", "published": "last Tuesday", "text": "Dated badly."}\n'
        b'{"id": "h10", "text": "The last line has no newline."}'
    )
    (src / "i_malformed.json").write_text('{"text": "a",\n "id": }', encoding="utf-8")
    (src / "j_empty_array.json").write_text("[]", encoding="utf-8")
    (src / "k_empty.jsonl").write_bytes(b"")
    (src / "z_good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"

    code = main(["analyze", str(src), "-f", "jsonl", "-o", str(out), "-j", "2"])

    assert code == EXIT_FAILED
    records = read_jsonl(out)
    analysed = [r["article"]["id"] for r in records if "article" in r]
    truncated = [i for i in analysed if i.startswith("g")]
    assert analysed == ["a_good", *truncated, "h1", "h7", "h10", "z_good"]
    assert 0 < len(truncated) < 400
    errors = errors_of(records)
    assert errors == [
        ("b_latin1.txt", 2),
        ("c_empty.txt", None),
        ("d_blank.txt", None),
        ("e_binary.txt", 3),  # the line of the first NUL byte
        ("f_truncated.jsonl.gz", len(truncated) + 1),
        ("g_not_gzip.jsonl.gz", 1),
        ("h_lines.jsonl", 2),
        ("h_lines.jsonl", 3),
        ("h_lines.jsonl", 5),
        ("h_lines.jsonl", 6),
        ("h_lines.jsonl", 8),
        ("h_lines.jsonl", 9),
        ("i_malformed.json", 2),
        ("j_empty_array.json", None),
        ("k_empty.jsonl", None),
    ]
    for record in records:
        if "error" in record:
            assert record["error"]["message"]
            assert record["error"]["component"] in {"text", "json", "jsonl"}
    err = capsys.readouterr().err
    assert f"{len(records)} input(s): {len(analysed)} analysed, {len(errors)} failed" in err


def test_lone_surrogates_are_refused_with_file_and_line(tmp_path: Path) -> None:
    """Valid JSON, not Unicode: ``"\\ud800"`` could never be written out as UTF-8."""
    source = tmp_path / "s.jsonl"
    source.write_text(
        '{"id": "s1", "text": "Ana said \\ud800 hello."}\n'
        '{"id": "s2", "text": "Fine.", "tags": {"k": ["\\udfff"]}}\n'
        '{"id": "s3", "text": "Fine too."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(source), "-f", "jsonl", "-o", str(out), "-q"]) == EXIT_FAILED
    records = read_jsonl(out)
    assert errors_of(records) == [("s.jsonl", 1), ("s.jsonl", 2)]
    assert "lone surrogate U+D800" in records[0]["error"]["message"]
    assert records[2]["article"]["id"] == "s3"


def test_a_result_that_cannot_be_written_becomes_an_error_record() -> None:
    """Defence in depth, for plugin loaders: the line is replaced, the batch goes on."""
    from newskit.cli.analyze import _Encoder

    registry = make_registry()
    encoder = _Encoder(registry.get("exporters", "jsonl").component)
    analysis = registry.pipeline(only=["structure"]).run(
        Article(id="x", text="Text from a loader that let a \udc80 through.")
    )
    encoded = encoder(analysis)
    assert encoded.summary.status == "failed"
    record = json.loads(encoded.text)
    assert record["error"]["error_type"] == "OutputError"
    assert record["error"]["article_id"] == "x"


def test_bad_standard_input_is_an_error_record(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newskit", "analyze", "-", "-f", "jsonl"],
        input=b"\xff\xfe\x00junk", capture_output=True, timeout=120,
    )
    assert proc.returncode == EXIT_FAILED
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["error"]["input"] == "-"
    assert record["error"]["line"] == 1


# -- misbehaving plugins, end to end ------------------------------------------------------

PLUGIN = '''
from newskit import hookimpl
from newskit.types import Block, Span


class Raiser:
    name = "raiser"
    requires = ()
    produces = ()

    def extract(self, article, layers):
        raise ZeroDivisionError("plugin bug")


class Spanner:
    name = "spanner"
    requires = ("blocks",)
    produces = ()
    updates = ("blocks",)

    def extract(self, article, layers):
        n = len(article.text)
        return {"blocks": (Block(type="paragraph", span=Span(start=0, end=n + 5)),)}


@hookimpl
def newskit_register_extractors():
    return [Raiser(), Spanner()]
'''


@pytest.fixture
def plugin_site(tmp_path: Path) -> Path:
    """A plugin package installed as an entry point (a dist-info on PYTHONPATH)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "newskit_badplugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "newskit_badplugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newskit-badplugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[newskit]\nbadplugin = newskit_badplugin\n", encoding="utf-8"
    )
    return site


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_failing_plugin_components_are_named_and_the_rest_is_kept(
    tmp_path: Path, plugin_site: Path, jobs: str
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(f"{GOOD}\n\nSecond paragraph {i}.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(plugin_site), os.environ.get("PYTHONPATH", "")]
    ), "NEWSKIT_LOAD_PLUGINS": "badplugin"}
    proc = subprocess.run(
        [sys.executable, "-m", "newskit", "analyze", str(src), "-f", "jsonl", "-o", str(out),
         "--use", "raiser,spanner", "-j", jobs],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == EXIT_FAILED, proc.stderr
    records = read_jsonl(out)
    assert [r["article"]["id"] for r in records] == ["a0", "a1", "a2"]
    baseline = make_registry().pipeline()
    for record in records:
        errors = {e["component"]: e for e in record["errors"]}
        assert set(errors) == {"raiser", "spanner"}
        assert errors["raiser"]["plugin"] == "badplugin"
        assert "ZeroDivisionError: plugin bug" in errors["raiser"]["message"]
        assert errors["spanner"]["error_type"] == "ContractViolation"
        assert "outside the text" in errors["spanner"]["message"]
        # Everything the built-in components found is still there.
        article = Article(id=record["article"]["id"], text=record["article"]["text"])
        expected = baseline.run(article)
        assert len(record["blocks"]) == len(expected.blocks) > 0
        for layer in ("sentences", "actors", "quotes", "timexes", "events"):
            assert len(record[layer]) == len(getattr(expected, layer)), layer
    assert "component 'raiser' (plugin 'badplugin')" in proc.stderr
    assert "3 input(s): 3 analysed (3 with component errors), 0 failed" in proc.stderr


# -- pathological inputs ----------------------------------------------------------------------


class Hang(BaseException):
    """Raised by the alarm; a BaseException so no ``except Exception`` can swallow it."""


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (POSIX); generous: this is not a speed test."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise Hang(f"did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


NEWS = (
    "WASHINGTON (Reuters) - Senator Maria Alvarez said on Tuesday that the committee would "
    'vote next week. "We have the numbers," Alvarez told reporters, adding that talks with '
    "the White House had been productive.\n\n"
    "According to two officials, the bill could reach the floor by 12 March 2024. "
    "Dr. Henry Okafor, an economist at Northfield University, said the plan was "
    '"a step in the right direction" but warned of costs.\n\n'
)


def pathological() -> dict[str, str]:
    names = ["Ana Lopez", "Mr. Omar Haddad", "the minister", "President Lee", "Dr. Ruth Kim"]
    rng = random.Random(3)
    return {
        "5 MB article": (NEWS * (5_000_000 // len(NEWS) + 1))[:5_000_000],
        "1 MB line without a full stop": ("and then the mayor said that " * 40_000)[:1_000_000],
        "100,000 straight quotation marks": '"' * 100_000,
        "100,000 mixed quotation marks": "".join(
            rng.choice(['"', "“", "”", "«", "»", "'", "‘", "’", " ", "a"]) for _ in range(100_000)
        ),
        "quotes that never close": ('He said "we will ' * 20_000),
        "repeated name-like tokens": " ".join(["Ana Lopez"] * 60_000),
        "capitalised words without punctuation": " ".join(
            rng.choice(["Big", "Red", "House", "Committee", "Said", "Monday", "May", "New"])
            for _ in range(150_000)
        ),
        "titles and initials": "Mr. Dr. Prof. J. R. R. " * 30_000,
        "name, said, name": ", ".join(f"{rng.choice(names)} said" for _ in range(30_000)),
        "dates everywhere": "on Monday 3 March 2024 next week last year 2023-07-11 " * 15_000,
        "one 'word' of 1 MB": "x" * 1_000_000,
        "blank lines": "\n" * 500_000 + "End.",
        "control and combining characters": ("a\u0301\u200b\x0b\x0c\u2028\u2029" * 50_000),
    }


@pytest.fixture(scope="module")
def full_pipeline() -> Any:
    return make_registry().pipeline()


@pytest.mark.slow
@pytest.mark.parametrize("name", list(pathological()))
def test_pathological_input_finishes_cleanly(name: str, full_pipeline: Any) -> None:
    text = pathological()[name]
    article = Article(id="p", text=text, published=None)
    with alarm(300):
        analysis = full_pipeline.run(article)
    assert analysis.errors == ()
    assert sound(analysis) == []


def sound(analysis: Any) -> list[str]:
    """What :func:`newskit.testing.check_analysis` checks, in linear time (it counts
    duplicate ids with ``list.count``, quadratic on the tens of thousands of items
    these inputs produce)."""
    problems = analysis.check_spans()
    for layer in ("actors", "quotes", "timexes", "events"):
        ids = [item.id for item in getattr(analysis, layer)]
        if len(set(ids)) != len(ids):
            problems.append(f"{layer}: duplicate ids")
    actors = {a.id for a in analysis.actors}
    timexes = {t.id for t in analysis.timexes}
    problems += [f"quote {q.id}: unknown speaker" for q in analysis.quotes
                 if q.speaker is not None and q.speaker not in actors]
    problems += [f"event {e.id}: unknown reference" for e in analysis.events
                 if any(p.actor not in actors for p in e.participants)
                 or (e.where is not None and e.where not in actors)
                 or (e.when is not None and e.when not in timexes)]
    if loads(dumps(analysis)) != analysis:
        problems.append("JSON round trip is not lossless")
    return problems


@pytest.mark.corpus
def test_no_component_error_on_real_news(corpus: Path, full_pipeline: Any) -> None:
    """The whole default pipeline on every PolNeAR dev article: no extractor or scorer
    raises, every result is sound (the texts are read from the corpus, never copied)."""
    paths = sorted((corpus / "polnear" / "dev" / "text").glob("*.txt"))
    if not paths:
        pytest.skip("no PolNeAR dev articles")
    problems = []
    for path in paths:
        article = Article(id=path.stem, text=path.read_text(encoding="utf-8"))
        analysis = full_pipeline.run(article)
        problems += [f"{path.stem}: {e.component}: {e.message}" for e in analysis.errors]
        problems += [f"{path.stem}: {p}" for p in sound(analysis)]
    assert not problems, f"{len(problems)} problem(s), first: {problems[:5]}"
