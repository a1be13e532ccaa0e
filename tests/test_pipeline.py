"""Pipeline building (ordering, refusal of bad configurations) and running (failures kept local)."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from newskit import hookimpl, types
from newskit.errors import ComponentFailed, ConfigurationError, UnknownComponentError
from newskit.testing import make_registry
from newskit.types import Actor, Article, Block, Mention, Quote, Score, Span


class Fake:
    """A configurable extractor for pipeline tests."""

    def __init__(self, name: str, requires: tuple[str, ...] = (), produces: tuple[str, ...] = (),
                 updates: tuple[str, ...] = (), output: Any = None, error: bool = False) -> None:
        self.name, self.requires, self.produces = name, requires, produces
        self.updates = updates
        self.output = output
        self.error = error
        self.seen: list[dict[str, Any]] = []

    def extract(self, article: Article, layers: Any) -> Any:
        self.seen.append(dict(layers))
        if self.error:
            raise RuntimeError("kaboom")
        if self.output is not None:
            return self.output(article, layers)
        return {layer: () for layer in self.produces}


def registry_with(*extractors: Any, scorers: tuple[Any, ...] = ()) -> Any:
    class Plugin:
        @hookimpl
        def newskit_register_extractors(self) -> list[Any]:
            return list(extractors)

        @hookimpl
        def newskit_register_scorers(self) -> list[Any]:
            return list(scorers)

    return make_registry(Plugin(), defaults=False)


ARTICLE = Article(id="a", text="Ana said hi.")


def blocks(article: Article, layers: Any) -> dict[str, Any]:
    return {"blocks": (Block(type="paragraph", span=Span(start=0, end=len(article.text))),),
            "sentences": (Span(start=0, end=len(article.text)),)}


def actors(article: Article, layers: Any) -> dict[str, Any]:
    return {"actors": (Actor(id="a1", name="Ana", kind="person",
                             mentions=[Mention(span=Span(start=0, end=3))]),)}


def test_extractors_are_ordered_by_requirements() -> None:
    reg = registry_with(
        Fake("quotes", requires=("actors", "blocks"), produces=("quotes",)),
        Fake("actors", requires=("blocks",), produces=("actors",)),
        Fake("structure", produces=("blocks", "sentences")),
    )
    assert reg.pipeline(extractors=["quotes", "actors", "structure"]).names == [
        "structure", "actors", "quotes"]


def test_updaters_run_before_consumers_of_the_layer() -> None:
    resolver = Fake("resolver", requires=("actors",), produces=("quotes",), updates=("actors",))
    events = Fake("events", requires=("actors", "quotes"), produces=("events",))
    reg = registry_with(events, resolver, Fake("actors", produces=("actors",), output=actors))
    pipeline = reg.pipeline(extractors=["events", "resolver", "actors"])
    assert pipeline.names == ["actors", "resolver", "events"]


def test_cycle_is_refused_naming_the_components() -> None:
    reg = registry_with(Fake("a", requires=("quotes",), produces=("actors",)),
                        Fake("b", requires=("actors",), produces=("quotes",)))
    with pytest.raises(ConfigurationError, match=r"cycle: (a -> b -> a|b -> a -> b)"):
        reg.pipeline(extractors=["a", "b"])


def test_missing_requirement_is_refused_naming_the_component() -> None:
    reg = registry_with(Fake("quotes", requires=("actors",), produces=("quotes",)))
    with pytest.raises(ConfigurationError, match=r"'quotes'.*requires layer 'actors'"):
        reg.pipeline(extractors=["quotes"])


def test_unknown_layer_is_refused() -> None:
    reg = registry_with(Fake("odd", produces=("sentiment",)))
    with pytest.raises(ConfigurationError, match=r"unknown layer.*'sentiment'"):
        reg.pipeline(extractors=["odd"])


def test_two_producers_of_a_layer_are_refused() -> None:
    reg = registry_with(Fake("a", produces=("actors",)), Fake("b", produces=("actors",)))
    with pytest.raises(ConfigurationError, match="produced by both 'a' and 'b'"):
        reg.pipeline(extractors=["a", "b"])


def test_only_pulls_in_requirements_and_skip_removes() -> None:
    reg = registry_with(
        Fake("structure", produces=("blocks", "sentences")),
        Fake("actors", requires=("blocks",), produces=("actors",)),
        Fake("timexes", requires=("blocks",), produces=("timexes",)),
    )
    base = ["structure", "actors", "timexes"]
    assert reg.pipeline(extractors=base, only=["timexes"]).names == ["structure", "timexes"]
    assert reg.pipeline(extractors=base, skip=["timexes"]).names == ["structure", "actors"]
    with pytest.raises(ConfigurationError, match=r"requires layer 'blocks'.*skipped: structure"):
        reg.pipeline(extractors=base, skip=["structure"])
    with pytest.raises(UnknownComponentError, match="no extractor named 'nope'"):
        reg.pipeline(extractors=base, skip=["nope"])


def test_use_replaces_the_producer_of_the_same_layer() -> None:
    reg = registry_with(
        Fake("structure", produces=("blocks", "sentences")),
        Fake("actors", requires=("blocks",), produces=("actors",)),
        Fake("other-actors", produces=("actors",)),
    )
    names = reg.pipeline(extractors=["structure", "actors"], use=["other-actors"]).names
    assert "actors" not in names and "other-actors" in names


def test_layers_flow_between_extractors() -> None:
    consumer = Fake("consumer", requires=("actors",), produces=("quotes",))
    reg = registry_with(Fake("actors", produces=("actors",), output=actors), consumer)
    analysis = reg.pipeline(extractors=["actors", "consumer"]).run(ARTICLE)
    assert consumer.seen[0]["actors"][0].name == "Ana"
    assert analysis.actors[0].name == "Ana" and analysis.quotes == ()


def test_failing_extractor_is_recorded_and_dependents_skipped_others_kept() -> None:
    reg = registry_with(
        Fake("structure", produces=("blocks", "sentences"), output=blocks),
        Fake("actors", requires=("blocks",), produces=("actors",), error=True),
        Fake("quotes", requires=("actors",), produces=("quotes",)),
        Fake("timexes", requires=("blocks",), produces=("timexes",)),
    )
    analysis = reg.pipeline(extractors=["structure", "actors", "quotes", "timexes"]).run(ARTICLE)
    assert len(analysis.blocks) == 1
    errors = {e.component: e for e in analysis.errors}
    assert errors["actors"].error_type == "RuntimeError" and "kaboom" in errors["actors"].message
    assert errors["actors"].plugin == "Plugin"
    assert errors["quotes"].error_type == "Skipped"
    assert "timexes" not in errors


def test_strict_mode_raises_with_component_and_article() -> None:
    reg = registry_with(Fake("actors", produces=("actors",), error=True))
    with pytest.raises(ComponentFailed, match="article 'a': component 'actors'"):
        reg.pipeline(extractors=["actors"], strict=True).run(ARTICLE)


class GcProbe:
    """An extractor that records whether the cyclic collector ran automatically."""

    name, requires, produces, updates = "probe", (), ("actors",), ()

    def __init__(self, error: bool = False) -> None:
        self.enabled: list[bool] = []
        self.error = error

    def extract(self, article: Article, layers: Any) -> Any:
        self.enabled.append(gc.isenabled())
        if self.error:
            raise RuntimeError("kaboom")
        return {"actors": ()}


@pytest.mark.parametrize("strict", [False, True])
def test_collector_paused_during_a_run_and_restored_after(strict: bool) -> None:
    probe = GcProbe(error=strict)
    pipeline = registry_with(probe).pipeline(extractors=["probe"], strict=strict)
    assert gc.isenabled()
    if strict:
        with pytest.raises(ComponentFailed):
            pipeline.run(ARTICLE)
    else:
        pipeline.run(ARTICLE)
    assert probe.enabled == [False]
    assert gc.isenabled()  # turned back on, also when the run raised


def test_collector_left_off_when_the_caller_turned_it_off() -> None:
    probe = GcProbe()
    pipeline = registry_with(probe).pipeline(extractors=["probe"])
    gc.disable()
    try:
        pipeline.run(ARTICLE)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert probe.enabled == [False]


# Extractors may build their values with the trusted constructors, which skip the
# validators: the pipeline's own check must still refuse what those would refuse.


def _one_actor(span: Span, kind: str = "person", mention_kind: str = "name") -> Any:
    return lambda a, layers: {"actors": (types.trusted_actor(
        id="x", name="X", kind=kind,
        mentions=(types.trusted_mention(span=span, kind=mention_kind),)),)}


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (lambda a, layers: {"actors": (), "quotes": ()}, "undeclared layer"),
        (lambda a, layers: {}, "did not return declared layer"),
        (lambda a, layers: {"actors": ("Ana",)}, "item 0 is str, expected Actor"),
        (lambda a, layers: {"actors": (Actor(id="x", name="X", kind="person",
                                         mentions=[Mention(span=Span(start=5, end=99))]),)},
         "lies outside the text"),
        (lambda a, layers: [("actors", ())], "expected a mapping"),
        (lambda a, layers: {"actors": 5}, "layer 'actors' is int, expected a sequence"),
        (lambda a, layers: {"actors": [Actor(id="x", name="X", kind="person"), "Ana"]},
         "item 1 is str, expected Actor"),
        (_one_actor(types.trusted_span(start=5, end=3)),
         "actors[0].mentions[0]: span 5-3 is not a valid span"),
        (_one_actor(types.trusted_span(start=-2, end=3)), "span -2-3 is not a valid span"),
        (_one_actor(types.trusted_span(start=5, end=99)), "span 5-99 lies outside the text"),
        (_one_actor(Span(start=0, end=3), kind="alien"), "kind 'alien' is not one of"),
        (_one_actor(Span(start=0, end=3), mention_kind="nick"),
         "mention kind 'nick' is not one of"),
        (lambda a, layers: {"actors": (types.trusted_actor(
            id="x", name="X", kind="person", mentions=(types.trusted_mention(
                span=(0, 3)),)),)},  # type: ignore[arg-type]
         "actors[0].mentions[0] is tuple, expected Span"),
    ],
)
def test_contract_violations_are_recorded(output: Any, message: str) -> None:
    reg = registry_with(Fake("actors", produces=("actors",), output=output))
    analysis = reg.pipeline(extractors=["actors"]).run(ARTICLE)
    assert analysis.actors == ()
    assert analysis.errors[0].error_type == "ContractViolation"
    assert message in analysis.errors[0].message


@pytest.mark.parametrize(
    ("added", "message"),
    [
        (types.trusted_span(start=5, end=99), "actors[1].mentions[0]: span 5-99 lies outside"),
        (types.trusted_span(start=4, end=2), "actors[1].mentions[0]: span 4-2 is not a valid"),
    ],
)
def test_an_updater_is_checked_on_what_it_adds_to_a_layer(added: Span, message: str) -> None:
    # The updater hands back the accepted actors unchanged (the same objects)
    # plus one it made: that one is checked, and a bad span in it is named.
    def update(article: Article, layers: Any) -> dict[str, Any]:
        made = types.trusted_actor(id="a2", name="Bo", kind="person",
                                   mentions=(types.trusted_mention(span=added),))
        return {"quotes": (), "actors": (*layers["actors"], made)}

    def fine(article: Article, layers: Any) -> dict[str, Any]:
        made = types.trusted_actor(id="a2", name="Bo", kind="alien",
                                   mentions=(types.trusted_mention(span=Span(start=4, end=8)),))
        return {"quotes": (), "actors": (*layers["actors"], made)}

    for output, expected in ((update, message), (fine, "kind 'alien' is not one of")):
        reg = registry_with(
            Fake("actors", produces=("actors",), output=actors),
            Fake("resolver", requires=("actors",), produces=("quotes",), updates=("actors",),
                 output=output),
        )
        analysis = reg.pipeline(extractors=["actors", "resolver"]).run(ARTICLE)
        assert [a.id for a in analysis.actors] == ["a1"]  # the first version is kept
        assert analysis.errors[0].component == "resolver"
        assert expected in analysis.errors[0].message


def test_an_updater_returning_the_accepted_items_unchanged_passes() -> None:
    def update(article: Article, layers: Any) -> dict[str, Any]:
        return {"quotes": (), "actors": layers["actors"]}

    reg = registry_with(
        Fake("actors", produces=("actors",), output=actors),
        Fake("resolver", requires=("actors",), produces=("quotes",), updates=("actors",),
             output=update),
    )
    analysis = reg.pipeline(extractors=["actors", "resolver"]).run(ARTICLE)
    assert analysis.errors == ()
    assert [a.id for a in analysis.actors] == ["a1"]


def test_a_layer_may_be_any_iterable_even_a_generator() -> None:
    # The checks read the items before the layer is kept: a generator must not
    # arrive empty.
    def actors(article: Article, layers: Any) -> dict[str, Any]:
        made = (Actor(id=f"a{i}", name="Ana", kind="person",
                      mentions=[Mention(span=Span(start=0, end=3))]) for i in range(2))
        return {"actors": made}

    reg = registry_with(Fake("actors", produces=("actors",), output=actors))
    analysis = reg.pipeline(extractors=["actors"]).run(ARTICLE)
    assert analysis.errors == ()
    assert [a.id for a in analysis.actors] == ["a0", "a1"]


class GoodScorer:
    name = "count"
    requires = ("quotes",)

    def score(self, analysis: Any) -> list[Score]:
        return [Score(name="count.quotes", value=len(analysis.quotes), explanation="quotes")]


class BadScorer:
    name = "bad"
    requires = ()

    def score(self, analysis: Any) -> list[Score]:
        return [Score(name="bad.x", value=1, explanation="x", evidence=[Span(start=0, end=999)])]


def test_scorers_run_on_the_finished_analysis_and_bad_ones_are_recorded() -> None:
    def quotes(article: Article, layers: Any) -> dict[str, Any]:
        return {"quotes": (Quote(id="q1", kind="direct", parts=[Span(start=4, end=8)]),)}

    reg = registry_with(Fake("quotes", produces=("quotes",), output=quotes),
                        scorers=(GoodScorer(), BadScorer()))
    analysis = reg.pipeline(extractors=["quotes"]).run(ARTICLE)
    assert analysis.score("count.quotes").value == 1
    assert analysis.score("bad.x") is None
    assert analysis.errors[0].component == "bad"
    only_good = reg.pipeline(extractors=["quotes"], scorers=["count"]).run(ARTICLE)
    assert [s.name for s in only_good.scores] == ["count.quotes"] and not only_good.errors


def test_describe_is_json_compatible() -> None:
    import json

    reg = registry_with(Fake("actors", produces=("actors",)), scorers=(GoodScorer(),))
    description = reg.pipeline(extractors=["actors"]).describe()
    assert json.loads(json.dumps(description))["extractors"][0]["name"] == "actors"


def test_byline_and_dateline_fill_article_fields_only_when_missing() -> None:
    text = "By Ana Lima and Rui Costa\n\nLISBON (Wire) - Talks resumed."

    def layout(article: Article, layers: Any) -> dict[str, Any]:
        return {
            "blocks": (
                Block(type="byline", span=Span(start=0, end=25),
                      attributes={"authors": "Ana Lima; Rui Costa"}),
                Block(type="dateline", span=Span(start=27, end=43),
                      attributes={"place": "LISBON", "source": "Wire"}),
            ),
            "sentences": (),
        }

    reg = registry_with(Fake("structure", produces=("blocks", "sentences"), output=layout))
    pipeline = reg.pipeline(extractors=["structure"])
    article = pipeline.run(Article(id="x", text=text)).article
    assert article.authors == ("Ana Lima", "Rui Costa") and article.source == "Wire"
    assert article.metadata["filled_from"]["authors"] == {"start": 0, "end": 25}
    assert article.text == text
    given = pipeline.run(Article(id="x", text=text, authors=["Desk"], source="Agency")).article
    assert given.authors == ("Desk",) and given.source == "Agency"
    assert "filled_from" not in given.metadata


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        (types.trusted_quote(id="q", kind="direct", parts=()), "a quote has no parts"),
        (types.trusted_quote(id="q", kind="rumour", parts=(Span(start=0, end=3),)),
         "kind 'rumour'"),
        (types.trusted_quote(id="q", kind="direct", parts=(Span(start=0, end=3),),
                             cue=types.trusted_span(start=8, end=4)),
         "quotes[0].cue: span 8-4 is not a valid span"),
    ],
)
def test_trusted_quotes_that_break_an_invariant_are_refused(quote: Quote, message: str) -> None:
    reg = registry_with(
        Fake("quotes", produces=("quotes",), output=lambda a, layers: {"quotes": (quote,)})
    )
    analysis = reg.pipeline(extractors=["quotes"]).run(ARTICLE)
    assert analysis.quotes == ()
    assert message in analysis.errors[0].message


def test_a_scorer_evidence_span_that_is_invalid_is_refused() -> None:
    class Inverted:
        name = "inverted"
        requires = ()

        def score(self, analysis: Any) -> list[Score]:
            return [types.trusted_score(name="inv.x", value=1, explanation="x",
                                        evidence=(types.trusted_span(start=4, end=2),))]

    analysis = registry_with(scorers=(Inverted(),)).pipeline(extractors=[]).run(ARTICLE)
    assert analysis.scores == ()
    assert "evidence[0]: span 4-2 is not a valid span" in analysis.errors[0].message


class _Yields:
    """A scorer that yields the given items."""

    requires = ()

    def __init__(self, name: str, items: list[Any]) -> None:
        self.name = name
        self.items = items

    def score(self, analysis: Any) -> list[Any]:
        return self.items


def _score(name: str, *evidence: Span) -> Score:
    return types.trusted_score(name=name, value=1, explanation="x", evidence=evidence)


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([_score("b.one"), "no score"], "score() yielded str, expected Score"),
        ([_score("b.one"), _score("a.one")], "score name 'a.one' is already taken"),
        ([_score("b.one", Span(start=0, end=3)), _score("b.two", Span(start=5, end=13))],
         "score 'b.two': evidence[0]: span 5-13"),
        ([_score("b.one", Span(start=0, end=3), types.trusted_span(start=-1, end=2))],
         "score 'b.one': evidence[1]: span -1-2"),
    ],
)
def test_bad_scores_are_named_and_dropped(items: list[Any], message: str) -> None:
    scorers = (_Yields("a", [_score("a.one", Span(start=0, end=3))]), _Yields("b", items))
    analysis = registry_with(scorers=scorers).pipeline(extractors=[]).run(ARTICLE)
    assert [s.name for s in analysis.scores] == ["a.one"]
    assert analysis.errors[0].component == "b"
    assert message in analysis.errors[0].message


def test_good_scores_of_several_scorers_are_kept() -> None:
    scorers = (
        _Yields("a", [_score("a.one", Span(start=0, end=3)), _score("a.two")]),
        _Yields("b", [_score("b.one", Span(start=0, end=12), Span(start=4, end=4))]),
    )
    analysis = registry_with(scorers=scorers).pipeline(extractors=[]).run(ARTICLE)
    assert [s.name for s in analysis.scores] == ["a.one", "a.two", "b.one"]
    assert analysis.errors == ()
