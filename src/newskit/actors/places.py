"""Places and teams by the rest of the article, after each chunk is analysed alone.

A US state's abbreviation after a town and a comma (``Newark, N.J.``) and its
surname reading (``Naoto Kan … said Kan.``), results and fixtures lines (``Leeds 2
Everton 1``: teams), a noun of places before a name (``the town of Arbil``) spread
to the name's other mentions, and a capital used for its country (``Beijing
said``), which becomes a mention of the country once actors are formed.
"""

from __future__ import annotations

from .candidates import _FIRST, _Actor, _Cand, _person_surnames
from .chunks import _line_is_upper
from .lexicon import ActorLexicon
from .patterns import patterns, state_pattern
from .words import _STATE_VERBS, _words

# Nouns of places before "of" and a name: "the town of Arbil", "north of Kunduz"
_PLACE_NOUNS = _words(
    """town towns city cities village villages province provinces state island islands
    capital municipality resort port republic region district county suburb suburbs
    outskirts residents north south east west northeast northwest southeast southwest"""
)


_STATE_BEFORE = _words(
    """
    with against between by
    """
)


def _surnames_over_states(
    text: str, cands: list[_Cand], lex: ActorLexicon
) -> dict[str, bool] | None:
    """A lone word read as a state's abbreviation anywhere (``Kan.``, ``Del.``) that ends
    the name of a person of the article (any of :func:`.candidates._person_surnames`, vouched or
    not) is that person's surname (``Naoto Kan … said Kan.``): the article's own names
    come before the lexicon's abbreviations. Not a state after a name and a comma
    (``Topeka, Kan.``). Returns the surnames if it had to compute them."""
    states = lex.state_abbreviations
    lone = [
        c
        for c in cands
        if len(c.tokens) == 1
        and c.known is not None
        and states.get(c.tokens[0]) is c.known
        and text[c.start - 2 : c.start] != ", "
        and text[c.start - 3 : c.start] != " , "
    ]
    if not lone:
        return None
    surnames = _person_surnames(cands, lex)
    for c in lone:
        if c.tokens[0] in surnames:
            c.known = None
            c.kind = "person"
            c.mention_kind = "name"
            c.country = c.code = None
    return surnames


def _states(text: str, cands: list[_Cand], lex: ActorLexicon) -> None:
    """A US state's abbreviation after a name and a comma (``Newark, N.J.``, ``Fresno ,
    Calif.``, ``Erie, Pa.``) is the state, even one that is a common word, and the name
    before it a place (a town) unless it is known, a person's (a surname alone is not
    evidence enough: ``Macon, Ga.``) or has an organisation head word other than
    ``City``. One search of the text (most articles have none)."""
    rx = lex.state_pattern
    if rx is None:
        bare = {a for a in lex.state_abbreviations if a.count(".") != 1}
        rx = lex.state_pattern = state_pattern(tuple(sorted(bare)))
    states = lex.state_abbreviations
    ends: dict[int, int] | None = None
    starts: dict[int, int] = {}
    added: list[tuple[int, _Cand]] = []
    towns: set[str] = set()  # names of people by their shape shown towns
    for m in rx.finditer(text):
        if ends is None:
            ends = {c.end: n for n, c in enumerate(cands)}
            starts = {c.start: n for n, c in enumerate(cands)}
        s = m.start()
        i = ends.get(s)
        if i is None and s > 0 and text[s - 1] == " ":
            i = ends.get(s - 1)
        if i is None:
            continue
        p = cands[i]
        if len(p.tokens) > 3 or (
            # a person's name, unless only its shape says so: a surname alone ("Macon,
            # Ga.") or words that are surnames too, with no known first name ("Palm
            # Beach, Fla.")
            p.kind == "person"
            and (
                p.roles
                or p.evidence > (2 if len(p.tokens) > 1 else 1)
                or (len(p.tokens) > 1 and _named_first(p.tokens[0], lex))
            )
        ):
            continue
        if p.known is not None and p.known.kind != "place":
            continue
        w = m[1]
        k = states[w]
        n = starts.get(m.start(1))
        if n is not None:
            c = cands[n]
            if len(c.tokens) > 1 or c.kind == "person" or (
                c.known is not None and c.known.kind != "place"
            ):
                continue
        else:
            c = _Cand(m.start(1), m.end(1), w, [w])
            added.append((i + 1, c))
        c.known, c.kind, c.mention_kind, c.evidence = k, "place", "alias", 3
        if p.known is None and not any(t in lex.org_heads and t != "City" for t in p.tokens):
            # (a town, not the "Lotos Club, N.Y."; towns are named "… City")
            if p.kind == "person":
                towns.add(p.text)
            p.kind = "place"
            p.evidence = max(p.evidence, 2)
    for n, c in reversed(added):
        cands.insert(n, c)
    if towns:
        # a name read as a person's by its shape alone and shown a town is the town
        # wherever the article names it ("Palm Beach, Fla. … in Palm Beach")
        for c in cands:
            if c.kind == "person" and c.text in towns and not c.roles and c.known is None:
                c.kind = "place"
                c.evidence = max(c.evidence, 2)


def _named_first(w: str, lex: ActorLexicon) -> bool:
    """A first word that makes a name a person's: a known first name or an initial."""
    return w in lex.first_names or (len(w) == 2 and w[1] == ".")


def _tables(text: str, cands: list[_Cand], lex: ActorLexicon) -> set[str] | None:
    """Results, standings and fixtures lines (``Leeds 2 Everton 1``, ``Kent 231-4``,
    ``Leeds v Everton``): a town or an unknown name followed by a score at a line start
    (or after a rank or a venue's colon), or on either side of a lone ``v``, is a team,
    an organisation (a country stays a place).

    The same pass over the names (one test more for a name after a word) makes a
    place of a name after a noun of places and ``of`` (:func:`_place_cue`); returns
    the texts of those names, or None."""
    score = patterns()["score"]
    teams: set[str] | None = None
    places: set[str] | None = None
    for c in cands:
        s = c.start
        fixture = False
        p2 = text[s - 2] if s > 2 else ""  # the character before the space before
        if (
            s > 4
            and p2 == ")"
            and not c.roles
            and c.kind != "organization"
            and c.kind != "media"
            and (c.known is None or c.known.mention_kind == "name")
            and not (c.kind == "person" and (len(c.tokens) > 1 or c.tokens[0] in lex.first_names))
            and _after_country(text, s, lex)
        ):
            # "3. Jo Roe ( Britain ) Jordan 1:55.385": the team of a ranked racer
            c.known = None
            c.kind = "organization"
            c.mention_kind = "name"
            teams = teams or set()
            teams.add(c.text)
            continue
        if p2.isalpha() and text[s - 1] != "\n":
            # after a word on the same line (most names): no line start, no rank
            if p2 == "f" and text[s - 4 : s] == " of " and _place_cue(text, c, lex):
                c.kind = "place"
                places = places or set()
                places.add(c.text)
                continue
            if p2 != "v" or text[s - 3] != " " or text[s - 1] != " ":
                continue
            fixture = True  # "Leeds v Everton": the second team
        if c.roles or c.kind in ("organization", "media"):
            continue
        k = c.known
        if k is not None and (
            k.kind != "place" or k.key.startswith("country:") or "nation" in k.types
        ):
            continue
        e = c.end
        if not fixture:
            fixture = text.startswith(" v ", e) and text[e + 3 : e + 4].isupper()
        if not fixture:
            if c.known is None and c.kind == "person" and (
                # a two-word name is a club unless it looks like a person's:
                # "Fortuna Sittard 2", "Crystal Palace 1"; not "Ernie Els 68"
                c.tokens[0] in lex.first_names
                or c.tokens[0][-1] == "."
                or len(c.tokens) > 2
                or (len(c.tokens) > 1 and c.tokens[-1] in lex.surnames)
            ):
                continue
            # a line start (or a rank before) is rarer than a number after: tested first
            before = text[max(0, s - 3) : s]
            venue = before.endswith(": ")  # "At Cardiff : Kent 231-4"
            if not (
                s == 0
                or before.endswith("\n")
                or before[:2].strip().isdigit()
                or (venue and c.kind != "person")
            ):
                continue
            if k is None and c.initial and c.tokens[0].lower() in lex.common:
                continue  # "Halftime 1-0", "Highs 2": a word opening a line
            # the pattern needs one to three blanks and a digit: tested first, as it
            # almost never matches where it is asked
            after = text[e : e + 4]
            rest = after.lstrip(" \t")
            if rest == after or not rest[:1].isdigit():
                continue
            m = score.match(text, e, concurrent=False)
            if m is None or (venue and "-" not in m.group()):
                continue
        elif c.known is None and c.kind == "person" and c.tokens[0] in lex.first_names:
            continue  # "John Smith v Jane Roe": people (a court case), not teams
        c.known = None
        c.kind = "organization"
        c.mention_kind = "name"
        teams = teams or set()
        teams.add(c.text)
    if teams:
        # a town shown to be a team is the team wherever the article names it alone
        # ("Blackburn 2 Leeds 1" ... "Blackburn announced on Wednesday"; "Atlanta 6
        # CHICAGO 5", not on a line in capitals)
        upper_lines: dict[int, bool] = {}
        for c in cands:
            if c.text not in teams or c.kind == "organization" or c.roles:
                continue
            if (
                (c.text.isupper() and _line_is_upper(text, c.start, upper_lines))
                or _in_capitalised_run(text, c.start, c.end)
            ) and not _fixture_line(text, c.start, c.end):
                continue  # "NEW YORK 1996-08-22" (a dateline), "Bayern Munich"
            k = c.known
            if k is not None and (k.kind != "place" or k.key.startswith("country:")):
                continue
            if k is None and c.kind == "person":
                continue
            c.known = None
            c.kind = "organization"
            c.mention_kind = "name"
    return places


def _fixture_line(text: str, s: int, e: int) -> bool:
    """Whether the name at ``s:e`` is one side of a schedule's line ``X AT Y``
    (``CINCINNATI AT ATLANTA``: the visitors at the hosts, two teams)."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    line = text[ls : le if le >= 0 else len(text)].rstrip()
    return (ls == s and line.startswith(" AT ", e - ls) and line.count(" AT ") == 1) or (
        line.endswith(text[s:e]) and line[: s - ls].endswith(" AT ") and line.count(" AT ") == 1
    )


def _place_cue(text: str, c: _Cand, lex: ActorLexicon) -> bool:
    """Whether ``c``, a name after `` of `` (at ``c.start - 4``), is a place by the noun of
    places before: a name the lexicons do not know after ``the town of``, ``north of``,
    ``the province of`` …, unless it is a person's by a first name or title, an
    organisation's by a head word, or written with a possessive (``the state of
    Sanders' youth``)."""
    if c.known is not None or c.roles or c.kind not in (None, "organization", "person"):
        return False
    s = c.start
    j = text.rfind(" ", max(0, s - 20), s - 4)
    return (
        text[j + 1 : s - 4].lower() in _PLACE_NOUNS
        and c.tokens[0] not in lex.first_names
        and not any(t in lex.org_heads for t in c.tokens)
        and text[c.end : c.end + 1] not in ("'", "’")
    )


def _spread_places(cands: list[_Cand], places: set[str]) -> None:
    """A name shown to be a place by :func:`_place_cue` is the place wherever else the
    article names it without a kind of its own (``the town of Arbil`` … ``Arbil fell``)."""
    for c in cands:
        if c.text in places and c.known is None and not c.roles and c.kind in (
            None, "organization"
        ):
            c.kind = "place"


def _in_capitalised_run(text: str, s: int, e: int) -> bool:
    """Whether a capitalised word touches the span ``s:e`` across one space."""
    if s > 1 and text[s - 1] == " " and text[s - 2].isalpha():
        w = text.rfind(" ", max(0, s - 30), s - 1) + 1
        if text[w].isupper():
            return True
    return e + 1 < len(text) and text[e] == " " and text[e + 1].isupper()


def _after_country(text: str, s: int, lex: ActorLexicon) -> bool:
    """Whether the name at ``s`` follows a bracketed country on a line that opens with a
    rank: ``3. Jo Roe ( Britain ) Jordan``, ``12 Al Doe (Italy) Ducati``."""
    o = text.rfind("(", max(0, s - 40), s - 2)
    if o < 0 or text[o + 1 : s - 2].strip() not in lex.countries:
        return False
    line = text.rfind("\n", 0, o) + 1
    i = line
    while i < o and i - line < 3 and text[i].isdigit():
        i += 1
    return i > line and text[i] in ". "


def _capitals(text: str, cands: list[_Cand], actors: list[_Actor], lex: ActorLexicon) -> None:
    """Capitals used for their state become mentions of the country. ``actors`` come
    sorted by first mention, each with a mention: they are filtered and sorted again only
    when a mention moves (a few articles in ten)."""
    by_code: dict[str, _Actor] | None = None
    last_state = -100
    for c in [c for c in cands if c.capital]:
        if c.actor is None or c.known is None or not c.known.country_code:
            continue
        after = text[c.end : c.end + 16]
        state = after[:2] in ("'s", "’s")
        if not state:
            nxt = after.split(" ", 2)
            state = len(nxt) > 1 and nxt[0] == "" and nxt[1].rstrip(",.") in _STATE_VERBS
        if not state:
            prev = text[max(0, c.start - 9) : c.start].split()
            state = bool(prev) and prev[-1] in _STATE_BEFORE
            # "between Beijing and Washington": the second of a pair of states
            state = state or (
                bool(prev) and prev[-1] == "and" and 0 <= c.start - last_state <= 8
            )
        if not state:
            continue
        last_state = c.end
        if by_code is None:
            by_code = {a.code: a for a in actors if a.key.startswith("country:") and a.code}
        code = c.known.country_code
        country = by_code.get(code)
        if country is None:
            name = lex.code_to_country.get(code, c.known.country or code)
            country = _Actor("place", name, f"country:{code}", c.start)
            country.country, country.code = name, code
            by_code[code] = country
            actors.append(country)
        city = c.actor
        city.mentions = [m for m in city.mentions if not (m[0] == c.start and m[1] == c.end)]
        country.mentions.append((c.start, c.end, "alias"))
        country.first = min(country.first, c.start)
        c.actor = country
    if by_code is not None:
        actors[:] = [a for a in actors if a.mentions]
        actors.sort(key=_FIRST)
