"""From article text back to the HTML page it came from.

:class:`HtmlIndex` reads the page's visible text (outside tags, comments,
scripts and styles, character references decoded) and remembers where each
piece of it is in the HTML. :meth:`HtmlIndex.align` maps a block of extracted text found in
that stream (whitespace collapsed, as extractors write it) back to the page as
*segments*:

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
        # whitespace that is not one plain space: collapsed to a space, not mapped
        "odd_space": regex.compile(r"\s{2,}|[^\S ]"),
        "body": regex.compile(r"<body\b", regex.IGNORECASE),
    }


def normalize(text: str) -> str:
    """Whitespace runs to one space, ends stripped: how block texts are written."""
    return " ".join(text.split())


class HtmlIndex:
    """The visible text of a page, whitespace collapsed, with its offsets in the HTML.

    :attr:`stream` is the text of the page's ``<body>`` as a reader sees it:
    tags, comments, scripts and styles left out, character references decoded,
    every whitespace run one space. Each *piece* of the stream remembers where
    it is in the page; a space that stands for other whitespace (a line break,
    several spaces, ``&nbsp;``) belongs to no piece.
    """

    def __init__(self, page: str) -> None:
        pats = _patterns()
        odd = pats["odd_space"]
        self.page = page
        parts: list[str] = []
        self._s: list[int] = []  # stream start of each piece
        self._h: list[int] = []  # html start
        self._n: list[int] = []  # stream length
        self._hl: list[int] = []  # html length of a character reference, 0 for plain text
        size = 0
        space = True  # the stream ends with a space (or is empty)

        def plain(h: int, chunk: str) -> None:
            nonlocal size, space
            if space and chunk[:1] == " ":
                h += 1
                chunk = chunk[1:]
            if not chunk:
                return
            parts.append(chunk)
            self._s.append(size)
            self._h.append(h)
            self._n.append(len(chunk))
            self._hl.append(0)
            size += len(chunk)
            space = chunk[-1] == " "

        def blank() -> None:
            nonlocal size, space
            if not space:
                parts.append(" ")
                size += 1
                space = True

        body = pats["body"].search(page)
        for m in pats["token"].finditer(page, body.start() if body is not None else 0):
            kind = m.lastgroup
            if kind == "text" or kind == "stray":
                run = m.group()
                base = m.start()
                pos = 0
                for ws in odd.finditer(run):
                    if ws.start() > pos:
                        plain(base + pos, run[pos : ws.start()])
                    blank()
                    pos = ws.end()
                if pos < len(run):
                    plain(base + pos, run[pos:])
            elif kind == "entity":
                raw = m.group()
                decoded = _html.unescape(raw)
                if decoded == raw:
                    plain(m.start(), raw)
                elif not decoded.strip():
                    blank()
                else:
                    decoded = normalize(decoded)
                    parts.append(decoded)
                    self._s.append(size)
                    self._h.append(m.start())
                    self._n.append(len(decoded))
                    self._hl.append(len(raw))
                    size += len(decoded)
                    space = False
        self.stream = "".join(parts)

    def find(self, text: str, start: int = 0) -> int:
        """Where ``text`` (whitespace normalised) starts in the stream, or -1."""
        needle = normalize(text)
        return self.stream.find(needle, start) if needle else -1

    def align(self, text: str, at: int) -> list[Segment]:
        """Segments (offsets relative to ``text``) for ``text`` found at stream offset ``at``.

        ``text`` must be written as the stream is (see :func:`normalize`).
        """
        out: list[Segment] = []
        end = at + len(text)
        ss, hs, ns, hls = self._s, self._h, self._n, self._hl
        i = max(0, bisect_right(ss, at) - 1)
        count = len(ss)
        while i < count and ss[i] < end:
            lo = ss[i] if ss[i] > at else at
            hi = ss[i] + ns[i] if ss[i] + ns[i] < end else end
            if lo < hi:
                if hls[i]:
                    out.append([lo - at, hs[i], hi - lo, hls[i]])
                else:
                    out.append([lo - at, hs[i] + lo - ss[i], hi - lo])
            i += 1
        return merge_segments(text, self.page, out)

    def align_words(self, text: str, start: int, window: int = 5000) -> tuple[list[Segment], int]:
        """Word by word alignment for text that an extractor changed beyond whitespace.

        Each word is looked for after the previous one (within ``window``
        characters of the stream); words not found stay unmapped. Returns the
        segments and the stream offset after the last word found.
        """
        out: list[Segment] = []
        cursor = start
        t = 0
        for token in text.split(" "):
            if token:
                pos = self.stream.find(token, cursor, cursor + window + len(token))
                if pos >= 0:
                    for seg in self.align(token, pos):
                        seg[0] += t
                        out.append(seg)
                    cursor = pos + len(token)
            t += len(token) + 1
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
