"""Typed blocks of an article: paragraphs, headings, captions and credits, bylines,
datelines and list items.

The text is read line by line. Lines separated by blank lines form *chunks*;
inside a chunk, each line is its own block unless the line is visibly wrapped
(it ends without punctuation and the next line goes on in lower case). Each
block is then typed by the layout patterns of news pages:

* a run of bullet lines (``•``, ``*``, ``-``…) that names an agency or a photo
  credit is a photo caption group (``caption`` and ``credit`` blocks sharing a
  ``group``); any other run of bullet lines is a ``list``;
* a chunk of short lines that ends in a photo credit (``© Name/Agency``,
  ``Photo: …``, ``(AP Photo/Name)``) is a caption group too;
* ``By Jane Doe and John Roe, Staff Writers`` on its own line is a ``byline``;
* a short line without final punctuation standing alone before body text is a
  ``heading`` (not a quotation, not a dateline, not a credit);
* ``WASHINGTON (Reuters) —`` at the start of a paragraph is a ``dateline``
  block covering just that prefix; the paragraph starts after it;
* everything else is a ``paragraph``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newskit.types import Block, Span

from .bylines import match_byline, match_dateline
from .captions import caption_group, is_credit_line

__all__ = ["find_blocks"]

MAX_LINE = 20_000
"""Lines longer than this are never headings, bylines or captions (and are not
searched for datelines beyond their start)."""


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    return {
        "bullet": regex.compile(r"[•·▪■◦‣●○►▸*]\s{0,4}|[-–—]\s{1,4}(?=\S)|[-–](?=\p{Lu})"),
        "final": regex.compile(r"[.,;:!?…]['\"”’»)\]]{0,3}$"),
        "opens_quote": regex.compile(r"['\"“‘«„]"),
        "letter": regex.compile(r"\p{L}"),
        "lower_start": regex.compile(r"[\p{Ll}]"),
    }


def _lines(text: str) -> list[list[tuple[int, int]]]:
    """Non-blank lines as (start, end) without surrounding whitespace, grouped in chunks."""
    chunks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            current.append((s, e))
        elif current:
            chunks.append(current)
            current = []
        pos = nl + 1
    if current:
        chunks.append(current)
    return chunks


def _bullet_end(text: str, start: int, end: int) -> int | None:
    """The offset after a bullet marker at ``start``, or None when the line has none."""
    m = _patterns()["bullet"].match(text, start, min(end, start + 8))
    if m is None or m.end() >= end:
        return None
    return int(m.end())


def _is_heading_like(text: str, start: int, end: int) -> bool:
    """A short line without final punctuation that is not a quotation or a number."""
    if end - start > 100:
        return False
    pats = _patterns()
    line = text[start:end]
    if pats["final"].search(line) or pats["opens_quote"].match(line):
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit()):
        return False
    if pats["letter"].search(line) is None:
        return False
    if len(line.split()) > 14:
        return False
    return not line.endswith(("{", "}", ">", "(", "[", "-", "—", "–"))


def _has_body(text: str, start: int, end: int) -> bool:
    """True for a line that reads as body text (ends like a sentence or is long)."""
    return end - start > 100 or _patterns()["final"].search(text, start, end) is not None


def find_blocks(text: str) -> list[Block]:
    """The typed blocks of ``text``, disjoint and in text order."""
    chunks = _lines(text)
    blocks: list[Block] = []
    group_no = 0
    for index, chunk in enumerate(chunks):
        is_last = index == len(chunks) - 1
        next_chunk = chunks[index + 1] if not is_last else None
        # bullet runs: caption groups or lists
        bullets = [_bullet_end(text, s, e) for s, e in chunk]
        if all(b is not None for b in bullets):
            items = [(b, e) for b, (_, e) in zip(bullets, chunk, strict=True) if b is not None]
            group = caption_group(text, items)
            if group is not None:
                group_no += 1
                gid = f"g{group_no}"
                for (s, e), (kind, attrs) in zip(items, group, strict=True):
                    blocks.append(Block(type=kind, span=Span(start=s, end=e), group=gid,
                                        attributes=attrs))
            else:
                blocks.extend(Block(type="list", span=Span(start=s, end=e)) for s, e in items)
            continue
        # short unbulleted chunks ending in a credit line: caption groups
        if 2 <= len(chunk) <= 4 and all(e - s <= 250 for s, e in chunk):
            items = list(chunk)
            last_s, last_e = chunk[-1]
            if is_credit_line(text, last_s, last_e):
                group = caption_group(text, items)
                if group is not None:
                    group_no += 1
                    gid = f"g{group_no}"
                    for (s, e), (kind, attrs) in zip(chunk, group, strict=True):
                        blocks.append(Block(type=kind, span=Span(start=s, end=e), group=gid,
                                            attributes=attrs))
                    continue
        lines = _merge_wrapped(text, chunk)
        for i, (s, e) in enumerate(lines):
            following: tuple[int, int] | None
            if i + 1 < len(lines):
                following = lines[i + 1]
            elif next_chunk is not None:
                following = next_chunk[0]
            else:
                following = None
            blocks.extend(_type_line(text, s, e, following, lines, i))
    return blocks


def _merge_wrapped(text: str, chunk: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join lines of a chunk that are one paragraph wrapped over several lines."""
    if len(chunk) == 1:
        return chunk
    pats = _patterns()
    out = [chunk[0]]
    for s, e in chunk[1:]:
        ps, pe = out[-1]
        if pats["final"].search(text, ps, pe) is None and pats["lower_start"].match(text, s):
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


def _type_line(
    text: str,
    s: int,
    e: int,
    following: tuple[int, int] | None,
    lines: list[tuple[int, int]],
    i: int,
) -> list[Block]:
    byline = match_byline(text, s, e)
    if byline is not None:
        return [Block(type="byline", span=Span(start=s, end=e), attributes=byline)]
    if (
        _is_heading_like(text, s, e)
        and following is not None
        and (_has_body(text, *following) or match_byline(text, *following) is not None)
        and not (i > 0 and _is_heading_like(text, *lines[i - 1]))
        and match_dateline(text, s, e) is None
        and not is_credit_line(text, s, e)
    ):
        return [Block(type="heading", span=Span(start=s, end=e))]
    dateline = match_dateline(text, s, min(e, s + 200))
    if dateline is not None:
        d_end, body_start, attrs = dateline
        out = [Block(type="dateline", span=Span(start=s, end=d_end), attributes=attrs)]
        if body_start < e:
            out.append(Block(type="paragraph", span=Span(start=body_start, end=e)))
        return out
    return [Block(type="paragraph", span=Span(start=s, end=e))]
