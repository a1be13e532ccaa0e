"""Sentence splitting with character offsets.

A candidate boundary is sentence-final punctuation (``.``, ``!``, ``?``, ``…``),
optionally followed by more of it and by closing quotes or brackets, then
whitespace, then something that can open a sentence (an upper-case letter, a
digit, an opening quote or bracket before one). A full stop is not a boundary
when the word before it is

* an initial (``John F. Kennedy``) before anything but a word of
  :data:`SENTENCE_OPENERS` (``in group C. The other teams`` splits);
* an abbreviation that practically never ends a sentence (``Mr.``, ``Dr.``,
  ``Gen.``, ``Jan.``), or one that introduces a number (``No. 2``, ``p. 4``)
  and is followed by one;
* an abbreviation that may end a sentence (``U.S.``, ``Inc.``, ``D.C.``,
  ``Calif.``, ``Jr.``, ``a.m.``) followed by a word that does not open one:
  ``the U.S. Senate`` goes on, ``moved to the U.S. It grew`` splits. Every such
  abbreviation splits before a pronoun, determiner, conjunction or sentence adverb
  (:data:`SENTENCE_OPENERS`); a one-word one that ends no name (``Kan.``,
  ``Inc.``, not ``Jr.`` or ``Bros.``) also before a capitalised common word that no
  lexicon of names, titles, places or organisations lists (``led by Jo Kan.
  Critics said``, but ``Acme Inc. Chief Executive``, ``Acme Inc. Long``);
  after a town and its state, a first name opens one (``Bedminster, N.J. Roger``).

The abbreviations and their classes come from the ``abbreviations`` lexicon
(:mod:`newskit.structure.abbreviations`): ``title``, ``calendar``, ``non_final``
never end a sentence, ``number`` ones introduce a number, ``company``, ``suffix``,
``state`` and ``may_end`` ones may end one (``ends_name``: ``Jr.``, ``Bros.``).
Pass ``lexicons`` to use a registry's, with the entries its plugins add.

A full stop followed by a closing quote ends the quotation's sentence
(``"Yes." Then``); ``"…," he said`` and ``"Why?" he asked`` do not split
because a lower-case word follows. Decimal numbers (``3.5``) and dotted names
(``example.com``) are never candidates: a boundary needs whitespace after the
punctuation.

The scan uses ``str.find`` for the punctuation and looks at a few characters
around each hit, so it is linear in the text and needs no regex.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from .abbreviations import abbreviation_sets

if TYPE_CHECKING:
    from newskit.lexicons import Lexicons

__all__ = ["is_abbreviation", "sentence_ends", "sentence_spans"]


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


# Words that usually open a sentence and never go on a name: pronouns, determiners,
# conjunctions, sentence adverbs. After ``U.S.`` or ``Inc.`` they mark a boundary.
SENTENCE_OPENERS = _words(
    """
    the a an this that these those it its he she they we i you his her their our my
    him them us me one none neither either every another such any other others
    there here but and or so yet however meanwhile still also then now instead
    thus therefore hence indeed nevertheless nonetheless moreover furthermore besides
    otherwise perhaps maybe only even just already again initially later earlier
    yesterday tonight recently finally eventually ultimately currently previously
    separately additionally similarly likewise overall sometimes often never always
    once soon yes asked according
    in on at for as if when while after before since although though because unless
    until whether despite during amid among without
    what who whom whose why how where which many most some several all both each no not
    mr mrs ms dr
    """
)

# Capitalised words that go on naming a company after ``Inc.`` or ``Co.`` though they are
# common words that no lexicon of names lists.
_NAME_HEADS = _words(
    """
    pictures entertainment records studios building center centre ventures management
    labs stores foods holdings group partners day
    """
)


class _Rules:
    """The abbreviation sets the splitter reads, built from the ``abbreviations``
    lexicon (see :mod:`newskit.structure.abbreviations`)."""

    __slots__ = ("before_common", "before_number", "longest", "maybe_final", "non_final",
                 "states")

    def __init__(self, lexicons: Lexicons | None) -> None:
        found = abbreviation_sets(lexicons)
        # the next word belongs to the same sentence (titles, months, days, ``vs.``)
        self.non_final = found.never_final
        # they introduce a number: ``No. 2``, ``p. 14``, ``Art. 5``
        self.before_number = found.number
        # they often end a sentence: split only before a usual sentence opener
        self.maybe_final = found.maybe_final
        # one-word ones that end no name (``Kan.``, ``Inc.``, not ``Jr.``, ``Bros.``,
        # ``U.S.``): a capitalised common word after them opens a sentence
        self.before_common = frozenset(
            w for w in found.maybe_final if "." not in w and w not in found.ends_name
        )
        # US states (``Calif.``, ``N.J.``): after a town and its state, a first name
        # opens a sentence
        self.states = found.state
        # no one-word abbreviation is longer
        self.longest = max(
            (len(w) for w in found.never_final | found.number | found.maybe_final if "." not in w),
            default=0,
        )


_SHIPPED_RULES: _Rules | None = None
_RULES: weakref.WeakKeyDictionary[Lexicons, _Rules] = weakref.WeakKeyDictionary()


def _rules(lexicons: Lexicons | None) -> _Rules:
    """The rules of ``lexicons`` (built once per object), or of the shipped lexicon
    (built once per process)."""
    global _SHIPPED_RULES
    if lexicons is None:
        if _SHIPPED_RULES is None:
            _SHIPPED_RULES = _Rules(None)
        return _SHIPPED_RULES
    rules = _RULES.get(lexicons)
    if rules is None:
        rules = _RULES[lexicons] = _Rules(lexicons)
    return rules

_CLOSERS = frozenset(".!?…'\"”’»)]")
_OPENERS = frozenset("'\"“‘«([")
_WORD_CHARS = frozenset(".'’-")
_MAX_WORD = 24
_MAX_GAP = 40


def is_abbreviation(word: str, lexicons: Lexicons | None = None) -> bool:
    """True when ``word`` (without its final full stop) is a known abbreviation, an
    initial or a dotted word (``U.S``)."""
    lower = word.lower()
    rules = _rules(lexicons)
    return (
        lower in rules.non_final
        or lower in rules.before_number
        or lower in rules.maybe_final
        or (len(word) == 1 and word.isalpha())
        or "." in word
    )


def _boundary(text: str, first: int, after: int, lo: int, n: int, rules: _Rules) -> bool:
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
        if not word.isupper() or word == "I":
            return True
        # an initial (John F. Kennedy) unless a word that never goes on a name follows
        # ('in group C. The other teams')
        return _next_word(text, pos, n).lower() in SENTENCE_OPENERS
    if len(word) > rules.longest and "." not in word:
        return True  # no abbreviation in the lists is longer
    lower = word.lower()
    if lower in rules.non_final:
        return False
    if lower in rules.before_number:
        return not head.isdigit()
    if lower in rules.maybe_final or "." in word:
        following = _next_word(text, pos, n)
        folded = following.lower()
        if folded in SENTENCE_OPENERS:
            return True
        if len(following) < 2 or not following[1:].islower():
            return False
        # ``led by Jo Kan. Critics said``: after a one-word abbreviation that ends no name,
        # a capitalised common word that is no name, title or place opens a sentence
        if lower in rules.before_common and folded in _common_openers():
            return True
        # ``at Dunmore, N.J. Roger Hale said``: no name goes on after a town and its
        # state, so a first name there opens a sentence
        return (
            lower in rules.states
            and text[first - len(word) - 2 : first - len(word)] == ", "
            and following in _first_names()
        )
    return True


_CALENDAR = _words(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)

def _next_word(text: str, pos: int, n: int) -> str:
    """The letters from ``pos`` on (at most ``_MAX_WORD``)."""
    end = pos
    limit = pos + _MAX_WORD if pos + _MAX_WORD < n else n
    while end < limit and text[end].isalpha():
        end += 1
    return text[pos:end]


_COMMON_OPENERS: frozenset[str] | None = None
_FIRST_NAMES: frozenset[str] | None = None


def _first_names() -> frozenset[str]:
    """The shipped ``first_names`` (as written), read at first use."""
    global _FIRST_NAMES
    if _FIRST_NAMES is None:
        from newskit.lexicons import Lexicons

        names = (e.get("name") for e in Lexicons().get("first_names"))
        _FIRST_NAMES = frozenset(n for n in names if isinstance(n, str))
    return _FIRST_NAMES


def _common_openers() -> frozenset[str]:
    """The shipped ``common_words`` that no shipped lexicon of names, titles, places,
    organisations, role nouns, days or months also lists (lower case), read at first use.

    ``critics``, ``shares``, ``officials`` are in; ``senate``, ``chief``, ``republican``,
    ``young`` (a surname), ``monday`` are not.
    """
    global _COMMON_OPENERS
    if _COMMON_OPENERS is None:
        from newskit.lexicons import Lexicons

        lexicons = Lexicons()
        names: set[str] = set(_NAME_HEADS) | abbreviation_sets().never_final
        names.update(_CALENDAR)
        fields = {
            "first_names": ("name",),
            "surnames": ("name",),
            "titles": ("title",),
            "org_words": ("head",),
            "places": ("name", "aliases"),
            "countries": ("name", "aliases", "demonyms", "adjectives"),
            "role_nouns": ("noun",),
            "organizations": ("name", "aliases"),
            "media": ("name", "aliases"),
            "adjectives": ("word",),
        }
        strings: list[str] = []
        for lexicon, keys in fields.items():
            for entry in lexicons.get(lexicon):
                for key in keys:
                    value = entry.get(key)
                    if isinstance(value, str):
                        strings.append(value)
                    elif isinstance(value, (list, tuple)):
                        strings.extend(v for v in value if isinstance(v, str))
        names.update({w.strip(".") for w in " ".join(strings).lower().split()})
        common = (e.get("word") for e in lexicons.get("common_words"))
        _COMMON_OPENERS = frozenset(
            w for w in common if isinstance(w, str) and w.isalpha() and w not in names
        )
    return _COMMON_OPENERS


def sentence_ends(
    text: str, start: int = 0, end: int | None = None, lexicons: Lexicons | None = None
) -> list[int]:
    """End offsets (exclusive) of the sentences of ``text[start:end]`` but the last.

    Offsets are those of ``text``; a boundary needs whitespace after the
    punctuation, so one at ``end`` itself is not reported. The abbreviations are
    those of ``lexicons`` (with its plugins' entries), by default the shipped ones.
    """
    rules = _rules(lexicons)
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
                if _boundary(text, first, j, start, end, rules):
                    ends.add(j)
            i = find(mark, j, end)
    return sorted(ends)


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, lexicons: Lexicons | None = None
) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as ``(start, end)`` pairs, whitespace trimmed
    (``lexicons``: see :func:`sentence_ends`)."""
    if end is None:
        end = len(text)
    out: list[tuple[int, int]] = []
    pos = start
    for cut in sentence_ends(text, start, end, lexicons):
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
