"""Value types: invariants hold, collections are immutable, helpers behave."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newskit.types import (
    Actor,
    Analysis,
    Article,
    Block,
    Event,
    Mention,
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
