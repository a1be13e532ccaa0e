"""Quote boundaries: where reported content starts and ends (short texts written here)."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.quotes.boundaries import refine_boundaries
from newskit.quotes.lexicon import CLAUSE_STOP, clause_stop_search
from newskit.quotes.patterns import _patterns
from quote_helpers import contents, quotes


@attrs.define
class Cand:
    kind: str
    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    speaker: Any = None


def test_every_part_still_slices_the_text() -> None:
    text = ('"It seems most unlikely" that the mayor can win the vote, said Ana Ruiz, '
            'a pollster. "We will see."')
    for q in quotes(text):
        for p in q.parts:
            assert 0 <= p.start < p.end <= len(text)
            assert text[p.start : p.end] == text[p.start : p.end].strip()


# -- a quotation ending mid-clause carries its clause ------------------------------


def test_quotation_carries_its_clause_to_the_attribution() -> None:
    text = ('"It seems most unlikely" that the mayor can win the vote, said Ana Ruiz, '
            "a pollster.")
    (q,) = quotes(text)
    assert q.kind == "mixed"
    assert text[q.start : q.end] == '"It seems most unlikely" that the mayor can win the vote'


@pytest.mark.parametrize(
    ("text", "fragment", "content"),
    [
        # to the sentence end
        ('Ana Ruiz said the council had shown "no interest at all" in the new bridge.',
         "no interest at all", '"no interest at all" in the new bridge'),
        # not into a relative clause
        ('She called for "a fresh look" at the budget, which is due in May.',
         "a fresh look", '"a fresh look" at the budget'),
        # not into a second verb phrase
        ('He praised the "quiet courage" of the nurses and called for a pay rise.',
         "quiet courage", 'the "quiet courage" of the nurses'),
    ],
)
def test_quoted_fragment_carries_its_clause(text: str, fragment: str, content: str) -> None:
    start = text.index(fragment)
    cand = Cand(kind="direct", parts=[(start, start + len(fragment))])
    refine_boundaries(text, [cand])
    assert cand.kind == "mixed"
    assert text[cand.parts[0][0] : cand.parts[0][1]] == content


def test_quotation_with_its_own_punctuation_carries_nothing() -> None:
    text = '"We are ready," Ana Ruiz said on Monday.'
    assert contents(text) == ["We are ready,"]


def test_words_said_of_a_quotation_opening_the_sentence_are_not_carried() -> None:
    text = 'The old slogan was everywhere. "Build it now" was painted on every wall.'
    start = text.index("Build")
    cand = Cand(kind="direct", parts=[(start, start + len("Build it now"))])
    refine_boundaries(text, [cand])
    assert cand.kind == "direct"
    assert text[cand.parts[0][0] : cand.parts[0][1]] == "Build it now"


# -- a quotation inside a clause is part of the verb's complement ------------------


@pytest.mark.parametrize(
    ("text", "fragment", "content"),
    [
        ('The mayor urged voters to reject "a reckless plan" tomorrow.',
         "a reckless plan", 'voters to reject "a reckless plan" tomorrow'),
        ('The senator called for more "common sense" in the debate.',
         "common sense", 'more "common sense" in the debate'),
        # a relative clause: from its pronoun
        ('She backed the plan, which he called "a reckless gamble" last week.',
         "a reckless gamble", 'which he called "a reckless gamble" last week'),
    ],
)
def test_fragment_content_starts_after_the_governing_verb(
        text: str, fragment: str, content: str) -> None:
    start = text.index(fragment)
    cand = Cand(kind="direct", parts=[(start, start + len(fragment))])
    refine_boundaries(text, [cand], frozenset({"urged", "called"}))
    assert cand.kind == "mixed"
    assert text[cand.parts[0][0] : cand.parts[0][1]] == content


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said "the plan is dead" on Monday.',  # the verb right before
        'The mayor\'s comments "about the plan" drew criticism.',  # a noun
        'The crowd, cheering, chanted "four more years" for an hour.',  # no verb form
    ],
)
def test_fragment_without_a_verb_before_it_keeps_its_start(text: str) -> None:
    fragment = text.split('"')[1]
    start = text.index(fragment)
    cand = Cand(kind="direct", parts=[(start, start + len(fragment))])
    refine_boundaries(text, [cand], frozenset({"said", "comments", "chanted"}))
    assert cand.parts[0][0] in (start, start - 1)  # the quotation, with or without its mark


def test_fragment_start_through_the_extractor() -> None:
    text = ('Ana Ruiz, the mayor, urged the council to drop "this reckless plan" '
            "before the summer.")
    (q,) = quotes(text)
    assert text[q.start : q.end] == 'the council to drop "this reckless plan" before the summer'


# -- the words before a parenthetical attribution --------------------------------


def test_sentence_continued_across_a_parenthetical_attribution() -> None:
    text = 'If the bridge closes, Ana Ruiz said, "the whole valley will suffer."'
    (q,) = quotes(text)
    assert q.kind == "mixed"
    assert [p.text(text) for p in q.parts] == [
        "If the bridge closes", "the whole valley will suffer."]


def test_connective_before_a_parenthetical_attribution() -> None:
    text = 'The vote was close. But, Ana Ruiz added, "We will win the next one."'
    (q,) = quotes(text)
    assert q.parts[0].text(text) == "But"


def test_adverbial_before_an_attribution_is_not_content() -> None:
    text = 'Asked about the bridge, Ana Ruiz said, "We will build it."'
    (q,) = quotes(text)
    assert [p.text(text) for p in q.parts] == ["We will build it."]


# -- a second report joined by a participle ---------------------------------------


def test_participle_report_is_split_off_with_its_quotation() -> None:
    text = ('Ana Ruiz said the budget was "a disgrace," adding that the council had '
            '"no plan at all" for the bridge.')
    start = text.index("the budget")
    cand = Cand(kind="mixed", parts=[(start, text.index(" for the bridge"))],
                cue=(9, 13), speaker=None)
    cands = [cand]
    refine_boundaries(text, cands, frozenset({"said", "adding"}))
    assert [text[c.parts[0][0] : c.parts[-1][1]] for c in cands] == [
        'the budget was "a disgrace,"',
        'that the council had "no plan at all" for the bridge',
    ]
    cue = cands[1].cue
    assert cue is not None and text[cue[0] : cue[1]] == "adding"
    assert cands[0].kind == "mixed"


def test_noun_after_and_does_not_split_a_report() -> None:
    text = 'Ana Ruiz said the floods and protests demand "more listening" from the council.'
    start = text.index("the floods")
    end = text.index(" from the")
    cands = [Cand(kind="mixed", parts=[(start, end)])]
    refine_boundaries(text, cands, frozenset({"said", "protests"}))
    assert len(cands) == 1


# -- one clause-end pattern for reported content and carried clauses ---------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a coordinated verb of the shared list ends reported content after a cue
        ("The mayor said the bridge would open in May and made a short speech.",
         "the bridge would open in May"),
        ("The mayor said the bridge would open in May and took questions.",
         "the bridge would open in May"),
    ],
)
def test_clause_stop_is_shared(text: str, content: str) -> None:
    assert content in contents(text)


# -- what stands between a cue and its content ----------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [("Ana Ruiz pointed out that the bridge was closed.", "that the bridge was closed"),
     ("Ana Ruiz said Tuesday night that the bridge was closed.", "that the bridge was closed"),
     ("Ana Ruiz said on Tuesday night the bridge was closed.", "the bridge was closed"),
     ("When asked about the new bridge, Ana Ruiz smiled.", "the new bridge")],
)
def test_particles_times_and_about_are_no_content(text: str, content: str) -> None:
    assert contents(text)[0] == content


def test_a_preposition_in_ing_does_not_end_reported_content() -> None:
    text = "Ana Ruiz said the town needs new roads, including a bridge over the river."
    assert contents(text) == ["the town needs new roads, including a bridge over the river"]


@pytest.mark.parametrize(
    ("text", "content"),
    [("Ana Ruiz said this week that the bridge was closed.", "that the bridge was closed"),
     ("Ana Ruiz said last month the bridge was closed.", "the bridge was closed")],
)
def test_a_time_phrase_after_the_cue_is_no_content(text: str, content: str) -> None:
    assert contents(text)[0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a closing appositive describes the content's last noun phrase or sums up
        # the clause: the writer's words, not the source's
        ("The council regards the old harbour as its own land, a claim the port "
         "authority disputes.", "the old harbour as its own land"),
        ("Ana Ruiz said the town would build a second bridge by 2030, an ambitious "
         "goal for a small budget.", "the town would build a second bridge by 2030"),
        # a list of noun phrases goes on
        ("Ana Ruiz said the town could act through a vote, a petition or a new law.",
         "the town could act through a vote, a petition or a new law"),
        # a one-word label goes on
        ("Ana Ruiz said the town backed Tom Hale, a Liberal.",
         "the town backed Tom Hale, a Liberal"),
        # after an opening subordinate clause the article opens the main clause
        ("Ana Ruiz said that when the river rose, a bridge on the old road collapsed.",
         "that when the river rose, a bridge on the old road collapsed"),
    ],
)
def test_a_closing_appositive_ends_reported_content(text: str, content: str) -> None:
    assert contents(text)[0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an apposition or a relative clause after the source of "according to"
        # describes it; the clause before is what the source reports
        ("In Dayton, there remain a few knots of voters against the bridge, "
         "according to the chairs from Ash and Elm, two of the largest counties in the "
         "state.", "In Dayton, there remain a few knots of voters against the bridge"),
        ("There are now ships waiting two days to enter the port, according to a study "
         "by the Harbour Institute, which tracks shipping data.",
         "There are now ships waiting two days to enter the port"),
        # a subordinate clause alone before the source: the main clause follows it
        # (the subordinate clause its first part)
        ("While most boats were kept in port, according to the harbour master, two in "
         "the last group were sent out to sea.", "two in the last group were sent out to sea"),
    ],
)
def test_words_describing_the_source_of_according_to_are_no_content(text: str,
                                                                    content: str) -> None:
    found = [q for q in quotes(text) if q.cue and text[q.cue.start : q.cue.end] == "according to"]
    assert [text[q.parts[-1].start : q.parts[-1].end] for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the words opening a sentence before a parenthetical attribution are part
        # of the clause it reports
        ("In his state, Ana Ruiz said, first offenders are sent to treatment.",
         ["In his state", "first offenders are sent to treatment"]),
        ("If the bridge closes, she argued, the valley will suffer.",
         ["If the bridge closes", "the valley will suffer"]),
        # after an adjunct of the attribution
        ("If the bridge closes, Ana Ruiz said on Monday, the valley will suffer.",
         ["If the bridge closes", "the valley will suffer"]),
        # without the sentence connective opening them
        ("But over the years, she said, the bridge has helped the valley.",
         ["over the years", "the bridge has helped the valley"]),
        # a connective alone, or a discourse connective, is no part
        ("Still, he said, the council has to decide.", ["the council has to decide"]),
        ("In the end, Ana Ruiz said, the council will decide.", ["the council will decide"]),
        # a title's full stop opens no sentence: the sentence starts before it
        ("Even if Mr. Lane's plan fails, Ana Ruiz said, the council will decide.",
         ["Even if Mr. Lane's plan fails", "the council will decide"]),
    ],
)
def test_words_before_a_parenthetical_attribution_open_indirect_content(
        text: str, parts: list[str]) -> None:
    (quote,) = quotes(text)
    assert quote.kind == "indirect"
    assert [text[p.start : p.end] for p in quote.parts] == parts


def test_a_that_clause_with_its_subject_before_a_quotation_is_the_content() -> None:
    text = 'The mayor\'s slogan was that Ruiz "would say anything to win."'
    found = quotes(text)
    assert [(q.kind, text[q.start : q.end]) for q in found] == [
        ("mixed", 'that Ruiz "would say anything to win."')]


@pytest.mark.parametrize(
    ("text", "content"),
    [("The town had no seat at the talks; Lea Stone insists it had no role.",
      "it had no role"),
     ("The bridge will open in May, Lea Stone said on Tuesday.",
      "The bridge will open in May")],
)
def test_a_complement_after_the_cue_is_the_content_not_the_clause_before(
        text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a relative pronoun before the speaker and the cue is the subject of the
        # reported clause that opens with its verb: the content starts at it
        ("The council backed a plan which Ana Ruiz said would cost $10 million.",
         "which Ana Ruiz said would cost $10 million"),
        ("The mayor spoke about what Ana Ruiz said was a danger to the town.",
         "what Ana Ruiz said was a danger to the town"),
        # not when the clause has a subject of its own
        ("The mayor spoke about what Ana Ruiz said the town needs.", "the town needs"),
    ],
)
def test_a_relative_pronoun_subject_of_the_report_starts_the_content(
        text: str, content: str) -> None:
    assert contents(text)[-1] == content


_STRETCH_PIECES = ["said", " ", "  ", ",", ";", " and ", " but ", "band", "but", "and", "\n",
                   "\u00a0and ", ", saying ", ", while ", ", but would ", ", and she ",
                   ", another ", "asked", "the plan", "Ana", "1,000", "; "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_STRETCH_PIECES), max_size=14), st.data())
def test_clause_stop_search_finds_what_the_pattern_search_finds(pieces: list[str],
                                                                data: Any) -> None:
    # the finder tries the clause-stop pattern only where a stop can start
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    fast = clause_stop_search(text, start, end)
    slow = CLAUSE_STOP.search(text, start, end)
    assert (fast and fast.span()) == (slow and slow.span())


_OPENER_PIECES = ["after ", "when", " when ", "as", "as ", "asks ", "and  ", "band ", "so\n",
                  "whom ", "what", " that ", "Ana", ", ", "'s ", "the plan ", "said "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_OPENER_PIECES), max_size=12), st.data())
def test_last_clause_opener_searched_from_the_end(pieces: list[str], data: Any) -> None:
    # the finder takes the last opener of a stretch with one search from its end
    pats = _patterns()
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    last = None
    for m in pats["opener"].finditer(text, start, end):
        last = m.span()
    found = pats["opener_last"].search(text, start, end)
    assert (found and found.span()) == last


def test_a_carried_clause_goes_on_past_an_abbreviation() -> None:
    # "U.S." ends no sentence: the clause after the quotation goes on
    text = 'Ana Ruiz called for "more money" for U.S. bridges in the valley.'
    assert contents(text) == ['"more money" for U.S. bridges in the valley']
