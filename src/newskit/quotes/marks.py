"""Pairing quotation marks inside one block of text, in linear time.

Marks are paired by kind: straight double quotes toggle, curly quotes ``“ ”``,
guillemets ``« »`` and German quotes ``„ “`` open and close their own kind, and
(in headlines only) single quotes ``‘ ’`` / ``'`` pair when they flank words
the way quotation marks do, so apostrophes (``don't``, ``O’Neill``) never
count. Nested quotes stay inside their outer quote: only outermost pairs are
returned. A mark that finds no partner is dropped, so an odd number of marks
costs one quote, not the rest of the text; a pair is never longer than
:data:`MAX_REACH` characters.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import partial
from operator import sub
from typing import NamedTuple

__all__ = ["MAX_REACH", "Pairing", "double_marks", "pair_marks", "positions_of"]

MAX_REACH = 6000
"""The longest stretch (in characters) one pair of marks may enclose."""

_SPACE_LIKE = frozenset(" \t\r\n\f\v\u00a0\u2009\u200a\u202f\u2002\u2003")
_OPEN_CONTEXT = frozenset("([{—–-/:;") | _SPACE_LIKE
_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-…") | _SPACE_LIKE


class Pairing(NamedTuple):
    """What :func:`pair_marks` found in one block."""

    pairs: list[tuple[int, int]]
    """Outermost ``(open, close)`` mark positions; the quote's text is ``open+1 .. close``."""
    unclosed: tuple[int, str] | None
    """The earliest outermost opening mark left without a partner (position, kind)."""
    opens_at_start: str | None
    """The kind of the mark that opens the block, if the block starts with one."""


# builds a Pairing from its fields without the Python-level ``__new__`` of a
# NamedTuple (pair_marks runs once per paragraph)
_new_pairing = partial(tuple.__new__, Pairing)

_DOUBLE = "\"“”«»„"
_SINGLE = "‘’'"


def positions_of(text: str, start: int, end: int, chars: Iterable[str]) -> list[int]:
    """Positions of any of ``chars`` (characters, or strings) in ``text[start:end]``,
    sorted (str.find is C-fast)."""
    found: list[int] = []
    for ch in chars:
        i = text.find(ch, start, end)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1, end)
    found.sort()
    return found


def double_marks(text: str) -> list[int]:
    """Positions of the double quotation marks of the whole text, sorted: found
    once per article and handed to :func:`pair_marks` for each block."""
    return positions_of(text, 0, len(text), _DOUBLE)


def pair_marks(text: str, start: int, end: int, *, singles: bool = False,
               marks: Sequence[int] | None = None) -> Pairing:
    """Pair the quotation marks of ``text[start:end]`` (one paragraph or heading).

    ``singles`` also pairs single quotation marks (used for headlines).
    ``marks``, from :func:`double_marks`, spares scanning the block again.
    """
    if marks is None:
        positions = positions_of(text, start, end, _DOUBLE)
    else:
        lo = bisect.bisect_left(marks, start)
        if lo < len(marks) and marks[lo] < end:
            positions = list(marks[lo : bisect.bisect_left(marks, end, lo)])
        else:
            positions = []  # most paragraphs: no marks
    has_doubled = text.find("''", start, end) >= 0
    if not positions and not singles and not has_doubled:
        return _new_pairing(([], None, None))  # most paragraphs: nothing to pair
    first = start
    while first < end and text[first] in _SPACE_LIKE:
        first += 1
    if not singles and not has_doubled:
        fast = (_alternating_curly(text, positions, first) if text[positions[0]] == "“"
                else _alternating_straight(text, positions, start, end, first))
        if fast is not None:
            return fast
    open_: dict[str, list[int]] = {}  # kind -> positions of marks still open
    closed: list[tuple[int, int]] = []
    first_kind: str | None = None

    def is_open(kind: str, at: int) -> bool:
        positions = open_.get(kind)
        if not positions:
            return False
        if at - positions[-1] > MAX_REACH:
            positions.clear()  # everything of that kind is out of reach
            return False
        return True

    doubled = _doubled_apostrophes(text, start, end) if has_doubled else []
    if singles:
        positions += [i for i in positions_of(text, start, end, _SINGLE)
                      if not (text.startswith("''", i) or text.startswith("''", i - 1))]
    if singles or doubled:
        positions = sorted(positions + doubled)  # else sorted already
    doubled_set = set(doubled)
    in_attribute = False
    for i in positions:
        ch = text[i]
        if i in doubled_set:
            ch = "''"  # two apostrophes as a double quotation mark (NYT style)
        if ch == '"' and (in_attribute or (i > start and text[i - 1] == "=")):
            in_attribute = not in_attribute  # markup: <tweet author="…">
            continue
        prev = text[i - 1] if i > start else " "
        width = 2 if ch == "''" else 1
        nxt = text[i + width] if i + width < end else " "
        left = nxt not in _SPACE_LIKE and (prev in _OPEN_CONTEXT or prev in "\"“”«»„‘'")
        right = prev not in _SPACE_LIKE and (nxt in _CLOSE_CONTEXT or nxt in "\"“”«»„’'")
        closes: str | None = None
        opens: str | None = None
        if ch == '"':
            if is_open("straight", i):
                closes = "straight"
            elif right and not left and is_open("curly", i):
                closes = "curly"  # “…" : the closing mark typed straight
            elif left or not right:
                opens = "straight"
        elif ch == "''":
            if is_open("doubled", i):
                closes = "doubled"
            elif left or not right:
                opens = "doubled"
        elif ch == "“":
            if is_open("german", i) and not left:
                closes = "german"
            elif right and not left and is_open("curly", i):
                closes = "curly"  # a closing quote typed as an opening one
            else:
                opens = "curly"
        elif ch == "”":
            if is_open("curly", i):
                closes = "curly"
            elif is_open("german", i):
                closes = "german"
            elif right and not left and is_open("straight", i):
                closes = "straight"  # "…” : the opening mark typed straight
            elif left and not right:
                opens = "curly"  # ”…” as in some European copy
        elif ch == "«":
            opens = "guillemet"
        elif ch == "»":
            if is_open("guillemet", i):
                closes = "guillemet"
        elif ch == "„":
            opens = "german"
        elif ch == "‘":
            if left:
                opens = "single"
        elif ch == "’":
            if right and not left and is_open("single", i):
                closes = "single"
        elif ch == "'":
            if right and not left and is_open("single-straight", i):
                closes = "single-straight"
            elif left and not right:
                opens = "single-straight"
        if closes is not None:
            closed.append((open_[closes].pop(), i))
        elif opens is not None:
            if i == first and first_kind is None:
                first_kind = opens
            open_.setdefault(opens, []).append(i)
    pairs = _outermost(closed)
    unclosed: tuple[int, str] | None = None
    leftovers = sorted((pos, kind) for kind, positions in open_.items() for pos in positions)
    if leftovers:
        # the earliest opener not inside a pair (pairs are sorted and disjoint)
        starts = [a for a, _ in pairs]
        for pos, kind in leftovers:
            k = bisect.bisect_left(starts, pos) - 1
            if k < 0 or pairs[k][1] < pos:
                unclosed = (pos, kind)
                break
    return _new_pairing((pairs, unclosed, first_kind))


def _alternating_curly(text: str, positions: list[int], first: int) -> Pairing | None:
    """The pairing of double marks that are all curly and alternate ``“ ” “ ”``
    (an odd last ``“`` left unclosed), each pair within :data:`MAX_REACH`; None
    for any other sequence. Found with C-level string and map operations, and the
    same as the loop of :func:`pair_marks` finds for such marks: each ``“`` opens
    (no curly mark is open before it), each ``”`` closes the one before it, no
    pair nests in another. Half the paragraphs with marks have only these."""
    chars = "".join(map(text.__getitem__, positions))
    opening, closing = chars[0::2], chars[1::2]
    if opening.strip("“") or closing.strip("”"):
        return None
    opens, closes = positions[0::2], positions[1::2]
    if closes and max(map(sub, closes, opens)) > MAX_REACH:
        return None
    pairs = list(zip(opens, closes, strict=False))  # an odd last opening mark: no pair
    unclosed = (opens[-1], "curly") if len(opens) > len(closes) else None
    return _new_pairing((pairs, unclosed, "curly" if positions[0] == first else None))


def _alternating_straight(text: str, positions: list[int], start: int, end: int,
                          first: int) -> Pairing | None:
    """The pairing of double marks that are all straight, none after ``=`` (markup),
    each pair within :data:`MAX_REACH` and each mark the loop of :func:`pair_marks`
    would open where none is open (not one that only looks like a closing mark):
    every second mark closes the one before it, an odd last one is left unclosed.
    None for any other sequence. The loop's result for such marks, with the
    context of the opening marks looked at only."""
    if "".join(map(text.__getitem__, positions)).strip('"') or (
            text.find('="', start, end) >= 0):
        return None
    opens, closes = positions[0::2], positions[1::2]
    if closes and max(map(sub, closes, opens)) > MAX_REACH:
        return None
    for i in opens:
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if (prev not in _SPACE_LIKE and (nxt in _CLOSE_CONTEXT or nxt in "\"“”«»„’'")
                and not (nxt not in _SPACE_LIKE
                         and (prev in _OPEN_CONTEXT or prev in "\"“”«»„‘'"))):
            return None  # right and not left: the loop would not open it
    pairs = list(zip(opens, closes, strict=False))  # an odd last opening mark: no pair
    unclosed = (opens[-1], "straight") if len(opens) > len(closes) else None
    return _new_pairing((pairs, unclosed, "straight" if positions[0] == first else None))


def _doubled_apostrophes(text: str, start: int, end: int) -> list[int]:
    """Starts of ``''`` pairs; in a run of three (NYT style), the pair that closes
    after an inner single mark (``… 'no daylight,''' he said``) or opens before
    one (``'''Sir, …'.''``); none in longer runs."""
    found = []
    i = text.find("''", start, end)
    while i >= 0:
        run = 2
        while i + run < end and text[i + run] == "'" and run < 4:
            run += 1
        if run == 2:
            found.append(i)
        elif run == 3:
            before = text[i - 1] if i > start else " "
            found.append(i if before in _OPEN_CONTEXT else i + 1)
        else:
            while i + run < end and text[i + run] == "'":
                run += 1
        i = text.find("''", i + run, end)
    return found


def _outermost(closed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    closed.sort()
    out: list[tuple[int, int]] = []
    for a, b in closed:
        if out and a < out[-1][1]:
            continue  # nested inside the previous outer pair
        out.append((a, b))
    return out
