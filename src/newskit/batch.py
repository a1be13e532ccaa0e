"""Running a pipeline over a stream of articles, in one process or several.

Every input yields exactly one result: an :class:`~newskit.types.Analysis` or
a :class:`~newskit.types.Failure`. Work is submitted in a bounded window, so
memory stays flat however long the stream is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import NewskitError
from .types import Analysis, Article, Failure

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .pipeline import Pipeline

__all__ = ["run_batch", "run_one"]


def run_one(pipeline: Pipeline, article: Article) -> Analysis | Failure:
    """Analyse one article; turn an escaping exception into a Failure."""
    try:
        return pipeline.run(article)
    except NewskitError as exc:
        return Failure(
            input=str(article.metadata.get("origin", article.id)),
            article_id=article.id,
            message=exc.message,
            error_type=type(exc).__name__,
            component=exc.component,
            plugin=exc.plugin,
        )
    except Exception as exc:  # pragma: no cover - the pipeline catches component errors
        return Failure(
            input=article.id,
            article_id=article.id,
            message=f"{type(exc).__name__}: {exc}",
            error_type=type(exc).__name__,
        )


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline


def _work(article: Article) -> Analysis | Failure:
    assert _WORKER_PIPELINE is not None
    return run_one(_WORKER_PIPELINE, article)


def run_batch(
    items: Iterable[Article | Failure],
    pipeline: Pipeline,
    *,
    jobs: int = 1,
    ordered: bool = True,
    window: int | None = None,
) -> Iterator[Analysis | Failure]:
    """Yield one result per item; failures from loading pass straight through."""
    if jobs < 1:
        raise ValueError(f"jobs must be >= 1, not {jobs}")
    if jobs == 1:
        for item in items:
            yield item if isinstance(item, Failure) else run_one(pipeline, item)
        return
    yield from _run_parallel(items, pipeline, jobs=jobs, ordered=ordered,
                             window=window or jobs * 8)


def _run_parallel(
    items: Iterable[Article | Failure],
    pipeline: Pipeline,
    *,
    jobs: int,
    ordered: bool,
    window: int,
) -> Iterator[Analysis | Failure]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    pending: deque[Future[Analysis | Failure] | Failure] = deque()
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(pipeline,)
    ) as pool:

        def drain(block_all: bool) -> Iterator[Analysis | Failure]:
            while pending and (block_all or len(pending) >= window):
                if ordered:
                    head = pending.popleft()
                    yield head if isinstance(head, Failure) else head.result()
                else:
                    futures = [p for p in pending if not isinstance(p, Failure)]
                    for p in [p for p in pending if isinstance(p, Failure)]:
                        pending.remove(p)
                        yield p
                    if not futures:
                        continue
                    done, _ = wait(futures, return_when=FIRST_COMPLETED)
                    for fut in done:
                        pending.remove(fut)
                        yield fut.result()

        for item in items:
            pending.append(item if isinstance(item, Failure) else pool.submit(_work, item))
            yield from drain(False)
        yield from drain(True)
