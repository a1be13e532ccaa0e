"""Ordering and running extractors and scorers on one article.

The pipeline checks the whole configuration when it is built (unknown layers,
missing requirements, cycles) so a bad configuration fails before the first
article, with the components named. At run time a component that raises, or
returns something outside its contract (a layer it did not declare, values of
the wrong type, spans outside the text), is recorded in
:attr:`Analysis.errors <newskit.types.Analysis.errors>` with its name and
plugin; its output is dropped, extractors that need it are skipped, and
everything else is kept. With ``strict=True`` the first failure raises
:class:`~newskit.errors.ComponentFailed` instead.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import chain, repeat
from operator import attrgetter, is_not, le
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

import attrs

from .errors import ComponentFailed, ConfigurationError
from .plugins import Registered, require_known_layers
from .types import (
    ACTOR_KINDS,
    BLOCK_TYPES,
    EVENT_STATUSES,
    LAYER_FIELDS,
    MENTION_KINDS,
    QUOTE_KINDS,
    TIMEX_TYPES,
    Actor,
    Analysis,
    Article,
    Block,
    ComponentError,
    Event,
    Quote,
    Score,
    Span,
    TimeExpression,
    iter_spans,
    span_problem,
    trusted_analysis,
)

if TYPE_CHECKING:
    from .plugins import Registry

__all__ = ["Pipeline", "select_extractors"]

LAYER_TYPES: dict[str, type] = {
    "blocks": Block,
    "sentences": Span,
    "actors": Actor,
    "quotes": Quote,
    "timexes": TimeExpression,
    "events": Event,
}
assert set(LAYER_TYPES) == set(LAYER_FIELDS)


def _updates(component: Any) -> tuple[str, ...]:
    return tuple(getattr(component, "updates", ()))


def select_extractors(
    registry: Registry,
    *,
    base: Sequence[str],
    use: Sequence[str] = (),
    only: Sequence[str] | None = None,
    skip: Sequence[str] = (),
) -> list[Registered[Any]]:
    """Resolve names to extractors, apply use/only/skip, and order them."""
    chosen: dict[str, Registered[Any]] = {n: registry.get("extractors", n) for n in base}
    for name in use:
        reg = registry.get("extractors", name)
        produced = set(reg.component.produces)
        for other in list(chosen):
            if produced & set(chosen[other].component.produces):
                del chosen[other]
        chosen[name] = reg
    for name in skip:
        registry.get("extractors", name)  # unknown names are errors
        chosen.pop(name, None)
    if only is not None:
        for name in only:
            registry.get("extractors", name)
        producers = {
            layer: n for n, reg in chosen.items() for layer in reg.component.produces
        }
        keep: set[str] = set()
        todo = [n for n in only]
        while todo:
            name = todo.pop()
            if name in keep:
                continue
            if name not in chosen:
                chosen[name] = registry.get("extractors", name)
                producers.update({layer: name for layer in chosen[name].component.produces})
            keep.add(name)
            for layer in chosen[name].component.requires:
                if layer in producers:
                    todo.append(producers[layer])
        chosen = {n: r for n, r in chosen.items() if n in keep}
    return order_extractors(list(chosen.values()), skipped=list(skip))


def order_extractors(
    regs: list[Registered[Any]], *, skipped: Sequence[str] = ()
) -> list[Registered[Any]]:
    """Topologically order extractors by the layers they require and produce.

    Ties keep the given order, so the result is deterministic.
    """
    producers: dict[str, str] = {}
    by_name = {reg.component.name: reg for reg in regs}
    for reg in regs:
        comp = reg.component
        require_known_layers(comp.produces, component=comp.name, plugin=reg.plugin)
        require_known_layers(comp.requires, component=comp.name, plugin=reg.plugin)
        require_known_layers(_updates(comp), component=comp.name, plugin=reg.plugin)
        for layer in _updates(comp):
            if layer not in comp.requires:
                raise ConfigurationError(
                    f"updates layer {layer!r} without requiring it",
                    component=comp.name,
                    plugin=reg.plugin,
                )
        for layer in comp.produces:
            if layer in producers:
                raise ConfigurationError(
                    f"layer {layer!r} is produced by both {producers[layer]!r} and "
                    f"{comp.name!r}; choose one (use/skip)",
                )
            producers[layer] = comp.name
    # Edges: producer -> consumer; updaters run after the producer and before
    # plain consumers of the layer, so consumers see the updated version.
    deps: dict[str, set[str]] = {name: set() for name in by_name}
    updaters: dict[str, list[str]] = {}
    for reg in regs:
        for layer in _updates(reg.component):
            updaters.setdefault(layer, []).append(reg.component.name)
    for reg in regs:
        comp = reg.component
        for layer in comp.requires:
            if layer not in producers:
                hint = f" (skipped: {', '.join(skipped)})" if skipped else ""
                raise ConfigurationError(
                    f"requires layer {layer!r}, which no extractor in the pipeline "
                    f"produces{hint}",
                    component=comp.name,
                    plugin=reg.plugin,
                )
            if producers[layer] != comp.name:
                deps[comp.name].add(producers[layer])
            if layer not in _updates(comp):
                deps[comp.name].update(u for u in updaters.get(layer, ()) if u != comp.name)
    ordered: list[Registered[Any]] = []
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            cycle = " -> ".join([*path[path.index(name) :], name])
            raise ConfigurationError(f"extractors form a cycle: {cycle}")
        state[name] = 1
        for dep in sorted(deps[name], key=list(by_name).index):
            visit(dep, [*path, name])
        state[name] = 2
        ordered.append(by_name[name])

    for name in by_name:
        visit(name, [])
    return ordered


class Pipeline:
    """An ordered list of extractors and scorers; call :meth:`run` per article."""

    def __init__(
        self,
        extractors: Sequence[Registered[Any]],
        scorers: Sequence[Registered[Any]] = (),
        *,
        strict: bool = False,
    ) -> None:
        self.extractors = tuple(extractors)
        self.scorers = tuple(scorers)
        self.strict = strict

    @property
    def names(self) -> list[str]:
        """Extractor names in run order."""
        return [reg.component.name for reg in self.extractors]

    def describe(self) -> dict[str, Any]:
        """A JSON-compatible description (what runs, in which order, from which plugin)."""
        return {
            "extractors": [
                {
                    "name": r.component.name,
                    "plugin": r.plugin,
                    "requires": list(r.component.requires),
                    "produces": list(r.component.produces),
                    "updates": list(_updates(r.component)),
                }
                for r in self.extractors
            ],
            "scorers": [{"name": r.component.name, "plugin": r.plugin} for r in self.scorers],
        }

    def _fail(
        self, errors: list[ComponentError], reg: Registered[Any], article: Article, message: str,
        error_type: str, cause: BaseException | None = None,
    ) -> None:
        if self.strict:
            raise ComponentFailed(
                message, article_id=article.id, component=reg.component.name, plugin=reg.plugin
            ) from cause
        errors.append(
            ComponentError(
                component=reg.component.name,
                plugin=reg.plugin,
                error_type=error_type,
                message=message,
            )
        )

    def run(self, article: Article) -> Analysis:
        """Analyse one article. Never raises for a component failure unless strict.

        The cyclic garbage collector's automatic passes are paused while it runs
        (:func:`_collection_paused`): an analysis builds many small acyclic objects,
        which reference counting frees, and on a long article the collector's full
        passes over them cost about a fifth of the time (structure, actors and
        quotes on a 1 MB article with a quotation every 70 characters: 1.14 s of
        CPU with them, 0.92 s without; see docs/pipelines.md).
        """
        with _collection_paused():
            return self._run(article)

    def _run(self, article: Article) -> Analysis:
        layers: dict[str, tuple[Any, ...]] = {}
        errors: list[ComponentError] = []
        failed_layers: set[str] = set()
        text_length = len(article.text)
        for reg in self.extractors:
            comp = reg.component
            missing = [layer for layer in comp.requires if layer not in layers]
            if missing:
                self._fail(
                    errors, reg, article,
                    f"skipped: required layer(s) {', '.join(missing)} missing after an "
                    "earlier failure",
                    "Skipped",
                )
                failed_layers.update(comp.produces)
                continue
            try:
                output = comp.extract(article, MappingProxyType(layers))
            except Exception as exc:
                self._fail(
                    errors, reg, article, f"{type(exc).__name__}: {exc}",
                    type(exc).__name__, exc,
                )
                failed_layers.update(comp.produces)
                continue
            output = _as_tuples(output)
            problem = _check_output(comp, output, text_length, layers)
            if problem:
                self._fail(errors, reg, article, problem, "ContractViolation")
                failed_layers.update(comp.produces)
                continue
            layers.update(output)
        article = article_from_blocks(article, layers.get("blocks", ()))
        analysis = trusted_analysis(article=article, errors=tuple(errors), **layers)
        if not self.scorers:
            return analysis
        scores: list[Score] = []
        seen: set[str] = set()
        for reg in self.scorers:
            comp = reg.component
            if any(layer in failed_layers for layer in comp.requires):
                self._fail(errors, reg, article, "skipped: a required layer failed", "Skipped")
                continue
            try:
                produced = list(comp.score(analysis))
            except Exception as exc:
                self._fail(
                    errors, reg, article, f"{type(exc).__name__}: {exc}",
                    type(exc).__name__, exc,
                )
                continue
            problem = _check_scores(produced, seen, text_length)
            if problem:
                self._fail(errors, reg, article, problem, "ContractViolation")
                continue
            seen.update(s.name for s in produced)
            scores.extend(produced)
        return trusted_analysis(
            article=article, errors=tuple(errors), scores=tuple(scores), **layers
        )


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector's automatic passes for the block, and turn
    them back on after it, if they were on. Nothing is lost: objects in reference
    cycles made meanwhile are collected by the next pass after the block. A caller
    that turned the collector off keeps it off; concurrent runs in other threads are
    safe (the last to finish may turn it on while another still runs, which only
    lets that one be collected as usual)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def article_from_blocks(article: Article, blocks: Sequence[Block]) -> Article:
    """Fill authors and source from byline and dateline blocks where the loader gave none.

    The text never changes; ``metadata["filled_from"]`` records which fields
    came from which block, so the evidence for each value is kept.
    """
    changes: dict[str, Any] = {}
    filled: dict[str, dict[str, int]] = {}
    for block in blocks:
        if block.type == "byline" and not article.authors and "authors" not in changes:
            names = [a.strip() for a in block.attributes.get("authors", "").split(";")]
            if any(names):
                changes["authors"] = tuple(n for n in names if n)
                filled["authors"] = {"start": block.span.start, "end": block.span.end}
        elif block.type == "dateline" and not article.source and "source" not in changes:
            source = block.attributes.get("source", "").strip()
            if source:
                changes["source"] = source
                filled["source"] = {"start": block.span.start, "end": block.span.end}
    if not changes:
        return article
    metadata = dict(article.metadata)
    metadata["filled_from"] = {**metadata.get("filled_from", {}), **filled}
    return attrs.evolve(article, metadata=metadata, **changes)


def _as_tuples(output: Any) -> Any:
    """Each layer of an extractor's output as a tuple, before it is checked (the
    check reads the items, and a generator can only be read once); an output
    that is no mapping, or a value that is no sequence, is left for
    :func:`_check_output` to report."""
    if not hasattr(output, "items"):
        return output
    try:
        return {k: tuple(v) for k, v in output.items()}
    except TypeError:
        return output


def _check_output(
    comp: Any, output: Any, text_length: int,
    accepted: Mapping[str, tuple[Any, ...]] | None = None,
) -> str | None:
    """What is wrong with an extractor's output, or None: the layers it declared,
    items of the layer's type, valid spans inside the text, kinds from their
    closed sets, quotes with parts.

    The last three are what the validated constructors check, repeated here
    because extractors may build their values with the trusted constructors
    (:func:`newskit.types.trusted_span`…), which skip them. Runs on every layer
    of every article, so the common case (all is well) is decided by loops in C
    (``map``, ``max``); messages naming the first bad item are only built when
    something is wrong.

    ``accepted``: the layers already checked and accepted for this article. A
    layer an extractor updates is checked only for its items that are not the
    very objects accepted before (the quote extractor returns the actors layer
    with most actors unchanged): the values are frozen, so those already passed.
    """
    if not hasattr(output, "items"):
        return f"extract() returned {type(output).__name__}, expected a mapping of layers"
    allowed = set(comp.produces) | set(_updates(comp))
    extra = set(output) - allowed
    if extra:
        return f"returned undeclared layer(s) {', '.join(sorted(extra))}"
    absent = set(comp.produces) - set(output)
    if absent:
        return f"did not return declared layer(s) {', '.join(sorted(absent))}"
    for layer, values in output.items():
        expected = LAYER_TYPES[layer]
        if not isinstance(values, tuple):
            return f"layer {layer!r} is {type(values).__name__}, expected a sequence"
        if not all(map(isinstance, values, repeat(expected))):
            i, value = next(
                (i, v) for i, v in enumerate(values) if not isinstance(v, expected)
            )
            return (
                f"layer {layer!r} item {i} is {type(value).__name__}, "
                f"expected {expected.__name__}"
            )
        if accepted and layer in accepted:
            values = _new_items(values, accepted[layer])
        try:
            fits = _spans_fit(_SPANS[layer](values), text_length)
        except (AttributeError, TypeError):  # a span that is no Span: the slow path names it
            fits = False
        if not fits:
            return _describe_spans(output, text_length)
        problem = _check_values(layer, values)
        if problem:
            return problem
    return None


def _new_items(values: tuple[Any, ...], before: tuple[Any, ...]) -> tuple[Any, ...]:
    """The items of ``values`` that are not among the objects of ``before`` (by
    identity), in no particular order (the checks read them as a set)."""
    by_id = dict(zip(map(id, values), values, strict=True))
    fresh = by_id.keys() - set(map(id, before))
    if len(fresh) == len(by_id):
        return values
    return tuple(map(by_id.__getitem__, fresh))


def _spans_fit(spans: list[Span], text_length: int) -> bool:
    """True when every span is valid (``0 <= start <= end``) and ends inside the text."""
    if not spans:
        return True
    starts = list(map(_start, spans))
    ends = list(map(_end, spans))
    return min(starts) >= 0 and max(ends) <= text_length and all(map(le, starts, ends))


def _describe_spans(output: Any, text_length: int) -> str:
    """The slow path: name the first span that is invalid or lies outside the text."""
    probe = Analysis(
        article=Article(id="", text=""), **{k: tuple(v) for k, v in output.items()}
    )
    # A plugin may have put anything where a span belongs: read them as objects.
    found = cast("Iterator[tuple[str, object]]", iter_spans(probe))
    for where, span in found:
        if not isinstance(span, Span):
            return f"{where} is {type(span).__name__}, expected Span"
        if not 0 <= span.start <= span.end <= text_length:
            return span_problem(where, span, text_length)
    return "a span is invalid or lies outside the text"  # pragma: no cover - paths agree


_start = attrgetter("start")
_end = attrgetter("end")
_span = attrgetter("span")
_parts = attrgetter("parts")
_mentions = attrgetter("mentions")


_given = partial(is_not, None)
"""Not None (``filter(None, …)`` would also drop empty spans: a Span has a length)."""


def _quote_spans(quotes: tuple[Quote, ...]) -> list[Span]:
    return [
        *chain.from_iterable(map(_parts, quotes)),
        *filter(_given, map(attrgetter("cue"), quotes)),
        *filter(_given, map(attrgetter("speaker_mention"), quotes)),
    ]


# Every span of a layer's items (the labels of iter_spans are only built when
# one of them is wrong).
_SPANS: dict[str, Callable[[Any], list[Span]]] = {
    "blocks": lambda blocks: list(map(_span, blocks)),
    "sentences": list,
    "actors": lambda actors: list(map(_span, chain.from_iterable(map(_mentions, actors)))),
    "quotes": _quote_spans,
    "timexes": lambda timexes: list(map(_span, timexes)),
    "events": lambda events: list(map(attrgetter("trigger"), events)),
}

# The closed sets a layer's items draw from: (what is checked, its values, the allowed).
_KINDS: dict[str, tuple[tuple[str, Callable[[Any], Iterable[Any]], frozenset[str]], ...]] = {
    "blocks": (("type", lambda v: map(attrgetter("type"), v), BLOCK_TYPES),),
    "actors": (
        ("kind", lambda v: map(attrgetter("kind"), v), ACTOR_KINDS),
        ("mention kind", lambda v: map(attrgetter("kind"), chain.from_iterable(
            map(_mentions, v))), MENTION_KINDS),
    ),
    "quotes": (("kind", lambda v: map(attrgetter("kind"), v), QUOTE_KINDS),),
    "timexes": (("type", lambda v: map(attrgetter("type"), v), TIMEX_TYPES),),
    "events": (("status", lambda v: map(attrgetter("status"), v), EVENT_STATUSES),),
}


def _check_values(layer: str, values: tuple[Any, ...]) -> str | None:
    """Kinds outside their closed set, and quotes without parts, named."""
    for what, read, allowed in _KINDS.get(layer, ()):
        try:
            wrong = set(read(values)) - allowed
        except TypeError:  # an unhashable kind
            return f"layer {layer!r}: a {what} is not a string"
        if wrong:
            return (
                f"layer {layer!r}: {what} {sorted(map(repr, wrong))[0]} is not one of "
                f"{sorted(allowed)}"
            )
    if layer == "quotes" and not all(map(_parts, values)):
        return "layer 'quotes': a quote has no parts"
    return None


def _check_scores(scores: list[Any], seen: set[str], text_length: int) -> str | None:
    for score in scores:
        if not isinstance(score, Score):
            return f"score() yielded {type(score).__name__}, expected Score"
        if score.name in seen:
            return f"score name {score.name!r} is already taken by another scorer"
        for j, span in enumerate(score.evidence):
            if not 0 <= span.start <= span.end <= text_length:
                return span_problem(
                    f"score {score.name!r}: evidence[{j}]", span, text_length
                )
    return None
