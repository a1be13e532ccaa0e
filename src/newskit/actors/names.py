"""Pass 3 of the actor extractor: what one chunk names, by its words alone.

Known names (countries, places, organisations, media), leading demonyms and known
entities as modifiers, titles before a name (``Foreign Minister``, ``Chief of
Staff``), and the kind of the rest by organisation head words, first names,
surnames, team nicknames and shape. What a chunk yields depends only on its
characters, so the analysis is memoised in the lexicon and replayed.
"""

from __future__ import annotations

from typing import Any

from .candidates import DemonymsAt, TitlesAt, _Cand
from .lexicon import ActorLexicon, Known
from .words import _CITY, _NOT_NAMES, _ORGS, _words

# Title words that are also common in names (John Major, Martin Luther King): not taken as
# the start of a title after an unknown name.
_AMBIGUOUS_TITLES = _words(
    """General Major Justice King Prince Queen Lord Lady Sir Father Mother Sister Brother
    Count Chief Head Captain Marshal Bishop Cardinal Judge Doctor Dame Baron Duke
    Metropolitan Elder Pastor Officer Commander Speaker Chair Lieutenant Colonel Deacon
    Rabbi Imam Emperor Sultan Emir Sheikh Pope Reverend Detective Inspector Constable
    Sheriff Attorney Representative Member Fellow"""
)


# Last words of names of places, rarely of people's: a name ending in one is a place.
_PLACE_HEADS = _words(
    """County Valley Island Islands Avenue Boulevard Peninsula Canyon Creek Parkway
    Highway Province Prefecture Township Borough Heights Street Square Coast State
    Mountains"""
)
# Last words of names of towns, and of people's after a first name
_TOWN_HEADS = _words("Beach Springs Falls")
# Words that end a place's name after a known place's ("Guantanamo Bay", "Hudson Valley")
_PLACE_TAILS = (_PLACE_HEADS | _TOWN_HEADS | _words(
    "Bay Harbor Harbour River Lake Delta Gulf Strait Canal Basin Peninsula Region"
)) - {"State", "Street", "Square"}
# Plural last words of names of places, not of teams named by a town ("Florida Keys")
_GEO_PLURALS = _words(
    """Islands Isles Keys Hills Lakes Plains Highlands Lowlands Rapids Flats Woods Gardens
    Sands Downs Banks Narrows Straits Fields Territories Provinces States Mountains Heights
    Springs Falls Rockies Alps Glades Shores Pines Oaks Meadows Estates Towers Hamptons
    Marshes Dunes Cliffs Lands Waters Valleys Ridges Forks Grounds Docks Commons"""
)


# hyphenated participles that end a company's description before its name
# ("Ontario-based Magna", "Communist-led CGT", "State-owned Pertamina")
_BASED = (
    "-based", "-owned", "-controlled", "-led", "-backed", "-run", "-funded", "-listed",
    "-registered", "-headquartered",
)
# colours opening a team's nickname of two words ("Red Sox", "Blue Jays")
_COLOURS = _words("Red White Blue Black Golden Green Silver")
# a team's nickname is no word more frequent than this rank of ``common_words``
_NICKNAME_RANK = 3000


def _of_title(
    toks: list[tuple[int, int, str]], last: list[tuple[int, int, str]], lex: ActorLexicon
) -> tuple[int, str, int] | None:
    """A title written across " of " (``Chief of Staff``, ``Deputy Chief of Staff``,
    ``Secretary of State``): the end of the chunk ``last`` before " of " and the start of
    ``toks`` after it. Returns how many tokens of ``toks`` the title takes, the title and
    where it starts, or None. Titles before " of " that are titles alone too (``Deputy``)
    are taken into it."""
    first = toks[0][2]
    words = lex.title_words
    if first not in words and first.lower() not in words:
        return None
    for b in range(min(len(toks), lex.max_title_len), 0, -1):
        after = [t[2] for t in toks[:b]]
        for a in range(1, min(len(last), lex.max_title_len) + 1):
            if lex.is_title([t[2] for t in last[-a:]] + ["of", *after]):
                while a < len(last) and lex.is_title([last[-a - 1][2]]):
                    a += 1
                title = " ".join([*[t[2] for t in last[-a:]], "of", *after])
                return b, title, last[-a][0]
    return None


def _apply_of_titles(
    cands: list[_Cand], of_titles: dict[int, tuple[int, str]], lex: ActorLexicon
) -> None:
    """The titles :func:`_of_title` found (``of_titles``: where the name after one starts
    -> where the title starts and the title) given to the candidates they stand before,
    unless known as no person: roles, a person, the title's gender, the title in the
    candidate's extent (``Secretary of State Jane Roe``)."""
    for c in cands:
        ot = of_titles.get(c.start)
        if ot is not None and (c.known is None or c.kind == "person"):
            c.roles.insert(0, ot[1])
            c.kind = "person"
            c.gender = c.gender or lex.title_gender(ot[1])
            c.evidence = max(c.evidence, 2)
            c.ext_start = ot[0]


def _known_at(toks: list[tuple[int, int, str]], i: int, lex: ActorLexicon, limit: int) -> int:
    """Length of the longest known name starting at token i (0 if none).

    Only as many tokens are joined as run on with words of known names: a name of
    several words is known only if each of its words is a word of some known name."""
    known = lex.known
    words = lex.known_words
    top = min(limit, i + 6)
    if top <= i:
        return 0
    run_end = i + 1
    while run_end < top and toks[run_end][2] in words:
        run_end += 1
    for j in range(run_end, i, -1):
        if (toks[i][2] if j == i + 1 else " ".join([t[2] for t in toks[i:j]])) in known:
            return j - i
    return 0


def _title_at(toks: list[tuple[int, int, str]], i: int, lex: ActorLexicon, limit: int) -> int:
    """Length of the longest title starting at token i (0 if none); as for names, only
    tokens that are words of titles (as written or in lower case) are joined."""
    words = lex.title_words
    first = toks[i][2]
    if first not in words and first.lower() not in words:
        return 0
    top = min(limit, i + lex.max_title_len)
    if top <= i:
        return 0
    run_end = i + 1
    while run_end < top and (toks[run_end][2] in words or toks[run_end][2].lower() in words):
        run_end += 1
    for j in range(run_end, i, -1):
        if lex.is_title([t[2] for t in toks[i:j]]):
            return j - i
    return 0


def _new(text: str, toks: list[tuple[int, int, str]]) -> _Cand:
    s, e = toks[0][0], toks[-1][1]
    return _Cand(s, e, text[s:e], [t[2] for t in toks])


_Plan = tuple[
    tuple[_Cand, ...],
    tuple[tuple[int, tuple[int, str, str]], ...],
    tuple[tuple[int, tuple[int, list[str], str | None]], ...],
]
"""What a chunk yields, at offset 0: candidates, demonyms and titles by end (tuples, so
that the many plans of a long batch hold no empty containers)."""
_NO_PLAN: _Plan = ((), (), ())
"""The plan of a chunk that yields nothing (most capitalised words opening a sentence)."""
_MEMO_SIZE = 50_000
"""Chunks memoised per lexicon: about 0.8 kB each, so at most about 40 MB in a long batch
(PolNeAR dev and train together fill 12,000)."""


def _analyse_chunk(
    text: str,
    toks: list[tuple[int, int, str]],
    lex: ActorLexicon,
    cands: list[_Cand],
    demonym_at: DemonymsAt,
    titles_at: TitlesAt,
) -> None:
    """Candidates of one chunk. What a chunk yields depends only on its characters and
    where its tokens lie in it, and names recur within and across articles, so the
    analysis is memoised by chunk (bounded, per lexicon) and replayed at the chunk's
    place, shifted."""
    start = toks[0][0]
    end = toks[-1][1]
    key: str | tuple[Any, ...]
    if len(toks) == 1:
        key = toks[0][2]
    else:
        key = text[start:end]
        if key.count(" ") + key.count("\u00a0") != len(toks) - 1:
            # joined across a connector ("Bank of England"): the words between are no
            # tokens, so the key says where the tokens are; in a run of the chunk
            # pattern one space or no-break space parts its tokens, and the characters
            # alone say where they are (a key with a space is no single word's)
            key = (key, *[(t[0] - start, t[1] - start) for t in toks])
    memo = lex.memo
    plan: _Plan | None = memo.get(key)
    if plan is None:
        found: list[_Cand] = []
        demonyms: DemonymsAt = {}
        titles: TitlesAt = {}
        rel = [(t[0] - start, t[1] - start, t[2]) for t in toks]
        _analyse_tokens(text[start:end], rel, lex, found, demonyms, titles)
        plan = (
            (tuple(found), tuple(demonyms.items()), tuple(titles.items()))
            if found or demonyms or titles
            else _NO_PLAN
        )
        if len(memo) < _MEMO_SIZE:
            memo[key] = plan
    made = plan[0]
    if len(made) == 1:
        cands.append(made[0].at(start))
    elif made:
        copies = [t.at(start) for t in made]
        for c, t in zip(copies, made, strict=True):
            if t.affiliation is not None:
                c.affiliation = copies[made.index(t.affiliation)]
        cands.extend(copies)
    for e, (s, country, code) in plan[1]:
        demonym_at[e + start] = (s + start, country, code)
    for e, (s, roles, gender) in plan[2]:
        titles_at[e + start] = (s + start, list(roles), gender)


_Mod = tuple[int, int, Known | None, tuple[str, str] | None]
"""A leading modifier: its tokens' span, the known name it is or the demonym's country
and code (neither for an adjective)."""


def _analyse_tokens(
    text: str,
    toks: list[tuple[int, int, str]],
    lex: ActorLexicon,
    cands: list[_Cand],
    demonym_at: DemonymsAt,
    titles_at: TitlesAt,
) -> None:
    """What one chunk's tokens (at offset 0 in ``text``) name: candidates into
    ``cands``, demonyms and titles without a name by where they end into ``demonym_at``
    and ``titles_at``. The steps of :class:`_Analysis` in order, until one has said all
    the chunk says; then the words after the leading modifiers, with titles or
    without. Some steps are asked only where their case can be (tested here: most
    chunks are one or two plain words, and a call costs more than the test)."""
    a = _Analysis(text, toks, lex, cands, demonym_at, titles_at)
    if a._whole():
        return
    n = len(toks)
    whole = a.whole
    if n > 1 and "-" in whole and a._based():
        return
    if n == 1:
        if whole in _NOT_NAMES or whole.rpartition("-")[2].islower():
            return  # "Spanish-language", "Moscow-based": adjectives
    elif _adjective_tail(whole.rpartition("-")[2]):
        return  # "New York-based", "Nobel Prize-winning", "World War II-era"
    if a._leading_modifiers():
        return
    mods = a.mods
    if mods and a.i == n - 1 and a._modifiers_alone():
        return
    if not mods and n > 2 and a._surname_before_organisation():
        return
    if n - a.i >= 2:
        a._prefix_before_title()
    roles, gender, j = a._titles()
    if roles:
        a._titled(roles, gender, j)
    elif not (n - a.i == 1 and a.mods and a._place_and_tail()):
        a._untitled()


class _Analysis:
    """The analysis of one chunk's tokens, one method a step (:func:`_analyse_tokens`
    calls them in order). The steps share the
    tokens, the leading modifiers found (``mods``), where the words after them start
    (``i``), an organisation named before a title (``org_prefix``) and the capitalised
    words of a title after a surname (``lead``); a step that returns True has said all
    the chunk says."""

    __slots__ = (
        "cands",
        "demonym_at",
        "i",
        "lead",
        "lex",
        "mods",
        "n",
        "org_prefix",
        "text",
        "titles_at",
        "toks",
        "whole",
    )

    def __init__(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        lex: ActorLexicon,
        cands: list[_Cand],
        demonym_at: DemonymsAt,
        titles_at: TitlesAt,
    ) -> None:
        n = len(toks)
        self.text = text
        self.toks = toks
        self.lex = lex
        self.cands = cands
        self.demonym_at = demonym_at
        self.titles_at = titles_at
        self.n = n
        self.whole = toks[0][2] if n == 1 else " ".join([t[2] for t in toks])
        self.mods: list[_Mod] = []
        self.i = 0
        self.org_prefix: _Cand | None = None
        self.lead: list[str] = []  # capitalised words before a title after a surname

    def _again(self, toks: list[tuple[int, int, str]]) -> None:
        """Part of the chunk analysed alone, into the same outputs."""
        _analyse_tokens(self.text, toks, self.lex, self.cands, self.demonym_at, self.titles_at)

    def _whole(self) -> bool:
        """What the whole chunk says alone, if it says all: a known name (one
        candidate, known), a demonym (remembered by where it ends), an adjective, a
        name ending in a head word of no actor; or one ending in abbreviations of no
        actor, then the words before them analysed alone."""
        toks, lex, text = self.toks, self.lex, self.text
        whole = self.whole
        n = self.n
        k = lex.known.get(whole)
        if k is None and n > 1 and len(text) > len(whole):
            # joined across a connector: the name as written ("House of Representatives")
            k = lex.known.get(text[toks[0][0] : toks[-1][1]])
        if k is None and len(whole) > 3 and whole.isupper():
            # a known name written in capitals mid-sentence ("told POLITICO", "USA TODAY",
            # a dateline's "TALLAHASSEE"); an acronym is known as written
            k = lex.known_upper.get(whole)
        if k is not None:
            c = _new(text, toks)
            c.known = k
            c.kind = k.kind
            c.mention_kind = k.mention_kind
            c.evidence = 3
            self.cands.append(c)
            return True
        if whole in lex.demonyms:
            country, code = lex.demonyms[whole]
            self.demonym_at[toks[-1][1]] = (toks[0][0], country, code)
            return True
        if whole in lex.adjectives or toks[-1][2] in lex.non_actor_heads:
            return True
        if toks[-1][2] in lex.not_actors:
            # "U.S. GDP", "Q3 EPS": an abbreviation that is no actor ends the run; what
            # comes before it is analysed alone
            while n and toks[n - 1][2] in lex.not_actors:
                n -= 1
            if n:
                self._again(toks[:n])
            return True
        return False

    def _based(self) -> bool:
        """A hyphenated participle (``-based``, ``-led``) inside the chunk (asked
        only when it has several words and a hyphen): the words after it analysed
        alone, and a name they open of no known kind (or a person's without a first
        name) is an organisation's."""
        toks, lex, cands = self.toks, self.lex, self.cands
        for i in range(self.n - 1):
            if toks[i][2].endswith(_BASED):
                # "Ontario-based Magna", "Communist-led CGT": the words up to the
                # participle say where or by whom; after it, an organisation's name
                before = len(cands)
                self._again(toks[i + 1 :])
                for c in cands[before:]:
                    if (
                        c.start == toks[i + 1][0]
                        and c.known is None
                        and not c.roles
                        and (
                            c.kind is None
                            or (c.kind == "person" and c.tokens[0] not in lex.first_names)
                        )
                    ):
                        c.kind = "organization"
                return True
        return False

    def _leading_modifiers(self) -> bool:
        """Demonyms, adjectives and known names (no person's) leading the chunk, into
        ``mods``, ``i`` after them; True when the words after them are a known
        organisation's name (:func:`_known_rest`)."""
        toks, lex, text = self.toks, self.lex, self.text
        cands, n = self.cands, self.n
        i = 0
        mods = self.mods
        while i < n - 1:
            w = toks[i][2]
            if w in lex.demonyms:
                mods.append((i, i + 1, None, lex.demonyms[w]))
                i += 1
                continue
            if w in lex.adjectives:
                mods.append((i, i + 1, None, None))
                i += 1
                continue
            if mods and _known_rest(text, toks, i, mods, lex, cands):
                return True
            kl = _known_at(toks, i, lex, n - 1)
            if (
                kl == 1
                and n == 2
                and w in lex.first_names
                and toks[1][2] in lex.surnames
                and lex.known[w].types == _CITY
            ):
                break  # "Elizabeth Warren", "Austin Powers": a first name, not a town
            if kl and lex.known[" ".join([t[2] for t in toks[i : i + kl]])].kind != "person":
                mods.append(
                    (i, i + kl, lex.known[" ".join([t[2] for t in toks[i : i + kl]])], None)
                )
                i += kl
                continue
            break
        self.i = i
        return False

    def _modifiers_alone(self) -> bool:
        """Modifiers before the last word only (asked only then): a known
        organisation's name after them, or modifiers all."""
        toks, lex, mods = self.toks, self.lex, self.mods
        i = self.i
        if _known_rest(self.text, toks, i, mods, lex, self.cands):
            return True
        if toks[i][2] in lex.adjectives or toks[i][2] in lex.demonyms:
            # "Iraqi Kurdish", "Bosnian Serb": modifiers all, no name
            _mod_cands(self.text, toks, mods, self.cands)
            return True
        return False

    def _surname_before_organisation(self) -> bool:
        """A surname before a known organisation's name, no modifiers and three words
        or more (asked only then): the two analysed apart."""
        toks, lex = self.toks, self.lex
        if (
            toks[0][2] in lex.surnames
            and lex.common.get(toks[0][2].lower(), 100_000) > 1000
        ):
            # "the Clinton White House", "the Bush Justice Department": a surname (not a
            # frequent word: "New Democratic Party") before a known organisation's name is
            # no part of it (the administration it names)
            tail = lex.known.get(" ".join([t[2] for t in toks[1:]]))
            if tail is not None and tail.kind in _ORGS:
                self._again(toks[:1])
                self._again(toks[1:])
                return True
        return False

    def _prefix_before_title(self) -> None:
        """Two words or more after the modifiers (asked only then) that are no
        title but come before one: an organisation's or place's name (``org_prefix``),
        or a person's surname with capitalised words of the title (``lead``); ``i``
        moves to the title."""
        toks, lex, text = self.toks, self.lex, self.text
        n, i = self.n, self.i
        # a first name may open a place's name before a title ("Clark County Sheriff Jo Roe")
        place_led = toks[i][2] in lex.first_names and any(
            t[2] in _PLACE_HEADS for t in toks[i + 1 : i + 4]
        )
        # and a word that is a first name and a surname may be a person's surname before a
        # title and a full name ("Clinton Senior Adviser Jo Roe", "Clinton Campaign
        # Chairman Jo Roe")
        surname_led = (
            not place_led and toks[i][2] in lex.first_names and toks[i][2] in lex.surnames
        )
        if not (place_led or surname_led or toks[i][2] not in lex.first_names) or _title_at(
            toks, i, lex, n
        ):
            return
        # "Sirius XM Vice President …", "Acme Corp Chief Executive Jane Roe"
        for at in range(i + 1, n):
            tl = _title_at(toks, at, lex, n)
            if tl and (
                tl > 1
                or (
                    # a title also common in names only after a place's head word
                    # ("Clark County Sheriff Jo Roe"), before a name
                    (toks[at][2] not in _AMBIGUOUS_TITLES or toks[at - 1][2] in _PLACE_HEADS)
                    and at + tl < n
                )
            ):
                if at - i == 1 and text[toks[at - 1][1] : toks[at][0]] != " ":
                    return  # "Office of the Secretary of State": the title is in the name
                prefix = toks[i:at]
                prefix_kind = _core_kind(prefix, lex)
                if place_led and (prefix_kind != "place" or at + tl >= n):
                    return
                if surname_led and prefix_kind != "organization":
                    self._surname_before_title(at, tl)
                elif not surname_led or n - at - tl >= 2:
                    self._organisation_before_title(at, tl, prefix, prefix_kind, place_led)
                return

    def _surname_before_title(self, at: int, tl: int) -> None:
        """A word that is a first name and a surname before the title at ``at`` (of
        ``tl`` tokens), and no organisation: the surname of a person, a candidate of its
        own; capitalised common words between it and the title are the title's
        (``Senior Adviser``, ``Campaign Chairman``)."""
        toks, lex, i = self.toks, self.lex, self.i
        if (
            self.n - at - tl < 2
            or at - i > 3
            or (tl == 1 and toks[at][2] in _AMBIGUOUS_TITLES)
            or any(t[2].lower() not in lex.common for t in toks[i + 1 : at])
        ):
            return
        person = _new(self.text, toks[i : i + 1])
        person.kind = "person"
        person.evidence = 1
        self.cands.append(person)
        self.lead = [t[2] for t in toks[i + 1 : at]]
        self.i = at

    def _organisation_before_title(
        self,
        at: int,
        tl: int,
        prefix: list[tuple[int, int, str]],
        prefix_kind: str | None,
        place_led: bool,
    ) -> None:
        """``prefix``, the words before the title at ``at`` (of ``tl`` tokens), an
        organisation's name when its kind or its words say so, a candidate of its own
        and ``i`` moved to the title; the modifiers go into it when it is an unknown
        organisation's."""
        toks, lex, mods = self.toks, self.lex, self.mods
        # a name of words also common ("Bank of England Governor …") counts
        # when an organisation word makes it one
        if not (
            (
                prefix_kind == "organization"
                or place_led
                or any(t[2].lower() not in lex.common or t[2].isupper() for t in prefix)
            )
            and (at + tl < self.n or prefix_kind != "person")
        ):
            return
        fold = (
            prefix_kind == "organization"
            and mods
            and " ".join([t[2] for t in prefix]) not in lex.known
        )
        if fold:
            # "Republican National Committee Chairman …": the modifiers
            # belong to the organisation's name
            prefix = toks[:at]
        org_prefix = _new(self.text, prefix)
        org_prefix.kind = "organization"
        org_prefix.evidence = 1
        if fold:
            for _, _, known, dem in mods:
                if dem is not None and org_prefix.code is None:
                    org_prefix.country, org_prefix.code = dem
                elif known is not None and known.kind == "place" and org_prefix.code is None:
                    org_prefix.country = known.country
                    org_prefix.code = known.country_code
            self.mods = []
        self.cands.append(org_prefix)
        self.org_prefix = org_prefix
        self.i = at

    def _titles(self) -> tuple[list[str], str | None, int]:
        """The titles from ``i`` on: their roles (titles in a row one role, with the
        capitalised words before them after a surname, or a longer title with the
        known name before them), the gender they say and where the words after them
        start."""
        toks, lex, n = self.toks, self.lex, self.n
        i, mods = self.i, self.mods
        roles: list[str] = []
        gender = None
        j = i
        while j < n:
            tl = _title_at(toks, j, lex, n)
            if not tl:
                break
            title = " ".join([t[2] for t in toks[j : j + tl]])
            roles.append(title)
            gender = gender or lex.title_gender(title)
            j += tl
        if len(roles) > 1:
            roles = [" ".join(roles)]  # "Executive Chairman", "Senior Vice President"
        if self.lead and roles:
            roles = [" ".join([*self.lead, roles[0]])]
        if roles and mods and mods[-1][1] == i and mods[-1][2] is not None:
            # a known name that with the title after it is a longer title ("Treasury
            # Secretary"): the organisation is named, and the role is the whole title
            whole_title = [*[t[2] for t in toks[mods[-1][0] : i]], *roles[0].split(" ")]
            if lex.is_title(whole_title):
                roles = [" ".join(whole_title)]
        return roles, gender, j

    def _titled(self, roles: list[str], gender: str | None, j: int) -> None:
        """[modifiers] TITLE(S) [Name]: the person named after the titles (from ``j``),
        with their roles, or the titles remembered by where they end when no name
        follows."""
        toks, mods = self.toks, self.mods
        mod_cands = _mod_cands(self.text, toks, mods, self.cands)
        if j >= self.n:
            # a title without a name: "Russian Foreign Minister"; remember its country
            for _, _, _, dem in mods:
                if dem is not None:
                    self.demonym_at[toks[-1][1]] = (toks[0][0], dem[0], dem[1])
            self.titles_at[toks[-1][1]] = (toks[self.i][0], roles, gender)
            return
        c = _new(self.text, toks[j:])
        c.roles = roles
        c.gender = gender
        c.kind = "person"
        c.evidence = 2
        c.ext_start = toks[0][0]
        _apply_mods(c, mods, mod_cands)
        if self.org_prefix is not None:
            c.affiliation = self.org_prefix
        _person_gender(c, self.lex)
        self.cands.append(c)

    def _place_and_tail(self) -> bool:
        """A known place that is no country, then one word (asked only when one
        word follows modifiers) that ends names of places: one place."""
        toks, mods = self.toks, self.mods
        if toks[self.i][2] not in _PLACE_TAILS:
            return False
        last = mods[-1][2]
        if last is None or last.kind != "place" or last.key.startswith("country:"):
            return False
        # "Guantanamo Bay", "Tampa Bay", "Hudson Valley": a place's name and a word
        # ending names of places are one place
        _mod_cands(self.text, toks, mods[:-1], self.cands)
        c = _new(self.text, toks[mods[-1][0] :])
        c.kind = "place"
        c.evidence = 2
        c.country, c.code = last.country, last.country_code
        self.cands.append(c)
        return True

    def _untitled(self) -> None:
        """No title: the words after the modifiers a role phrase, one organisation with
        its modifiers, or a name of the kind :func:`_core_kind` says (a single word of
        no kind dropped when common)."""
        toks, lex, text = self.toks, self.lex, self.text
        cands, n, mods = self.cands, self.n, self.mods
        rest = toks[self.i :]
        core_kind = _core_kind(rest, lex) if rest else None
        if core_kind is None and len(rest) > 1 and lex.is_title([rest[-1][2]]):
            # "Democratic Governor", "Deputy Head": a role phrase, not a name
            _mod_cands(text, toks, mods, cands)
            self.titles_at[toks[-1][1]] = (rest[0][0], [" ".join([t[2] for t in rest])], None)
            return
        if core_kind != "organization" and n > 1 and _club(toks, lex):
            core_kind = "organization"
            mods = [(0, 0, None, None)]
        if mods and core_kind == "organization":
            # "Chinese Foreign Ministry", "Tokyo Stock Exchange": one organisation
            c = _new(text, toks)
            c.kind = "organization"
            c.evidence = 2
            for _, _, known, dem in mods:
                if dem is not None and c.code is None:
                    c.country, c.code = dem
                elif known is not None and known.kind == "place" and c.code is None:
                    c.country, c.code = known.country, known.country_code
            cands.append(c)
            return
        mod_cands = _mod_cands(text, toks, mods, cands)
        if not rest:
            return
        c = _new(text, rest)
        c.kind = core_kind
        c.evidence = 2 if core_kind in ("organization", "person") and len(rest) > 1 else 1
        if core_kind == "person":
            _person_gender(c, lex)
        if mods and c.kind in (None, "person"):
            _apply_mods(c, mods, mod_cands)
        if c.kind is None and len(rest) == 1 and _drop_single(rest[0][2], lex):
            return
        cands.append(c)


_ADJECTIVE_TAILS = frozenset({"led", "run", "era", "style", "type", "born"})


def _adjective_tail(tail: str) -> bool:
    """Whether ``tail``, what follows the last hyphen of a name of several words, makes
    an adjective of it: a participle (``-based``, ``-winning``, ``-led``) or a noun of
    kinds and times (``-style``, ``-era``); not a syllable of a Korean given name
    (``Ban Ki-moon``, ``Kim Jong-un``, ``Deng Xiao-ping``)."""
    if not tail.islower():
        return False
    if tail in _ADJECTIVE_TAILS:
        return True
    return (tail.endswith("ed") and len(tail) >= 5) or (tail.endswith("ing") and len(tail) >= 6)


def _known_rest(
    text: str,
    toks: list[tuple[int, int, str]],
    i: int,
    mods: list[tuple[int, int, Known | None, tuple[str, str] | None]],
    lex: ActorLexicon,
    cands: list[_Cand],
) -> bool:
    """Whether the words from ``i`` on, after modifiers, are a known organisation's name
    (``U.S. State Department``, ``British Treasury``, ``ABC News`` after ``CNN and``);
    if so its candidate is added: a country before it is part of its name as written,
    a demonym, an adjective or another name is not. Not after a place that is no country:
    ``Kentucky House``, ``Maryland Senate``, ``Indiana GOP`` are the state's own."""
    k = lex.known.get(" ".join([t[2] for t in toks[i:]]))
    if k is None or k.kind not in _ORGS:
        return False
    if (
        i == len(toks) - 1
        and toks[i][2] in lex.party_members
        and all(m[2] is not None and m[2].kind == "place" for m in mods)
    ):
        # "Iowa Democrats", "Georgia Republicans": the party's members of a place, a group
        # (found by the groups pass after the place's mention), not the party itself
        _mod_cands(text, toks, mods, cands)
        return True
    countries = 0
    for m in mods:
        if m[2] is not None and m[2].kind == "place":
            if not m[2].key.startswith("country:"):
                return False
            countries += 1
    whole = countries == len(mods)
    if not whole:
        _mod_cands(text, toks, mods, cands)
    c = _new(text, toks if whole else toks[i:])
    c.known = k
    c.kind = k.kind
    c.mention_kind = "alias" if whole else k.mention_kind
    c.evidence = 3
    cands.append(c)
    return True


def _is_city(w: str, lex: ActorLexicon) -> bool:
    k = lex.known.get(w)
    return k is not None and k.kind == "place" and not k.key.startswith("country:")


def _club(toks: list[tuple[int, int, str]], lex: ActorLexicon) -> bool:
    """``Ajax Amsterdam``, ``Hansa Rostock``, ``Moscow Dynamo``: a name with its city;
    ``Cincinnati Reds``, ``New York Yankees``: a town and a plural nickname."""
    if len(toks) != 2:
        return len(toks) >= 3 and _town_nickname([t[2] for t in toks], lex) is not None
    a, b = toks[0][2], toks[1][2]
    if _is_city(b, lex) and not _is_city(a, lex):
        return a not in lex.first_names and a not in lex.known and not lex.is_title([a])
    if _is_city(a, lex) and not _is_city(b, lex):
        return (
            b not in lex.surnames
            and b not in lex.known
            and b.lower() not in lex.common
            and b not in lex.first_names
        ) or _nickname(b, lex)
    return False


def _town_nickname(words: list[str], lex: ActorLexicon) -> str | None:
    """The nickname of a team named by its town and a plural nickname (``Cincinnati
    Reds`` → ``Reds``), or by its town and a colour with a nickname (``Boston Red Sox``,
    ``Toronto Blue Jays`` → ``Red Sox``); None when ``words`` name no such team."""
    if len(words) < 2:
        return None
    last = words[-1]
    if _nickname(last, lex) and _is_city(" ".join(words[:-1]), lex):
        return last
    if (
        len(words) > 2
        and words[-2] in _COLOURS
        and (last == "Sox" or _nickname(last, lex))
        and _is_city(" ".join(words[:-2]), lex)
    ):
        return words[-2] + " " + last
    return None


def _nickname(w: str, lex: ActorLexicon) -> bool:
    """Whether ``w``, after a town's name, is a team's plural nickname (``Reds``,
    ``Yankees``, ``Giants``): a capitalised plural that is no known name, people
    (``Democrats``, ``Indians``), group noun, surname, title, geographic plural
    (``Keys``, ``Islands``) nor the plural of an organisation's or event's head word
    (``Accords``, ``Conventions``), and no frequent word (``Standards``, ``Citizens``,
    ``Roads``: not among the 3,000 commonest)."""
    return (
        len(w) > 3
        and w[-1] == "s"
        and w[-2] != "s"
        and w[1:].islower()
        and w.isalpha()
        and lex.common.get(w.lower(), _NICKNAME_RANK) >= _NICKNAME_RANK
        and w not in _GEO_PLURALS
        and w not in lex.known
        and w not in lex.adjectives
        and w not in lex.demonyms
        and w.lower() not in lex.group_nouns
        and w not in lex.surnames
        and w not in lex.first_names
        and w[:-1] not in lex.org_heads
        and w[:-1] not in lex.non_actor_heads
        and not lex.is_title([w])
    )


def _drop_single(w: str, lex: ActorLexicon) -> bool:
    if w in _NOT_NAMES or len(w) < 2:
        return True
    if lex.is_title([w]):
        return True
    return w.lower() in lex.common and w not in lex.surnames and not w.isupper()


def _mod_cands(
    text: str,
    toks: list[tuple[int, int, str]],
    mods: list[tuple[int, int, Known | None, tuple[str, str] | None]],
    cands: list[_Cand],
) -> list[_Cand | None]:
    out: list[_Cand | None] = []
    for a, b, known, _ in mods:
        if known is None:
            out.append(None)
            continue
        c = _new(text, toks[a:b])
        c.known = known
        c.kind = known.kind
        c.mention_kind = known.mention_kind
        c.evidence = 3
        cands.append(c)
        out.append(c)
    return out


def _apply_mods(
    c: _Cand,
    mods: list[tuple[int, int, Known | None, tuple[str, str] | None]],
    mod_cands: list[_Cand | None],
) -> None:
    for (_, _, known, dem), mc in zip(mods, mod_cands, strict=True):
        if dem is not None:
            c.country, c.code = dem
        elif known is not None and known.kind == "place":
            c.country = known.country
            c.code = known.country_code
        elif known is not None and mc is not None:
            c.affiliation = mc
            if known.country_code and c.code is None:
                c.country, c.code = known.country, known.country_code


def _person_gender(c: _Cand, lex: ActorLexicon) -> None:
    if c.gender is None and len(c.tokens) > 1:
        c.gender = lex.first_names.get(c.tokens[0])


def _core_kind(toks: list[tuple[int, int, str]], lex: ActorLexicon) -> str | None:
    words = [t[2] for t in toks]
    n = len(words)
    heads = lex.org_heads
    if words[-1] in heads or (n > 1 and words[0] in heads):
        return "organization"
    if n > 2 and any(w in heads for w in words):
        return "organization"
    if n > 1 and words[-1] in _PLACE_HEADS:
        return "place"  # "Jefferson County", "Long Island", "Hudson Valley"
    if n > 1 and words[-1] in _TOWN_HEADS and words[0] not in lex.first_names:
        return "place"  # "Palm Beach", "Vero Beach"; not "Sylvia Beach"
    if n > 1:
        first = words[0]
        if first in lex.first_names or (len(first) == 2 and first[1] == "."):
            return "person"
        if all(w.isupper() for w in words) or (
            first.isupper()
            and first.isalpha()
            and len(first) > 2
            and (len(first) > 3 or words[-1] not in lex.surnames)
        ):
            # an initialism opens no person's name ("RJR Nabisco", "BNP Paribas"), but
            # three initials may before a known surname ("AWR Hawkins")
            return "organization"
        commons = sum(1 for w in words if w.lower() in lex.common)
        if commons == 0:
            return "person"
        last = words[-1]
        if last not in lex.non_actor_heads and (
            last.lower() not in lex.common
            or (last in lex.surnames and lex.common[first.lower()] > 3000
                if first.lower() in lex.common else last in lex.surnames)
        ):
            return "person"
        return None
    w = words[0]
    if w.isupper() and len(w.replace(".", "")) >= 2:
        return "organization"
    if w in lex.surnames and w.lower() not in lex.common:
        return "person"
    return None
