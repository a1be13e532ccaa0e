"""What the quote tests ask of a short text (written in each test): its quotes, their
contents, cues and speaker mentions, with the blocks split at blank lines and no actors."""

from __future__ import annotations

from typing import Any

from newskit.lexicons import Lexicons
from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks
from newskit.types import Article, Quote, Span


def quotes(text: str) -> list[Quote]:
    layers: dict[str, Any] = {
        "blocks": tuple(_fallback_blocks(text)), "sentences": (), "actors": ()}
    return list(QuoteExtractor(Lexicons()).extract(Article(id="t", text=text), layers)["quotes"])


def contents(text: str) -> list[str]:
    """The stretch of each quote, first part's start to last part's end."""
    return [text[q.start : q.end] for q in quotes(text)]


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker mention) of each quote."""
    out = []
    for q in quotes(text):
        sm = q.speaker_mention
        out.append((text[q.start : q.end], None if sm is None else text[sm.start : sm.end]))
    return out


def _said(span: Span | None, text: str) -> str | None:
    return None if span is None else text[span.start : span.end]


def described(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue, speaker mention) of each quote."""
    return [(q.kind, text[q.start : q.end], _said(q.cue, text), _said(q.speaker_mention, text))
            for q in quotes(text)]
