"""The event trigger lexicon (``data/events.json``) indexed for lookup in text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

__all__ = ["Trigger", "TriggerIndex"]

# Punctuation a trigger word may carry as a whitespace-separated token.
_BEFORE = ("", "(", '"', "\u201c", "'", "\u2018")
_AFTER = ("", ",", ".", ";", ":", ")", "?", "!", '"', "\u201d", "'s", "\u2019s", "'", "\u2019")


class Trigger(NamedTuple):
    """One trigger phrase of the lexicon."""

    phrase: str
    """Lower case, words separated by single spaces."""
    type: str
    plover: str | None
    pos: str
    """``verb`` or ``noun``."""
    objects: frozenset[str]
    """When not empty: one of these words must follow within five words."""


class TriggerIndex:
    """Trigger phrases by their first word, longest first."""

    def __init__(self, entries: Iterable[dict[str, Any]]) -> None:
        by_first: dict[str, list[Trigger]] = {}
        for entry in entries:
            type_ = str(entry.get("type") or "event")
            plover = entry.get("plover") or None
            objects = frozenset(str(w).lower() for w in entry.get("objects") or ())
            for pos, key in (("verb", "verbs"), ("noun", "nouns")):
                for phrase in entry.get(key) or ():
                    words = str(phrase).lower().split()
                    if not words:
                        continue
                    trigger = Trigger(" ".join(words), type_, plover, pos, objects)
                    by_first.setdefault(words[0], []).append(trigger)
        for triggers in by_first.values():
            # Longest phrase first; a verb reading before a noun one of the same words.
            triggers.sort(key=lambda t: (-len(t.phrase), t.pos != "verb"))
        self.by_first = by_first
        # The noun reading of each phrase that has one (the first in by_first order):
        # a verb trigger is looked at as a noun only when such a reading exists.
        self.noun_of: dict[str, Trigger] = {}
        for triggers in by_first.values():
            for trigger in triggers:
                if trigger.pos == "noun":
                    self.noun_of.setdefault(trigger.phrase, trigger)
        variants: dict[str, str] = {w: w for w in by_first}
        for word in sorted(by_first):
            for a in _BEFORE:
                # A spelling already there keeps its word (the first given): a test and a
                # store, not a setdefault call, for 23,000 spellings at start-up.
                opened = a + word
                for b in _AFTER:
                    spelling = opened + b
                    if spelling not in variants:
                        variants[spelling] = word
        self.variants = variants
        self._variant_set = frozenset(variants)
        self._tables: dict[frozenset[str], frozenset[str]] = {}

    def first_words_in(self, lower: str) -> set[str]:
        """First words of triggers that occur as tokens in ``lower``."""
        return self.first_words_among(lower.split())

    def first_words_and(self, tokens: Iterable[str],
                        also: frozenset[str]) -> tuple[set[str], frozenset[str]]:
        """:meth:`first_words_among` ``tokens``, and the words of ``also`` among them:
        one pass over the tokens for both (each pass costs a hash-table probe a token)."""
        found = self.table(also).intersection(tokens)
        variants = self.variants
        return {variants[t] for t in found if t in variants}, also.intersection(found)

    def table(self, also: frozenset[str]) -> frozenset[str]:
        """The spellings of the first words, with the words of ``also``."""
        table = self._tables.get(also)
        if table is None:
            table = self._tables[also] = self._variant_set | also
        return table

    def first_words_among(self, tokens: Iterable[str]) -> set[str]:
        """First words of triggers among ``tokens`` (whitespace tokens, lower case)."""
        variants = self.variants
        # Intersecting from the (large) frozenset side runs the membership tests in C.
        return {variants[t] for t in self._variant_set.intersection(tokens)}
