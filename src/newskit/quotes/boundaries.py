"""Quote boundaries: where the reported content of a found quote starts and ends.

The finder (:mod:`newskit.quotes.extractor`) decides *that* a stretch is reported
and by whom; this module adjusts *where* its content begins and ends, after
all candidates of an article are fixed and before they are frozen into
``Quote`` objects. Each rule follows a pattern of English news prose, tuned on
the PolNeAR train split (exact F1: boundaries equal once white space, quotation
marks and ``, . ; :`` are trimmed):

* a quotation ending mid-clause (``"It seems unlikely" that Sanders can win,
  he said``, ``called for "a fresh look" at the budget``) carries the rest of
  its clause, up to the attribution, the sentence end, a relative clause or a
  second verb phrase.

Spans stay exact: every change moves a boundary to a word boundary found in the
text, and every part still slices the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import regex

from .lexicon import _w

__all__ = ["refine_boundaries"]

_OPEN = "\"“«„"
_CLOSE = "\"”»"
_SPACE = " \t\r\n\f\v\u00a0\u2009\u200a\u202f"

# where a clause carried on after a quotation stops: a sentence end, a semicolon,
# a line break, a relative or adverbial clause or a participle after a comma, a
# coordinated verb phrase ("and made …"), another quotation
_CLAUSE_STOP = regex.compile(
    r"[.!?](?=[\"”'’)]*(?:\s|$))|[;\n]|[\"“”«»„]|''|``|"
    r",\s+(?:which|who|whom|whose|where|while|whereas|but|although|though|and|as|"
    r"according|\p{Ll}{2,20}ing)\s|"
    r"\s(?:and|but)\s+(?:also\s+)?(?:\p{Ll}{2,20}ed|said|says|made|took|gave|went|"
    r"\p{Ll}{2,20}ing)\s|\sbut\s|"
    r"\sand\s+\p{Ll}{2,20}s\s+(?:that|the|a|an|he|she|it|they|his|her|their|to)\s|"
    r"\s[—–]\s|\s--\s"
)
# the start of the sentence holding a position (searched backwards)
_SENTENCE_START = regex.compile(r"(?r)(?:[.!?][\"”'’)]*\s+|\n\s*)")
# a word character, lower case: the text after a closing mark goes on in its clause
_LOWER_WORD = regex.compile(r"[ \u00a0]{1,3}\p{Ll}")
_WORD = regex.compile(r"[\p{L}\p{N}]+")

# words that carry a clause on after a quotation opening its sentence ("It seems
# unlikely" that Sanders can win); a verb there is said of the quotation instead
_CONTINUERS = _w(
    """
    that if because for to of at against by but from about before there on in with than
    as when until after unless since while whether or and over into during without
    """
)
_MAX_CARRIED_WORDS = 30
_MAX_LEAD_WORDS = 12


class _Phrase(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Candidate(Protocol):
    """What this module reads and changes in a quote candidate of the finder."""

    kind: str
    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: Any


def refine_boundaries(text: str, cands: Iterable[Candidate]) -> None:
    """Adjust the content parts (and kind) of each candidate in place."""
    for cand in cands:
        if not cand.parts:
            continue
        _carry_clause(text, cand)


def _trim(text: str, start: int, end: int, chars: str = _SPACE) -> tuple[int, int]:
    """``(start, end)`` moved inwards past ``chars`` at both ends."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(chars))
    return start + left, start + len(piece.rstrip(chars)) if left < len(piece) else start + left


def _words(text: str, start: int, end: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, start, end))


def _closing_mark_end(text: str, end: int) -> int | None:
    """The end of the closing quotation mark right after a direct part ending at
    ``end`` (or ending the part itself), or None."""
    pos = end
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    if text.startswith("''", pos):
        return pos + 2
    if pos < len(text) and text[pos] in _CLOSE + "’'":
        return pos + 1
    return None


def _carry_clause(text: str, cand: Candidate) -> None:
    """``"It seems extremely unlikely" that Sanders can catch Clinton, said X``:
    a quotation that ends without punctuation of its own, followed by lower-case
    words of the same clause, carries the clause on to where it stops (the
    attribution, a sentence end, a relative clause, another verb phrase)."""
    if cand.kind not in ("direct", "mixed"):
        return
    start, end = cand.parts[-1]
    if cand.kind == "direct":
        mark_end = _closing_mark_end(text, end)
        last = end
    else:
        if end < 2 or text[end - 1] not in _CLOSE + "’'":
            return
        mark_end = end
        last = end - 2 if text.startswith("''", end - 2) else end - 1
    if mark_end is None or last <= start or not text[last - 1].isalnum():
        return
    if not _LOWER_WORD.match(text, mark_end):
        return
    if cand.kind == "direct" and _opens_sentence(text, start) and _first_word(
            text, mark_end) not in _CONTINUERS:
        return  # "Ted! Ted!" were cut short: the words after are said of the quotation
    limit = min(len(text), mark_end + 400)
    for phrase in (cand.speaker, cand.cue):
        pos = _span_start(phrase)
        if pos is not None and pos >= mark_end:
            limit = min(limit, pos)
    stop_m = _CLAUSE_STOP.search(text, mark_end, limit)
    stop = stop_m.start() if stop_m is not None else limit
    stop = _trim(text, mark_end, stop, _SPACE + ",")[1]
    if stop <= mark_end or _words(text, mark_end, stop) > _MAX_CARRIED_WORDS:
        return
    if stop_m is None and limit == mark_end + 400:
        return
    if cand.kind == "direct":
        opening = _trim(text, 0, start, " \u00a0")[1] - 1
        if opening >= 0 and (text[opening] in _OPEN or text[opening] in "‘'"):
            start = opening - 1 if text.startswith("''", opening - 1) else opening
    cand.parts[-1] = (start, stop)
    cand.kind = "mixed"


def _opens_sentence(text: str, start: int) -> bool:
    """True when the quotation holding ``start`` opens its sentence: the words
    after it are then said of the quotation (``"Ted! Ted!" were cut short``)."""
    before = text[max(0, start - 6) : start].rstrip(_SPACE + _OPEN + "'‘")
    return not before or before[-1] in ".!?:\"”'’\n"


def _first_word(text: str, pos: int) -> str:
    m = _WORD.search(text, pos, min(len(text), pos + 40))
    return "" if m is None else m.group().lower()


def _span_start(span: Any) -> int | None:
    if span is None:
        return None
    if isinstance(span, tuple):
        return int(span[0])
    return int(span.start)
