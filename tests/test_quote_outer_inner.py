"""A parenthetical report inside its content (short texts written here)."""

from __future__ import annotations

import pytest

from quote_helpers import described


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, content, speaker mention) of each quote of ``text``."""
    return [(kind, content, speaker) for kind, content, _, speaker in described(text)]


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



@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [("The ferry will run late next week, the campaign told the Courier.",
      "The ferry will run late next week", "the campaign"),
     ("The ferry will run late next week, she told reporters on Monday.",
      "The ferry will run late next week", "she"),
     # the closing report is the outer one: 'plans' reports inside its content
     ("Ana Ruiz plans to skip the vote next week, the campaign told the Courier.",
      "Ana Ruiz plans to skip the vote next week", "the campaign")],
)
def test_a_closing_tell_with_its_addressee_reports_the_clause_before(
        text: str, content: str, speaker: str) -> None:
    assert found(text) == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    "text",
    ["On Monday morning, the last day of her tour, Ana Ruiz told a joke.",
     "Many voters backed the plan, and some of them told the Courier they would vote."],
)
def test_a_tell_whose_object_is_what_is_told_reports_no_clause_before(text: str) -> None:
    # an indefinite object is the thing told; a pronoun after the addressee opens
    # the content after the cue
    assert not any(q[1].startswith(("On Monday", "Many voters")) for q in found(text))


def test_a_closing_report_after_a_participle_reports_the_participle_too() -> None:
    # "…, saying …, CNN reported.": the participle's report is CNN's, as is the
    # clause before it
    text = ('Ana Ruiz welcomed the news that Lind would quit, saying the mayor was '
            '"doing the right thing," CNN reported.')
    quotes = found(text)
    assert quotes and all(q[2] == "CNN" for q in quotes)
    assert quotes[0][1].startswith("Ana Ruiz welcomed")


@pytest.mark.parametrize(
    "text",
    ["Some voters who met the mayor, including Mr. Lind, said they had no problem with it.",
     "Six papers in the county, including the Harbour Post, said it was time for a change."],
)
def test_a_pronoun_opening_the_content_is_no_inverted_speaker(text: str) -> None:
    # "…, said they had …": the pronoun is the content's subject, not the speaker
    # of the words before the cue
    assert not any(q[2] in ("they", "it") and q[1].startswith(("Some", "Six"))
                   for q in found(text))


def test_an_inverted_pronoun_ending_the_clause_stays_the_speaker() -> None:
    text = "“The ferry will run,” said he."
    assert found(text) == [("direct", "The ferry will run,", "he")]


def test_an_approximate_amount_opening_the_clause_keeps_the_closing_source() -> None:
    # "About 40 …" is an amount, no adverbial: the closing 'according to' reports
    # the whole clause, its 'said' included
    text = ("About 40 teachers have said that they will join the strike, "
            "according to an organizer.")
    assert found(text) == [("indirect", text[: text.index(", according")], "an organizer")]
