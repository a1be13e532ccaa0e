"""Built-in exporters beyond JSON: ``csv``, ``html``, ``brat``, ``jsonld``, ``text``.

Each is a component with ``name``, ``suffix``, ``media_type`` and
``write(results, stream)``; the multi-file ones (``csv``, ``html``, ``brat``)
set ``needs_directory`` and implement ``write_directory(results, directory)``.
See ``docs/formats.md``.

Each class is imported from its module when it is first asked for
(``from newskit.export import CsvExporter``), so a run that writes JSON does
not load them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bratfiles import BratExporter
    from .csvfiles import CsvExporter
    from .htmlpage import HtmlExporter
    from .jsonld import JsonLdExporter
    from .summary import TextExporter

__all__ = ["BratExporter", "CsvExporter", "HtmlExporter", "JsonLdExporter", "TextExporter"]

_MODULES = {
    "BratExporter": "bratfiles",
    "CsvExporter": "csvfiles",
    "HtmlExporter": "htmlpage",
    "JsonLdExporter": "jsonld",
    "TextExporter": "summary",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
