"""Finding time expressions and normalising them against an anchor date.

:func:`find_timexes` finds *trigger* words first (month and weekday names,
time units, numbers, ``now``, ``yesterday``…: a set lookup over the text's
tokens), walks back from each over words that may open an expression (``the``,
``early``, ``last``, ``two``…), and tries, at those few positions only, the
rules of :mod:`newskit.timex.patterns` that can begin with the word there and
contain that kind of trigger. Each match becomes a :class:`Found` (span, TIMEX3
type, value, mod, resolved). Relative expressions are resolved
against ``anchor`` (the publication date); the direction of under-specified ones
(``Thursday``, ``January``) follows the tense of their clause. Without an anchor
their values keep ``X`` placeholders and ``resolved`` is False.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

from newskit.spacer import Spacer
from newskit.textwords import TextWords, article_words, register_spellings, sorted_pairs

from .calendar import add_days, add_months, iso_week, quarter_of, valid_date, weekday_near
from .tense import tense_near

__all__ = ["Found", "find_timexes"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "dozen": 12, "couple": 2,
}
TOD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}
CENTURY_WORDS = {
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21,
}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
            "fourth": 4, "4th": 4, "final": 4}
# Duration units: (TIMEX3 designator, is a time-of-day unit, size in the next unit down).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "weekend": ("WE", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "millennium": ("ML", False),
}
AMODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "under": "LESS_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "well over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
}
REL_OFFSET = {
    "last": -1, "this past": -1, "past": -1, "the past": -1, "previous": -1,
    "the previous": -1, "the last": -1, "prior": -1, "the prior": -1,
    "this": 0, "current": 0, "the current": 0, "the same": 0, "that": 0, "the latest": 0,
    "next": 1, "the next": 1, "coming": 1, "the coming": 1, "this coming": 1,
    "upcoming": 1, "the upcoming": 1, "the following": 1,
}


class Found(NamedTuple):
    """One time expression found in the text."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None
    resolved: bool


def _norm(s: str | None) -> str:
    """``s`` lower case with its words separated by single spaces ("" for None)."""
    if not s:
        return ""
    if s.isalpha():
        return s.lower()  # one word (most groups): nothing to split
    return " ".join(s.lower().split())


def _month(s: str) -> int:
    return MONTHS[s[:3].lower()]


def _day(s: str) -> int:
    return int(s.rstrip("stndrh"))


def _number(s: str | None) -> float | None:
    """The value of a quantity word or numeral; None for vague ones (``several``)."""
    text = _norm(s).replace("-", " ")
    if not text:
        return None
    if text[0].isdigit():
        total = 0.0
        for part in text.split():
            if "/" in part:
                num, _, den = part.partition("/")
                total += int(num) / int(den) if int(den) else 0
            else:
                total += float(part)
        return total
    if text.startswith("half"):
        return 0.5
    words = [w for w in text.split() if w not in ("of",)]
    if words and words[0] == "a" and len(words) > 1:
        words = words[1:]
    if not words or any(w not in NUMBERS for w in words):
        return None
    total = 0
    for w in words:
        n = NUMBERS[w]
        if n in (100, 1000):
            total = max(total, 1) * n
        else:
            total += n
    return float(total)


def _mod(pmod: str | None) -> str | None:
    p = _norm(pmod)
    if not p:
        return None
    if "half" in p:
        return "START" if ("first" in p) else "END"
    if any(w in p for w in ("early", "earlier", "beginning", "start", "turn")):
        return "START"
    if "mid" in p:
        return "MID"
    return "END"


def _duration(n: float | None, unit: str) -> str:
    key = unit.lower().rstrip("s")
    if key in ("centurie", "centuries"):
        key = "century"
    if key == "millennia":
        key = "millennium"
    if key.endswith("ie"):
        key = key[:-2] + "y"
    designator, is_time = UNITS.get(key, ("X", False))
    if n is None:
        return f"PT{'X'}{designator}" if is_time else f"PX{designator}"
    if key == "fortnight":
        n *= 2
    if key == "quarter":
        n, designator = n * 3, "M"
    if key == "decade":
        n, designator = n * 10, "Y"
    if key == "century":
        n, designator = n * 100, "Y"
    if key == "millennium":
        n, designator = n * 1000, "Y"
    if n != int(n):
        # Fractions go down one unit: 2.5 years = P2Y6M, 1.5 hours = PT1H30M.
        whole, frac = int(n), n - int(n)
        smaller = ({"H": ("M", 60), "M": ("S", 60)} if is_time else
                   {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
                   ).get(designator)
        if smaller is not None:
            sub, size = smaller
            parts = f"{whole}{designator}" if whole else ""
            rest = f"{round(frac * size)}{sub}"
            if is_time or sub == "H":
                head = "" if is_time else (f"{whole}{designator}" if whole else "")
                if is_time:
                    return f"PT{parts}{rest}"
                return f"P{head}T{rest}"
            return f"P{parts}{rest}"
    number = int(n) if n == int(n) else n
    return f"PT{number}{designator}" if is_time else f"P{number}{designator}"


class _Context:
    """Per-text state: the anchor, and the tense markers of each sentence (lazily)."""

    def __init__(self, text: str, anchor: dt.date | None,
                 sentences: Sequence[tuple[int, int]] | None, lower: str) -> None:
        self.text = text
        self.lower = lower
        self.anchor = anchor
        # The latest quarter and year values found (position, year, quarter): the
        # reference of "a year earlier" in earnings reports, and of "that year".
        self.quarter: tuple[int, int, int] | None = None
        self.year: tuple[int, int] | None = None
        self.sentences, self.starts = sorted_pairs(sentences) if sentences else ([], [])
        self._tenses: dict[tuple[int, int], int] = {}

    def _sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.sentences[i][1] > pos:
            return self.sentences[i]
        # No sentence layer: look for sentence punctuation around pos (bounded).
        text = self.text
        lo = max(0, pos - 300)
        start = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))
        start = lo if start < 0 else start + 1
        hi = min(len(text), pos + 300)
        cands = [i for i in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if i >= 0]
        return start, (min(cands) if cands else hi)

    def tense(self, start: int, end: int) -> int:
        """-1 past, 1 future, 0 present/unknown: the nearest tense marker of the clause."""
        known = self._tenses.get((start, end))
        if known is None:
            known = self._tenses[start, end] = self._tense(start, end)
        return known

    def _tense(self, start: int, end: int) -> int:
        lo, hi = self._sentence(start)
        return tense_near(self.lower, start - 300 if start - 300 > lo else lo, start, end,
                          end + 300 if end + 300 < hi else hi,
                          _PUNCT)


class _Groups:
    """The match a handler reads, its groups asked for by name through the rule's own
    index of names (one dict look-up). The ``regex`` module answers ``group(name)`` by
    trying the name as a number first, raising and clearing an error each time: about
    2,700 instructions more per look-up, of which a pass over the PolNeAR dev set makes
    some 3,600. :func:`find_timexes` keeps one and points it at each match it hands a
    handler (handlers keep nothing of it)."""

    __slots__ = ("index", "match")

    def __init__(self) -> None:
        self.match: Any = None
        self.index: dict[str, int] = {}
        """The pattern's group numbers by name (``"wd" in index``: it has the group)."""

    def group(self, key: str | int = 0) -> Any:
        return self.match.group(self.index[key] if key.__class__ is str else key)

    def start(self) -> Any:
        return self.match.start()

    def end(self) -> Any:
        return self.match.end()


Handler = Callable[[Any, _Context], "tuple[str, str, str | None, bool] | None"]


def _date_str(d: dt.date) -> str:
    return d.isoformat()


def _year_for(ctx: _Context, month: int, day: int | None, m: Any) -> int | None:
    """The year of a month (and day) given without one: the nearest to the anchor,
    with dates on the far side of the clause's tense counting three and a half times
    as far (``met in October``, published in May: last October)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    best: tuple[float, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            when = dt.date(year, month, min(day or 15, 28))
        except ValueError:
            continue
        distance = float((when - anchor).days)
        if (distance > 0 and tense < 0) or (distance < 0 and tense > 0):
            distance = distance * 3.5 + (30 if distance > 0 else -30)
        score = abs(distance)
        if best is None or score < best[0]:
            best = (score, year)
    return None if best is None else best[1]


def _h_date(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    month = _month(m.group("month"))
    day = _day(m.group("day"))
    day2 = _day(m.group("day2")) if m.group("day2") else None
    month2 = _month(m.group("month2")) if m.group("month2") else month
    mod = _mod(m.group("pmod"))
    if m.group("year"):
        year: int | None = int(m.group("year"))
    else:
        year = _year_for(ctx, month, day, m)
    if year is None:
        if not (1 <= day <= 31):
            return None
        value = f"XXXX-{month:02d}-{day:02d}"
        if day2 is not None:
            value += f"/XXXX-{month2:02d}-{day2:02d}"
        return "DATE", value, mod, False
    first = valid_date(year, month, day)
    if first is None:
        return None
    value = _date_str(first)
    if day2 is not None:
        second = valid_date(year if month2 >= month else year + 1, month2, day2)
        if second is None or second <= first:
            return None
        value += "/" + _date_str(second)
    return "DATE", value, mod, True


def _h_month_rel(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    month = _month(m.group("month"))
    mod = _mod(m.group("pmod"))
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}", mod, False
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[_norm(m.group("yrel"))]
    return "DATE", f"{year:04d}-{month:02d}", mod, True


def _h_month_year(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    month = _month(m.group("month"))
    year = int(m.group("year"))
    pmod = _norm(m.group("pmod"))
    return "DATE", f"{year:04d}-{month:02d}", _mod(pmod), True


def _h_rel_month(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    month = _month(m.group("month"))
    mod = _mod(m.group("pmod"))
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}", mod, False
    rel = REL_OFFSET.get(_norm(m.group("rel")), 0)
    year = ctx.anchor.year
    if rel < 0 and month >= ctx.anchor.month:
        year -= 1
    elif rel > 0 and month <= ctx.anchor.month:
        year += 1
    return "DATE", f"{year:04d}-{month:02d}", mod, True


def _h_month(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    month = _month(m.group("month"))
    mod = _mod(m.group("pmod"))
    year = _year_for(ctx, month, None, m)
    if year is None:
        return "DATE", f"XXXX-{month:02d}", mod, False
    return "DATE", f"{year:04d}-{month:02d}", mod, True


def _h_year(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    year = int(m.group("year"))
    pmod = _norm(m.group("pmod"))
    text = m.group(0)
    if not pmod and not m.group("year2") and year < 1800 and not text[:1].isalpha():
        return None
    if m.group("year2"):
        y2s = m.group("year2")
        y2 = int(y2s) if len(y2s) == 4 else (year // 100) * 100 + int(y2s)
        if y2 <= year or y2 - year > 10:
            return None
        return "DATE", f"{year:04d}/{y2:04d}", _mod(pmod), True
    if "half" in pmod:
        return "DATE", f"{year:04d}-H{1 if 'first' in pmod else 2}", None, True
    return "DATE", f"{year:04d}", _mod(pmod), True


def _h_iso(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    d = valid_date(int(m.group("year")), int(m.group("mnum")), int(m.group("day")))
    if d is None:
        return None
    if m.group("hour"):
        return "TIME", f"{d.isoformat()}T{m.group('hour')}:{m.group('minute')}", None, True
    return "DATE", d.isoformat(), None, True


def _h_numeric(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
    sep = m.group("sep")
    if sep == "." and len(c) != 4:
        return None
    if len(c) == 2:
        pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
        year = (1900 if int(c) > pivot else 2000) + int(c)
    else:
        year = int(c)
    month, day = (a, b) if sep == "/" and a <= 12 else (b, a)
    d = valid_date(year, month, day)
    if d is None:
        return None
    return "DATE", d.isoformat(), None, True


def _clock_date(m: Any, ctx: _Context) -> tuple[str, bool]:
    """The day a clock time is on: a weekday or date given with it, else the anchor."""
    anchor = ctx.anchor
    wd = m.group("wd") if "wd" in m.index else None
    if wd:
        if anchor is None:
            return f"XXXX-WXX-{WEEKDAYS[wd[:3].lower()] + 1}", False
        direction = ctx.tense(m.start(), m.end()) or -1
        return weekday_near(anchor, WEEKDAYS[wd[:3].lower()], direction).isoformat(), True
    month = m.group("month") if "month" in m.index else None
    if month and m.group("day"):
        mo, day = _month(month), _day(m.group("day"))
        year = _year_for(ctx, mo, day, m)
        if year is None:
            return f"XXXX-{mo:02d}-{day:02d}", False
        d = valid_date(year, mo, day)
        if d is not None:
            return d.isoformat(), True
    if anchor is None:
        return "XXXX-XX-XX", False
    return anchor.isoformat(), True


def _h_clock(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or 0)
    ampm = _norm(m.group("ampm")).replace(".", "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    day, resolved = _clock_date(m, ctx)
    amod = AMODS.get(_norm(m.group("amod")))
    if amod is None and m.group("amod"):
        amod = "APPROX" if "about" in _norm(m.group("amod")) else (
            "BEFORE" if "before" in _norm(m.group("amod")) else "AFTER")
    return "TIME", f"{day}T{hour:02d}:{minute:02d}", amod, resolved


def _h_clock24(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", None, False
    return "TIME", f"{ctx.anchor.isoformat()}T{hour:02d}:{minute:02d}", None, True


def _h_noon(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    hhmm = "12:00" if _norm(m.group("noon")) in ("noon", "midday") else "24:00"
    day, resolved = _clock_date(m, ctx)
    return "TIME", f"{day}T{hhmm}", AMODS.get(_norm(m.group("amod"))), resolved


def _decade_value(m: Any) -> str | None:
    if m.group("decw"):
        return f"19{DECADE_WORDS[m.group('decw').lower()]}"
    dec = m.group("dec")
    cent = m.group("cent2")
    if cent:
        return f"{cent}{dec}"
    return f"19{dec}"


def _h_decade(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    value = _decade_value(m)
    if value is None:
        return None
    return "DATE", value, _mod(m.group("pmod")), True


def _h_century(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    word = m.group("cent").lower()
    n = CENTURY_WORDS.get(word) or int("".join(ch for ch in word if ch.isdigit()))
    return "DATE", f"{n - 1:02d}", _mod(m.group("pmod")), True


def _season_year(ctx: _Context, season: str, offset: int | None, m: Any) -> int | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    now_index = SEASON_ORDER[{12: "WI", 1: "WI", 2: "WI"}.get(anchor.month) or
                             ("SP" if anchor.month <= 5 else "SU" if anchor.month <= 8 else "FA")]
    index = SEASON_ORDER[season]
    if offset is None:
        tense = ctx.tense(m.start(), m.end())
        offset = -1 if tense < 0 and index > now_index else 0
        offset = 1 if tense > 0 and index < now_index else offset
        if offset == -1:
            return anchor.year - 1
        if offset == 1:
            return anchor.year + 1
        return anchor.year
    if offset < 0:
        return anchor.year if index < now_index else anchor.year - 1
    if offset > 0:
        return anchor.year if index > now_index else anchor.year + 1
    return anchor.year


def _h_season(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    season = SEASONS[m.group("season").lower()]
    mod = _mod(m.group("pmod"))
    if m.group("year"):
        return "DATE", f"{m.group('year')}-{season}", mod, True
    rel = _norm(m.group("rel")) if "rel" in m.index else ""
    offset = REL_OFFSET.get(rel) if rel else None
    year = _season_year(ctx, season, offset, m)
    if year is None:
        return "DATE", f"XXXX-{season}", mod, False
    return "DATE", f"{year:04d}-{season}", mod, True


def _h_quarter(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    text = _norm(m.group(0))
    ordinal = _norm(m.group("ord"))
    qrel = _norm(m.group("qrel"))
    half = _norm(m.group("qh")) == "half"
    determined = text.split()[0] in ("the", "its", "this", "next", "last") or m.group("year")
    if not ordinal and (half or not (qrel or determined)):
        return None
    if half and not ordinal:
        return None
    if _norm(m.group("qh")) == "period" and not (qrel or m.group("year")):
        return None
    letter = "H" if half else "Q"
    size = 2 if half else 4
    year_s = m.group("year2") or m.group("year")
    n = ORDINALS.get(ordinal, 0)
    if half and n > 2:
        return None
    anchor = ctx.anchor
    if year_s:
        if not n:
            if half or ctx.quarter is None:
                return "DATE", f"{year_s}-{letter}X", None, True
            n = ctx.quarter[2]
        return "DATE", f"{year_s}-{letter}{n}", None, True
    if anchor is None:
        return "DATE", f"XXXX-{letter}{n or 'X'}", None, False
    current = quarter_of(anchor.month) if not half else (1 if anchor.month <= 6 else 2)
    year = anchor.year
    if n:
        if n > current and ctx.tense(m.start(), m.end()) <= 0:
            year -= 1
    else:
        if qrel in ("current", "this") or text.startswith("this"):
            n = current
        elif qrel in ("next", "coming") or text.startswith("next"):
            n = current + 1
        else:
            n = current - 1
        if n < 1:
            n, year = size, year - 1
        if n > size:
            n, year = 1, year + 1
    if qrel in ("year-earlier", "year-ago", "comparable", "corresponding"):
        year -= 1
    return "DATE", f"{year:04d}-{letter}{n}", None, True


def _shift(anchor: dt.date, unit: str, k: int) -> tuple[str, str] | None:
    """(type, value) of the ``unit`` that lies ``k`` units from ``anchor``."""
    unit = unit.lower().rstrip("s")
    if unit in ("day", "night"):
        d = add_days(anchor, k)
        return None if d is None else ("DATE", d.isoformat())
    if unit in ("week", "fortnight"):
        d = add_days(anchor, 7 * k * (2 if unit == "fortnight" else 1))
        return None if d is None else ("DATE", iso_week(d))
    if unit == "weekend":
        d = add_days(anchor, 7 * k)
        return None if d is None else ("DATE", iso_week(d) + "-WE")
    if unit == "month":
        y, mo = add_months(anchor.year, anchor.month, k)
        return "DATE", f"{y:04d}-{mo:02d}"
    if unit == "quarter":
        y, mo = add_months(anchor.year, anchor.month, 3 * k)
        return "DATE", f"{y:04d}-Q{quarter_of(mo)}"
    if unit in ("year", "fiscal year"):
        return "DATE", f"{anchor.year + k:04d}"
    if unit == "decade":
        return "DATE", f"{anchor.year // 10 + k:03d}"
    if unit in ("century", "centurie", "centuries"):
        return "DATE", f"{anchor.year // 100 + k:02d}"
    if unit in ("hour", "minute", "second"):
        return "DATE", anchor.isoformat()
    return None


_UNKNOWN = {
    "day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "fortnight": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX",
    "fiscal year": "XXXX", "decade": "XXX", "century": "XX",
}


def _h_ago(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    direction = 1 if _norm(m.group("ago")) in ("later", "after", "from now", "hence") else -1
    if _norm(m.group("ago")) in ("before", "after") and ctx.anchor is not None:
        # "two years before/after" counts from an event, not from the anchor.
        pass
    n = _number(m.group("num"))
    if n is not None and m.group("half"):
        n += 0.5  # "a year and a half ago": not a whole unit back
    unit = _norm(m.group("unit"))
    mod = AMODS.get(_norm(m.group("amod"))) if m.group("amod") else None
    if mod is None and " or " in _norm(m.group(0)):
        mod = "APPROX"
    if n is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None, True
    if ctx.anchor is None:
        key = unit.rstrip("s")
        return "DATE", _UNKNOWN.get(key, "XXXX-XX-XX"), mod, False
    if n != int(n):
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None, True
    quarter = ctx.quarter
    if (n == 1 and unit == "year" and quarter is not None and m.start() - quarter[0] < 1500):
        # "a year earlier" after "the third quarter": the same quarter a year before.
        return "DATE", f"{quarter[1] + direction:04d}-Q{quarter[2]}", mod, True
    shifted = _shift(ctx.anchor, unit.rstrip("s") if unit != "centuries" else "century",
                     direction * int(n))
    if shifted is None:
        return None
    return shifted[0], shifted[1], mod, True


def _weekday_value(ctx: _Context, wd: str, rel: str | None, m: Any) -> tuple[str, bool]:
    index = WEEKDAYS[wd[:3].lower()]
    anchor = ctx.anchor
    if anchor is None:
        return f"XXXX-WXX-{index + 1}", False
    offset = REL_OFFSET.get(rel) if rel else None
    if offset is None or offset == 0:
        direction = ctx.tense(m.start(), m.end())
        if offset == 0 and direction == 0:
            direction = 1
        day = weekday_near(anchor, index, direction or -1)
    elif offset < 0:
        day = weekday_near(anchor - dt.timedelta(days=1), index, -1)
    else:
        day = weekday_near(anchor, index, 1)
    return day.isoformat(), True


def _h_relative(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    rel = _norm(m.group("rel"))
    mod = _mod(m.group("pmod"))
    wd = m.group("wd")
    if wd:
        value, resolved = _weekday_value(ctx, wd, rel, m)
        if m.group("tod"):
            return "TIME", f"{value}T{TOD[m.group('tod').lower()]}", mod, resolved
        return "DATE", value, mod, resolved
    unit = _norm(m.group("runit"))
    offset = REL_OFFSET.get(rel, 0)
    if mod is None and m.group(0).endswith(" so"):
        mod = "APPROX"  # "the next year or so"
    if rel in ("the past", "the last", "past") and unit in ("decade", "century"):
        return "DURATION", _duration(1, unit), mod, True
    if unit == "day" and rel not in ("the previous", "the next", "the following", "the same"):
        return None
    if rel in ("that", "the following", "the previous", "the prior", "the same") and \
            unit == "year" and ctx.year is not None and m.start() - ctx.year[0] < 2000:
        base = ctx.year[1] + {"the following": 1, "the previous": -1, "the prior": -1}.get(rel, 0)
        return "DATE", f"{base:04d}", mod, True
    if ctx.anchor is None:
        return "DATE", _UNKNOWN.get(unit, "XXXX"), mod, False
    shifted = _shift(ctx.anchor, unit, offset)
    if shifted is None:
        return None
    value = shifted[1]
    pmod = _norm(m.group("pmod"))
    if "half" in pmod and unit == "year":
        return "DATE", f"{value}-H{1 if 'first' in pmod else 2}", None, True
    return shifted[0], value, mod, True


def _h_end_of(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    unit = _norm(m.group("runit"))
    mod = _mod(m.group("pmod"))
    if ctx.anchor is None:
        return "DATE", _UNKNOWN.get(unit, "XXXX"), mod, False
    shifted = _shift(ctx.anchor, unit, 0)
    if shifted is None:
        return None
    pmod = _norm(m.group("pmod"))
    if "half" in pmod and unit == "year":
        return "DATE", f"{shifted[1]}-H{1 if 'first' in pmod else 2}", None, True
    return shifted[0], shifted[1], mod, True


def _h_year_end(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    unit = _norm(m.group("runit"))
    if ctx.anchor is None:
        return "DATE", _UNKNOWN[unit], "END", False
    shifted = _shift(ctx.anchor, unit, 0)
    assert shifted is not None
    return "DATE", shifted[1], "END", True


def _h_dayword(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    text = _norm(m.group(0))
    mod = _mod(m.group("pmod"))
    tod = TOD.get(_norm(m.group("tod")))
    dw = _norm(m.group("dw"))
    if text.endswith("overnight"):
        offset, tod = 0, "NI"
    elif m.group("last"):
        offset = -1
    elif m.group("this"):
        offset = 0
    else:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}.get(dw, 0)
    if ctx.anchor is None:
        value, resolved = "XXXX-XX-XX", False
    else:
        d = add_days(ctx.anchor, offset)
        if d is None:
            return None
        value, resolved = d.isoformat(), True
    if tod:
        return "TIME", f"{value}T{tod}", mod, resolved
    return "DATE", value, mod, resolved


def _h_weekday(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    value, resolved = _weekday_value(ctx, m.group("wd"), None, m)
    mod = _mod(m.group("pmod"))
    # "Friday night", "Tuesday morning": TimeML news mostly gives the day itself.
    return "DATE", value, mod, resolved


def _h_set(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    if m.group("wds"):
        return "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wds')[:3].lower()] + 1}", None, True
    adv = _norm(m.group("adv"))
    if adv:
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                 "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D",
                 "biannually": "P6M", "biennially": "P2Y"}[adv]
        return "SET", value, None, True
    if m.group("wd"):
        return "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd')[:3].lower()] + 1}", None, True
    if m.group("month"):
        return "SET", f"XXXX-{_month(m.group('month')):02d}", None, True
    unit = _norm(m.group("sunit"))
    if unit in TOD:
        return "SET", f"XXXX-XX-XXT{TOD[unit]}", None, True
    if unit in SEASONS:
        return "SET", f"XXXX-{SEASONS[unit]}", None, True
    step = 2 if "other" in _norm(m.group(0)).split() else 1
    return "SET", _duration(step, unit), None, True


def _h_spelled_year(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    if m.group("y2k"):
        if not _norm(m.group(0)).startswith("the year"):
            return None
        return "DATE", "2000", None, True
    tens = NUMBERS[m.group("tens").lower()]
    ones = NUMBERS[m.group("ones").lower()] if m.group("ones") else 0
    return "DATE", f"19{tens + ones:02d}", None, True


def _h_the_year(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    anchor = ctx.anchor
    if m.group("adj"):
        quarter = ctx.quarter
        if quarter is not None and m.start() - quarter[0] < 1500:
            return "DATE", f"{quarter[1] - 1:04d}-Q{quarter[2]}", None, True
        if anchor is None:
            return "DATE", "XXXX", None, False
        return "DATE", f"{anchor.year - 1:04d}", None, True
    if m.group("ended"):
        return "DURATION", "P1Y", None, True  # "the year ended June 30": a fiscal year
    if anchor is None:
        return "DATE", "XXXX", None, False
    return "DATE", f"{anchor.year:04d}", None, True


def _h_weekend(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    mod = _mod(m.group("pmod"))
    anchor = ctx.anchor
    if anchor is None:
        return "DATE", "XXXX-WXX-WE", mod, False
    tense = ctx.tense(m.start(), m.end())
    day = anchor
    if tense < 0 and anchor.weekday() < 5:
        day = anchor - dt.timedelta(days=7)
    return "DATE", iso_week(day) + "-WE", mod, True


def _h_hyphen(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    if m.group("old") and m.group("old").lower() == "-old":
        return None  # ages ("six-year-old") are not time expressions in TimeML news
    num = _norm(m.group("num"))
    n = None if num in ("several", "multi") else _number(num)
    if "-and-a-half-" in m.group(0).lower() and n is not None:
        n += 0.5
    return "DURATION", _duration(n, m.group("unit")), None, True


def _h_plural(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    pre = _norm(m.group("pre"))
    unit = _norm(m.group("unit"))
    if pre in ("recent", "the recent") and unit == "years":
        return "DATE", "PAST_REF", None, True
    return "DURATION", _duration(None, unit), None, True


def _h_duration(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    num = _norm(m.group("num"))
    unit = _norm(m.group("unit"))
    if unit in ("second", "seconds") and num in ("a", "an", "one", "the"):
        return None
    if unit.startswith("quarter") and num in ("a", "an", "one"):
        return None
    if num in ("some", "many") and unit in ("day", "time"):
        return None
    n = _number(num)
    if n is not None and n >= 1000 and num[:1].isdigit():
        return None  # "the 1988 quarter": a year, not a count
    if m.group("half"):
        n = (n or 0) + 0.5
    amod = _norm(m.group("amod"))
    mod = AMODS.get(amod)
    if amod in ("only", "just", "another", "an additional", "an extra"):
        mod = None
    if mod is None and _norm(m.group(0)).endswith("or so"):
        mod = "APPROX"
    return "DURATION", _duration(n, unit), mod, True


def _h_span(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    return _h_duration(m, ctx)


VAGUE = {
    "right now": "PRESENT_REF", "just now": "PAST_REF", "now": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "currently": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "current": "PRESENT_REF",
    "recent": "PAST_REF", "more recently": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF",
    "the past": "PAST_REF", "the other day": "PAST_REF",
}


def _h_vague(m: Any, ctx: _Context) -> tuple[str, str, str | None, bool] | None:
    text = _norm(m.group("vg"))
    if text == "today":
        if ctx.anchor is None:
            return "DATE", "XXXX-XX-XX", None, False
        return "DATE", ctx.anchor.isoformat(), None, True
    value = VAGUE.get(text)
    if value is None:
        value = "FUTURE_REF" if ("future" in text or "term" in text) else "PAST_REF"
    return "DATE", value, None, True


HANDLERS: dict[str, Handler] = {
    "r_clock": _h_clock, "r_clock24": _h_clock24, "r_noon": _h_noon, "r_iso": _h_iso,
    "r_numeric": _h_numeric, "r_date": _h_date, "r_month_rel": _h_month_rel,
    "r_month_year": _h_month_year, "r_rel_month": _h_rel_month, "r_month": _h_month,
    "r_decade": _h_decade, "r_century": _h_century, "r_season": _h_season,
    "r_season_year": _h_season, "r_quarter": _h_quarter, "r_span": _h_span,
    "r_ago": _h_ago, "r_relative": _h_relative, "r_end_of": _h_end_of,
    "r_year_end": _h_year_end, "r_dayword": _h_dayword, "r_weekday": _h_weekday,
    "r_year": _h_year, "r_set": _h_set, "r_hyphen": _h_hyphen, "r_plural": _h_plural,
    "r_duration": _h_duration, "r_vague": _h_vague, "r_spelled_year": _h_spelled_year,
    "r_weekend": _h_weekend, "r_the_year": _h_the_year,
}


# Words that trigger an attempt (lower case); month and weekday names must be capitalised.
_TRIGGERS_CAP = _set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays"
)
_TRIGGERS = _TRIGGERS_CAP | _set(
    "seconds minute minutes hour hours day days night nights week weeks weekend weekends "
    "fortnight fortnights month months quarter quarters half year years decade decades "
    "century centuries millennium millennia now nowadays currently recently lately previously "
    "formerly soon future past term today yesterday tomorrow tonight morning afternoon "
    "evening overnight noon midnight midday spring summer fall autumn winter twenties "
    "thirties forties fifties sixties seventies eighties nineties daily weekly monthly "
    "annually yearly hourly quarterly nightly biannually biennially nineteen thousand period "
    "current recent"
)
# Words that may come before a trigger inside an expression (walked back over).
_PREFIX = _set(
    "the a an this that these last next past coming previous following current latest "
    "upcoming same prior recent ensuing intervening remaining first second third fourth "
    "final initial fiscal its year-earlier year-ago comparable corresponding most early "
    "earlier late later mid middle end beginning start rest remainder close turn of half "
    "latter about around approximately roughly nearly almost more than less fewer at least "
    "up to no over under only just within some another additional extra well several few "
    "couple many number dozens hundreds thousands dozen numerous countless every each per "
    "other single once twice times right as straight consecutive full trading business "
    "working calendar shortly before after and or so day year fy multi near foreseeable "
    "distant immediate short long medium "
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand 1st 2nd 3rd 4th"
) | _TRIGGERS
_PUNCT = Spacer("\\.,;:!?\"()[]{}<>/-\u2013\u2014\u2018\u2019\u201c\u201d*&%$#@+=|~^`")
_GAP = " \t-\xa0"  # what separates the words of an expression (with a line break)
_STOP = frozenset(".;:!?\"()[]{}\u201c\u201d\n")
_CONTEXTS = ("", "in ", "at ", "on ", "for ", "the ")



def _triggers(words_: TextWords) -> list[tuple[int, str]]:
    """Positions in the text where an expression may contain a word or number, with
    that trigger word (empty for a number), in text order."""
    text, lower = words_.text, words_.lower
    end = len(text)  # also that of ``lower``
    found: list[tuple[int, str]] = []
    variants = _trigger_variants()
    table = _variant_set()
    # Tokens split at hyphens too: no variant has a hyphen, so the whitespace tokens
    # and the parts of the hyphenated ones give the words.
    words = {variants[t] for t in table.intersection(words_.known())}
    pieces = words_.hyphen_pieces()
    if pieces:
        words.update(variants[t] for t in table.intersection(pieces))
    for word in words:
        cap = word in _TRIGGERS_CAP
        n = len(word)
        # Whole-text searches without bounds: each bound costs str.find an argument
        # to parse.
        i = lower.find(word)
        while i >= 0:
            j = i + n
            if ((i == 0 or not lower[i - 1].isalnum())
                    and (j >= end or not lower[j].isalnum())
                    and (not cap or text[i].isupper())):
                found.append((i, word))
            i = lower.find(word, j)
    for m in _digits(text).finditer(text):
        i, j = m.span()
        before = text[i - 1] if i else " "
        after = text[j:j + 9]
        if before in "$€£¥" or after[:1] == "%" or (
                before in ".," and i > 1 and text[i - 2].isdigit()):
            continue
        if j - i > 4:
            continue  # no rule takes more than four digits in a row (see _no_timex_after)
        if after[:1] in ".," and after[1:2].isdigit():
            if j - i > 2 or after[:1] == ",":
                continue
            # "47.3 percent": what follows the decimals decides, as for "47 percent".
            after = text[j + 1:j + 16].lstrip("0123456789")
        elif after[:1] == "," and j - i <= 3 and before in " \t\n\xa0" and not _month_before(
                text, i):
            # "Mr. Clarke, 61, said": a number inside an expression before a comma ends
            # it, and the only such number after a space is a day after a month ("Oct.
            # 9,"); durations take no comma, years are four digits, times a marker.
            continue
        if _no_timex_after(after) or (
                (before == "/" or after[:1] == "/") and _lone_slash(text, i, j)):
            continue
        found.append((i, ""))
    found.sort()
    return found


_AMOUNT_WORDS = ("million", "billion", "percent", "per cent", "trillion")


def _no_timex_after(after: str) -> bool:
    """True when the text ``after`` a number (and its decimals) shows that no expression
    contains the number: an amount (``47 percent``, ``47.3 percent``, ``2.5 million``)
    is no unit, month, clock marker or date separator, which every rule with a number
    needs after it (or before it: a month, found from its own trigger first).

    Numbers of more than four digits are dropped before this: every digit group of the
    rules is at most four digits long and bounded by a look-around or a word boundary
    (``\\d{1,4}``, years, days, hours), so a longer run (``783499116076687360``, a
    tweet id) is in no expression."""
    return ("illion" in after or "per" in after) and after.lstrip().startswith(_AMOUNT_WORDS)


_ASCII_DIGITS = frozenset("0123456789")


def _run_end(text: str, pos: int) -> int:
    """The end of the ASCII digit run at ``pos`` (at most six digits on)."""
    k = pos
    while k < len(text) and k - pos < 6 and text[k] in _ASCII_DIGITS:
        k += 1
    return k


def _run_start(text: str, pos: int) -> int:
    """The start of the ASCII digit run ending at ``pos`` (at most six digits back)."""
    k = pos
    while k > 0 and pos - k < 6 and text[k - 1] in _ASCII_DIGITS:
        k -= 1
    return k


def _lone_slash(text: str, i: int, j: int) -> bool:
    """True when the number ``text[i:j]`` is one side of the only slash between two
    numbers (``9/11``, ``24/7``) and so in no expression: a numeric date has two
    slashes (``10/26/16``), a fraction one digit each side (``2 1/2 years``), a year
    range four digits before it (``2015/16``); a day before it may end a date begun
    by a month (``October 9/11``, ``Oct. the 9/11``): kept."""
    if text[j:j + 1] == "/":
        a, b, c = i, j, _run_end(text, j + 1)
    else:
        a, b, c = _run_start(text, i - 1), i - 1, j
    left, right = b - a, c - b - 1
    if not (0 < left <= 3 and 0 < right <= 4) or (left == 1 and right == 1):
        return False
    if text[c:c + 1] == "/" or text[c:c + 1].isdigit() or (
            a and (text[a - 1] in "/-." or text[a - 1].isdigit())):
        return False
    return not _month_before(text, a)


def _month_before(text: str, pos: int) -> bool:
    """True when the word before ``pos`` (or before a ``the`` there) may be a month, so
    that a day at ``pos`` may end a date (``Oct. 9``, ``October the 9th``, ``mid-Oct.
    9``, ``date="Jan. 9``); any word whose last letters begin like one counts
    (``marathon``, ``decide``): kept, harmlessly."""
    words = text[max(0, pos - 16):pos].lower().split()
    if words and words[-1] == "the":
        words.pop()
    last = words[-1].rstrip(".") if words else ""
    k = len(last)
    while k and last[k - 1].isalpha():
        k -= 1  # the letters at its end: 'tweet-date="January 20' is a date
    return last[k:k + 3] in MONTHS


@lru_cache(maxsize=1)
def _trigger_variants() -> dict[str, str]:
    """Each trigger word with the punctuation it may carry as a whitespace token."""
    before = ("", "(", "[", '"', "\u201c", "'", "\u2018", "``", "`", "\u2014")
    after = ("", ",", ".", ";", ":", ")", "?", "!", '"', "\u201d", "'s", "\u2019s", ".\"",
             ",\"", ".\u201d", ",\u201d", "'", "\u2019", "s")
    table: dict[str, str] = {word: word for word in _TRIGGERS}
    for word in sorted(_TRIGGERS):
        for a in before:
            # The first word given a spelling keeps it: a test and a store, not a
            # setdefault call, for 22,000 spellings at start-up.
            opened = a + word
            for b in after:
                spelling = opened + b
                if spelling not in table:
                    table[spelling] = word
    return table


@lru_cache(maxsize=1)
def _variant_set() -> frozenset[str]:
    spellings = frozenset(_trigger_variants())
    register_spellings(spellings)
    return spellings


def _digits(text: str) -> Any:
    """The pattern of digit runs for ``text``: ``[0-9]+`` when its only digits are ASCII
    ones (the same runs as ``\\d+``, found without a Unicode property look-up per
    character, which costs four times the scan), else ``\\d+``."""
    ascii_digits, any_digits, non_ascii_digit = _digit_patterns()
    if text.isascii() or non_ascii_digit.search(text) is None:
        return ascii_digits
    return any_digits


@lru_cache(maxsize=1)
def _digit_patterns() -> tuple[Any, Any, Any]:
    import regex

    # The third finds a non-ASCII character that is a digit: the set test is cheap and
    # only the few non-ASCII characters (quotation marks, dashes) reach the look-behind.
    return regex.compile(r"[0-9]+"), regex.compile(r"\d+"), regex.compile(r"[^\x00-\x7f](?<=\d)")


@lru_cache(maxsize=1)
def _rule_sources() -> tuple[tuple[str, str], ...]:
    """``(r_NAME, pattern text)`` of each rule, in priority order; nothing compiled."""
    from .patterns import rules

    return tuple((f"r_{name}", rf"(?i)(?:{pattern})(?![\w])") for name, pattern in rules())


@lru_cache(maxsize=1)
def _rule_names() -> tuple[str, ...]:
    return tuple(name for name, _ in _rule_sources())


_COMPILED: dict[int, tuple[Any, dict[str, int]]] = {}
"""By rule index: the compiled pattern and its group numbers by name (for
:class:`_Groups`; the pattern's ``groupindex`` is a new dict at each access), once a
trigger's kind has allowed the rule."""


def _compiled(index: int) -> tuple[Any, dict[str, int]]:
    """The compiled pattern of rule ``index`` and its group numbers by name, made at its
    first use: unpickled from the shipped file (:mod:`newskit.timex.compiled`; about
    0.1 ms a rule) or, when that has no pattern of this text for the installed
    ``regex``, compiled (about 3 ms a rule); an article (or a batch's warm-up text)
    whose trigger words allow only some of the rules pays only for those."""
    compiled = _COMPILED.get(index)
    if compiled is None:
        from .compiled import FLAGS, precompiled

        text = _rule_sources()[index][1]
        pattern = precompiled(text)
        if pattern is None:
            import regex

            pattern = regex.compile(text, FLAGS)
        compiled = _COMPILED[index] = (pattern, dict(pattern.groupindex))
    return compiled


def _rule_pattern(index: int) -> Any:
    """The compiled pattern of rule ``index`` (:func:`_compiled`)."""
    return _compiled(index)[0]


def _rule_patterns() -> list[tuple[str, Any]]:
    """``(r_NAME, compiled pattern)`` of every rule, in priority order (compiles them all)."""
    return [(name, _rule_pattern(i)) for i, name in enumerate(_rule_names())]


# The rules an expression containing a trigger word can be matched by, by kind of word.
_DIGIT_RULES = (
    "clock clock24 iso numeric date month_year decade century year span ago duration hyphen "
    "quarter set"
)
_UNIT_RULES = (
    "span ago relative end_of year_end the_year plural duration set hyphen quarter dayword "
    "vague weekend century spelled_year"
)
_VAGUE_RULES = "vague relative span plural quarter season the_year dayword"
_RULES_BY_KIND: dict[str, str] = {
    "month": "date month_rel month_year rel_month month clock set",
    "weekday": "date relative weekday set clock noon",
    "weekdays": "set",
    "unit": _UNIT_RULES,
    "vague": _VAGUE_RULES,
    "dayword": "dayword vague",
    "noon": "noon",
    "season": "season season_year set",
    "decade": "decade",
    "adverb": "set",
    "spelled": "spelled_year duration span ago",
    "digit": _DIGIT_RULES,
}
_KIND_WORDS: dict[str, str] = {
    "month": "january february march april may june july august september october november "
             "december jan feb mar apr jun jul aug sep sept oct nov dec",
    "weekday": "monday tuesday wednesday thursday friday saturday sunday",
    "weekdays": "mondays tuesdays wednesdays thursdays fridays saturdays sundays",
    "vague": "now nowadays currently recently lately previously formerly soon future past term "
             "current recent",
    "dayword": "today yesterday tomorrow tonight overnight",
    "noon": "noon midnight midday",
    "season": "spring summer fall autumn winter",
    "decade": "twenties thirties forties fifties sixties seventies eighties nineties",
    "adverb": "daily weekly monthly annually yearly hourly quarterly nightly biannually "
              "biennially",
    "spelled": "nineteen thousand",
}


_UNIT_WORDS = (
    "year", "day", "week", "month", "hour", "minute", "second", "night", "decade", "quarter",
    "centur", "fortnight", "millenni",
)
# Month names count only capitalised (``(?-i:…)`` in the patterns): every match of a
# month rule holds one of these in the text itself, not only in its lower-case copy
# (``decision``, ``market``, ``may`` hold none).
_MONTH_WORDS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)
# Words (lower case, as substrings) of which every match of a rule contains one: a rule
# is tried only when one occurs between the earliest candidate start and the match
# limit (in the text itself for capitalised words, in its lower-case copy for the
# others). Matching a rule that fails costs several microseconds with the ``regex``
# module; a substring test a tenth of one. Rules not listed are always tried.
_NEEDS: dict[str, tuple[str, ...]] = {
    "clock": ("am", "pm", "a.m", "p.m", "o'clock"),
    "clock24": (":",),
    "noon": ("noon", "midnight", "midday"),
    "iso": ("-",),
    "numeric": ("/", "."),
    "date": _MONTH_WORDS,
    "month_rel": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "rel_month": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "decade": ("0s", "0's", "ties"),
    "century": ("century",),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "season_year": ("spring", "summer", "fall", "autumn", "winter"),
    "quarter": ("quarter", "half", "period"),
    "span": _UNIT_WORDS,
    "ago": ("ago", "earlier", "from", "hence", "back"),
    "relative": ("day", "week", "month", "year", "decade", "century"),
    "end_of": ("day", "week", "month", "year", "decade", "century"),
    "year_end": ("year", "month"),
    "dayword": ("today", "yesterday", "tomorrow", "night", "morning", "afternoon", "evening"),
    "weekday": ("day",),
    "spelled_year": ("nineteen", "thousand"),
    "weekend": ("weekend",),
    "the_year": ("year",),
    "hyphen": ("-",),
    "plural": ("second", "minute", "hour", "day", "week", "month", "year", "decade",
               "centuries"),
    "duration": _UNIT_WORDS,
    # every/each/per …, daily…, once/twice/N times …, on Mondays… (``days``).
    "set": ("every", "each", "per", "daily", "weekly", "monthly", "yearly", "hourly",
            "nightly", "once", "twice", "times", "days"),
    # now/nowadays, current(ly), these days/the other day/today, recent(ly), lately,
    # the … future, the past, the … term.
    "vague": ("now", "current", "day", "recent", "lately", "future", "past", "term"),
}
# At a number (a digit trigger), the words one of which must begin less than _NEAR
# characters after it. The number is the quantity of a duration (nothing else in
# these rules holds a digit): at most 11 characters of it follow its first digit
# (``1234.56 1/2``), then at most 29 of ``and a half``, a gap of 7, 18 of a word like
# ``consecutive`` and its gap, and the unit. For ``hyphen`` the number is at most
# three digits, followed by the hyphen.
_NEAR = 80
_NEAR_DIGIT: dict[str, tuple[str, ...]] = {
    "span": _UNIT_WORDS,
    "duration": _UNIT_WORDS,
    "ago": _UNIT_WORDS,
    "hyphen": ("-",),
}
_NEAR_HYPHEN = 4
# Characters that match an ASCII letter case-insensitively but do not lower-case to it
# (dotted capital I, long s): texts with them skip the substring tests.
_FOLDS = ("\u0130", "\u017f")


@lru_cache(maxsize=1)
def _needs() -> tuple[tuple[str, ...], ...]:
    """:data:`_NEEDS` by rule index."""
    return tuple(_NEEDS.get(name[2:], ()) for name in _rule_names())


@lru_cache(maxsize=1)
def _kind_of_word() -> dict[str, str]:
    kinds = {w: kind for kind, words in _KIND_WORDS.items() for w in words.split()}
    for word in _TRIGGERS:
        kinds.setdefault(word, "unit")
    return kinds


@cache
def _allowed(kind: str) -> frozenset[int]:
    names = {f"r_{n}" for n in _RULES_BY_KIND[kind].split()}
    return frozenset(i for i, rule in enumerate(_rule_names()) if rule in names)


_OPENS: dict[str, dict[int, bool]] = {}
"""By head, then by rule index: whether the rule can match text beginning with the head."""


def _candidates(head: str, allowed: frozenset[int]) -> list[int]:
    """Indices of the rules among ``allowed`` that can match text beginning with ``head``
    (a word and the character after it), in increasing order, found by partial matching
    in a few left contexts. Only the rules a trigger's kind allows are tried (a partial
    match costs a few microseconds; a head meets up to 186 of them over all rules), and
    each answer is kept by head and rule, for the other kinds that meet the same head."""
    known = _OPENS.get(head)
    if known is None:
        if len(_OPENS) >= 50_000:
            _OPENS.clear()
        known = _OPENS[head] = _shipped_opens(head)
    probes: list[tuple[str, int]] | None = None
    found = []
    for index in sorted(allowed):
        opens = known.get(index)
        if opens is None:
            if probes is None:
                probes = [(ctx + head, len(ctx)) for ctx in _CONTEXTS]
            match = _rule_pattern(index).match
            opens = False
            for probe, pos in probes:
                if match(probe, pos, partial=True) is not None:
                    opens = True
                    break
            known[index] = opens
        if opens:
            found.append(index)
    return found


def _shipped_opens(head: str) -> dict[int, bool]:
    """Every rule's answer for ``head`` from the table shipped with the package
    (:func:`newskit.timex.compiled.head_mask`: the common heads, answered when the file
    was written), or {} when the table has no such head (the answers are then found by
    partial matching): a new head costs about 0.9 million instructions of partial
    matching, and each process, each ``--jobs`` worker, meets its heads anew."""
    from .compiled import head_mask

    mask = head_mask(head)
    if mask is None:
        return {}
    return {i: mask >> i & 1 == 1 for i in range(len(_rule_names()))}


def _opening_rules(head: str) -> list[int]:
    """Indices of every rule that can match text beginning with ``head``, by partial
    matching in each left context (what :func:`_candidates` finds and keeps; here
    without the table or anything kept, to write and check the table)."""
    found = []
    for index in range(len(_rule_names())):
        match = _rule_pattern(index).match
        if any(match(ctx + head, len(ctx), partial=True) is not None for ctx in _CONTEXTS):
            found.append(index)
    return found


# A rule as the search loop uses it: the words one of which every match contains
# (empty: none required), whether they are capitalised (looked for in the text, not
# its lower-case copy), the words one of which must follow a number trigger closely
# (:data:`_NEAR_DIGIT`; empty for other triggers), its name, its compiled pattern and
# its handler.
_Rule = tuple[tuple[str, ...], bool, tuple[str, ...], str, Any, Handler, dict[str, int]]
# By kind of trigger word, then by head (no key tuple built per look-up).
_ALLOWED_CANDIDATES: dict[str, dict[str, tuple[_Rule, ...]]] = {}


def _allowed_candidates(head: str, kind: str) -> tuple[_Rule, ...]:
    """The rules of :func:`_candidates` of ``head`` that a trigger word's ``kind`` allows,
    in priority order, with what the loop needs of each at hand; cached."""
    by_head = _ALLOWED_CANDIDATES.get(kind)
    if by_head is None:
        by_head = _ALLOWED_CANDIDATES[kind] = {}
    known = by_head.get(head)
    if known is None:
        allowed = _allowed(kind)
        names = _rule_names()
        needs = _needs()
        rules = []
        for index in _candidates(head, allowed):
            pattern, group_index = _compiled(index)
            rules.append((
                needs[index], needs[index][:1] == ("Jan",),
                _NEAR_DIGIT.get(names[index][2:], ()) if kind == "digit" else (),
                names[index], pattern, HANDLERS[names[index]], group_index))
        known = tuple(rules)
        if len(by_head) < 50_000:
            by_head[head] = known
    return known


def _head(text: str, pos: int, end: int) -> str:
    """The word at ``pos`` and the character after it (digits become ``9``)."""
    j = pos
    while j < end and j - pos < 20 and text[j].isalnum():
        j += 1
    return _head_of(text[pos:j], text[j:j + 1])


def _head_of(word: str, after: str) -> str:
    """:func:`_head` of a word (at most 20 letters and digits) and the character after it."""
    if word.isdigit():
        # A representative of its length that is a valid hour, day, month or year.
        word = {1: "1", 2: "10", 4: "1999"}.get(len(word), "1" + "0" * min(len(word) - 1, 5))
    return word + after


def _starts_before(text: str, lower: str, pos: int, floor: int) -> list[tuple[int, str]]:
    """Word starts before ``pos`` (nearest first) over words that may open an expression,
    each with its :func:`_head` (known here when the word is all letters and digits: it
    ends at the gap this walk came over; empty when the loop must find it)."""
    starts: list[tuple[int, str]] = []
    i = pos
    for _ in range(6):
        j = i - 1
        gap = 0
        while j >= floor and text[j] in _GAP and gap < 3:
            j -= 1
            gap += 1
        if j < floor or gap == 0 or text[j] in _STOP:
            break
        # The word ends at j: most often all letters and digits after a space (found
        # by one search), else walked back over letters, digits, hyphens, apostrophes.
        k = text.rfind(" ", j - 19 if j - 19 > floor else floor, j)
        token = text[k + 1:j + 1] if k >= 0 else ""
        if token.isalnum():
            word = lower[k + 1:j + 1]  # no hyphen or apostrophe to strip
        else:
            k = j
            while k >= floor and j - k < 20 and (text[k].isalnum() or text[k] in "-'"):
                k -= 1
            token = text[k + 1:j + 1]
            word = lower[k + 1:j + 1].strip("'-")
        if not word or (word not in _PREFIX and not word.isdigit()):
            break
        i = k + 1
        starts.append((i, _head_of(token, text[j + 1]) if token.isalnum() else ""))
    return starts


def find_timexes(
    text: str,
    anchor: dt.date | None = None,
    *,
    segments: Sequence[tuple[int, int]] | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[Found]:
    """Time expressions in ``text``, in text order, not overlapping.

    ``anchor`` is the date relative expressions count from (the publication
    date). ``segments`` (start, end) pairs, disjoint and in order, limit the
    search (an expression never crosses a segment boundary); by default the
    whole text. ``sentences`` (start, end) pairs let the tense of each clause be
    read within its sentence.
    """
    words_ = article_words(text)
    ctx = _Context(text, anchor, sentences, words_.lower)
    lower = ctx.lower
    kinds = _kind_of_word()
    filtered = not any(c in text for c in _FOLDS)
    if segments is None:
        segments = [(0, len(text))]
    seg_starts = [s for s, _ in segments]
    found: list[Found] = []
    groups = _Groups()
    last_end = 0
    for trig, word in _triggers(words_):
        if trig < last_end:
            continue
        k = bisect.bisect_right(seg_starts, trig) - 1
        if k < 0 or segments[k][1] <= trig:
            continue
        start, end = segments[k]
        if end > len(text):
            end = len(text)
        if start > last_end:
            last_end = start
        base = trig
        if trig > start and text[trig - 1] in "'\u2019" and text[trig].isdigit():
            base = trig - 1  # "the '80s"
        if base > last_end and text[base - 1] in _GAP:
            candidates = _starts_before(text, lower, base, last_end)
            candidates.reverse()
            candidates.append((base, ""))
        else:
            candidates = [(base, "")]  # no word before it can open the expression
        if base != trig:
            candidates.append((trig, ""))
        limit = trig + 120 if trig + 120 < end else end
        word_kind = kinds[word] if word else "digit"
        by_head = _ALLOWED_CANDIDATES.get(word_kind)
        accepted = None
        window = lower[candidates[0][0]:limit] if filtered else ""
        cased: str | None = None  # the window in the text itself, when first needed
        near: str | None = None  # the text after a number trigger, when first needed
        for s, head in candidates:
            if not head and s == trig and word:
                # The trigger word ends where a non-alphanumeric character follows.
                head = text[s:s + len(word) + 1]
            elif not head:
                head = _head(text, s, end) if text[s].isalnum() else text[s:s + 2]
            rules = by_head.get(head) if by_head is not None else None
            if rules is None:
                rules = _allowed_candidates(head, word_kind)
            for needed, capital, close, rule, pattern, handler, index in rules:
                if capital:
                    if cased is None:
                        cased = text[candidates[0][0]:limit]
                    for part in needed:
                        if part in cased:
                            break
                    else:
                        continue  # no capitalised month name
                elif filtered and needed:
                    for part in needed:
                        if part in window:
                            break
                    else:
                        continue  # no word every match of the rule contains
                if close and filtered:
                    if near is None:
                        near = lower[trig:trig + _NEAR if trig + _NEAR < limit else limit]
                    for part in close:
                        if part in (near if part != "-" else near[:_NEAR_HYPHEN]):
                            break
                    else:
                        continue  # no unit (or hyphen) close enough after the number
                m = pattern.match(text, s, limit)
                if m is None or m.end() <= trig:
                    continue
                groups.match = m
                groups.index = index
                try:
                    result = handler(groups, ctx)
                except (ValueError, KeyError, OverflowError, ZeroDivisionError, IndexError):
                    result = None
                if result is not None:
                    accepted = (rule, m, result)
                    break
            if accepted is not None:
                break
        if accepted is None:
            continue
        rule, m, result = accepted
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if rule in ("r_clock", "r_noon") and text[e - 1] == "." and _sentence_end(text, e):
            e -= 1
        kind, value, mod, resolved = result
        # tuple.__new__ directly: what the named tuple's Python-level __new__ calls.
        found.append(_NEW(Found, (s, e, kind, value, mod, resolved)))
        last_end = e
        if kind == "DATE" and value[:4].isdigit() and rule not in _RELATIVE_RULES:
            ctx.year = (s, int(value[:4]))
            recent = anchor is None or int(value[:4]) >= anchor.year - (anchor.month <= 3)
            if value[4:6] == "-Q" and value[6:7].isdigit() and recent:
                ctx.quarter = (s, int(value[:4]), int(value[6]))
    return found


_NEW = tuple.__new__
_RELATIVE_RULES = frozenset(
    {"r_ago", "r_relative", "r_dayword", "r_weekday", "r_vague", "r_the_year"}
)


def _sentence_end(text: str, pos: int) -> bool:
    """True when the full stop before ``pos`` also ends the sentence."""
    rest = text[pos:pos + 3]
    return not rest.strip() or (rest[:1].isspace() and rest.strip()[:1].isupper())


