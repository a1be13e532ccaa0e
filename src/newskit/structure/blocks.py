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
    for line in text.split("\n"):
        size = len(line)
        stripped = line.strip()
        if stripped:
            s = pos + size - len(line.lstrip())
            current.append((s, s + len(stripped)))
        elif current:
            chunks.append(current)
            current = []
        pos += size + 1
    if current:
        chunks.append(current)
    return chunks


_BULLET_CHARS = frozenset("•·▪■◦‣●○►▸*-–—")


def _bullet_end(text: str, start: int, end: int) -> int | None:
    """The offset after a bullet marker at ``start``, or None when the line has none."""
    if text[start] not in _BULLET_CHARS:
        return None
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


BlockTuple = tuple[str, int, int, "str | None", "dict[str, str] | None"]
"""A block before it becomes a :class:`Block`: type, start, end, group, attributes."""


def find_blocks(text: str) -> list[Block]:
    """The typed blocks of ``text``, disjoint and in text order."""
    return [
        Block(type=kind, span=Span(start=s, end=e), group=group, attributes=attrs)
        if group is not None or attrs
        else Block(type=kind, span=Span(start=s, end=e))
        for kind, s, e, group, attrs in block_tuples(text)
    ]


def block_tuples(text: str) -> list[BlockTuple]:
    """The typed blocks of ``text`` as plain tuples (see :data:`BlockTuple`)."""
    chunks = _lines(text)
    out: list[BlockTuple] = []
    groups = 0
    for index, chunk in enumerate(chunks):
        next_chunk = chunks[index + 1] if index + 1 < len(chunks) else None
        caption = _caption_chunk(text, chunk)
        if caption is not None:
            if caption and caption[0][0] in ("caption", "credit"):
                groups += 1
                gid = f"g{groups}"
                out.extend((k, s, e, gid, a) for k, s, e, _, a in caption)
            else:
                out.extend(caption)
            continue
        lines = _merge_wrapped(text, chunk) if len(chunk) > 1 else chunk
        for i, (s, e) in enumerate(lines):
            if i + 1 < len(lines):
                following: tuple[int, int] | None = lines[i + 1]
            elif next_chunk is not None:
                following = next_chunk[0]
            else:
                following = None
            previous_heading_like = i > 0 and _is_heading_like(text, *lines[i - 1])
            next_heading_like = (
                i + 1 < len(lines) and following is not None and _is_heading_like(text, *following)
            )
            _type_line(text, s, e, following, previous_heading_like or next_heading_like, out)
    return out


def _caption_chunk(text: str, chunk: list[tuple[int, int]]) -> list[BlockTuple] | None:
    """Blocks for a chunk of bullet lines or a short chunk ending in a photo credit.

    A bullet run that is a caption group gives ``caption``/``credit`` blocks; any
    other bullet run gives ``list`` blocks. The blocks start after the bullet.
    None when the chunk is neither.
    """
    first_s = chunk[0][0]
    if text[first_s] in _BULLET_CHARS:
        items: list[tuple[int, int]] = []
        for s, e in chunk:
            b = _bullet_end(text, s, e)
            if b is None:
                break
            items.append((b, e))
        else:
            group = caption_group(text, items)
            if group is None:
                return [("list", s, e, None, None) for s, e in items]
            return [(k, s, e, None, a) for (s, e), (k, a) in zip(items, group, strict=True)]
    if 2 <= len(chunk) <= 4 and all(e - s <= 250 for s, e in chunk):
        last_s, last_e = chunk[-1]
        if is_credit_line(text, last_s, last_e):
            group = caption_group(text, chunk)
            if group is not None:
                return [(k, s, e, None, a) for (s, e), (k, a) in zip(chunk, group, strict=True)]
    return None


def _merge_wrapped(text: str, chunk: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join lines of a chunk that are one paragraph wrapped over several lines."""
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
    in_run: bool,
    out: list[BlockTuple],
) -> None:
    """Append the block(s) of one line: byline, heading, dateline + paragraph, paragraph.

    ``in_run`` is true when a neighbouring line of the same chunk is heading-like
    too (a list of links or titles, not a heading).
    """
    if e - s <= 160:
        byline = match_byline(text, s, e)
        if byline is not None:
            out.append(("byline", s, e, None, byline))
            return
        if (
            not in_run
            and following is not None
            and _is_heading_like(text, s, e)
            and _introduces(text, *following)
            and match_dateline(text, s, e) is None
            and not is_credit_line(text, s, e)
        ):
            out.append(("heading", s, e, None, None))
            return
    dateline = match_dateline(text, s, min(e, s + 200))
    if dateline is not None:
        d_end, body_start, attrs = dateline
        out.append(("dateline", s, d_end, None, attrs))
        if body_start < e:
            out.append(("paragraph", body_start, e, None, None))
        return
    out.append(("paragraph", s, e, None, None))


def _introduces(text: str, s: int, e: int) -> bool:
    """True when a line can follow a heading: body text, a byline, a dateline or a list."""
    return (
        _has_body(text, s, e)
        or text[s] in _BULLET_CHARS
        or match_byline(text, s, e) is not None
    )
