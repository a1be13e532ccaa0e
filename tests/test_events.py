"""Events: triggers, participants, time, place and status, on sentences written for these tests.

The actors and quotes layers are built by hand, so these tests do not depend on
the actors and quotes extractors.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newskit.events import EventExtractor
from newskit.structure import StructureExtractor
from newskit.testing import ExtractorContract
from newskit.timex import TimexExtractor
from newskit.types import Actor, Article, Event, Mention, Quote, Span

PUBLISHED = dt.date(2023, 5, 4)


def actor(text: str, id: str, name: str, kind: str, *surfaces: str) -> Actor:
    """An actor with a mention at every occurrence of each surface form."""
    mentions = []
    for surface in surfaces or (name,):
        i = text.find(surface)
        while i >= 0:
            mentions.append(Mention(span=Span(start=i, end=i + len(surface))))
            i = text.find(surface, i + 1)
    return Actor(id=id, name=name, kind=kind, mentions=tuple(mentions))


def run(text: str, actors: list[Actor], quotes: tuple[Quote, ...] = (),
        published: dt.date | None = PUBLISHED) -> tuple[list[Event], dict[str, str], str]:
    article = Article(id="t", text=text, published=published)
    layers: dict[str, tuple] = dict(StructureExtractor().extract(article, {}))
    layers.update(TimexExtractor().extract(article, layers))
    layers["actors"] = tuple(actors)
    layers["quotes"] = quotes
    events = list(EventExtractor().extract(article, layers)["events"])
    values = {t.id: t.value for t in layers["timexes"]}
    return events, values, text


def only(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, events
    return found[0]


def roles(event: Event) -> dict[str, str]:
    return {p.actor: p.role for p in event.participants}


def test_meeting_with_agent_partner_place_and_time() -> None:
    text = "Foreign Minister Ana Lopes met her Kenyan counterpart John Otieno in Nairobi on Monday."
    events, values, _ = run(text, [
        actor(text, "a1", "Ana Lopes", "person"),
        actor(text, "a2", "John Otieno", "person"),
        actor(text, "a3", "Nairobi", "place"),
    ])
    meeting = only(events, "meeting")
    assert meeting.plover == "CONSULT"
    assert text[meeting.trigger.start:meeting.trigger.end] == "met"
    assert roles(meeting) == {"a1": "agent", "a2": "target"}
    assert meeting.where == "a3"
    assert values[meeting.when] == "2023-05-01"
    assert meeting.status == "reported"


def test_planned_agreement_and_its_object_is_one_event() -> None:
    text = "Ruritania and Freedonia are going to sign a trade agreement next month."
    events, values, _ = run(text, [
        actor(text, "a1", "Ruritania", "place"),
        actor(text, "a2", "Freedonia", "place"),
    ])
    agreement = only(events, "agreement")
    assert agreement.plover == "AGREE"
    assert roles(agreement) == {"a1": "agent", "a2": "agent"}
    assert agreement.status == "planned"
    assert values[agreement.when] == "2023-06"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The ministry plans to open an office in Lima.", "planned"),
        ("The ministry will open an office in Lima.", "planned"),
        ("The ministry announced its intention to open an office in Lima.", "planned"),
        ("The ministry could open an office in Lima.", "hypothetical"),
        ("The possible opening of an office in Lima worries them.", "hypothetical"),
        ("The ministry did not open an office in Lima.", "negated"),
        ("The ministry opened an office in Lima.", "reported"),
    ],
)
def test_status(sentence: str, status: str) -> None:
    events, _, _ = run(sentence, [actor(sentence, "a1", "Lima", "place")])
    opening = only(events, "opening")
    assert opening.status == status
    assert opening.where == "a1"


def test_open_needs_an_office_like_object() -> None:
    text = "The door is open to everyone, and the market opened higher."
    events, _, _ = run(text, [])
    assert [e for e in events if e.type == "opening"] == []


def test_passive_by_names_the_agents() -> None:
    text = "The plan was discussed by Mr. Aho and Ms. Berg in Oslo last week."
    events, values, _ = run(text, [
        actor(text, "a1", "Aho", "person", "Mr. Aho"),
        actor(text, "a2", "Berg", "person", "Ms. Berg"),
        actor(text, "a3", "Oslo", "place"),
    ])
    talk = only(events, "discussion")
    assert roles(talk) == {"a1": "agent", "a2": "agent"}
    assert talk.where == "a3"
    assert values[talk.when] == "2023-W17"


def test_time_inherited_from_a_sentence_that_refers_back() -> None:
    text = (
        "The two parties are going to sign an accord on fisheries. "
        "This is planned to happen ahead of the conference in Vigo, which will take "
        "place on July 11-12."
    )
    events, values, _ = run(text, [actor(text, "a1", "Vigo", "place")])
    agreement = only(events, "agreement")
    assert values[agreement.when] == "2023-07-11/2023-07-12"
    assert agreement.status == "planned"
    conference = only(events, "conference")
    assert conference.where == "a1"
    assert conference.status == "planned"


def test_statement_from_quote() -> None:
    text = 'The envoy said on Tuesday that the talks had failed.'
    cue = text.index("said")
    quote = Quote(id="q1", kind="indirect",
                  parts=(Span(start=text.index("the talks"), end=len(text) - 1),),
                  cue=Span(start=cue, end=cue + 4),
                  speaker_mention=Span(start=0, end=9), speaker="a1")
    events, values, _ = run(text, [actor(text, "a1", "envoy", "person", "The envoy")], (quote,))
    statement = only(events, "statement")
    assert statement.quote == "q1"
    assert roles(statement) == {"a1": "agent"}
    assert values[statement.when] == "2023-05-02"
    assert statement.status == "reported"


def test_speaker_of_a_cue_placed_at_the_event_takes_part() -> None:
    text = "Opposition leader Eva Lind said following the summit in Riga that nothing changed."
    cue = text.index("said")
    quote = Quote(id="q1", kind="indirect",
                  parts=(Span(start=text.index("nothing"), end=len(text) - 1),),
                  cue=Span(start=cue, end=cue + 4),
                  speaker_mention=Span(start=0, end=cue - 1), speaker="a1")
    events, _, _ = run(text, [actor(text, "a1", "Eva Lind", "person"),
                              actor(text, "a2", "Riga", "place")], (quote,))
    summit = only(events, "summit")
    assert roles(summit) == {"a1": "agent"}
    assert summit.where == "a2"


def test_headings_captions_and_direct_quotes_give_no_trigger_events() -> None:
    text = (
        "Summit in Oslo\n\n"
        'The mayor said: "We will attack the problem and meet every family."\n\n'
        "  • Protesters at the rally\n  • AP\n"
    )
    start = text.index('"We')
    quote = Quote(id="q1", kind="direct",
                  parts=(Span(start=start, end=text.index('"', start + 1) + 1),),
                  cue=Span(start=text.index("said"), end=text.index("said") + 4),
                  speaker_mention=Span(start=text.index("The mayor"),
                                       end=text.index("The mayor") + 9))
    events, _, _ = run(text, [], (quote,))
    assert [e.type for e in events] == ["statement"]


def test_without_actors_or_time_events_are_still_found() -> None:
    text = "Sanctions were imposed after the election."
    events, _, _ = run(text, [], published=None)
    assert {e.type for e in events} == {"sanction", "election"}
    assert all(e.when is None and e.participants == () for e in events)


def test_ids_and_determinism() -> None:
    text = "The leaders met in Paris. They will meet again at a summit in June."
    first, _, _ = run(text, [actor(text, "a1", "Paris", "place")])
    second, _, _ = run(text, [actor(text, "a1", "Paris", "place")])
    assert first == second
    assert [e.id for e in first] == [f"e{i}" for i in range(1, len(first) + 1)]


def test_seed_events(seed_analysis, seed_gold: dict) -> None:
    analysis = seed_analysis
    text = analysis.article.text
    timexes = {t.id: t.value for t in analysis.timexes}
    by_name = {a.id: a.name for a in analysis.actors}
    for gold in seed_gold["events"]:
        start = text.find(gold["trigger"])
        assert start >= 0
        span = Span(start=start, end=start + len(gold["trigger"]))
        matches = [e for e in analysis.events if e.trigger.overlaps(span)]
        assert matches, gold
        event = matches[0]
        names = {by_name[p.actor] for p in event.participants}
        assert set(gold["who"]) <= names, (gold, names)
        if "when" in gold:
            assert (timexes.get(event.when) or "").startswith(gold["when"]), (gold, event)
        if "where" in gold:
            assert by_name.get(event.where or "") == gold["where"], (gold, event)
        if "status" in gold:
            assert event.status == gold["status"], (gold, event)


def test_messy_layers_do_not_raise() -> None:
    text = 'He said "they met. " and met\n\nagain; signed, the summit' * 30
    n = len(text)
    quotes = (
        Quote(id="q1", kind="direct", parts=(Span(start=3, end=n),),
              cue=Span(start=3, end=7)),
        Quote(id="q2", kind="indirect", parts=(Span(start=0, end=2),),
              cue=Span(start=3, end=7), speaker="a1"),
    )
    actors = [Actor(id="a1", name="He", kind="person",
                    mentions=(Mention(span=Span(start=0, end=2)),
                              Mention(span=Span(start=0, end=n)))),
              Actor(id="a2", name="X", kind="place",
                    mentions=(Mention(span=Span(start=n - 1, end=n)),))]
    events, _, _ = run(text, actors, quotes)
    assert all(e.trigger.end <= n for e in events)
    assert len({e.id for e in events}) == len(events)


def test_extractor_contract_with_the_pipeline(registry) -> None:
    from newskit import analyze
    from newskit.testing import check_analysis

    text = ("Ministers met in Geneva on Friday and will sign a deal next week.\n\n"
            '"It is done," the envoy said.')
    analysis = analyze(text, published="2023-05-04", registry=registry)
    assert check_analysis(analysis) == []
    assert {"meeting", "agreement"} <= {e.type for e in analysis.events}


class TestEventsContract(ExtractorContract):
    name = "events"


class TestTimexesContract(ExtractorContract):
    name = "timexes"


def test_substring_prefilters_cover_their_word_lists() -> None:
    # The cheap tests that skip word splitting must let every listed word through.
    from newskit.events import extractor as ex

    for words, parts in ((ex.NEGATION | {"n't"}, ex.NEGATION_PARTS),
                         ({p.split()[-1] for p in ex.PLANNED_AFTER}, ex.PLANNED_AFTER_PARTS)):
        assert all(ex._contains(word, parts) for word in words)
    assert not ex._contains("the talks went ahead", ex.NEGATION_PARTS)


def test_a_reporting_verb_not_taken_as_a_cue_ends_the_clause() -> None:
    # No quotes layer: "said" (a whitespace token) still closes the window, so the
    # actor after it is no participant; "said," (punctuation attached) does not close it.
    people = [("a1", "Ana Lopes"), ("a2", "John Otieno"), ("a3", "Maria Silva")]
    for text, expected in (
        ("Ana Lopes met John Otieno, aides said Maria Silva was absent.",
         {"a1": "agent", "a2": "target"}),
        ("Ana Lopes met John Otieno, aides said, and Maria Silva.",
         {"a1": "agent", "a2": "target", "a3": "target"}),
    ):
        events, _, _ = run(text, [actor(text, key, name, "person") for key, name in people])
        assert roles(only(events, "meeting")) == expected


def test_trigger_words_and_reporting_verbs_found_in_one_lookup() -> None:
    from newskit.events import extractor as ex

    index = EventExtractor().index()
    tokens = ['"talks"', "met,", "officials", "said", "(summit)", "told,", "says"]
    first, also = index.first_words_and(tokens, ex.REPORTING)
    assert first == index.first_words_among(tokens)
    assert {"met", "summit"} <= first
    assert also == {"said", "says"}  # "told," is no whitespace-delimited verb


def test_quoted_positions_agree_with_the_bisection_over_direct_parts() -> None:
    import bisect
    import random

    from newskit.events import extractor as ex

    def bisected(direct: list[tuple[int, int]], pos: int) -> bool:
        k = bisect.bisect_right([s for s, _ in direct], pos) - 1
        return k >= 0 and direct[k][1] > pos

    rng = random.Random(7)
    cases = [[], [(0, 5)], [(3, 3)], [(2, 9), (4, 6)], [(2, 6), (2, 9)], [(5, 40)]]
    for _ in range(300):
        cases.append(sorted((a, a + rng.randint(0, 12))
                            for a in (rng.randint(0, 30) for _ in range(rng.randint(1, 5)))))
    for direct in cases:
        quoted = ex._quoted(direct, 30)  # parts may run past the end of the text
        assert len(quoted) == 31
        assert [bool(b) for b in quoted] == [bisected(direct, pos) for pos in range(31)]


def test_no_participant_or_time_inside_a_direct_quote() -> None:
    text = ('Ana Lopes met John Otieno on Monday. "We met Maria Silva on Friday," '
            "Ana Lopes said.")
    people = [("a1", "Ana Lopes"), ("a2", "John Otieno"), ("a3", "Maria Silva")]
    start = text.index('"')
    end = text.index('," ') + 2
    quote = Quote(id="q1", kind="direct", parts=(Span(start=start, end=end),),
                  speaker="a1", cue=Span(start=text.rindex("said"), end=text.rindex("said") + 4))
    events, values, _ = run(text, [actor(text, key, name, "person") for key, name in people],
                            (quote,))
    meetings = [e for e in events if e.type == "meeting"]
    assert len(meetings) == 1  # the "met" inside the quote is no trigger
    assert roles(meetings[0]) == {"a1": "agent", "a2": "target"}
    assert meetings[0].when is not None
    assert values[meetings[0].when] == "2023-05-01"  # Monday, not the quoted Friday
