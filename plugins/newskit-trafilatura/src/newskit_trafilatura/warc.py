"""The WARC loader: every HTML response of a web archive becomes an article.

Records are streamed with warcio (``.warc`` and ``.warc.gz``; gzip is
detected from the data). A ``response`` (or ``resource``) record whose
content type is HTML is read with :func:`~newskit_trafilatura.html.article_from_html`;
other records (requests, metadata, images, redirects) are skipped. The
article's ``url`` is the record's ``WARC-Target-URI``; the record's
``WARC-Date`` (when the page was archived, not when it was published) goes
to ``metadata["warc_date"]`` and its id to ``metadata["warc_record_id"]``.
Article ids are the archive's name and the number of the HTML record:
``crawl-1``, ``crawl-2``…

A page without main text, or one that cannot be read, gives a
:class:`~newskit.types.Failure` naming the record; the archive goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from newskit.errors import InputError
from newskit.records import id_from_origin
from newskit.types import Article, Failure

from .html import article_from_html

__all__ = ["WarcLoader"]

MAX_RECORD = 20_000_000
"""Bytes read from one record at most (larger pages are cut there)."""


def _is_html(record: Any) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return False
        status = http.get_statuscode()
        if status and not str(status).startswith("2"):
            return False
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    ctype = ctype.lower()
    return "html" in ctype or not ctype


class WarcLoader:
    """``.warc`` / ``.warc.gz``: the HTML responses of a web archive."""

    name = "warc"
    suffixes = (".warc", ".warc.gz")

    def load(self, stream: IO[bytes], *, origin: str) -> Iterator[Article | Failure]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        stem = id_from_origin(origin)
        if stem.lower().endswith(".warc"):
            stem = stem[: -len(".warc")]
        number = 0
        seen_any = False
        try:
            for record in ArchiveIterator(stream):
                if not str(record.format).startswith("warc"):
                    # warcio reads anything else as an old ARC file
                    if not seen_any:
                        raise InputError("not a WARC file", input=origin)
                    yield Failure(input=origin, message=f"not a WARC record after record {number}")
                    return
                seen_any = True
                if not _is_html(record):
                    continue
                number += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                label = f"record {number} ({url})" if url else f"record {number}"
                try:
                    data = record.content_stream().read(MAX_RECORD)
                    extra = {
                        key: value
                        for key, value in (
                            ("warc_date", record.rec_headers.get_header("WARC-Date")),
                            ("warc_record_id", record.rec_headers.get_header("WARC-Record-ID")),
                        )
                        if value
                    }
                    article = article_from_html(
                        data, id=f"{stem}-{number}", url=url, metadata=extra
                    )
                except Exception as exc:  # one bad record must not end the archive
                    yield Failure(input=origin, message=f"{label}: {exc}",
                                  error_type=type(exc).__name__)
                    continue
                if article is None:
                    yield Failure(input=origin, message=f"{label}: no article text found")
                else:
                    yield article
        except ArchiveLoadFailed as exc:
            if not seen_any:
                raise InputError(f"not a WARC file: {exc}", input=origin) from None
            yield Failure(input=origin, message=f"archive cut short after record {number}: {exc}")
        if not seen_any:
            raise InputError("empty WARC file", input=origin)
