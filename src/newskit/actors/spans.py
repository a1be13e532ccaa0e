"""Sorted, disjoint spans of the text (headings, captions, credits, names): their
union and whether a position lies in one, by bisection, since chunks, candidates and
mentions each ask it once; and the mentions that start in none, in one walk.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import Any, TypeVar


def _union(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same positions as ``spans``: for :func:`_inside`."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_M_START = operator.itemgetter(0)
_M_END = operator.itemgetter(1)


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, disjoint)."""
    i = bisect.bisect_right(spans, pos, key=_M_START) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_M = TypeVar("_M", bound=tuple[int, int, Any])  # a mention: start, end, what it is of


def _outside(mentions: list[_M], spans: Sequence[tuple[int, int]]) -> list[_M]:
    """The ``mentions`` (in text order) that do not start inside one of ``spans`` (sorted,
    disjoint): one walk over both lists instead of a search per mention."""
    out: list[_M] = []
    i = 0
    n = len(spans)
    for m in mentions:
        s = m[0]
        while i < n and spans[i][1] <= s:
            i += 1
        if i < n and spans[i][0] <= s:
            continue
        out.append(m)
    return out
