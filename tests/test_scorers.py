"""The built-in scorers (sourcing, attribution, language) on analyses built by hand."""

from __future__ import annotations

import math

import pytest

from newskit.lexicons import Lexicons
from newskit.scoring import AttributionScorer, LanguageScorer, SourcingScorer
from newskit.scoring.attribution import CueClassifier
from newskit.scoring.language import LexiconMatcher
from newskit.scoring.sourcing import normalised_entropy
from newskit.testing import ScorerContract, check_analysis
from newskit.types import (
    Actor,
    Analysis,
    Article,
    Event,
    Mention,
    Participant,
    Quote,
    Score,
    Span,
    TimeExpression,
)

TEXT = (
    "Officials said the council will inevitably close the old bridge on Monday, 13 May.\n\n"
    '"The bridge is clearly unsafe," Mayor Ida Holm said. "We may reopen it\nnext year."\n\n'
    "Engineer Tom Reyes claimed the repairs could cost four million. "
    '"It is a disgraceful waste," he told reporters.\n\n'
    "The decision is obviously political and was reportedly taken in haste.\n\n"
    'According to sources close to the council, =HYPERLINK("x") was on the agenda.'
)


def at(text: str, needle: str, occurrence: int = 1, *, length: int | None = None) -> Span:
    """The span of the ``occurrence``-th ``needle`` in ``text`` (its first ``length``
    characters if given)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + (len(needle) if length is None else length))


def mentions(text: str, *needles: str) -> tuple[Mention, ...]:
    return tuple(Mention(span=at(text, n)) for n in needles)


def build_analysis(text: str = TEXT, **article: object) -> Analysis:
    """A hand-made analysis of :data:`TEXT`: five quotes from two named and two
    anonymous sources, four actors, two events, two time expressions."""
    actors = (
        Actor(id="a1", name="Ida Holm", kind="person", roles=("Mayor",),
              affiliation="Lakeside council", affiliation_id="a3",
              mentions=mentions(text, "Ida Holm")),
        Actor(id="a2", name="Tom Reyes", kind="person", roles=("Engineer",), country="Sweden",
              mentions=(Mention(span=at(text, "Tom Reyes")),
                        Mention(span=at(text, "he told", length=2), kind="pronoun"))),
        Actor(id="a3", name="Lakeside council", kind="organization", country="Norway",
              mentions=(Mention(span=at(text, "council"), kind="nominal"),)),
        Actor(id="a4", name="Oslo", kind="place", country="Norway", country_code="NO"),
    )
    quotes = (
        Quote(id="q1", kind="indirect",
              parts=(at(text, "the council will inevitably close the old bridge"),),
              cue=at(text, "said"), speaker_mention=at(text, "Officials"), anonymous=True),
        Quote(id="q2", kind="direct",
              parts=(at(text, "The bridge is clearly unsafe,"),
                     at(text, "We may reopen it\nnext year.")),
              cue=at(text, "said", 2), speaker_mention=at(text, "Mayor Ida Holm"),
              speaker="a1"),
        Quote(id="q3", kind="indirect", parts=(at(text, "the repairs could cost four million"),),
              cue=at(text, "claimed"), speaker_mention=at(text, "Engineer Tom Reyes"),
              speaker="a2"),
        Quote(id="q4", kind="direct", parts=(at(text, "It is a disgraceful waste,"),),
              cue=at(text, "told"), speaker_mention=at(text, "he told", length=2),
              speaker="a2"),
        Quote(id="q5", kind="indirect", parts=(at(text, '=HYPERLINK("x") was on the agenda'),),
              cue=at(text, "According to"),
              speaker_mention=at(text, "sources close to the council"), anonymous=True),
    )
    timexes = (
        TimeExpression(id="t1", span=at(text, "Monday, 13 May"), type="DATE", value="2024-05-13"),
        TimeExpression(id="t2", span=at(text, "next year"), type="DATE", value="2025"),
    )
    events = (
        Event(id="e1", type="reopening", trigger=at(text, "reopen"), when="t2",
              status="planned", participants=(Participant(actor="a1", role="agent"),)),
        Event(id="e2", type="closure", trigger=at(text, "close"), when="t1",
              participants=(Participant(actor="a3", role="agent"),), where="a4"),
    )
    return Analysis(
        article=Article(id=str(article.get("id", "bridge")), text=text,
                        title=article.get("title", "Bridge to close"),  # type: ignore[arg-type]
                        source="Lakeside Post"),
        actors=actors, quotes=quotes, timexes=timexes, events=events,
    )


def scores_of(scorer: object, analysis: Analysis) -> dict[str, Score]:
    result = {s.name: s for s in scorer.score(analysis)}  # type: ignore[attr-defined]
    for s in result.values():
        assert s.name.startswith(scorer.name + "."), s.name  # type: ignore[attr-defined]
        assert s.explanation
        for span in s.evidence:
            assert span.end <= len(analysis.article.text)
    return result


@pytest.fixture
def analysis() -> Analysis:
    built = build_analysis()
    assert check_analysis(built) == []
    return built


# -- sourcing ------------------------------------------------------------------


def test_normalised_entropy() -> None:
    assert normalised_entropy([3, 3, 3]) == 1.0
    assert normalised_entropy([5]) == 0.0
    assert normalised_entropy([]) == 0.0
    assert normalised_entropy([0, 4]) == 0.0
    skewed = normalised_entropy([9, 1])
    expected = -(0.9 * math.log(0.9) + 0.1 * math.log(0.1)) / math.log(2)
    assert skewed == round(expected, 3)


def test_sourcing_counts_named_and_anonymous_sources(analysis: Analysis) -> None:
    s = scores_of(SourcingScorer(), analysis)
    distinct = s["sourcing.distinct_sources"]
    assert distinct.value == 2
    names = [row["name"] for row in distinct.details["sources"]]
    named = [n for n in names if n != "anonymous"]
    assert named == ["Tom Reyes", "Ida Holm"]  # most quoted first
    assert set(names) == {"Tom Reyes", "Ida Holm", "anonymous"}
    holm = next(r for r in distinct.details["sources"] if r["name"] == "Ida Holm")
    assert holm["quotes"] == 1 and holm["direct"] == 1
    assert holm["words"] == 11  # both parts of the split quote
    assert at(TEXT, "Mayor Ida Holm") in distinct.evidence
    anonymous = s["sourcing.anonymous"]
    assert anonymous.value == 2
    assert anonymous.details["anonymous_share"] == 0.4
    assert at(TEXT, "Officials") in anonymous.evidence
    assert at(TEXT, "sources close to the council") in anonymous.evidence


def test_sourcing_per_speaker_and_words(analysis: Analysis) -> None:
    s = scores_of(SourcingScorer(), analysis)
    per = s["sourcing.quotes_per_speaker"]
    assert per.value == 2
    assert per.details["speakers"]["Tom Reyes"] == {
        "key": "a2", "quotes": 2, "direct": 1, "indirect": 1, "mixed": 0}
    words = s["sourcing.words_per_speaker"]
    assert words.details["speakers"]["Ida Holm"]["words"] == 11
    total = words.details["total_words"]
    assert total == sum(v["words"] for v in words.details["speakers"].values())


def test_sourcing_groups_by_country_and_affiliation(analysis: Analysis) -> None:
    s = scores_of(SourcingScorer(), analysis)
    country = s["sourcing.by_country"]
    assert country.value == 2
    # Holm has no country of her own: her affiliation's (the council's) counts.
    assert country.details["Norway"]["speakers"] == ["Ida Holm"]
    assert country.details["Norway"]["basis"] == ["affiliation_country"]
    assert country.details["Sweden"]["quotes"] == 2
    affiliation = s["sourcing.by_affiliation"]
    assert affiliation.details["Lakeside council"]["speakers"] == ["Ida Holm"]
    assert "unknown" in affiliation.details  # Reyes has none


def test_sourcing_country_from_code_organisation_and_affiliation_name() -> None:
    def extra(name: str) -> list[tuple[str, list[dict[str, object]]]]:
        if name == "organizations":
            return [("p", [{"name": "Northern Alliance Pact", "acronym": "NAP"},
                           {"name": "Ostia Oil", "country_code": "CL"}])]
        return []

    text = '"One," Ann Lee said. "Two," Bo Park said. "Three," Cy Moe said. "Four," Dee said.'
    actors = (
        Actor(id="o", name="Northern Alliance Pact", kind="organization"),
        Actor(id="p1", name="Ann Lee", kind="person", affiliation_id="o"),
        Actor(id="p2", name="Bo Park", kind="person", affiliation="NAP"),
        Actor(id="p3", name="Cy Moe", kind="person",
              affiliation="Institute of Andean Studies of the Chilean Academy"),
        Actor(id="p4", name="Dee", kind="person", country_code="CL"),
        Actor(id="p5", name="Ostia Oil", kind="organization"),
    )
    quotes = tuple(
        Quote(id=f"q{i}", kind="direct", parts=(at(text, w),), speaker=f"p{i}")
        for i, w in enumerate(["One", "Two", "Three", "Four", "One"], start=1)
    )
    analysis = Analysis(article=Article(id="x", text=text), actors=actors, quotes=quotes)
    s = scores_of(SourcingScorer(Lexicons(extra)), analysis)
    details = s["sourcing.by_country"].details
    assert details["NAP"]["speakers"] == ["Ann Lee", "Bo Park"]
    assert details["NAP"]["basis"] == ["organization"]
    assert sorted(details["Chile"]["speakers"]) == ["Cy Moe", "Dee", "Ostia Oil"]
    assert details["Chile"]["basis"] == ["affiliation_name", "country"]
    assert s["sourcing.by_country"].value == 2


def test_sourcing_unknown_country_is_not_counted() -> None:
    text = '"One," Ann Lee said.'
    actors = (Actor(id="p1", name="Ann Lee", kind="person", affiliation="Plain Club"),)
    quote = Quote(id="q1", kind="direct", parts=(at(text, "One"),), speaker="p1")
    analysis = Analysis(article=Article(id="x", text=text), actors=actors, quotes=(quote,))
    country = scores_of(SourcingScorer(), analysis)["sourcing.by_country"]
    assert country.value == 0
    assert country.details["unknown"]["speakers"] == ["Ann Lee"]


def test_sourcing_direct_share_and_diversity(analysis: Analysis) -> None:
    s = scores_of(SourcingScorer(), analysis)
    direct = s["sourcing.direct_share"]
    assert direct.value == 0.4
    assert direct.details == {"direct": 2, "indirect": 3, "mixed": 0}
    diversity = s["sourcing.diversity"]
    assert diversity.value == normalised_entropy([2, 1, 2])  # Reyes, Holm, anonymous
    assert diversity.details["by_country"] == normalised_entropy([1, 2])


def test_sourcing_unresolved_pronoun_is_not_a_named_source() -> None:
    text = '"Fine," she said. "Done," the board said.'
    quotes = (
        Quote(id="q1", kind="direct", parts=(at(text, "Fine,"),), cue=at(text, "said"),
              speaker_mention=at(text, "she")),
        Quote(id="q2", kind="direct", parts=(at(text, "Done,"),), cue=at(text, "said", 2),
              speaker_mention=at(text, "the board")),
    )
    analysis = Analysis(article=Article(id="x", text=text), quotes=quotes)
    s = scores_of(SourcingScorer(), analysis)
    assert s["sourcing.distinct_sources"].value == 1
    assert s["sourcing.distinct_sources"].details["unresolved_quotes"] == 1
    names = [r["name"] for r in s["sourcing.distinct_sources"].details["sources"]]
    assert "the board" in names and "unresolved" in names


def test_sourcing_without_quotes() -> None:
    analysis = Analysis(article=Article(id="x", text="Nothing was said."))
    s = scores_of(SourcingScorer(), analysis)
    assert s["sourcing.distinct_sources"].value == 0
    assert s["sourcing.diversity"].value == 0.0
    assert s["sourcing.direct_share"].value == 0.0


# -- attribution -------------------------------------------------------------------


@pytest.mark.parametrize("lexicons", [None, Lexicons()], ids=["fallback", "shipped"])
def test_attribution_neutral_versus_evaluative(analysis: Analysis, lexicons: object) -> None:
    s = scores_of(AttributionScorer(lexicons), analysis)
    assert s["attribution.evaluative"].value == 1
    assert s["attribution.evaluative"].evidence == (at(TEXT, "claimed"),)
    assert s["attribution.neutral"].value == 4
    assert s["attribution.evaluative_share"].value == 0.2
    assert sum(s["attribution.evaluative_share"].details["kinds"].values()) == 5
    per = s["attribution.per_speaker"]
    assert per.value == 1
    assert per.details["Tom Reyes"]["evaluative"] == 1
    assert per.details["Tom Reyes"]["neutral"] == 1
    assert per.details["Ida Holm"]["evaluative"] == 0


def test_cue_classifier_matches_multiword_and_inflected_cues() -> None:
    classifier = CueClassifier([
        {"lemma": "according to", "forms": ["according to X"], "evaluative": False},
        {"lemma": "insist", "forms": ["insists", "insisted"], "evaluative": True},
    ])
    assert classifier.lookup("According to")["lemma"] == "according to"  # type: ignore[index]
    assert classifier.lookup("had insisted")["lemma"] == "insist"  # type: ignore[index]
    assert classifier.lookup("whispered") is None


def test_cue_classifier_answers_the_same_when_a_cue_comes_again() -> None:
    classifier = CueClassifier([{"lemma": "insist", "forms": ["insisted"]}])
    cues = ["had insisted", "whispered", *(f"cue{i}" for i in range(5000)), "had insisted"]
    found = [classifier.lookup(cue) for cue in cues * 2]  # past the classifier's memory
    assert [e is not None for e in found] == [c == "had insisted" for c in cues * 2]
    assert all(e is found[0] for e in found if e is not None)


def test_attribution_unknown_cue_is_reported() -> None:
    text = '"Yes," Ann Lee chirped.'
    quote = Quote(id="q1", kind="direct", parts=(at(text, "Yes,"),), cue=at(text, "chirped"))
    s = scores_of(AttributionScorer(Lexicons()),
                  Analysis(article=Article(id="x", text=text), quotes=(quote,)))
    assert s["attribution.unknown"].value == 1
    assert s["attribution.unknown"].details["cues"] == {"chirped": 1}
    assert s["attribution.evaluative_share"].value == 0.0


def test_attribution_ranks_cues_by_count_ties_in_text_order() -> None:
    text = ('"A," Ann Lee said. "B," Bo Li noted. "C," Ann Lee told me. "D," Bo Li told us. '
            '"E," Cy Ray chirped. "F," Cy Ray warbled. "G," Cy Ray warbled.')
    cues = ["said", "noted", "told", "told", "chirped", "warbled", "warbled"]
    quotes, after = [], 0
    for i, cue in enumerate(cues):
        opening = text.index('"', after)
        start = text.index(cue, opening)
        quotes.append(Quote(id=f"q{i}", kind="direct",
                            parts=(Span(start=opening + 1, end=opening + 3),),
                            cue=Span(start=start, end=start + len(cue))))
        after = start
    s = scores_of(AttributionScorer(Lexicons()),
                  Analysis(article=Article(id="x", text=text), quotes=tuple(quotes)))
    neutral = s["attribution.neutral"]
    assert list(neutral.details["cues"].items()) == [("tell", 2), ("say", 1), ("note", 1)]
    assert neutral.explanation.endswith(": tell ×2, say ×1, note ×1")
    assert list(s["attribution.unknown"].details["cues"].items()) == [
        ("warbled", 2), ("chirped", 1)]


def test_quote_sources_follow_the_analysis_asked_about() -> None:
    from newskit.scoring.sources import quote_sources

    def one(name: str) -> Analysis:
        text = f'"Yes," {name} said.'
        start = text.index(name)
        actor = Actor(id="a1", name=name, kind="person",
                      mentions=(Mention(span=Span(start=start, end=start + len(name))),))
        quote = Quote(id="q1", kind="direct", parts=(at(text, "Yes,"),), cue=at(text, "said"),
                      speaker="a1", speaker_mention=actor.mentions[0].span)
        return Analysis(article=Article(id=name, text=text), actors=(actor,), quotes=(quote,))

    first, second = one("Ann Lee"), one("Bo Li")
    again = one("Ann Lee")  # equal to the first, another object
    for analysis, name in [(first, "Ann Lee"), (second, "Bo Li"), (first, "Ann Lee"),
                           (again, "Ann Lee"), (again, "Ann Lee")]:
        actors, pairs = quote_sources(analysis)
        assert actors["a1"].name == name
        assert [(q.id, src.name) for q, src in pairs] == [("q1", name)]
        s = scores_of(AttributionScorer(Lexicons()), analysis)
        assert list(s["attribution.per_speaker"].details) == [name]
        s = scores_of(SourcingScorer(), analysis)
        assert s["sourcing.distinct_sources"].details["sources"][0]["name"] == name


def test_attribution_reads_plugin_cue_entries(analysis: Analysis) -> None:
    def extra(name: str) -> list[tuple[str, list[dict[str, object]]]]:
        if name == "cues":
            return [("p", [{"lemma": "tell", "forms": ["told"], "evaluative": True}])]
        return []

    # A plugin entry is only used where the shipped lexicon has no such form; the
    # fallback list is bypassed as soon as the lexicon has entries.
    only_plugin = AttributionScorer(_OnlyPlugin(extra))
    s = scores_of(only_plugin, analysis)
    assert s["attribution.evaluative"].evidence == (at(TEXT, "told"),)


class _OnlyPlugin:
    def __init__(self, extra: object) -> None:
        self.extra = extra

    def get(self, name: str) -> tuple[dict[str, object], ...]:
        return tuple(e for _, entries in self.extra(name) for e in entries)  # type: ignore[operator]


# -- language -----------------------------------------------------------------------


def test_language_splits_voices(analysis: Analysis) -> None:
    s = scores_of(LanguageScorer(Lexicons()), analysis)
    quoted = s["language.boosters.quoted_voice"]
    assert set(quoted.details["terms"]) == {"inevitably", "clearly"}
    assert at(TEXT, "inevitably") in quoted.evidence
    own = s["language.boosters.own_voice"]
    assert own.details["terms"] == {"obviously": 1}
    assert own.evidence == (at(TEXT, "obviously"),)
    hedges_quoted = s["language.hedges.quoted_voice"]
    assert set(hedges_quoted.details["terms"]) == {"may", "could"}
    hedges_own = s["language.hedges.own_voice"]
    assert hedges_own.details["terms"] == {"reportedly": 1}  # the month "May" is not a hedge
    persuasion = s["language.persuasion.quoted_voice"]
    assert persuasion.details["techniques"]["Loaded_Language"]["terms"] == ["disgraceful"]
    assert s["language.persuasion.own_voice"].value == 0


def test_language_quoted_share(analysis: Analysis) -> None:
    share = scores_of(LanguageScorer(Lexicons()), analysis)["language.quoted_share"]
    assert 0 < share.value < 1  # type: ignore[operator]
    # 8 + (5 + 6) + 6 + 5 + 6 words in the five quotes' parts
    assert share.details["quoted_voice"] == 36


def test_language_without_quotes_is_all_own_voice() -> None:
    text = "It will clearly rain. It may not."
    s = scores_of(LanguageScorer(Lexicons()), Analysis(article=Article(id="x", text=text)))
    assert s["language.boosters.own_voice"].value == 1
    assert s["language.hedges.own_voice"].value == 1
    assert s["language.quoted_share"].value == 0.0


def test_lexicon_matcher_whole_words_phrases_and_case() -> None:
    matcher = LexiconMatcher([
        {"term": "may", "case": "lower"},
        {"term": "of course"},
        {"term": "clear"},
    ])
    text = "In May it may rain.\nOf\ncourse, unclear and clear-eyed are not clear."
    found = [(m.span.text(text), m.term) for m in matcher.find(text)]
    assert found == [("may", "may"), ("Of\ncourse", "of course"), ("clear", "clear")]


def test_lexicon_matcher_linear_on_long_input() -> None:
    matcher = LanguageScorer(Lexicons()).matcher("persuasion")
    text = ("a" * 5000 + " ") * 200 + "outrageous"
    assert [m.term for m in matcher.find(text)] == ["outrageous"]


@pytest.mark.parametrize("name", ["hedges", "boosters", "persuasion"])
def test_shipped_lexicons_are_documented(name: str) -> None:
    import json
    from importlib import resources

    data = json.loads((resources.files("newskit") / "data" / f"{name}.json").read_text("utf-8"))
    assert data["description"] and data["fields"]
    terms = [e["term"] for e in data["entries"]]
    assert len(terms) == len(set(terms))
    assert all(t == t.lower() and t == " ".join(t.split()) for t in terms)
    if name == "persuasion":
        labels = {e["technique"] for e in data["entries"]}
        assert labels <= {
            "Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation", "Doubt",
            "Appeal_to_fear-prejudice", "Flag-Waving", "Slogans",
        }


def test_plugins_extend_lexicons(analysis: Analysis) -> None:
    def extra(name: str) -> list[tuple[str, list[dict[str, str]]]]:
        if name == "boosters":
            return [("p", [{"term": "unsafe", "kind": "adjective"}])]
        return []

    s = scores_of(LanguageScorer(Lexicons(extra)), analysis)
    assert "unsafe" in s["language.boosters.quoted_voice"].details["terms"]


# -- registration and contract --------------------------------------------------------


def test_scorers_registered(registry: object) -> None:
    names = set(registry.components("scorers"))  # type: ignore[attr-defined]
    assert {"sourcing", "attribution", "language"} <= names


def test_score_names_are_unique_across_scorers(analysis: Analysis) -> None:
    names = [s.name for scorer in (SourcingScorer(), AttributionScorer(), LanguageScorer())
             for s in scorer.score(analysis)]
    assert len(names) == len(set(names))


class TestSourcingContract(ScorerContract):
    name = "sourcing"


class TestAttributionContract(ScorerContract):
    name = "attribution"


class TestLanguageContract(ScorerContract):
    name = "language"


def test_language_skips_words_of_the_attribution_cue() -> None:
    text = "Ann suggested that it may rain."
    quote = Quote(id="q1", kind="indirect", parts=(at(text, "it may rain"),),
                  cue=at(text, "suggested"), speaker_mention=at(text, "Ann"))
    s = scores_of(LanguageScorer(Lexicons()),
                  Analysis(article=Article(id="x", text=text), quotes=(quote,)))
    assert s["language.hedges.own_voice"].value == 0  # "suggested that" is the cue
    assert s["language.hedges.quoted_voice"].details["terms"] == {"may": 1}


def test_lexicon_matcher_punctuation_inside_phrases() -> None:
    matcher = LexiconMatcher([
        {"term": "no justice, no peace"},
        {"term": "our country"},
        {"term": "so-called"},
    ])
    text = "No justice, no peace! For our. Country, the so-called plan and our  country."
    found = [m.span.text(text) for m in matcher.find(text)]
    assert found == ["No justice, no peace", "so-called", "our  country"]


def test_language_keeps_agentless_attribution_hedges() -> None:
    text = "It is reported that the plant may close."
    quote = Quote(id="q1", kind="indirect", parts=(at(text, "the plant may close"),),
                  cue=at(text, "reported"), anonymous=True)
    s = scores_of(LanguageScorer(Lexicons()),
                  Analysis(article=Article(id="x", text=text), quotes=(quote,)))
    assert s["language.hedges.own_voice"].details["terms"] == {"it is reported": 1}
    assert s["language.hedges.quoted_voice"].details["terms"] == {"may": 1}


def test_persuasion_skips_words_inside_names() -> None:
    text = ("The Department of Homeland Security met. They vowed to secure the homeland.\n"
            "Obviously Clinton knew. Patriot Act votes. Chaos\nfollowed.")
    s = scores_of(LanguageScorer(Lexicons()), Analysis(article=Article(id="x", text=text)))
    persuasion = [sp.text(text) for sp in s["language.persuasion.own_voice"].evidence]
    assert persuasion == ["homeland", "Chaos"]
    assert s["language.boosters.own_voice"].details["terms"] == {"obviously": 1}


def test_lexicon_entry_exceptions() -> None:
    matcher = LexiconMatcher([{"term": "likely", "except": ["likely voters"]}])
    text = "Likely voters said it is likely to rain; likely voter-ish."
    assert [m.span.start for m in matcher.find(text)] == [text.index("likely to"),
                                                         text.index("likely voter-")]


def test_lexicon_matcher_shared_prefixes_longest_wins() -> None:
    # "in" and "it is" only begin longer terms: alone they match nothing.
    matcher = LexiconMatcher([
        {"term": "in fact"},
        {"term": "in all likelihood"},
        {"term": "it is clear"},
        {"term": "it is clear that"},
        {"term": "clear"},
    ])
    text = ("In the end it is, in all likelihood, fine. It is clear that it is clear now; "
            "in fact it is not in")
    found = [(m.span.text(text), m.term) for m in matcher.find(text)]
    assert found == [
        ("in all likelihood", "in all likelihood"),
        ("It is clear that", "it is clear that"),
        ("it is clear", "it is clear"),
        ("in fact", "in fact"),
    ]


def test_language_words_that_only_begin_terms_across_lexicons() -> None:
    # "in" begins longer terms in all three lexicons; "it" is a term of its own in one
    # and begins a longer one in another; the last word of the text begins terms too.
    lexicons = {
        "hedges": [{"term": "in all likelihood"}, {"term": "it is said"}],
        "boosters": [{"term": "in fact"}, {"term": "it"}],
        "persuasion": [{"term": "in the end"}],
    }

    class Fixed:
        def get(self, name: str) -> list[dict[str, str]]:
            return lexicons[name]

    text = "In the end, in fact, it is said that in all likelihood it rained in the rain in"
    s = scores_of(LanguageScorer(Fixed()), Analysis(article=Article(id="x", text=text)))
    found = {name: [(sp.start, sp.text(text)) for sp in s[f"language.{name}.own_voice"].evidence]
             for name in lexicons}
    assert found == {
        "hedges": [(text.index("it is"), "it is said"),
                   (text.index("in all"), "in all likelihood")],
        "boosters": [(text.index("in fact"), "in fact"), (text.index("it is"), "it"),
                     (text.index("it rained"), "it")],
        "persuasion": [(0, "In the end")],
    }


def test_language_details_order_terms_by_count_then_name() -> None:
    lexicons = {
        "hedges": [{"term": "may", "kind": "modal"}, {"term": "could", "kind": "modal"},
                   {"term": "perhaps", "kind": "adverb"}, {"term": "allegedly"}],
        "boosters": [],
        "persuasion": [],
    }

    class Fixed:
        def get(self, name: str) -> list[dict[str, str]]:
            return lexicons[name]

    text = "Perhaps it may rain; it could, perhaps, and it may. Allegedly it may not."
    s = scores_of(LanguageScorer(Fixed()), Analysis(article=Article(id="x", text=text)))
    hedges = s["language.hedges.own_voice"]
    assert list(hedges.details["terms"].items()) == [
        ("may", 3), ("perhaps", 2), ("allegedly", 1), ("could", 1)]
    assert hedges.details["kinds"] == {"adverb": 2, "modal": 4, "": 1}
    assert list(hedges.details["kinds"]) == ["adverb", "modal", ""]  # in text order
    assert hedges.explanation == (
        "7 hedges in the article's own voice: may ×3, perhaps ×2, allegedly, could")
    assert [m["text"] for m in hedges.details["matches"]][:2] == ["Perhaps", "may"]
    assert s["language.boosters.own_voice"].explanation == "0 boosters in the article's own voice"


def test_words_of_offsets_and_quoted_words() -> None:
    from newskit.scoring.sources import quoted_words, word_count, words_of

    # "İ" lower-cases to two characters: offsets must still be the text's own.
    text = "İstanbul’s mayor said: “We won’t   stop,” adding co-operation matters."
    words = words_of(text)
    assert [text[a:b] for a, b in zip(words.starts, words.ends, strict=True)][:3] == [
        "İstanbul’s", "mayor", "said"]
    assert words.forms[0] == "i̇stanbul's"
    assert words.forms[-2:] == ["co-operation", "matters"]
    ordinary = Quote(id="q1", kind="direct",
                     parts=(at(text, "We won’t   stop"), at(text, "co-operation matters")))
    assert quoted_words(ordinary, text) == 5
    # A part that starts inside a word counts the words of its own text.
    inner = Quote(id="q2", kind="direct", parts=(at(text, "operation matters"),))
    assert quoted_words(inner, text) == word_count("operation matters") == 2


def test_words_of_agrees_with_the_word_pattern_match_by_match() -> None:
    import regex

    from newskit.scoring.sources import words_of

    # Gaps at both ends, a run of over 100 word characters (two words), joiners
    # that do and do not join, and a curly apostrophe inside a word.
    long_run = "x" * 130
    text = f"  “Don’t-stop,” she said -- {long_run} a-b-c 'q' 3.5%, end-\n"
    words = words_of(text)
    found = list(regex.finditer(r"\w{1,100}(?:['’\-]\w{1,100}){0,10}", text))
    assert words.starts == [m.start() for m in found]
    assert words.ends == [m.end() for m in found]
    assert words.forms == [m.group().lower().replace("’", "'") for m in found]
    assert words.forms[:2] == ["don't-stop", "she"]
    assert [len(f) for f in words.forms if f.startswith("x")] == [100, 30]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("“Don’t-stop,” she said — twice… in 2016 – ‘fine’.", True),  # the common marks
        ("Café owners in Düsseldorf said no.\xa0", True),  # Latin-1 letters, searched
        # More than ten joiners, doubled joiners, runs of over 100 word characters.
        ("a-b-c-d-e-f-g-h-i-j-k-l-m plan; a--b, x-'y " + "z" * 205 + "-q", True),
        ("A flat of 40 m² sold for ½ the price.", False),  # digits only for str.isalnum
        ("Franc\u0327ois and Jose\u0301 said so.", False),  # combining marks: words for regex
        ("Joined\u200dwords and \u4e2d\u6587 text.", False),  # a joiner; no block checked
    ],
)
def test_words_of_is_the_regex_split_whichever_engine_splits(text: str, plain: bool) -> None:
    """``re`` splits texts whose characters both engines class alike (most news text):
    the words are those of the ``regex`` module's pattern either way."""
    import regex

    from newskit.scoring.sources import (
        _ascii_splitter,
        _splitter_of,
        _word_splitter,
        words_of,
    )

    low = text.lower().replace("’", "'")
    # ``re`` splits it (the regex module's splitter is the fallback for the others)
    assert (_splitter_of(low) is not _word_splitter()) is plain
    # ASCII once the common marks are blanked (all split by re but the Latin-1 one):
    # the pattern with an ASCII class for \w.
    assert (_splitter_of(low) is _ascii_splitter()) is (plain and "é" not in text)
    words = words_of(text)
    found = list(regex.finditer(r"\w{1,100}(?:['’\-]\w{1,100}){0,10}", text))
    assert words.starts == [m.start() for m in found]
    assert words.ends == [m.end() for m in found]
    assert words.forms == [m.group().lower().replace("’", "'") for m in found]


def test_words_of_matches_the_regex_split_on_random_texts() -> None:
    import random

    import regex

    from newskit.scoring.sources import words_of

    pattern = regex.compile(r"\w{1,100}(?:['’\-]\w{1,100}){0,10}")
    rng = random.Random(11)
    alike = "ab Z9_-'’“”—\xa0\n.é\u00aa\u00b5"  # both engines class these alike
    unlike = alike + "²½\u0301\u200d\u2054"
    for i in range(400):
        alphabet = alike if i % 2 else unlike
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        found = list(pattern.finditer(text))
        words = words_of(text)
        assert (words.starts, words.ends) == ([m.start() for m in found], [m.end() for m in found])
        assert words.forms == [m.group().lower().replace("’", "'") for m in found]


@pytest.mark.parametrize(
    ("affiliation", "country"),
    [
        ("Papua New Guinea Defence Force", "Papua New Guinea"),  # the longest at a place
        ("Guinea Defence Force", "Guinea"),
        ("Frenchman Club", None),  # whole words only
        ("FRENCH navy", "France"),  # any case
        ("Embassy of the U.S.A. in Lima", "United States"),  # a word ending in a stop
        ("U.S. Army", "United States"),
        ("Institute of Russian Studies of the University of Kenya", "Kenya"),  # the last
        ("İzmir Chamber of Turkey", "Turkey"),  # lower case longer than the name
        ("Côte d'Ivoire ministry", "Ivory Coast"),
        ("x" * 495 + " Kenya", None),  # only the first 500 characters are read
    ],
)
def test_country_named_in_an_affiliation(affiliation: str, country: str | None) -> None:
    from newskit.scoring.sources import CountryResolver

    resolver = CountryResolver()
    resolver._load()
    assert resolver._country_in(affiliation) == country


def test_the_words_of_an_article_are_not_kept_after_the_next_one() -> None:
    """The shared word index is large (about 26 times the text): a finished article's
    must be freed once another article is scored, not held for several."""
    import gc
    import weakref

    from newskit.scoring.sources import words_of

    first = words_of("The mayor said the harbour would reopen. " * 50)
    assert words_of("The mayor said the harbour would reopen. " * 50) is first  # shared
    ref = weakref.ref(first)
    del first
    words_of("Officials said the talks failed.")
    gc.collect()
    assert ref() is None


def test_sourcing_evidence_is_each_span_once_in_text_order() -> None:
    # Two quotes share one speaker mention ("Ana said a and b"); the third has its own.
    text = "Ana said a and b. Then Ana said c."
    ana = Actor(id="a1", name="Ana", kind="person",
                mentions=(Mention(span=Span(start=0, end=3)),
                          Mention(span=Span(start=23, end=26))))
    mention, later = Span(start=0, end=3), Span(start=23, end=26)
    quotes = (
        Quote(id="q3", kind="indirect", parts=(Span(start=32, end=33),),
              cue=Span(start=27, end=31), speaker_mention=later, speaker="a1"),
        Quote(id="q1", kind="indirect", parts=(Span(start=9, end=10),),
              cue=Span(start=4, end=8), speaker_mention=mention, speaker="a1"),
        Quote(id="q2", kind="indirect", parts=(Span(start=15, end=16),),
              cue=Span(start=4, end=8), speaker_mention=Span(start=0, end=3), speaker="a1"),
    )
    analysis = Analysis(article=Article(id="x", text=text), actors=(ana,), quotes=quotes)
    scores = {s.name: s for s in SourcingScorer().score(analysis)}
    assert scores["sourcing.distinct_sources"].evidence == (mention, later)
    assert scores["sourcing.quotes_per_speaker"].evidence == (mention, later)


def test_quote_sources_of_a_speaker_and_of_unknown_speaker_ids() -> None:
    from newskit.scoring.sources import quote_sources

    # Ana speaks twice; "a9" names no actor of the analysis, so each of its quotes
    # takes its source from its own speaker mention.
    text = "Ana said a. Ana said b. Bo Li said c. Cy Wu said d."
    ana = Actor(id="a1", name="Ana", kind="person",
                mentions=(Mention(span=Span(start=0, end=3)),))

    def quote(n: int, part: int, mention: tuple[int, int], speaker: str) -> Quote:
        return Quote(id=f"q{n}", kind="indirect", parts=(Span(start=part, end=part + 1),),
                     speaker_mention=Span(start=mention[0], end=mention[1]), speaker=speaker)

    quotes = (quote(1, 9, (0, 3), "a1"), quote(2, 21, (12, 15), "a1"),
              quote(3, 35, (24, 29), "a9"), quote(4, 49, (38, 43), "a9"))
    analysis = Analysis(article=Article(id="x", text=text), actors=(ana,), quotes=quotes)
    actors, pairs = quote_sources(analysis)
    assert actors == {"a1": ana}
    assert [q.id for q, _ in pairs] == ["q1", "q2", "q3", "q4"]
    assert [(s.key, s.name) for _, s in pairs] == [
        ("a1", "Ana"), ("a1", "Ana"), ("mention:bo li", "Bo Li"), ("mention:cy wu", "Cy Wu")]
    assert pairs[0][1].actor is ana and pairs[2][1].actor is None
