"""A parenthetical report inside its content (short texts written here)."""

from __future__ import annotations

from typing import Any

import pytest

from newskit.lexicons import Lexicons
from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks
from newskit.types import Article


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, content, speaker mention) of each quote of ``text``."""
    layers: dict[str, Any] = {
        "blocks": tuple(_fallback_blocks(text)), "sentences": (), "actors": ()}
    out = QuoteExtractor(Lexicons()).extract(Article(id="t", text=text), layers)["quotes"]
    return [(q.kind, text[q.start : q.end],
             None if q.speaker_mention is None else q.speaker_mention.text(text)) for q in out]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The ferry has been losing money, she said, by cutting its fares too far.", "she"),
     ("The ferry has been losing money, Ana Ruiz said, since the fares were cut.",
      "Ana Ruiz"),
     ("Nor does the council have any plans, aides say, to raise the fares.", "aides")],
)
def test_a_parenthetical_report_takes_a_tail_opened_by_a_preposition(text: str,
                                                                      speaker: str) -> None:
    # the words after the parenthetical cue go on with its content, whatever their
    # first word: the report covers both sides
    assert found(text) == [("indirect", text[:-1], speaker)]


def test_a_preposition_after_a_cue_with_no_content_before_it_opens_no_content() -> None:
    # no parenthetical: "said in …" is no content after the cue
    assert found("Ana Ruiz said in Paris on Monday.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("He hoped, he said, that the council would drop the plan.", "he"),
     ("The fares are hard to predict, many economists say, because fuel costs vary.",
      "many economists"),
     ("Ana Ruiz believes, Jo Lind said, that the ferry will run.", "Jo Lind")],
)
def test_a_parenthetical_report_right_after_a_cue_is_the_outer_report(text: str,
                                                                       speaker: str) -> None:
    # the cue before the parenthetical report is inside its content, not a report
    # whose content opens with "he said, …"
    assert found(text) == [("indirect", text[:-1], speaker)]

