"""The tense of a clause around a position, from the nearest verb-group marker.

Word-based (no tagger): future markers (``will``, ``'ll``, ``going to``, ``plans
to``…), past forms (``said``, ``met``, ``-ed``) and present forms (``is``,
``says``). A participle after ``be`` takes the tense of the auxiliary before it
(``will be held`` is future, ``was held`` past). Markers after the position
count for half, so the verb of the clause before a time expression wins.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["tense_around", "tense_near"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())

FUTURE = _set(
    "will won't wo shall 'll would gonna upcoming next tomorrow later soon"
)
FUTURE_BEFORE_TO = _set(
    "going plans plan planned planning intends intend intention expected expects expect "
    "scheduled set due hopes hope aims aim prepares prepare preparing"
)
PAST = _set(
    "was were had did said told met went came held took made gave saw began became left "
    "won lost fell rose sold bought paid spent got found thought knew brought sent struck "
    "led ran wrote spoke broke chose drove flew fought ago yesterday last earlier"
)
PRESENT = _set("is are am says has have does do now today currently")
NOT_PAST = _set(
    "need indeed speed seed feed proceed exceed succeed bleed breed greed embed hundred "
    "united based concerned interested related supposed red bed led"
)
BE = frozenset({"be", "been", "being"})
# Units before "later" ("two days later"): a narrative told in the past.
_UNITS = _set(
    "minute minutes hour hours day days week weeks month months year years decade decades "
    "moments moment"
)
_BE_TO = _set("is are am")
_EFFECTIVE_PREP = _set("on from")
_BEFORE_VERB = _set("to will would could can may might must should shall")
REPORTING = _set("said says told tells added announced reported stated noted claimed wrote writes")


# What a word is on its own: _FUTURE, _BEFORE_TO (future before "to", else nothing),
# _BEFORE_TO_PAST (future before "to", else a past form: ``expected``), _PAST,
# _PRESENT, or _NONE (no marker: most words); cached by word (the same few hundred
# words recur), instead of the four set lookups and suffix tests of each reading.
_NONE, _FUTURE, _BEFORE_TO, _BEFORE_TO_PAST, _PAST, _PRESENT = range(6)
_CLASSES: dict[str, int] = {}


def _classify(w: str) -> int:
    if w in FUTURE or w.endswith("'ll"):
        return _FUTURE
    past = w in PAST or (len(w) > 4 and w.endswith("ed") and w not in NOT_PAST)
    if w in FUTURE_BEFORE_TO:
        return _BEFORE_TO_PAST if past else _BEFORE_TO
    if past:
        return _PAST
    if w in PRESENT:
        return _PRESENT
    return _NONE


def _kind(words: list[str], i: int) -> int | None:
    """1 future, -1 past, 0 present, None: the word at ``i`` marks no tense."""
    w = words[i]
    c = _CLASSES.get(w)
    if c is None:
        c = _classify(w)
        if len(_CLASSES) < 50_000:
            _CLASSES[w] = c
    if c == _NONE:
        return None
    if c == _FUTURE:
        if w == "later" and i > 0 and words[i - 1] in _UNITS:
            return -1  # "three days later", "a year later": a narrative's past
        return 1
    if c == _PRESENT and i + 1 < len(words) and words[i + 1] == "to" and w in _BE_TO:
        return 1  # "is to resume", "are to meet": a scheduled future
    if c in (_BEFORE_TO, _BEFORE_TO_PAST):
        if i + 1 < len(words) and words[i + 1] == "to":
            if i > 1 and words[i - 1] == "been" and words[i - 2] == "had":
                return -1  # "had been due to", "had been scheduled to": a plan now past
            return 1  # "going to", "plans to", "expected to"
        if c == _BEFORE_TO:
            return None  # none of these words is in PRESENT
    if c != _PRESENT:  # a past form
        if w == "last" and i > 0 and words[i - 1] in _BEFORE_VERB:
            return None  # "to last", "will last": the verb, whose tense is read further on
        if i > 0 and words[i - 1] in BE:
            # A participle: the auxiliary before "be" decides (will be held, to be held).
            aux = words[i - 2] if i > 1 else ""
            if aux in FUTURE or aux == "to" or aux.endswith("'ll"):
                return 1
            if aux in ("has", "have", "had", "was", "were"):
                return -1
            return None
        if i > 0 and words[i - 1] in ("is", "are", "am"):
            return 0
        return -1
    return 0  # _PRESENT


def tense_around(before: str, after: str) -> int:
    """-1 past, 1 future, 0 present or unknown, for a position between ``before`` and
    ``after`` (the rest of its sentence on each side, lower case, punctuation spaced)."""
    left = before.rsplit(None, _WORDS)[-_WORDS:]
    right = after.split(None, _WORDS)[:_WORDS]
    found = _scan(left, 0, right, len(right))
    assert found is not None  # whole word lists: the scan never runs out
    return found


# Words read on each side of the position (the marker is the nearest within them).
_WORDS = 30
# The first look (tense_near): this many words, from this many characters, on each side.
_NEAR_WORDS = 12
_NEAR_CHARS = 120


def tense_near(lower: str, lo: int, start: int, end: int, hi: int,
               punct: Callable[[str], str]) -> int:
    """:func:`tense_around` of ``lower[lo:start]`` and ``lower[end:hi]`` with ``punct``
    (a translation table) applied, reading first only the few words next to the
    position: the nearest marker is almost always among them, and translating and
    splitting a whole sentence side costs most of the work. Only when the scan would
    need words beyond them are both sides read in full (the same answer either way)."""
    near_lo = start - _NEAR_CHARS if start - _NEAR_CHARS > lo else lo
    near_hi = end + _NEAR_CHARS if end + _NEAR_CHARS < hi else hi
    left = punct(lower[near_lo:start]).rsplit(None, _NEAR_WORDS)
    right = punct(lower[end:near_hi]).split(None, _NEAR_WORDS)
    found: int | None = None
    if len(left) > _NEAR_WORDS:
        # The first piece is the rest (perhaps a cut word): the scan stops before the
        # two words each word's reading may look back at.
        left_floor: int | None = 2
        del left[0]
    else:
        left_floor = 0 if near_lo == lo else None
    if len(right) > _NEAR_WORDS:
        right_ceiling: int | None = _NEAR_WORDS - 1  # each reading may look one word on
        del right[-1]
    else:
        right_ceiling = len(right) if near_hi == hi else None
    if left_floor is not None and right_ceiling is not None:
        found = _scan(left, left_floor, right, right_ceiling)
    if found is None:
        return tense_around(punct(lower[lo:start]), punct(lower[end:hi]))
    return found


def _scan(left: list[str], left_floor: int, right: list[str], right_ceiling: int) -> int | None:
    """The tense of the nearest marker, nearest first on the left, then on the right at
    one and a half times the distance; None when it would have to read a word below
    ``left[left_floor]`` or from ``right[right_ceiling]`` on."""
    if left and (left[-1] == "effective" or (
            len(left) > 1 and left[-2] == "effective" and left[-1] in _EFFECTIVE_PREP)):
        return 1  # "effective Feb. 1", "effective from May": when a change takes effect
    best: tuple[float, int] | None = None
    for distance, i in enumerate(range(len(left) - 1, -1, -1)):
        if i < left_floor:
            return None
        kind = _kind(left, i)
        if kind is not None:
            best = (distance, kind)
            break
    for distance, i in enumerate(range(len(right))):
        if best is not None and distance * 1.5 + 1 >= best[0]:
            break
        if i >= right_ceiling:
            return None
        if right[i] in REPORTING:
            continue  # "…, officials said": the reporting verb, not the clause's own
        kind = _kind(right, i)
        if kind is not None:
            best = (distance * 1.5 + 1, kind)
            break
    return 0 if best is None else best[1]
