"""Article structure: typed blocks (headings, paragraphs, captions, credits, bylines,
datelines, list items) and the sentences of the body.

:class:`StructureExtractor` is the built-in ``structure`` extractor; the
functions are usable on their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newskit.types import Article, Block, Span

from .blocks import find_blocks
from .bylines import match_byline, match_dateline
from .captions import parse_credit
from .sentences import sentence_spans

__all__ = [
    "StructureExtractor",
    "find_blocks",
    "match_byline",
    "match_dateline",
    "parse_credit",
    "sentence_spans",
    "sentences_of",
]

SENTENCE_BLOCKS = frozenset({"paragraph", "list"})


def sentences_of(text: str, blocks: tuple[Block, ...] | list[Block]) -> list[Span]:
    """The sentences inside the ``paragraph`` and ``list`` blocks, in text order."""
    out: list[Span] = []
    for block in blocks:
        if block.type not in SENTENCE_BLOCKS:
            continue
        out.extend(
            Span(start=s, end=e)
            for s, e in sentence_spans(text, block.span.start, block.span.end)
        )
    return out


class StructureExtractor:
    """Blocks and sentences: the first extractor of every pipeline."""

    name = "structure"
    requires: tuple[str, ...] = ()
    produces: tuple[str, ...] = ("blocks", "sentences")

    def extract(self, article: Article, layers: Mapping[str, tuple[Any, ...]]) -> dict[
        str, tuple[Any, ...]
    ]:
        text = article.text
        blocks = tuple(find_blocks(text))
        return {"blocks": blocks, "sentences": tuple(sentences_of(text, blocks))}
