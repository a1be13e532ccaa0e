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
  ``Photo: …``, ``(AP Photo/Name)``) is a caption group too, and so is a
  credit of a known agency on a line of its own (``Jo Roe via Getty Images.``);
* ``By Jane Doe and John Roe, Staff Writers`` on its own line is a ``byline``;
* a short line without final punctuation standing alone before body text is a
  ``heading`` (not a quotation, not a dateline, not a credit);
* ``WASHINGTON (Reuters) —`` at the start of a paragraph is a ``dateline``
  block covering just that prefix; the paragraph starts after it;
* a title in capitals run into its paragraph (``HOW TO PICK A TENT Before you
  book a campsite.``) is a ``heading``; the paragraph starts after it;
* everything else is a ``paragraph``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from newskit.types import BLOCK_TYPES, Block, trusted_block, trusted_span

from .bylines import match_byline, match_dateline
from .captions import AGENCIES, caption_group, is_credit_line, parse_credit

__all__ = ["find_blocks"]

MAX_LINE = 20_000
"""Lines longer than this are never headings, bylines or captions (and are not
searched for datelines beyond their start)."""


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    from .shipped import compile_pattern

    return {
        "bullet": compile_pattern(r"[•·▪■◦‣●○►▸*]\s{0,4}|[-–—]\s{1,4}(?=\S)|[-–](?=\p{Lu})"),
        "final": compile_pattern(r"[.,;:!?…]['\"”’»)\]]{0,3}$"),
        "opens_quote": compile_pattern(r"['\"“‘«„]"),
        "letter": compile_pattern(r"\p{L}"),
        "lower_start": compile_pattern(r"[\p{Ll}]"),
        "lower_word": compile_pattern(r"\s[\p{Ll}]"),
        # a sentence ending inside the line: "Title Here? More text"
        "inner_end": compile_pattern(r"[.!?…]['\"”’»)\]]{0,3}\s"),
        # a wire-service sub-heading framed by dashes: "– Old hands –"
        "framed": compile_pattern(r"[-–—]\s{1,3}(?P<title>\S.{0,90}?)\s{1,3}[-–—]\.?"),
        # a word of a title-case headline: "Obama Signs The Bill Into Law."
        "word": compile_pattern(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]{0,40}"),
        "sentence_final": compile_pattern(r"[.!?…]['\"”’»)\]]{0,3}$"),
        # a run-in heading in capitals at the start of a paragraph, the body after it
        # on the same line: "HOW TO PICK A TENT Before you book a campsite." (after a
        # dash: "POLLS JUST TOO EARLY - Jo Roe writes", "AT ITS CORE—\"For …")
        "run_in": compile_pattern(
            r"""
            (?P<head>(?:(?>[‘'"“]?[\p{Lu}\d][\p{Lu}\d'’.,&:/-]{0,30}+(?![\p{Ll}])[’"”]?)
                [ \u00a0]{1,2}+){1,24}
               (?>[‘'"“]?[\p{Lu}\d][\p{Lu}\d'’.,&/-]{0,30}+(?<![/-])(?![\p{Ll}])[’"”]?))
            (?:(?P<stop>[!?]?)[ \u00a0]{0,2}(?P<dash>[—–]|-{1,2})[ \u00a0]{0,2}(?=[\p{Lu}"“‘'])
              |[ \u00a0]{1,2}(?=[\p{Lu}][\p{Ll}]|[“"‘][\p{Lu}])
              |(?<=[’”])(?=[“"‘][\p{Lu}]))
            """,
            regex.VERBOSE,
        ),
    }


def _lines(text: str, start: int = 0, end: int | None = None) -> list[list[tuple[int, int]]]:
    """Non-blank lines as (start, end) without surrounding whitespace, grouped in chunks."""
    chunks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = start
    region = text if start == 0 and end is None else text[start:end]
    for line in region.split("\n"):
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


_AGENCY_TAILS = frozenset(a.rsplit("/", 1)[-1].rsplit(None, 1)[-1] for a in AGENCIES)
"""The last words of the agencies' names (``images``, ``reuters``, ``press``)."""

_NOT_PHOTOGRAPHERS = frozenset(("handout", "pool", "file", "staff", "courtesy"))
"""Words that stand where a lone credit names its photographer but name nobody."""

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
    if pats["inner_end"].search(line):
        return False
    return not line.endswith(("{", "}", ">", "(", "[", "]", "-", "—", "–"))


def _is_framed_heading(text: str, start: int, end: int) -> bool:
    """A sub-heading between dashes on a line of its own (``– Old hands –``)."""
    if end - start > 100 or text[start] not in "-–—":
        return False
    m = _patterns()["framed"].fullmatch(text, start, end)
    if m is None:
        return False
    title = m.group("title")
    return (title[0].isupper() or title[0] in "'\"‘“") and len(title.split()) <= 12


TITLE_SMALL_WORDS = frozenset((
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for",
    "with", "from", "as", "vs", "vs.", "via", "per", "into", "onto", "over", "than", "up",
    "off", "out",
))
"""Words a title-case headline may leave in lower case ("Cruz Rises in the Polls.")."""


def _is_title_headline(text: str, start: int, end: int) -> bool:
    """A headline in title case that ends like a sentence (``Obama Signs The Bill.``).

    Some sources put a full stop after the headline; its title case still tells it
    from a sentence: every word starts with a capital or a digit except the small
    function words of :data:`TITLE_SMALL_WORDS`, at least three start with a capital,
    3 to 25 words, at most 200 characters, not all in capitals, not opening with a
    quotation mark.
    """
    if end - start > 200:
        return False
    pats = _patterns()
    line = text[start:end]
    if pats["sentence_final"].search(line) is None or pats["opens_quote"].match(line):
        return False
    words = pats["word"].findall(line)
    if not 3 <= len(words) <= 25 or line.isupper():
        return False
    capitals = 0
    for i, word in enumerate(words):
        first = word[0]
        if first.isupper():
            capitals += 1
        elif not first.isdigit() and (i == 0 or word.lower() not in TITLE_SMALL_WORDS):
            return False
    return capitals >= 3


def _run_in_heading(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A heading in capitals run into its paragraph: (end of the heading, body start).

    Newsletters and live blogs print item titles in capitals at the start of the
    item's paragraph (``HOW TO PICK A TENT Before you book a campsite.``,
    ``POLLS NOT WRONG, JUST EARLY - Jo Roe: "…"``). The capitals must be at least
    three words (two before a dash), at least eight letters, end in no comma or
    colon (``JAKE TAPPER: Well…`` is a transcript's speaker), and the line must go
    on in prose, with a word in lower case (not a signature: ``JO ROE President
    Acme Corp``).
    """
    if end - start < 20:
        return None
    words = text[start : start + 80].split(None, 2)
    if len(words) < 2 or words[0].upper() != words[0] or words[1][:2].upper() != words[1][:2]:
        return None  # the first two words in capitals (a quick test before the pattern)
    m = _patterns()["run_in"].match(text, start, min(end, start + 300))
    if m is None:
        return None
    head = m.group("head")
    if head[-1] in ",:;" or sum(c.isalpha() for c in head) < 8:
        return None
    words = head.split()
    if len(words) < (2 if m.group("dash") else 3):
        return None
    body = m.end()
    if _patterns()["lower_word"].search(text, body, end) is None:
        return None  # no prose after it: a signature ("JO ROE President Acme Corp")
    return m.start() + len(head) + len(m.group("stop") or ""), body


def _has_body(text: str, start: int, end: int) -> bool:
    """True for a line that reads as body text (ends like a sentence or is long)."""
    return end - start > 100 or _patterns()["final"].search(text, start, end) is not None


BlockTuple = tuple[str, int, int, "str | None", "dict[str, str] | None"]
"""A block before it becomes a :class:`Block`: type, start, end, group, attributes."""


def find_blocks(text: str) -> list[Block]:
    """The typed blocks of ``text``, disjoint and in text order."""
    return blocks_of(block_tuples(text))


def blocks_of(raw: Iterable[BlockTuple]) -> list[Block]:
    """Blocks from the tuples of :func:`block_tuples` or :func:`blocks_from_metadata`.

    Built with the trusted constructors: both give known types and offsets with
    ``0 <= start <= end`` (the metadata's are checked as they are read), and the
    attributes are copied, as the validated constructor would.
    """
    return [
        trusted_block(
            type=kind, span=trusted_span(start=s, end=e), group=group,
            attributes=dict(attrs) if attrs else None,
        )
        for kind, s, e, group, attrs in raw
    ]


def block_tuples(text: str, start: int = 0, end: int | None = None) -> list[BlockTuple]:
    """The typed blocks of ``text[start:end]`` as plain tuples (see :data:`BlockTuple`)."""
    chunks = _lines(text, start, end)
    out: list[BlockTuple] = []
    groups = 0
    for index, chunk in enumerate(chunks):
        next_chunk = chunks[index + 1] if index + 1 < len(chunks) else None
        if len(chunk) == 1 and _is_framed_heading(text, *chunk[0]):
            out.append(("heading", chunk[0][0], chunk[0][1], None, None))
            continue
        if (
            index == 0
            and start == 0
            and len(chunk) == 1
            and next_chunk is not None
            and _is_title_headline(text, *chunk[0])
            and _introduces(text, *next_chunk[0])
            and match_byline(text, *chunk[0]) is None
            and match_dateline(text, *chunk[0]) is None
            and not is_credit_line(text, *chunk[0])
        ):
            out.append(("heading", chunk[0][0], chunk[0][1], None, None))
            continue
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
    if len(chunk) == 1:
        # a credit on a line of its own, under a picture the text lost ("Jo Roe/Reuters.",
        # "Jo Roe via Getty Images.", "Getty."): a caption group of one credit
        s, e = chunk[0]
        if e - s > 80:
            return None  # (before the line is split: most are paragraphs)
        line = text[s:e]
        tail = line.rstrip(" .").rsplit("/", 1)[-1].split()
        if not tail or tail[-1].lower() not in _AGENCY_TAILS:
            return None  # (a quick test: the line does not end with an agency's last word)
        credit = parse_credit(line)
        if (
            credit is None
            or credit.get("agency", "").lower() not in AGENCIES
            or credit.get("photographer", "x").split()[0].lower() in _NOT_PHOTOGRAPHERS
        ):
            return None  # alone, only a known agency tells a credit ("Jo Roe/Gazette" may be
            # anything; "Handout/Reuters" names no photographer)
        return [("credit", s, e, None, credit)]
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
    run_in: bool = True,
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
    if run_in and e - s >= 20 and not (text[s + 1].islower() or text[s + 2].islower()):
        # (not "The …", "“We …": the first word is in capitals)
        found = _run_in_heading(text, s, e)
        if found is not None:
            out.append(("heading", s, found[0], None, None))
            out.append(("paragraph", found[1], e, None, None))
            return
    out.append(("paragraph", s, e, None, None))


def _introduces(text: str, s: int, e: int) -> bool:
    """True when a line can follow a heading: body text, a byline, a dateline or a list."""
    return (
        _has_body(text, s, e)
        or text[s] in _BULLET_CHARS
        or match_byline(text, s, e) is not None
    )


def blocks_from_metadata(text: str, given: object) -> list[BlockTuple] | None:
    """Blocks for a text whose loader listed them (``Article.metadata["blocks"]``).

    ``given`` must be a list of ``{"type", "start", "end"}`` mappings (``group``
    optional), in order, disjoint, inside the text, with known types; else
    None and the text rules apply. The loader's types are kept (a page's
    ``<h2>`` is a heading, its ``<figcaption>`` a caption); credits, bylines
    and datelines get their attributes parsed; a loader's paragraph is still
    searched for a byline or a dateline, but never guessed to be a heading.
    Text between the loader's blocks is typed by the text rules.
    """
    if not isinstance(given, list) or not given:
        return None
    n = len(text)
    spans: list[tuple[str, int, int, str | None]] = []
    previous_end = 0
    for item in given:
        if not isinstance(item, dict):
            return None
        kind, s, e, group = item.get("type"), item.get("start"), item.get("end"), item.get("group")
        if (
            kind not in BLOCK_TYPES
            or not isinstance(s, int)
            or not isinstance(e, int)
            or isinstance(s, bool)
            or isinstance(e, bool)
            or not previous_end <= s <= e <= n
            or (group is not None and not isinstance(group, str))
        ):
            return None
        spans.append((str(kind), s, e, group))
        previous_end = e
    out: list[BlockTuple] = []
    pos = 0
    for number, (kind, s, e, group) in enumerate(spans):
        if s > pos:
            out.extend(_tag_groups(block_tuples(text, pos, s), f"t{number}:"))
        pos = e
        s, e = _strip(text, s, e)
        if s >= e:
            continue
        gid = None if group is None else "m" + group
        if kind == "paragraph":
            for line_s, line_e in (ln for chunk in _lines(text, s, e) for ln in chunk):
                _type_line(text, line_s, line_e, None, True, out, run_in=False)
        elif kind == "credit":
            out.append(("credit", s, e, gid, parse_credit(text[s:e]) or None))
        elif kind == "byline":
            out.append(("byline", s, e, gid, match_byline(text, s, e)))
        elif kind == "dateline":
            found = match_dateline(text, s, e + 1 if e < n else e)
            out.append(("dateline", s, e, gid, found[2] if found else None))
        else:
            out.append((kind, s, e, gid, None))
    if pos < n:
        out.extend(_tag_groups(block_tuples(text, pos, n), "t-end:"))
    return _renumber(out)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _tag_groups(blocks: list[BlockTuple], tag: str) -> list[BlockTuple]:
    return [(k, s, e, None if g is None else tag + g, a) for k, s, e, g, a in blocks]


def _renumber(blocks: list[BlockTuple]) -> list[BlockTuple]:
    """Group ids ``g1``, ``g2``… in text order."""
    names: dict[str, str] = {}
    out: list[BlockTuple] = []
    for k, s, e, g, a in blocks:
        if g is not None:
            g = names.setdefault(g, f"g{len(names) + 1}")
        out.append((k, s, e, g, a))
    return out
