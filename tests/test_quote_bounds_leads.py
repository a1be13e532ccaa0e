"""Quote boundaries: the words opening a sentence before a parenthetical
attribution of a mixed quote, and a fronted adverbial clause holding the report
(short texts written here)."""

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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the cue's clause is a fronted adverbial clause: its comma ends the content
        ('When Ana Ruiz said the bridge was "perfectly safe for cars," the council '
         "closed it.", 'the bridge was "perfectly safe for cars,"'),
        ("Although Ana Ruiz said the bridge was safe for cars, the council closed it.",
         "the bridge was safe for cars"),
    ],
)
def test_the_main_clause_after_a_fronted_clause_holding_the_report_is_no_content(
        text: str, content: str) -> None:
    (quote,) = quotes(text)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the cue's clause is the adverbial, the content the main clause
        ("As Ana Ruiz reported, the council closed the old bridge on Monday.",
         "the council closed the old bridge on Monday"),
        # the adverbial clause inside the content
        ("Ana Ruiz said that although the bridge was safe, the council closed it.",
         "that although the bridge was safe, the council closed it"),
    ],
)
def test_a_clause_after_an_adverbial_that_is_no_report_goes_on(
        text: str, content: str) -> None:
    (quote,) = quotes(text)
    assert text[quote.start : quote.end] == content


def test_a_comma_inside_guillemets_does_not_end_a_fronted_clause() -> None:
    # the comma after "safe" is the source's: the clause's comma comes after "years"
    text = ("When Ana Ruiz said the bridge was «safe, cheap and old» for years, the council "
            "closed it.")
    (quote,) = quotes(text)
    assert text[quote.start : quote.end] == "the bridge was «safe, cheap and old» for years"
