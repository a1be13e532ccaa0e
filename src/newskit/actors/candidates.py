"""The actor extractor's working objects: a candidate and an actor being formed.

A candidate (:class:`_Cand`) is a name found in the text with what the passes learn
about it (kind, roles, country, affiliation); an actor (:class:`_Actor`) gathers the
candidates and other mentions of one entity. Both are plain slotted classes, not
attrs values: an article makes hundreds of them, and only the survivors become
:class:`newskit.types.Actor` values at the end (:mod:`.output`).
"""

from __future__ import annotations

import operator
from typing import TypeAlias

from .lexicon import ActorLexicon, Known

DemonymsAt: TypeAlias = dict[int, tuple[int, str, str]]
"""Demonyms and country adjectives found before names, by the end offset of their
words: (their start, the country's name, its ISO code)."""

TitlesAt: TypeAlias = dict[int, tuple[int, list[str], str | None]]
"""Titles found before names, by the end offset of their words: (their start, the
roles, the gender the title implies or None)."""


class _Cand:
    """A name found in the text, before actors are formed."""

    __slots__ = (
        "actor",
        "aff_span",
        "affiliation",
        "capital",
        "code",
        "country",
        "end",
        "evidence",
        "ext_start",
        "gender",
        "initial",
        "kind",
        "known",
        "mention_kind",
        "roles",
        "start",
        "text",
        "tokens",
    )

    def __init__(self, start: int, end: int, text: str, tokens: list[str]) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.tokens = tokens
        self.kind: str | None = None
        self.known: Known | None = None
        self.roles: list[str] = []
        self.gender: str | None = None
        self.affiliation: _Cand | None = None
        self.country: str | None = None
        self.code: str | None = None
        self.ext_start: int | None = None
        self.mention_kind = "name"
        self.evidence = 0
        self.actor: _Actor | None = None
        self.capital = False
        self.aff_span: tuple[int, int] | None = None
        self.initial = False
        """Opens a sentence and is not written capitalised elsewhere in the article."""

    def at(self, shift: int) -> _Cand:
        """A copy of this candidate of a memoised chunk, moved ``shift`` characters on:
        what the chunk alone decides is copied, the rest (actor, capital, initial) starts
        afresh; an affiliation is left to the caller, who maps it to the copy of its
        target. Built slot by slot without ``__init__`` (a replayed chunk makes one per
        name, so its defaults would be stored only to be overwritten); the token list is
        shared, as nothing changes a candidate's tokens in place (roles are changed)."""
        c: _Cand = _new_object(_Cand)
        c.start = self.start + shift
        c.end = self.end + shift
        c.text = self.text
        c.tokens = self.tokens
        c.kind = self.kind
        c.known = self.known
        c.roles = list(self.roles) if self.roles else []
        c.gender = self.gender
        c.affiliation = None
        c.country = self.country
        c.code = self.code
        c.ext_start = None if self.ext_start is None else self.ext_start + shift
        c.mention_kind = self.mention_kind
        c.evidence = self.evidence
        c.actor = None
        c.capital = False
        c.aff_span = None
        c.initial = False
        return c


_new_object = object.__new__


class _Actor:
    __slots__ = (
        "aff_actor",
        "affiliation",
        "code",
        "country",
        "first",
        "gender",
        "hay",
        "key",
        "kind",
        "mentions",
        "name",
        "roles",
        "tokens",
        "types",
    )

    def __init__(self, kind: str, name: str, key: str, first: int) -> None:
        self.kind = kind
        self.name = name
        self.key = key
        self.roles: list[str] = []
        self.gender: str | None = None
        self.affiliation: _Cand | None = None
        self.country: str | None = None
        self.code: str | None = None
        self.mentions: list[tuple[int, int, str]] = []
        self.first = first
        self.tokens: tuple[str, ...] = ()
        self.types: tuple[str, ...] = ()
        self.aff_actor: _Actor | None = None
        self.hay: str | None = None
        """Its roles and name in lower case, and its types, joined by NUL characters:
        what role nouns prefer."""


_FIRST = operator.attrgetter("first")
_CAND_START = operator.attrgetter("start")


def _person_surnames(cands: list[_Cand], lex: ActorLexicon) -> dict[str, bool]:
    """The one computation of "surnames of the people the article names": the last word
    of every name of two words or more read as a person's, mapped to whether the name
    vouches for being one (its first word a known first name or its last a known
    surname: ``Hillary Clinton`` gives ``Clinton: True``; a company taken for a person,
    ``RJR Nabisco``, gives ``Nabisco: False``). Computed once per article, when first
    asked, before the context is read. Its readers differ only in how much they ask:

    * a state's abbreviation (``Kan.``) that is any of them is a surname
      (:func:`.places._surnames_over_states`): a person's name written in full is evidence
      enough against the lexicon's abbreviation;
    * a surname alone is no organisation as a role noun's modifier or an affiliation
      (``the Clinton campaign``, :func:`.context._context`) only if vouched for;
    * a lone town's name (:func:`.merge._towns`) asks more, and asks the actors, not these
      candidates: a person with a known first name or a title (gathered over all the
      person's mentions, known only once actors are formed), and one person only."""
    first = lex.first_names
    last = lex.surnames
    out: dict[str, bool] = {}
    for c in cands:
        if c.kind == "person" and len(c.tokens) > 1:
            w = c.tokens[-1]
            if not out.get(w):
                out[w] = c.tokens[0] in first or w in last
    return out
