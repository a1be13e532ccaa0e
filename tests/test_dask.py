"""The Dask path gives the same records as the single-process path (``nox -s dask``).

Skipped when dask (the ``newskit[dask]`` extra) is not installed. The cluster
test runs on a ``distributed.LocalCluster`` with two worker processes.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")

import dask
import dask.bag as db

from newskit.batch import PipelineRecipe, run_batch
from newskit.inputs import load_jobs
from newskit.integrations import dask as nkdask
from newskit.serialize import result_to_dict
from newskit.testing import make_registry

TEXTS = [
    'Mayor Lena Frost said on Tuesday that the bridge would reopen in May. "It is safe," '
    "she told reporters.",
    "The council met on 3 March 2024 in Dunmore.\n\nAccording to officials, the vote was close.",
    '"We will not wait," said Omar Haddad, the union leader, after talks broke down.',
    "Prime Minister Ruth Kim told the BBC that the plan would be published next week.",
]

RECIPE = PipelineRecipe(entrypoints=False)


def make_corpus(root: Path) -> Path:
    (root / "nested").mkdir(parents=True)
    for i in range(12):
        (root / f"t{i:02d}.txt").write_text(f"{TEXTS[i % 4]} ({i})", encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": TEXTS[i % 4], "published": "2024-03-04"})
             for i in range(9)]
    lines.insert(4, "{broken")
    (root / "nested" / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(root / "nested" / "more.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "gz1", "text": TEXTS[2]}) + "\n")
    (root / "nested" / "bad.txt").write_bytes(b"\xff\xfe\xfd")
    return root


def single_process(corpus: Path) -> list[dict[str, Any]]:
    registry = make_registry()
    jobs = load_jobs([str(corpus)], registry=registry)
    return [result_to_dict(r) for r in run_batch(jobs, registry.pipeline())]


def read_jsonl_parts(paths: list[str]) -> list[dict[str, Any]]:
    records = []
    for path in sorted(paths):
        with open(path, encoding="utf-8") as f:
            records.extend(json.loads(line) for line in f)
    return records


def assert_same_records(got: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    """Equal records, or a message naming the first articles and layers that differ."""
    assert len(got) == len(expected)
    differing = [
        (e.get("article", e.get("error", {})).get("id"), key)
        for g, e in zip(got, expected, strict=True)
        for key in e
        if g.get(key) != e[key]
    ]
    assert not differing, f"records differ (article, field): {differing[:10]}"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def expected(corpus: Path) -> list[dict[str, Any]]:
    records = single_process(corpus)
    assert sum("error" in r for r in records) == 2  # the broken line and the bad file
    return records


def test_local_scheduler_same_records(corpus: Path, expected: Any, tmp_path: Path) -> None:
    jobs = nkdask.files_to_bag([str(corpus)], files_per_partition=4, entrypoints=False)
    results = nkdask.analyze_bag(jobs, RECIPE)
    with dask.config.set(scheduler="sync"):
        written = nkdask.write_jsonl(results, tmp_path / "out")
    assert [Path(p).name for p in written][:2] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert_same_records(read_jsonl_parts(written), expected)


def test_records_bag_same_analyses(expected: Any) -> None:
    records = [
        {"id": r["article"]["id"], "text": r["article"]["text"],
         "published": r["article"]["published"]}
        for r in expected if "article" in r
    ]
    bag = db.from_sequence([json.dumps(r) for r in records] + ["{oops"], npartitions=3)
    with dask.config.set(scheduler="sync"):
        results = nkdask.analyze_bag(nkdask.records_to_bag(bag), RECIPE).compute()
    assert results[-1]["error"]["message"].startswith("malformed JSON")
    got = results[:-1]
    want = [r for r in expected if "article" in r]
    assert [g["article"]["id"] for g in got] == [w["article"]["id"] for w in want]
    for g, w in zip(got, want, strict=True):
        for layer in ("blocks", "sentences", "actors", "quotes", "timexes", "events", "errors"):
            assert g[layer] == w[layer]


@pytest.mark.slow
def test_local_cluster_jsonl_and_parquet(corpus: Path, expected: Any, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster):
        jobs = nkdask.files_to_bag([str(corpus)], files_per_partition=3, entrypoints=False)
        results = nkdask.analyze_bag(jobs, RECIPE).persist()
        jsonl = nkdask.write_jsonl(results, tmp_path / "jsonl")
        parquet = nkdask.write_parquet(results, tmp_path / "parquet")
    assert_same_records(read_jsonl_parts(jsonl), expected)
    assert len(parquet) == len(jsonl)
    assert_same_records(list(nkdask.read_parquet_records(tmp_path / "parquet")), expected)

    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "parquet")
    assert table.column_names == [name for name, _ in nkdask.PARQUET_COLUMNS]
    ok = table.column("ok").to_pylist()
    assert ok.count(False) == 2
    failed_inputs = [
        Path(i).name for i, good in zip(table.column("input").to_pylist(), ok, strict=True)
        if not good
    ]
    assert failed_inputs == ["bad.txt", "lines.jsonl"]
