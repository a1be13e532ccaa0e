"""Pass 5 of the actor extractor: one actor per entity.

Candidates become actors: names the lexicons know join their entity, full names
absorb later surnames and variants with middle names, long names their acronyms, a
company's first word alone its company; an unknown single name gets its kind from
its context and its other mentions, and a town's name that is the surname of a person
of the article becomes that person.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .candidates import _FIRST, _Actor, _Cand
from .lexicon import ActorLexicon
from .words import _CITY, _NOT_NAMES, _ORGS, _words

UNKNOWN_SINGLE = "organization"


_PLACE_PREPS = _words(
    """
    in at near from to across throughout outside inside into
    """
)


# what the name of a company stands before and after: "Acme's chief executive", "shares of
# Acme"
_COMPANY_AFTER = ("'s chief executive", "’s chief executive", "'s CEO", "’s CEO",
                  "'s shareholders", "’s shareholders", "'s shares", "’s shares")
_COMPANY_BEFORE = ("shares of ", "Shares of ", "shares in ", "stake in ", "shareholders of ")
_APOSTROPHES = frozenset("'’")
_OF_IN = frozenset({"of ", "in "})


def _company_cue(text: str, c: _Cand) -> bool:
    """Whether the one word of ``c`` stands before ``'s chief executive`` (``'s CEO``,
    ``'s shareholders``, ``'s shares``) or after ``shares of`` (``shares in``, ``stake
    in``, ``shareholders of``): a company's name, not a person's."""
    e = c.end
    return (text[e : e + 1] in _APOSTROPHES and text.startswith(_COMPANY_AFTER, e)) or (
        text[c.start - 3 : c.start] in _OF_IN and text.endswith(_COMPANY_BEFORE, 0, c.start)
    )


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _namesake(
    people: list[tuple[_Actor, str | None]] | None, latest: _Actor, gender: str
) -> _Actor:
    """Of the people whose names end with one word, with the gender their first name
    gives, the one a gendered title means (``Mrs. Clinton`` after ``Hillary Clinton``
    and ``Bill Clinton`` is Hillary Clinton): the latest named, unless its gender is
    another and an earlier one has the title's."""
    if people is None:
        return latest
    for a, g in people:
        if a is latest and g in (None, gender):
            return latest
    for a, g in reversed(people):
        if g == gender:
            return a
    return latest


@functools.lru_cache(maxsize=4096)
def _suffixes(name: str) -> tuple[str, ...]:
    """The last words of a name that may name it alone, longest first: each run of its
    words from a capitalised one on, the first word not included (``New York Post``
    gives ``York Post``, ``Post``). Cached by name (organisations recur)."""
    words = name.split(" ")
    return tuple(
        " ".join(words[i:]) for i in range(1, min(len(words), 12)) if words[i][:1].isupper()
    )


def _form_actors(text: str, cands: list[_Cand], lex: ActorLexicon) -> list[_Actor]:
    """The article's actors from its candidates, in the order the text first names
    them: each candidate joins an actor or makes one by what it is (known, a person, a
    single unknown word, an organisation or outlet, a place), names left pending until
    all full names are seen; then variants of people's names joined, the pending names
    read, what the mentions say gathered, lone towns read, genders and countries
    filled in."""
    f = _Forming(text, lex)
    pending = f.pending
    for c in cands:
        if c.known is not None:
            f.known(c)
        elif c.kind == "person":
            f.person(c)
        elif c.kind is None and len(c.tokens) == 1:
            a = f.person_tokens.get(c.tokens[0])
            if a is not None:
                c.mention_kind = "alias"
                c.kind = "person"
                _mention(a, c)
            else:
                pending.append(c)
        elif c.kind in ("organization", "media"):
            f.organisation(c)
        elif c.kind == "place":
            f.place(c)
        else:
            pending.append(c)
    actors = f.actors
    if f.variants:
        _join_variants(cands, actors, f.person_tokens, f.by_key, lex)
    f.read_pending()
    _gather(cands)
    if f.towns:
        _towns(text, f.towns, actors, f.by_key, lex)
    _fill_in(actors, lex)
    actors.sort(key=_FIRST)
    return actors


class _Forming:
    """The state :func:`_form_actors` builds over the candidates, in text order: the
    actors and the indexes that let a later mention find its actor (by key, by a word
    of a person's name, by acronym, initials, last words or first word), with one
    method per kind of candidate."""

    __slots__ = (
        "acronyms",
        "actors",
        "by_first",
        "by_initials",
        "by_key",
        "by_suffix",
        "genders",
        "lasts",
        "lex",
        "namesakes",
        "pending",
        "person_tokens",
        "text",
        "towns",
        "variants",
    )

    def __init__(self, text: str, lex: ActorLexicon) -> None:
        self.text = text
        self.lex = lex
        self.actors: list[_Actor] = []
        self.by_key: dict[str, _Actor] = {}
        self.person_tokens: dict[str, _Actor] = {}
        self.acronyms: dict[str, _Actor] = {}
        self.by_initials: dict[str, _Actor] = {}
        self.by_suffix: dict[tuple[str, str], _Actor] = {}
        self.pending: list[_Cand] = []
        # companies named with their legal forms by their first words ("Barrick Gold Corp"):
        # the one word alone is the company, not a person ("Barrick said")
        self.by_first: dict[str, _Actor] = {}
        self.towns: list[_Cand] = []  # lone names of towns, read after the people
        self.lasts: set[str] = set()  # last words of the names of people
        self.variants = False  # two names of people end with the same word
        # the people whose names end with a word, when several do ("Bill Clinton",
        # "Hillary Clinton"): a gendered title picks among them ("Mrs. Clinton")
        self.namesakes: dict[str, list[tuple[_Actor, str | None]]] = {}
        # a person's gender from its first full name
        self.genders: dict[_Actor, str | None] = {}

    def known(self, c: _Cand) -> None:
        """A candidate the lexicons know: its entity's actor, unless it is a longer
        unknown name's start, a lone town (read after the people) or an outlet named
        before by its last words."""
        k = c.known
        assert k is not None
        text = self.text
        if (
            k.mention_kind == "alias"
            and text.startswith(" of ", c.end)
            and text[c.end + 4 : c.end + 5].isupper()
            and len(c.tokens) == 1
        ):
            return  # "House of Cards": a longer name the lexicons do not know
        if k.types == _CITY and len(c.tokens) == 1:
            self.towns.append(c)  # maybe the surname of a person named in full
            return
        if k.capital_of:
            c.capital = True
        if self.by_suffix and c.text.startswith("The "):
            # "The Times" after "The New York Times": the outlet named before, not
            # the known one of that name
            a = self.by_suffix.get((k.kind, c.text[4:]))
            if a is not None and a.key != k.key:
                c.mention_kind = "alias"
                _mention(a, c)
                return
        a = self.by_key.get(k.key)
        if a is None:
            # the entity's first mention: its actor, indexed by key, by its name as an
            # acronym and by its last words
            a = _Actor(k.kind, k.name, k.key, c.start)
            a.country, a.code = k.country, k.country_code
            a.types = k.types
            if k.kind == "organization":
                acr = k.name if k.name.replace(".", "").isupper() else None
                if acr:
                    self.acronyms[acr] = a
            if k.kind in _ORGS and " " in k.name:
                # a known name's last words name it after it, as an unknown
                # one's do ("the New York Post … the Post")
                for suffix in _suffixes(k.name):
                    self.by_suffix.setdefault((k.kind, suffix), a)
            self.by_key[k.key] = a
            self.actors.append(a)
        _mention(a, c)

    def person(self, c: _Cand) -> None:
        """A person's name: one word, the person a name before ends with (pending if
        none); several, its own actor by its words."""
        if len(c.tokens) == 1:
            a = self.person_tokens.get(c.tokens[0])
            if a is None:
                self.pending.append(c)
                return
            if self.namesakes and c.gender:
                a = _namesake(self.namesakes.get(c.tokens[0]), a, c.gender)
            c.mention_kind = "alias"
            _mention(a, c)
            return
        # keyed by its words: "Jo\u00a0Roe" is Jo Roe
        key = "person:" + " ".join(c.tokens)
        a = self.by_key.get(key)
        if a is None:
            # named in full first: the person's actor, indexed by key and by the words
            # of the name (the last one always); people whose names end alike are
            # namesakes
            person_tokens = self.person_tokens
            a = _Actor("person", c.text, key, c.start)
            a.tokens = tuple(c.tokens)
            self.by_key[key] = a
            self.actors.append(a)
            self.genders[a] = c.gender
            if c.tokens[-1] in self.lasts:
                self.variants = True
                group = self.namesakes.setdefault(c.tokens[-1], [])
                if not group and c.tokens[-1] in person_tokens:
                    first = person_tokens[c.tokens[-1]]
                    group.append((first, self.genders.get(first)))
                group.append((a, c.gender))
            else:
                self.lasts.add(c.tokens[-1])
            for t in c.tokens:
                if len(t) > 2 and t not in person_tokens:
                    person_tokens[t] = a
            person_tokens[c.tokens[-1]] = a
        _mention(a, c)

    def organisation(self, c: _Cand) -> None:
        """An organisation's or outlet's name: an acronym of one named before, the last
        words of one's name, a company's first word, or its own actor by kind and
        name."""
        surface = c.text
        kind = c.kind
        assert kind is not None
        if surface.isupper() and len(surface) <= 8:
            a = self.acronyms.get(surface) or self.by_initials.get(surface)
            if a is not None:
                c.mention_kind = "acronym"
                _mention(a, c)
                return
        else:
            # (an outlet's name ends an organisation's: "the New York Post … The Post")
            by_suffix = self.by_suffix
            a = by_suffix.get((kind, surface)) or (
                by_suffix.get(("media", surface)) if kind == "organization" else None
            )
            if a is not None:
                c.mention_kind = "alias"
                _mention(a, c)
                return
        if self.by_first and len(c.tokens) == 1:
            a = self.by_first.get(surface)
            if a is not None:
                c.mention_kind = "alias"
                _mention(a, c)
                return
        key = f"{kind}:{surface}"
        a = self.by_key.get(key)
        if a is None:
            a = self._new_organisation(c, key)
        _mention(a, c)

    def _new_organisation(self, c: _Cand, key: str) -> _Actor:
        """The actor of an organisation or outlet first named by ``c``: an acronym
        indexed as one; a long name joins the acronym of its initials seen before, and
        is indexed by its initials, its last words and (a company's with a legal form)
        its first word."""
        kind = c.kind
        assert kind is not None
        surface = c.text
        a = _Actor(kind, surface, key, c.start)
        a.tokens = tuple(c.tokens)
        a.types = (c.tokens[-1].lower(),)
        if c.code:
            a.country, a.code = c.country, c.code
        if surface.isupper():
            self.acronyms[surface] = a
            self.actors.append(a)
        else:
            ini = _initials(c.tokens)
            other = self.acronyms.get(ini) if len(ini) >= 2 else None
            if other is not None and other.kind == kind:
                # an acronym seen before its long name
                a = other
                if len(surface) > len(a.name) and not a.name.isupper():
                    a.name = surface
            else:
                self.actors.append(a)
            if len(ini) >= 2:
                self.by_initials.setdefault(ini, a)
            for suffix in _suffixes(surface):
                self.by_suffix.setdefault((kind, suffix), a)
            lex = self.lex
            if len(c.tokens) > 1 and c.tokens[-1] in lex.company_forms:
                opening = c.tokens[0]
                if opening.lower() not in lex.common and opening not in lex.known:
                    self.by_first.setdefault(opening, a)
        self.by_key[key] = a
        return a

    def place(self, c: _Cand) -> None:
        """A place's name: its actor by name."""
        key = "place:" + c.text
        a = self.by_key.get(key)
        if a is None:
            a = _Actor("place", c.text, key, c.start)
            self.by_key[key] = a
            self.actors.append(a)
        _mention(a, c)

    def read_pending(self) -> None:
        """Single names seen before (or without) a full name, and names of no kind:
        once all the full names are known."""
        pending = self.pending
        person_tokens = self.person_tokens
        text, lex, by_key, by_suffix = self.text, self.lex, self.by_key, self.by_suffix
        cued = _cued(text, pending, person_tokens)
        for c in pending:
            a = person_tokens.get(c.tokens[0]) if len(c.tokens) == 1 else None
            if a is not None:
                c.kind = "person"
                c.mention_kind = "alias"
                _mention(a, c)
                continue
            if len(c.tokens) == 1 and not c.roles:
                # a company by its first word or by the words around it, not a person
                a = self.by_first.get(c.tokens[0]) if self.by_first else None
                if a is not None:
                    c.kind = "organization"
                    c.mention_kind = "alias"
                    _mention(a, c)
                    a.first = min(a.first, c.start)
                    continue
                if cued and c.tokens[0] in cued:
                    c.kind = "organization"
            # no person's word nor company's first word: its kind guessed if it has
            # none (dropped if none fits), then the actor of that kind and name, the
            # organisation or outlet whose name it ends, the acronym of its initials,
            # or its own
            surface = c.text
            kind = c.kind
            if kind is None:
                kind = _guess_kind(text, c, lex)
                if kind is None:
                    continue
                c.kind = kind
            key = f"{kind}:{surface}"
            a = by_key.get(key)
            if a is None and kind == "organization" and by_suffix:
                # a guessed organisation that ends an organisation's or outlet's name
                # is it ("the New York Post … the Post")
                a = by_suffix.get((kind, surface)) or by_suffix.get(("media", surface))
                if a is not None:
                    c.kind = a.kind
                    c.mention_kind = "alias"
                    _mention(a, c)
                    continue
            if a is None and kind == "organization" and len(c.tokens) > 1:
                a = self._long_name_acronym(c, key)
            if a is None:
                a = _Actor(kind, surface, key, c.start)
                a.tokens = tuple(c.tokens)
                by_key[key] = a
                self.actors.append(a)
            _mention(a, c)

    def _long_name_acronym(self, c: _Cand, key: str) -> _Actor | None:
        """The acronym's actor a long name guessed an organisation joins (named as the
        text first names it), or None."""
        # a long name guessed an organisation joins the acronym that spells its
        # initials (``the Global Response Staff (GRS)``), as one with a head does;
        # with no head word to vouch for it, only three letters or more (a ``BS``
        # degree is not ``Big Sisters``)
        ini = _initials(c.tokens)
        a = self.acronyms.get(ini) if len(ini) >= 3 else None
        if a is None or a.kind != "organization":
            return None
        if c.start < a.first:  # named as the text first names it
            a.name, a.tokens, a.first = c.text, tuple(c.tokens), c.start
            a.mentions = [(s, e, "acronym" if k == "name" else k) for s, e, k in a.mentions]
        self.by_key[key] = a
        return a


def _cued(text: str, pending: list[_Cand], person_tokens: dict[str, _Actor]) -> set[str]:
    """The single words of no person among the pending names that the words around one
    of their mentions show companies' names (:func:`_company_cue`): all their mentions
    are."""
    return {
        c.tokens[0]
        for c in pending
        if len(c.tokens) == 1
        and not c.roles
        and c.tokens[0] not in person_tokens
        and _company_cue(text, c)
    }


def _gather(cands: list[_Cand]) -> None:
    """Roles, affiliation, country, gender of the actors from their mentions."""
    for c in cands:
        a = c.actor
        if a is None:
            continue
        if c.roles:
            for r in c.roles:
                if r not in a.roles:
                    a.roles.append(r)
        if not a.gender:
            a.gender = c.gender
        if c.affiliation is not None and a.affiliation is None and c.affiliation is not c:
            a.affiliation = c.affiliation
        if c.code and a.code is None:
            a.country, a.code = c.country, c.code


def _fill_in(actors: list[_Actor], lex: ActorLexicon) -> None:
    """A person's gender from the first name, and country from the affiliation, when
    the mentions gave none."""
    for a in actors:
        if a.kind == "person" and a.gender is None and a.tokens:
            a.gender = lex.first_names.get(a.tokens[0])
        if a.kind == "person" and a.code is None and a.affiliation is not None:
            aff = a.affiliation.actor
            if aff is not None and aff.code:
                a.country, a.code = aff.country, aff.code


def _towns(
    text: str,
    towns: list[_Cand],
    actors: list[_Actor],
    by_key: dict[str, _Actor],
    lex: ActorLexicon,
) -> None:
    """A lone town's name that is a census surname and the surname of one person the
    article names in full (with a first name or a title) is that person (``Merrick Garland …
    hearings for Garland``, ``Elizabeth Warren … Warren said``), unless it reads as a
    place: after ``in``, ``at``, ``from`` … or before a comma and a capital (``the
    suburb of Warren, Michigan``). The people are the strictest reading of
    :func:`.candidates._person_surnames` (see there), over the actors."""
    people: dict[str, _Actor | None] = {}
    surnames = lex.surnames
    for a in actors if any(c.tokens[0] in surnames for c in towns) else ():
        if (
            a.kind == "person"
            and len(a.tokens) > 1
            and (a.tokens[0] in lex.first_names or a.roles)
        ):
            last = a.tokens[-1]
            people[last] = None if last in people else a
    for c in towns:
        person = people.get(c.tokens[0]) if c.tokens[0] in surnames else None
        if person is not None:
            e = c.end
            place = text.startswith(", ", e) and text[e + 2 : e + 3].isupper()
            if not place and c.start > 1 and text[c.start - 1] == " ":
                w = text.rfind(" ", max(0, c.start - 14), c.start - 1) + 1
                place = text[w : c.start - 1].lower() in _PLACE_PREPS
            if not place:
                c.known = None
                c.kind = "person"
                c.mention_kind = "alias"
                _mention(person, c)
                continue
        k = c.known
        assert k is not None
        town = by_key.get(k.key)
        if town is None:
            town = _Actor(k.kind, k.name, k.key, c.start)
            town.country, town.code = k.country, k.country_code
            town.types = k.types
            by_key[k.key] = town
            actors.append(town)
        elif c.start < town.first and k.name != town.name:
            # a capital named first as a town ("Kiev … Kyiv"): the place is named as the
            # article first writes it
            town.name = k.name
            town.first = c.start
        _mention(town, c)


def _join_variants(
    cands: list[_Cand],
    actors: list[_Actor],
    person_tokens: dict[str, _Actor],
    by_key: dict[str, _Actor],
    lex: ActorLexicon,
) -> None:
    """Two names of one person: a first and last name and the same with middle names
    or initials (``Jo Roe``, ``Jo K. Roe``, ``Jo Kay Roe``), and a surname of several
    words and the full name ending with it (``Wasserman Schultz``, ``Debbie Wasserman
    Schultz``); the shorter joins the longer when no other name of the article fits it
    (``George Bush`` stays apart beside ``George W. Bush`` and ``George H.W. Bush``)."""
    by_last: dict[str, list[_Actor]] = {}
    for a in actors:
        if a.kind == "person" and len(a.tokens) > 1:
            by_last.setdefault(a.tokens[-1], []).append(a)
    first_names = lex.first_names
    moved: dict[_Actor, _Actor] = {}
    for people in by_last.values():
        if len(people) < 2:
            continue
        for q in people:
            qt = q.tokens
            n = len(qt)
            middle = n == 2 and qt[0] in first_names
            surname = qt[0] not in first_names and qt[0][:1].isupper() and not qt[0].isupper()
            if not middle and not surname:
                continue
            into: _Actor | None = None
            for p in people:
                pt = p.tokens
                if p is q or len(pt) <= n or p in moved:
                    continue
                if middle:
                    fits = pt[0] == qt[0] and pt[-1] == qt[1] and len(pt) <= 4
                else:
                    fits = pt[-n:] == qt and pt[0] in first_names
                if fits:
                    if into is not None:
                        break  # two people the name fits
                    into = p
            else:
                if into is not None:
                    moved[q] = into
    if not moved:
        return
    for q, p in moved.items():
        while p in moved:
            p = moved[p]
        p.mentions.extend([(s, e, "alias" if k == "name" else k) for s, e, k in q.mentions])
        p.first = min(p.first, q.first)
        by_key[q.key] = p
        moved[q] = p
    for c in cands:
        was = c.actor
        if was is not None and was in moved:
            c.actor = moved[was]
    for t, a in person_tokens.items():
        if a in moved:
            person_tokens[t] = moved[a]
    actors[:] = [a for a in actors if a not in moved]


def _guess_kind(text: str, c: _Cand, lex: ActorLexicon) -> str | None:
    """An unknown name without evidence: decide from its shape and surroundings."""
    words = c.tokens
    if len(words) == 1:
        w = words[0]
        if w.lower() in lex.common or w in _NOT_NAMES or c.initial:
            return None
        before = text[max(0, c.start - 6) : c.start].split()
        if before and before[-1] in _PLACE_PREPS:
            return "place"
        after = text[c.end : c.end + 12]
        if after.startswith((" said", " says", " told", " added")):
            return "person"
        return "person" if w in lex.surnames else UNKNOWN_SINGLE
    return "organization"


def _mention(a: _Actor, c: _Cand) -> None:
    c.actor = a
    kind = c.mention_kind
    if c.text == a.name:
        kind = "name"
    elif kind == "name":
        kind = "alias"
    a.mentions.append((c.start, c.end, kind))
    if c.ext_start is not None and c.ext_start < c.start:
        a.mentions.append((c.ext_start, c.end, "nominal"))
    if a.kind == "person" and len(c.tokens) > len(a.tokens):
        a.name = c.text
        a.tokens = tuple(c.tokens)
