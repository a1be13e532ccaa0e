"""Looking actors up by where they are mentioned.

The actors layer is the article's mention index: every span that refers to an
actor is one of its :class:`~newskit.types.Mention`s. Quotes, events and
scorers use :class:`MentionIndex` to turn a span into an actor.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from operator import itemgetter

from .types import Actor, Mention, Span

__all__ = ["MentionIndex"]

_START = itemgetter(0)
_END = itemgetter(1)


class MentionIndex:
    """Mentions of all actors sorted by position, with lookups by span."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        entries = [(m.span.start, m.span.end, m, a) for a in actors for m in a.mentions]
        # By start, the longer first: two stable sorts on C key functions.
        entries.sort(key=_END, reverse=True)
        entries.sort(key=_START)
        self._starts = [e[0] for e in entries]
        self._entries = entries
        self.actors = {a.id: a for a in actors}

    def __len__(self) -> int:
        return len(self._entries)

    def at(self, span: Span) -> Actor | None:
        """The actor of the longest mention overlapping ``span`` (None if there is none)."""
        best: tuple[int, Actor] | None = None
        for _, _, mention, actor in self.overlapping(span):
            size = len(mention.span)
            if best is None or size > best[0]:
                best = (size, actor)
        return None if best is None else best[1]

    def starting(self, lo: int, hi: int) -> list[tuple[int, int, Mention, Actor]]:
        """Mentions that start in ``[lo, hi)``, in text order (the longer first at one
        start); by plain character positions, for hot loops that have no span to pass."""
        starts = self._starts
        return self._entries[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def overlapping(self, span: Span) -> list[tuple[int, int, Mention, Actor]]:
        """Mentions overlapping ``span``, in text order."""
        # Mentions are short; look back a bounded distance for ones starting before span.
        lo = bisect.bisect_left(self._starts, span.start - 200)
        hi = bisect.bisect_left(self._starts, span.end)
        return [e for e in self._entries[lo:hi] if e[1] > span.start]

    def before(self, position: int, *, kinds: Iterable[str] = ("person",),
               limit: int = 2000) -> list[tuple[Mention, Actor]]:
        """Mentions of actors of the given kinds ending before ``position``, nearest first,
        looking back at most ``limit`` characters."""
        wanted = set(kinds)
        # Walk back by index from the first mention at ``position``: copying the
        # prefix of the entries would make each lookup cost the whole article.
        entries = self._entries
        floor = position - limit
        found = []
        for i in range(bisect.bisect_left(self._starts, position) - 1, -1, -1):
            start, end, mention, actor = entries[i]
            if start < floor:
                break
            if end <= position and actor.kind in wanted:
                found.append((mention, actor))
        return found
