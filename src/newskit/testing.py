"""Helpers for testing newskit plugins (and newskit itself).

* :func:`make_registry`: a fresh registry with exactly the plugins you give
  (the built-ins unless ``defaults=False``), never touching installed plugins.
* :func:`registered`: a context manager that registers a plugin on a registry
  and always unregisters it.
* :func:`check_analysis`: every span of a result lies inside its article, ids
  are unique and references point at existing items.
* :class:`ExtractorContract`, :class:`ScorerContract`,
  :class:`ExporterContract`: pytest classes a plugin's own tests subclass to
  check a component against the contract.

This module imports pytest only inside the contract classes' tests, so it can
be used from any test runner.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .plugins import Registry
from .serialize import analysis_from_dict, analysis_to_dict
from .types import Analysis, Article

__all__ = [
    "ExporterContract",
    "ExtractorContract",
    "ScorerContract",
    "check_analysis",
    "make_registry",
    "registered",
]


def make_registry(*plugins: Any, defaults: bool = True, block: Iterable[str] = ()) -> Registry:
    """A fresh registry: the built-ins (unless ``defaults=False``) plus ``plugins``.

    Installed entry-point plugins are not loaded, so tests do not depend on
    what else is installed.
    """
    return Registry(defaults=defaults, entrypoints=False, plugins=plugins, block=block)


@contextmanager
def registered(registry: Registry, plugin: Any, name: str | None = None) -> Iterator[str]:
    """Register ``plugin`` for the duration of a ``with`` block."""
    plugin_name = registry.register(plugin, name=name)
    try:
        yield plugin_name
    finally:
        registry.unregister(plugin_name)


def check_analysis(analysis: Analysis) -> list[str]:
    """Contract problems of an analysis (empty when it is sound).

    Checks that every span fits the article text, ids are unique per layer,
    quotes name existing speakers, events existing actors and time expressions.
    """
    problems = analysis.check_spans()
    for layer in ("actors", "quotes", "timexes", "events"):
        counts = Counter(item.id for item in getattr(analysis, layer))
        dupes = sorted(i for i, n in counts.items() if n > 1)
        if dupes:
            problems.append(f"{layer}: duplicate ids {dupes}")
    actor_ids = {a.id for a in analysis.actors}
    timex_ids = {t.id for t in analysis.timexes}
    for q in analysis.quotes:
        if q.speaker is not None and q.speaker not in actor_ids:
            problems.append(f"quote {q.id}: speaker {q.speaker!r} is not an actor")
        if any(a.end > b.start for a, b in zip(q.parts, q.parts[1:], strict=False)):
            problems.append(f"quote {q.id}: parts overlap or are out of order")
    for e in analysis.events:
        for p in e.participants:
            if p.actor not in actor_ids:
                problems.append(f"event {e.id}: participant {p.actor!r} is not an actor")
        if e.where is not None and e.where not in actor_ids:
            problems.append(f"event {e.id}: where {e.where!r} is not an actor")
        if e.when is not None and e.when not in timex_ids:
            problems.append(f"event {e.id}: when {e.when!r} is not a time expression")
    for a in analysis.actors:
        if a.affiliation_id is not None and a.affiliation_id not in actor_ids:
            problems.append(f"actor {a.id}: affiliation_id {a.affiliation_id!r} is not an actor")
    if analysis_from_dict(analysis_to_dict(analysis)) != analysis:
        problems.append("analysis does not survive a round trip through its dict form")
    return problems


SAMPLE_TEXT = (
    "Foreign Minister Anna Berg said on Monday that talks would resume next week.\n\n"
    '"We are ready," Berg told reporters in Oslo. "The door is open."\n\n'
    "According to officials, a meeting with Acme Corp. is planned for 12 May 2024."
)


class _ContractBase:
    """Shared fixtures: override ``make_registry`` or ``articles`` in your subclass."""

    #: Names of the components under test; set in the subclass.
    name: str = ""

    def make_registry(self) -> Registry:
        """The registry holding your plugin; override to register it."""
        return make_registry()

    def articles(self) -> list[Article]:
        """Articles to run on; override to add your own."""
        return [
            Article(id="sample", text=SAMPLE_TEXT),
            Article(id="empty-ish", text="\n"),
            Article(id="unbalanced", text='He said "yes and "no and « maybe.'),
        ]


class ExtractorContract(_ContractBase):
    """Subclass in your tests and set ``name`` to your extractor's name."""

    def _pipeline(self) -> Any:
        registry = self.make_registry()
        return registry, registry.pipeline(only=[self.name], scorers=[])

    def test_declares_layers(self) -> None:
        registry = self.make_registry()
        comp = registry.get("extractors", self.name).component
        assert comp.produces or getattr(comp, "updates", ()), "produces nothing"

    def test_output_is_sound(self) -> None:
        _, pipeline = self._pipeline()
        for article in self.articles():
            analysis = pipeline.run(article)
            assert not analysis.errors, analysis.errors
            assert check_analysis(analysis) == []

    def test_deterministic(self) -> None:
        _, pipeline = self._pipeline()
        for article in self.articles():
            assert pipeline.run(article) == pipeline.run(article)


class ScorerContract(_ContractBase):
    """Subclass in your tests and set ``name`` to your scorer's name."""

    def test_scores_are_sound(self) -> None:
        registry = self.make_registry()
        pipeline = registry.pipeline(scorers=[self.name])
        for article in self.articles():
            analysis = pipeline.run(article)
            assert not analysis.errors, analysis.errors
            assert check_analysis(analysis) == []
            for score in analysis.scores:
                assert score.explanation, f"score {score.name} has no explanation"


class ExporterContract(_ContractBase):
    """Subclass in your tests and set ``name`` to your exporter's format name."""

    def test_writes_every_article(self) -> None:
        registry = self.make_registry()
        exporter = registry.get("exporters", self.name).component
        pipeline = registry.pipeline()
        results = [pipeline.run(a) for a in self.articles()]
        if getattr(exporter, "needs_directory", False):
            import tempfile
            from pathlib import Path

            with tempfile.TemporaryDirectory() as tmp:
                exporter.write_directory(results, Path(tmp))
                assert any(Path(tmp).iterdir()), "wrote no file"
        else:
            buffer = io.StringIO()
            exporter.write(results, buffer)
            assert buffer.getvalue(), "wrote nothing"
