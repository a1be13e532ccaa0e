"""Cue forms in another sense than a report: a noun or modifier after a preposition,
an adjective or a number, a name's last word, a verb with a particle of its own
(short texts written here)."""

from __future__ import annotations

import pytest

from newskit.quotes.quotations import _named_work
from newskit.quotes.scanner import _verb_sense
from quote_helpers import contents, speakers


def _sense(text: str, form: str) -> bool:
    start = text.index(form)
    return _verb_sense(text, start, start + len(form))


@pytest.mark.parametrize(("text", "form"), [
    ("Her command of detail is a big asset to the board.", "detail"),
    ("It is a good bet that the ferry will run late this winter.", "bet"),
    ("The only question is whether the ferry will run at all.", "question"),
    ("Ana Ruiz's biggest bet yet has cost her a fortune.", "bet"),
    ("The mental and emotional stress is with me every day.", "stress"),
    ("Lind won 40 pledged delegates in the north.", "pledged"),
    ("The mayor sent the nearly 1,600 emails to the board.", "emails"),
    ("She is the star of a TV show about ferries.", "show"),
    ("Most Western states that hold caucuses vote in March.", "states"),
    ("Hundreds more showed up to hear the mayor speak.", "showed"),
    ("The efforts added up to a string of excuses.", "added"),
    ("She was sworn in on Monday.", "sworn"),
    ("It is unclear how the fares figured into the vote.", "figured"),
    ("Today you would bet on Ruiz, not on Lind.", "bet"),
    ("Ana Ruiz works at a think tank in the capital.", "think"),
    ("Ruiz told The Harbour Post that the ferry would run.", "Post"),
    ("Jo Lind is a big star on the hit ABC show these days.", "show"),
    ("She listed an NBC show as her favourite.", "show"),
    ("Lind raised $5,000, according to figures out on Monday.", "figures"),
])
def test_other_senses_are_no_cues(text: str, form: str) -> None:
    assert not _sense(text, form)


@pytest.mark.parametrize(("text", "form"), [
    ("Ana Ruiz said that the ferry would run.", "said"),
    ("Ruiz, 49, said that the ferry would run.", "said"),
    ("About 4 in 10 want a ferry, the poll found.", "want"),
    ("\"We will see,\" Jo From said.", "said"),
    ("Polls that show the mayor ahead were published.", "show"),
    ("He only said that the ferry would run.", "said"),
    ("Lind Wants More Ferries For The Coast", "Wants"),
    ("Ana Ruiz showed that the ferry was late.", "showed"),
    ("She went on to detail the plan for the coast.", "detail"),
    ("Audit files from NGP VAN show that the ferry was late.", "show"),
    ("I would bet that Ruiz wins the vote.", "bet"),
])
def test_verb_senses_stay_cues(text: str, form: str) -> None:
    assert _sense(text, form)


def test_adjective_before_a_noun_cue_reports_nothing() -> None:
    text = ("The mayor spoke on Monday. Ana Ruiz's biggest bet yet - a ferry line - has "
            "cost her more than a million dollars.")
    assert contents(text) == []


def test_a_group_of_states_reports_nothing() -> None:
    text = ("The mayor spoke on Monday. The ferry now moves to Western states this week "
            "that Ruiz is counting on winning.")
    assert contents(text) == []


def test_number_before_a_participle_reports_nothing() -> None:
    text = ("The mayor spoke on Monday. Ruiz has a lead of nearly 400 pledged delegates "
            "over the other candidates in the race.")
    assert contents(text) == []


def test_particle_sense_reports_nothing() -> None:
    text = ("The mayor spoke on Monday. Hundreds more showed up to hear Ruiz address "
            "the crowd at the harbour.")
    assert contents(text) == []


def test_particle_sense_in_a_text_whose_lower_case_is_longer() -> None:
    # (the scanner looks for cues by pattern when lower-casing changes the length)
    text = ("İzmir fans spoke on Monday. Hundreds more showed up to hear Ruiz address "
            "the crowd at the harbour.")
    assert contents(text) == []


def test_title_after_a_kind_of_show_is_skipped_to_the_speaker() -> None:
    text = ('The mayor spoke on Monday. Ana Ruiz, the star of the TV show "The Farm," '
            "said in an interview that the fair had been too dull. She left.")
    assert speakers(text) == [("that the fair had been too dull", "Ana Ruiz")]


def test_title_after_a_work_noun_is_skipped_to_the_speaker() -> None:
    text = ('The mayor spoke on Monday. Ana Ruiz, the author of the book "The Farm," '
            "said that the fair had been too dull. She left.")
    assert speakers(text) == [("that the fair had been too dull", "Ana Ruiz")]


def test_a_verb_after_polls_is_no_work_noun() -> None:
    text = 'The mayor spoke. Polls show "The Farm" ahead of the others, said Ana Ruiz.'
    assert "The Farm" in " ".join(contents(text))


def test_title_before_a_role_and_a_name_is_no_quote() -> None:
    text = ("The fair opened on Monday. “Harbour Nights” star Ana Ruiz turned the tables "
            "on the critics at the fair.")
    assert contents(text) == []


@pytest.mark.parametrize(("text", "named"), [
    ("“Harbour Nights” star Ana Ruiz left.", True),
    ("''Harbour Nights'' host Jo Lind left.", True),
    ("“Harbour Nights” star turned up.", False),
    ("“Harbour Nights” is back, Ana Ruiz said.", False),
])
def test_a_role_and_a_name_after_a_title_name_the_work(text: str, named: bool) -> None:
    assert _named_work(text, 0) is named
