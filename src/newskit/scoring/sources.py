"""Who a quote is attributed to: one place for scorers and exporters to ask.

A quote's source is, in order of preference:

* ``anonymous`` when the quote says so (:attr:`Quote.anonymous`: ``officials said``,
  ``according to newspaper sources``), whatever else is known;
* the resolved speaker (an actor id), named by the actor's canonical name;
* the words of the speaker mention (``the committee``) when the speaker was not
  resolved to an actor, unless they are only a pronoun;
* ``unresolved`` otherwise (no mention, or a pronoun nobody resolved).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import attrs

from newskit.types import Actor, Analysis, Quote

__all__ = [
    "ANONYMOUS",
    "UNRESOLVED",
    "Source",
    "country_group",
    "quote_text",
    "quoted_words",
    "source_of",
    "word_count",
]

ANONYMOUS = "anonymous"
UNRESOLVED = "unresolved"

_PRONOUNS = frozenset(
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "this", "that", "these", "those", "who",
        "which", "one", "someone", "somebody",
    }
)


@attrs.frozen(kw_only=True)
class Source:
    """The source of a quote as scorers and exporters show it."""

    key: str
    """Stable grouping key: the actor id, ``mention:<words>``, ``anonymous`` or ``unresolved``."""
    name: str
    """What to show a reader: the actor's name, the mention's words, ``anonymous``…"""
    actor: Actor | None = None
    anonymous: bool = False

    @property
    def named(self) -> bool:
        """True for a source a reader could identify (not anonymous, not unresolved)."""
        return not self.anonymous and self.key != UNRESOLVED


@lru_cache(maxsize=1)
def _word_pattern() -> Any:
    import regex

    return regex.compile(r"\w{1,100}(?:['’\-]\w{1,100}){0,10}")


def word_count(text: str) -> int:
    """Words in ``text`` (letters/digits, with inner apostrophes and hyphens)."""
    return sum(1 for _ in _word_pattern().finditer(text))


def quote_text(quote: Quote, text: str) -> str:
    """The reported content of a quote, its parts joined by `` … ``."""
    return " … ".join(text[p.start : p.end] for p in quote.parts)


def quoted_words(quote: Quote, text: str) -> int:
    """Words in the reported content of a quote (all its parts)."""
    return sum(word_count(text[p.start : p.end]) for p in quote.parts)


def source_of(quote: Quote, analysis: Analysis, actors: dict[str, Actor] | None = None) -> Source:
    """The :class:`Source` of ``quote`` (``actors``: an id index, to avoid rebuilding it)."""
    if quote.anonymous:
        return Source(key=ANONYMOUS, name=ANONYMOUS, anonymous=True)
    actor = None
    if quote.speaker is not None:
        actor = actors.get(quote.speaker) if actors is not None else analysis.actor(quote.speaker)
    if actor is not None:
        return Source(key=actor.id, name=actor.name, actor=actor)
    if quote.speaker_mention is not None:
        words = " ".join(quote.speaker_mention.text(analysis.article).split())
        if words and words.lower() not in _PRONOUNS:
            return Source(key=f"mention:{words.lower()}", name=words)
    return Source(key=UNRESOLVED, name=UNRESOLVED)


def country_group(actor: Actor | None, actors: dict[str, Actor]) -> tuple[str, str]:
    """The country a source speaks for, and what that rests on.

    Returns ``(label, basis)``: the actor's own ``country`` (basis ``country``);
    else its affiliation's country (``affiliation_country``); else, for a
    place, its own name (``place``); else the affiliation itself, which groups
    the staff of an international body such as NATO together (``affiliation``);
    else ``("unknown", "none")``.
    """
    if actor is None:
        return "unknown", "none"
    if actor.country:
        return actor.country, "country"
    affiliation = actors.get(actor.affiliation_id) if actor.affiliation_id else None
    if affiliation is not None:
        if affiliation.country:
            return affiliation.country, "affiliation_country"
        if affiliation.kind == "place":
            return affiliation.name, "affiliation_country"
    if actor.kind == "place":
        return actor.name, "place"
    if affiliation is not None:
        return affiliation.name, "affiliation"
    if actor.affiliation:
        return actor.affiliation, "affiliation"
    return "unknown", "none"


def iter_sources(
    analysis: Analysis, actors: dict[str, Actor] | None = None
) -> Iterator[tuple[Quote, Source]]:
    """Each quote of the analysis with its source, in text order."""
    index = actors if actors is not None else {a.id: a for a in analysis.actors}
    for quote in analysis.quotes:
        yield quote, source_of(quote, analysis, index)


def actor_index(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Actors by id."""
    return {a.id: a for a in actors}
