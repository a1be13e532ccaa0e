"""A report closing the sentence that the cue's clause sits inside (short texts
written here): the closing source speaks the whole clause."""

from __future__ import annotations

from quote_helpers import quotes, speakers


def test_a_closing_report_followed_by_a_participle_is_the_source() -> None:
    text = ("The mayor intends to open the harbour next month, Ms. Vance said, adding "
            "that she would also visit the schools.")
    assert speakers(text) == [
        ("The mayor intends to open the harbour next month", "Ms. Vance"),
        ("that she would also visit the schools", "Ms. Vance"),
    ]


def test_a_closing_report_without_a_participle_is_unchanged() -> None:
    text = "The mayor plans to close the harbour next month, Ms. Vance said."
    assert speakers(text) == [("The mayor plans to close the harbour next month", "Ms. Vance")]


def test_what_she_calls_after_a_verb_read_as_a_noun_is_the_subjects_report() -> None:
    # "assails", "lays" end like plural nouns; the subject before them is the source
    text = "Lind assails in sharp prose what she calls the “harbour cartel” of the city."
    assert speakers(text) == [("the “harbour cartel” of the city", "Lind")]
    text = "The historian lays out what he believes are the mayor’s core aims."
    assert speakers(text) == [("what he believes are the mayor’s core aims", "The historian")]


def test_what_they_call_after_a_plural_subject_and_its_verb() -> None:
    text = "The dock workers marched against what they call the “rigged” vote."
    assert speakers(text) == [("the “rigged” vote", "The dock workers")]


def test_what_he_believes_after_the_same_pronoun_is_the_outer_report() -> None:
    text = "While he embraces what he believes are their shared aims, he rejects the plan."
    found = speakers(text)
    assert found and found[0][1] == "he"
    q = quotes(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.start == text.index("he")


def test_what_he_said_after_the_same_pronoun_stays_his_inner_report() -> None:
    text = "He focused mostly on what he said were the flaws of the harbour plan."
    q = quotes(text)[0]
    assert q.speaker_mention is not None
    assert q.speaker_mention.start == text.index("he said")


def test_a_colon_closing_a_joined_clause_gives_that_clauses_subject() -> None:
    text = "The timing was so odd that a spokesman for the mayor could only joke: “We never sleep.”"
    assert speakers(text) == [("We never sleep.", "a spokesman for the mayor")]
    text = "The timing was odd, and a spokesman for the mayor could only joke: “We never sleep.”"
    assert speakers(text) == [("We never sleep.", "a spokesman for the mayor")]
    text = "Lind stood up and boomed: “Never again.”"  # no joined clause
    assert speakers(text) == [("Never again.", "Lind")]


def test_what_she_described_as_a_quoted_fragment_is_the_subjects_report() -> None:
    text = ("Radio host Ana Lind used her show Friday to discuss what she described as "
            "the “brilliant” choice the mayor made.")
    assert speakers(text) == [
        ("what she described as the “brilliant” choice the mayor made", "Radio host Ana Lind")]


def test_a_closing_report_after_a_joined_verb_is_the_source() -> None:
    text = ("Ruiz thrilled the crowds with fiery speeches and promises to shake things "
            "up in the capital, Stovall said.")
    assert speakers(text) == [(text[: text.index(", Stovall")], "Stovall")]
    text = ("Local police were treating the crash as an attack and urging people to "
            "stay home, Radio Nord reported.")
    assert speakers(text) == [(text[: text.index(", Radio")], "Radio Nord")]


def test_a_joined_verb_without_a_closing_report_keeps_its_subject() -> None:
    text = "Ruiz thrilled the crowds and promised to shake things up in the capital."
    assert speakers(text) == [("to shake things up in the capital", "Ruiz")]


def test_a_closing_report_after_a_verb_joined_by_but_is_the_source() -> None:
    text = "The union won't back Lind but plans to watch the vote closely, Ruiz says."
    assert speakers(text) == [(text[: text.index(", Ruiz")], "Ruiz")]


def test_a_quotation_after_a_joined_verb_goes_to_the_closing_report() -> None:
    text = ('Earlier in the day, Lind met harbour workers and pledged to "keep every '
            'dock open this year," the Daily Star reported.')
    assert speakers(text) == [(text[: text.index(" the Daily")], "the Daily Star")]
