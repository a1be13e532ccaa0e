"""Where reported content starts and ends: passive cues, asides, appositions, leads
(short texts written here)."""

from __future__ import annotations

from typing import Any

import pytest

from newskit.lexicons import Lexicons
from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks
from newskit.types import Article, Span
from quote_helpers import contents, quotes


def test_a_passive_cue_reports_its_subject_with_the_clause() -> None:
    text = ("The count ran late in the harbour towns. Shortly after Ana Ruiz was declared "
            "the winner in Duluth, the ferry crews went home.")
    assert any(c.startswith("Ana Ruiz was declared the winner in Duluth") for c in contents(text))


def test_a_connective_before_the_passive_subject_stays_out() -> None:
    text = ("The polls closed at nine. But Bo Stone was declared the winner in the "
            "northern district before midnight.")
    found = contents(text)
    assert any(c.startswith("Bo Stone was declared") for c in found)
    assert not any(c.startswith("But") for c in found)


def test_a_manner_adverb_and_its_preposition_belong_to_the_cue() -> None:
    text = "Ana Ruiz complained bitterly about the new ferry schedule for the island towns."
    assert contents(text) == ["the new ferry schedule for the island towns"]


def test_no_manner_adverb_no_move() -> None:
    # "only" restricts the phrase after it: no cue's preposition
    text = "The council agrees only on its opposition to any new toll for the bridge."
    assert not any(c.startswith("its opposition") for c in contents(text))


def test_an_apposition_with_the_closing_the_content_is_the_writers() -> None:
    text = "Ana Lind said she had backed the ferry plan of Jo Ruiz, the harbour master of Duluth."
    assert contents(text) == ["she had backed the ferry plan of Jo Ruiz"]


def test_a_list_after_a_comma_is_no_apposition() -> None:
    text = "Ana Lind said she had written to the council, the mayor and the ferry board about it."
    assert contents(text) == [
        "she had written to the council, the mayor and the ferry board about it"]


def test_a_main_clause_after_a_fronted_adverbial_is_no_apposition() -> None:
    text = "Ana Lind said that with the votes it already had, the party would win the seat easily."
    assert contents(text) == [
        "that with the votes it already had, the party would win the seat easily"]
    text = ("Ana Lind said the ferry would run again, and the next morning, the crews came "
            "back to work.")
    assert not any(c.endswith("the next morning") for c in contents(text))


def test_an_aside_between_a_cue_and_that_is_the_cues() -> None:
    text = "Ana Ruiz said, apparently for the first time, that the ferry would stop at Duluth."
    assert contents(text) == ["that the ferry would stop at Duluth"]
    text = ("Jo Lind argued emphatically - rebuking the mayor twice by name - that the toll "
            "was unfair.")
    assert contents(text) == ["that the toll was unfair"]


def test_an_object_before_that_is_no_aside() -> None:
    # the noun the that-clause completes is reported with it
    text = "Jo Lind rebutted the mayor's point, that the toll was fair, at the meeting on Monday."
    assert all(not c.startswith("that the toll") for c in contents(text))


def test_but_instead_or_now_alone_before_a_parenthetical_attribution_opens_the_content() -> None:
    text = "The ferry crews wanted to stay. Instead, she said, the crews went home to Duluth early."
    assert [text[p.start : p.end] for p in quotes(text)[0].parts] == [
        "Instead", "the crews went home to Duluth early"]
    # other connectives alone stay out
    text = "The ferry crews wanted to stay. Still, she said, the crews went home to Duluth early."
    assert contents(text) == ["the crews went home to Duluth early"]



@pytest.mark.parametrize(
    "text",
    ["Ana Ruiz said the judges would overturn Lind v. Duluth Harbour Board soon.",
     "Ana Ruiz said she had lost to then-Sen. Bo Lind eight years ago."],
)
def test_versus_and_a_former_title_end_no_sentence(text: str) -> None:
    cut = text.index(". ") + 1  # a sentence splitter's end at the abbreviation
    layers: dict[str, Any] = {
        "blocks": tuple(_fallback_blocks(text)),
        "sentences": (Span(start=0, end=cut), Span(start=cut + 1, end=len(text))),
        "actors": ()}
    found = QuoteExtractor(Lexicons()).extract(Article(id="t", text=text), layers)["quotes"]
    assert [text[q.start : q.end] for q in found] == [text[14:-1]]
