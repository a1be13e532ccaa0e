"""Speakers: shares of respondents and their polls, digest headlines, fronted phrases,
a name before a chain of comma segments (short texts written here)."""

from __future__ import annotations

from typing import Any

import pytest

from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks
from newskit.quotes.speakers import speaker_phrase
from newskit.types import Article


@pytest.mark.parametrize(
    "phrase",
    ["just 8 percent of voters", "Only 12 percent of Democrats",
     "Nearly 40 voters", "almost half of voters"],
)
def test_a_share_with_just_only_or_nearly_is_a_speaker(phrase: str) -> None:
    found = speaker_phrase(phrase, 0, len(phrase))
    assert found is not None
    assert (found.start, found.end) == (0, len(phrase))


def test_only_before_a_name_is_left_out() -> None:
    found = speaker_phrase("Only Ruiz", 0, 9)
    assert found is not None and (found.start, found.end) == (5, 9)


# -- a digest item: a capitalised headline, the excerpt, the outlet's tag ------------------


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    layers: dict[str, Any] = {
        "blocks": tuple(_fallback_blocks(text)), "sentences": (), "actors": ()}
    out = QuoteExtractor().extract(Article(id="t", text=text), layers)["quotes"]
    return [(text[q.start : q.end],
             None if q.speaker_mention is None else q.speaker_mention.text(text),
             None if q.cue is None else text[q.cue.start : q.cue.end]) for q in out]


def test_a_digest_headline_is_the_source_of_its_excerpt() -> None:
    text = ("Good morning.\n\nFERRY FARES RISE AGAIN “The harbour ferry will cost more from "
            "May, the third rise in two years, and pilots warn of more.” [Courier.]\n\n"
            "That is all.")
    (content, speaker, cue), = _quotes(text)
    assert content.startswith("The harbour ferry")
    assert (speaker, cue) == ("FERRY FARES RISE AGAIN", "[Courier.]")


def test_a_headline_without_a_closing_tag_names_nobody() -> None:
    text = ("Good morning.\n\nFERRY FARES RISE AGAIN “The harbour ferry will cost more from "
            "May, the third rise in two years, and pilots warn of more.”\n\nThat is all.")
    assert all(speaker is None for _c, speaker, _cue in _quotes(text))


# -- a clause of a pronoun subject ending with a time word is no adverbial ----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("He went further on Tuesday, saying that the ferry was late.", "He"),
     ("She came back in May, saying the ferry “was late again.”", "She"),
     ("Last week, she said the ferry was late.", "she")],
)
def test_a_pronoun_clause_ending_with_a_day_keeps_its_subject(text: str,
                                                              speaker: str) -> None:
    assert [s for _c, s, _cue in _quotes(text)] == [speaker]


# -- a poll reports its respondents' answers: a spelled-out share, a poll closing the sentence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Sixty-seven percent of voters said they liked the mayor in a city poll this month.",
      "a city poll this month"),
     ("67 percent of voters said they liked the mayor in a city poll this month, a record.",
      "a city poll this month"),
     ("In a Harbour Post poll released Monday, Forty-one percent of voters said the bridge "
      "should close.", "a Harbour Post poll released Monday"),
     ("Sixty-seven percent of voters said they liked the mayor.",
      "Sixty-seven percent of voters"),
     ("Ana Ruiz said she liked the mayor in a city poll this month.", "Ana Ruiz")],
)
def test_the_poll_of_a_share_of_respondents_is_its_source(text: str, speaker: str) -> None:
    assert [s for _c, s, _cue in _quotes(text)] == [speaker]


# -- a colon lead after a dash ---------------------------------------------------------------


def test_the_name_after_a_dash_speaks_the_quotation_its_colon_announces() -> None:
    text = ("That is, when the hosts yielded to the temptation—and it was tempting!— Ruiz "
            "called them on it:\n\n“The questions asked tonight were unfair to everyone.”")
    assert [s for _c, s, _cue in _quotes(text)] == ["Ruiz"]


def test_a_pronoun_it_after_a_dash_speaks_nothing() -> None:
    text = ("It was tempting — and yet it came:\n\n“The questions asked tonight were unfair "
            "to everyone.”")
    assert [s for _c, s, _cue in _quotes(text)] == [None]


# -- a pronoun subject after a fronted prepositional phrase with no comma -------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("In 2010 she said of the pilots: “Nobody is stopping them from sailing.”", "she"),
     ("Where he used to boast of the ferry, on Tuesday night he said it still posed “a "
      "direct threat” to the town.", "he")],
)
def test_a_pronoun_after_a_fronted_phrase_is_the_subject(text: str, speaker: str) -> None:
    assert [s for _c, s, _cue in _quotes(text)][-1] == speaker


def test_a_pronoun_after_a_report_of_its_own_is_not_the_fronted_subject() -> None:
    text = "About four in 10 said they were “angry” with the council."
    assert "they" not in [s for _c, s, _cue in _quotes(text)]


# -- the name before a chain of appositions -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Sen. Jo Lind, facing a spirited challenge in Iowa, a swing state, said he would "
      "welcome the ferry.", "Sen. Jo Lind"),
     ("Ivo Marsh, the editor of the town's paper, the Courier, said every mayor was late.",
      "Ivo Marsh"),
     ("Tom Hale, who also served in Oslo, Bergen and Rome, said the ferry was late.",
      "Tom Hale"),
     # a subject inside the last segment is its cue's own
     ("Lind, the mayor of Bend, issued a statement after Ana Ruiz told a crowd that the "
      "ferry was late.", "Ana Ruiz")],
)
def test_the_name_before_a_chain_of_appositions_is_the_speaker(text: str,
                                                              speaker: str) -> None:
    assert [s for _c, s, _cue in _quotes(text)][-1] == speaker
