"""Regular expressions of the actor extractor, compiled once at first use (unpickled
from the shipped file, :mod:`.shipped`, when it has them), and :func:`finditer_union`,
which scans with several as with one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from ..wordtrie import trie_alternation
from .shipped import compile_pattern

__all__ = ["patterns", "plain_text"]

# One capitalised token: a dotted acronym (U.S.), an initial (John F. Kennedy), a word
# (with inner hyphens/apostrophes, not a possessive 's) with a full stop when a
# capital follows (Mr. Smith; the extractor splits the chunk after a full stop that
# ends a sentence rather than an abbreviation: "in Iraq. The"). Every alternative
# starts with the capital, so only positions holding an upper-case letter are tried.
# Written over its classes (an upper-case letter; letters, marks and digits; letters and
# digits) so that the chunk pattern exists in two forms (:func:`_chunk`).
def _token_rest(upper: str, word: str) -> str:
    return (
        rf"(?:\.(?:{upper}\.){{1,3}}"
        rf"|[{word}&]{{0,40}}(?:[-'’](?![sS]\b)[{word}]{{1,40}}){{0,4}})"
        rf"(?:\.(?=[ \u00a0]{upper}))?"
    )


_UNICODE_CLASSES = (r"\p{Lu}", r"\p{L}\p{M}\p{N}", r"\p{L}\p{N}")
# the same classes on a text whose characters outside ASCII are none of them (no letter,
# mark or digit: see :func:`plain_text`), where they match the same characters
_ASCII_CLASSES = ("[A-Z]", "A-Za-z0-9", "A-Za-z0-9")
# Lower-case particles inside personal names (Ursula von der Leyen).
_PARTICLES = (
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin",
    "ibn", "al", "el", "dos", "das", "ter", "ten", "zu", "y",
)


def _chunk(particle: str, classes: tuple[str, str, str] = _UNICODE_CLASSES) -> str:
    """A run of capitalised tokens (with particles): the lookbehind (no letter, digit or
    joiner before the first capital) comes first, which the ``regex`` module tries faster
    than a capital followed by a lookbehind over it; ``particle`` is the particles'
    alternation as a trie, as after most tokens a lower-case word is tried against it.
    A run ends before a word written right before ``$`` (``US$``, ``HK$``: currencies).

    ``classes`` (upper-case letter; letters, marks and digits; letters and digits) are
    Unicode's (the pattern for any text) or ASCII's (``_ASCII_CLASSES``): on a text that
    :func:`plain_text` accepts, both forms find the same runs, and the ASCII one about a
    fifth faster (a range test instead of a property lookup at each position)."""
    upper, word, letter_digit = classes
    rest = _token_rest(upper, word)
    return (
        rf"(?<![{letter_digit}\-'’.&]){upper}{rest}"
        rf"(?:[ \u00a0](?:(?:{particle})[ \u00a0]){{0,2}}{upper}{rest}){{0,12}}"
        rf"(?![{letter_digit}$])"
    )


# he/her/hers/herself, him/his/himself, she as whole words, one pattern per first two
# letters: a pattern that starts with a literal string is searched for with a fast string
# search, where one starting with a character class steps through every character
# (the six together take a third of the time of one alternation).
_NOT_IN_WORD = r"[\p{L}\-'’]"
_PRONOUNS = tuple(
    rf"{head}(?<!{_NOT_IN_WORD}{head}){rest}(?!{_NOT_IN_WORD})"
    for heads, rest in (
        (("he", "He"), "(?:rself|rs|r)?"),
        (("hi", "Hi"), "(?:mself|m|s)"),
        (("she", "She"), ""),
    )
    for head in heads
)


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    return {
        "chunk": compile_pattern(_chunk(alternation(_PARTICLES))),
        "chunk_ascii": compile_pattern(_chunk(alternation(_PARTICLES), _ASCII_CLASSES)),
        # lower-case words just before a name: "spokeswoman ", "the political scientist ";
        # searched in reverse from the name (the match must end there): searched forwards,
        # each lower-case letter of the 60 characters before would start an attempt
        # (20 against 1.3 µs a search; the same match on every capitalised word after a
        # space of PolNeAR dev and train and CoNLL eng.testa, 251,680 searches)
        "before": compile_pattern(r"(?r)((?:[\p{Ll}][\p{Ll}\-]{1,24}[ \u00a0]){1,3})$"),
        # an apposition after a name: ", director of the ", ", a political scientist,"
        "apposition": compile_pattern(
            r",[ \u00a0](?:the[ \u00a0]|a[ \u00a0]|an[ \u00a0]|its[ \u00a0]|their[ \u00a0])?"
            r"((?:[\p{L}][\p{L}\-.]{0,24}[ \u00a0]){0,3}?[\p{Ll}][\p{Ll}\-]{1,24})"
            r"(?:[ \u00a0](?:of|at|for|with|in)[ \u00a0](?:the[ \u00a0])?)?"
        ),
        "pronouns": tuple(compile_pattern(p) for p in _PRONOUNS),
        "lower": compile_pattern(r"\p{Ll}"),
        # a ship's prefix and name: "USS Cole", "RMS Titanic", "HMS Queen Elizabeth"
        "ship": compile_pattern(
            r"(?<![\p{L}\p{N}])(?:USS|USNS|HMS|HMAS|HMCS|RMS|SS|MV)[ \u00a0]"
            r"(\p{Lu}[\p{L}'’\-]{0,30}(?:[ \u00a0]\p{Lu}[\p{L}'’\-]{0,30}){0,3})"
        ),
        # a description after a name: " became the first Danish head of the agency"
        "copula": compile_pattern(
            r",?[ \u00a0](?:who[ \u00a0])?(?:is|was|became|becomes|remains|,)[ \u00a0]"
            r"(?:the|a|an)[ \u00a0](?:(?:first|former|new|current|then|only|top|second)[ \u00a0])?"
            r"(\p{Lu}[\p{L}\-]{1,30})(?=[ \u00a0]\p{Ll})"
        ),
        # a score after a team name: "Leeds 2 Everton 1", "NEW YORK 71 61 .538", or a
        # cricket total in runs and wickets: "Kent 231-4 ( ...", "Essex 64-1 ." (not a
        # bowler's wickets and runs, "Akram 4-95", nor a half-time score, "Halftime 1-0")
        "score": compile_pattern(
            r"[ \t]{1,3}(?:\d{2,3}-(?:10|\d)(?![\d\-/:.,%])"
            r"|\d{1,3}(?![\d\-/:.,%])(?![ \t]{0,2}[,;(]))"
        ),
    }


def plain_text(text: str) -> bool:
    """Whether no character of ``text`` outside ASCII is a letter, a mark or a digit: each
    is a no-break space or in U+2000-U+203F (curly quotes, dashes, the ellipsis, bullets;
    a block of punctuation and spaces), as in most English news. The test is on the
    UTF-8 encoding (a fast C loop, about a microsecond for an article): those characters
    take 2 and 3 bytes, under lead bytes no other character has (C2 A0, E2 80), so the
    text holds no other character outside ASCII exactly when the bytes beyond one per
    character are all theirs (any other one adds at least one byte)."""
    if text.isascii():
        return True
    data = text.encode("utf-8", "surrogatepass")
    # the extra bytes less those of U+2000-U+203F: none left (most texts), or all the
    # no-break spaces' (counted only then)
    rest = len(data) - len(text) - 2 * data.count(b"\xe2\x80")
    return rest == 0 or rest == data.count(b"\xc2\xa0")


def _piece(ch: str) -> str:
    import regex

    return r"[ \u00a0]" if ch == " " else str(regex.escape(ch))


def alternation(words: Iterable[str]) -> str:
    """The words as one trie-shaped alternation (:func:`newskit.wordtrie.trie_alternation`),
    a space in a word matching a space or a no-break space."""
    return trie_alternation(words, _piece)


_ROLE_ADJECTIVES = (
    "former", "top", "senior", "chief", "veteran", "leading", "prominent", "deputy", "new", "then",
    "same",
)


@lru_cache(maxsize=64)
def role_noun_pattern(nouns: tuple[str, ...]) -> tuple[Any, Any]:
    """``the [adjective] NOUN [of the NOUN2]`` for the role nouns of the lexicon: one
    pattern for ``the`` and one for ``The``, as a pattern that starts with a literal string
    is searched for with a fast string search (``[Tt]he`` steps through every character);
    :func:`finditer_union` scans with both as with one. Their only groups are ``noun``
    (1) and ``noun2`` (2), which :func:`.coref._role_nouns` reads by number."""
    nouns_rx = alternation(nouns)
    adjectives = alternation(_ROLE_ADJECTIVES)
    tail = (
        r"[ \u00a0]"
        rf"(?:(?:{adjectives}|\p{{Lu}}[\p{{Ll}}\-]{{2,20}})[ \u00a0]){{0,2}}"
        rf"(?P<noun>{nouns_rx})(?![\p{{L}}\-])"
        rf"(?:[ \u00a0]of[ \u00a0]the[ \u00a0](?P<noun2>{nouns_rx})(?![\p{{L}}\-]))?"
    )
    return compile_pattern(r"(?<![\p{L}])the" + tail), compile_pattern(r"(?<![\p{L}])The" + tail)


def finditer_union(rxs: Sequence[Any], text: str) -> Iterator[Any]:
    """The matches of several patterns, no two of which match at one position, as
    ``finditer`` of their alternation gives them: left to right, each search resuming
    where the last match ended (a pattern whose next match began inside it searches
    again from there)."""
    found = [rx.search(text, concurrent=False) for rx in rxs]
    pos = 0
    while True:
        best = None
        for i, m in enumerate(found):
            if m is not None and m.start() < pos:
                m = found[i] = rxs[i].search(text, pos, concurrent=False)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


@lru_cache(maxsize=8)
def state_pattern(abbreviations: tuple[str, ...]) -> Any:
    """A comma (after a space or not) and one of the abbreviations (``Newark, N.J.``,
    ``Fresno , Calif.``): group 1 the abbreviation, with the full stop of one written
    with a single one (``Calif.``; ``Calif`` when a comma follows it in a name run)."""
    return compile_pattern(
        rf",[ \u00a0]({alternation(abbreviations)}(?:(?<=\p{{Ll}})\.)?)(?![\p{{L}}\p{{N}}])"
    )
