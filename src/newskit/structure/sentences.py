"""Sentence splitting with character offsets.

A candidate boundary is sentence-final punctuation (``.``, ``!``, ``?``, ``…``),
optionally followed by closing quotes or brackets, then whitespace, then
something that can open a sentence (an upper-case letter, a digit, an opening
quote or bracket). A candidate is rejected when the word before a full stop is
an abbreviation that does not end sentences (``Mr.``, ``Gen.``, ``Jan.``), an
initial (``John F. Kennedy``), or an abbreviation that may end a sentence
(``U.S.``, ``Inc.``) followed by a word that does not usually start one.

Decimal numbers (``3.5``) and dotted names (``example.com``) are never
candidates: a boundary needs whitespace after the punctuation.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())

__all__ = ["sentence_spans"]

# Abbreviations after which a sentence practically never ends (the next word is
# part of the same sentence: a name, a number, a noun).
_NON_FINAL = _words(
    """
    mr mrs ms mx dr prof sr jr st gen lt col maj capt cpt sgt cpl adm cmdr cdr brig
    gov sen rep rev fr hon pres supt insp det atty amb sec ald
    messrs mmes mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols p pp fig figs art ch sec secs para paras
    approx est ca cf vs v viz al
    mt ft pt ave blvd rd hwy
    dept univ assn
    ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """
)

# Abbreviations that often end a sentence: split when the next word is one that
# usually starts a sentence (a pronoun, article, conjunction…).
_MAYBE_FINAL = _words(
    """
    inc corp co ltd llc plc bros etc jr sr
    u.s u.k u.n e.u u.s.a d.c a.m p.m
    """
)

_SENTENCE_STARTERS = _words(
    """
    the a an this that these those it its he she they we i you his her their our my
    but and or so yet however meanwhile in on at for as if when while after before
    since although though there here what who why how where which
    mr mrs ms dr
    """
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    return {
        # end punctuation, closing quotes/brackets, whitespace, opening of the next
        "candidate": regex.compile(
            r"""(?:[.!?]{1,4}|…)['"”’»)\]]{0,3}(?=\s{1,40}['"“‘«(\[]{0,3}[\p{Lu}\p{N}])"""
        ),
        # the word just before a full stop (letters and inner dots)
        "word_before": regex.compile(r"([\p{L}][\p{L}.'’]{0,15})\.$"),
        "next_word": regex.compile(r"\s{0,40}['\"“‘«(\[]{0,3}([\p{L}]{1,20})"),
    }


def _is_boundary(text: str, start: int, match_start: int, match_end: int) -> bool:
    """Decide whether the candidate ``text[match_start:match_end]`` ends a sentence."""
    punct = text[match_start]
    if punct != ".":
        return True
    if match_end - match_start > 1 and text[match_start + 1] == ".":
        return True  # an ellipsis written with dots
    pats = _patterns()
    left = text[max(start, match_start - 16) : match_start + 1]
    m = pats["word_before"].search(left)
    if m is None:
        return True
    word = m.group(1)
    if m.start() > 0 and not left[m.start() - 1].isspace() and left[m.start() - 1] not in "(\"“'‘":
        return True
    # a closing quote or bracket after the stop makes it the end of a quotation
    if match_end - match_start > 1:
        return True
    lower = word.lower().rstrip(".")
    if len(word) == 1 and word.isupper():
        return False  # an initial: John F. Kennedy
    if lower in _NON_FINAL:
        return False
    dotted = "." in word
    if lower in _MAYBE_FINAL or dotted:
        nxt = pats["next_word"].match(text, match_end)
        if nxt is None:
            return True
        return nxt.group(1).lower() in _SENTENCE_STARTERS
    return True


def iter_boundaries(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets (end-exclusive) where a sentence ends within ``text[start:end]``."""
    for m in _patterns()["candidate"].finditer(text, start, end):
        if _is_boundary(text, start, m.start(), m.end()):
            yield m.end()


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as ``(start, end)`` pairs, whitespace trimmed."""
    if end is None:
        end = len(text)
    out: list[tuple[int, int]] = []
    pos = start
    for cut in iter_boundaries(text, start, end):
        _add(text, pos, cut, out)
        pos = cut
    _add(text, pos, end, out)
    return out


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))
