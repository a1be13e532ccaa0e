"""Article structure: typed blocks (headings, paragraphs, captions, credits, bylines,
datelines, list items) and the sentences of the body.

:class:`StructureExtractor` is the built-in ``structure`` extractor; the
functions are usable on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newskit.types import Article, Block, Span

from .blocks import block_tuples, blocks_from_metadata, find_blocks
from .bylines import match_byline, match_dateline
from .captions import parse_credit
from .sentences import sentence_ends, sentence_spans

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


def sentences_of(text: str, blocks: Iterable[Block]) -> list[Span]:
    """The sentences inside the ``paragraph`` and ``list`` blocks, in text order."""
    return _sentences(text, [(b.type, b.span.start, b.span.end) for b in blocks])


def _sentences(text: str, blocks: Iterable[tuple[str, int, int]]) -> list[Span]:
    ends = sentence_ends(text)
    out: list[Span] = []
    k = 0
    n = len(ends)
    for kind, start, end in blocks:
        if kind not in SENTENCE_BLOCKS:
            continue
        while k < n and ends[k] <= start:
            k += 1
        pos = start
        while k < n and ends[k] < end:
            cut = ends[k]
            s, e = _trim(text, pos, cut)
            if s < e:
                out.append(Span(start=s, end=e))
            pos = cut
            k += 1
        s, e = _trim(text, pos, end)
        if s < e:
            out.append(Span(start=s, end=e))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class StructureExtractor:
    """Blocks and sentences: the first extractor of every pipeline."""

    name = "structure"
    requires: tuple[str, ...] = ()
    produces: tuple[str, ...] = ("blocks", "sentences")

    def extract(self, article: Article, layers: Mapping[str, tuple[Any, ...]]) -> dict[
        str, tuple[Any, ...]
    ]:
        text = article.text
        raw = blocks_from_metadata(text, article.metadata.get("blocks"))
        if raw is None:
            raw = block_tuples(text)
        blocks = tuple(
            Block(type=kind, span=Span(start=s, end=e), group=group, attributes=attrs)
            if group is not None or attrs
            else Block(type=kind, span=Span(start=s, end=e))
            for kind, s, e, group, attrs in raw
        )
        sentences = tuple(_sentences(text, [(kind, s, e) for kind, s, e, _, _ in raw]))
        return {"blocks": blocks, "sentences": sentences}
