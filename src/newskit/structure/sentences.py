"""Sentence splitting with character offsets.

A candidate boundary is sentence-final punctuation (``.``, ``!``, ``?``, ``…``),
optionally followed by more of it and by closing quotes or brackets, then
whitespace, then something that can open a sentence (an upper-case letter, a
digit, an opening quote or bracket before one). A full stop is not a boundary
when the word before it is

* an initial (``John F. Kennedy``);
* an abbreviation that practically never ends a sentence (``Mr.``, ``Dr.``,
  ``Gen.``, ``Jan.``), or one that introduces a number (``No. 2``, ``p. 4``)
  and is followed by one;
* an abbreviation that may end a sentence (``U.S.``, ``Inc.``, ``D.C.``,
  ``Calif.``) followed by a word that does not usually open one (a name, a
  noun): ``the U.S. Senate`` goes on, ``moved to the U.S. It grew`` splits.

A full stop followed by a closing quote ends the quotation's sentence
(``"Yes." Then``); ``"…," he said`` and ``"Why?" he asked`` do not split
because a lower-case word follows. Decimal numbers (``3.5``) and dotted names
(``example.com``) are never candidates: a boundary needs whitespace after the
punctuation.

The scan uses ``str.find`` for the punctuation and looks at a few characters
around each hit, so it is linear in the text and needs no regex.
"""

from __future__ import annotations

__all__ = ["is_abbreviation", "sentence_ends", "sentence_spans"]


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


# Titles, months and days: the next word belongs to the same sentence.
NON_FINAL = _words(
    """
    mr mrs ms mx messrs mmes mme mlle dr prof sr jr st gen lt col maj capt cpt sgt cpl
    adm cmdr cdr brig gov sen sens rep reps rev fr hon pres supt insp det atty amb ald
    pvt spc
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri
    approx ca cf vs viz
    mt ft ave blvd
    dept univ assn
    """
)

# Abbreviations that introduce a number: ``No. 2``, ``p. 14``, ``Art. 5``.
BEFORE_NUMBER = _words("no nos vol vols p pp fig figs art ch sec secs para paras op")

# Abbreviations that often end a sentence: split only before a usual sentence opener.
MAYBE_FINAL = _words(
    """
    inc corp co ltd llc plc bros etc al
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
    miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo
    """
)

# Words that usually open a sentence: after ``U.S.`` or ``Inc.`` they mark a boundary.
SENTENCE_OPENERS = _words(
    """
    the a an this that these those it its he she they we i you his her their our my
    there here but and or so yet however meanwhile still also then now instead
    in on at for as if when while after before since although though because
    what who why how where which many most some several all both each no not
    mr mrs ms dr
    """
)

_LONGEST = max(len(w) for w in NON_FINAL | BEFORE_NUMBER | MAYBE_FINAL)
_CLOSERS = frozenset(".!?…'\"”’»)]")
_OPENERS = frozenset("'\"“‘«([")
_WORD_CHARS = frozenset(".'’-")
_MAX_WORD = 24
_MAX_GAP = 40


def is_abbreviation(word: str) -> bool:
    """True when ``word`` (without its final full stop) is a known abbreviation."""
    lower = word.lower()
    return (
        lower in NON_FINAL
        or lower in BEFORE_NUMBER
        or lower in MAYBE_FINAL
        or (len(word) == 1 and word.isalpha())
        or "." in word
    )


def _boundary(text: str, first: int, after: int, lo: int, n: int) -> bool:
    """Whether the punctuation run ``text[first:after]`` ends a sentence.

    ``text[after]`` is whitespace; ``lo`` bounds the look-back (the block
    start), ``n`` the look-ahead.
    """
    # the next word, after whitespace and opening quotes
    pos = after + 1
    if pos < n and not text[pos].isalnum():
        limit = after + _MAX_GAP if after + _MAX_GAP < n else n
        while pos < limit and text[pos].isspace():
            pos += 1
        while pos < limit and text[pos] in _OPENERS:
            pos += 1
    if pos >= n:
        return False
    head = text[pos]
    if not (head.isupper() or head.isdigit()):
        return False
    if text[first] != "." or after - first > 1:
        # ! ? …, an ellipsis, or a stop inside a closing quote or bracket
        return True
    # the word before the stop: from the last space (or opening mark) on
    floor = first - _MAX_WORD if first - _MAX_WORD > lo else lo
    space = text.rfind(" ", floor, first)
    word = text[(space + 1 if space >= 0 else floor) : first]
    if not word[-1:].isalpha():
        return True
    if not word.isalpha():
        k = len(word)
        while k > 0 and (word[k - 1].isalpha() or word[k - 1] in _WORD_CHARS):
            k -= 1
        word = word[k:].lstrip(".'’-")
        if not word:
            return True
    if len(word) == 1:
        return not word.isupper() or word == "I"  # an initial: John F. Kennedy
    if len(word) > _LONGEST and "." not in word:
        return True  # no abbreviation in the lists is longer
    lower = word.lower()
    if lower in NON_FINAL:
        return False
    if lower in BEFORE_NUMBER:
        return not head.isdigit()
    if lower in MAYBE_FINAL or "." in word:
        word_end = pos
        limit = pos + _MAX_WORD if pos + _MAX_WORD < n else n
        while word_end < limit and text[word_end].isalpha():
            word_end += 1
        return text[pos:word_end].lower() in SENTENCE_OPENERS
    return True


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """End offsets (exclusive) of the sentences of ``text[start:end]`` but the last.

    Offsets are those of ``text``; a boundary needs whitespace after the
    punctuation, so one at ``end`` itself is not reported.
    """
    if end is None:
        end = len(text)
    ends: set[int] = set()
    find = text.find
    closers = _CLOSERS
    for mark in ".!?…":
        i = find(mark, start, end)
        while i >= 0:
            j = i + 1
            while j < end and text[j] in closers:
                j += 1
            if j < end and text[j].isspace() and j not in ends:
                first = i
                while first > start and text[first - 1] in ".!?…":
                    first -= 1
                if _boundary(text, first, j, start, end):
                    ends.add(j)
            i = find(mark, j, end)
    return sorted(ends)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as ``(start, end)`` pairs, whitespace trimmed."""
    if end is None:
        end = len(text)
    out: list[tuple[int, int]] = []
    pos = start
    for cut in sentence_ends(text, start, end):
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
