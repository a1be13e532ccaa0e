"""The actor extractor's working objects: a candidate and an actor being formed.

A candidate (:class:`_Cand`) is a name found in the text with what the passes learn
about it (kind, roles, country, affiliation); an actor (:class:`_Actor`) gathers the
candidates and other mentions of one entity. Both are plain slotted classes, not
attrs values: an article makes hundreds of them, and only the survivors become
:class:`newskit.types.Actor` values at the end (:mod:`.output`).
"""

from __future__ import annotations

import operator

from .lexicon import Known


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
