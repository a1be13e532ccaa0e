"""The seed article against its gold actors (skipped where ../shared/corpus is absent)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.corpus


def _surfaces(analysis, actor) -> set[str]:
    text = analysis.article.text
    return {actor.name, *actor.aliases, *(m.span.text(text) for m in actor.mentions)}


def _find(analysis, name: str):
    for actor in analysis.actors:
        if name == actor.name or name in actor.aliases:
            return actor
    return None


def test_every_gold_actor_with_kind_roles_affiliation_aliases(seed_analysis, seed_gold):
    problems = []
    for gold in seed_gold["actors"]:
        actor = _find(seed_analysis, gold["name"])
        if actor is None:
            problems.append(f"missing {gold['name']}")
            continue
        if actor.kind != gold["kind"]:
            problems.append(f"{gold['name']}: kind {actor.kind} != {gold['kind']}")
        roles = {r.lower() for r in actor.roles}
        for role in gold.get("roles", []):
            if role.lower() not in roles:
                problems.append(f"{gold['name']}: role {role!r} not in {actor.roles}")
        if gold.get("affiliation"):
            affiliation = _find(seed_analysis, gold["affiliation"])
            if actor.affiliation != gold["affiliation"] and (
                affiliation is None or affiliation.id != actor.affiliation_id
            ):
                problems.append(
                    f"{gold['name']}: affiliation {actor.affiliation!r} != {gold['affiliation']!r}"
                )
        if gold.get("country") and actor.country != gold["country"]:
            problems.append(f"{gold['name']}: country {actor.country!r} != {gold['country']!r}")
        for alias in gold.get("aliases", []):
            if alias in _surfaces(seed_analysis, actor):
                continue
            # a short form the text does not use alone must at least not be another actor
            if alias in actor.name.split() and _find(seed_analysis, alias) in (None, actor):
                continue
            problems.append(f"{gold['name']}: alias {alias!r} not merged")
    assert problems == []


def test_no_actor_is_a_common_word(seed_analysis):
    import re

    lower_words = set(re.findall(r"\b[a-z][a-z-]+\b", seed_analysis.article.text))
    bad = [a.name for a in seed_analysis.actors if a.name.lower() in lower_words]
    assert bad == []


def test_speakers_of_gold_quotes_resolve_through_the_mention_index(seed_analysis, seed_gold):
    from newskit.mentions import MentionIndex
    from newskit.types import Span

    index = MentionIndex(seed_analysis.actors)
    wrong = []
    for quote in seed_gold["quotes"] + seed_gold["indirect_attributions"]:
        if quote["speaker"] is None:
            continue
        mention = quote["speaker_mention"]
        actor = index.at(Span(start=mention["start"], end=mention["end"]))
        if actor is None or _find(seed_analysis, quote["speaker"]) is not actor:
            wrong.append((mention["text"], quote["speaker"], actor.name if actor else None))
    assert wrong == []
