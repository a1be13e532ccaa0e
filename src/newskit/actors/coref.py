"""Pass 6 of the actor extractor: role nouns and pronouns.

``The diplomat``, ``the newspaper``, ``he``, ``her`` become mentions of the nearest
compatible actor before them (by kind, the role nouns' preferences and gender),
outside captions and credits.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .candidates import _Actor, _Cand
from .lexicon import ActorLexicon, RoleNoun
from .patterns import finditer_union, patterns, role_noun_pattern
from .spans import _M_END, _M_START, _outside


def _mention_list(
    actors: list[_Actor], kinds: frozenset[str], aside: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, _Actor]]:
    """Mentions of actors of ``kinds`` in text order, leaving out those in captions/credits."""
    out = [
        (m[0], m[1], a)
        for a in actors
        if a.kind in kinds
        for m in a.mentions
        if m[2] != "pronoun"
    ]
    # by start, then end: two stable sorts on int keys cost half of one on (start, end)
    # tuples built per mention
    out.sort(key=_M_END)
    out.sort(key=_M_START)
    return _outside(out, aside) if aside else out


def _prefers(a: _Actor, noun: RoleNoun) -> bool:
    if not noun.prefer:
        return True
    hay = a.hay
    if hay is None:
        # roles, name and types are settled once actors are formed: lower-cased once,
        # joined by a character no preferred word holds (one substring test per word)
        hay = a.hay = "\0".join([*[r.lower() for r in a.roles], a.name.lower(), *a.types])
    for p in noun.prefer:  # noqa: SIM110 (a loop, not any() over a generator: called per candidate)
        if p in hay:
            return True
    return False


def _role_nouns(
    text: str, actors: list[_Actor], lex: ActorLexicon, aside: Sequence[tuple[int, int]]
) -> None:
    if not lex.role_nouns or not actors:
        return
    rx = lex.role_patterns
    if rx is None:
        rx = lex.role_patterns = role_noun_pattern(tuple(lex.role_nouns))
    cache: dict[str, list[tuple[int, int, _Actor]]] = {}

    def mentions_of(kind: str) -> list[tuple[int, int, _Actor]]:
        got = cache.get(kind)
        if got is None:
            got = cache[kind] = _mention_list(actors, frozenset({kind}), aside)
        return got

    taken: list[tuple[int, int, str]] | None = None
    for m in finditer_union(rx, text):
        s, e = m.span()
        if taken is None:
            # the mentions so far in text order (by start, then end: ties in both hold
            # the same span, all this test reads)
            taken = [x for a in actors for x in a.mentions]
            taken.sort()
        i = bisect.bisect_right(taken, e, key=_M_START) - 1
        if i >= 0 and taken[i][0] <= s and taken[i][1] >= e:
            continue
        # the pattern's groups (``noun``, ``noun2``) by number: the ``regex`` module reads a
        # group's name only after failing to read it as a number (an error raised and
        # cleared, about 0.7 µs a call)
        word, word2 = m.groups()
        noun = lex.role_nouns.get(word.lower().replace("\u00a0", " "))
        if noun is None:
            continue
        target = _resolve_noun(noun, mentions_of(noun.kind), s, lex, word2)
        if target is None:
            continue
        adjective = text[s + 4 : m.start(1)].split()
        if any(lex.demonyms.get(w, ("", target.code))[1] != target.code for w in adjective):
            continue  # "the Japanese embassy" is not the Danish one
        target.mentions.append((s, e, "nominal"))
        if word2:
            n2 = lex.role_nouns.get(word2.lower())
            if n2 is not None:
                t2 = _resolve_noun(n2, mentions_of(n2.kind), s, lex, None)
                if t2 is not None and t2 is not target:
                    t2.mentions.append((m.start(2) - 4, m.end(2), "nominal"))


def _resolve_noun(
    noun: RoleNoun, mentions: list[tuple[int, int, _Actor]], pos: int, lex: ActorLexicon,
    of_noun: str | None,
) -> _Actor | None:
    i = bisect.bisect_left(mentions, pos, key=_M_START) - 1
    seen = 0
    while i >= 0 and seen < 12:
        _, e, a = mentions[i]
        i -= 1
        if e > pos or pos - e > 3000:
            if pos - e > 3000:
                break
            continue
        seen += 1
        if noun.gender and a.gender and a.gender != noun.gender:
            continue
        if of_noun is not None and a.affiliation is not None and a.affiliation.actor is not None:
            n2 = lex.role_nouns.get(of_noun.lower())
            if n2 is not None and _prefers(a.affiliation.actor, n2):
                return a
        if _prefers(a, noun):
            return a
    return None


def _pronoun_spans(text: str) -> list[tuple[int, int]]:
    """Spans of he/him/his/himself/she/her/hers/herself (first letter in either case)
    written as a whole word (no letter, hyphen or apostrophe on either side), in text
    order."""
    out = [m.span() for rx in patterns()["pronouns"] for m in rx.finditer(text, concurrent=False)]
    out.sort(key=_M_START)  # no two start at one place (he/hi/she, each as a whole word)
    return out


def _pronouns(text: str, actors: list[_Actor], aside: Sequence[tuple[int, int]]) -> None:
    persons = _mention_list(actors, frozenset({"person"}), aside)
    if not persons:
        return
    # where mentions start (ints, no (start, end) pair built and hashed per mention): a
    # pronoun starting at one is looked for among the mentions (hardly ever)
    starts = {m[0] for a in actors for m in a.mentions}
    starts_of = [p[0] for p in persons]  # (bisected without a key function per probe)
    for s, e in _pronoun_spans(text):
        if s in starts and any(m[0] == s and m[1] == e for a in actors for m in a.mentions):
            continue
        # she, her, hers, herself (the patterns take only these forms, first letter in
        # either case, the rest in lower case)
        gender = "female" if text[s] in "sS" or (e - s > 2 and text[s + 2] == "r") else "male"
        i = bisect.bisect_left(starts_of, s) - 1
        while i >= 0:
            _, pe, a = persons[i]
            if s - pe > 1500:
                break
            i -= 1
            if a.gender is None or a.gender == gender:
                a.gender = gender
                a.mentions.append((s, e, "pronoun"))
                break


def _affiliation_nouns(
    text: str,
    cands: list[_Cand],
    actors: list[_Actor],
    lex: ActorLexicon,
    aside: Sequence[tuple[int, int]],
) -> None:
    """A role noun that is a person's affiliation in an apposition (``X, director of the
    agency``) is a mention of the nearest preceding organisation or medium it fits, and
    that actor the person's affiliation."""
    orgs: list[tuple[int, int, _Actor]] | None = None
    for c in cands:
        if c.aff_span is None or c.actor is None or c.actor.aff_actor is not None:
            continue
        s, e = c.aff_span
        noun = lex.role_nouns.get(text[s + 4 : e].lower())
        if noun is None:
            continue
        if orgs is None:
            orgs = _mention_list(actors, frozenset({"organization", "media"}), aside)
        target = _resolve_noun(noun, orgs, s, lex, None)
        if target is not None and target is not c.actor:
            target.mentions.append((s, e, "nominal"))
            c.actor.aff_actor = target
