"""Reading the words around a cue: subjects that name no source (``it is``,
``that's``), where the reported clause starts after an object without "that"
(``told the crowd the plan …``), and time adjuncts (``late last month``).

Word-level rules with no state, shared by the finder and the plugin class.
"""

from __future__ import annotations

from .boundaries import SUBORDINATORS
from .lexicon import (
    DETERMINERS,
    FINITE_VERBS,
    OBJECT_PRONOUNS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    word_set,
)
from .lexicon import SPACE as _SPACE
from .speakers import PREPOSITIONS, Phrase

_QUOTE_CHARS = "\"“”«»„‘’'"


# clause openers: a stretch starting with one (a subordinating conjunction of
# ``SUBORDINATORS``, whose clause before a speaker ("When X said …, Y …") ends the
# report at its comma, or a coordinator or "even", "whether") is an adverbial, not
# reported content
_CLAUSE_OPENING_WORDS = SUBORDINATORS | word_set("even whether but and so yet then")


def _expletive(text: str, phrase: Phrase) -> bool:
    """True for an expletive or demonstrative subject that names no source:
    ``It’s``, ``That’s``, ``There’s`` (``It’s fair to ask whether …``) and
    ``it`` before a form of *be* or *seem* (``it was revealed that …``, ``It is
    often argued that …``, ``It seems …``)."""
    if phrase.end - phrase.start > 7:
        return False
    word = text[phrase.start : phrase.end].lower().replace("’", "'")
    if word in _EXPLETIVE_CONTRACTIONS:
        return True
    if word != "it":
        return False
    nxt = text[phrase.end : phrase.end + 12].split()
    return bool(nxt) and nxt[0].lower().replace("’", "'") in _EXPLETIVE_VERBS


_EXPLETIVE_CONTRACTIONS = word_set("it's that's there's here's what's")
_EXPLETIVE_VERBS = word_set("is was isn't wasn't seems seemed appears appeared")


_OBJECT_END = ",;:()\"“”«»"
_OBJECT_ENDS = frozenset(_OBJECT_END)  # (a test of a word's characters in C)
_NOT_OBJECT = word_set("to that whether if how what why when where who which not about of")


def _clause_after_object(text: str, start: int, end: int, in_name: frozenset[str]
                         ) -> int | None:
    """Where the reported clause starts after an object without "that": ``told the
    crowd he was …``, ``told them Clinton has …``, ``told host Jo Roe a loss is
    …``. The object is at most seven words (a time adjunct may end it); the clause
    opens with a nominative pronoun, or with a determiner or a name (the last one
    before the clause's finite verb, so that a titled name stays in the object); a
    word that opens a clause or an infinitive (``asked him whether``, ``urged voters
    to``) or punctuation before the clause means there is none."""
    words = _words_from(text, start, min(end, start + 160), 14)
    pending: int | None = None
    for k in range(1, len(words)):
        prev = words[k - 1][1]
        low_prev = prev.lower()
        word = words[k][1]
        low = word.lower().strip(_QUOTE_CHARS + ".,;:")
        if pending is not None and low in FINITE_VERBS:
            return pending
        if (k >= 8 or not _OBJECT_ENDS.isdisjoint(prev) or low_prev in _NOT_OBJECT
                or low_prev in _CLAUSE_OPENING_WORDS):
            return None
        if low_prev in PREPOSITIONS or low_prev in DETERMINERS:
            continue
        if low.replace("’", "'").split("'")[0] in SUBJECT_PRONOUNS:
            return words[k][0]
        if low in DETERMINERS or (
                word[:1].isupper() and low not in TIME_NOUNS and low not in in_name
                and (low_prev in OBJECT_PRONOUNS or prev.islower())):
            pending = words[k][0]
    return None


def _words_from(text: str, start: int, end: int, most: int) -> list[tuple[int, str]]:
    """The first ``most`` white-space separated words of ``text[start:end]`` with
    their offsets (a bounded walk: no regex, no split of a long tail)."""
    words: list[tuple[int, str]] = []
    pos = start
    while len(words) < most and pos < end:
        while pos < end and text[pos] in _SPACE:
            pos += 1
        stop = pos
        while stop < end and text[stop] not in _SPACE:
            stop += 1
        if pos >= stop:
            break
        words.append((pos, text[pos:stop]))
        pos = stop
    return words


_TIME_MODIFIERS = word_set("this last next early late earlier later that")


def _first_word(text: str, pos: int) -> str:
    """The word starting at ``pos``, lower case."""
    return text[pos : pos + 20].split(" ", 1)[0].lower()


def _time_phrase(words: str) -> bool:
    """True for a time adjunct like ``this week``, ``late last month``, ``that night``."""
    low = words.lower().split()
    return bool(low) and low[-1] in TIME_NOUNS and all(
        w in _TIME_MODIFIERS or w in TIME_NOUNS for w in low)
