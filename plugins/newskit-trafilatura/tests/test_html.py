"""The HTML loader on pages written for these tests."""

from __future__ import annotations

import html
import io
import itertools
import json
import re
from pathlib import Path

import newskit_trafilatura
import pytest
from newskit_trafilatura import html_span
from newskit_trafilatura.html import HtmlLoader, article_from_html, decode_html

from newskit import Article
from newskit.errors import InputError
from newskit.inputs import load_articles
from newskit.testing import make_registry


def load(path: Path) -> Article:
    articles = list(HtmlLoader().load(io.BytesIO(path.read_bytes()), origin=str(path)))
    assert len(articles) == 1
    article = articles[0]
    assert isinstance(article, Article)
    return article


def blocks(article: Article) -> list[tuple[str, str]]:
    return [(b["type"], article.text[b["start"] : b["end"]]) for b in article.metadata["blocks"]]


def test_main_text_without_navigation_comments_or_footer(pages: Path) -> None:
    article = load(pages / "harbour.html")
    assert "The city council approved the harbour plan" in article.text
    assert "a public park on the old quay." in article.text
    for boilerplate in ("Home", "Weather", "cookies", "terrible idea", "Finally some progress",
                        "All rights reserved", "Privacy policy", "Related stories",
                        "Ferry prices", "harbourfan", "dataLayer", "font-weight"):
        assert boilerplate not in article.text, boilerplate


def test_metadata(pages: Path) -> None:
    article = load(pages / "harbour.html")
    assert article.id == "harbour"
    assert article.title == "Harbour plan wins approval"
    assert article.authors == ("Jane Doe",)
    assert article.published is not None and article.published.isoformat() == "2024-03-05"
    assert article.source == "The Coastal Ledger"
    assert article.language == "en"
    assert article.url == "https://ledger.example/news/harbour-plan"
    json.dumps(article.metadata)  # JSON-compatible


def test_headings_list_items_and_caption_group(pages: Path) -> None:
    article = load(pages / "harbour.html")
    typed = blocks(article)
    assert [t for k, t in typed if k == "heading"] == [
        "Harbour plan wins approval", "What comes next", "Costs under scrutiny"]
    assert ("caption", "Cranes at the old pier on Monday.") in typed
    assert ("credit", "Photo: Ana Lima/Reuters") in typed
    assert [t for k, t in typed if k == "list"] == [
        "new piers for container ships by 2026;",
        "a ferry terminal for the river crossing;",
        "a public park on the old quay.",
    ]
    meta = article.metadata["blocks"]
    groups = {b.get("group") for b in meta if b["type"] in ("caption", "credit")}
    assert len(groups) == 1 and None not in groups
    # the caption follows the paragraph it stood after in the page
    order = [t for _, t in typed]
    assert order.index("Cranes at the old pier on Monday.") == order.index(
        "What comes next") - 2


def test_blocks_are_disjoint_and_ordered(pages: Path) -> None:
    for name in ("harbour.html", "valley.html"):
        meta = load(pages / name).metadata["blocks"]
        for a, b in itertools.pairwise(meta):
            assert a["end"] <= b["start"]


def test_caption_credit_split_from_caption_text(pages: Path) -> None:
    article = load(pages / "valley.html")
    typed = blocks(article)
    assert ("caption", "Cars cross the old ford after heavy rain in October.") in typed
    assert ("credit", "(Courier Photo/Sam Hall)") in typed
    assert [t for k, t in typed if k == "heading"] == [
        "Valley votes on new bridge", "A divided valley", "What happens next"]


def test_declared_charset_and_metadata_of_second_layout(pages: Path) -> None:
    article = load(pages / "valley.html")
    assert article.metadata["html_encoding"] == "iso-8859-1"
    assert "Café owners" in article.text and "£4.2m" in article.text
    assert article.authors == ("Tom Reed", "Aisha Khan")
    assert article.published is not None and article.published.isoformat() == "2023-11-14"
    assert article.language == "en"
    assert article.source == "Northern Courier"
    for boilerplate in ("Front page", "Subscribe", "Bridge now", "Leave the ford alone",
                        "Registered in England"):
        assert boilerplate not in article.text, boilerplate


def _visible(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", fragment)).split())


@pytest.mark.parametrize("name", ["harbour.html", "valley.html"])
def test_offsets_lead_back_to_the_page(pages: Path, name: str) -> None:
    raw = (pages / name).read_bytes()
    page, _ = decode_html(raw)
    article = load(pages / name)
    segments = article.metadata["html_offsets"]
    covered = set()
    for seg in segments:
        ts, hs, n = seg[:3]
        if len(seg) == 3:
            assert article.text[ts : ts + n] == page[hs : hs + n]
        else:
            assert html.unescape(page[hs : hs + seg[3]]) == article.text[ts : ts + n]
        covered.update(range(ts, ts + n))
    # every visible character of the text comes from somewhere in the page
    missing = [i for i, ch in enumerate(article.text) if not ch.isspace() and i not in covered]
    assert missing == []
    # and a block maps to the HTML element it came from
    for b in article.metadata["blocks"]:
        span = html_span(segments, b["start"], b["end"])
        assert span is not None
        assert _visible(page[span[0] : span[1]]) == " ".join(
            article.text[b["start"] : b["end"]].split())


def test_html_span_of_a_word_with_a_character_reference(pages: Path) -> None:
    page, _ = decode_html((pages / "harbour.html").read_bytes())
    article = load(pages / "harbour.html")
    start = article.text.index("“We waited")
    span = html_span(article.metadata["html_offsets"], start, start + len("“We"))
    assert span is not None and page[span[0] : span[1]] == "&ldquo;We"


def test_page_without_article_text_is_an_input_error(pages: Path) -> None:
    with pytest.raises(InputError):
        list(HtmlLoader().load(io.BytesIO((pages / "empty.html").read_bytes()),
                               origin="empty.html"))
    with pytest.raises(InputError):
        list(HtmlLoader().load(io.BytesIO(b"  "), origin="blank.html"))
    with pytest.raises(InputError):
        list(HtmlLoader().load(io.BytesIO(b"\x00\x01\xff binary" * 50), origin="bin.html"))


def test_registered_loader_and_structure(pages: Path) -> None:
    registry = make_registry(newskit_trafilatura)
    assert {"html", "warc"} <= set(registry.components("loaders"))
    (article,) = list(load_articles([pages / "harbour.html"], registry=registry))
    assert isinstance(article, Article)
    analysis = registry.pipeline(only=["structure"], scorers=[]).run(article)
    assert not analysis.errors
    typed = [(b.type, b.span.text(article)) for b in analysis.blocks]
    assert ("heading", "What comes next") in typed
    assert ("dateline", "LISBON (Reuters) —") in typed
    credit = next(b for b in analysis.blocks if b.type == "credit")
    assert credit.attributes == {"photographer": "Ana Lima", "agency": "Reuters"}


def test_text_input_is_accepted_as_well() -> None:
    page = ("<html><body><article><h2>Short note</h2><p>The committee met on Friday and "
            "agreed to publish its report in the spring, a spokesman said.</p></article>"
            "</body></html>")
    article = article_from_html(page, id="note")
    assert article is not None
    assert article.text.startswith("Short note\n\nThe committee met on Friday")
