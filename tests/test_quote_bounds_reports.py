"""Quote boundaries: a second report in the clause of a quote (short texts
written here)."""

from __future__ import annotations

from typing import Any

import pytest

from test_quote_boundaries import quotes


def piece(text: str, span: Any) -> str:
    return "" if span is None else text[span.start : span.end]


def test_a_participle_after_a_short_object_reports_the_quotation() -> None:
    text = 'The mayor defended the plan, calling it "a fair deal for the town."'
    (q,) = quotes(text)
    assert piece(text, q) == 'it "a fair deal for the town."'
    assert piece(text, q.cue) == "calling"


@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        ('The mayor called the vote "a disgrace" and vowing to appeal the ruling in court.',
         'the vote "a disgrace"', "to appeal the ruling in court", "vowing"),
        ('The mayor said the vote was "a disgrace," and he repeated his claim that the '
         "count was wrong.",
         'the vote was "a disgrace,"', "his claim that the count was wrong", "repeated"),
    ],
)
def test_and_then_a_reporting_verb_opens_a_report_of_its_own(
        text: str, first: str, second: str, cue: str) -> None:
    a, b = quotes(text)
    assert piece(text, a) == first
    assert piece(text, b) == second
    assert piece(text, b.cue) == cue


def test_a_subject_named_after_and_speaks_the_second_report() -> None:
    text = ('Ann Lee called the plan "a disgrace" and Tom Ruiz said the town could not '
            "pay for it.")
    a, b = quotes(text)
    assert piece(text, a) == 'the plan "a disgrace"'
    assert piece(text, a.speaker_mention) == "Ann Lee"
    assert piece(text, b.speaker_mention) == "Tom Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # "and" then a verb that reports nothing: the clause goes on
        'The mayor said the vote was "a disgrace" and would hurt the town.',
        # "and" then a subject and a verb that reports nothing
        'The mayor said the vote was "a disgrace" and he was sure of it.',
    ],
)
def test_and_without_a_report_of_its_own_goes_on(text: str) -> None:
    (q,) = quotes(text)
    assert piece(text, q).endswith(text[text.index(" and ") + 1 : -1])


@pytest.mark.parametrize(
    ("text", "report", "quotation", "cue"),
    [
        ('The mayor said the storm was handled by the fire chief and said, "Who else '
         'could do it so well?"', "the storm was handled by the fire chief",
         "Who else could do it so well?", "said"),
        ('Ann Lee said the bridge was built by her father and added, "He would be '
         'proud of it today."', "the bridge was built by her father",
         "He would be proud of it today.", "added"),
    ],
)
def test_a_quoted_sentence_after_a_reporting_verb_and_a_comma_is_its_content(
        text: str, report: str, quotation: str, cue: str) -> None:
    a, b = quotes(text)
    assert (a.kind, piece(text, a)) == ("indirect", report)
    assert (b.kind, piece(text, b), piece(text, b.cue)) == ("direct", quotation, cue)


def test_a_quoted_sentence_after_a_passive_verb_stays_in_the_clause() -> None:
    text = 'Ann Lee said that the staff were told, "Go home now and rest."'
    (q,) = quotes(text)
    assert piece(text, q) == text[text.index("that") :]
