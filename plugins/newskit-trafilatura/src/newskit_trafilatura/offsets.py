"""From article text back to the HTML page it came from.

:class:`HtmlIndex` reads the page's visible text (outside tags, comments,
scripts and styles, character references decoded) and remembers where each
piece of it is in the HTML. :meth:`HtmlIndex.align` finds a block of extracted
text in that stream (ignoring whitespace, which extractors normalise) and
returns *segments*:

``[text_start, html_start, length]``
    ``text[text_start:text_start + length]`` is ``html[html_start:html_start +
    length]``, character for character;
``[text_start, html_start, length, html_length]``
    the text characters were written as a character reference (``&mdash;``):
    they come from ``html[html_start:html_start + html_length]``.

Offsets in the HTML are indices into the decoded page (a Python string), as
in :func:`html_span`, which maps a span of the article text to the page.
"""

from __future__ import annotations

import html as _html
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

__all__ = ["HtmlIndex", "html_span", "merge_segments"]

Segment = list[int]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    return {
        "token": regex.compile(
            r"""
            (?P<comment><!--.*?(?:-->|\Z))
            |(?P<raw><(?P<rawtag>script|style|noscript|template|textarea|title)\b[^>]{0,2000}>
                .*?(?:</(?P=rawtag)\s{0,10}>|\Z))
            |(?P<tag></?[A-Za-z!?][^>]{0,20000}>)
            |(?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)
            |(?P<text>[^<&]{1,100000})
            |(?P<stray>[<&])
            """,
            regex.VERBOSE | regex.DOTALL | regex.IGNORECASE,
        ),
        # a word: anything but whitespace and invisible formatting characters
        "word": regex.compile(r"[^\s\u00ad\u200b\u200c\u200d\u2060\ufeff]+"),
        "body": regex.compile(r"<body\b", regex.IGNORECASE),
    }


class HtmlIndex:
    """The visible text of a page without whitespace, with its offsets in the HTML."""

    def __init__(self, page: str) -> None:
        pats = _patterns()
        word = pats["word"]
        self.page = page
        pieces: list[str] = []
        self._c: list[int] = []  # compact start of each piece
        self._h: list[int] = []  # html start of each piece
        self._hl: list[int] = []  # html length of a character reference, 0 for plain text
        size = 0
        body = pats["body"].search(page)
        start = body.start() if body is not None else 0
        for m in pats["token"].finditer(page, start):
            kind = m.lastgroup
            if kind == "text" or kind == "stray":
                base = m.start()
                for w in word.finditer(m.group()):
                    pieces.append(w.group())
                    self._c.append(size)
                    self._h.append(base + w.start())
                    self._hl.append(0)
                    size += w.end() - w.start()
            elif kind == "entity":
                raw = m.group()
                decoded = "".join(word.findall(_html.unescape(raw)))
                if not decoded:
                    continue
                pieces.append(decoded)
                self._c.append(size)
                self._h.append(m.start())
                self._hl.append(0 if decoded == raw else len(raw))
                size += len(decoded)
        self.compact = "".join(pieces)

    def find(self, text: str, start: int = 0) -> int:
        """Where ``text`` (without whitespace) starts in the compact stream, or -1."""
        return self.compact.find("".join(_patterns()["word"].findall(text)), start)

    def occurrences(self, text: str, start: int = 0, stop: int | None = None) -> list[int]:
        """Every compact position of ``text`` between ``start`` and ``stop``."""
        needle = "".join(_patterns()["word"].findall(text))
        if not needle:
            return []
        stop = len(self.compact) if stop is None else stop
        out = []
        pos = self.compact.find(needle, start, stop + len(needle))
        while pos >= 0 and len(out) < 1000:
            out.append(pos)
            pos = self.compact.find(needle, pos + 1, stop + len(needle))
        return out

    def html_offset(self, compact: int) -> int:
        """The HTML offset of a compact position."""
        i = bisect_right(self._c, compact) - 1
        if i < 0:
            return 0
        if self._hl[i]:
            return self._h[i]
        return self._h[i] + compact - self._c[i]

    def align(self, text: str, at: int) -> list[Segment]:
        """Segments (offsets relative to ``text``) for ``text`` found at compact ``at``."""
        out: list[Segment] = []
        c = at
        cs, hs, hls = self._c, self._h, self._hl
        for w in _patterns()["word"].finditer(text):
            t = w.start()
            remaining = w.end() - t
            i = bisect_right(cs, c) - 1
            while remaining > 0 and 0 <= i < len(cs):
                piece_end = cs[i + 1] if i + 1 < len(cs) else len(self.compact)
                n = min(remaining, piece_end - c)
                if n <= 0:
                    i += 1
                    continue
                if hls[i]:
                    out.append([t, hs[i], n, hls[i]])
                else:
                    out.append([t, hs[i] + c - cs[i], n])
                t += n
                c += n
                remaining -= n
                i += 1
        return merge_segments(text, self.page, out)

    def align_words(self, text: str, start: int, window: int = 5000) -> tuple[list[Segment], int]:
        """Word by word alignment for text that an extractor changed beyond whitespace.

        Each word is looked for after the previous one (within ``window``
        compact characters); words not found stay unmapped. Returns the
        segments and the compact position after the last word found.
        """
        out: list[Segment] = []
        cursor = start
        for w in _patterns()["word"].finditer(text):
            token = w.group()
            pos = self.compact.find(token, cursor, cursor + window + len(token))
            if pos < 0:
                continue
            for seg in self.align(token, pos):
                seg[0] += w.start()
                out.append(seg)
            cursor = pos + len(token)
        return merge_segments(text, self.page, out), cursor


def merge_segments(text: str, page: str, segments: list[Segment]) -> list[Segment]:
    """Join neighbouring verbatim segments whose gap is the same in text and HTML."""
    out: list[Segment] = []
    for seg in segments:
        if out and len(seg) == 3 and len(out[-1]) == 3:
            t0, h0, n0 = out[-1]
            gap_t = seg[0] - (t0 + n0)
            gap_h = seg[1] - (h0 + n0)
            if (
                gap_t == gap_h
                and 0 <= gap_t <= 8
                and text[t0 + n0 : seg[0]] == page[h0 + n0 : seg[1]]
            ):
                out[-1] = [t0, h0, seg[0] + seg[2] - t0]
                continue
        out.append(seg)
    return out


def html_span(segments: Sequence[Sequence[int]], start: int, end: int) -> tuple[int, int] | None:
    """The range of the HTML page that a span ``[start, end)`` of the text came from.

    ``segments`` is ``Article.metadata["html_offsets"]``. None when no
    character of the span could be traced to the page (text the loader added,
    such as the blank lines between blocks).
    """
    first: int | None = None
    last: int | None = None
    starts = [s[0] for s in segments]
    i = max(0, bisect_right(starts, start) - 1)
    for seg in segments[i:]:
        ts, hs, n = seg[0], seg[1], seg[2]
        if ts >= end:
            break
        if ts + n <= start:
            continue
        if len(seg) > 3:
            lo, hi = hs, hs + seg[3]
        else:
            lo = hs + max(start, ts) - ts
            hi = hs + min(end, ts + n) - ts
        if first is None:
            first = lo
        last = hi
    if first is None or last is None:
        return None
    return first, last
