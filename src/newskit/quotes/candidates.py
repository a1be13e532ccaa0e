"""The quote candidate being assembled, and the rules that read a list of them.

A candidate (``_Cand``) is mutable while the finder and ``find_quotes`` work on it:
its parts, cue, speaker phrase and block; it is frozen into a ``Quote`` at the end.
The functions here look back along the candidates found so far (the one before a
position, the announcement a colon ends, the direct quote an indirect report
repeats) and join quotes that run across paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .boundaries import abbreviation_before
from .speakers import Phrase


@attrs.define
class _Cand:
    """A quote being assembled (mutable; frozen into a Quote at the end)."""

    kind: str
    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    speaker: Phrase | None = None
    block: int = 0
    open_end: bool = False
    """The last part runs to the end of its block without a closing mark."""
    continues: bool = False
    """The first part opens its block, continuing an open quote of the block before."""
    attribution_end: int | None = None
    """Where the attribution after the quote ends (for split quotes)."""


def _last_end(cand: _Cand) -> int:
    """Where a candidate's last part ends (a sort key)."""
    return cand.parts[-1][1]


def _announcing(text: str, colon: Sequence[_Cand], mark: int) -> _Cand | None:
    """The attribution without content (``Lau said in a statement.``) whose sentence
    ends right before the quotation mark at ``mark``, or None."""
    for c in reversed(colon):
        if c.cue is None or c.cue[1] > mark:
            continue
        between = text[c.cue[1] : mark].rstrip()
        if mark - c.cue[1] <= 200 and between[-1:] in (".", ":") and not any(
                ch in between for ch in "\"“”«»\n"):
            return c
        return None
    return None


def _attributed_before(text: str, cands: Sequence[_Cand], report: _Cand,
                       in_name: frozenset[str]) -> _Cand | None:
    """The direct quote whose attribution sentence holds the indirect ``report``
    (``"A," Lind said, noting he would …``), or None."""
    start = report.parts[0][0]
    best = _previous(cands, start)
    if best is None or best.kind != "direct" or best.speaker is None:
        return None
    end = best.parts[-1][1]
    if start - end > 300:
        return None
    for stop in ". ", "? ", "! ":
        i = text.find(stop, end, start)
        while i >= 0:
            if stop != ". " or not abbreviation_before(text, i, in_name):
                return None
            i = text.find(stop, i + 1, start)
    return best


def _previous(cands: Sequence[_Cand], pos: int) -> _Cand | None:
    """The candidate ending last before ``pos``."""
    best = None
    for c in cands:
        if c.parts and c.parts[-1][1] <= pos and (
                best is None or c.parts[-1][1] > best.parts[-1][1]):
            best = c
    return best


def _merge_paragraphs(cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    for c in cands:
        if c.continues and out and out[-1].open_end and out[-1].block == c.block - 1 \
                and out[-1].kind in ("direct", "mixed"):
            prev = out[-1]
            prev.parts.extend(c.parts)
            prev.open_end = c.open_end
            prev.block = c.block
            if prev.speaker is None and c.speaker is not None:
                prev.speaker, prev.cue = c.speaker, c.cue
            continue
        out.append(c)
    return out
