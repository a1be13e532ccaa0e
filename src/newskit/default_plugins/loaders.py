"""Built-in loaders: plain text, JSON, JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from newskit.errors import InputError
from newskit.hookspecs import hookimpl
from newskit.records import article_from_record, decode_text, id_from_origin
from newskit.types import Article, Failure


def _parse(text: str, *, origin: str, line: int | None = None) -> object:
    """JSON text to a value; malformed JSON is an InputError naming the line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = exc.lineno if line is None else line
        raise InputError(f"malformed JSON: {exc.msg}", input=origin, line=where) from None
    except (ValueError, RecursionError) as exc:  # too deeply nested, too many digits
        raise InputError(f"unreadable JSON: {type(exc).__name__}: {exc}", input=origin,
                         line=line) from None


class TextLoader:
    """A ``.txt`` file is one article; the id is the file name without suffix.

    The text is kept exactly as it is (a leading byte-order mark is dropped),
    so offsets match the file.
    """

    name = "text"
    suffixes = (".txt",)

    def load(self, stream: IO[bytes], *, origin: str) -> Iterator[Article | Failure]:
        text = decode_text(stream.read(), origin=origin)
        if not text.strip():
            raise InputError("empty text", input=origin)
        yield Article(id=id_from_origin(origin), text=text)


class JsonLoader:
    """A ``.json`` file holds one article record or an array of them."""

    name = "json"
    suffixes = (".json",)

    def load(self, stream: IO[bytes], *, origin: str) -> Iterator[Article | Failure]:
        data = _parse(decode_text(stream.read(), origin=origin), origin=origin)
        if isinstance(data, list):
            if not data:
                raise InputError("empty JSON array", input=origin)
            for i, record in enumerate(data, start=1):
                try:
                    yield article_from_record(
                        record, origin=origin, default_id=f"{id_from_origin(origin)}-{i}"
                    )
                except InputError as exc:
                    yield Failure(input=origin, message=f"record {i}: {exc.message}",
                                  error_type=type(exc).__name__)
        else:
            yield article_from_record(data, origin=origin)


class JsonLinesLoader:
    """A ``.jsonl`` file holds one article record per line; blank lines are skipped.

    A bad line gives a failure naming the line; the following lines are read.
    """

    name = "jsonl"
    suffixes = (".jsonl", ".ndjson")
    line_records = True
    """One record per line: the batch names the line of each article it reads."""

    def load(self, stream: IO[bytes], *, origin: str) -> Iterator[Article | Failure]:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield load_line(raw, origin=origin, line=number)


def load_line(raw: bytes, *, origin: str, line: int) -> Article | Failure:
    """One non-blank line of a JSON Lines file (its bytes) to its article, or to the
    failure naming the line when the line is not an article record (an
    :class:`~newskit.errors.InputError`; other exceptions propagate)."""
    try:
        record = _parse(decode_text(raw, origin=origin, line=line), origin=origin, line=line)
        return article_from_record(record, origin=origin, line=line)
    except InputError as exc:
        return Failure(input=origin, line=exc.line if exc.line is not None else line,
                       message=exc.message, error_type=type(exc).__name__)


@hookimpl
def newskit_register_loaders() -> list[object]:
    return [TextLoader(), JsonLoader(), JsonLinesLoader()]
