"""Turning loosely-typed input records (JSON objects) into articles.

Shared by every loader that reads records, so JSON, JSON Lines, and plugin
loaders agree on field names and on what counts as a bad record.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from .errors import InputError
from .serialize import parse_published
from .types import Article

__all__ = ["ARTICLE_FIELDS", "article_from_record", "decode_text", "id_from_origin"]

ARTICLE_FIELDS = ("id", "text", "title", "url", "source", "published", "language", "authors")

_COMPOUND = (".gz", ".bz2", ".xz")


def id_from_origin(origin: str) -> str:
    """The article id for a file: its name without suffix (``a/b.txt.gz`` -> ``b``)."""
    if origin in ("-", ""):
        return "stdin"
    name = PurePath(origin).name
    for ext in _COMPOUND:
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    stem = PurePath(name).stem
    return stem or name


def _line_of(data: bytes, offset: int) -> int:
    """The 1-based line of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, *, origin: str, line: int | None = None) -> str:
    """UTF-8 bytes to text; a leading BOM is dropped, nothing else changes.

    Raises InputError naming the input for bytes that are not UTF-8 or text
    that is binary (NUL bytes); the error's ``line`` is ``line`` when given
    (a record of a JSON Lines file), else the line of the offending byte.
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary data (NUL byte at offset {nul}), not text",
            input=origin,
            line=line if line is not None else _line_of(data, nul),
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            input=origin,
            line=line if line is not None else _line_of(data, exc.start),
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _opt_str(record: Mapping[str, Any], key: str, *, origin: str, line: int | None) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise InputError(f"field {key!r} must be a string", input=origin, line=line)
    return str(value)


def _lone_surrogate(value: Any, depth: int = 0) -> str | None:
    """The first string in ``value`` (nested JSON) that is not valid Unicode, or None."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value
        return None
    if depth > 50:
        return None
    items = value.items() if isinstance(value, Mapping) else (
        enumerate(value) if isinstance(value, list) else ()
    )
    for key, item in items:
        found = _lone_surrogate(key, depth + 1) or _lone_surrogate(item, depth + 1)
        if found is not None:
            return found
    return None


def _check_unicode(record: Mapping[str, Any], *, origin: str, line: int | None) -> None:
    """Refuse records holding lone surrogates (``"\\ud800"`` in JSON): valid JSON, but
    not Unicode text, so no analysis of them could be written as UTF-8."""
    bad = _lone_surrogate(record)
    if bad is not None:
        offset = next(i for i, ch in enumerate(bad) if "\ud800" <= ch <= "\udfff")
        raise InputError(
            f"not valid Unicode: lone surrogate U+{ord(bad[offset]):04X} at offset {offset} "
            "of a string",
            input=origin,
            line=line,
        )


def article_from_record(
    record: Any, *, origin: str, line: int | None = None, default_id: str | None = None
) -> Article:
    """Build an article from a JSON object; unknown fields go to ``metadata``."""
    if not isinstance(record, Mapping):
        raise InputError(
            f"expected a JSON object, got {type(record).__name__}", input=origin, line=line
        )
    text = record.get("text")
    if text is None:
        raise InputError("record has no 'text' field", input=origin, line=line)
    if not isinstance(text, str):
        raise InputError("field 'text' must be a string", input=origin, line=line)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("empty text", input=origin, line=line)
    article_id = _opt_str(record, "id", origin=origin, line=line) or default_id
    if not article_id:
        article_id = id_from_origin(origin) if line is None else f"{id_from_origin(origin)}-{line}"
    try:
        published = parse_published(record.get("published"))
    except (TypeError, ValueError):
        raise InputError(
            f"field 'published' is not an ISO 8601 date: {record.get('published')!r}",
            input=origin,
            line=line,
        ) from None
    authors = record.get("authors") or ()
    if isinstance(authors, str):
        authors = (authors,)
    if isinstance(authors, int | float) or not all(isinstance(a, str) for a in authors):
        raise InputError("field 'authors' must be a list of strings", input=origin, line=line)
    metadata = {k: v for k, v in record.items() if k not in ARTICLE_FIELDS}
    _check_unicode(record, origin=origin, line=line)
    return Article(
        id=article_id,
        text=text,
        title=_opt_str(record, "title", origin=origin, line=line),
        url=_opt_str(record, "url", origin=origin, line=line),
        source=_opt_str(record, "source", origin=origin, line=line),
        published=published,
        language=_opt_str(record, "language", origin=origin, line=line),
        authors=tuple(authors),
        metadata=metadata,
    )
