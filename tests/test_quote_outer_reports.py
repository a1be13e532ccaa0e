"""A report closing the sentence that the cue's clause sits inside (short texts
written here): the closing source speaks the whole clause."""

from __future__ import annotations

from typing import Any

from newskit.lexicons import Lexicons
from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks
from newskit.types import Article


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker mention) of each quote."""
    layers: dict[str, Any] = {
        "blocks": tuple(_fallback_blocks(text)), "sentences": (), "actors": ()}
    found = QuoteExtractor(Lexicons()).extract(Article(id="t", text=text), layers)["quotes"]
    out = []
    for q in found:
        sm = q.speaker_mention
        out.append((text[q.start : q.end], None if sm is None else text[sm.start : sm.end]))
    return out


def test_a_closing_report_followed_by_a_participle_is_the_source() -> None:
    text = ("The mayor intends to open the harbour next month, Ms. Vance said, adding "
            "that she would also visit the schools.")
    assert speakers(text) == [
        ("The mayor intends to open the harbour next month", "Ms. Vance"),
        ("that she would also visit the schools", "Ms. Vance"),
    ]


def test_a_closing_report_without_a_participle_is_unchanged() -> None:
    text = "The mayor plans to close the harbour next month, Ms. Vance said."
    assert speakers(text) == [("The mayor plans to close the harbour next month", "Ms. Vance")]
