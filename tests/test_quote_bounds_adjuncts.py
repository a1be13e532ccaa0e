"""Quote boundaries: an adjunct of the reporting verb after its object (short
texts written here)."""

from __future__ import annotations

import pytest

from test_quote_boundaries import contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # when or where the report was made: the cue's adjunct, not the object's
        ("Ana Ruiz announced her support for the mayor on Thursday.",
         "her support for the mayor"),
        ("Ana Ruiz announced her support for the mayor on Thursday night, after the vote.",
         "her support for the mayor"),
        ("Tom Hale praised the new bridge in a statement.", "the new bridge"),
        ("Tom Hale criticized the council at a rally in Springfield.", "the council"),
    ],
)
def test_an_adjunct_of_the_report_after_its_object_is_no_content(
        text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the object's own verb may take the adjunct
        ("Ana Ruiz promised to meet the mayor on Thursday.", "to meet the mayor on Thursday"),
        ("Ana Ruiz said the council will vote on Thursday.",
         "the council will vote on Thursday"),
        # "on" and a noun of the object's, no day or date
        ("Tom Hale praised the work of the council on housing.",
         "the work of the council on housing"),
    ],
)
def test_an_adjunct_of_a_verb_in_the_content_stays(text: str, content: str) -> None:
    assert contents(text) == [content]
