"""From paths (files, directories, ``-``) to a stream of articles and failures.

Files are read one at a time and loaders stream, so memory stays flat however
large the corpus. Every input yields at least one item: an
:class:`~newskit.types.Article`, or a :class:`~newskit.types.Failure` naming
the file (and line) and what is wrong with it. A bad file or record never
stops the stream: the next one is read.

:func:`load_articles` is the public entry point; :func:`load_jobs` yields the
same items wrapped with the file and line they came from (what
:func:`newskit.batch.run_batch` needs to name the input of an article that
fails later); :func:`read_jobs` yields those jobs with the records of JSON Lines
files (read by the built-in loader) left unparsed, as the bytes of their line
(a :class:`~newskit.batch.LazyJob`, loaded in the process that analyses it);
:func:`count_inputs` estimates how many items a set of paths holds, cheaply,
for a progress bar.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from .batch import Job, LazyJob
from .errors import InputError, UnknownComponentError
from .types import Article, Failure

if TYPE_CHECKING:
    from .plugins import Registry

__all__ = [
    "apply_defaults", "count_inputs", "expand_paths", "load_articles", "load_jobs", "read_jobs",
]


def _loader_for(name: str, loaders: dict[str, Any]) -> tuple[Any, bool] | None:
    """The loader claiming the longest suffix of ``name``, and whether to gunzip."""
    lower = name.lower()
    best: tuple[int, Any] | None = None
    for loader in loaders.values():
        for suffix in loader.suffixes:
            if lower.endswith(suffix.lower()) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), loader)
    if best is not None:
        return best[1], False
    if lower.endswith(".gz"):
        inner = _loader_for(name[:-3], loaders)
        if inner is not None:
            return inner[0], True
    return None


def expand_paths(paths: Iterable[str | os.PathLike[str]], loaders: dict[str, Any]) -> Iterator[str]:
    """Paths as given, with directories replaced by the loadable files below them, sorted.

    Hidden files and directories (a leading dot) are skipped; symbolic links
    to directories are not followed (no loops).
    """
    for raw in paths:
        path = os.fspath(raw)
        if path != "-" and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in files:
                    if not file.startswith(".") and _loader_for(file, loaders) is not None:
                        found.append(os.path.join(root, file))
            yield from sorted(found)
        else:
            yield path


def apply_defaults(article: Article, defaults: dict[str, Any]) -> Article:
    """Fill fields the input left empty (``published``, ``source``, ``language``…)."""
    changes = {k: v for k, v in defaults.items() if v is not None and not getattr(article, k)}
    return attrs.evolve(article, **changes) if changes else article


def _loaders(registry: Registry | None) -> dict[str, Any]:
    from .plugins import default_registry

    registry = registry or default_registry()
    return {name: reg.component for name, reg in registry.components("loaders").items()}


def load_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    registry: Registry | None = None,
    input_format: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Iterator[Article | Failure]:
    """Read articles from files, directories and ``-`` (standard input).

    ``input_format`` names the loader for every file (default: chosen by file
    suffix; ``text`` for standard input and unknown suffixes). ``published``,
    ``source`` and ``language`` fill in what the input does not say.
    """
    for job in load_jobs(paths, registry=registry, input_format=input_format,
                         published=published, source=source, language=language):
        yield job.item


def load_jobs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    registry: Registry | None = None,
    input_format: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Iterator[Job]:
    """Like :func:`load_articles`, each item wrapped in a :class:`~newskit.batch.Job`
    that names its file and (for JSON Lines) line."""
    for job in read_jobs(paths, registry=registry, input_format=input_format,
                         published=published, source=source, language=language):
        yield job if isinstance(job, Job) else job.load()


def read_jobs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    registry: Registry | None = None,
    input_format: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Iterator[Job | LazyJob]:
    """Like :func:`load_jobs`, but the records of JSON Lines files (read by the built-in
    loader) come as lazy jobs (:class:`~newskit.batch.LazyJob`): their lines as bytes, parsed
    when loaded, which :func:`~newskit.batch.run_batch` does in the worker that
    analyses them. Loaded, they are the jobs :func:`load_jobs` yields."""
    from .serialize import parse_published

    loaders = _loaders(registry)
    forced = None
    if input_format is not None:
        if input_format not in loaders:
            raise UnknownComponentError(
                f"no loader named {input_format!r}; available: {', '.join(sorted(loaders))}"
            )
        forced = loaders[input_format]
    defaults = {
        "published": parse_published(published) if isinstance(published, str) else published,
        "source": source,
        "language": language,
    }
    for path in expand_paths(paths, loaders):
        yield from _load_one(path, loaders, forced, defaults)


class _JsonLine(LazyJob):
    """A record of a JSON Lines file read by the built-in loader, as the bytes of its line:
    :meth:`load` reads it with the loader's own ``load_line`` and completes the job as
    :func:`_loaded` does for other loaders (the loader's name on a failure, the defaults on
    an article)."""

    __slots__ = ("defaults", "input", "line", "raw")

    def __init__(self, raw: bytes, input: str, line: int, defaults: dict[str, Any]) -> None:
        self.raw = raw
        self.input = input
        self.line = line
        self.defaults = defaults

    def __reduce__(self) -> tuple[Any, ...]:
        return _JsonLine, (self.raw, self.input, self.line, self.defaults)

    def size(self) -> int:
        return len(self.raw)

    def load(self) -> Job:
        from .default_plugins.loaders import JsonLinesLoader, load_line

        origin, line = self.input, self.line
        try:
            item = load_line(self.raw, origin=origin, line=line)
        except Exception as exc:  # a bug: this record fails, the next ones are read
            item = Failure(input=origin, line=line, message=f"{type(exc).__name__}: {exc}",
                           error_type=type(exc).__name__)
        if isinstance(item, Failure):
            item = attrs.evolve(item, component=JsonLinesLoader.name)
        else:
            item = apply_defaults(item, self.defaults)
        return Job(item=item, input=origin, line=line)


def _json_lines(
    stream: _LineCounter, path: str, defaults: dict[str, Any]
) -> Iterator[_JsonLine]:
    """The non-blank lines of ``stream``, unparsed (the built-in loader skips blank ones)."""
    for raw in stream:
        if raw.strip():
            yield _JsonLine(raw, path, stream.lines, defaults)


def _loaded(
    loader: Any, stream: _LineCounter, path: str, defaults: dict[str, Any]
) -> Iterator[Job]:
    """The items of ``loader.load`` as jobs: a line named for a loader of ``line_records``,
    the loader's name on a failure, the defaults on an article."""
    line_records = bool(getattr(loader, "line_records", False))
    for item in loader.load(stream, origin=path):
        line = stream.lines if line_records and stream.lines else None
        if isinstance(item, Failure):
            item = attrs.evolve(
                item,
                line=item.line if item.line is not None else line,
                component=item.component or loader.name,
            )
        elif isinstance(item, Article):
            item = apply_defaults(item, defaults)
        yield Job(item=item, input=path, line=line)


def _choose(path: str, loaders: dict[str, Any], forced: Any) -> tuple[Any, bool]:
    gunzip = path.lower().endswith(".gz")
    if forced is not None:
        return forced, gunzip
    found = _loader_for(path, loaders) if path != "-" else None
    if found is None:
        return loaders.get("text"), gunzip
    return found


def _load_one(
    path: str, loaders: dict[str, Any], forced: Any, defaults: dict[str, Any]
) -> Iterator[Job | LazyJob]:
    from .default_plugins.loaders import JsonLinesLoader

    loader, gunzip = _choose(path, loaders, forced)
    if loader is None:
        yield Job(item=Failure(input=path, message="no loader for this file type"), input=path)
        return
    line_records = bool(getattr(loader, "line_records", False))
    try:
        stream = _LineCounter(_open(path, gunzip))
    except OSError as exc:
        unread = Failure(input=path, message=exc.strerror or str(exc), error_type="InputError")
        yield Job(item=unread, input=path)
        return
    # The built-in JSON Lines loader's records are parsed later (see read_jobs).
    lazy = type(loader) is JsonLinesLoader
    produced = False
    failure: Failure | None = None
    try:
        with stream:
            jobs: Iterator[Job | LazyJob] = (_json_lines(stream, path, defaults) if lazy
                                             else _loaded(loader, stream, path, defaults))
            for job in jobs:
                produced = True
                yield job
    # A loader that raises has failed on the line it read last (a record on line 12: line
    # 12); a stream that gives out, on the line it was reading.
    except InputError as exc:
        failure = Failure(
            input=path, line=exc.line if exc.line is not None else stream.last_line(),
            message=exc.message, error_type=type(exc).__name__, component=loader.name,
        )
    except (OSError, EOFError, zlib.error) as exc:
        # gzip.BadGzipFile is an OSError; a truncated gzip stream raises EOFError
        # and a corrupt one zlib.error, after the records before the damage.
        failure = Failure(
            input=path, line=stream.next_line(line_records),
            message=f"cannot read: {type(exc).__name__}: {exc}",
            error_type="InputError", component=loader.name,
        )
    except Exception as exc:  # a plugin loader's bug: record it, go on
        failure = Failure(
            input=path, line=stream.last_line(),
            message=f"{type(exc).__name__}: {exc}",
            error_type=type(exc).__name__, component=loader.name,
        )
    if failure is not None:
        yield Job(item=failure, input=path, line=failure.line)
    elif not produced:
        empty = Failure(input=path, message="no article in this input", component=loader.name)
        yield Job(item=empty, input=path)


def _open(path: str, gunzip: bool) -> IO[bytes]:
    if path == "-":
        stream: IO[bytes] = sys.stdin.buffer
        return gzip.open(stream) if gunzip else _NoClose(stream)  # type: ignore[return-value]
    if gunzip:
        return gzip.open(Path(path), "rb")  # type: ignore[return-value]
    return open(path, "rb")


class _LineCounter:
    """A byte stream that counts the lines read through it (``for line in``, ``readline``).

    Lets the batch name the line of a record and of the place a damaged
    stream (a truncated gzip file) gave out, whatever the loader.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.lines = 0

    def next_line(self, line_records: bool) -> int | None:
        """The line being read when reading failed (None when not read by lines)."""
        return self.lines + 1 if (line_records or self.lines) else None

    def last_line(self) -> int | None:
        """The line read last, where a loader failed on its record (None before any)."""
        return self.lines or None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        line = next(self._stream)
        self.lines += 1
        return line

    def readline(self, size: int = -1) -> bytes:
        line = self._stream.readline(size)
        if line.endswith(b"\n"):
            self.lines += 1
        return line

    def __enter__(self) -> _LineCounter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()


class _NoClose:
    """Wrap standard input so ``with`` does not close it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def __next__(self) -> bytes:
        return next(self._stream)

    def close(self) -> None:
        return None

    def __enter__(self) -> _NoClose:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


# -- counting, for progress -------------------------------------------------------

_BLOCK = 1 << 20


def count_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    registry: Registry | None = None,
    input_format: str | None = None,
    budget: float = 2.0,
) -> int | None:
    """How many items ``paths`` will yield, counted cheaply; None when unknown.

    A text file counts one; a JSON Lines file its lines (counted on the bytes,
    without parsing; blank lines, which are skipped, count too); a JSON file
    one, or its records when it is an array. Standard input, or counting
    that takes longer than ``budget`` seconds, gives None (a progress bar
    then shows no total). The count is an estimate: a JSON Lines record that
    fails to load still counts one, as it
    yields one error record.
    """
    loaders = _loaders(registry)
    forced = loaders.get(input_format) if input_format else None
    deadline = time.monotonic() + budget
    total = 0
    for path in expand_paths(paths, loaders):
        if path == "-" or time.monotonic() > deadline:
            return None
        loader, gunzip = _choose(path, loaders, forced)
        name = getattr(loader, "name", None)
        try:
            if name == "jsonl":
                total += _count_lines(path, gunzip, deadline)
            elif name == "json":
                total += _count_json(path, gunzip)
            else:
                total += 1
        except TimeoutError:
            return None
        except (OSError, EOFError, zlib.error, ValueError):
            total += 1  # yields one error record
    return total


def _count_lines(path: str, gunzip: bool, deadline: float) -> int:
    count = 0
    with _open(path, gunzip) as stream:
        tail = b"\n"
        while block := stream.read(_BLOCK):
            count += block.count(b"\n")
            tail = block[-1:]
            if time.monotonic() > deadline:
                raise TimeoutError
        if tail != b"\n":
            count += 1
    return max(count, 1)


def _count_json(path: str, gunzip: bool) -> int:
    import json

    with _open(path, gunzip) as stream:
        head = stream.read(64).lstrip()
        if not head.startswith(b"[") or os.path.getsize(path) > 50 * _BLOCK:
            return 1
        data = json.loads(head + stream.read())
    return len(data) if isinstance(data, list) and data else 1
