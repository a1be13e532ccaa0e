"""Quote boundaries: the knowledge the boundary rules share with the rest of
newskit (titles of the abbreviations lexicon, the small words of a title;
short texts written here)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newskit.quotes.boundaries import refine_boundaries, title_case
from newskit.quotes.lexicon import QuoteAbbreviations, quote_abbreviations
from newskit.quotes.quotations import _is_title
from test_quote_boundaries import Cand, quotes


@pytest.mark.parametrize("title", ["Sgt.", "Supt.", "Messrs."])
def test_a_title_of_the_abbreviations_lexicon_opens_no_sentence(title: str) -> None:
    text = f"Even if {title} Lane's plan fails, Ana Ruiz said, the council will decide."
    (quote,) = quotes(text)
    assert [text[p.start : p.end] for p in quote.parts] == [
        f"Even if {title} Lane's plan fails", "the council will decide"]


def _lead_parts(text: str, abbreviations: QuoteAbbreviations | None) -> list[str]:
    said = text.index(" said") + 1
    speaker = SimpleNamespace(start=text.index("Ana"), end=said - 1)
    content = text.index("the council")
    cand = Cand("indirect", [(content, len(text) - 1)], (said, said + 4), speaker)
    refine_boundaries(text, [cand], abbreviations=abbreviations)
    return [text[a:b] for a, b in cand.parts]


def test_a_title_a_plugin_adds_opens_no_sentence() -> None:
    text = "Even if Cllr. Lane's plan fails, Ana Ruiz said, the council will decide."
    shipped = quote_abbreviations()
    plugin = QuoteAbbreviations(in_name=shipped.in_name | {"cllr"}, known=shipped.known,
                                name_ends=shipped.name_ends, states=shipped.states)
    # the shipped titles do not know "Cllr.": its full stop reads as a sentence end
    assert _lead_parts(text, None) == ["Lane's plan fails", "the council will decide"]
    assert _lead_parts(text, plugin) == ["Even if Cllr. Lane's plan fails",
                                         "the council will decide"]


@pytest.mark.parametrize(
    ("stretch", "title"),
    [
        ("Face the Nation", True),
        ("Cinco de Mayo Nights", True),  # a particle of a name
        ("Dancing with the Stars", True),
        ("Trump vs. Clinton", True),
        ("Up Close and out of Town", True),
        ("on the up and up", False),  # small words alone
        ("Ready for a fight", False),
        ("1984", True),
    ],
)
def test_title_case(stretch: str, title: bool) -> None:
    assert title_case(stretch, 0, len(stretch)) is title
    assert _is_title(stretch, 0, len(stretch)) is (title and " " in stretch)


def test_a_title_with_the_particle_of_a_name_inside_a_clause_is_no_quote() -> None:
    assert quotes('The mayor, a fan of the show "Cinco de Mayo Nights," opened the fair.') == []


def test_a_quotation_of_small_words_alone_is_no_title() -> None:
    text = 'The mayor, who called the deal "on the up and up," opened the fair.'
    assert any("on the up and up" in text[q.start : q.end] for q in quotes(text))


def test_a_title_opens_no_sentence_before_the_attribution_of_a_quotation() -> None:
    text = 'Even if Mr. Lane\'s plan fails, Ana Ruiz said, "the council will decide."'
    (quote,) = quotes(text)
    assert [text[p.start : p.end] for p in quote.parts] == [
        "Even if Mr. Lane's plan fails", "the council will decide."]
