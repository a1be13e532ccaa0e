"""One lower-case copy and one token set of an article's text, shared by extractors and scorers.

``timexes`` and ``events`` both look their trigger words up among the text's
whitespace tokens before any per-position work. Lower-casing and splitting a
news article costs about as much as the rest of that lookup, so the result for
the last text seen is kept and handed to the next extractor that asks for the
same text object (the pipeline runs them one after the other on one article).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter, itemgetter
from typing import Any, Generic, TypeVar

__all__ = [
    "SpanPairs", "TextWords", "article_words", "last_lower", "register_spellings",
    "span_pairs",
]


class TextWords:
    """The lower-case text and its whitespace tokens (a list: set lookups hash each
    token once, and a second lookup reuses the hash cached in the string).

    ``lower`` has the length of ``text`` (characters whose lower case is longer
    stay as they are), so positions found in it are positions in ``text``;
    ``same_length`` says whether plain ``str.lower`` already kept the length.
    """

    __slots__ = ("_known", "_known_of", "_pieces", "lower", "same_length", "text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        lower = text.lower()
        self.same_length = len(lower) == len(text)
        if not self.same_length:
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self.lower = lower
        self.tokens = lower.split()
        self._pieces: list[str] | None = None
        self._known: frozenset[str] | None = None
        self._known_of: frozenset[str] | None = None

    def known(self) -> frozenset[str]:
        """The tokens that are spellings of :func:`register_spellings`: one probe per
        token into their union, so that each extractor intersects its own spellings
        with this small set instead of probing its large table with every token."""
        union = _SPELLINGS[0]
        if self._known_of is not union or self._known is None:
            self._known = union.intersection(self.tokens)
            self._known_of = union
        return self._known

    def hyphen_pieces(self) -> list[str]:
        """The parts of the hyphenated tokens (``mid-april`` gives ``mid``, ``april``):
        with :attr:`tokens`, the tokens of the text split at hyphens too."""
        if self._pieces is None:
            self._pieces = _hyphen_pieces(self.lower)
        return self._pieces


def _hyphen_pieces(lower: str) -> list[str]:
    """Walks out from each hyphen to the whitespace around its token: a text has a few
    hyphens among a thousand tokens."""
    pieces: list[str] = []
    n = len(lower)
    i = lower.find("-")
    while i >= 0:
        start = i
        while start > 0 and not lower[start - 1].isspace():
            start -= 1
        end = i + 1
        while end < n and not lower[end].isspace():
            end += 1
        pieces.extend(lower[start:end].replace("-", " ").split())
        i = lower.find("-", end)
    return pieces


_K = TypeVar("_K")
_V = TypeVar("_V")


class _LastOf(Generic[_K, _V]):
    """A one-entry cache: the value built from the key object last asked about, handed
    out again while that same object (``is``) is asked for; no memory grows with the
    keys seen (the pipeline runs the extractors one after the other on one article)."""

    __slots__ = ("_build", "key", "value")

    def __init__(self, build: Callable[[_K], _V]) -> None:
        self._build = build
        self.key: _K | None = None
        self.value: _V | None = None

    def __call__(self, key: _K) -> _V:
        value = self.value
        if value is None or self.key is not key:
            value = self.value = self._build(key)
            self.key = key
        return value


_WORDS: _LastOf[str, TextWords] = _LastOf(TextWords)
# The union of the registered spellings (first), then each registered set.
_SPELLINGS: list[frozenset[str]] = [frozenset()]


def register_spellings(spellings: frozenset[str]) -> None:
    """Adds ``spellings`` (token forms an extractor looks for) to those
    :meth:`TextWords.known` finds; a set already registered is not added again."""
    if any(s is spellings for s in _SPELLINGS[1:]):
        return
    _SPELLINGS.append(spellings)
    _SPELLINGS[0] = frozenset().union(*_SPELLINGS[1:])


def article_words(text: str) -> TextWords:
    """:class:`TextWords` of ``text``; the same object for the same text object asked
    twice in a row (a one-entry cache: no memory grows with the articles seen)."""
    return _WORDS(text)


def last_lower(text: str) -> str | None:
    """``text.lower()`` as :func:`article_words` keeps it, when ``text`` is the text it
    was last asked about (the same object) and lower-casing kept its length; else None,
    and nothing is computed. The scorers' word pass (``newskit.scoring.sources``) reads
    the article the extractors have just read."""
    last = _WORDS.value
    if last is not None and _WORDS.key is text and last.same_length:
        return last.lower
    return None


_START_END = attrgetter("start", "end")
_FIRST = itemgetter(0)


class SpanPairs:
    """The (start, end) pairs of the spans of a layer (``sentences``), sorted, and
    their starts: built once per layer object for ``timexes`` and ``events``."""

    __slots__ = ("layer", "pairs", "starts")

    def __init__(self, layer: Sequence[Any]) -> None:
        from newskit.types import Span

        self.layer = layer
        # (start, end) of each Span (``isinstance`` through the class's own check), in C.
        self.pairs = sorted(map(_START_END, filter(Span.__instancecheck__, layer)))
        self.starts = list(map(_FIRST, self.pairs))


_SPANS: _LastOf[Sequence[Any], SpanPairs] = _LastOf(SpanPairs)


def span_pairs(layer: Sequence[Any]) -> SpanPairs:
    """:class:`SpanPairs` of ``layer``; the same object for the same layer object asked
    twice in a row (a one-entry cache, like :func:`article_words`)."""
    return _SPANS(layer)


def sorted_pairs(pairs: Sequence[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """``pairs`` sorted, and their starts: those of the last :class:`SpanPairs` when
    ``pairs`` is its list (already sorted), else sorted here."""
    last = _SPANS.value
    if last is not None and last.pairs is pairs:
        return last.pairs, last.starts
    ordered = sorted(pairs)
    return ordered, [start for start, _ in ordered]
