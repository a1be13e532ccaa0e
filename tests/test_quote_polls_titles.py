"""Polls as sources and titles before role nouns (short texts written here)."""

from __future__ import annotations

import pytest

from quote_helpers import described


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, speaker mention, cue) of each quote of ``text``."""
    return [(kind, content, speaker, cue) for kind, content, cue, speaker in described(text)]


# -- a title before a role noun and a name is no quotation ------------------------------


@pytest.mark.parametrize(
    "text",
    ["“Harbour is the New Home” star Ana Ruiz opened up about her years on the ferry.",
     "“Life on the Pier” host Jo Lind opened up about the fares at the pier.",
     "''Ferry Tales of the North'' creator Ivo Marsh opened up about the ferry."],
)
def test_a_title_before_a_role_noun_and_a_name_is_no_quote(text: str) -> None:
    assert found(text) == []


def test_a_title_before_a_role_noun_leaves_the_report_after_it() -> None:
    text = ("“Harbour Nights” host Jo Lind showed on Monday that the council had "
            "raised the fares twice this year.")
    [(kind, content, speaker, cue)] = found(text)
    assert (kind, speaker, cue) == ("indirect", "host Jo Lind", "showed")
    assert content.startswith("that the council")


def test_a_quote_before_a_role_noun_and_a_name_stays_a_quote() -> None:
    text = "“We will keep the ferry running,” host Jo Lind said on Monday."
    [(kind, content, speaker, _)] = found(text)
    assert (kind, speaker) == ("direct", "host Jo Lind")
    assert content.startswith("We will keep")


# -- a noun after a quotation is no verb framing it ----------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [("The network revived ''Harbour Tales,'' an HBO series that ran for years, and "
      "the critics cheered.", "series"),
     ("Ruiz called the plan “a fare grab,” while Lind and other Harbour leaders "
      "wrote a letter of protest.", "leaders")],
)
def test_a_noun_after_a_quotation_frames_nothing(text: str, noun: str) -> None:
    assert all(cue != noun for _, _, _, cue in found(text))


# -- a poll opening its sentence is the source of the clause after it ----------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [("In a Harbour Post poll released Monday, 52 percent of voters backed the ferry plan.",
      "52 percent of voters backed the ferry plan", "a Harbour Post poll released Monday"),
     ("In the latest council survey, Ruiz led Lind 48 percent to 40 percent.",
      "Ruiz led Lind 48 percent to 40 percent", "the latest council survey"),
     ("In a Courier poll, 61 percent of riders said the fares were too high.",
      "61 percent of riders said the fares were too high", "a Courier poll")],
)
def test_a_poll_opening_its_sentence_reports_the_clause(text: str, content: str,
                                                        source: str) -> None:
    [(kind, found_content, speaker, cue)] = found(text)
    assert (kind, found_content.rstrip("."), speaker, cue) == (
        "indirect", content, source, "In")


@pytest.mark.parametrize(
    "text",
    ["In a memo released as polls closed, the ferry board raised the fares.",
     "In an online poll of 800 riders, conducted from May 1 to May 6, Harbour Research "
     "found that most riders want a night ferry."],
)
def test_no_poll_source_where_the_poll_heads_no_phrase_or_another_report_follows(
        text: str) -> None:
    assert all(cue != "In" for _, _, _, cue in found(text))


# -- a finding closing its sentence reports the clause before it ----------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [("Most riders want a night ferry, the poll found.", "Most riders want a night ferry",
      "the poll"),
     ("Fares rose twice as fast as wages in the harbour towns, a Courier study has found.",
      "Fares rose twice as fast as wages in the harbour towns", "a Courier study")],
)
def test_a_closing_finding_reports_the_clause_before_it(text: str, content: str,
                                                        source: str) -> None:
    [(kind, found_content, speaker, cue)] = found(text)
    assert (kind, found_content, speaker, cue) == ("indirect", content, source, "found")


def test_a_finding_with_an_object_takes_no_content_before_it() -> None:
    text = "I do not know about you, but I find the new fares shocking."
    assert all(cue != "find" for _, _, _, cue in found(text))
