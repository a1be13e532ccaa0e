"""A candidate's kind revised by the rest of the article: a ship's name (``USS
Cole``) names no actor, a team's nickname alone (``the Mets``) names the team, and a
name the article writes only after "the" names an organisation, not a person.
"""

from __future__ import annotations

from .candidates import _CAND_START, _Cand
from .lexicon import ActorLexicon
from .names import _town_nickname
from .patterns import patterns
from .spans import _inside, _union

_ARTICLES = frozenset({"the ", "The "})


def _article_names(text: str, cands: list[_Cand], lex: ActorLexicon) -> None:
    """A name read as a person's by its shape alone (no title, its first word no known
    first name, its last no known surname) written after the definite article wherever
    the article names it names no person (``the Ku Klux Klan``, ``The Sunday Telegraph``,
    ``the Junge SVP``: people are not named with "the"; ``the Mitt Romney people`` once
    and ``Mitt Romney's strategist`` is a person's), but an organisation."""
    names: set[str] | None = None
    other: set[str] | None = None  # written without the article too
    for c in cands:
        if (
            c.kind == "person"
            and c.known is None
            and len(c.tokens) > 1
            and not c.roles
            and c.tokens[0] not in lex.first_names
            and c.tokens[-1] not in lex.surnames
        ):
            if text[c.start - 4 : c.start] in _ARTICLES and (
                c.start < 5 or not text[c.start - 5].isalpha()
            ):
                names = names or set()
                names.add(c.text)
            else:
                other = other or set()
                other.add(c.text)
    if names and other:
        names -= other
    if names:
        for c in cands:
            if c.kind == "person" and c.text in names and not c.roles and c.known is None:
                c.kind = "organization"
                c.gender = None


_SHIP_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMAS", "HMCS", "RMS", "SS", "MV"})


def _ships(text: str, cands: list[_Cand]) -> None:
    """A ship's name after its prefix (``USS Cole``, ``RMS Titanic``) names no actor,
    nor does the ship's name alone anywhere in the article (``the Titanic``)."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for m in patterns()["ship"].finditer(text):
        spans.append((m.start(), m.end()))
        names.add(m[1])
    if spans:
        cands[:] = [
            c
            for c in cands
            if c.text not in names and not any(s < c.end and c.start < e for s, e in spans)
        ]


def _team_nicknames(text: str, cands: list[_Cand], lex: ActorLexicon) -> None:
    """A team named by its town and nickname (``New York Mets``, ``Boston Red Sox``, see
    :func:`.names._club`) is named by the nickname alone elsewhere in the article (``the Mets``,
    ``the Red Sox``), a word otherwise dropped as a common one: a candidate there, an
    organisation that joins the team by its last words."""
    nicks: list[str] | None = None
    for c in cands:
        if c.kind != "organization" or c.known is not None:
            continue
        nick = _town_nickname(c.tokens, lex)
        if nick is not None:
            nicks = nicks or []
            nicks.append(nick)
    if not nicks:
        return
    spans = _union([(c.start, c.end) for c in cands])
    n = len(text)
    added = False
    for nick in set(nicks):
        i = text.find(nick)
        while i >= 0:
            e = i + len(nick)
            if (
                (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-'’"))
                and (e == n or not (text[e].isalnum() or text[e] in "-'’"))
                and not _inside(spans, i)
            ):
                c = _Cand(i, e, nick, nick.split(" "))
                c.kind = "organization"
                c.evidence = 1
                cands.append(c)
                added = True
            i = text.find(nick, e)
    if added:
        cands.sort(key=_CAND_START)
