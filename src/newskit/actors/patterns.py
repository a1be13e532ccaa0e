"""Regular expressions of the actor extractor, compiled once at first use."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["patterns"]

# Abbreviated titles that keep their full stop inside a name chunk.
_ABBR = (
    "Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Sens|Rep|Reps|Gov|Rev|St|Jr|Sr|Amb"
    "|Supt|Insp|Det|Mt|Ft|Cmdr|Messrs|Gens|Pres|Sec"
)
# One capitalised token: an abbreviated title, a dotted acronym (U.S.), an initial
# (John F. Kennedy), a word (with inner hyphens/apostrophes, not a possessive 's),
# or an Arabic-style prefixed name (al-Assad).
_TOKEN = (
    rf"(?:(?:{_ABBR})\.(?=[ \u00a0]\p{{Lu}})"
    r"|(?:\p{Lu}\.){2,4}"
    r"|\p{Lu}\.(?=[ \u00a0]\p{Lu})"
    r"|\p{Lu}[\p{L}\p{M}\p{N}&]{0,40}(?:[-'’](?![sS]\b)[\p{L}\p{M}\p{N}]{1,40}){0,4}"
    r"|(?:al|el|ad|as|ash|ibn|bin|bint|abu)-\p{Lu}[\p{L}\p{M}]{0,40})"
)
# Lower-case particles inside personal names (Ursula von der Leyen).
_PARTICLE = r"(?:von|van|der|den|de|da|di|du|del|della|la|le|bin|ibn|al|el|dos|das|ter|ten|zu|y)"
_CHUNK = (
    rf"(?<![\p{{L}}\p{{N}}\-'’.&])(?:{_TOKEN})"
    rf"(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}(?:{_TOKEN})){{0,12}}"
    r"(?![\p{L}\p{N}])"
)

_PRONOUNS = (
    r"(?<![\p{L}\-'’])"
    r"(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)"
    r"(?![\p{L}\-'’])"
)


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    import regex

    return {
        "chunk": regex.compile(_CHUNK),
        "pronoun": regex.compile(_PRONOUNS),
        # lower-case words just before a name: "spokeswoman ", "the political scientist "
        "before": regex.compile(r"((?:[\p{Ll}][\p{Ll}\-]{1,24}[ \u00a0]){1,3})$"),
        # an apposition after a name: ", director of the ", ", a political scientist,"
        "apposition": regex.compile(
            r",[ \u00a0](?:the[ \u00a0]|a[ \u00a0]|an[ \u00a0]|its[ \u00a0]|their[ \u00a0])?"
            r"((?:[\p{L}][\p{L}\-.]{0,24}[ \u00a0]){0,3}?[\p{Ll}][\p{Ll}\-]{1,24})"
            r"(?:[ \u00a0](?:of|at|for|with|in)[ \u00a0](?:the[ \u00a0])?)?"
        ),
        "lower": regex.compile(r"\p{Ll}"),
        # a description after a name: " became the first Japanese head of government"
        "copula": regex.compile(
            r",?[ \u00a0](?:who[ \u00a0])?(?:is|was|became|becomes|remains|,)[ \u00a0]"
            r"(?:the|a|an)[ \u00a0](?:(?:first|former|new|current|then|only|top|second)[ \u00a0])?"
            r"(\p{Lu}[\p{L}\-]{1,30})(?=[ \u00a0]\p{Ll})"
        ),
        # a score after a team name: "Leeds 2 Everton 1", "NEW YORK 74 58 .561"
        "score": regex.compile(r"[ \t]{1,3}\d{1,3}(?![\d\-/:.,%])(?![ \t]{0,2}[,;(])"),
    }


@lru_cache(maxsize=64)
def role_noun_pattern(nouns: tuple[str, ...]) -> Any:
    """``the [adjective] NOUN [of the NOUN2]`` for the role nouns of the lexicon."""
    import regex

    alternatives = "|".join(
        regex.escape(n).replace(r"\ ", r"[ \u00a0]")
        for n in sorted(nouns, key=lambda n: (-len(n), n))
    )
    return regex.compile(
        r"(?<![\p{L}])[Tt]he[ \u00a0]"
        r"(?:(?:former|top|senior|chief|veteran|leading|prominent|deputy|new|then|same|"
        r"\p{Lu}[\p{Ll}\-]{2,20})[ \u00a0]){0,2}"
        rf"(?P<noun>{alternatives})(?![\p{{L}}\-])"
        rf"(?:[ \u00a0]of[ \u00a0]the[ \u00a0](?P<noun2>{alternatives})(?![\p{{L}}\-]))?"
    )
