"""``newskit analyze``: run the pipeline over files, directories or standard input.

Every input yields one result (an analysis, or an error record naming the
input, line, component and message); results stream to the output as they
are ready. A progress line goes to standard error when it is a terminal.
Ctrl-C stops at the next result boundary, so the output stays valid: the
results finished so far are written and the exporter closes its format
(a JSON array gets its ``]``). The exit status is documented in
:mod:`newskit.cli`.
"""

from __future__ import annotations

import argparse
import codecs
import io
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any, TypeVar

import attrs

from newskit.types import Analysis, Failure

if TYPE_CHECKING:
    from newskit.batch import PipelineRecipe
    from newskit.pipeline import Pipeline

X = TypeVar("X")


def _names(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "analyze",
        help="analyse articles and print the results",
        description=(
            "Analyse articles (.txt, .json, .jsonl, optionally .gz; directories are "
            "searched recursively; '-' reads standard input) and write one result per "
            "article: an analysis or an error record."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or -")
    parser.add_argument("-f", "--format", default="json",
                        help="output format: an exporter name (default: json)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write here instead of standard output; for multi-file "
                        "formats (html, csv, brat) a directory")
    parser.add_argument("--input-format", metavar="LOADER",
                        help="loader for every input (default: by file suffix; text for -)")
    parser.add_argument("--published", metavar="DATE",
                        help="publication date (ISO 8601) where the input gives none")
    parser.add_argument("--source", metavar="NAME", help="publisher where the input gives none")
    parser.add_argument("--language", metavar="CODE", help="language where the input gives none")
    parser.add_argument("--only", type=_names, metavar="NAMES",
                        help="run only these extractors (and what they require)")
    parser.add_argument("--skip", type=_names, default=[], metavar="NAMES",
                        help="do not run these extractors")
    parser.add_argument("--use", type=_names, default=[], metavar="NAMES",
                        help="add these extractors, replacing defaults that produce the "
                        "same layers")
    parser.add_argument("--scorers", type=_names, metavar="NAMES",
                        help="run only these scorers (default: all; '' for none)")
    parser.add_argument("--strict", action="store_true",
                        help="treat a failing component as a failed article")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="worker processes (default: 1; 0: one per CPU)")
    parser.add_argument("--unordered", action="store_true",
                        help="write results as they finish, not in input order (with --jobs)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar, no summary line (errors are still reported)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newskit.batch import PipelineRecipe, cpu_count, run_batch
    from newskit.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, error
    from newskit.components import needs_directory, write_directory
    from newskit.inputs import read_jobs
    from newskit.plugins import Registry
    from newskit.serialize import parse_published

    if args.jobs < 0:
        error("--jobs must be at least 1 (or 0: one per CPU)")
        return EXIT_USAGE
    jobs = args.jobs or cpu_count()
    try:
        published = parse_published(args.published) if args.published else None
    except ValueError:
        error(f"--published: not an ISO 8601 date: {args.published!r}")
        return EXIT_USAGE
    registry = Registry()
    for failure in registry.failures:
        error(f"plugin {failure.name!r} not loaded: {failure.message}")
    exporter = registry.get("exporters", args.format).component
    options: dict[str, Any] = {
        "only": args.only, "skip": args.skip, "use": args.use, "scorers": args.scorers,
        "strict": args.strict,
    }
    # A bad configuration fails here, before any input is read (exit 2).
    pipeline: Pipeline | PipelineRecipe = registry.pipeline(**options)
    # Multi-file formats write a directory with --output, else one stream to stdout.
    directory = needs_directory(exporter) and bool(args.output)
    if jobs > 1 and not _can_fork():
        pipeline = PipelineRecipe(**options)  # built once in each spawned worker

    loading = {
        "registry": registry, "input_format": args.input_format,
    }
    # JSON Lines records are parsed where they are analysed (in the workers with --jobs).
    jobs_in = read_jobs(args.paths, published=published, source=args.source,
                        language=args.language, **loading)
    tally = _Tally()
    progress = _progress(args, loading)
    interrupt = _Interrupt()
    line_per_result = not directory and (
        args.format == "jsonl" or bool(getattr(exporter, "line_per_result", False))
    )

    def report(summary: _Summary) -> None:
        tally.add(summary)
        for message in summary.messages:
            progress.clear()
            error(message)
        progress.update(tally.done, tally.failed)

    with ExitStack() as stack, interrupt:
        stream: IO[str] = sys.stdout
        if args.output and not directory:
            stream = stack.enter_context(open(args.output, "w", encoding="utf-8"))
        if line_per_result:
            # Serialise in the workers; this process only writes finished lines.
            encoded = run_batch(jobs_in, pipeline, jobs=jobs, ordered=not args.unordered,
                                encode=_Encoder(exporter))
            write = _bytes_writer(stream)
            for item in interrupt.guard(encoded):
                report(item.summary)
                write(item.data)
        else:
            def results() -> Iterator[Analysis | Failure]:
                batch = run_batch(jobs_in, pipeline, jobs=jobs, ordered=not args.unordered)
                for result in interrupt.guard(batch):
                    report(_summarise(result))
                    yield result

            if directory:
                write_directory(exporter, results(), Path(args.output))
            else:
                exporter.write(results(), stream)
                stream.flush()
    progress.close()
    if not args.quiet and (tally.done > 1 or tally.failed or tally.partial
                           or interrupt.requested):
        print(f"newskit: {tally.describe()}{', interrupted' if interrupt.requested else ''}",
              file=sys.stderr)
    if interrupt.requested:
        return EXIT_INTERRUPTED
    if tally.failed or tally.partial:
        return EXIT_FAILED
    return EXIT_OK


def _can_fork() -> bool:
    from newskit.batch import default_start_method

    return default_start_method() == "fork"


# -- per-result bookkeeping ------------------------------------------------------------


@attrs.frozen
class _Summary:
    """What the parent needs to know of a result: its status and the messages to print."""

    status: str  # "ok", "partial" (some component failed) or "failed"
    messages: tuple[str, ...] = ()


@attrs.frozen
class _Encoded:
    """A result as its exporter wrote it, in UTF-8: bytes travel from a worker as one copy
    (a str is encoded by pickle and decoded again), and are written without encoding."""

    data: bytes
    summary: _Summary

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


def _bytes_writer(stream: IO[str]) -> Callable[[bytes], None]:
    """A function writing UTF-8 lines to ``stream`` and flushing them: straight to its
    binary buffer when that writes the same bytes as the text layer would (a UTF-8 stream
    whose newlines are not translated), else through the text layer."""
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    if (
        isinstance(buffer, io.BufferedIOBase)
        and isinstance(encoding, str)
        and codecs.lookup(encoding).name == "utf-8"
        and os.linesep == "\n"
    ):
        stream.flush()

        def write_bytes(data: bytes) -> None:
            buffer.write(data)
            buffer.flush()

        return write_bytes

    def write_text(data: bytes) -> None:
        stream.write(data.decode("utf-8"))
        stream.flush()

    return write_text


def _summarise(result: Analysis | Failure) -> _Summary:
    if isinstance(result, Failure):
        where = result.input if result.line is None else f"{result.input}:{result.line}"
        who = f" [{result.component}]" if result.component else ""
        return _Summary("failed", (f"{where}{who}: {result.message}",))
    if result.errors:
        return _Summary("partial", tuple(
            f"{result.article.id}: component {err.component!r} (plugin {err.plugin!r}): "
            f"{err.message}"
            for err in result.errors
        ))
    return _Summary("ok")


class _Encoder:
    """Runs in the workers: one result to the exporter's text and its summary."""

    def __init__(self, exporter: Any) -> None:
        self.exporter = exporter

    def __call__(self, result: Analysis | Failure) -> _Encoded:
        buffer = io.StringIO()
        self.exporter.write([result], buffer)
        try:
            data = buffer.getvalue().encode("utf-8")
        except UnicodeEncodeError as exc:
            # Text that is not Unicode (lone surrogates from a plugin loader):
            # an error record instead of a batch that dies writing it.
            article_id = result.article_id if isinstance(result, Failure) else result.article.id
            failure = Failure(
                input=article_id or "?", article_id=article_id, error_type="OutputError",
                message=f"result is not valid Unicode text ({exc.reason} at offset "
                f"{exc.start} of its JSON)",
            )
            buffer = io.StringIO()
            self.exporter.write([failure], buffer)
            return _Encoded(buffer.getvalue().encode("utf-8"), _summarise(failure))
        return _Encoded(data, _summarise(result))


class _Tally:
    def __init__(self) -> None:
        self.done = 0
        self.failed = 0
        self.partial = 0

    def add(self, summary: _Summary) -> None:
        self.done += 1
        if summary.status == "failed":
            self.failed += 1
        elif summary.status == "partial":
            self.partial += 1

    def describe(self) -> str:
        analysed = self.done - self.failed
        partial = f" ({self.partial} with component errors)" if self.partial else ""
        return f"{self.done} input(s): {analysed} analysed{partial}, {self.failed} failed"


# -- Ctrl-C ------------------------------------------------------------------------------


class _Interrupt:
    """Ctrl-C that never cuts a result in half.

    While the batch computes the next result, Ctrl-C interrupts at once (the
    work in progress is dropped and the workers stopped). While a finished
    result is being written it only sets :attr:`requested`; the write
    completes and the batch stops before the next one. A second Ctrl-C
    during a write interrupts anyway.
    """

    def __init__(self) -> None:
        self.requested = False
        self.computing = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> _Interrupt:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.computing or self.requested:
            self.requested = True
            raise KeyboardInterrupt
        self.requested = True

    def guard(self, source: Iterator[X]) -> Iterator[X]:
        """Yield from ``source`` until it ends or Ctrl-C; then close it (stopping workers)."""
        try:
            while not self.requested:
                self.computing = True
                try:
                    item = next(source)
                except StopIteration:
                    return
                except KeyboardInterrupt:
                    self.requested = True
                    return
                finally:
                    self.computing = False
                yield item
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()


# -- progress ------------------------------------------------------------------------------


class _NoProgress:
    def update(self, done: int, failed: int = 0) -> None:
        pass

    def clear(self) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(args: argparse.Namespace, loading: dict[str, Any]) -> Any:
    if args.quiet or not sys.stderr.isatty():
        return _NoProgress()
    from newskit.inputs import count_inputs
    from newskit.progress import Progress

    total = count_inputs(args.paths, **loading)
    return Progress(sys.stderr, total=total)
