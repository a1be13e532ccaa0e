"""Pass 7 of the actor extractor (after coreference, which groups take no part in):
groups of people as actors: plural nouns of the ``group_nouns`` lexicon (``analysts``,
``officials``, ``sources``) with up to two modifiers, among them a country's demonym
(``Russian officials``: its country) or an actor's name (``NATO officials``: the
affiliation).
"""

from __future__ import annotations

import functools

from .candidates import _Actor
from .lexicon import ActorLexicon
from .words import _FUNCTION_OPENERS, _LEADING_SKIP, _ORGS, _STATE_VERBS, _words

_GROUP_STOP = _words(
    """the a an some many several most all other these those such both few two three four
    five six ten more dozens hundreds thousands of and or by with to from for in on at as
    said say says that who which whose our their his her its my your we they them not no
    any each every only also even just own top our"""
) | _FUNCTION_OPENERS | _STATE_VERBS | _words(
    # auxiliaries, prepositions and verbs of telling: "told reporters", "among voters",
    # "are officials" are no group's name; nor numbers ("one million migrants")
    """are be been being am do were would should shall must can could might had having
    among amongst including than up out down off toward except besides beside below
    above told tell tells telling asked ask asks asking urging urge addressed addresses
    addressing reminded remind reminds reminding thanked thank thanks thanking greeted
    invited invites invite met meets meeting help helps helped helping hire hires hired
    hiring convince convinces convinced persuade persuaded assured assure assures
    hundred thousand million billion dozen less"""
)
# a pronoun or "there" before a group noun's modifiers is a subject, so the word after it
# is a verb ("he addressed voters", "there were protesters")
_GROUP_SUBJECTS = _words("i he she it we they you who there")


_CLOSERS = frozenset(".,;:!?)]}\"”’'»")


def _find_words(text: str, words: frozenset[str]) -> list[tuple[int, str]]:
    """Where each of ``words`` occurs in ``text`` as a whole word, in text order.

    One ``str.find`` scan per word is much faster than one alternation pattern."""
    hits = []
    n = len(text)
    # which of the words occur at all: one split instead of one scan of the text per word,
    # and one set intersection with the words and the words followed by a closing mark
    # instead of a Python pass over the tokens
    variants, keys = _closed_variants(words)
    present = {variants[t] for t in keys.intersection(text.split())}
    for w in sorted(present):
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not (text[i - 1].isalpha() or text[i - 1] == "-")) and (
                j >= n or not (text[j].isalpha() or text[j] == "-")
            ):
                hits.append((i, w))
            i = text.find(w, j)
    hits.sort()
    return hits


@functools.lru_cache(maxsize=8)
def _closed_variants(words: frozenset[str]) -> tuple[dict[str, str], frozenset[str]]:
    """Each word, and each word followed by one closing mark (``analysts,``), → the word;
    and those forms as a set (intersected with the tokens without copying the keys)."""
    out = {w + c: w for w in words for c in _CLOSERS}
    out.update((w, w) for w in words)
    return out, frozenset(out)


def _group_modifier(w: str, lex: ActorLexicon) -> bool:
    if not w.replace("-", "").replace(".", "").isalpha() or len(w) > 21:
        return False
    if w.lower() in _GROUP_STOP or (w[-1] == "." and w[:1].islower()):
        return False  # a function word or verb; a full stop ending a sentence ("left.")
    if w[:1].isupper():
        return w in lex.known or w in lex.demonyms or w.isupper() or w.lower() in lex.common
    return True


def _after_stop(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line or a sentence (after a full stop, a
    question or exclamation mark or a colon, and any opening marks)."""
    i = start - 1
    while i >= 0 and text[i] in _LEADING_SKIP:
        i -= 1
    return i < 0 or text[i] in ".!?:\n"


def _named_at(actors: list[_Actor]) -> dict[int, _Actor]:
    """Organisations, media and places by the start of each of their mentions: where a
    group's modifier names one (``NATO officials``). Built only when a group has a
    modifier, as most articles have few groups."""
    return {m[0]: x for x in actors if x.kind in _ORGS or x.kind == "place" for m in x.mentions}


def _party_members(
    text: str, hits: list[tuple[int, str]], actors: list[_Actor], lex: ActorLexicon
) -> None:
    """A place's name and a party's plural alias after it (``Iowa Democrats``, ``Georgia
    Republicans``): the party's members there, a group affiliated with the party (its
    actor in the article, or the party by name) and of the party's country (a place's
    name may be a country's too: ``Georgia``), else of the place's. ``hits`` are the
    aliases' places as whole words (found with the group nouns, in text order; a few
    an article, most articles none)."""
    members = lex.party_members
    ends = {
        end: (place, start)
        for place in actors
        if place.kind == "place"
        for start, end, how in place.mentions
        if how != "nominal" and how != "pronoun"
    }
    n = len(text)
    groups: dict[str, _Actor] = {}
    parties: dict[str, _Actor] = {}
    new: list[_Actor] = []
    for i, word in hits:
        at = ends.get(i - 1)
        j = i + len(word)
        if at is None or text[i - 1] != " " or (j < n and (text[j] in "'’" or text[j].isalnum())):
            continue
        party = members[word]
        place, start = at
        phrase = text[start:j]
        key = "group:" + phrase.lower()
        g = groups.get(key)
        if g is None:
            g = _Actor("group", phrase, key, start)
            if party.country_code is not None:
                g.country, g.code = party.country, party.country_code
            else:
                g.country, g.code = place.country, place.code
            aff = parties.get(party.key)
            if aff is None:
                for other in actors:
                    if other.key == party.key:
                        aff = other
                        break
                else:
                    # not named in the article: the party by name (no id)
                    aff = _Actor("organization", party.name, party.key, start)
                parties[party.key] = aff
            g.aff_actor = aff
            groups[key] = g
            new.append(g)
        g.mentions.append((start, j, "nominal"))
    actors.extend(new)


def _groups(text: str, actors: list[_Actor], lex: ActorLexicon) -> None:
    """Groups of people: ``political analysts``, ``newspaper sources``, ``Russian officials``."""
    if not lex.group_words:
        return
    hits = _find_words(text, lex.group_words)
    members = lex.party_members
    if members and hits:
        party_hits = [h for h in hits if h[1] in members]
        if party_hits:
            _party_members(text, party_hits, actors, lex)
            hits = [h for h in hits if h[1] not in members]
    starts: dict[int, _Actor] | None = None
    groups: dict[str, _Actor] = {}
    for noun_start, noun in hits:
        # up to two modifiers before the noun: "political analysts", "NATO officials"
        before = text[max(0, noun_start - 48) : noun_start]
        if before and not before.endswith((" ", "\u00a0", "\n")):
            continue
        before = before[before.rfind("\n") + 1 :]
        mods = before.split()[-2:]
        keep = 0
        for w in reversed(mods):
            if not _group_modifier(w, lex):
                if keep and w.lower() in _GROUP_SUBJECTS:
                    keep -= 1
                break
            keep += 1
        words = [*mods[len(mods) - keep :], noun]
        start = noun_start - len(" ".join(words[:-1])) - (1 if keep else 0)
        if text[start:noun_start + len(noun)].replace("\u00a0", " ") != " ".join(words):
            start = noun_start
            words = [noun]
        if start > 0 and (text[start - 1] in "'’" or text[start - 1].isalpha()):
            continue
        end = noun_start + len(noun)
        phrase = text[start:end]
        key = phrase.lower()
        a = groups.get(key)
        first = words[0]
        lower = (
            first[:1].isupper()
            and first[1:].islower()
            and first.lower() in lex.common
            and first not in lex.demonyms
            and first not in lex.known
        )
        if lower and not _after_stop(text, start):
            # "Trump supporters", "Republican voters" mid-sentence: the capital is the
            # name's, and it names the group even if first seen opening a sentence
            lower = False
            if a is not None and a.name[:1].islower():
                a.name = phrase
        if a is None:
            # "Political analysts" opening a sentence
            name = phrase[:1].lower() + phrase[1:] if lower else phrase
            a = _Actor("group", name, "group:" + key, start)
            for w in words[:-1]:
                if w in lex.demonyms and a.code is None:
                    a.country, a.code = lex.demonyms[w]
            if len(words) > 1:
                if starts is None:
                    starts = _named_at(actors)
                pos = start
                for w in words[:-1]:
                    other = starts.get(pos)
                    if other is not None and other.kind in _ORGS and a.aff_actor is None:
                        a.aff_actor = other
                    elif other is not None and other.kind == "place" and a.code is None:
                        a.country, a.code = other.country, other.code
                    pos += len(w) + 1
            groups[key] = a
            actors.append(a)
        a.mentions.append((start, end, "nominal"))
