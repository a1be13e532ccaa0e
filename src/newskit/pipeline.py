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

from collections.abc import Callable, Sequence
from itertools import chain, repeat
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from .errors import ComponentFailed, ConfigurationError
from .plugins import Registered, require_known_layers
from .types import (
    LAYER_FIELDS,
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
        """Analyse one article. Never raises for a component failure unless strict."""
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
            problem = _check_output(comp, output, text_length)
            if problem:
                self._fail(errors, reg, article, problem, "ContractViolation")
                failed_layers.update(comp.produces)
                continue
            layers.update(output)
        article = article_from_blocks(article, layers.get("blocks", ()))
        analysis = Analysis(article=article, errors=tuple(errors), **layers)
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
        return Analysis(article=article, errors=tuple(errors), scores=tuple(scores), **layers)


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


def _check_output(comp: Any, output: Any, text_length: int) -> str | None:
    """What is wrong with an extractor's output, or None: the layers it declared,
    items of the layer's type, no span beyond the end of the text.

    Runs on every layer of every article, so the common case (all is well) is
    decided by loops in C (``map``, ``max``); messages naming the first bad
    item are only built when something is wrong.
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
        if _REACH[layer](values) > text_length:
            return _describe_overflow(output, text_length)
    return None


def _describe_overflow(output: Any, text_length: int) -> str:
    """The slow path: name the first span that lies outside the text."""
    probe = Analysis(
        article=Article(id="", text=""), **{k: tuple(v) for k, v in output.items()}
    )
    for where, span in iter_spans(probe):
        if span.end > text_length:
            return (
                f"{where}: span {span.start}-{span.end} lies outside the text "
                f"(length {text_length})"
            )
    return "a span lies outside the text"  # pragma: no cover - _REACH and iter_spans agree


_end = attrgetter("end")
_span_end = attrgetter("span.end")


def _actors_reach(actors: tuple[Actor, ...]) -> int:
    mentions = chain.from_iterable(map(attrgetter("mentions"), actors))
    return max(map(_span_end, mentions), default=0)


def _quotes_reach(quotes: tuple[Quote, ...]) -> int:
    parts = max(map(_end, chain.from_iterable(map(attrgetter("parts"), quotes))), default=0)
    cues = max(map(_end, filter(None, map(attrgetter("cue"), quotes))), default=0)
    speakers = max(
        map(_end, filter(None, map(attrgetter("speaker_mention"), quotes))), default=0
    )
    return max(parts, cues, speakers)


# How far into the text a layer reaches (the largest span end of its items):
# a cheap check on the hot path; labels are only built when it fails.
_REACH: dict[str, Callable[[Any], int]] = {
    "blocks": lambda blocks: max(map(_span_end, blocks), default=0),
    "sentences": lambda spans: max(map(_end, spans), default=0),
    "actors": _actors_reach,
    "quotes": _quotes_reach,
    "timexes": lambda timexes: max(map(_span_end, timexes), default=0),
    "events": lambda events: max(map(attrgetter("trigger.end"), events), default=0),
}


def _check_scores(scores: list[Any], seen: set[str], text_length: int) -> str | None:
    for score in scores:
        if not isinstance(score, Score):
            return f"score() yielded {type(score).__name__}, expected Score"
        if score.name in seen:
            return f"score name {score.name!r} is already taken by another scorer"
        for span in score.evidence:
            if span.end > text_length:
                return (
                    f"score {score.name!r}: evidence span {span.start}-{span.end} "
                    "lies outside the text"
                )
    return None
