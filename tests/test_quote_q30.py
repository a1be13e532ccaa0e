"""Closing reports and questions (short texts written here)."""

from __future__ import annotations

from typing import Any

import pytest

from newskit.lexicons import Lexicons
from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks
from newskit.types import Article


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue, speaker mention) of each quote of ``text``."""
    layers: dict[str, Any] = {
        "blocks": tuple(_fallback_blocks(text)), "sentences": (), "actors": ()}
    out = QuoteExtractor(Lexicons()).extract(Article(id="t", text=text), layers)["quotes"]
    return [(q.kind, text[q.start : q.end],
             None if q.cue is None else q.cue.text(text),
             None if q.speaker_mention is None else q.speaker_mention.text(text)) for q in out]


def test_a_closing_they_say_reports_the_whole_clause() -> None:
    text = "The mayor wants to close the old ferry pier before the winter, aides say."
    assert found(text) == [
        ("indirect", "The mayor wants to close the old ferry pier before the winter", "say",
         "aides")]


@pytest.mark.parametrize(
    "opening",
    ["After nearly two decades on the harbour board as an independent member,",
     "Since the ferry has lost money for three years in a row,",
     "When the council met on the island last Tuesday,"])
def test_a_long_adverbial_opening_goes_on_the_closing_report(opening: str) -> None:
    clause = f"{opening} Ana Ruiz plans to close the old pier before the winter"
    assert found(f"{clause}, Jo Lind said.") == [("indirect", clause, "said", "Jo Lind")]


def test_a_short_adverbial_before_its_own_cue_is_no_content() -> None:
    text = "In a statement, Ana Ruiz dismissed the report about the ferry."
    assert all(q[1] != "In a statement" for q in found(text))
