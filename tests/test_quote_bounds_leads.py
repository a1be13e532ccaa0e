"""Quote boundaries: the words opening a sentence before a parenthetical
attribution of a mixed quote (short texts written here)."""

from __future__ import annotations

import pytest

from test_quote_boundaries import quotes


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ('For most families in the valley, Ana Ruiz said, the bridge is "a lifeline."',
         ["For most families in the valley", 'the bridge is "a lifeline."']),
        ('If the council waits, she warned, the repairs will cost "far more than anyone '
         'thinks."',
         ["If the council waits", 'the repairs will cost "far more than anyone thinks."']),
    ],
)
def test_words_before_a_parenthetical_attribution_open_mixed_content(
        text: str, parts: list[str]) -> None:
    (quote,) = quotes(text)
    assert quote.kind == "mixed"
    assert [text[p.start : p.end] for p in quote.parts] == parts


def test_words_before_an_attribution_of_a_quoted_sentence_stay_out() -> None:
    # "Asked about …": an adverbial of the attribution, before a quoted sentence
    text = 'Asked about the bridge, Ana Ruiz said, "It is a lifeline" for the valley.'
    (quote,) = quotes(text)
    assert not text[quote.start : quote.end].startswith("Asked")
