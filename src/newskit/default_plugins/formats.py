"""Built-in exporters: csv, html, brat, jsonld, text (see docs/formats.md).

They are registered as :class:`Deferred` stand-ins that import their module on
first use: the registry only needs an exporter's name, suffix, media type and
whether it writes a directory, and importing the five format modules (HTML
pages, CSV, brat) cost about 30 ms of every start-up, for runs that mostly
write JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from newskit.components import Result
from newskit.hookspecs import hookimpl

PROBED = frozenset({"requires", "produces", "updates", "suffixes", "line_per_result"})
"""Optional attributes the core looks up on any component; the built-in
exporters have none of them (checked by ``tests/test_exporters.py``)."""


class Deferred:
    """An exporter of :mod:`newskit.export`, by class name, built when first used.

    Everything but the four registration attributes is the real exporter's
    (``write_directory``, ``indent``…); ``tests/test_exporters.py`` checks the
    attributes given here against the real classes.
    """

    def __init__(
        self, class_name: str, *, name: str, suffix: str, media_type: str,
        needs_directory: bool = False,
    ) -> None:
        self.class_name = class_name
        self.name = name
        self.suffix = suffix
        self.media_type = media_type
        self.needs_directory = needs_directory
        self._exporter: Any = None

    def exporter(self) -> Any:
        """The real exporter (its module imported, the object built, on the first call)."""
        if self._exporter is None:
            import newskit.export

            self._exporter = getattr(newskit.export, self.class_name)()
        return self._exporter

    def write(self, results: Iterable[Result], stream: IO[str]) -> None:
        self.exporter().write(results, stream)

    def __getattr__(self, attr: str) -> Any:
        # Neither private lookups (pickling, copying) nor the registry's and the
        # command line's probes for optional attributes build the exporter.
        if attr.startswith("_") or attr in PROBED:
            raise AttributeError(attr)
        return getattr(self.exporter(), attr)

    def __repr__(self) -> str:
        return f"Deferred({self.class_name!r}, name={self.name!r})"


_FORMATS = (
    # class name, name, suffix, media type, writes a directory
    ("CsvExporter", "csv", ".csv", "text/csv", True),
    ("HtmlExporter", "html", ".html", "text/html", True),
    ("BratExporter", "brat", ".ann", "text/plain", True),
    ("JsonLdExporter", "jsonld", ".jsonld", "application/ld+json", False),
    ("TextExporter", "text", ".txt", "text/plain", False),
)


@hookimpl
def newskit_register_exporters() -> list[object]:
    return [
        Deferred(cls, name=name, suffix=suffix, media_type=media, needs_directory=directory)
        for cls, name, suffix, media, directory in _FORMATS
    ]
