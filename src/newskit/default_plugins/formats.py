"""Built-in exporters: csv, html, brat, jsonld, text (see docs/formats.md)."""

from __future__ import annotations

from newskit.hookspecs import hookimpl


@hookimpl
def newskit_register_exporters() -> list[object]:
    from newskit.export import (
        BratExporter,
        CsvExporter,
        HtmlExporter,
        JsonLdExporter,
        TextExporter,
    )

    return [CsvExporter(), HtmlExporter(), BratExporter(), JsonLdExporter(), TextExporter()]
