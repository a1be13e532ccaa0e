"""Built-in exporters beyond JSON: ``csv``, ``html``, ``brat``, ``jsonld``, ``text``.

Each is a component with ``name``, ``suffix``, ``media_type`` and
``write(results, stream)``; the multi-file ones (``csv``, ``html``, ``brat``)
set ``needs_directory`` and implement ``write_directory(results, directory)``.
See ``docs/formats.md``.
"""

from __future__ import annotations

from .bratfiles import BratExporter
from .csvfiles import CsvExporter
from .htmlpage import HtmlExporter
from .jsonld import JsonLdExporter
from .summary import TextExporter

__all__ = ["BratExporter", "CsvExporter", "HtmlExporter", "JsonLdExporter", "TextExporter"]
