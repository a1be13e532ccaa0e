"""The built-in ``actors`` extractor on short articles written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newskit.actors import ActorExtractor
from newskit.mentions import MentionIndex
from newskit.serialize import analysis_to_dict
from newskit.testing import ExtractorContract, check_analysis
from newskit.types import Actor, Article, Block, Span


@pytest.fixture(scope="module")
def run(registry):
    pipeline = registry.pipeline(only=["actors"], scorers=[])

    def run(text: str) -> tuple[Actor, ...]:
        analysis = pipeline.run(Article(id="t", text=text))
        assert not analysis.errors, analysis.errors
        assert check_analysis(analysis) == []
        return analysis.actors

    return run


def by_name(actors, name: str) -> Actor:
    for a in actors:
        if a.name == name:
            return a
    raise AssertionError(f"no actor {name!r} in {[a.name for a in actors]}")


def surfaces(text: str, actor: Actor, kind: str | None = None) -> list[str]:
    return [m.span.text(text) for m in actor.mentions if kind is None or m.kind == kind]


class TestActorsContract(ExtractorContract):
    name = "actors"


def test_titles_give_roles_country_and_short_names_merge(run):
    text = (
        "Norwegian Foreign Minister Anna Berg met Prime Minister Jonas Lind in Oslo on Monday.\n\n"
        "Berg said the talks were useful. Lind did not comment."
    )
    actors = run(text)
    berg = by_name(actors, "Anna Berg")
    assert berg.kind == "person"
    assert berg.roles == ("Foreign Minister",)
    assert berg.country == "Norway" and berg.country_code == "NO"
    assert "Berg" in surfaces(text, berg, "alias")
    lind = by_name(actors, "Jonas Lind")
    assert lind.roles == ("Prime Minister",)
    assert "Lind" in surfaces(text, lind)
    assert by_name(actors, "Oslo").kind == "place"
    assert by_name(actors, "Oslo").country_code == "NO"
    assert [a.id for a in actors] == [f"a{i + 1}" for i in range(len(actors))]


def test_sentence_initial_common_words_and_headings_are_not_names(run):
    text = (
        "Talks resume\n\n"
        "According to officials, the talks resumed. Earlier, Peru said it would attend. "
        "Expanding trade was discussed."
    )
    actors = run(text)
    names = {a.name for a in actors if a.kind != "group"}
    assert names == {"Peru"}, names
    assert [a.name for a in actors if a.kind == "group"] == ["officials"]


def test_lower_case_title_and_organisation_before_a_name(run):
    text = "The Acme Institute spokeswoman Dana Whitcombe said the plan had failed. She left."
    actors = run(text)
    dana = by_name(actors, "Dana Whitcombe")
    assert dana.roles == ("spokeswoman",)
    assert dana.affiliation == "Acme Institute"
    institute = by_name(actors, "Acme Institute")
    assert institute.kind == "organization"
    assert dana.affiliation_id == institute.id
    assert "She" in surfaces(text, dana, "pronoun")


def test_capitalised_title_known_only_in_lower_case(run):
    # The lexicon lists "campaign manager" in lower case; written with capitals
    # before a name it is still that person's title, not part of a name.
    actors = run("Campaign Manager Jo Park said the count was over. Park left early.")
    park = by_name(actors, "Jo Park")
    assert park.kind == "person"
    assert park.roles == ("Campaign Manager",)


def test_apposition_gives_role_and_long_organisation_name(run):
    text = (
        "Pavel Orlov, head of the Center for Arctic Studies of the Institute of Polar Research "
        "of the Academy of Sciences, said the ice was thinning. He added that funding was short."
    )
    actors = run(text)
    orlov = by_name(actors, "Pavel Orlov")
    assert orlov.roles == ("head",)
    long_name = (
        "Center for Arctic Studies of the Institute of Polar Research of the Academy of Sciences"
    )
    assert orlov.affiliation == long_name
    assert by_name(actors, long_name).kind == "organization"
    assert surfaces(text, orlov, "pronoun") == ["He"]


def test_acronym_and_long_name_are_one_organisation(run):
    text = (
        "The Baltic Fisheries Council (BFC) met in Riga. The BFC later said quotas would fall. "
        "The council will meet again in May."
    )
    actors = run(text)
    council = by_name(actors, "Baltic Fisheries Council")
    assert "BFC" in surfaces(text, council, "acronym")
    assert "The council" in surfaces(text, council, "nominal")
    assert not any(a.name == "BFC" for a in actors)


def test_acronym_joins_a_long_name_without_a_head_word(run):
    # no head word makes "Coastal Rescue Staff" an organisation: its bracketed acronym
    # still joins it; a two-letter one does not join a name that merely fits it
    text = (
        "A guard of the Coastal Rescue Staff (CRS) was hurt. CRS officers arrived late. "
        "Jo Roe sat on the board of Open Doors for years. Later she got an OD from Leeds."
    )
    actors = run(text)
    crs = by_name(actors, "Coastal Rescue Staff")
    assert crs.kind == "organization"
    assert surfaces(text, crs, "acronym") == ["CRS", "CRS"]
    assert not any(a.name == "CRS" for a in actors)
    assert surfaces(text, by_name(actors, "Open Doors")) == ["Open Doors"]


def test_lexicon_aliases_merge(run):
    text = "NATO ministers met in Brussels. The North Atlantic Alliance said the bloc would grow."
    actors = run(text)
    nato = by_name(actors, "NATO")
    assert nato.kind == "organization"
    assert "North Atlantic Alliance" in nato.aliases
    assert "the bloc" in surfaces(text, nato, "nominal")


def test_role_nouns_resolve_by_kind_and_role(run):
    text = (
        "Defense Minister Maria Sandoval met Tomas Greer on Tuesday, the Daily Telegraph reported. "
        "The minister said the talks went well, the newspaper wrote."
    )
    actors = run(text)
    sandoval = by_name(actors, "Maria Sandoval")
    assert "The minister" in surfaces(text, sandoval, "nominal")
    telegraph = by_name(actors, "Daily Telegraph")
    assert telegraph.kind == "media"
    assert "the newspaper" in surfaces(text, telegraph, "nominal")


def test_pronouns_follow_gender(run):
    text = (
        "Senator Paul Avery met Ms. Laura Quint in Denver. "
        "She said she was hopeful, and he thanked her for her time."
    )
    actors = run(text)
    quint = by_name(actors, "Laura Quint")
    avery = by_name(actors, "Paul Avery")
    assert set(surfaces(text, quint, "pronoun")) == {"She", "she", "her"}
    assert surfaces(text, avery, "pronoun") == ["he"]


def test_capital_used_for_its_state_links_to_the_country(run):
    text = (
        "Canada and France signed the deal. Ottawa's reaction was cautious, "
        "and Paris said it would wait. Tourists flocked to Paris in June."
    )
    actors = run(text)
    canada = by_name(actors, "Canada")
    france = by_name(actors, "France")
    assert "Ottawa" in surfaces(text, canada)
    assert "Paris" in surfaces(text, france)
    assert canada.country_code == "CA"
    paris = by_name(actors, "Paris")
    assert paris.kind == "place"
    assert len(paris.mentions) == 1


def test_capitals_as_a_pair_of_states_and_as_cities(run):
    text = (
        "Talks between Ottawa and Canberra stalled. "
        "The minister later visited Lima and Quito."
    )
    actors = run(text)
    assert "Canberra" in by_name(actors, "Australia").aliases
    assert "Ottawa" in by_name(actors, "Canada").aliases
    assert by_name(actors, "Lima").kind == "place"
    assert by_name(actors, "Quito").country_code == "EC"
    assert not any(a.name in ("Peru", "Ecuador") for a in actors)


def test_media_with_descriptor(run):
    text = "The German magazine Der Spiegel reported the plan. Reuters could not confirm it."
    actors = run(text)
    spiegel = by_name(actors, "Der Spiegel")
    assert spiegel.kind == "media"
    assert spiegel.country_code == "DE"
    assert "The German magazine Der Spiegel" in surfaces(text, spiegel, "nominal")
    assert by_name(actors, "Reuters").kind == "media"


def test_caption_people_are_actors_but_not_antecedents(run):
    text = (
        "Vera Holm, director of the Nordic Energy Institute, warned of shortages.\n\n"
        "Jonas Brekke and Vera Holm\n\n"
        "He said nothing."
    )
    blocks = (
        Block(type="paragraph", span=Span(start=0, end=text.index("\n\n"))),
        Block(type="caption", span=Span(start=text.index("Jonas"), end=text.index("Holm\n") + 4)),
        Block(type="paragraph", span=Span(start=text.index("He said"), end=len(text))),
    )
    sentences = tuple(Span(start=b.span.start, end=b.span.end) for b in blocks)
    actors = ActorExtractor().extract(
        Article(id="t", text=text), {"blocks": blocks, "sentences": sentences}
    )["actors"]
    brekke = by_name(actors, "Jonas Brekke")
    assert brekke.kind == "person"
    assert not surfaces(text, brekke, "pronoun")
    holm = by_name(actors, "Vera Holm")
    assert holm.roles == ("director",)
    assert len([m for m in holm.mentions if m.kind == "name"]) == 2


def test_mention_index_finds_the_speaker(run):
    text = "Finance Minister Omar Haddad said costs rose. The minister added that he was worried."
    actors = run(text)
    index = MentionIndex(actors)
    start = text.index("The minister")
    found = index.at(Span(start=start, end=start + len("The minister")))
    assert found is not None and found.name == "Omar Haddad"
    start = text.index("Finance")
    found = index.at(Span(start=start, end=text.index(" said")))
    assert found is not None and found.name == "Omar Haddad"


def test_mention_index_before_is_nearest_first_and_bounded(run):
    text = ("Finance Minister Omar Haddad met Lena Vogt in Oslo. "
            + "Nothing happened. " * 20 + "Later he spoke.")
    index = MentionIndex(run(text))
    position = text.index("he spoke")
    names = [actor.name for _, actor in index.before(position)]
    # Every earlier mention of a person, the nearest first; Oslo is not a person.
    assert names[:2] == ["Lena Vogt", "Omar Haddad"]
    assert all(mention.span.end <= position for mention, _ in index.before(position))
    # Nothing further back than the limit.
    assert index.before(position, limit=text.index("Nothing")) == []
    assert [a.name for _, a in index.before(position, kinds=("place",))] == ["Oslo"]


def test_mention_index_starting_is_in_text_order_within_bounds(run):
    text = "Finance Minister Omar Haddad met Lena Vogt in Oslo, and Haddad left."
    index = MentionIndex(run(text))
    lo, hi = text.index("met"), text.index("left")
    found = index.starting(lo, hi)
    assert [start for start, _, _, _ in found] == sorted(start for start, _, _, _ in found)
    assert all(lo <= start < hi for start, _, _, _ in found)
    assert [text[s:e] for s, e, _, _ in found] == ["Lena Vogt", "Oslo", "Haddad"]
    assert found[-1][3].name == "Omar Haddad"


def test_messy_text_does_not_raise(run):
    for text in ["", "\n\n", "A" * 5000, "Mr. " * 300, "The The The", "'s 's", "Ministry of"]:
        run(text)


def test_direct_call_without_layers():
    text = "Chancellor Hilde Brandt visited Vienna."
    actors = ActorExtractor().extract(Article(id="t", text=text), {})["actors"]
    assert by_name(actors, "Hilde Brandt").roles == ("Chancellor",)


def test_descriptor_noun_gives_the_kind_of_an_unknown_name(run):
    text = "The newspaper Kvartalet reported the deal on Sunday, citing the company Brennvik."
    actors = run(text)
    assert by_name(actors, "Kvartalet").kind == "media"
    assert by_name(actors, "Brennvik").kind == "organization"


def test_sports_results_lines_make_teams(run):
    text = "Results on Saturday:\nLeeds 2 Bordeaux 1\nJapan 3 Syria 0\n"
    actors = run(text)
    assert by_name(actors, "Leeds").kind == "organization"
    assert by_name(actors, "Bordeaux").kind == "organization"
    assert by_name(actors, "Japan").kind == "place"


def test_fixtures_make_teams_on_both_sides_of_a_lone_v(run):
    text = "Fixtures for Saturday:\nLeeds v Bordeaux\nJapan v Syria\nPeter Moran v Leeds\n"
    actors = run(text)
    assert by_name(actors, "Leeds").kind == "organization"
    assert by_name(actors, "Bordeaux").kind == "organization"
    assert by_name(actors, "Japan").kind == "place"  # national teams stay places
    assert by_name(actors, "Peter Moran").kind == "person"


def test_cricket_totals_make_teams_but_not_bowlers(run):
    text = (
        "Scores after the first day:\nAt Bristol : Kent 231-4 ( D. Foster 58 )\n"
        "Leeds 72-0 .\nBowling : Moran 5-32 , Foster 2-20\n"
    )
    actors = run(text)
    assert by_name(actors, "Bristol").kind == "place"
    assert by_name(actors, "Kent").kind == "organization"
    assert by_name(actors, "Leeds").kind == "organization"
    assert by_name(actors, "Moran").kind == "person"


def test_a_town_in_running_text_with_a_vote_count_stays_a_place(run):
    actors = run("The council in Leeds voted 5-4 on Monday, and Kent 2 days later.")
    assert {a.name: a.kind for a in actors} == {"Leeds": "place", "Kent": "place"}


def test_an_organisation_word_opening_a_sentence_keeps_its_of_phrase(run):
    text = (
        "The Bank of Norland cut rates on Monday.\n"
        "Ministry of Fisheries officials said more cuts were likely."
    )
    actors = run(text)
    assert by_name(actors, "Bank of Norland").kind == "organization"
    assert by_name(actors, "Ministry of Fisheries").kind == "organization"
    assert "Norland" not in {a.name for a in actors}


def test_a_name_after_a_racers_country_in_a_ranked_line_is_a_team(run):
    text = (
        "Final times:\n1. Tomas Velde ( Norway ) Jordan 1:52.977\n"
        "2. Lia Brandt ( Germany ) Stellwerk 1:53.012\n"
        "He flew from Oslo ( Norway ) Bergen on Monday."
    )
    actors = run(text)
    assert by_name(actors, "Jordan").kind == "organization"
    assert by_name(actors, "Stellwerk").kind == "organization"
    assert by_name(actors, "Tomas Velde").kind == "person"
    assert by_name(actors, "Bergen").kind == "place"  # no rank opens its line


def test_a_town_shown_to_be_a_team_is_the_team_elsewhere_in_the_article(run):
    text = (
        "Results on Saturday:\nLeeds 2 Bordeaux 1\n"
        "Leeds went top of the table after the game in Bristol.\n"
        "North Leeds 3 Hull 0\n"
    )
    actors = run(text)
    kinds = {a.kind: a for a in actors if a.name == "Leeds"}
    team = text.index("Leeds went")
    assert [m.span.start for m in kinds["organization"].mentions] == [text.index("Leeds 2"), team]
    # inside a longer name ("North Leeds") the town is left alone
    assert [m.span.start for m in kinds["place"].mentions] == [text.index("Leeds 3")]
    assert by_name(actors, "Bristol").kind == "place"


def test_two_word_clubs_in_results_lines_but_not_players(run):
    actors = run("Results on Sunday.\nBorussia Kettwig 2 Hansa Lubz 1\n")
    assert by_name(actors, "Borussia Kettwig").kind == "organization"
    assert by_name(actors, "Hansa Lubz").kind == "organization"
    actors = run("Scores after the first round.\nTomas Velde 68\nRavi Miller 70\n")
    assert by_name(actors, "Tomas Velde").kind == "person"  # a first name
    assert by_name(actors, "Ravi Miller").kind == "person"  # a surname


def test_all_capital_lines_only_yield_known_names(run):
    text = "SOCCER - JAPAN GET LATE GOAL TO BEAT SYRIA\n\nTokyo fans cheered."
    actors = run(text)
    assert {a.name for a in actors} == {"Japan", "Syria", "Tokyo"}


def test_plugin_lexicon_entries_extend_the_lexicons():
    from newskit.hookspecs import hookimpl
    from newskit.testing import make_registry

    class Outlets:
        @hookimpl
        def newskit_lexicon_entries(self, lexicon):
            if lexicon == "media":
                return [{"name": "Kvartalet", "type": "newspaper"}]
            return None

    registry = make_registry(Outlets())
    pipeline = registry.pipeline(only=["actors"], scorers=[])
    text = "Kvartalet said the talks had failed."
    analysis = pipeline.run(Article(id="t", text=text))
    assert by_name(analysis.actors, "Kvartalet").kind == "media"


def test_groups_with_modifiers_country_and_affiliation(run):
    text = (
        "Political analysts doubt the plan. According to newspaper sources, Polish officials "
        "and NATO officials met. Two senior diplomats declined to comment."
    )
    actors = run(text)
    groups = {a.name: a for a in actors if a.kind == "group"}
    assert set(groups) == {
        "political analysts", "newspaper sources", "Polish officials", "NATO officials",
        "senior diplomats",
    }
    assert groups["Polish officials"].country_code == "PL"
    assert groups["NATO officials"].affiliation == "NATO"
    assert groups["NATO officials"].affiliation_id == by_name(actors, "NATO").id


def test_pronouns_are_whole_words_only(run):
    text = (
        "Dr. Maria Lund spoke in Oslo. Shepherds and others cheered; she-wolf is no pronoun. "
        "Himself? Her own, hers. The others heard him. She smiled, and HE is not written so."
    )
    actors = run(text)
    lund = by_name(actors, "Maria Lund")
    assert surfaces(text, lund, "pronoun") == ["Her", "hers", "She"]
    men = [a for a in actors if a.kind == "person" and a is not lund]
    assert all(surfaces(text, a, "pronoun") == [] for a in men)


def test_group_nouns_before_punctuation_and_at_the_end(run):
    text = "The plan was criticised by economists, bankers; and Swedish diplomats"
    actors = run(text)
    groups = {a.name for a in actors if a.kind == "group"}
    assert groups == {"economists", "bankers", "Swedish diplomats"}


def test_titles_and_known_names_of_several_words_inside_one_chunk(run):
    text = (
        "The talks were held on Monday, when the visiting Deputy Foreign Minister Ana Dole "
        "met officials in Bandar Seri Begawan. Later the Central African Republic Defence "
        "Minister Luc Bako also came to the city."
    )
    actors = run(text)
    assert by_name(actors, "Ana Dole").roles == ("Deputy Foreign Minister",)
    bako = by_name(actors, "Luc Bako")
    assert bako.roles == ("Defence Minister",) and bako.country_code == "CF"
    assert by_name(actors, "Central African Republic").kind == "place"
    assert surfaces(text, by_name(actors, "Bandar Seri Begawan")) == ["Bandar Seri Begawan"]


def test_a_chunk_seen_before_gives_the_same_reading_at_its_new_place(run) -> None:
    # the analysis of a chunk is memoised and replayed shifted: spans, roles and the
    # affiliation (another candidate of the same chunk) must follow the new place
    body = "Acme Corp Vice President Jane Roe said sales rose.\n"
    prefix = "On Monday the board met in Leeds.\n"

    def reading(text: str, shift: int) -> list[tuple[object, ...]]:
        return [
            (a.name, a.kind, a.roles, a.affiliation, a.country,
             [(m.span.start - shift, m.span.end - shift, m.kind) for m in a.mentions])
            for a in run(text)
            if a.mentions[0].span.start >= shift
        ]

    alone = reading(body, 0)
    roe = next(r for r in alone if r[0] == "Jane Roe")
    assert roe[2] == ("Vice President",) and roe[3] == "Acme Corp"
    assert reading(prefix + body, len(prefix)) == alone
    twice = run(body + body)
    roe2 = by_name(twice, "Jane Roe")
    assert surfaces(body + body, roe2, "name") == ["Jane Roe", "Jane Roe"]
    assert roe2.affiliation_id == by_name(twice, "Acme Corp").id


def test_output_values_are_what_the_validated_constructors_build(run) -> None:
    # The extractor builds its values with the trusted constructors: each must pass the
    # validators it skipped and equal the value the validated constructor builds.
    import attrs

    from newskit.types import Mention

    text = (
        "Norwegian Foreign Minister Anna Berg met NATO Secretary General Jens Stoltenberg "
        "in Brussels on Monday.\n\n\"We are ready,\" Berg told reporters. The diplomat said "
        "that Oslo would host the next round, and political analysts agreed. She left."
    )
    actors = run(text)
    assert {a.kind for a in actors} >= {"person", "organization", "place", "group"}
    for a in actors:
        attrs.validate(a)
        assert a == Actor(**{f.name: getattr(a, f.name) for f in attrs.fields(Actor)})
        assert a.mentions
        for m in a.mentions:
            attrs.validate(m)
            attrs.validate(m.span)
            assert m == Mention(span=Span(start=m.span.start, end=m.span.end), kind=m.kind)
            assert 0 <= m.span.start < m.span.end <= len(text)


def test_mention_slot_setters_cover_every_field() -> None:
    # _mentions stores a span's and a mention's fields into their slots itself: a field
    # added to either class would be left unset there, so the fields must be these.
    import attrs

    from newskit.types import Mention

    assert [f.name for f in attrs.fields(Span)] == ["start", "end"]
    assert [f.name for f in attrs.fields(Mention)] == ["span", "kind"]


def test_actor_slot_setters_cover_every_field() -> None:
    # _finish stores an actor's fields into their slots itself: a field added to Actor
    # would be left unset there (reading it would raise), so _ACTOR_FIELDS must be all.
    import attrs

    from newskit.actors.output import _ACTOR_FIELDS

    assert sorted(f.name for f in attrs.fields(Actor)) == sorted(_ACTOR_FIELDS)


def test_capitalised_title_between_an_organisation_and_a_name_splits_them(run):
    # an organisation name of common words ("Bank", "Lakeland"), joined across "of"
    text = (
        "The Central Bank of Lakeland Governor Tomas Verhoeven said rates would stay. "
        "Later, Vermont Green Party Chairman Dana Okafor disagreed."
    )
    actors = run(text)
    tomas = by_name(actors, "Tomas Verhoeven")
    assert tomas.kind == "person"
    assert tomas.roles == ("Governor",)
    assert tomas.affiliation == "Central Bank of Lakeland"
    assert by_name(actors, "Central Bank of Lakeland").kind == "organization"
    # the place before the organisation's name is part of it
    dana = by_name(actors, "Dana Okafor")
    assert dana.roles == ("Chairman",)
    assert dana.affiliation == "Vermont Green Party"
    assert by_name(actors, "Vermont Green Party").kind == "organization"


def test_title_of_several_words_opening_with_an_ambiguous_word_splits_too(run):
    # "Chief" alone may be part of a name; "Chief Executive" is a title
    text = "He said Halvorsen Mills Chief Executive Jane Okoro would resign in May."
    actors = run(text)
    jane = by_name(actors, "Jane Okoro")
    assert jane.roles == ("Chief Executive",)
    assert jane.affiliation == "Halvorsen Mills"


def test_title_inside_an_organisation_name_does_not_split_it(run):
    text = "A clerk from our Office of the Secretary of State Press Desk called on Monday."
    names = [a.name for a in run(text)]
    assert "Office" not in names
    assert not any(n.startswith("State") for n in names)


def test_abbreviations_that_are_not_actors(run):
    text = (
        "U.S. GDP grew by 1.8 percent last quarter while CPI rose, and Halvorsen Mills "
        "posted Q3 EPS of 12 cents before 9 a.m. EDT, analysts said."
    )
    actors = run(text)
    names = {a.name: a.kind for a in actors}
    assert names.get("United States") == "place"
    assert surfaces(text, by_name(actors, "United States")) == ["U.S."]
    assert by_name(actors, "Halvorsen Mills").kind is not None
    for word in ("GDP", "CPI", "EPS", "Q3", "EDT"):
        assert not any(word in n for n in names), (word, names)


def test_short_forms_of_hong_kong_and_new_zealand_are_the_places(run):
    text = "Shares in HK rose. Traders in H.K. cheered, and NZ bonds fell."
    actors = run(text)
    hk = by_name(actors, "Hong Kong")
    assert hk.kind == "place"
    assert surfaces(text, hk) == ["HK", "H.K."]
    assert by_name(actors, "New Zealand").kind == "place"
    assert not [a for a in actors if a.kind == "organization"]


def test_title_written_across_of_gives_the_name_its_role(run):
    text = (
        "Secretary of State Maria Lund flew home. She met Chief of Staff Jo Roe "
        "and Deputy Chief of Staff Tom Hale on Monday."
    )
    actors = run(text)
    assert by_name(actors, "Maria Lund").roles == ("Secretary of State",)
    assert by_name(actors, "Jo Roe").roles == ("Chief of Staff",)
    hale = by_name(actors, "Tom Hale")
    assert hale.kind == "person"
    assert hale.roles == ("Deputy Chief of Staff",)
    assert not [a for a in actors if a.kind == "organization"]


def test_plural_of_a_title_across_of_names_a_body(run):
    text = (
        "The Joint Chiefs of Staff met on Monday. The chairman of the Combined Chiefs of "
        "Staff Gen. Jo Roe spoke, and Chief of Staff Tom Hale agreed."
    )
    actors = run(text)
    assert by_name(actors, "Joint Chiefs of Staff").kind == "organization"
    assert by_name(actors, "Combined Chiefs of Staff").kind == "organization"
    assert by_name(actors, "Jo Roe").kind == "person"
    assert by_name(actors, "Tom Hale").roles == ("Chief of Staff",)
    assert not [a for a in actors if a.name in ("Joint Chiefs", "Staff")]


def test_two_organisations_joined_by_and_the_stay_two(run):
    text = "Jo Roe spoke to the Labour Party and the Audit Committee on Friday."
    actors = run(text)
    assert surfaces(text, by_name(actors, "Labour Party")) == ["Labour Party"]
    assert surfaces(text, by_name(actors, "Audit Committee")) == ["Audit Committee"]


def test_known_name_written_across_of_is_found_whole(run):
    # no organisation head before "of": the runs are joined because the lexicon knows
    # the name; an unknown "House of Cards" is not joined
    text = (
        "The Senate met; so did the House of Representatives. Jo Roe flew to the "
        "Isle of Man, then watched House of Cards."
    )
    actors = run(text)
    house = by_name(actors, "House of Representatives")
    assert house.kind == "organization"
    assert surfaces(text, house) == ["House of Representatives"]
    assert by_name(actors, "Isle of Man").kind == "place"
    assert not [a for a in actors if "Cards" in a.name]


def test_us_state_abbreviations_after_a_town_are_places(run):
    text = (
        "Police in Fresno, Calif., said a man from Newark, N.J., had lived in Oakvale, Pa., "
        "and spoke at the Harbour Club, Ga., on Monday. Sen. Jo Roe (Vt.) was there. "
        "Later Oakdene , Tenn. , Macon, Ga., and Millbrook, W.Va., voted."
    )
    actors = run(text)
    for abbr, state in (("Calif.", "California"), ("N.J.", "New Jersey"),
                        ("Pa.", "Pennsylvania"), ("Ga.", "Georgia"), ("Vt", "Vermont"),
                        ("Tenn", "Tennessee"), ("W.Va.", "West Virginia")):
        place = by_name(actors, state)
        assert place.kind == "place"
        assert surfaces(text, place)[0] == abbr
    assert by_name(actors, "Oakvale").kind == "place"
    assert by_name(actors, "Oakdene").kind == "place"
    assert by_name(actors, "Millbrook").kind == "place"
    assert by_name(actors, "Macon").kind == "place"  # a census surname, here a town
    assert by_name(actors, "Harbour Club").kind == "organization"
    assert by_name(actors, "Jo Roe").kind == "person"


def test_a_surname_that_is_a_state_abbreviation_stays_the_person(run):
    # the article's own names come before the lexicon's abbreviations: Kan. is Kansas
    # after a town, the surname of the person named in full elsewhere
    text = (
        "Prime Minister Naoto Kan met Jo Roe in Topeka, Kan., on Monday. "
        "Roe said the talks went well, according to Kan. The minister agreed."
    )
    actors = run(text)
    last = text.rindex("Kan.")
    kan = {m.span.start for m in by_name(actors, "Naoto Kan").mentions}
    kansas = {m.span.start for m in by_name(actors, "Kansas").mentions}
    assert last in kan
    assert kansas == {text.index("Kan.,")}


def test_an_abbreviation_that_ends_a_sentence_ends_the_name(run):
    # "Kan." is also Kansas's abbreviation, whose full stop need not end a sentence;
    # where the sentence layer starts a new sentence, the name stops there
    text = "The talks were led by Jo Kan. He said they went well."
    actors = run(text)
    assert surfaces(text, by_name(actors, "Jo Kan"), "name") == ["Jo Kan"]
    assert not [a for a in actors if "He" in a.name.split()]


def test_organisation_word_alone_opening_a_sentence_before_a_title_is_dropped(run):
    text = (
        "Voters in Leeds backed the Labour Party on Monday; the Audit Committee met. "
        "Party Chairman Jo Roe said it would win. Committee Chairman Tom Hale agreed."
    )
    actors = run(text)
    assert surfaces(text, by_name(actors, "Labour Party")) == ["Labour Party"]
    assert surfaces(text, by_name(actors, "Audit Committee")) == ["Audit Committee"]
    assert by_name(actors, "Jo Roe").roles == ("Chairman",)
    assert by_name(actors, "Tom Hale").roles == ("Chairman",)
    assert not [a for a in actors if a.name in ("Party", "Committee")]


def test_currency_prefix_is_no_actor(run):
    text = "Profit rose to US$ 5 million, or HK$ 39 million, and C$ 7 million in Toronto."
    actors = run(text)
    assert [a.name for a in actors] == ["Toronto"]


def test_title_of_a_role_noun_before_a_name_links_the_organisation(run):
    # "Secretary General of the council Jo Roe": the role noun is a mention of the
    # organisation named before, which becomes the person's affiliation
    text = (
        "The Nordic Council held talks in Oslo. "
        "Secretary General of the council Jens Halvorsen said the talks went well."
    )
    actors = run(text)
    council = by_name(actors, "Nordic Council")
    jens = by_name(actors, "Jens Halvorsen")
    assert jens.kind == "person"
    assert jens.roles == ("Secretary General",)
    assert jens.affiliation == "Nordic Council"
    assert jens.affiliation_id == council.id
    spans = {text[m.span.start : m.span.end]: m.kind for m in council.mentions}
    assert spans.get("the council") == "nominal"


def test_function_word_opening_a_sentence_is_no_first_name(run):
    # "In", "So", "My", "Many" are also given names; opening a sentence they are the
    # preposition, conjunction or determiner, and the name after them stands alone
    text = (
        "Jo Roe spoke on Monday. In Chicago, voters queued. So Tom Hale left early. "
        "Many Ohio voters stayed. My Acme Bank account closed."
    )
    actors = run(text)
    assert by_name(actors, "Chicago").kind == "place"
    assert by_name(actors, "Tom Hale").kind == "person"
    assert surfaces(text, by_name(actors, "Tom Hale"), "name") == ["Tom Hale"]
    assert by_name(actors, "Acme Bank").kind == "organization"
    opened = {"In", "So", "Many", "My"}
    assert not [a.name for a in actors if a.name.split()[0] in opened]


def test_function_word_written_capitalised_mid_sentence_stays_in_the_name(run):
    text = "The group One Voice met in Leeds. One Voice said the talks went well."
    actors = run(text)
    assert len(surfaces(text, by_name(actors, "One Voice"), "name")) == 2


def test_group_modifiers_are_no_function_words_or_verbs(run):
    # a group's name keeps adjectives and names before its noun, not the conjunction,
    # preposition, pronoun or verb that precede them, nor a full stop's sentence end
    text = (
        "Jo Roe spoke in Leeds, where researchers met. He told reporters it was over, "
        "but Labour voters stayed, among young voters too. She addressed supporters. "
        "Turnout was low. Labour voters left."
    )
    groups = {a.name: a for a in run(text) if a.kind == "group"}
    names = {"researchers", "reporters", "Labour voters", "young voters", "supporters"}
    assert set(groups) == names
    assert len(groups["Labour voters"].mentions) == 2


def test_group_name_is_lower_cased_only_opening_a_sentence(run):
    text = "Political analysts agreed. Later, political analysts in Oslo said so."
    groups = [a.name for a in run(text) if a.kind == "group"]
    assert groups == ["political analysts"]
    text = "The poll found that Labour voters and Labour supporters agreed."
    groups = [a.name for a in run(text) if a.kind == "group"]
    assert groups == ["Labour voters", "Labour supporters"]


def test_name_with_middle_initial_and_without_is_one_person(run):
    text = (
        "Jo K. Roe met reporters in Leeds. Jo Roe said the talks went well, "
        "and Roe left. Debbie Wasserman Schultz agreed; Wasserman Schultz spoke later."
    )
    actors = run(text)
    people = [a.name for a in actors if a.kind == "person"]
    assert people == ["Jo K. Roe", "Debbie Wasserman Schultz"]
    roe = surfaces(text, by_name(actors, "Jo K. Roe"))
    assert roe == ["Jo K. Roe", "Jo Roe", "Roe"]
    assert surfaces(text, by_name(actors, "Debbie Wasserman Schultz"), "alias") == [
        "Wasserman Schultz"
    ]


def test_name_that_fits_two_longer_names_stays_apart(run):
    text = "Jo Roe met Jo K. Roe and Jo T. Roe in Leeds on Monday."
    people = [a.name for a in run(text) if a.kind == "person"]
    assert sorted(people) == ["Jo K. Roe", "Jo Roe", "Jo T. Roe"]


def test_name_written_with_a_no_break_space_is_the_same_person(run):
    text = "Jo Roe spoke in Leeds. Later Jo\u00a0Roe left."
    people = [a for a in run(text) if a.kind == "person"]
    assert len(people) == 1
    assert len(people[0].mentions) == 2


def test_known_name_written_in_capitals_mid_text_is_that_entity(run):
    # a dateline's town and a medium's house style in capitals are the known names
    text = (
        "DES MOINES, Iowa — Jo Roe told REUTERS on Monday that the talks in "
        "Des Moines went well; the next round is in LONDON."
    )
    actors = run(text)
    assert surfaces(text, by_name(actors, "Des Moines")) == ["DES MOINES", "Des Moines"]
    assert by_name(actors, "Reuters").kind == "media"
    assert by_name(actors, "London").kind == "place"


def test_town_in_capitals_shown_a_team_is_the_team_after_a_score_too(run):
    text = "National League\nCHICAGO 4 Atlanta 1\nAtlanta 7 CHICAGO 5\n"
    actors = run(text)
    chicago = by_name(actors, "CHICAGO")
    assert chicago.kind == "organization"
    assert len(chicago.mentions) == 2


def test_plural_and_short_title_abbreviations_are_titles(run):
    text = "The bill won support from Sens. Jo Roe and Tom Hale. Pres. Ann Vale agreed."
    actors = run(text)
    people = sorted(a.name for a in actors if a.kind == "person")
    assert people == ["Ann Vale", "Jo Roe", "Tom Hale"]
    assert by_name(actors, "Jo Roe").roles == ("Sens.",)


def test_name_ending_with_a_place_word_is_a_place(run):
    text = (
        "Jo Roe, who grew up on Long Island, campaigned in Jefferson County, the "
        "Hudson Valley and the Sunshine State, and on Ludlow Street."
    )
    actors = run(text)
    for name in ("Long Island", "Jefferson County", "Hudson Valley", "Sunshine State"):
        assert by_name(actors, name).kind == "place"
    assert by_name(actors, "Ludlow Street").kind == "place"
    assert by_name(actors, "Jo Roe").kind == "person"


def test_leader_titles_and_the_house_split_from_the_name(run):
    text = (
        "Senate Majority Leader Jo Roe met House Minority Leader Ann Vale on Monday. "
        "The House voted later, and the House of Lords waited."
    )
    actors = run(text)
    assert by_name(actors, "Jo Roe").roles == ("Majority Leader",)
    vale = by_name(actors, "Ann Vale")
    assert vale.roles == ("Minority Leader",)
    assert vale.affiliation == "House of Representatives"
    house = by_name(actors, "House of Representatives")
    assert surfaces(text, house, "alias") == ["House", "House"]
    assert by_name(actors, "House of Lords").kind == "organization"


def test_town_that_is_a_persons_surname_is_that_person(run):
    text = (
        "Officials said Elizabeth Warren would run. The plant in Warren, Michigan, "
        "closed, and Warren said she would fight. Judge Merrick Garland waited; "
        "the Senate gave Garland no hearing. Voters in Garland were angry."
    )
    actors = run(text)
    warren = by_name(actors, "Elizabeth Warren")
    assert surfaces(text, warren, "alias") == ["Warren"]
    assert [text[m.span.start : m.span.end + 1] for m in by_name(actors, "Warren").mentions] == [
        "Warren,"
    ]
    garland = by_name(actors, "Merrick Garland")
    assert surfaces(text, garland, "alias") == ["Garland"]
    assert len(by_name(actors, "Garland").mentions) == 1


def test_surname_before_a_known_organisation_is_apart_from_it(run):
    text = (
        "Jo Clinton spoke. Aides in the Clinton White House agreed with the "
        "New Democratic Party."
    )
    actors = run(text)
    assert surfaces(text, by_name(actors, "White House")) == ["White House"]
    assert surfaces(text, by_name(actors, "Jo Clinton")) == ["Jo Clinton", "Clinton"]
    assert not [a for a in actors if a.name == "Democratic Party"]


def test_month_or_day_after_an_opening_preposition_is_no_first_name(run):
    text = "Jo Roe won in May. In August Roe lost, and on Monday Tom Hale left."
    actors = run(text)
    assert surfaces(text, by_name(actors, "Jo Roe")) == ["Jo Roe", "Roe"]
    assert not [a for a in actors if a.name.startswith("August")]


def test_surname_of_a_named_person_before_an_organisation_noun_is_that_person(run):
    # "a spokesman for the Ashdown campaign", "for Ashdown", "the campaign Ashdown
    # wanted": the surname of a person the article names is that person, neither an
    # organisation nor an affiliation (a surname that is also a place's name)
    text = (
        "Jane Ashdown spoke in Ohio. Tom Hale, a spokesman for the Ashdown campaign, "
        "said the race was close. Ann Vale, a spokeswoman for Ashdown, agreed. It is not the "
        "campaign Ashdown wanted."
    )
    actors = run(text)
    ashdown = by_name(actors, "Jane Ashdown")
    assert surfaces(text, ashdown) == ["Jane Ashdown"] + ["Ashdown"] * 3
    assert not [a for a in actors if a.kind == "organization"]
    assert by_name(actors, "Tom Hale").affiliation is None
    assert by_name(actors, "Ann Vale").affiliation is None


def test_a_gendered_title_picks_among_namesakes(run):
    # two people share a surname; Mrs./Mr. before it names the one of that gender,
    # not merely the one named last
    text = (
        "Hillary Clinton spoke in Ohio on Monday. Her husband, Bill Clinton, spoke in "
        "Iowa. Mrs. Clinton said the race was close. Mr. Clinton said it was not."
    )
    actors = run(text)
    hillary = {m.span.start for m in by_name(actors, "Hillary Clinton").mentions}
    bill = {m.span.start for m in by_name(actors, "Bill Clinton").mentions}
    mrs = text.index("Mrs. Clinton") + len("Mrs. ")
    mr = text.index("Mr. Clinton") + len("Mr. ")
    assert mrs in hillary and mrs not in bill
    assert mr in bill and mr not in hillary


def test_a_name_shaped_like_a_persons_before_a_state_is_a_town(run):
    # "Palm Beach, Fla.": two census surnames and no first name make a person's shape
    # only; before a state's abbreviation they are a town, everywhere the article names
    # it, and pronouns go to the people
    text = (
        "Jane Ashdown has a house in Elm Beach, Fla., where she spends the winter. "
        "She said Elm Beach was quiet. Tom Hale lives in Topeka, Kan."
    )
    actors = run(text)
    town = by_name(actors, "Elm Beach")
    assert town.kind == "place"
    assert surfaces(text, town) == ["Elm Beach", "Elm Beach"]
    assert by_name(actors, "Jane Ashdown").kind == "person"
    assert [m.kind for m in by_name(actors, "Jane Ashdown").mentions].count("pronoun") == 2
    # a known first name still makes a person's name
    assert by_name(actors, "Tom Hale").kind == "person"


def test_an_initialism_opens_no_persons_name(run):
    # "RJR Nabisco": three capitals and an unknown word are a company, not a person;
    # three initials before a known surname may be a person's ("AWR Hawkins")
    text = (
        "The deal was signed on Monday. Officials said QXR Bellomarc was promised "
        "money. KLW Miller wrote the report."
    )
    actors = run(text)
    assert by_name(actors, "QXR Bellomarc").kind == "organization"
    assert by_name(actors, "KLW Miller").kind == "person"


def test_a_ship_is_no_actor(run):
    # "USS Cole", "RMS Titanic": a ship's prefix and name name no person or
    # organisation, nor does the ship's name alone
    text = (
        "Divers raised a piece of the RMS Harrowgate on Monday. The Harrowgate sank in "
        "1912, Jo Roe said."
    )
    actors = run(text)
    assert [a.name for a in actors] == ["Jo Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "USS Calder was hit off the coast on Thursday. Jo Roe said the crew survived.",
        "Jo Roe said the crew survived. HMS Calder sailed home on Monday.",
    ],
)
def test_a_ship_opening_a_sentence_is_no_actor(run, text):
    # the prefix is no mid-sentence capital there, but names a ship all the same
    assert [a.name for a in run(text)] == ["Jo Roe"]


def test_washington_state_and_its_abbreviation(run):
    # "Wash." after a town and a comma is the state of Washington, not the capital
    text = "Jo Roe spoke in Everett, Wash., on Monday and in Washington State on Friday."
    actors = run(text)
    state = by_name(actors, "Washington State")
    assert state.kind == "place"
    assert surfaces(text, state) == ["Wash", "Washington State"]
    assert by_name(actors, "Everett").kind == "place"
    assert not [a for a in actors if a.name == "Washington"]


def test_a_name_given_only_in_a_heading_is_kept_whole(run):
    # a heading in title case keeps a census surname after a first name even when the
    # body never names the person ("Ann Coulter: …"), not the first name alone (a
    # town's name elsewhere); a common word after a first name stays out
    text = (
        "Jane Pemberton: Voters Want the Wall Built Now.\n\n"
        "A candidate won the nomination by spending no money, and she knew it.\n\n"
        "Hillary Clinton spoke on Monday.\n\n"
        "Hillary Just Said What Voters Feared.\n\n"
        "She said it twice in Ohio on Tuesday."
    )
    actors = run(text)
    assert by_name(actors, "Jane Pemberton").kind == "person"
    assert not [a for a in actors if a.name in ("Jane", "Hillary Just")]


def test_a_county_and_a_title_before_a_name_stay_apart(run):
    # "Clark County Sheriff Jo Roe": a first name may open a place's name (ending in
    # County) and a title also common in names (Sheriff, Judge) follows it; the person
    # is Jo Roe with the role
    text = "Harris County Judge Ann Doe said the road was closed on Monday."
    actors = run(text)
    doe = by_name(actors, "Ann Doe")
    assert doe.kind == "person"
    assert doe.roles == ("Judge",)
    assert not [a for a in actors if "Judge" in a.name]


def test_a_known_name_in_a_heading_and_an_outlets_short_name(run):
    # a heading keeps a name the lexicons know whole ("NY Post", an alias of the New
    # York Post), and the last words of a known outlet's or organisation's name name
    # it later ("The Post has learned", "the Court")
    text = (
        "NY Post: The Mayor Is No Different Than the Rest.\n\n"
        "Jo Roe wrote in the New York Post on Monday that the plan failed, The Post "
        "has learned. The Supreme Court heard the case, and the Court ruled on Friday."
    )
    actors = run(text)
    post = by_name(actors, "New York Post")
    assert post.kind == "media"
    assert surfaces(text, post) == ["NY Post", "New York Post", "Post"]
    assert surfaces(text, by_name(actors, "Supreme Court")) == ["Supreme Court", "Court"]
    assert not [a for a in actors if a.name in ("Post", "Court", "NY")]


def test_a_known_name_in_a_heading_stands_alone(run):
    # a known name kept whole in a heading ends its run: "Republican Party for Jo Roe"
    # is the party and the person, not one organisation
    text = (
        "Poll: Farmers Desert Republican Party for Jo Roe.\n\n"
        "Jo Roe won the votes of many, the poll said on Monday."
    )
    actors = run(text)
    assert not [a for a in actors if "for" in a.name]
    assert surfaces(text, by_name(actors, "Jo Roe"), "name") == ["Jo Roe", "Jo Roe"]


def test_a_persons_surname_before_a_title_and_a_name(run):
    # "Clinton Senior Adviser Jo Roe": a word that is a first name and a surname,
    # then a title (with capitalised common words before it) and a full name, is the
    # surname of a person of the article, not part of the adviser's name
    text = (
        "Hillary Clinton spoke on Monday. Former Clinton Senior Adviser Gordon Pemberton "
        "said that he had no idea."
    )
    actors = run(text)
    adviser = by_name(actors, "Gordon Pemberton")
    assert adviser.roles == ("Senior Adviser",)
    assert surfaces(text, by_name(actors, "Hillary Clinton"), "alias") == ["Clinton"]
    assert [m.kind for m in adviser.mentions].count("pronoun") == 1


def test_a_beach_town_is_a_place_unless_after_a_first_name(run):
    # "Palm Beach", "Vero Beach": towns, even where no state follows; a first name
    # before "Beach" keeps a person's name ("Sylvia Beach")
    text = (
        "Mr. Trump flew to Elm Beach on Friday. Sylvia Beach said she would stay "
        "in Paris with the writers."
    )
    actors = run(text)
    assert by_name(actors, "Elm Beach").kind == "place"
    assert by_name(actors, "Sylvia Beach").kind == "person"


def test_abbreviations_of_the_lexicon_keep_a_name_together_in_any_case(run):
    # 'Fr.' is an abbreviated title: the name chunk goes on after it, and the title is a role
    actors = run("Fr. Tomas Brennick led the vigil outside the church on Sunday.")
    brennick = by_name(actors, "Tomas Brennick")
    assert brennick.roles == ("Fr.",)
    # an all-capital heading: 'ST.' is 'St.' (the lexicon's keys ignore case), so the
    # heading's words stay one known name and no 'LOUIS' is left over
    actors = run("FLOODS CLOSE ROADS IN ST. LOUIS\n\nResidents left their homes on Monday.")
    assert {a.name for a in actors} == {"St. Louis"}


def test_plugin_abbreviations_keep_a_name_together():
    from newskit.hookspecs import hookimpl
    from newskit.testing import make_registry

    class Councillors:
        @hookimpl
        def newskit_lexicon_entries(self, lexicon):
            if lexicon == "abbreviations":
                return [{"form": "Cllr.", "class": "title"}]
            if lexicon == "titles":
                return [{"title": "Cllr."}]
            return None

    text = "Cllr. Maren Dewhurst voted against the budget."
    for registry, roles in ((make_registry(), ()), (make_registry(Councillors()), ("Cllr.",))):
        analysis = registry.pipeline(only=["actors"], scorers=[]).run(Article(id="t", text=text))
        assert by_name(analysis.actors, "Maren Dewhurst").roles == roles


def test_a_town_and_a_plural_nickname_are_a_team(run):
    text = (
        "On Sunday the Cincinnati Reds beat the New York Yankees 5-3 in Cincinnati, "
        "while fans of the Denver Broncos waited in Denver."
    )
    actors = run(text)
    for team in ("Cincinnati Reds", "New York Yankees", "Denver Broncos"):
        assert by_name(actors, team).kind == "organization"
    assert by_name(actors, "Cincinnati").kind == "place"
    # places, people and frequent plurals after a town's name are no nicknames
    text = (
        "Anglers fished off the Florida Keys. Texas Republicans met Dallas Evans, who "
        "praised the Florida Standards for schools."
    )
    actors = run(text)
    assert not [a.name for a in actors if a.kind == "organization"]
    assert by_name(actors, "Dallas Evans").kind == "person"


def test_a_name_after_a_noun_of_places_and_of_is_a_place(run):
    text = (
        "Rebels shelled the town of Vardenko and villages north of Oskelby. "
        "Vardenko fell on Monday, said Tom Hale, mayor of the city of Tallin Brod."
    )
    actors = run(text)
    for place in ("Vardenko", "Oskelby", "Tallin Brod"):
        assert by_name(actors, place).kind == "place"
    assert len(by_name(actors, "Vardenko").mentions) == 2
    # a person's name, an organisation's head word or a possessive say otherwise
    text = (
        "Ohio, the state of Dranley's youth, sued. Residents of Kelso Institute and "
        "the town of Jane Roe met."
    )
    actors = run(text)
    assert by_name(actors, "Kelso Institute").kind == "organization"
    assert by_name(actors, "Jane Roe").kind == "person"
    assert "place" not in {a.kind for a in actors if a.name == "Dranley"}


def test_a_demonym_before_an_adjective_of_peoples_names_nothing(run):
    text = (
        "Guerrillas hold Iraqi Kurdish areas, and the Bosnian Serb cabinet met "
        "Rwandan Hutu refugees in Paris."
    )
    actors = run(text)
    assert not [a.name for a in actors if a.kind in ("organization", "person")]
    assert by_name(actors, "Paris").kind == "place"


def test_places_written_without_accents_and_with_a_tail_word(run):
    text = (
        "Fans in Sao Paulo and Zurich cheered. Detainees left Guantanamo Bay for "
        "Tampa Bay, said Michael Bay."
    )
    actors = run(text)
    assert by_name(actors, "São Paulo").kind == "place"
    assert surfaces(text, by_name(actors, "Zürich")) == ["Zurich"]
    assert by_name(actors, "Guantanamo Bay").kind == "place"
    assert by_name(actors, "Tampa Bay").kind == "place"
    assert surfaces(text, by_name(actors, "Michael Bay")) == ["Michael Bay"]


def test_places_known_by_their_english_or_former_names(run):
    # an English exonym or former name of a place in the lexicon (Calcutta for Kolkata,
    # Kiev for Kyiv, Frankfurt for Frankfurt am Main) names the actor as the article
    # first writes it; the lexicon's own spelling later is a mention of the same place
    text = (
        "Nuns from Calcutta flew to Kiev via Frankfurt. The talks in Kyiv ended on "
        "Tuesday, and the nuns returned to Calcutta."
    )
    actors = run(text)
    calcutta = by_name(actors, "Calcutta")
    assert calcutta.kind == "place" and calcutta.country_code == "IN"
    assert surfaces(text, calcutta) == ["Calcutta", "Calcutta"]
    assert surfaces(text, by_name(actors, "Kiev")) == ["Kiev", "Kyiv"]
    assert by_name(actors, "Frankfurt").kind == "place"
    assert not [a for a in actors if a.name in ("Kolkata", "Kyiv", "Frankfurt am Main")]


def test_teams_of_a_standings_table_are_teams_on_its_schedule_lines(run):
    text = (
        "BASEBALL - STANDINGS\n\nW L PCT\nCINCINNATI 60 65 .480\nATLANTA 70 55 .560\n\n"
        "FRIDAY SCHEDULE\nCINCINNATI AT ATLANTA\n\nNEW YORK 1996-08-22\n\nFans waited."
    )
    actors = run(text)
    assert len(by_name(actors, "CINCINNATI").mentions) == 2
    assert len(by_name(actors, "ATLANTA").mentions) == 2
    assert by_name(actors, "CINCINNATI").kind == "organization"


def test_a_town_and_a_colour_nickname_are_a_team_and_old_demonyms_no_name(run):
    text = "The Boston Red Sox beat the Toronto Blue Jays, a Zairean diplomat said."
    actors = run(text)
    assert by_name(actors, "Boston Red Sox").kind == "organization"
    assert by_name(actors, "Toronto Blue Jays").kind == "organization"
    assert {a.name for a in actors} == {"Boston Red Sox", "Toronto Blue Jays"}


def test_a_company_abbreviation_keeps_its_stop_and_ends_the_name(run):
    text = "Shares of Brennvik Corp. and Oskelby Holdings LLC. rose, Tallin Inc of Ohio said."
    actors = run(text)
    assert by_name(actors, "Brennvik Corp.").kind == "organization"
    assert by_name(actors, "Oskelby Holdings LLC.").kind == "organization"
    assert by_name(actors, "Tallin Inc").kind == "organization"
    assert by_name(actors, "Ohio").kind == "place"
    # a known company's name written with the stop is the known company
    text = "Ford Motor Co. said sales rose."
    assert [a.name for a in run(text)] == [run("Ford Motor Co said sales rose.")[0].name]


def test_a_teams_nickname_alone_names_the_team(run):
    text = (
        "On Sunday the New York Mets beat the Boston Red Sox 5-3. The Mets scored "
        "early and the Red Sox never recovered."
    )
    actors = run(text)
    assert surfaces(text, by_name(actors, "New York Mets")) == ["New York Mets", "Mets"]
    assert surfaces(text, by_name(actors, "Boston Red Sox")) == ["Boston Red Sox", "Red Sox"]
    # without the team's full name the plural stays a common word
    assert run("The mets and the Mets were both there on Sunday.") == ()


def test_a_place_based_or_party_led_description_is_no_part_of_the_name(run):
    text = (
        "Shares of Ontario-based Brennvik fell after the Republican-controlled "
        "Congress met, and Communist-led Oskelby called a strike."
    )
    actors = run(text)
    assert by_name(actors, "Brennvik").kind == "organization"
    assert by_name(actors, "Oskelby").kind == "organization"
    assert by_name(actors, "Congress").kind == "organization"
    assert not [a.name for a in actors if "-" in a.name]


def test_known_names_in_their_other_spellings(run):
    text = "The World Trade Organisation and the World Trade Organization met."
    actors = run(text)
    orgs = [a for a in actors if a.kind == "organization"]
    assert len(orgs) == 1 and len(orgs[0].mentions) == 2


def test_a_known_name_written_across_in_is_one_name(run):
    text = (
        "Envoys to the Organisation for Security and Cooperation in Europe met "
        "Jane Roe in Vienna."
    )
    actors = run(text)
    assert surfaces(text, by_name(actors, "OSCE")) == [
        "Organisation for Security and Cooperation in Europe"
    ]
    assert by_name(actors, "Jane Roe").kind == "person"
    assert by_name(actors, "Vienna").kind == "place"
    assert "Europe" not in {a.name for a in actors}


def test_two_known_names_joined_by_and_are_two_actors(run):
    text = (
        "Talks between the European Union and NATO failed, said the Justice "
        "Department and Congress."
    )
    actors = run(text)
    names = {a.name for a in actors if a.kind == "organization"}
    assert {"NATO", "Congress"} <= names
    assert not [n for n in names if " and " in n]


def test_a_name_does_not_run_across_a_run_in_heading(run):
    # a run-in heading in capitals opens the paragraph: the heading's last word and the
    # paragraph's first names are two chunks, so the person keeps the whole name
    text = (
        "Morning Briefing.\n\n"
        "FLOODS CLOSE THE RIVER ROAD Governor Halvard Brennvik Ostrander said the road "
        "would stay closed until Friday, and Ostrander asked drivers to wait."
    )
    actors = run(text)
    person = by_name(actors, "Halvard Brennvik Ostrander")
    assert person.kind == "person"
    assert "Halvard Brennvik Ostrander" in surfaces(text, person)


def test_a_line_of_capitalised_names_with_a_verb_is_no_headline(run):
    # an author's note is mostly capitalised names and titles, but a verb in lower case
    # makes it a sentence, not a title-case headline: the person keeps the whole name
    text = (
        "Voters Were Heard.\n\n"
        "The turnout rose in every county on Tuesday, the count showed.\n\n"
        "Sen. Marta Ellison Quarrington, D-Ore., leads the Senate Finance Committee."
    )
    actors = run(text)
    person = by_name(actors, "Marta Ellison Quarrington")
    assert person.kind == "person"
    assert not [a for a in actors if a.name == "Marta Ellison"]


def test_the_example_of_the_actors_page_is_the_output(registry):
    # docs/actors.md shows the actors of its example text as newskit analyze gives
    # them: the page cannot drift from the extractor
    page = (Path(__file__).resolve().parents[1] / "docs" / "actors.md").read_text("utf-8")
    example = page[page.index("## Example") :]
    quoted = example[example.index("for the text") : example.index("```json")]
    paragraphs: list[list[str]] = [[]]
    for line in quoted.splitlines():
        if line == ">":
            paragraphs.append([])
        elif line.startswith("> "):
            paragraphs[-1].append(line[2:])
    text = "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    start = example.index("```json") + len("```json")
    shown = json.loads(example[start : example.index("```", start)])
    pipeline = registry.pipeline(only=["actors"], scorers=[])
    analysis = pipeline.run(Article(id="article", text=text))
    assert analysis_to_dict(analysis)["actors"] == shown


def test_a_lede_first_line_of_names_is_no_headline(run):
    # the text's first line is mostly capitalised names and titles, but it is a
    # sentence (a verb in lower case, no common word capitalised as a title would):
    # the titles before the names are roles, as in any sentence
    text = "Anna Berg met Secretary General Tom Hale."
    hale = by_name(run(text), "Tom Hale")
    assert hale.kind == "person"
    assert hale.roles == ("Secretary General",)
    assert "Secretary General Tom Hale" in hale.aliases


def test_a_carelessly_capitalised_first_line_is_still_a_headline(run):
    # a first line capitalised as a title ("Tells", "Guest", "Look") with one word left
    # in lower case ("his") is the title: its capitalised common words are no names
    text = (
        "Pundit Tells Guest Peace Talks Look Doomed, Changes his Mind.\n\n"
        "The show aired on Friday, and viewers wrote in."
    )
    assert [a.name for a in run(text)] == []


def test_a_title_before_a_first_name_in_a_headline_gives_the_person(run):
    # in a title-case headline a title, a first name and a word that is no common word
    # name a person (the surname need not be a census surname), with the organisation
    # before the title as affiliation; not the first name alone as an organisation
    text = (
        "Talks in Geneva\n\n"
        "NATO Chief Jens Stoltenberg Meets Fumio Kishida Again\n\n"
        "The two leaders spoke for an hour, officials said."
    )
    actors = run(text)
    person = by_name(actors, "Jens Stoltenberg")
    assert person.kind == "person"
    assert person.roles == ("Chief",)
    assert person.affiliation == "NATO"
    assert not [a for a in actors if a.name == "Jens"]


def test_known_names_in_a_heading_in_capitals_are_mentions(run):
    # a heading in capitals run into its paragraph (the line has lower case) still gives
    # the names the lexicons know, also before a possessive
    text = (
        "Morning Briefing.\n\n"
        "FLOODS CLOSE ROADS ACROSS OHIO Drivers waited for hours on Monday.\n\n"
        "HOW CHINA’S EXPORTS FELL Economists expected a better month."
    )
    actors = run(text)
    assert surfaces(text, by_name(actors, "Ohio")) == ["OHIO"]
    assert surfaces(text, by_name(actors, "China")) == ["CHINA"]


def test_a_photo_credit_names_its_photographer_once_and_an_outlet_as_media(run):
    # a credit's photographer is one person (not also the name without its first
    # word), and an outlet named after its town in the photographer's place is media
    text = (
        "Storm Hits the Coast.\n\n"
        "The storm reached the coast on Monday, officials said.\n\n"
        "DANIEL B. THORNTON via Getty Images.\n\n"
        "Residents left their homes before the storm.\n\n"
        "Denver Sentinel via Getty Images.\n\n"
        "The roads were closed on Tuesday."
    )
    actors = run(text)
    people = [a for a in actors if a.kind == "person"]
    assert [a.name for a in people] == ["DANIEL B. THORNTON"]
    assert people[0].roles == ("photographer",)
    assert by_name(actors, "Denver Sentinel").kind == "media"
    assert by_name(actors, "Getty Images").kind == "media"


def test_a_person_the_body_names_is_a_mention_in_a_heading_in_capitals(run):
    # a word of a heading in capitals that is the surname of a person the article names
    # in full is a mention of that person (also before a possessive)
    text = (
        "Morning Briefing.\n\n"
        "OSTRANDER’S PLAN FAILS IN THE SENATE\n\n"
        "Governor Halvard Ostrander said the vote was lost on Monday."
    )
    actors = run(text)
    person = by_name(actors, "Halvard Ostrander")
    assert surfaces(text, person, "alias") == ["OSTRANDER"]
    assert person.mentions[0].span.text(text) == "OSTRANDER"


def test_a_known_name_that_is_a_common_word_is_the_word_where_the_article_writes_it(run):
    # a known name of one word that is a common word too (the magazine Time) is the word
    # in a line in capitals, opening a sentence or in a title-case heading when the
    # article writes it in lower case and never capitalised mid-sentence
    text = (
        "Morning Briefing.\n\n"
        "TURNOUT RISES FOR THE FIRST TIME\n\n"
        "Time is short for the candidates, who have little time left before the vote."
    )
    assert not [a for a in run(text) if a.name == "Time"]
    text = (
        "Morning Briefing.\n\n"
        "TIME NAMES ITS PERSON OF THE YEAR\n\n"
        "Time chose a governor this year. The choice by Time surprised readers at the time."
    )
    magazine = by_name(run(text), "Time")
    assert magazine.kind == "media"
    assert surfaces(text, magazine) == ["TIME", "Time", "Time"]


def test_the_treasury_is_the_department_and_its_title_stays_whole(run):
    # "Treasury" alone is the department (an organisation), one actor with "Treasury
    # Department"; a known organisation that with the title after it is a longer title
    # is named and the role is the whole title
    text = (
        "Treasury Secretary Jana Holm said on Monday the rules would change. The Treasury "
        "Department issued them later, and a Treasury spokesman said the Treasury expected "
        "more. House Speaker Tom Vail agreed."
    )
    actors = run(text)
    treasury = by_name(actors, "Treasury")
    assert treasury.kind == "organization"
    assert surfaces(text, treasury) == ["Treasury", "Treasury Department", "Treasury", "Treasury"]
    holm = by_name(actors, "Jana Holm")
    assert holm.roles == ("Treasury Secretary",)
    assert holm.affiliation == "Treasury"
    assert by_name(actors, "Tom Vail").roles == ("House Speaker",)


def test_a_known_organisation_after_modifiers_is_that_organisation(run):
    # a known organisation's name after a country is it, named with the country; after a
    # demonym or another known name it is it alone; after a state it is the state's own
    text = (
        "The U.S. State Department warned on Monday that the State Department would act. "
        "A poll by the Denver Ledger and CNN found support among Latino Republicans. "
        "The Ohio Senate voted on Tuesday."
    )
    actors = run(text)
    state = by_name(actors, "Department of State")
    assert surfaces(text, state) == ["U.S. State Department", "State Department"]
    assert surfaces(text, by_name(actors, "CNN")) == ["CNN"]
    assert "Republicans" in surfaces(text, by_name(actors, "GOP"))
    assert not [a for a in actors if a.name == "Senate"]


def test_a_name_ending_in_a_hyphenated_participle_is_an_adjective(run):
    # "New York-based", "World War II-era": adjectives, no actors; a Korean given name's
    # syllable after a hyphen is no such tail
    text = (
        "The talks will go on, said Jana Holm, a New York-based lawyer, on Monday. "
        "Secretary General Ban Ki-moon will tour two World War II-era camps."
    )
    actors = run(text)
    assert sorted(a.name for a in actors) == ["Ban Ki-moon", "Jana Holm"]
    assert by_name(actors, "Ban Ki-moon").roles == ("Secretary General",)


def test_a_name_written_after_the_article_is_no_person(run):
    # a name read as a person's by its shape alone, written after "the" wherever the
    # article names it, is an organisation (people are not named with "the"); written
    # without the article elsewhere (a possessive) it stays a person's
    text = "The Brakka Vesk held a rally on Monday. Critics said the Brakka Vesk was growing."
    assert by_name(run(text), "Brakka Vesk").kind == "organization"
    text = (
        "Stuart Vance, who worked for Zorvan Quillet's campaign, said the Zorvan Quillet "
        "people were angry."
    )
    assert by_name(run(text), "Zorvan Quillet").kind == "person"


def test_one_word_of_a_company_is_the_company_by_its_cues(run):
    # the first word of a company's name written with its legal form is the company
    # alone (an alias of it, before or after the full name), as is one word after
    # "shares of" or before "'s chief executive"; a name of a word and a legal form is a
    # company's; not a word of a person's full name
    text = (
        "Vostrand gets 81 pct of Oruro.\n\n"
        "Vostrand Gold Corp told investors on Tuesday its bid succeeded. The deal means Vostrand "
        "will own the mine, Vostrand chairman Pavel Munk said. Shares of Kowalski fell, "
        "and Dunleavy's chief executive resigned. Analysts said Dunleavy would recover. "
        "Tarvo Oy said profit rose."
    )
    actors = run(text)
    company = by_name(actors, "Vostrand Gold Corp")
    assert company.kind == "organization"
    assert surfaces(text, company) == ["Vostrand", "Vostrand Gold Corp", "Vostrand", "Vostrand"]
    for name in ("Kowalski", "Dunleavy", "Tarvo Oy"):
        assert by_name(actors, name).kind == "organization"
    text = "Jon Keddle said on Monday that Keddle Inc won the contract. Keddle was pleased."
    actors = run(text)
    assert surfaces(text, by_name(actors, "Jon Keddle")) == ["Jon Keddle", "Keddle"]


def test_a_plugin_legal_form_names_a_company():
    # a legal form comes from the org_words lexicon (legal_form): a plugin's is one too,
    # and the first word of a name ending in it is the company alone
    from newskit.hookspecs import hookimpl
    from newskit.testing import make_registry

    class Forms:
        @hookimpl
        def newskit_lexicon_entries(self, lexicon):
            if lexicon == "org_words":
                return [{"head": "Zrt", "legal_form": True}]
            return None

    text = "Vostrand Zrt said on Tuesday its bid succeeded. Vostrand will own the mine."
    registry = make_registry(Forms())
    analysis = registry.pipeline(only=["actors"], scorers=[]).run(Article(id="t", text=text))
    company = by_name(analysis.actors, "Vostrand Zrt")
    assert company.kind == "organization"
    assert surfaces(text, company) == ["Vostrand Zrt", "Vostrand"]


def test_the_article_of_a_known_name_is_part_of_it(run):
    # a known name that opens with "The" keeps it, opening a sentence or mid-sentence
    # ("The Hague", "The Hill", "The Atlantic" the magazine, not the ocean); "The Times"
    # after "The New York Times" is that outlet
    text = (
        "Morning Briefing.\n\n"
        "The Hague hosted the talks on Monday, The Hill reported. A columnist for The "
        "Atlantic wrote that a court in The Hague would rule. The New York Times agreed, and "
        "The Times said more."
    )
    actors = run(text)
    hague = by_name(actors, "The Hague")
    assert hague.kind == "place"
    assert surfaces(text, hague) == ["The Hague", "The Hague"]
    assert by_name(actors, "The Hill").kind == "media"
    assert by_name(actors, "The Atlantic").kind == "media"
    assert surfaces(text, by_name(actors, "New York Times"))[-1] == "The Times"
    assert not [a for a in actors if a.name in ("Hague", "Atlantic", "The Times")]


def test_a_company_whose_name_opens_with_a_known_outlet_is_one_company(run):
    # "Time Warner Cable" is a company, not the magazine Time and a person "Warner Cable"
    text = "Markets rose on Monday. The bank helped Time Warner Cable sell its unit to a rival."
    actors = run(text)
    assert [(a.name, a.kind) for a in actors] == [("Time Warner Cable", "organization")]


def test_common_word_check_reads_the_text_once_per_word() -> None:
    # Whether a known name that is a common word ("Time") is the word in this article
    # depends on the article alone: asked for every occurrence in a long text it must
    # not scan the text again each time (that made a 5 MB article take 30 s).
    from newskit.actors.openers import _CommonHere

    class CountingText(str):
        finds = 0

        def find(self, *args: object) -> int:  # type: ignore[override]
            CountingText.finds += 1
            return super().find(*args)  # type: ignore[arg-type]

    text = CountingText("FOR THE FIRST TIME. The time is short. " * 200)
    common_here = _CommonHere(text, set())
    assert all(common_here("TIME") for _ in range(500))
    assert CountingText.finds == 1
    # Capitalised mid-sentence somewhere in the article: the name, not the word.
    assert _CommonHere(text, {"Time"})("TIME") is False


def test_a_place_and_a_party_plural_are_the_party_members_there(run):
    # a state's (or a country-named state's) party members: a group affiliated with the
    # party and of the party's country; the place stays a place; the party alone is the
    # party, and a nominal mention of a place ("the state") takes no members
    text = (
        "Ohio Democrats met in Columbus. Georgia Republicans stayed home. Its chair "
        "said the state Democrats were wrong, and Ohio Democrats agreed. Ohio Democratsville "
        "is no group."
    )
    actors = run(text)
    groups = {a.name: a for a in actors if a.kind == "group"}
    assert set(groups) == {"Ohio Democrats", "Georgia Republicans"}
    ohio = groups["Ohio Democrats"]
    assert surfaces(text, ohio) == ["Ohio Democrats", "Ohio Democrats"]
    assert ohio.affiliation_id == by_name(actors, "Democratic Party").id
    assert ohio.country_code == "US"
    gop = groups["Georgia Republicans"]
    assert gop.affiliation is not None and gop.affiliation_id is None  # not named alone
    assert gop.country_code == "US"
    assert by_name(actors, "Ohio").kind == "place"
    assert "Georgia" in {a.name for a in actors if a.kind == "place"}



def test_a_medium_s_possessive_before_a_titled_name_is_the_employer(run):
    # a medium's or organisation's possessive before a capitalised title and a name,
    # a bureau's city between them or not, is the person's affiliation; a possessive
    # of a place is not
    text = (
        "CNN's Boston Correspondent Jo Roe wrote it. Roe said so. Acme News' Editor "
        "Ann Lee agreed, and Ohio's Senator Al Bix too."
    )
    actors = run(text)
    roe = by_name(actors, "Jo Roe")
    assert roe.roles == ("Correspondent",)
    assert roe.affiliation_id == by_name(actors, "CNN").id
    assert surfaces(text, roe, "alias") == ["Roe"]
    assert by_name(actors, "Boston").kind == "place"
    lee = by_name(actors, "Ann Lee")
    assert lee.affiliation_id == by_name(actors, "Acme News").id
    assert by_name(actors, "Al Bix").affiliation is None


@pytest.mark.parametrize(
    "title", ["Political Editor", "Managing Editor", "Executive Editor",
              "Investigative Correspondent"],
)
def test_a_newsroom_title_of_two_words_is_the_person_s_role(run, title: str) -> None:
    # a two-word newsroom title before a name is one role, not part of the person's
    # name (`Political Editor Jo Roe` is Jo Roe, political editor), after a bureau's
    # city too
    text = f"CNN's Boston {title} Jo Roe wrote it. Roe said so."
    actors = run(text)
    roe = by_name(actors, "Jo Roe")
    assert roe.roles == (title,)
    assert roe.affiliation_id == by_name(actors, "CNN").id
