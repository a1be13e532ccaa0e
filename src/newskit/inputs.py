"""From paths (files, directories, ``-``) to a stream of articles and failures.

Files are read one at a time and loaders stream, so memory stays flat however
large the corpus. Every input yields at least one item: an
:class:`~newskit.types.Article`, or a :class:`~newskit.types.Failure` naming
the file (and line) and what is wrong with it.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from .errors import InputError, UnknownComponentError
from .types import Article, Failure

if TYPE_CHECKING:
    from .plugins import Registry

__all__ = ["apply_defaults", "expand_paths", "load_articles"]


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
    """Paths as given, with directories replaced by the loadable files below them, sorted."""
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
    from .plugins import default_registry
    from .serialize import parse_published

    registry = registry or default_registry()
    loaders = {name: reg.component for name, reg in registry.components("loaders").items()}
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
        for item in _load_one(path, loaders, forced):
            yield apply_defaults(item, defaults) if isinstance(item, Article) else item


def _load_one(path: str, loaders: dict[str, Any], forced: Any) -> Iterator[Article | Failure]:
    gunzip = path.lower().endswith(".gz")
    if forced is not None:
        loader = forced
    else:
        found = _loader_for(path, loaders) if path != "-" else None
        if found is None:
            loader = loaders.get("text")
        else:
            loader, gunzip = found
    if loader is None:
        yield Failure(input=path, message="no loader for this file type")
        return
    try:
        stream = _open(path, gunzip)
    except OSError as exc:
        yield Failure(input=path, message=exc.strerror or str(exc), error_type="InputError")
        return
    produced = False
    try:
        with stream:
            for item in loader.load(stream, origin=path):
                produced = True
                yield item
    except InputError as exc:
        produced = True
        yield Failure(
            input=path,
            line=exc.line,
            message=exc.message,
            error_type=type(exc).__name__,
            plugin=None,
            component=loader.name,
        )
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        produced = True
        yield Failure(
            input=path,
            message=f"cannot read: {type(exc).__name__}: {exc}",
            error_type="InputError",
            component=loader.name,
        )
    except Exception as exc:  # a plugin loader's bug: record it, go on
        produced = True
        yield Failure(
            input=path,
            message=f"{type(exc).__name__}: {exc}",
            error_type=type(exc).__name__,
            component=loader.name,
        )
    if not produced:
        yield Failure(input=path, message="no article in this input", component=loader.name)


def _open(path: str, gunzip: bool) -> IO[bytes]:
    if path == "-":
        stream: IO[bytes] = sys.stdin.buffer
        return gzip.open(stream) if gunzip else _NoClose(stream)  # type: ignore[return-value]
    if gunzip:
        return gzip.open(Path(path), "rb")
    return open(path, "rb")  # noqa: SIM115 - closed by the caller's with


class _NoClose:
    """Wrap standard input so ``with`` does not close it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def __enter__(self) -> _NoClose:
        return self

    def __exit__(self, *exc: object) -> None:
        return None
