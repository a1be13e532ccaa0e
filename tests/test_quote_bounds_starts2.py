"""Where reported content starts, continued: a relative clause whose speaker is a
pronoun (short texts written here)."""

from __future__ import annotations

import pytest

from quote_helpers import contents


@pytest.mark.parametrize(
    ("text", "content"),
    [("The council wants a new bridge at the harbour, which she said the town "
      "should pay for.", "which she said the town should pay for"),
     ("The crews pointed to cuts in the ferry budget, which they say left the "
      "islands without a boat.", "which they say left the islands without a boat"),
     ("The mayor backed the toll plans, which he has said keep the bridge open.",
      "which he has said keep the bridge open")],
)
def test_which_and_a_pronoun_before_the_cue_open_the_content(text: str, content: str) -> None:
    assert content in contents(text)


def test_which_after_a_preposition_is_no_part_of_the_content() -> None:
    text = "Lind gave an interview on the radio, in which he said the ferry would run again."
    found = contents(text)
    assert "the ferry would run again" in found
    assert not any(c.startswith("which") for c in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [("The mayor refused to close the bridge that links the two towns.",
      "to close the bridge that links the two towns"),
     ("Ana Ruiz threatened to veto the toll plan that the council passed on Monday.",
      "to veto the toll plan that the council passed on Monday")],
)
def test_an_infinitive_and_its_object_before_a_relative_that_are_the_content(
        text: str, content: str) -> None:
    found = contents(text)
    assert content in found
    assert not any(c.startswith("that ") for c in found)


def test_an_infinitive_verb_alone_before_that_stays_out() -> None:
    text = "The mayor refused to admit that the bridge was unsafe for the ferry crews."
    assert "that the bridge was unsafe for the ferry crews" in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [("The mayor showed no sign of backing down on the ferry fares.",
      "backing down on the ferry fares"),
     ("Bo Lind showed no clear signs that he would drop the bridge plan.",
      "that he would drop the bridge plan"),
     ("The harbour master pleaded guilty in May to two counts of fraud.",
      "to two counts of fraud")],
)
def test_the_noun_phrase_of_an_idiom_after_its_cue_is_the_cues(text: str, content: str) -> None:
    assert content in contents(text)


def test_no_idiom_without_its_verb() -> None:
    text = "Ana Ruiz said no sign of the ferry had been seen since Monday."
    assert not any(c.startswith(("of the ferry", "the ferry")) for c in contents(text))
