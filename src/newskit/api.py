"""The front door: :func:`analyze` for one article, :func:`analyze_many` for a batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .types import Analysis, Article, Failure

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .plugins import Registry

__all__ = ["analyze", "analyze_many", "make_article"]


def make_article(
    text_or_article: str | Article,
    *,
    id: str = "article",
    published: dt.date | dt.datetime | str | None = None,
    **fields: Any,
) -> Article:
    """An :class:`Article` from text (or the article itself, with fields filled in)."""
    import attrs

    from .inputs import apply_defaults
    from .serialize import parse_published

    if isinstance(published, str):
        published = parse_published(published)
    if isinstance(text_or_article, Article):
        return apply_defaults(text_or_article, {"published": published, **fields})
    if not isinstance(text_or_article, str):
        raise TypeError(f"expected text or an Article, not {type(text_or_article).__name__}")
    article = Article(id=id, text=text_or_article, published=published)
    return attrs.evolve(article, **fields) if fields else article


def _pipeline(
    pipeline: Pipeline | None,
    registry: Registry | None,
    options: dict[str, Any],
) -> Pipeline:
    if pipeline is not None:
        if any(v not in (None, (), False) for v in options.values()):
            raise TypeError("pass either pipeline= or pipeline options, not both")
        return pipeline
    from .plugins import default_registry

    return (registry or default_registry()).pipeline(**options)


def analyze(
    text_or_article: str | Article,
    *,
    published: dt.date | dt.datetime | str | None = None,
    id: str = "article",
    registry: Registry | None = None,
    pipeline: Pipeline | None = None,
    only: Sequence[str] | None = None,
    skip: Sequence[str] = (),
    use: Sequence[str] = (),
    scorers: Sequence[str] | None = None,
    strict: bool = False,
    **article_fields: Any,
) -> Analysis:
    """Analyse one article (or a text) and return everything found in it.

    ``published`` anchors relative dates (``last week``); ``only``, ``skip``,
    ``use`` and ``scorers`` choose components by name (see
    :meth:`Registry.pipeline <newskit.plugins.Registry.pipeline>`); other
    keyword arguments (``source``, ``title``, ``url``…) fill article fields.
    Components that fail are listed in ``analysis.errors`` unless ``strict``.
    """
    article = make_article(text_or_article, id=id, published=published, **article_fields)
    options = {"only": only, "skip": tuple(skip), "use": tuple(use), "scorers": scorers,
               "strict": strict}
    return _pipeline(pipeline, registry, options).run(article)


def analyze_many(
    items: Iterable[str | Article],
    *,
    registry: Registry | None = None,
    pipeline: Pipeline | None = None,
    jobs: int = 1,
    ordered: bool = True,
    **options: Any,
) -> Iterator[Analysis | Failure]:
    """Analyse many articles lazily, yielding an Analysis or a Failure for each.

    ``items`` are articles or texts (texts get ids ``article-1``, ``article-2``…).
    Pipeline options are those of :func:`analyze`. ``jobs`` > 1 uses worker
    processes; ``ordered=False`` yields results as they finish.
    """
    pipe = _pipeline(pipeline, registry, options)
    articles = (
        item if isinstance(item, Article) else make_article(item, id=f"article-{i}")
        for i, item in enumerate(items, start=1)
    )
    from .batch import run_batch

    yield from run_batch(articles, pipe, jobs=jobs, ordered=ordered)
