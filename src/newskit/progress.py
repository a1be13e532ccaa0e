"""A dependency-free progress line for terminals (standard error only).

``1200/5000 articles (3 failed), 310.4/s, 0:12 left`` redrawn in place at most
ten times a second. The total is optional (standard input, or a corpus too
large to count quickly): the line then shows the count and the rate only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import IO

__all__ = ["Progress", "format_duration"]


def format_duration(seconds: float) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` above."""
    seconds = max(int(seconds), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Done/total, rate and time left, on one line that is redrawn in place."""

    def __init__(
        self,
        stream: IO[str],
        total: int | None = None,
        *,
        unit: str = "articles",
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = total
        self.unit = unit
        self.interval = interval
        self.clock = clock
        self.start = clock()
        self.last = float("-inf")
        self.shown = False

    def line(self, done: int, failed: int = 0) -> str:
        """The text of the progress line (without terminal control codes)."""
        elapsed = max(self.clock() - self.start, 1e-9)
        rate = done / elapsed
        total = self.total if self.total is not None and self.total >= done else None
        text = f"{done}/{total}" if total is not None else f"{done}"
        text += f" {self.unit}"
        if failed:
            text += f" ({failed} failed)"
        text += f", {rate:.1f}/s"
        if total is not None and rate > 0:
            text += f", {format_duration((total - done) / rate)} left"
        return text

    def update(self, done: int, failed: int = 0) -> None:
        """Redraw, unless the last redraw was less than ``interval`` ago."""
        now = self.clock()
        if now - self.last < self.interval and done != self.total:
            return
        self.last = now
        self.stream.write("\r\x1b[K" + self.line(done, failed))
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the line (before printing a message); the next update redraws it."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.last = float("-inf")

    def close(self) -> None:
        """Leave the last state on screen and end the line."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False
