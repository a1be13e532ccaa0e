"""Bylines (``By Jane Doe and John Roe, Staff Writers``) and datelines
(``WASHINGTON (Reuters) —``, ``LONDON, May 3 (AP) -``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())

__all__ = ["match_byline", "match_dateline"]

# Words that make a byline part a job title or an organisation, not a name.
_ROLE_WORDS = _words(
    """
    staff writer writers reporter reporters correspondent correspondents editor editors
    contributor contributors columnist analyst news press times post journal agency
    associated international national senior chief political white house bureau desk
    service wire media team the online digital global foreign affairs special
    """
)


# Capitalised lead-ins that are labels, not places: "UPDATE —", "EDITOR'S NOTE —".
_NOT_PLACES = _words(
    """
    UPDATE UPDATED BREAKING EXCLUSIVE NOTE EDITOR EDITOR'S EDITORS CORRECTION WATCH VIDEO
    PHOTOS LIVE ANALYSIS OPINION COMMENTARY REVIEW ADVERTISEMENT SPONSORED FACT CHECK
    THE A AN OF AND OR FOR TO WITH IS ARE WAS WERE HAS HAVE HAD HE SHE HIM HER THEY
    THEM IT NOW NOT NO OPEN
    """
)
# Last words of three-word place names ("SALT LAKE CITY", "NEW YORK CITY").
_PLACE_TAILS = _words("CITY BEACH SPRINGS FALLS HEIGHTS ISLAND ISLANDS PARK VALLEY")
_PARTIES = frozenset({"R-", "D-", "I-"})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    from .shipped import compile_pattern

    return {
        "byline": compile_pattern(
            r"(?:(?:By|BY|by)\s{1,3}|(?:BYLINE|Byline)\s{0,2}:\s{0,3})(?P<rest>[\p{Lu}].{0,150})"
        ),
        "splitter": compile_pattern(r"\s{0,3}(?:,|;|\||\band\b|&|\bAND\b)\s{0,3}"),
        "name": compile_pattern(
            r"[\p{Lu}][\p{L}'’.-]{0,30}(?:\s{1,2}(?:(?:de|van|von|der|den|da|di|del|la|le|bin|al"
            r"|dos|du|ter|ten)\s{1,2}){0,2}[\p{Lu}][\p{L}'’.-]{0,30}){1,4}"
        ),
        "dateline": compile_pattern(
            r"""
            (?P<place>[\p{Lu}][\p{Lu}.'’-]{1,25}(?:\s{1,2}[\p{Lu}][\p{Lu}.'’-]{1,25}){0,3})
            (?:,\s{1,2}(?P<region>[\p{Lu}][\p{L}.]{0,15}(?:\s[\p{Lu}][\p{L}.]{0,15}){0,2}\.?))?
            (?:,\s{1,2}(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)
                [a-z]{0,6}\.?\s{1,2}\d{1,2}))?
            (?:\s{0,2}\((?P<source>[\p{Lu}][\p{L}&.' -]{0,40})\))?
            \s{0,3}(?P<dash>[—–―]|-{1,2})[ \t\u00a0]{0,3}
            """,
            regex.VERBOSE,
        ),
        "mixed_place": compile_pattern(
            r"""
            (?P<place>[\p{Lu}][\p{L}.'’-]{1,25}(?:\s{1,2}[\p{Lu}][\p{L}.'’-]{1,25}){0,3})
            (?:,\s{1,2}(?P<region>[\p{Lu}][\p{L}.]{0,15}(?:\s[\p{Lu}][\p{L}.]{0,15}){0,2}\.?))?
            (?:,\s{1,2}(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)
                [a-z]{0,6}\.?\s{1,2}\d{1,2}))?
            \s{0,2}\((?P<source>[\p{Lu}][\p{L}&.' -]{0,40})\)
            \s{0,3}(?P<dash>[—–―]|-{1,2})[ \t\u00a0]{0,3}
            """,
            regex.VERBOSE,
        ),
    }


def match_byline(text: str, start: int, end: int) -> dict[str, str] | None:
    """``{"authors": "Jane Doe; John Roe"}`` (and ``role``) for a byline line, else None."""
    if end - start > 160 or not text.startswith(("By", "BY", "by"), start, end):
        return None
    line = text[start:end].strip()
    pats = _patterns()
    m = pats["byline"].fullmatch(line)
    if m is None:
        return None
    rest = m.group("rest").rstrip(" .")
    parts = [p for p in pats["splitter"].split(rest) if p]
    authors: list[str] = []
    role: list[str] = []
    for part in parts:
        words = part.split()
        if not role and pats["name"].fullmatch(part) and not any(
            w.lower().strip(".,") in _ROLE_WORDS for w in words
        ):
            authors.append(part.strip())
        else:
            role.append(part.strip())
    if not authors:
        return None
    out = {"authors": "; ".join(authors)}
    if role:
        out["role"] = ", ".join(role)
    return out


def match_dateline(text: str, start: int, end: int) -> tuple[int, int, dict[str, str]] | None:
    """A dateline at ``start``: (end of the dateline, start of the body, attributes)."""
    if end - start < 4 or not text[start].isupper():
        return None
    pats = _patterns()
    m = None
    if text[start + 1].isupper():
        m = pats["dateline"].match(text, start, end)
    if m is None and text.find("(", start, min(end, start + 90)) >= 0:
        m = pats["mixed_place"].match(text, start, end)
    if m is None:
        return None
    place = m.group("place")
    source = m.group("source")
    words = place.upper().split()
    if any(word.strip(".'’") in _NOT_PLACES for word in words):
        return None
    if source is None:
        # a capitalised label ("FAREWELL—", "AFL-CIO", "CLAIMS UNDER FIRE —") is not a
        # place: a bare place is in capitals, one to three words, before a spaced dash
        if len(place.replace(" ", "")) < 3 or not place.isupper():
            return None
        if not text[m.start("dash") - 1].isspace():
            return None
        if m.group("region") is None and m.group("date") is None and len(words) > 2 and (
            words[-1] not in _PLACE_TAILS
        ):
            return None
    elif source[:2] in _PARTIES and "-" in source:
        return None  # (R-Texas): a politician's party, not a news agency
    d_end = m.end("dash")
    body = m.end()
    if body >= end or not (text[body].isalnum() or text[body] in "\"“‘'"):
        return None
    attrs = {"place": place.strip()}
    for key in ("region", "date", "source"):
        value = m.group(key)
        if value:
            attrs[key] = value.strip()
    return d_end, body, attrs
