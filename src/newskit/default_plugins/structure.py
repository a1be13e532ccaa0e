"""Built-in plugin ``structure``: blocks and sentences (logic in :mod:`newskit.structure`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newskit.hookspecs import hookimpl

if TYPE_CHECKING:
    from newskit.lexicons import Lexicons


@hookimpl
def newskit_register_extractors(lexicons: Lexicons) -> list[object]:
    # The registry's lexicons, so that abbreviations added by plugins through
    # ``newskit_lexicon_entries`` reach the sentence splitter.
    from newskit.structure import StructureExtractor

    return [StructureExtractor(lexicons)]
