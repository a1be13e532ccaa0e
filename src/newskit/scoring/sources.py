"""Who a quote is attributed to: one place for scorers and exporters to ask.

A quote's source is, in order of preference:

* ``anonymous`` when the quote says so (:attr:`Quote.anonymous`: ``officials said``,
  ``according to newspaper sources``), whatever else is known;
* the resolved speaker (an actor id), named by the actor's canonical name;
* the words of the speaker mention (``the committee``) when the speaker was not
  resolved to an actor, unless they are only a pronoun;
* ``unresolved`` otherwise (no mention, or a pronoun nobody resolved).
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate
from typing import Any

import attrs

from newskit.textwords import last_lower
from newskit.types import Actor, Analysis, Quote

__all__ = [
    "ANONYMOUS",
    "UNRESOLVED",
    "CountryResolver",
    "Source",
    "Words",
    "country_group",
    "quote_text",
    "quoted_words",
    "source_of",
    "word_count",
    "words_of",
]

ANONYMOUS = "anonymous"
UNRESOLVED = "unresolved"

_PRONOUNS = frozenset(
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "this", "that", "these", "those", "who",
        "which", "one", "someone", "somebody",
    }
)


@attrs.frozen(kw_only=True)
class Source:
    """The source of a quote as scorers and exporters show it."""

    key: str
    """Stable grouping key: the actor id, ``mention:<words>``, ``anonymous`` or ``unresolved``."""
    name: str
    """What to show a reader: the actor's name, the mention's words, ``anonymous``…"""
    actor: Actor | None = None
    anonymous: bool = False

    @property
    def named(self) -> bool:
        """True for a source a reader could identify (not anonymous, not unresolved)."""
        return not self.anonymous and self.key != UNRESOLVED


_WORD = r"\w{1,100}(?:['’\-]\w{1,100}){0,10}"


@lru_cache(maxsize=1)
def _word_pattern() -> Any:
    import regex

    return regex.compile(_WORD)


@lru_cache(maxsize=1)
def _word_run() -> Any:
    """A run of word characters (a name is cut to 500 characters before it is read)."""
    import regex

    return regex.compile(r"\w{1,500}")


@lru_cache(maxsize=1)
def _word_char() -> Any:
    """``match(text, i)``: a word character at ``i`` (None at the end of the text)."""
    import regex

    return regex.compile(r"\w").match


@lru_cache(maxsize=1)
def _word_splitter() -> Any:
    """The word pattern as one group: ``split`` returns gap, word, gap, word, …, gap."""
    import regex

    return regex.compile(f"({_WORD})")


# Blocks of characters above U+02FF common in news text (punctuation, currency signs,
# the byte order mark) whose characters are looked at for :func:`_plain_splitter`.
_CHECKED_ABOVE = ((0x2000, 0x206F), (0x20A0, 0x20CF), (0xFEFF, 0xFEFF))
# The characters beyond ASCII most news texts have (quotation marks, dashes, the
# no-break space, the ellipsis): blanked before a text is asked whether it is ASCII.
_COMMON_MARKS = "\u201c\u201d\u2018\xa0\u2014\u2013\u2026\u2015"


@lru_cache(maxsize=1)
def _plain_splitter() -> tuple[Any, Any, str]:
    """The word pattern of the standard ``re`` module as one group, a search for a
    character on which it might split otherwise than :func:`_word_splitter`, and
    those of :data:`_COMMON_MARKS` it does not find (all, unless an engine changes).

    ``re`` splits the same pattern in about two thirds of the instructions, and the
    two agree on every text whose characters each engine puts on the same side of
    ``\\w`` (the rest of the pattern is the same literal characters and the same
    bounded greedy repeats). They do not for all: ``re`` takes the characters
    ``str.isalnum`` accepts, the ``regex`` module those of Unicode's word class of
    its own Unicode version (``½`` and ``²`` are only the former's, combining marks
    only the latter's). So the characters below U+0300 and those of
    :data:`_CHECKED_ABOVE` are each tried with both engines (at first use, about a
    thousand), and a text with any other character, or one they disagree on, is
    split by the ``regex`` module.
    """
    import re

    import regex

    plain, full = re.compile(r"\w").match, regex.compile(r"\w").match
    ranges: list[list[int]] = []  # [first, last] code points of runs they agree on
    for lo, hi in ((0, 0x2FF), *_CHECKED_ABOVE):
        for code in range(lo, hi + 1):
            char = chr(code)
            if (plain(char) is None) == (full(char) is None):
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1][1] = code
                else:
                    ranges.append([code, code])
    same = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    other = re.compile(f"[^{same}]")
    # (No word character: _splitter_of blanks them to read a text as ASCII.)
    marks = "".join(
        mark for mark in _COMMON_MARKS if other.search(mark) is None and plain(mark) is None
    )
    # Possessive repeats where ``re`` has them (Python 3.11): nothing in the pattern
    # follows a repeat but a joiner, which is no word character, or the end, so no
    # match ever gives characters back to one; the same words in about 11% fewer
    # instructions than the plain repeats.
    word = _WORD.replace("}", "}+") if sys.version_info >= (3, 11) else _WORD
    return re.compile(f"({word})"), other, marks


@lru_cache(maxsize=1)
def _ascii_splitter() -> Any:
    """:func:`_plain_splitter`'s pattern with ``[0-9_a-z]`` for ``\\w``: the same split
    of a lower-case text whose only characters beyond ASCII are common marks (no word
    characters; see :func:`_splitter_of`), in about 14% fewer instructions (a bitmap test
    per character instead of the look-ups of ``str.isalnum``'s character classes)."""
    import re

    word = _WORD.replace("\\w", "[0-9_a-z]")
    word = word.replace("}", "}+") if sys.version_info >= (3, 11) else word
    return re.compile(f"({word})")


def _splitter_of(low: str) -> Any:
    """The splitter of a lower-case text ``low`` (see :func:`_plain_splitter`):
    :func:`_ascii_splitter` when ``low`` is ASCII once the common marks beyond ASCII are
    blanked (a few searches, which most texts pass: it has no upper-case letter and no
    word character beyond ASCII), else the ``re`` pattern when the search for a
    character the engines may disagree on (one pass of a character class) finds none,
    else the ``regex`` module's."""
    plain, other, marks = _plain_splitter()
    rest = low
    for mark in marks:
        if rest.isascii():
            return _ascii_splitter()
        if mark in rest:
            rest = rest.replace(mark, " ")
    if rest.isascii():
        return _ascii_splitter()
    return plain if other.search(low) is None else _word_splitter()


def word_count(text: str) -> int:
    """Words in ``text`` (letters/digits, with inner apostrophes and hyphens)."""
    return len(_word_pattern().findall(text))


@attrs.frozen
class Words:
    """The words of a text in one pass (see :func:`words_of`): parallel lists of
    start and end offsets and lower-case forms (curly apostrophes made straight)."""

    starts: list[int]
    ends: list[int]
    forms: list[str]

    def count_in(self, start: int, end: int) -> int:
        """How many words start in ``[start, end)``."""
        return bisect.bisect_left(self.starts, end) - bisect.bisect_left(self.starts, start)

    def inside(self, position: int) -> bool:
        """True when ``position`` falls strictly inside a word (not at its start)."""
        i = bisect.bisect_right(self.starts, position) - 1
        return i >= 0 and self.starts[i] < position < self.ends[i]


@lru_cache(maxsize=1)
def words_of(text: str) -> Words:
    """The :class:`Words` of ``text``, computed once and shared by the scorers and
    exporters that look at the same article. Only the last text is kept: the calls
    for one article come one after the other, and the words take about 26 times
    the text's size (130 MB for a 5 MB article), which a deeper cache would hold
    on to for several articles after they are done. The lower-case copy is the one
    the ``timexes`` and ``events`` extractors made of the same text, when they did."""
    low = last_lower(text)
    if low is None:
        low = text.lower()
    if len(low) == len(text):
        # One pass of the pattern gives the words and the gaps between them;
        # the running total of their lengths gives every offset (start of word
        # i: entry 2i, its end: entry 2i+1), with no Python loop over the words.
        low = low.replace("\u2019", "'")
        splitter = _splitter_of(low)
        pieces = splitter.split(low)
        offsets = list(accumulate(map(len, pieces)))
        starts, ends, forms = offsets[0:-1:2], offsets[1::2], pieces[1::2]
    else:  # a character whose lower case is longer ("İ"): lower word by word
        found = [
            (m.start(), m.end(), m.group().lower().replace("\u2019", "'"))
            for m in _word_pattern().finditer(text)
        ]
        starts = [a for a, _, _ in found]
        ends = [b for _, b, _ in found]
        forms = [f for _, _, f in found]
    return Words(starts=starts, ends=ends, forms=forms)


def quote_text(quote: Quote, text: str) -> str:
    """The reported content of a quote, its parts joined by `` … ``."""
    return " … ".join(text[p.start : p.end] for p in quote.parts)


def quoted_words(quote: Quote, text: str) -> int:
    """Words in the reported content of a quote (all its parts)."""
    words = words_of(text)
    total = 0
    for p in quote.parts:
        if words.inside(p.start):  # a part that starts inside a word: count its own words
            total += word_count(text[p.start : p.end])
        else:
            total += words.count_in(p.start, p.end)
    return total


def source_of(quote: Quote, analysis: Analysis, actors: dict[str, Actor] | None = None) -> Source:
    """The :class:`Source` of ``quote`` (``actors``: an id index, to avoid rebuilding it)."""
    if quote.anonymous:
        return Source(key=ANONYMOUS, name=ANONYMOUS, anonymous=True)
    actor = None
    if quote.speaker is not None:
        actor = actors.get(quote.speaker) if actors is not None else analysis.actor(quote.speaker)
    if actor is not None:
        return Source(key=actor.id, name=actor.name, actor=actor)
    if quote.speaker_mention is not None:
        words = " ".join(quote.speaker_mention.text(analysis.article).split())
        if words and words.lower() not in _PRONOUNS:
            return Source(key=f"mention:{words.lower()}", name=words)
    return Source(key=UNRESOLVED, name=UNRESOLVED)


class CountryResolver:
    """Which country (or international body) a source speaks for.

    Reads the ``countries`` lexicon (names, ISO codes, demonyms, aliases) and
    the ``organizations`` lexicon (well-known organisations, with a country
    code when national). :meth:`group` returns ``(label, basis)``, trying in turn:

    * ``country``: the actor's own ``country`` (or its ``country_code``);
    * ``place``: the actor is a place (a country or city speaking as a state);
    * ``affiliation_country``: the country of the actor's affiliation (an actor
      of the article, or a national organisation of the lexicon);
    * ``organization``: the actor, or its affiliation, is an organisation of
      the lexicon that belongs to no single country (NATO, the UN, the EU):
      its staff are grouped under its acronym (or name) from the lexicon, the
      "side" they speak for;
    * ``affiliation_name``: a country named in the affiliation
      (``Russian Academy of Sciences``): the last one, which in an ``X of the Y``
      chain is the parent institution's;
    * ``("unknown", "none")``.
    """

    def __init__(self, lexicons: Any = None) -> None:
        if lexicons is None:
            from newskit.lexicons import Lexicons

            lexicons = Lexicons()
        self.lexicons = lexicons
        self._ready = False
        self.by_code: dict[str, str] = {}
        self.words: dict[str, str] = {}
        self.organizations: dict[str, tuple[str | None, str]] = {}
        self._by_first: dict[str, tuple[str, ...]] = {}
        self._pattern: Any = None

    def _load(self) -> None:
        if self._ready:
            return
        for entry in self.lexicons.get("countries"):
            name = str(entry.get("name") or "")
            if not name:
                continue
            code = str(entry.get("code") or "").upper()
            if code:
                self.by_code[code] = name
            for word in [name, *(entry.get("demonyms") or ()), *(entry.get("aliases") or ())]:
                word = str(word).strip()
                if len(word) > 2:  # "US", "UK" as words are too ambiguous inside names
                    self.words.setdefault(word.lower(), name)
        for entry in self.lexicons.get("organizations"):
            code = entry.get("country_code")
            label = str(entry.get("acronym") or entry.get("name") or "")
            for key in [entry.get("name"), entry.get("acronym"), *(entry.get("aliases") or ())]:
                if key:
                    self.organizations.setdefault(
                        _org_key(str(key)), (str(code).upper() if code else None, label)
                    )
        self._by_first = self._first_word_index()
        self._ready = True

    def _first_word_index(self) -> dict[str, tuple[str, ...]]:
        """The country words (at most 5,000, the longest) by their first word (their
        leading run of word characters), longest first: what :meth:`_country_in`
        tries at each word of a name. Words that do not open with a word character
        (none in the lexicon) are left to :meth:`_country_pattern`, under the key "".
        """
        index: dict[str, list[str]] = {}
        run = _word_run()
        for word in sorted(self.words, key=len, reverse=True)[:5000]:
            m = run.match(word)
            index.setdefault(m.group() if m else "", []).append(word)
        return {first: tuple(words) for first, words in index.items()}

    def _country_pattern(self) -> Any:
        """Every country word, longest first, as one pattern: what :meth:`_country_in`
        does by dictionary look-ups, for the names it cannot read that way (about
        30 ms to compile, so compiled only then)."""
        if self._pattern is None:
            import regex

            words = sorted(self.words, key=len, reverse=True)[:5000]
            body = "|".join(regex.escape(w) for w in words) or r"(?!x)x"
            self._pattern = regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE)
        return self._pattern

    def _country_in(self, name: str) -> str | None:
        """The country of the last country word in ``name`` (its first 500 characters),
        matched as whole words, case-insensitively, the longest at each place.

        A match starts at a word (a run of word characters) equal to the first word
        of a country word, so each word of the name is one dictionary look-up, and
        the few country words starting with it are compared in place. A name whose
        lower case changes its length ("İ") goes to the one-pattern path.
        """
        name = name[:500]
        low = name.lower()
        if len(low) != len(name) or "" in self._by_first:
            found = [m.group().lower() for m in self._country_pattern().finditer(name)]
            return self.words[found[-1]] if found else None
        last = None
        after = 0
        by_first = self._by_first
        word_char = _word_char()
        for m in _word_run().finditer(low):
            start = m.start()
            if start < after:
                continue
            for word in by_first.get(m.group(), ()):
                end = start + len(word)
                if low.startswith(word, start) and not word_char(low, end):
                    last, after = word, end
                    break
        return self.words[last] if last is not None else None

    def _organization(self, name: str | None) -> tuple[str | None, str] | None:
        return None if not name else self.organizations.get(_org_key(name))

    def group(self, actor: Actor | None, actors: dict[str, Actor]) -> tuple[str, str]:
        """``(label, basis)`` for a source's actor (see the class docstring)."""
        if actor is None:
            return "unknown", "none"
        self._load()
        own = actor.country or self.by_code.get((actor.country_code or "").upper())
        if own:
            return own, "country"
        if actor.kind == "place":
            return actor.name, "place"
        affiliation = actors.get(actor.affiliation_id) if actor.affiliation_id else None
        if affiliation is not None:
            theirs = affiliation.country or self.by_code.get(
                (affiliation.country_code or "").upper()
            )
            if theirs:
                return theirs, "affiliation_country"
            if affiliation.kind == "place":
                return affiliation.name, "affiliation_country"
        affiliation_name = affiliation.name if affiliation is not None else actor.affiliation
        for name, is_self in ((actor.name, True), (affiliation_name, False)):
            if is_self and actor.kind not in ("organization", "media", "group"):
                continue
            known = self._organization(name)
            if known is not None:
                code, label = known
                if code and code in self.by_code:
                    return self.by_code[code], "country" if is_self else "affiliation_country"
                if not code:
                    return label, "organization"
        if affiliation_name:
            named = self._country_in(affiliation_name)
            if named:
                return named, "affiliation_name"
        return "unknown", "none"


def _org_key(name: str) -> str:
    words = name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def country_group(
    actor: Actor | None, actors: dict[str, Actor], lexicons: Any = None
) -> tuple[str, str]:
    """``CountryResolver(lexicons).group(actor, actors)`` (build a resolver once for many)."""
    return CountryResolver(lexicons).group(actor, actors)


def iter_sources(
    analysis: Analysis, actors: dict[str, Actor] | None = None
) -> Iterator[tuple[Quote, Source]]:
    """Each quote of the analysis with its source, in text order."""
    index = actors if actors is not None else {a.id: a for a in analysis.actors}
    for quote in analysis.quotes:
        yield quote, source_of(quote, analysis, index)


_LAST_SOURCES: list[tuple[Analysis, dict[str, Actor], tuple[tuple[Quote, Source], ...]]] = []
"""The last analysis :func:`quote_sources` read, with what it found."""


def quote_sources(
    analysis: Analysis,
) -> tuple[dict[str, Actor], tuple[tuple[Quote, Source], ...]]:
    """The actors of an analysis by id, and each quote with its source in text order.

    Kept for the last analysis asked about (the analyses are frozen), so the
    scorers that read them (``sourcing``, ``attribution``) build them once per
    article; the index is shared: read it, do not change it.
    """
    last = _LAST_SOURCES[0] if _LAST_SOURCES else None
    if last is not None and last[0] is analysis:
        return last[1], last[2]
    actors = actor_index(analysis.actors)
    # One Source per speaking actor: a speaker's quotes share it (a source read from
    # an actor depends on that actor alone; the others are read quote by quote).
    by_speaker: dict[str, Source] = {}
    found: list[tuple[Quote, Source]] = []
    for quote in analysis.quotes:
        speaker = quote.speaker
        source = by_speaker.get(speaker) if speaker is not None and not quote.anonymous \
            else None
        if source is None:
            source = source_of(quote, analysis, actors)
            if source.actor is not None and speaker is not None:
                by_speaker[speaker] = source
        found.append((quote, source))
    pairs = tuple(found)
    _LAST_SOURCES[:] = [(analysis, actors, pairs)]
    return actors, pairs


def actor_index(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Actors by id."""
    return {a.id: a for a in actors}
