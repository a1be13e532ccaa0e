"""The pass over the blocks (quotes/walk.py): quotations no cue claimed."""

from __future__ import annotations

from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks
from newskit.quotes.walk import _nickname
from newskit.types import Article


def quoted(text: str) -> list[str]:
    layers = {"blocks": tuple(_fallback_blocks(text)), "sentences": (), "actors": ()}
    found = QuoteExtractor().extract(Article(id="t", text=text), layers)["quotes"]
    return [text[q.parts[0].start : q.parts[-1].end] for q in found]


def test_a_nickname_inside_a_name_is_no_quotation() -> None:
    assert quoted('The chair of the board, Thomas "Tam" Keir, opened the meeting.') == []
    assert quoted('Gov. J.R. "Skip" Olsen was there as well.') == []


def nickname(text: str) -> bool:
    start = text.index('"')
    end = text.index('"', start + 1)
    return _nickname(text, (start, end), (start + 1, end))


def test_what_a_nickname_looks_like() -> None:
    assert nickname('the chair, Thomas "Tam" Keir, said')
    assert nickname('Gov. J.R. "Skip" Olsen')
    assert nickname('Ana "The Hammer" Ruiz')
    assert not nickname('told CNN "Never" Friday')  # after an acronym
    assert not nickname('Thomas "Tam" and')  # no name after it
    assert not nickname('called it "Tam" Keir')  # no name before it
    assert not nickname('Thomas "Tam was here" Keir')  # a clause, not one or two names


def test_a_title_after_a_noun_naming_a_work_is_no_quotation() -> None:
    assert quoted("Ruiz later starred in the documentary “Harbour Lights” about the port.") == []
    assert quoted("Lind once acted in the movie “Harbour Lights 2: Back at Sea!” after "
                  "the strike.") == []


def test_after_a_noun_that_is_a_verb_too_a_quotation_stays() -> None:
    # "show", "play": common verbs before a quotation ("polls show …")
    found = quoted("Figures from the port show “Harbour traffic fell by half” this year, "
                   "Ruiz said.")
    assert any("Harbour traffic" in q for q in found)
