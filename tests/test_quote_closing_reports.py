"""Closing reports and questions (short texts written here)."""

from __future__ import annotations

import pytest

from quote_helpers import described


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue, speaker mention) of each quote of ``text``."""
    return described(text)


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


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [("Some parents still question whether the pool can stay open.",
      "whether the pool can stay open", "Some parents"),
     ("The council has questioned if the ferry will sail in the winter.",
      "if the ferry will sail in the winter", "The council")])
def test_a_finite_question_reports_its_embedded_question(text: str, content: str,
                                                          speaker: str) -> None:
    assert [(q[1], q[3]) for q in found(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    ["Ana Ruiz was asked if the ferry would sail in the winter.",
     "Ana Ruiz was asked at the meeting whether the ferry would sail in the winter."])
def test_a_passive_question_with_no_asker_has_no_source(text: str) -> None:
    assert [(q[1], q[3]) for q in found(text)] == [
        (text[text.index(" if ") + 1 if " if " in text else text.index("whether") : -1],
         None)]


def test_a_time_phrase_opening_goes_on_the_closing_report() -> None:
    clause = "Last month, Ana Ruiz sought to reopen the old pier after the storm"
    assert found(f"{clause}, the Ledger reported.") == [
        ("indirect", clause, "reported", "the Ledger")]


def test_according_to_after_a_joined_cue_speaks_the_whole_clause() -> None:
    clause = "Ana Ruiz came to the harbour board on Monday and said little"
    assert found(f"{clause}, according to a clerk.") == [
        ("indirect", clause, "according to", "a clerk")]


@pytest.mark.parametrize(
    "text",
    ['Ana Ruiz made clear that the pier would stay shut, saying that critics should '
     '"read the report," according to the Ledger.',
     "Ana Ruiz made clear that the pier would stay shut, saying that critics should "
     "read the report, according to the Ledger."])
def test_a_participle_before_according_to_goes_on_the_sources_report(text: str) -> None:
    quotes = found(text)
    assert quotes and all(q[3] == "the Ledger" for q in quotes)
    assert quotes[0][1].startswith("Ana Ruiz made clear")


@pytest.mark.parametrize(
    ("text", "content"),
    [("Most voters say they trust the mayor, compared with 30 percent who say the same "
      "of the council.", "they trust the mayor"),
     ("Ana Ruiz says the ferry is safe for the winter, in a report that she said "
      "surprised the board.", "the ferry is safe for the winter")])
def test_a_relative_clause_with_a_report_of_its_own_ends_the_content(text: str,
                                                                     content: str) -> None:
    assert found(text)[0][1] == content


def test_a_comma_in_a_date_is_no_end_before_a_relative_report() -> None:
    text = ("Ana Ruiz said the audit questioned the statement of May 8, 2015, that she "
            "said the board had approved.")
    assert found(text)[0][1].endswith("the board had approved")
