"""Value types: invariants hold, collections are immutable, helpers behave."""

from __future__ import annotations

import datetime as dt
import inspect

import attrs
import pytest

from newskit import types
from newskit.types import (
    Actor,
    Analysis,
    Article,
    Block,
    Event,
    Mention,
    Participant,
    Quote,
    Score,
    Span,
    TimeExpression,
)


def test_span_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=4)


def test_span_rejects_negative_start() -> None:
    with pytest.raises(ValueError, match=">= 0"):
        Span(start=-1, end=4)


def test_span_helpers() -> None:
    a, b, c = Span(start=0, end=5), Span(start=4, end=9), Span(start=5, end=9)
    assert a.overlaps(b) and not a.overlaps(c)
    assert Span(start=0, end=9).contains(b) and not a.contains(b)
    assert Span.covering([a, c]) == Span(start=0, end=9)
    assert a.text("Hello world") == "Hello" and len(a) == 5
    assert sorted([c, a]) == [a, c]
    with pytest.raises(ValueError):
        Span.covering([])


def test_types_are_frozen_and_keyword_only() -> None:
    span = Span(start=0, end=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(0, 1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (lambda: Actor(id="a1", name="X", kind="alien"), "kind must be one of"),
        (lambda: Quote(id="q1", kind="rumour", parts=(Span(start=0, end=1),)), "kind"),
        (lambda: Quote(id="q1", kind="direct", parts=()), "at least one span"),
        (lambda: TimeExpression(id="t1", span=Span(start=0, end=1), type="WEEK"), "type"),
        (lambda: Event(id="e1", type="x", trigger=Span(start=0, end=1), status="maybe"),
         "status"),
        (lambda: Block(type="sidebar", span=Span(start=0, end=1)), "type"),
        (lambda: Mention(span=Span(start=0, end=1), kind="nickname"), "kind"),
    ],
)
def test_closed_sets_are_enforced(factory, message) -> None:
    with pytest.raises(ValueError, match=message):
        factory()


def test_lists_become_tuples() -> None:
    actor = Actor(id="a1", name="X", kind="person", roles=["minister"], aliases=["Y"])
    assert actor.roles == ("minister",) and actor.aliases == ("Y",)


def test_quote_span_covers_parts() -> None:
    q = Quote(id="q1", kind="direct", parts=[Span(start=1, end=3), Span(start=10, end=12)])
    assert (q.start, q.end, q.span) == (1, 12, Span(start=1, end=12))


def test_published_date() -> None:
    article = Article(id="a", text="x", published=dt.datetime(2023, 5, 4, 10, 0))
    assert article.published_date == dt.date(2023, 5, 4)


def test_check_spans_reports_spans_outside_text() -> None:
    article = Article(id="a", text="short")
    analysis = Analysis(
        article=article,
        quotes=[Quote(id="q1", kind="direct", parts=[Span(start=0, end=50)])],
        scores=[Score(name="s", value=1, explanation="x", evidence=[Span(start=2, end=3)])],
    )
    problems = analysis.check_spans()
    assert len(problems) == 1 and "quotes[0].parts[0]" in problems[0]


def test_lookup_helpers() -> None:
    actor = Actor(id="a1", name="X", kind="person")
    analysis = Analysis(article=Article(id="a", text="X"), actors=[actor],
                        scores=[Score(name="s.n", value=2, explanation="e")])
    assert analysis.actor("a1") is actor and analysis.actor("zz") is None
    assert analysis.actor(None) is None
    assert analysis.score("s.n").value == 2 and analysis.score("nope") is None


# Trusted constructors: the same values as the validated constructors, without the checks.

_SPAN = Span(start=2, end=7)
_TRUSTED_CASES = [
    (types.trusted_span, Span, {"start": 2, "end": 7}),
    (types.trusted_mention, Mention, {"span": _SPAN, "kind": "pronoun"}),
    (types.trusted_block, Block, {"type": "caption", "span": _SPAN, "group": "g1",
                                  "attributes": {"agency": "AP"}}),
    (types.trusted_actor, Actor, {
        "id": "a1", "name": "Ana Lima", "kind": "person", "roles": ("minister",),
        "affiliation": "Party", "affiliation_id": "a2", "country": "Portugal",
        "country_code": "PT", "aliases": ("Lima",), "mentions": (Mention(span=_SPAN),),
    }),
    (types.trusted_quote, Quote, {
        "id": "q1", "kind": "mixed", "parts": (_SPAN, Span(start=9, end=12)),
        "cue": Span(start=8, end=9), "speaker_mention": Span(start=0, end=1),
        "speaker": "a1", "anonymous": True,
    }),
    (types.trusted_timex, TimeExpression, {
        "id": "t1", "span": _SPAN, "type": "DATE", "value": "2023-05-04", "mod": "START",
        "resolved": False,
    }),
    (types.trusted_participant, Participant, {"actor": "a1", "role": "agent"}),
    (types.trusted_event, Event, {
        "id": "e1", "type": "meeting", "trigger": _SPAN, "plover": "CONSULT",
        "participants": (Participant(actor="a1", role="agent"),), "when": "t1",
        "where": "a3", "status": "planned", "quote": "q1",
    }),
    (types.trusted_score, Score, {"name": "s.x", "value": 0.5, "explanation": "why",
                                  "evidence": (_SPAN,), "details": {"n": 1}}),
    (types.trusted_analysis, Analysis, {
        "article": Article(id="a", text="x" * 20), "blocks": (Block(type="paragraph",
        span=_SPAN),), "sentences": (_SPAN,), "actors": (Actor(id="a1", name="A",
        kind="person"),), "quotes": (), "timexes": (), "events": (),
        "scores": (Score(name="s", value=1, explanation="e"),), "errors": (),
    }),
]


@pytest.mark.parametrize(("trusted", "cls", "values"), _TRUSTED_CASES)
def test_trusted_constructors_build_what_the_validated_ones_build(trusted, cls, values) -> None:
    made = trusted(**values)
    expected = cls(**values)
    assert type(made) is cls
    assert made == expected
    assert repr(made) == repr(expected)
    if cls is not Analysis:  # Analysis holds an Article, whose metadata dict is unhashable
        assert hash(made) == hash(expected)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(made, attrs.fields(cls)[0].name, None)


@pytest.mark.parametrize(("trusted", "cls", "values"), _TRUSTED_CASES)
def test_trusted_constructors_cover_every_field_with_its_default(trusted, cls, values) -> None:
    # A field added to a type but not to its trusted constructor would be left
    # unset (AttributeError on first read): the signatures must follow the fields.
    params = inspect.signature(trusted).parameters
    fields = attrs.fields(cls)
    assert list(params) == [f.name for f in fields]
    for field in fields:
        param = params[field.name]
        assert param.kind is inspect.Parameter.KEYWORD_ONLY
        if field.default is attrs.NOTHING:
            assert param.default is inspect.Parameter.empty, field.name
        elif isinstance(field.default, attrs.Factory):
            assert param.default is None, field.name
        else:
            assert param.default == field.default, field.name
    required = {n: v for n, v in values.items() if params[n].default is inspect.Parameter.empty}
    assert trusted(**required) == cls(**required)


def test_trusted_dict_defaults_are_not_shared() -> None:
    first = types.trusted_block(type="paragraph", span=_SPAN)
    second = types.trusted_block(type="paragraph", span=_SPAN)
    assert first.attributes == {} and first.attributes is not second.attributes


def test_trusted_constructors_leave_the_public_checks_in_place() -> None:
    bad = types.trusted_span(start=5, end=3)  # the caller's promise, broken on purpose
    assert (bad.start, bad.end) == (5, 3)
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=3)


def test_check_spans_reports_invalid_spans() -> None:
    article = Article(id="a", text="a short text")
    analysis = Analysis(article=article, sentences=[types.trusted_span(start=5, end=3),
                                                    types.trusted_span(start=-1, end=2)])
    problems = analysis.check_spans()
    assert len(problems) == 2 and all("not a valid span" in p for p in problems)
    assert problems[0].startswith("sentences[0]")
