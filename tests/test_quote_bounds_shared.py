"""Quote boundaries: the knowledge the boundary rules share with the rest of
newskit (titles of the abbreviations lexicon; short texts written here)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newskit.quotes.boundaries import refine_boundaries
from newskit.quotes.lexicon import QuoteAbbreviations, quote_abbreviations
from test_quote_boundaries import Cand, quotes


@pytest.mark.parametrize("title", ["Sgt.", "Supt.", "Messrs."])
def test_a_title_of_the_abbreviations_lexicon_opens_no_sentence(title: str) -> None:
    text = f"Even if {title} Lane's plan fails, Ana Ruiz said, the council will decide."
    (quote,) = quotes(text)
    assert [text[p.start : p.end] for p in quote.parts] == ["the council will decide"]


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
    assert _lead_parts(text, plugin) == ["the council will decide"]
