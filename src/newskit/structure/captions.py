"""Photo captions and credits.

A caption group is a short run of lines under a picture: the caption text, an
agency (``AP``, ``Reuters``, ``Getty Images``, ``Gettyimages.ru``) and a photo
credit (``© Name/Agency``, ``Photo: Name/Agency``, ``Credit: …``,
``(AP Photo/Name)``, ``Name via Agency``). Agencies and credits become ``credit`` blocks with
``{"agency": …}`` / ``{"photographer": …, "agency": …}`` attributes; the
other lines are ``caption`` blocks.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["caption_group", "is_credit_line", "parse_credit"]

# Photo agencies and picture desks commonly credited under news photos.
AGENCIES = frozenset(
    s.lower()
    for s in (
        "AP", "AP Photo", "Associated Press", "AFP", "Agence France-Presse", "Reuters",
        "Getty Images", "Getty", "Gettyimages.ru", "EPA", "EPA-EFE", "DPA", "UPI", "ANP",
        "Xinhua", "TASS", "Sputnik", "RIA Novosti", "Kyodo", "Yonhap", "PA", "PA Images",
        "PA Wire", "Shutterstock", "Alamy", "Bloomberg", "NurPhoto", "Anadolu Agency",
        "Anadolu", "Global Look Press", "ZUMA Press", "ZUMA Wire", "Sipa", "SIPA USA",
        "Pool", "Pool Photo", "Corbis", "iStock", "iStockphoto", "Flickr", "Wikimedia Commons",
        "Kremlin Pool", "Reuters/Pool", "AFP/Getty Images", "Xinhua/ZUMA Press",
    )
)

MAX_CAPTION_LINE = 300


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    from .shipped import compile_pattern

    name = r"[\p{Lu}][\p{L}.'’-]{0,30}(?:\s{1,2}[\p{Lu}][\p{L}.'’-]{0,30}){0,4}"
    return {
        # © Name/Agency, Photo: Name/Agency, Credit: …, Photograph by …
        "prefixed": compile_pattern(
            r"(?:©|\(c\)|Copyright\b|(?:Photo(?:graph)?s?|Pictures?|Images?|Credit|Source)"
            r"\s{0,2}(?::|by\b))\s{0,4}(?P<rest>.{1,150})",
            regex.IGNORECASE,
        ),
        # (AP Photo/Evan Vucci)  AP Photo/Evan Vucci
        "agency_photo": compile_pattern(
            r"\(?(?P<agency>[\p{Lu}][\p{L}&.-]{0,30}(?:\s[\p{Lu}][\p{L}&.-]{0,30}){0,2})"
            r"\s(?:Photo|Images?|Pictures?)\s{0,2}/\s{0,2}(?P<name>" + name + r")\)?"
        ),
        # Name/Agency or Name / Agency
        "name_agency": compile_pattern(
            r"(?P<name>" + name + r")\s{0,2}/\s{0,2}(?P<agency>[\p{Lu}][^\n/]{0,60})"
        ),
        # Name via Agency: "Jo Roe via Getty Images", "Bloomberg via Getty Images"
        "via_agency": compile_pattern(
            r"(?P<name>" + name + r")\s{1,2}via\s{1,2}(?P<agency>[\p{Lu}][\p{L}&./ -]{0,40}?)\.?"
        ),
        "domain_agency": compile_pattern(r"[\p{L}]{2,30}\.(?:ru|com|net|org|de|fr|co\.uk)"),
        "acronym": compile_pattern(r"[\p{Lu}]{2,5}"),
    }


def _clean(value: str) -> str:
    return value.strip().strip("()[]").strip().rstrip(".,;")


def parse_credit(line: str) -> dict[str, str] | None:
    """The photographer and agency of a credit line, or None when it is not one."""
    line = line.strip()
    if not line or len(line) > 160:
        return None
    pats = _patterns()
    m = pats["prefixed"].fullmatch(line)
    if m is not None:
        return _split_credit(_clean(m.group("rest")))
    m = pats["agency_photo"].fullmatch(line)
    if m is not None:
        return {"photographer": _clean(m.group("name")), "agency": _clean(m.group("agency"))}
    if _clean(line).lower() in AGENCIES or pats["domain_agency"].fullmatch(line):
        return {"agency": _clean(line)}
    if " via " in line:
        m = pats["via_agency"].fullmatch(line)
        if m is not None and _clean(m.group("agency")).lower() in AGENCIES:
            return {"photographer": _clean(m.group("name")), "agency": _clean(m.group("agency"))}
    m = pats["name_agency"].fullmatch(line)
    if m is not None:
        return {"photographer": _clean(m.group("name")), "agency": _clean(m.group("agency"))}
    return None


def _split_credit(rest: str) -> dict[str, str]:
    if not rest:
        return {}
    pats = _patterns()
    m = pats["agency_photo"].fullmatch(rest)
    if m is not None:
        return {"photographer": _clean(m.group("name")), "agency": _clean(m.group("agency"))}
    if "/" in rest:
        name, _, agency = rest.partition("/")
        name, agency = _clean(name), _clean(agency)
        if name.lower() in AGENCIES and agency:
            return {"photographer": agency, "agency": name}
        out = {}
        if name:
            out["photographer"] = name
        if agency:
            out["agency"] = agency
        return out
    if rest.lower() in AGENCIES or pats["domain_agency"].fullmatch(rest):
        return {"agency": rest}
    if "," in rest:
        name, _, agency = rest.rpartition(",")
        return {"photographer": _clean(name), "agency": _clean(agency)}
    return {"photographer": rest}


def is_credit_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a photo credit or a bare agency name."""
    if end - start > 160:
        return False
    return parse_credit(text[start:end]) is not None


def caption_group(
    text: str, items: list[tuple[int, int]]
) -> list[tuple[str, dict[str, str]]] | None:
    """Types for the lines of a caption group, or None when the lines are not one.

    ``items`` are the lines' text ranges without bullet markers. The group needs
    at least one credit or agency line and short lines throughout; a credit
    that only matches the loose ``Name/Agency`` shape counts when another line
    of the group is a caption.
    """
    if not items or len(items) > 6:
        return None
    if any(e - s > MAX_CAPTION_LINE for s, e in items):
        return None
    kinds: list[tuple[str, dict[str, str]]] = []
    credits = 0
    for s, e in items:
        credit = parse_credit(text[s:e]) if e - s <= 160 else None
        if credit is not None:
            kinds.append(("credit", credit))
            credits += 1
        else:
            kinds.append(("caption", {}))
    if credits == 0 or (credits == len(items) and len(items) > 3):
        return None
    return kinds
