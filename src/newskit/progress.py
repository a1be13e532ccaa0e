"""A dependency-free progress line for terminals (standard error only)."""

from __future__ import annotations

import time
from typing import IO


class Progress:
    """``done/total, rate, time left`` redrawn in place at most ten times a second."""

    def __init__(self, stream: IO[str], total: int | None = None) -> None:
        self.stream = stream
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and done != self.total:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        line = f"{done}" + (f"/{self.total}" if self.total else "") + f" articles, {rate:.1f}/s"
        if self.total and rate > 0:
            left = max(self.total - done, 0) / rate
            line += f", {int(left // 60)}:{int(left % 60):02d} left"
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
