"""Quote boundaries: an adjunct of the reporting verb after its object, and the
clause going on after an "according to" source (short texts written here)."""

from __future__ import annotations

import pytest

from test_quote_boundaries import contents, quotes


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
        ("Tom Hale criticized the council during a radio debate.", "the council"),
        ("Ana Ruiz often mentions her grandmother in speeches.", "her grandmother"),
        # a medium whose name has the shape of a day's ("on Twitter", "on Fox")
        ("Ana Ruiz praised the mayor on Twitter.", "the mayor"),
        ("Bo Lind attacked the council on Fox after the vote.", "the council"),
        ("Bo Lind attacked the council on CNN.", "the council"),
        # a time noun in -ing, a capitalised name in -ed: no verb of the object's
        ("Ana Ruiz praised the morning ferry on Twitter.", "the morning ferry"),
        ("Ana Ruiz praised the United ferry crew on Twitter.", "the United ferry crew"),
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
        # the object is the subject of a clause going on after the adjunct
        ("Ana Ruiz felt her anger on Monday was justified.",
         "her anger on Monday was justified"),
        # "on" and a noun of the object's, no day or date
        ("Tom Hale praised the work of the council on housing.",
         "the work of the council on housing"),
    ],
)
def test_an_adjunct_of_a_verb_in_the_content_stays(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the clause goes on after the source: its verb, or after a conjunction
        ("Missing from the plan, according to two members of the council, was any "
         "money for the bridge.",
         ["Missing from the plan", "was any money for the bridge"]),
        ("The council sold the old harbour and, according to Ana Ruiz, bought a ferry.",
         ["The council sold the old harbour and", "bought a ferry"]),
        # the full stop of a title ends no sentence
        ("Missing from the plan, according to two members, was any money for Mr. Hale's "
         "ferry.",
         ["Missing from the plan", "was any money for Mr. Hale's ferry"]),
    ],
)
def test_a_clause_going_on_after_an_according_to_source_is_content(
        text: str, parts: list[str]) -> None:
    (quote,) = quotes(text)
    assert [text[p.start : p.end] for p in quote.parts] == parts


@pytest.mark.parametrize(
    "text",
    [
        # an apposition of the source, or a clause of the writer's after it
        "The council sold the old harbour, according to Ana Ruiz, a member since 2010.",
        "The council sold the old harbour, according to Ana Ruiz, but the sale is not final.",
    ],
)
def test_words_after_an_according_to_source_that_go_on_with_no_clause_stay_out(
        text: str) -> None:
    (quote,) = quotes(text)
    assert [text[p.start : p.end] for p in quote.parts] == ["The council sold the old harbour"]


def test_a_determiner_in_s_after_an_according_to_source_is_no_verb() -> None:
    # "this" ends in -s, but opens an adjunct, not the clause's verb phrase
    text = "Absent from the talks of the council, according to two members, this week."
    (quote,) = quotes(text)
    assert [text[p.start : p.end] for p in quote.parts] == [
        "Absent from the talks of the council"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "in" and a month, a year or recent weeks, ending the content
        ("Ana Ruiz endorsed Tom Hale in February.", "Tom Hale"),
        ("The union endorsed Tom Hale in 2015, after a long debate.", "Tom Hale"),
        ("Ana Ruiz praised the new bridge in recent weeks.", "the new bridge"),
        # not when the object goes on after it: its own noun takes it
        ("Ana Ruiz praised an earlier plan in 2007 and the new bridge.",
         "an earlier plan in 2007 and the new bridge"),
    ],
)
def test_a_time_after_in_ends_the_object_only_at_its_end(text: str, content: str) -> None:
    assert contents(text) == [content]
