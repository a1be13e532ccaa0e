"""Calendar arithmetic and TIMEX3 value formatting.

Values follow TimeML/TIMEX3: ``2023``, ``2023-07``, ``2023-07-11``, ``2023-W17``,
``2023-Q2``, ``2023-H1``, ``2023-SP`` (seasons ``SP SU FA WI``), ``199`` (a
decade), ``19`` (a century), ``2023-05-04T15:00``, ``2023-05-04TMO`` (parts of
the day ``MO AF EV NI``), durations ``P3Y``/``PT5H``/``PXDE``. Without an anchor
the unknown digits are ``X``: ``XXXX-WXX``, ``XXXX-07-11``.
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "add_days",
    "add_months",
    "iso_week",
    "quarter_of",
    "weekday_near",
]


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def add_days(day: dt.date, delta: int) -> dt.date | None:
    """``day`` moved by ``delta`` days, None when that leaves the calendar."""
    try:
        return day + dt.timedelta(days=delta)
    except OverflowError:
        return None


def iso_week(day: dt.date) -> str:
    """The ISO week value of ``day``: ``2023-W17``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The day named ``weekday`` (0 = Monday) nearest to ``anchor`` in ``direction``.

    ``direction`` < 0: the anchor itself or the last such day before it;
    > 0: the next such day after the anchor; 0: whichever is nearer (ties go back).
    """
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7 or 7
    if direction < 0:
        return anchor - dt.timedelta(days=back)
    if direction > 0:
        return anchor + dt.timedelta(days=forward)
    if back <= forward:
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=forward)


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
