"""Every exporter on the seed article and on a batch of PolNeAR dev articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from newskit.types import Analysis, Article, Failure
from test_exporters import assert_brat_round_trip, parse

pytestmark = pytest.mark.corpus

BATCH = 12
EXPORTERS = ("csv", "html", "brat", "jsonld", "text")


@pytest.fixture(scope="module")
def dev_batch(corpus: Path, registry: Any) -> list[Analysis | Failure]:
    texts = sorted((corpus / "polnear" / "dev" / "text").glob("*.txt"))[:BATCH]
    if not texts:
        pytest.skip("no PolNeAR dev texts")
    pipeline = registry.pipeline()
    results: list[Analysis | Failure] = [
        pipeline.run(Article(id=p.stem, text=p.read_text(encoding="utf-8"))) for p in texts
    ]
    results.insert(3, Failure(input="missing.txt", message="=not found"))
    return results


def run_exporter(registry: Any, name: str, results: list[Any], tmp_path: Path) -> str:
    exporter = registry.get("exporters", name).component
    buffer = io.StringIO()
    exporter.write(results, buffer)
    if getattr(exporter, "needs_directory", False):
        exporter.write_directory(results, tmp_path / name)
    return buffer.getvalue()


def check_outputs(registry: Any, results: list[Any], tmp_path: Path) -> None:
    analyses = [r for r in results if isinstance(r, Analysis)]
    out = {name: run_exporter(registry, name, results, tmp_path) for name in EXPORTERS}
    # html: well formed, one page per article plus the index.
    parse(out["html"])
    pages = sorted(p.name for p in (tmp_path / "html").iterdir())
    assert len(pages) == len(analyses) + 1 and "index.html" in pages
    for page in (tmp_path / "html").iterdir():
        parse(page.read_text("utf-8"))
    # csv: every table readable, no cell a spreadsheet would run.
    quotes = 0
    for table in (tmp_path / "csv").glob("*.csv"):
        with open(table, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        for row in rows:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (table, cell)
        if table.name == "quotes.csv":
            quotes = len(rows) - 1
    assert quotes == sum(len(a.quotes) for a in analyses)
    # brat: the evaluation reader finds every quote again.
    assert_brat_round_trip(tmp_path / "brat", analyses)
    # jsonld: valid JSON, one NewsArticle per article.
    doc = json.loads(out["jsonld"])
    graph = doc.get("@graph", [doc])
    assert [g["identifier"] for g in graph] == [a.article.id for a in analyses]
    # text: one summary per article.
    assert out["text"].count("Who is quoted") == len(analyses)


def test_every_exporter_on_the_seed(seed_analysis: Analysis, registry: Any,
                                    tmp_path: Path) -> None:
    check_outputs(registry, [seed_analysis], tmp_path)


def test_every_exporter_on_polnear_dev(dev_batch: list[Any], registry: Any,
                                       tmp_path: Path) -> None:
    analyses = [r for r in dev_batch if isinstance(r, Analysis)]
    assert sum(len(a.quotes) for a in analyses) > 0
    check_outputs(registry, dev_batch, tmp_path)
