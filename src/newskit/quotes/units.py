"""Text units: the blocks of an article with their quotation pairs, the units (sentences
joined where a quotation runs across them) in which cues are tried, and the small word
counts and trims on stretches of text that the finder's rules share.

Kept apart from the finder so that the unit boundaries and the word tests read on their
own; nothing here knows about cues or speakers.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newskit.types import Block

from .lexicon import SPACE as _SPACE
from .shipped import compile_pattern

_MAX_UNIT = 4000
# an abbreviation that never ends a sentence, though a sentence splitter may
# end one there: "versus" (``Roe v. Wade``) and a former title (``then-Sen.
# Barack Obama``); the sentence after it goes on with the one before
_NO_SENTENCE_END = compile_pattern(r"(?:(?<![\p{L}])vs?|then-\p{Lu}\p{Ll}{1,4})\.$")


def _trim(text: str, start: int, end: int, chars: str = _SPACE) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


@lru_cache(maxsize=8)
def _n_words(n: int) -> Any:
    """A pattern matching at a stretch's start when ``n`` words follow within it: runs of
    letters and digits, each taken whole (possessive: one attempt, no backtracking); from
    the shipped file for 1 to 4 words (:data:`_N_WORDS`), else compiled."""
    import regex

    source = r"[^\p{L}\p{N}]*+(?:[\p{L}\p{N}]++[^\p{L}\p{N}]*+){" + str(n) + "}"
    return compile_pattern(source) if n < 5 else regex.compile(source)


_N_WORDS = {n: _n_words(n).match for n in range(1, 5)}


def _outside(pos: int) -> bool:
    """No position is inside a quotation (of a unit that has none)."""
    return False


def _has_words(text: str, start: int, end: int, n: int = 1) -> bool:
    """True when ``text[start:end]`` holds at least ``n`` words."""
    if n <= 1 and start < end and text[start].isalnum():
        return True  # a letter or digit first (every one is \p{L} or \p{N}): one word
    match = _N_WORDS.get(n) or _n_words(n if n > 1 else 1).match
    return match(text, start, end) is not None


def _word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


class _Block:
    """One block with its quotation pairs and units."""

    def __init__(self, index: int, block: Block, pairs: list[tuple[int, int]],
                 units: list[tuple[int, int]]) -> None:
        self.index = index
        self.block = block
        self.pairs = pairs
        self.units = units


def _units(text: str, start: int, end: int, sentences: Sequence[tuple[int, int]],
           pairs: Sequence[tuple[int, int]],
           has_cue: Any = None, bare_attribution: Any = None) -> list[tuple[int, int]]:
    """Sentences of the block joined where a quotation crosses their boundary, and
    where a sentence only attributes the quotation ending the one before
    (``"…?" Mr. Manafort asked.``, ``"…." Trump said.``)."""
    if not sentences:
        sentences = [_trim(text, start, end)]
    units: list[tuple[int, int]] = []
    opens = [a for a, _ in pairs] if pairs else []
    for s, e in sentences:
        # (pre-test: with no quotation in the block, only a unit ending in a closing
        # mark, which ``closed`` asks for, can take the sentence)
        if units and (opens or (units[-1][1] > units[-1][0]
                                and text[units[-1][1] - 1] in "\"”»'’")):
            ps, pe = units[-1]
            k = bisect.bisect_right(opens, pe) - 1
            inside = k >= 0 and opens[k] < pe <= pairs[k][1]
            # '"Can we win?" Mr. Manafort asked.': a short attribution after a quotation
            # ending in ? or ! belongs to it
            tail = text[(pe - 4 if pe - 4 > ps else ps) : pe]
            bare = tail.rstrip("\"”»'’")  # ’ too: "…you need?’”" closes an inner quotation
            closed = len(bare) < len(tail) and text[s] not in "\"“«„'"
            attribution = closed and (
                (bare[-1:] in ("?", "!", "—", "-")
                 and (len(text[s:e].split()) <= 8
                      or (has_cue is not None and has_cue(s, (s + 60 if s + 60 < e else e)))))
                # '"…." Trump said.': a quotation closed by a full stop, then a
                # sentence that is only a speaker and a cue, which has nothing else
                # to attribute
                or (bare[-1:] in (".", "…") and bare_attribution is not None
                    and len(text[s:e].split()) <= 8 and bare_attribution(s, e)))
            if (inside or attribution) and e - ps <= _MAX_UNIT:
                units[-1] = (ps, e)
                continue
        if (units and text[units[-1][1] - 1] == "." and e - units[-1][0] <= _MAX_UNIT
                and _NO_SENTENCE_END.search(text, max(units[-1][0], units[-1][1] - 12),
                                            units[-1][1]) is not None):
            units[-1] = (units[-1][0], e)  # "… Roe v." + "Wade, he said.": one sentence
            continue
        units.append((s, e))
    # a run-on "sentence" (no full stops, a list of marks) is cut into bounded pieces
    # so that the work per cue stays bounded: cost stays linear in the text length
    out: list[tuple[int, int]] = []
    for s, e in units:
        while e - s > _MAX_UNIT:
            cut = text.rfind(" ", s + _MAX_UNIT // 2, s + _MAX_UNIT)
            cut = cut if cut > s else s + _MAX_UNIT
            out.append((s, cut))
            s = _trim(text, cut, e)[0]
        if e > s:
            out.append((s, e))
    return out
