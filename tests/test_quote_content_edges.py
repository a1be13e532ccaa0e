"""Quote boundaries: where an indirect or mixed content ends at the edge of
its sentence (short texts written here)."""

from __future__ import annotations

import pytest

from newskit.quotes.boundaries import refine_boundaries
from test_quote_boundaries import Cand, contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a report inside a parenthesis: the closing parenthesis is no part of it
        ("The ferry stopped in May. (Ana Ruiz said the service would resume in June.)",
         "the service would resume in June."),
        ("The ferry stopped in May (Ana Ruiz said the service would resume in June).",
         "the service would resume in June"),
        ('The ferry stopped. (Bo Lind said the fares were "far too high.")',
         'the fares were "far too high."'),
        # a parenthesis holding the attribution: the content starts after it opens
        ('The vote is close. (The fares, it turns out, are "far too high," Ana Ruiz said.)',
         'The fares, it turns out, are "far too high,"'),
        ('The vote is close. (The ferry, Ana Ruiz said, will run "every hour" next year.)',
         'The ferry, Ana Ruiz said, will run "every hour" next year.'),
    ],
)
def test_a_parenthesis_opened_before_the_report_ends_it(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a parenthesis the content opened stays whole
        ("Ana Ruiz said the council would raise the fares (and the tolls).",
         "the council would raise the fares (and the tolls)"),
        ("Ana Ruiz said the council (which meets on Mondays) would decide.",
         "the council (which meets on Mondays) would decide"),
    ],
)
def test_a_parenthesis_the_content_opened_stays(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the verb's particle right after the cue is the cue's, not the content's
        ("Her campaign blasted out a new robocall attacking the mayor.",
         "a new robocall attacking the mayor"),
        ("The mayor shouted out an insult aimed at the council.",
         "an insult aimed at the council"),
        ("The report also pointed up a core complaint about the ferry schedule.",
         "a core complaint about the ferry schedule"),
        # a cue holding the particle reads it as before
        ("Ana Ruiz pointed out that the ferry was late again.", "that the ferry was late again"),
        # a preposition after the particle: the phrasal verb's object, left alone
        ("Voters cried out for a mayor who would fix the ferry.",
         "out for a mayor who would fix the ferry"),
    ],
)
def test_a_particle_after_the_cue_is_no_part_of_the_content(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a day without "on", or the go-between, ending an object content is the cue's
        ("Ana Ruiz rejected the council's offer Tuesday.", "the council's offer"),
        ("Ana Ruiz tweeted her thanks Friday afternoon.", "her thanks"),
        ("Ana Ruiz endorsed the mayor earlier Sunday.", "the mayor"),
        ("The mayor denied the accusations through a spokeswoman.", "the accusations"),
        # a day's possessive, a relative clause's day, a day before more words: kept
        ("Ana Ruiz mocked his speech at Saturday's debate.", "his speech at Saturday's debate"),
        ("Ana Ruiz praised the ferry that ran to Oslo Tuesday.",
         "the ferry that ran to Oslo Tuesday"),
        ("Ana Ruiz rejected the offer Tuesday, and the council agreed.",
         "the offer Tuesday, and the council agreed"),
    ],
)
def test_a_bare_day_after_an_object_is_the_cues(text: str, content: str) -> None:
    assert contents(text) == [content]


def test_a_content_opening_with_a_markup_tag_is_dropped() -> None:
    text = 'Ana Ruiz posted this:\n\n<tweet author="@anaruiz" date="May 3">The ferry runs!</tweet>'
    tag = text.index("<tweet")
    tagged = Cand("indirect", [(tag, text.index('">'))], cue=(9, 15))
    words = Cand("indirect", [(text.index("The ferry"), text.index("</tweet>"))], cue=(9, 15))
    inside = Cand("direct", [(text.index('>The'), text.index("</tweet>"))])
    cands = [tagged, words, inside]
    refine_boundaries(text, cands)
    assert cands == [words]
    # a tag inside a content stays
    assert contents("Ana Ruiz said the tag <b> was wrong.") == ["the tag <b> was wrong"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # after a dash, a concession or a summary is the writer's aside
        ("Ana Ruiz said the ferry would run again in May - though the council has not agreed.",
         "the ferry would run again in May"),
        ("Ana Ruiz said the council would cut fares and add boats -- all promises of the mayor.",
         "the council would cut fares and add boats"),
        # anything else after the dash goes on with an indirect report, as do two dashes
        ("Ana Ruiz said the ferry would run again - and the council agreed.",
         "the ferry would run again - and the council agreed"),
        ("Ana Ruiz said the plan - though costly - would pass.",
         "the plan - though costly - would pass"),
    ],
)
def test_a_dash_before_a_concession_or_summary_ends_an_indirect_quote(
        text: str, content: str) -> None:
    assert contents(text) == [content]
