"""Speed of the HTML loader (plugin ``newskit-trafilatura``) and of the ``structure`` extractor.

* HTML: pages generated here (navigation, headline, byline, 8-30 paragraphs,
  sub-headings, figures with captions and credits, a list, a comment section,
  a footer), loaded with the plugin's ``html`` loader; trafilatura's own
  ``bare_extraction`` on the same pages is timed as the reference, so the
  difference is what the loader adds (captions, offsets back to the page).
* structure: the built-in extractor on the PolNeAR texts (dev and train) when
  the corpus is there.

Run: ``python benchmarks/bench_html.py`` (skips what is not installed).
"""

from __future__ import annotations

import io
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))

_VOCABULARY = (
    "council minister vote plan harbour bridge budget report officials said on Monday the "
    "and of to in a for with after before talks agreement city region government opposition "
    "members project costs review election party leaders week month year new old public"
)
WORDS = _VOCABULARY.split(" ")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def make_page(rng: random.Random, number: int) -> str:
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Story {number} | Daily Example</title>",
        "<meta property='og:site_name' content='Daily Example'>",
        f"<meta property='article:published_time' content='2024-0{1 + number % 9}-1{number % 10}'>",
        "<script>var tracking = {id: 42};</script></head><body>",
        "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
        + "</ul></nav><main><article>",
        f"<h1>Story number {number} about the {rng.choice(WORDS)}</h1>",
        "<p class='byline'>By Jane Doe and John Roe</p>",
    ]
    for i in range(rng.randint(8, 30)):
        if i and i % 6 == 0:
            parts.append(f"<h2>{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)}</h2>")
        if i % 7 == 3:
            parts.append(
                f"<figure><img src='/img/{number}-{i}.jpg' alt='photo'><figcaption>"
                f"{_sentence(rng)} <span class='credit'>Photo: Ann Lee/Example Agency</span>"
                "</figcaption></figure>"
            )
        if i == 5:
            parts.append("<ul>" + "".join(f"<li>{_sentence(rng)}</li>" for _ in range(3))
                         + "</ul>")
        text = " ".join(_sentence(rng) for _ in range(rng.randint(1, 5)))
        parts.append(f"<p>{text.replace(' and ', ' &amp; ', 1)}</p>")
    parts.append("</article></main><section class='comments'><h3>Comments</h3>")
    parts.extend(f"<div class='comment'><p>{_sentence(rng)}</p></div>" for _ in range(5))
    parts.append("</section><footer><p>&copy; Daily Example</p></footer></body></html>")
    return "".join(parts)


def bench_html(n: int = 150) -> None:
    try:
        import trafilatura
        from newskit_trafilatura.html import HtmlLoader
    except ImportError as exc:
        print(f"HTML loader: newskit-trafilatura not installed ({exc}): skipped")
        return
    rng = random.Random(7)
    pages = [make_page(rng, i).encode("utf-8") for i in range(n)]
    size = sum(len(p) for p in pages)
    loader = HtmlLoader()
    list(loader.load(io.BytesIO(pages[0]), origin="warmup.html"))

    t0 = time.perf_counter()
    chars = 0
    for i, page in enumerate(pages):
        for article in loader.load(io.BytesIO(page), origin=f"p{i}.html"):
            chars += len(article.text)  # type: ignore[union-attr]
    loader_time = time.perf_counter() - t0

    t0 = time.perf_counter()
    for page in pages:
        trafilatura.bare_extraction(page.decode("utf-8"), include_comments=False,
                                    include_images=True, with_metadata=True)
    reference = time.perf_counter() - t0
    print(f"HTML loader: {n / loader_time:,.1f} pages/s ({size / loader_time / 1e6:.2f} MB/s of "
          f"HTML, {n} generated pages of {size / n / 1000:.1f} kB on average)")
    print(f"  trafilatura.bare_extraction alone: {n / reference:,.1f} pages/s "
          f"(the loader adds {100 * (loader_time - reference) / reference:.0f} %: captions, "
          "dates, offsets back to the page)")


def bench_structure() -> None:
    from newskit.structure import StructureExtractor
    from newskit.types import Article

    texts = []
    for split in ("dev", "train"):
        d = CORPUS / "polnear" / split / "text"
        if d.is_dir():
            texts += [p.read_text("utf-8") for p in sorted(d.glob("*.txt"))]
    if not texts:
        print("structure: PolNeAR texts not found: skipped")
        return
    extractor = StructureExtractor()
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    extractor.extract(articles[0], {})
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for a in articles:
            extractor.extract(a, {})
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(t) for t in texts)
    print(f"structure extractor: {len(articles) / best:,.0f} PolNeAR articles/s "
          f"({chars / best / 1e6:.1f} M chars/s; {len(articles)} articles, best of 5)")


def main() -> int:
    bench_structure()
    bench_html()
    return 0


if __name__ == "__main__":
    sys.exit(main())
