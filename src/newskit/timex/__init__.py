"""Time expressions (TIMEX3-style) normalised against the publication date.

:class:`TimexExtractor` is the built-in ``timexes`` extractor; the recogniser it
uses is :func:`find_timexes` (usable on its own, with any anchor date).
"""

from __future__ import annotations

from .extractor import TimexExtractor
from .recognize import Found, find_timexes

__all__ = ["Found", "TimexExtractor", "find_timexes"]
