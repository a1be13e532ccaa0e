"""The WARC loader on archives built from the test pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from newskit_trafilatura.warc import WarcLoader

from newskit import Article, Failure
from newskit.errors import InputError


def _record(kind: str, url: str, block: bytes, *, date: str, number: int,
            content_type: str) -> bytes:
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Target-URI: {url}\r\n"
        f"WARC-Date: {date}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode("ascii") + block + b"\r\n\r\n"


def _archive(pages: Path, *, gzip: bool) -> bytes:
    """A small archive written by hand: a request, pages, an image, a 404, an empty page."""
    import gzip as gz

    records: list[bytes] = []

    def add(kind: str, url: str, block: bytes, content_type: str,
            date: str = "2024-03-06T08:00:00Z") -> None:
        records.append(_record(kind, url, block, date=date, number=len(records) + 1,
                               content_type=content_type))

    def response(url: str, body: bytes, ctype: str, status: str = "200 OK",
                 date: str = "2024-03-06T08:00:00Z") -> None:
        http = (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode("ascii")
        add("response", url, http + body, "application/http; msgtype=response", date)

    add("request", "https://ledger.example/news/harbour-plan",
        b"GET /news/harbour-plan HTTP/1.1\r\nHost: ledger.example\r\n\r\n",
        "application/http; msgtype=request")
    response("https://ledger.example/news/harbour-plan",
             (pages / "harbour.html").read_bytes(), "text/html; charset=utf-8")
    response("https://ledger.example/img/cranes.jpg", b"\xff\xd8\xff\xe0 not really",
             "image/jpeg")
    response("https://courier.example/missing", b"<html><body>Not found</body></html>",
             "text/html", status="404 Not Found")
    response("https://courier.example/empty", (pages / "empty.html").read_bytes(), "text/html")
    response("https://courier.example/valley-bridge", (pages / "valley.html").read_bytes(),
             "text/html", date="2023-11-15T12:30:00Z")
    if gzip:
        return b"".join(gz.compress(r, mtime=0) for r in records)
    return b"".join(records)


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_articles(pages: Path, gzip: bool) -> None:
    name = "crawl.warc.gz" if gzip else "crawl.warc"
    results = list(WarcLoader().load(io.BytesIO(_archive(pages, gzip=gzip)), origin=name))
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [a.id for a in articles] == ["crawl-1", "crawl-3"]
    assert [a.url for a in articles] == ["https://ledger.example/news/harbour-plan",
                                         "https://courier.example/valley-bridge"]
    assert articles[0].metadata["warc_date"] == "2024-03-06T08:00:00Z"
    assert articles[0].metadata["warc_record_id"].startswith("<urn:uuid:")
    assert articles[0].published is not None
    assert articles[0].published.isoformat() == "2024-03-05"  # from the page, not the crawl
    assert "What comes next" in articles[0].text
    assert articles[1].title == "Valley votes on new bridge"
    # the empty page is reported with its record; images and the 404 are skipped
    assert len(failures) == 1
    assert "record 2 (https://courier.example/empty)" in failures[0].message


def test_not_a_warc_file() -> None:
    with pytest.raises(InputError):
        list(WarcLoader().load(io.BytesIO(b"this is not an archive\n" * 3), origin="x.warc"))
    with pytest.raises(InputError):
        list(WarcLoader().load(io.BytesIO(b""), origin="x.warc"))
