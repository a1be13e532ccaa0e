"""Built-in plugin ``structure``: blocks and sentences (logic in :mod:`newskit.structure`)."""

from __future__ import annotations

from newskit.hookspecs import hookimpl


@hookimpl
def newskit_register_extractors() -> list[object]:
    from newskit.structure import StructureExtractor

    return [StructureExtractor()]
