"""The four component protocols that plugins provide through the registration hooks.

Hooks only *register* these objects; the pipeline then calls them directly, so
the per-article hot path never goes through pluggy. Components must not keep
per-article state between calls (a pipeline may be shared by threads and is
copied into worker processes), and must not mutate what they are given.

A component is any object with the attributes and method below; nothing needs
to be subclassed. :class:`typing.Protocol` classes document the contract and
let mypy check plugins.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Protocol, Union, runtime_checkable

if TYPE_CHECKING:
    from pathlib import Path

    from .types import Analysis, Article, Failure, Score

__all__ = ["Exporter", "Extractor", "Layers", "Loader", "Result", "Scorer"]

Layers = Mapping[str, tuple[Any, ...]]
"""What earlier extractors produced, by layer name (``"blocks"``, ``"actors"``…)."""

Result = Union["Analysis", "Failure"]
"""What batch work yields for each input."""


@runtime_checkable
class Loader(Protocol):
    """Turns a byte stream into articles.

    ``suffixes`` are the file name endings it claims (``(".txt",)``,
    ``(".warc.gz",)``); a ``.gz`` the core finds no loader for is decompressed
    and the inner suffix used. ``load`` yields an :class:`~newskit.types.Article`
    for each article and a :class:`~newskit.types.Failure` for each bad record,
    and goes on after a bad record; it raises
    :class:`~newskit.errors.InputError` only when nothing in the stream can be read.

    A loader that reads one record per line of the stream (``for line in stream``)
    may set ``line_records = True``: the batch then names, on each article and
    failure it yields, the line read last, and on a stream that gives out (a
    truncated gzip file) the line it was reading.
    """

    name: str
    suffixes: tuple[str, ...]

    def load(self, stream: IO[bytes], *, origin: str) -> Iterator[Article | Failure]: ...


@runtime_checkable
class Extractor(Protocol):
    """Finds things in an article and returns them as named layers.

    ``requires`` names the layers it reads (produced by earlier extractors);
    ``produces`` the layers it returns. The pipeline orders extractors by these
    declarations. ``extract`` returns a mapping from each produced layer name to
    a tuple of values; it may also return new versions of layers it lists in
    ``updates`` (an actor resolver adding mentions, say), which it must also
    list in ``requires``.

    Extractors degrade on messy text: partial results, not exceptions.
    """

    name: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def extract(self, article: Article, layers: Layers) -> Mapping[str, tuple[Any, ...]]: ...


@runtime_checkable
class Scorer(Protocol):
    """Reads a finished analysis and returns named scores with their evidence.

    Score names should start with the scorer's name (``sourcing.distinct_sources``).
    """

    name: str
    requires: tuple[str, ...]

    def score(self, analysis: Analysis) -> Iterable[Score]: ...


@runtime_checkable
class Exporter(Protocol):
    """Writes analyses in a format.

    ``write`` receives every result of a run, in order, analyses and failures
    mixed (a format that cannot show failures skips them), and writes to a text
    stream. An exporter whose format is several files sets ``needs_directory``
    and implements ``write_directory`` too: the command line calls it when
    ``--output DIR`` is given, and ``write`` (one stream, standard output)
    when it is not.
    """

    name: str
    suffix: str
    media_type: str

    def write(self, results: Iterable[Result], stream: IO[str]) -> None: ...


def needs_directory(exporter: Exporter) -> bool:
    """True for exporters whose format is a set of files."""
    return bool(getattr(exporter, "needs_directory", False))


def write_directory(exporter: Exporter, results: Iterable[Result], directory: Path) -> None:
    """Call a directory exporter (kept off the protocol so simple exporters stay simple)."""
    method = getattr(exporter, "write_directory")  # noqa: B009 - optional method
    method(results, directory)
