"""The HTML loader: a saved web page in, one :class:`~newskit.types.Article` out.

trafilatura finds the main text (navigation, comment sections, footers and
link lists are left out) and the metadata; htmldate the publication date.
trafilatura drops figure captions, so they are read from the page itself
(``<figcaption>`` and elements whose class names a caption) and put back
after their picture, with the photo credit on a line of its own.

The article text is the blocks joined by blank lines (a caption and its
credit by a single line break), so the ``structure`` extractor reads the same
layout from the text alone. ``Article.metadata`` records:

* ``blocks``: ``[{"type", "start", "end"}]`` for every heading, paragraph,
  list item, caption and credit (captions and credits also carry ``group``);
* ``html_offsets``: segments mapping the text back to the page (see
  :mod:`newskit_trafilatura.offsets` and :func:`~newskit_trafilatura.html_span`);
* ``html_encoding``, ``hostname``, ``description``, ``categories``, ``tags``,
  ``image``, ``canonical_url`` where the page has them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any

from newskit.errors import InputError
from newskit.records import id_from_origin
from newskit.types import Article, Failure

from .offsets import HtmlIndex, Segment, normalize

__all__ = ["HtmlLoader", "article_from_html", "decode_html"]

MIN_TEXT = 40
"""Pages whose main text is shorter than this (characters) have no article:
an error page, a gallery, a page of links."""

_CREDIT_CLASS = ("credit", "copyright", "byline", "source", "photographer", "author")
_CAPTION_CLASS = ("caption",)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    return {
        "charset": regex.compile(
            rb"""<meta[^>]{0,200}?charset\s{0,3}=\s{0,3}["']?\s{0,3}"""
            rb"""([A-Za-z0-9_.:-]{1,40})""",
            regex.IGNORECASE,
        ),
        # a photo credit at the end of a caption: (AP Photo/Name), Photo: …, © …
        "tail_credit": regex.compile(
            r"""(?:\s{1,5}|^)(?P<credit>
                \((?:[^()]{0,60}\b(?:Photo|Photograph|Image|Picture|Credit)s?\b[^()]{0,80})\)
              | (?:Photo(?:graph)?s?|Image|Picture|Credit|Source)\s{0,2}(?::|by\b)
                \s{0,3}[^\n]{1,120}
              | ©\s{0,3}[^\n]{1,120}
            )\s{0,3}$""",
            regex.VERBOSE | regex.IGNORECASE,
        ),
    }


def decode_html(data: bytes) -> tuple[str, str]:
    """Bytes of a page to text: BOM, then UTF-8, then the declared charset, then cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    m = _patterns()["charset"].search(data[:4096])
    if m is not None:
        name = m.group(1).decode("ascii", errors="replace")
        try:
            return data.decode(name, errors="replace"), name.lower()
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def _norm(text: str | None) -> str:
    return normalize(text) if text else ""


def _classes(el: Any) -> str:
    return str(el.get("class") or "").lower() + " " + str(el.get("id") or "").lower()


def _find_captions(tree: Any) -> list[dict[str, str]]:
    """Captions of the page: ``{"caption", "credit", "src"}`` in document order."""
    found: list[dict[str, str]] = []
    seen: set[int] = set()
    candidates = tree.xpath(
        "//figcaption | //*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
    )
    for el in candidates:
        if any(id(a) in seen for a in el.iterancestors()):
            continue
        if el.xpath(".//figcaption") or len(el.xpath(".//p")) > 3:
            continue  # a wrapper around a whole figure or story, not the caption itself
        seen.add(id(el))
        credit_parts = [
            _norm(c.text_content())
            for c in el.iter()
            if c is not el
            and (any(k in _classes(c) for k in _CREDIT_CLASS) or c.tag in ("small", "cite"))
        ]
        credit = " ".join(p for p in credit_parts if p)
        full = _norm(el.text_content())
        caption = full
        if credit and full.endswith(credit):
            caption = full[: -len(credit)].strip()
        elif not credit:
            m = _patterns()["tail_credit"].search(full)
            if m is not None and m.start("credit") > 0:
                credit = m.group("credit").strip()
                caption = full[: m.start("credit")].strip()
        figure = el.getparent()
        src = ""
        for holder in (figure, el):
            if holder is None:
                continue
            imgs = holder.xpath(".//img")
            if imgs:
                src = str(imgs[0].get("src") or imgs[0].get("data-src") or "")
                break
        if caption or credit:
            found.append({"caption": caption, "credit": credit, "src": src})
    return found


def _body_blocks(body: Any) -> list[tuple[str, str, str]]:
    """(type, text, image src) for the elements of trafilatura's output tree."""
    out: list[tuple[str, str, str]] = []
    for el in body:
        tag = el.tag
        if tag == "head":
            text = _norm("".join(el.itertext()))
            if text:
                out.append(("heading", text, ""))
        elif tag == "list":
            for item in el.iter("item"):
                text = _norm("".join(item.itertext()))
                if text:
                    out.append(("list", text, ""))
        elif tag == "graphic":
            out.append(("graphic", "", str(el.get("src") or "")))
        elif tag == "table":
            for row in el.iter("row"):
                text = _norm(" ".join("".join(cell.itertext()) for cell in row))
                if text:
                    out.append(("paragraph", text, ""))
        else:
            for graphic in el.iter("graphic"):
                out.append(("graphic", "", str(graphic.get("src") or "")))
            text = _norm("".join(el.itertext()))
            if text:
                out.append(("paragraph", text, ""))
    return out


def _language(tree: Any, doc: Any) -> str | None:
    for value in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath("//meta[@http-equiv='content-language']/@content"),
        *tree.xpath("//meta[@property='og:locale']/@content"),
        getattr(doc, "language", None),
    ):
        if value and str(value).strip():
            return str(value).strip().replace("_", "-").split("-")[0].lower()
    return None


def _published(page: str, url: str | None) -> dt.date | None:
    import htmldate

    try:
        found = htmldate.find_date(page, url=url, original_date=True, extensive_search=False)
        if found is None:
            found = htmldate.find_date(page, url=url, original_date=True)
    except Exception:  # a page with a broken date is still an article
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found[:10])
    except ValueError:
        return None


def article_from_html(
    data: str | bytes,
    *,
    id: str,
    url: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Article | None:
    """The article of a web page, or None when the page has no main text."""
    import trafilatura
    from trafilatura.utils import load_html

    if isinstance(data, bytes):
        page, encoding = decode_html(data)
    else:
        page, encoding = data, "str"
    tree = load_html(page)
    if tree is None:
        return None
    captions = _find_captions(tree)
    doc: Any = trafilatura.bare_extraction(
        page,
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_formatting=False,
        include_links=False,
        with_metadata=True,
        deduplicate=False,
    )
    if doc is None or getattr(doc, "body", None) is None:
        return None
    raw = _body_blocks(doc.body)
    if sum(len(value) for _, value, _ in raw) < MIN_TEXT:
        return None

    index = HtmlIndex(page)
    units = _place_captions(raw, captions, index)
    text, blocks, offsets = _assemble(units, index)
    if not text.strip():
        return None

    meta: dict[str, Any] = {"blocks": blocks, "html_offsets": offsets, "html_encoding": encoding}
    for key in ("hostname", "description", "image", "license"):
        value = getattr(doc, key, None)
        if value:
            meta[key] = str(value)
    for key in ("categories", "tags"):
        value = getattr(doc, key, None)
        if value:
            meta[key] = [str(v) for v in value]
    canonical = getattr(doc, "url", None)
    if canonical and url and canonical != url:
        meta["canonical_url"] = str(canonical)
    meta.update(metadata or {})
    authors = tuple(a.strip() for a in str(doc.author or "").split(";") if a.strip())
    return Article(
        id=id,
        text=text,
        title=_norm(doc.title) or None,
        url=url or (str(canonical) if canonical else None),
        source=_norm(doc.sitename) or None,
        published=_published(page, url),
        language=_language(tree, doc),
        authors=authors,
        metadata=meta,
    )


Unit = tuple[str, str, int, "int | None"]
"""A block before assembly: type, text, offset in the page's text stream (-1 unknown), group."""


def _place_captions(
    raw: list[tuple[str, str, str]], captions: list[dict[str, str]], index: HtmlIndex
) -> list[Unit]:
    """Blocks in page order with captions put back after their picture.

    A caption goes after the ``graphic`` with its image source; a paragraph
    that repeats a caption's text becomes that caption; the other captions
    are placed by their position in the page when it lies inside the article.
    """
    by_src: dict[str, list[int]] = {}
    for i, cap in enumerate(captions):
        if cap["src"]:
            by_src.setdefault(cap["src"], []).append(i)
    used: set[int] = set()
    units: list[Unit] = []
    groups = 0
    cursor = 0

    def add_caption(i: int) -> None:
        nonlocal groups, cursor
        used.add(i)
        groups += 1
        cap = captions[i]
        for kind, value in (("caption", cap["caption"]), ("credit", cap["credit"])):
            if value:
                pos = index.find(value, cursor)
                if pos >= 0:
                    cursor = pos
                units.append((kind, value, pos, groups))

    caption_text = {
        _norm(f"{c['caption']} {c['credit']}"): i for i, c in enumerate(captions)
    } | {c["caption"]: i for i, c in enumerate(captions) if c["caption"]}
    for kind, value, src in raw:
        if kind == "graphic":
            for i in by_src.get(src, []):
                if i not in used:
                    add_caption(i)
                    break
            continue
        if value in caption_text and caption_text[value] not in used:
            add_caption(caption_text[value])
            continue
        if value in caption_text:
            continue  # the caption is already there
        pos = index.find(value, cursor)
        if pos < 0:
            pos = index.find(value)
        if pos >= 0:
            cursor = pos
        units.append((kind, value, pos, None))
    # captions whose picture trafilatura left out: by position, inside the article only
    known = [u[2] for u in units if u[2] >= 0 and u[3] is None]
    if known:
        lo, hi = min(known), max(known)
        for i, cap in enumerate(captions):
            if i in used:
                continue
            pos = index.find(cap["caption"] or cap["credit"])
            if not lo < pos < hi:
                continue
            groups += 1
            at = next(k for k, u in enumerate(units) if u[2] > pos)
            new: list[Unit] = []
            for kind, value in (("caption", cap["caption"]), ("credit", cap["credit"])):
                if value:
                    new.append((kind, value, index.find(value, pos), groups))
            units[at:at] = new
    return units


def _assemble(
    units: list[Unit], index: HtmlIndex
) -> tuple[str, list[dict[str, Any]], list[Segment]]:
    """The article text, its block list and the offsets back to the page."""
    parts: list[str] = []
    blocks: list[dict[str, Any]] = []
    offsets: list[Segment] = []
    size = 0
    previous_group: int | None = None
    for kind, value, pos, group in units:
        if parts:
            sep = "\n" if group is not None and group == previous_group else "\n\n"
            parts.append(sep)
            size += len(sep)
        start = size
        parts.append(value)
        size += len(value)
        block: dict[str, Any] = {"type": kind, "start": start, "end": size}
        if group is not None:
            block["group"] = f"g{group}"
        blocks.append(block)
        previous_group = group
        if pos >= 0 and index.stream.startswith(value, pos):
            segments = index.align(value, pos)
        else:
            segments, _ = index.align_words(value, max(pos, 0))
        offsets.extend([seg[0] + start, *seg[1:]] for seg in segments)
    return "".join(parts), blocks, offsets


class HtmlLoader:
    """``.html`` / ``.htm``: one saved web page is one article (id: the file name)."""

    name = "html"
    suffixes = (".html", ".htm")

    def load(self, stream: IO[bytes], *, origin: str) -> Iterator[Article | Failure]:
        data = stream.read()
        if not data.strip():
            raise InputError("empty page", input=origin)
        try:
            article = article_from_html(data, id=id_from_origin(origin))
        except Exception as exc:  # a parser failure means an unreadable page
            raise InputError(f"cannot read the page: {type(exc).__name__}: {exc}",
                             input=origin) from exc
        if article is None:
            raise InputError("no article text found in the page", input=origin)
        yield article
