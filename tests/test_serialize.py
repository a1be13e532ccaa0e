"""The JSON contract: lossless round trip, schema-valid output."""

from __future__ import annotations

import datetime as dt
import json
from collections import OrderedDict
from http import HTTPStatus
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newskit.serialize import (
    analysis_from_dict,
    analysis_to_dict,
    dumps,
    failure_to_dict,
    loads,
    parse_published,
)
from newskit.types import (
    Actor,
    Analysis,
    Article,
    Block,
    ComponentError,
    Event,
    Failure,
    Mention,
    Participant,
    Quote,
    Score,
    Span,
    TimeExpression,
)

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "docs" / "schema" / "analysis.schema.json").read_text("utf-8")
)
TEXT = 'Minister Ana Lima said on Monday: "We will sign it." – Ação ✓ 😀'


def full_analysis(published: dt.date | dt.datetime | None) -> Analysis:
    s = lambda a, b: Span(start=a, end=b)  # noqa: E731
    return Analysis(
        article=Article(id="x1", text=TEXT, title="T", url="https://example.org/a", source="Wire",
                        published=published, language="en", authors=["A B"],
                        metadata={"section": "world", "tags": ["a", "b"], "n": 3}),
        blocks=[Block(type="paragraph", span=s(0, len(TEXT)), group=None,
                      attributes={"k": "v"})],
        sentences=[s(0, len(TEXT))],
        actors=[Actor(id="a1", name="Ana Lima", kind="person", roles=["Minister"],
                      country="Brazil", country_code="BR", aliases=["Lima"],
                      mentions=[Mention(span=s(9, 17)), Mention(span=s(35, 37), kind="pronoun")])],
        quotes=[Quote(id="q1", kind="direct", parts=[s(35, 50)], cue=s(18, 22),
                      speaker_mention=s(9, 17), speaker="a1")],
        timexes=[TimeExpression(id="t1", span=s(26, 32), type="DATE", value="2023-05-01",
                                mod=None, resolved=True)],
        events=[Event(id="e1", type="agreement", plover="AGREE", trigger=s(43, 47),
                      participants=[Participant(actor="a1", role="agent")], when="t1",
                      status="planned", quote="q1")],
        scores=[Score(name="sourcing.distinct_sources", value=1, explanation="one source",
                      evidence=[s(9, 17)], details={"by_speaker": {"a1": 1}})],
        errors=[ComponentError(component="x", plugin="p", error_type="ValueError",
                               message="boom")],
    )


@pytest.mark.parametrize(
    "published",
    [None, dt.date(2023, 5, 4), dt.datetime(2023, 5, 4, 10, 30),
     dt.datetime(2023, 5, 4, 10, 30, tzinfo=dt.timezone.utc)],
)
def test_round_trip_is_lossless(published) -> None:
    analysis = full_analysis(published)
    again = loads(dumps(analysis))
    assert again == analysis
    assert type(again.article.published) is type(analysis.article.published)
    assert analysis_from_dict(analysis_to_dict(analysis)) == analysis


def test_output_validates_against_schema() -> None:
    jsonschema.validate(analysis_to_dict(full_analysis(dt.date(2023, 5, 4))), SCHEMA)


def test_every_contract_key_is_present_even_when_empty() -> None:
    data = analysis_to_dict(Analysis(article=Article(id="a", text="x")))
    for key in ("article", "actors", "quotes", "timexes", "events", "scores", "blocks"):
        assert key in data
    jsonschema.validate(data, SCHEMA)


def test_spans_carry_their_text() -> None:
    data = analysis_to_dict(full_analysis(None))
    assert data["quotes"][0]["parts"][0]["text"] == TEXT[35:50]
    assert data["quotes"][0]["speaker_mention"]["text"] == "Ana Lima"
    assert data["timexes"][0]["text"] == "Monday"


def test_error_record_round_trip_and_schema() -> None:
    failure = Failure(input="a.jsonl", line=3, message="malformed JSON", component="jsonl")
    data = failure_to_dict(failure)
    jsonschema.validate(data, SCHEMA)
    assert loads(json.dumps(data)) == failure


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-05-04", dt.date(2023, 5, 4)),
        ("2023-05-04T10:00:00Z", dt.datetime(2023, 5, 4, 10, tzinfo=dt.timezone.utc)),
        ("", None),
        (None, None),
    ],
)
def test_parse_published(raw, expected) -> None:
    assert parse_published(raw) == expected


def test_parse_published_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        parse_published("last Tuesday")


# dumps writes analyses itself (newskit.serialize._Writer); the text must be what the
# standard encoder makes of analysis_to_dict, in both layouts, whatever the fields hold.

_NESTED: dict[str, Any] = {"level": 0}
for _depth in range(1, 12):  # deeper than the contract's own containers
    _NESTED = {"level": _depth, "inner": [_NESTED, []], "empty": {}}


def _awkward_analysis() -> Analysis:
    text = 'He said: "Ça va\\tbien" – \x01 end\n😀 "quoted" \\ back'
    s = lambda a, b: Span(start=a, end=b)  # noqa: E731
    return Analysis(
        article=Article(id='id "1"', text=text, published=dt.datetime(2023, 5, 4, 10, 30),
                        metadata={"nested": _NESTED, "floats": [0.1, 1e300, -0.0, 3],
                                  "flags": [True, False, None], "empty": [], "e": {}}),
        blocks=[Block(type="caption", span=s(0, 8), group="g1", attributes={}),
                Block(type="paragraph", span=s(0, len(text)))],
        sentences=[s(0, 8), s(9, len(text))],
        actors=[Actor(id="a1", name="Ça", kind="person"),
                Actor(id="a2", name="X", kind="group", roles=["a", "b"], aliases=["Y"],
                      affiliation="Z", affiliation_id="a1", country="Q", country_code="QQ",
                      mentions=[Mention(span=s(0, 2)), Mention(span=s(3, 3), kind="nominal")])],
        quotes=[Quote(id="q1", kind="mixed", parts=[s(9, 20), s(22, 30)], anonymous=True),
                Quote(id="q2", kind="indirect", parts=[s(0, 1)], cue=s(3, 7),
                      speaker_mention=s(0, 2), speaker="a1")],
        timexes=[TimeExpression(id="t1", span=s(0, 2), type="SET", resolved=False)],
        events=[Event(id="e1", type="meeting", trigger=s(3, 7)),
                Event(id="e2", type="visit", trigger=s(0, 2), where="a1", when="t1",
                      participants=[Participant(actor="a1", role="agent"),
                                    Participant(actor="a2", role="target")])],
        scores=[Score(name="a.float", value=0.125, explanation="f", details={"x": [1.5]}),
                Score(name="a.bool", value=True, explanation="b", evidence=[s(0, 2), s(3, 7)]),
                Score(name="a.none", value=None, explanation=""),
                Score(name="a.str", value="high", explanation="s", details={"k": {"v": None}}),
                Score(name="a.nan", value=float("nan"), explanation="n",
                      details={"inf": float("inf"), "ninf": float("-inf")})],
    )


def _standard(analysis: Analysis, indent: int | None) -> str:
    return json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("indent", [None, 0, 2, 4])
@pytest.mark.parametrize(
    "analysis",
    [full_analysis(dt.date(2023, 5, 4)), full_analysis(None), _awkward_analysis(),
     Analysis(article=Article(id="a", text=""))],
)
def test_dumps_writes_what_the_standard_encoder_writes(analysis: Analysis, indent) -> None:
    assert dumps(analysis, indent=indent) == _standard(analysis, indent)


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize(
    "details",
    [
        {1: "an int key", "b": 2},  # the encoder turns the key into "1"
        {"ordered": OrderedDict(b=1, a=2)},
        {"tuple": (1, 2), "int_enum": HTTPStatus.OK},
        {"b": 2, 1: "an int key after a string key"},
    ],
)
def test_dumps_leaves_unusual_values_to_the_standard_encoder(details, indent) -> None:
    analysis = Analysis(article=Article(id="a", text="abc"),
                        scores=[Score(name="s", value=1, explanation="e", details=details)])
    assert dumps(analysis, indent=indent) == _standard(analysis, indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_dumps_writes_many_and_repeated_keys_as_the_standard_encoder(indent) -> None:
    # more distinct keys than the indented writer keeps written, and the same keys
    # again in rows, nested lists and objects
    rows = [{"start": i, "text": f"w{i}", "flag": i % 2 == 0, "share": i / 7} for i in range(5)]
    details = {"many": {f"key {i}": i for i in range(5000)}, "rows": rows,
               "nested": [[rows[0], {"start": None}], ("a", {"text": []})], "start": "again"}
    analysis = Analysis(article=Article(id="a", text="abc"),
                        scores=[Score(name="s", value=1, explanation="e", details=details),
                                Score(name="t", value=2, explanation="e", details=details)])
    assert dumps(analysis, indent=indent) == _standard(analysis, indent)


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize(
    "bounds",
    [
        [(0, 5), (7, 12), (14, 27)],  # gaps with line breaks and quotation marks
        [(2, 6), (6, 6), (6, 9), (12, 27)],  # an empty block; text before the first
        [(0, 27)],
        [(1, 4)],  # text after the last block
        [(9, 12), (0, 5)],  # out of order
        [(0, 9), (5, 12)],  # overlapping
    ],
)
def test_dumps_writes_the_text_and_its_blocks_as_the_standard_encoder(bounds, indent) -> None:
    # The article text's JSON string is put together from its blocks' and gaps'.
    text = '"Hi"\n\n\\ a\t\x01b\n"x"\r\n\u2019\ud83d end\x1f "'
    assert len(text) == 27
    blocks = [Block(type="paragraph", span=Span(start=a, end=b)) for a, b in bounds]
    analysis = Analysis(article=Article(id="a", text=text), blocks=blocks)
    assert dumps(analysis, indent=indent) == _standard(analysis, indent)


def test_dumps_keeps_the_standard_encoders_errors() -> None:
    analysis = Analysis(article=Article(id="a", text="abc"),
                        scores=[Score(name="s", value=1, explanation="e", details={"x": {1, 2}})])
    for indent in (None, 2):
        with pytest.raises(TypeError, match="not JSON serializable"):
            dumps(analysis, indent=indent)


def test_duplicate_score_names_are_written_as_the_dict_keeps_them() -> None:
    scores = [Score(name="s", value=1, explanation="first"),
              Score(name="s", value=2, explanation="second")]
    analysis = Analysis(article=Article(id="a", text="abc"), scores=scores)
    assert dumps(analysis) == _standard(analysis, None)
    assert json.loads(dumps(analysis))["scores"]["s"]["value"] == 2
