"""Helpers shared by the exporters."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from newskit.types import Analysis, Event, TimeExpression

__all__ = ["event_date", "file_stem", "json_cell", "sorted_events"]

_UNSAFE = frozenset('<>:"/\\|?*')


def file_stem(article_id: str, used: set[str]) -> str:
    """A file name stem for an article id: safe on every OS, unique within ``used``.

    Path separators, control and reserved characters become ``_``; a leading
    dot is dropped; case-insensitive clashes get ``-2``, ``-3``… appended.
    """
    cleaned = "".join(
        "_" if (c in _UNSAFE or ord(c) < 32 or c.isspace()) else c for c in article_id
    ).strip("._")[:120] or "article"
    stem, n = cleaned, 1
    while stem.lower() in used:
        n += 1
        stem = f"{cleaned}-{n}"
    used.add(stem.lower())
    return stem


def json_cell(value: Any) -> str:
    """A compact JSON text for a nested value (details of a score)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_date(event: Event, timexes: dict[str, TimeExpression]) -> str | None:
    """The TIMEX3 value of the time expression an event is placed at, if any."""
    if event.when is None:
        return None
    timex = timexes.get(event.when)
    return None if timex is None else timex.value


def _sort_key(value: str | None) -> tuple[int, str]:
    # Calendar values (2023, 2023-07, 2023-07-11, 2023-W17) sort as text; anything
    # else (PAST_REF, P2Y, X placeholders, none) goes after them.
    if value and value[:4].isdigit() and "X" not in value[:4]:
        return 0, value
    return 1, value or ""


def sorted_events(analysis: Analysis) -> list[tuple[str | None, Event]]:
    """Events with their dates, dated events in date order first, then the rest in text order."""
    timexes = {t.id: t for t in analysis.timexes}
    dated = [(event_date(e, timexes), e) for e in analysis.events]
    return sorted(dated, key=lambda pair: (*_sort_key(pair[0]), pair[1].trigger.start))


def published_text(value: dt.date | dt.datetime | None) -> str:
    return "" if value is None else value.isoformat()


def analyses_only(results: Iterable[Any]) -> list[Analysis]:
    return [r for r in results if isinstance(r, Analysis)]
