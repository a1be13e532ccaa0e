"""The JSON contract: lossless round trip, schema-valid output."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

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
