"""Running a pipeline over a stream of articles, in one process or several.

Every input yields exactly one result: an :class:`~newskit.types.Analysis` or
a :class:`~newskit.types.Failure`. Results come back in input order unless
``ordered=False``.

With ``jobs > 1`` the articles go to worker processes in small chunks (to
amortise the cost of sending them), and at most a bounded window of chunks is
in flight, so memory stays flat however long the stream is. Workers are forked
where the platform allows it, inheriting the parent's pipeline (with its
compiled patterns: the pipeline is warmed on a short text first); elsewhere
the pipeline, or a :class:`PipelineRecipe` to build it from (derived from the
pipeline when it cannot be pickled), is sent once to each worker, never per
article. Workers ignore Ctrl-C: the parent decides, and
stops them when it is interrupted or its consumer stops iterating.

A worker process that dies (a plugin that crashes the interpreter) does not
end the batch: the articles that were in flight are re-run one at a time in a
fresh pool, so only the article that kills a worker again gets a Failure.
"""

from __future__ import annotations

import gc
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from .errors import NewskitError
from .types import Analysis, Article, Failure

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from .pipeline import Pipeline

__all__ = ["Job", "LazyJob", "PipelineRecipe", "run_batch", "run_one"]

T = TypeVar("T")
Result = Analysis | Failure

DEFAULT_CHUNK_SIZE = 4
"""Articles per chunk sent to a worker (fewer when they are long). Small: a chunk costs
0.3-0.4 million instructions in the parent (under callgrind), while the last chunks
of a batch finish unevenly across the workers, by about half a chunk's work on average."""
CHUNK_CHARS = 200_000
"""A chunk is closed once its articles hold this many characters."""
CHUNKS_PER_WORKER = 4
"""Chunks in flight per worker: enough to keep workers busy, few enough to bound memory."""


@attrs.frozen(kw_only=True)
class Job:
    """One input of a batch: an article to analyse (or a failure to pass on) and its origin."""

    item: Article | Failure
    input: str | None = None
    """The file it was read from (``-`` for standard input), for error records."""
    line: int | None = None
    """Its 1-based line, for records of JSON Lines files."""


class LazyJob:
    """An input read but not yet parsed (a line of a JSON Lines file, as bytes).

    :meth:`load` makes it a :class:`Job` where it is analysed: with worker processes,
    in the worker, so the parent only reads bytes and sends them on (parsing the JSON
    and building the article, then pickling it, was most of the parent's work). It
    must be picklable and :meth:`load` must not raise (a bad record loads as a
    :class:`~newskit.types.Failure`).
    """

    __slots__ = ()

    def load(self) -> Job:
        """The job: the article (or the failure) this input holds, with its origin."""
        raise NotImplementedError

    def size(self) -> int:
        """About how many characters its article holds (to size chunks)."""
        raise NotImplementedError


Item = Article | Failure | Job | LazyJob
"""What a batch takes: articles, failures passed through, or either with its origin."""


def _names(value: Sequence[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen(kw_only=True)
class PipelineRecipe:
    """How to build a pipeline, by component names: small, picklable, hashable.

    Send a recipe where a pipeline object cannot go (worker processes started
    with ``spawn``, the workers of a Dask cluster); each process builds the
    pipeline once (:meth:`build`, cached) from the plugins installed there.
    The options are those of :meth:`Registry.pipeline <newskit.plugins.Registry.pipeline>`;
    ``entrypoints=False`` uses the built-in plugins only.
    """

    extractors: tuple[str, ...] | None = attrs.field(default=None, converter=_names)
    only: tuple[str, ...] | None = attrs.field(default=None, converter=_names)
    skip: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    use: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    scorers: tuple[str, ...] | None = attrs.field(default=None, converter=_names)
    strict: bool = False
    entrypoints: bool = True

    def build(self) -> Pipeline:
        """The pipeline (built once per process and recipe)."""
        return _build(self)

    @classmethod
    def from_pipeline(cls, pipeline: Pipeline, *, entrypoints: bool = True) -> PipelineRecipe:
        """The recipe of an existing pipeline: its extractors and scorers by name.

        It rebuilds the same pipeline wherever the same plugins are installed
        (not one whose components come from plugin objects registered at run
        time, which only exist in this process).
        """
        return cls(
            extractors=[reg.component.name for reg in pipeline.extractors],
            scorers=[reg.component.name for reg in pipeline.scorers],
            strict=pipeline.strict,
            entrypoints=entrypoints,
        )


@lru_cache(maxsize=8)
def _build(recipe: PipelineRecipe) -> Pipeline:
    from .plugins import Registry

    registry = Registry(entrypoints=recipe.entrypoints)
    pipeline: Pipeline = registry.pipeline(
        extractors=recipe.extractors, only=recipe.only, skip=recipe.skip, use=recipe.use,
        scorers=recipe.scorers, strict=recipe.strict,
    )
    return pipeline


def _as_job(item: Item) -> Job:
    if isinstance(item, Job):
        return item
    if isinstance(item, LazyJob):
        return item.load()
    return Job(item=item)


def _to_send(item: Item) -> Job | LazyJob:
    """What goes to a worker for ``item``: a lazy job as it is (parsed there)."""
    return item if isinstance(item, Job | LazyJob) else Job(item=item)


def run_one(pipeline: Pipeline, item: Item) -> Result:
    """Analyse one article; turn an escaping exception into a Failure naming the input.

    The pipeline keeps component failures in ``analysis.errors``; what can
    escape it is a strict pipeline's :class:`~newskit.errors.ComponentFailed`
    (or a bug), which becomes a Failure. Failures are passed on unchanged.
    """
    job = _as_job(item)
    article = job.item
    if isinstance(article, Failure):
        return article
    try:
        return pipeline.run(article)
    except NewskitError as exc:
        return Failure(
            input=job.input or article.id,
            line=job.line,
            article_id=article.id,
            message=exc.message,
            error_type=type(exc).__name__,
            component=exc.component,
            plugin=exc.plugin,
        )
    except Exception as exc:
        return Failure(
            input=job.input or article.id,
            line=job.line,
            article_id=article.id,
            message=f"{type(exc).__name__}: {exc}",
            error_type=type(exc).__name__,
        )


def _identity(result: Result) -> Result:
    return result


@overload
def run_batch(
    items: Iterable[Item],
    pipeline: Pipeline | PipelineRecipe,
    *,
    jobs: int = ...,
    ordered: bool = ...,
    chunk_size: int | None = ...,
    window: int | None = ...,
    encode: None = ...,
    start_method: str | None = ...,
) -> Iterator[Result]: ...


@overload
def run_batch(
    items: Iterable[Item],
    pipeline: Pipeline | PipelineRecipe,
    *,
    jobs: int = ...,
    ordered: bool = ...,
    chunk_size: int | None = ...,
    window: int | None = ...,
    encode: Callable[[Result], T],
    start_method: str | None = ...,
) -> Iterator[T]: ...


def run_batch(
    items: Iterable[Item],
    pipeline: Pipeline | PipelineRecipe,
    *,
    jobs: int = 1,
    ordered: bool = True,
    chunk_size: int | None = None,
    window: int | None = None,
    encode: Callable[[Result], Any] | None = None,
    start_method: str | None = None,
) -> Iterator[Any]:
    """Yield one result per item, lazily; failures from loading pass straight through.

    ``jobs`` is the number of worker processes (1: this process).
    ``ordered=False`` yields results as they finish. ``chunk_size`` articles
    go to a worker at a time (default :data:`DEFAULT_CHUNK_SIZE`, fewer for long
    articles); ``window`` chunks are in flight at most (default
    ``jobs * CHUNKS_PER_WORKER``). ``encode``, a picklable function, is
    applied to each result in the worker (serialising there spares the parent
    the work); then its return values are yielded instead. ``start_method``
    overrides how workers start (default: :func:`default_start_method`).

    Stopping the iteration (``break``, ``close()``, Ctrl-C) stops the workers.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be >= 1, not {jobs}")
    if chunk_size is not None and chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, not {chunk_size}")
    transform = encode or _identity
    if jobs == 1:
        pipe = pipeline.build() if isinstance(pipeline, PipelineRecipe) else pipeline
        yield from _run_serial(pipe, items, transform)
        return
    yield from _Parallel(
        pipeline,
        transform,
        workers=jobs,
        ordered=ordered,
        chunk_size=chunk_size or DEFAULT_CHUNK_SIZE,
        window=window or jobs * CHUNKS_PER_WORKER,
        start_method=start_method,
    ).run(items)


def _run_serial(
    pipeline: Pipeline, items: Iterable[Item], transform: Callable[[Result], Any]
) -> Iterator[Any]:
    """Run in this process, with what is alive after the first article frozen.

    The first article loads the lexicons and compiles the patterns; frozen, the
    garbage collector no longer walks them in every full collection (1.2% fewer
    instructions over the dev set under callgrind). They are frozen before the
    collector resumes (:func:`_frozen_after`), so it does not walk them even once.
    They are unfrozen when the batch ends or is abandoned, so nothing of the
    caller's stays exempt.
    """
    results = map(transform, map(partial(run_one, pipeline), items))
    first, frozen = _frozen_after(partial(next, results, _END))
    try:
        if first is not _END:
            yield first
            yield from results
    finally:
        if frozen:
            gc.unfreeze()


_END = object()
"""What ``next`` gives for an empty batch."""


def _may_freeze() -> bool:
    """Whether this batch may freeze what is alive: not when the collector is off (the
    caller manages it) or something is frozen already (the caller's, or an outer
    batch's, which is theirs to unfreeze)."""
    return gc.isenabled() and not gc.get_freeze_count()


def _frozen_after(call: Callable[[], T]) -> tuple[T, bool]:
    """``call()`` with the collector's automatic passes paused, then what is alive frozen
    before they resume, and whether it was (False, only calling, when
    :func:`_may_freeze` says no; nor when ``call`` raises). The first run of a pipeline
    allocates its lexicons and patterns: resumed unfrozen, the collector's next passes
    would walk all of them once before they are frozen (about 26 ms after the warm-up
    article, 8% of it)."""
    if not _may_freeze():
        return call(), False
    gc.disable()
    try:
        result = call()
    except BaseException:
        gc.enable()
        raise
    gc.freeze()
    gc.enable()
    return result, True


def _freeze_gc() -> bool:
    """Freeze what is alive now: the collector no longer walks it (False, doing
    nothing, when :func:`_may_freeze` says no)."""
    if not _may_freeze():
        return False
    gc.freeze()
    return True


# -- worker side --------------------------------------------------------------------

_WORKER: tuple[Pipeline, Callable[[Result], Any]] | None = None


def _init_worker(pipeline: Pipeline | PipelineRecipe, transform: Callable[[Result], Any]) -> None:
    global _WORKER
    # The parent handles Ctrl-C (a terminal sends it to the whole process group).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pipe = pipeline.build() if isinstance(pipeline, PipelineRecipe) else pipeline
    _WORKER = (pipe, transform)
    # What a forked worker inherited (the warmed pipeline: lexicons, patterns)
    # lives as long as the worker: frozen, the collector never walks it again,
    # so the worker does not copy the parent's memory pages just to update
    # their collector bookkeeping (a third fewer page faults per worker).
    _freeze_gc()


def _work_chunk(chunk: list[Job | LazyJob]) -> list[Any]:
    assert _WORKER is not None, "worker not initialised"
    pipeline, transform = _WORKER
    return [transform(run_one(pipeline, job)) for job in chunk]


# -- parent side --------------------------------------------------------------------

_WARM_UP = Article(
    id="warm-up",
    text=(
        "Minister Ana Lopez said on Monday that talks would resume next week.\n\n"
        '"We are ready," Lopez told reporters in Lisbon on 4 May 2023.'
    ),
)


def _chunks(jobs: Iterable[Job | LazyJob], size: int) -> Iterator[list[Job | LazyJob]]:
    chunk: list[Job | LazyJob] = []
    chars = 0
    for job in jobs:
        chunk.append(job)
        if isinstance(job, LazyJob):
            chars += job.size()
        elif isinstance(job.item, Article):
            chars += len(job.item.text)
        if len(chunk) >= size or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


class _Parallel:
    """A process pool fed a bounded window of chunks; replaced when a worker dies."""

    def __init__(
        self,
        pipeline: Pipeline | PipelineRecipe,
        transform: Callable[[Result], Any],
        *,
        workers: int,
        ordered: bool,
        chunk_size: int,
        window: int,
        start_method: str | None = None,
    ) -> None:
        import multiprocessing

        if start_method is None:
            start_method = default_start_method()
        self.context = multiprocessing.get_context(start_method)
        # Whether the warm-up froze what was alive (unfrozen when the run ends).
        self.frozen = False
        if self.context.get_start_method() == "fork":
            if isinstance(pipeline, PipelineRecipe):
                pipeline = pipeline.build()
            self.frozen = _warm_up(pipeline)
        elif not isinstance(pipeline, PipelineRecipe) and not _picklable(pipeline):
            # Components holding unpicklable state (lexicons bound to a plugin
            # manager): each worker rebuilds the pipeline by component names.
            pipeline = PipelineRecipe.from_pipeline(pipeline)
        self.pipeline = pipeline
        self.transform = transform
        self.workers = workers
        self.ordered = ordered
        self.chunk_size = chunk_size
        self.window = max(window, 1)
        self.pool: ProcessPoolExecutor | None = None

    def _new_pool(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=self.context,
            initializer=_init_worker,
            initargs=(self.pipeline, self.transform),
        )

    def run(self, items: Iterable[Item]) -> Iterator[Any]:
        try:
            yield from self._run_pool(items)
        finally:
            if self.frozen:
                self.frozen = False
                gc.unfreeze()

    def _run_pool(self, items: Iterable[Item]) -> Iterator[Any]:
        from concurrent.futures import FIRST_COMPLETED, wait

        pending: deque[tuple[list[Job | LazyJob], Future[list[Any]]]] = deque()
        self.pool = self._new_pool()
        finished = False
        try:
            for chunk in _chunks(map(_to_send, items), self.chunk_size):
                pending.append((chunk, self._submit(chunk)))
                while len(pending) >= self.window:
                    yield from self._take(pending, wait, FIRST_COMPLETED)
            while pending:
                yield from self._take(pending, wait, FIRST_COMPLETED)
            finished = True
        finally:
            self._shutdown(graceful=finished)

    def _submit(self, chunk: list[Job | LazyJob]) -> Future[list[Any]]:
        """Send ``chunk`` to the pool; a pool already broken gives a failed future.

        A worker can die between two submissions: the pool then refuses new
        work before the chunk in flight reports the death. The refused chunk
        joins the others in flight and is recovered with them.
        """
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        assert self.pool is not None
        try:
            return self.pool.submit(_work_chunk, chunk)
        except BrokenProcessPool as exc:
            refused: Future[list[Any]] = Future()
            refused.set_exception(exc)
            return refused

    def _take(
        self,
        pending: deque[tuple[list[Job | LazyJob], Future[list[Any]]]],
        wait: Any,
        first_completed: Any,
    ) -> Iterator[Any]:
        """Yield the results of the next finished chunk (the oldest one when ordered)."""
        from concurrent.futures.process import BrokenProcessPool

        if self.ordered:
            chunk, future = pending[0]
        else:
            done, _ = wait([f for _, f in pending], return_when=first_completed)
            chunk, future = next((c, f) for c, f in pending if f in done)
        try:
            results = future.result()
        except BrokenProcessPool:
            # A worker died; every chunk in flight is lost. Re-run them one
            # article at a time so only the culprit fails.
            lost = [job for c, _ in pending for job in c]
            pending.clear()
            yield from self._recover(lost, broken=True)
            return
        except Exception as exc:
            # The chunk could not be sent or its results not returned (pickling).
            pending.remove((chunk, future))
            yield from self._recover(chunk, broken=False, cause=exc)
            return
        pending.remove((chunk, future))
        yield from results

    def _recover(
        self, jobs: list[Job | LazyJob], *, broken: bool, cause: BaseException | None = None
    ) -> Iterator[Any]:
        from concurrent.futures.process import BrokenProcessPool

        if broken:
            self._shutdown(graceful=False)
            self.pool = self._new_pool()
        for job in jobs:
            assert self.pool is not None
            try:
                yield from self.pool.submit(_work_chunk, [job]).result()
                continue
            except BrokenProcessPool:
                self._shutdown(graceful=False)
                self.pool = self._new_pool()
                message = "a worker process died while analysing this article"
                error_type = "WorkerDied"
            except Exception as exc:
                message = f"{type(exc).__name__}: {exc}"
                error_type = type(exc).__name__
            yield self.transform(_job_failure(job, message, error_type))

    def _shutdown(self, *, graceful: bool) -> None:
        pool, self.pool = self.pool, None
        if pool is None:
            return
        if not graceful:
            # Do not wait for work nobody will read: stop the workers now.
            # (Python 3.14 has terminate_workers(); before, the processes are private.)
            terminate = getattr(pool, "terminate_workers", None)
            if terminate is not None:  # pragma: no cover - Python >= 3.14
                terminate()
                return
            processes = list((getattr(pool, "_processes", None) or {}).values())
            for process in processes:
                if process.is_alive():
                    process.terminate()
            for process in processes:
                process.join(timeout=10)
            # A worker killed while sending a result leaves a half-written
            # message: the pool's reader thread would wait for the rest forever.
            # With the workers gone, closing this process's write end of the
            # result pipe gives that reader end-of-file instead.
            writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
            if writer is not None:
                writer.close()
        pool.shutdown(wait=True, cancel_futures=True)


def _job_failure(sent: Job | LazyJob, message: str, error_type: str) -> Failure:
    job = _as_job(sent)
    item = job.item
    if isinstance(item, Failure):
        return item
    return Failure(
        input=job.input or item.id, line=job.line, article_id=item.id,
        message=message, error_type=error_type,
    )


def _warm_up(pipeline: Pipeline) -> bool:
    """Run the pipeline once so lazily compiled patterns are inherited by forked workers,
    frozen (:func:`_frozen_after`; the workers then walk none of them either); return
    whether they were frozen, for the caller to unfreeze when the batch ends."""

    def run() -> None:
        try:
            pipeline.run(_WARM_UP)
        except Exception:  # a strict pipeline may raise; the workers report it per article
            return

    return _frozen_after(run)[1]


def _picklable(pipeline: Pipeline) -> bool:
    import pickle

    try:
        pickle.dumps(pipeline)
    except Exception:
        return False
    return True


def default_start_method() -> str:
    """``fork`` where it is available and safe (not macOS, whose system libraries
    may crash in a forked child), else ``spawn``."""
    import multiprocessing
    import sys

    if sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def cpu_count() -> int:
    """The CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
