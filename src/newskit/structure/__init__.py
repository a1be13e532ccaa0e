"""Article structure: typed blocks (headings, paragraphs, captions, credits, bylines,
datelines, list items) and the sentences of the body.

:class:`StructureExtractor` is the built-in ``structure`` extractor; the
functions are usable on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from newskit.types import Article, Block, Span, trusted_span

from .abbreviations import Abbreviations, abbreviation_sets
from .blocks import block_tuples, blocks_from_metadata, blocks_of, find_blocks
from .bylines import match_byline, match_dateline
from .captions import parse_credit
from .sentences import sentence_ends, sentence_spans

if TYPE_CHECKING:
    from newskit.lexicons import Lexicons

__all__ = [
    "Abbreviations",
    "StructureExtractor",
    "abbreviation_sets",
    "find_blocks",
    "match_byline",
    "match_dateline",
    "parse_credit",
    "sentence_spans",
    "sentences_of",
]

SENTENCE_BLOCKS = frozenset({"paragraph", "list"})


def sentences_of(
    text: str, blocks: Iterable[Block], lexicons: Lexicons | None = None
) -> list[Span]:
    """The sentences inside the ``paragraph`` and ``list`` blocks, in text order
    (``lexicons``: the abbreviations, by default the shipped ones)."""
    return _sentences(text, [(b.type, b.span.start, b.span.end) for b in blocks], lexicons)


def _sentences(
    text: str, blocks: Iterable[tuple[str, int, int]], lexicons: Lexicons | None = None
) -> list[Span]:
    """Split the body blocks at the sentence ends found in the whole text.

    Blocks are stripped and a sentence end is followed by whitespace, so only
    the whitespace after each end needs skipping. Spans are built trusted:
    each runs from a position to a later cut inside its block.
    """
    ends = sentence_ends(text, lexicons=lexicons)
    out: list[Span] = []
    append = out.append
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
            append(trusted_span(start=pos, end=cut))
            pos = cut + 1
            while pos < end and text[pos].isspace():
                pos += 1
            k += 1
        if pos < end:
            append(trusted_span(start=pos, end=end))
    return out


class StructureExtractor:
    """Blocks and sentences: the first extractor of every pipeline.

    ``lexicons`` (a registry's, with its plugins' entries) gives the
    ``abbreviations`` the sentence splitter knows; by default the shipped ones.
    """

    name = "structure"
    requires: tuple[str, ...] = ()
    produces: tuple[str, ...] = ("blocks", "sentences")

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        self._lexicons = lexicons

    def extract(self, article: Article, layers: Mapping[str, tuple[Any, ...]]) -> dict[
        str, tuple[Any, ...]
    ]:
        text = article.text
        raw = blocks_from_metadata(text, article.metadata.get("blocks"))
        if raw is None:
            raw = block_tuples(text)
        blocks = tuple(blocks_of(raw))
        sentences = tuple(
            _sentences(text, [(kind, s, e) for kind, s, e, _, _ in raw], self._lexicons)
        )
        return {"blocks": blocks, "sentences": sentences}
