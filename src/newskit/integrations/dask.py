"""newskit on Dask: a ``dask.bag`` of inputs, the analysis as a map step, results as
JSON Lines or Parquet partitions.

Install with ``pip install 'newskit[dask]'`` (Parquet output also needs
``pyarrow``). The same code runs on the local scheduler, a
``distributed.LocalCluster`` and a real cluster: the workers only need newskit
(and the plugins the pipeline names) installed, and the input files
reachable under the same paths (a shared file system), or the records passed
in a bag.

::

    from newskit.integrations import dask as nkdask

    jobs = nkdask.files_to_bag(["corpus/"], files_per_partition=64)
    results = nkdask.analyze_bag(jobs)               # a bag of result dicts
    nkdask.write_jsonl(results, "out/")              # out/part-00000.jsonl, …
    nkdask.write_parquet(results, "out-parquet/")    # out-parquet/part-00000.parquet, …

Each result is the dict of the JSON output contract: an analysis, or an error
record (:func:`newskit.serialize.failure_to_dict`), exactly what ``newskit
analyze --format jsonl`` writes, in the same order. The pipeline travels as a
:class:`~newskit.batch.PipelineRecipe` (component names); each worker process
builds it once.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newskit.batch import Job, PipelineRecipe, run_one
from newskit.errors import InputError
from newskit.types import Article, Failure

__all__ = [
    "PARQUET_COLUMNS",
    "analyze_bag",
    "files_to_bag",
    "records_to_bag",
    "write_jsonl",
    "write_parquet",
]


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        hint = "pyarrow" if name.startswith("pyarrow") else "'newskit[dask]'"
        raise ModuleNotFoundError(
            f"newskit.integrations.dask needs {exc.name}: pip install {hint}", name=exc.name
        ) from exc


# -- inputs ----------------------------------------------------------------------------------


def files_to_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    files_per_partition: int = 16,
    input_format: str | None = None,
    published: str | None = None,
    source: str | None = None,
    language: str | None = None,
    entrypoints: bool = True,
) -> Any:
    """A bag of :class:`~newskit.batch.Job` (article or failure, file and line) from files.

    Directories are expanded here (sorted, recursively, as ``newskit
    analyze`` does); the files are read on the workers, ``files_per_partition``
    per partition, so give paths the workers see (absolute paths on a shared
    file system). A bad file or record gives a failure, as in a local batch.
    ``entrypoints=False`` reads with the built-in loaders only.
    """
    from newskit.inputs import expand_paths
    from newskit.plugins import Registry

    db = _import("dask.bag")
    registry = Registry(entrypoints=entrypoints)
    loaders = {name: reg.component for name, reg in registry.components("loaders").items()}
    files = list(expand_paths(paths, loaders))
    if not files:
        return db.from_sequence([], npartitions=1)
    options = {
        "input_format": input_format, "published": published, "source": source,
        "language": language, "entrypoints": entrypoints,
    }
    return db.from_sequence(files, partition_size=max(files_per_partition, 1)).map_partitions(
        _load_partition, options
    )


def _load_partition(files: Sequence[str], options: dict[str, Any]) -> list[Job]:
    from newskit.inputs import load_jobs

    loading = {k: v for k, v in options.items() if k != "entrypoints"}
    registry = _registry(bool(options.get("entrypoints", True)))
    return list(load_jobs(files, registry=registry, **loading))


_REGISTRIES: dict[bool, Any] = {}


def _registry(entrypoints: bool) -> Any:
    if entrypoints not in _REGISTRIES:
        from newskit.plugins import Registry

        _REGISTRIES[entrypoints] = Registry(entrypoints=entrypoints)
    return _REGISTRIES[entrypoints]


def records_to_bag(records: Any) -> Any:
    """A bag of :class:`~newskit.batch.Job` from a bag of records.

    Items may be dicts (article records: ``text``, ``id``, ``published``…),
    JSON text (a line of a JSON Lines file), or ``(line, path)`` pairs as
    ``dask.bag.read_text(..., include_path=True)`` gives them, so a corpus in
    object storage can be read by Dask itself::

        lines = dask.bag.read_text("s3://bucket/news/*.jsonl", include_path=True)
        jobs = records_to_bag(lines)
    """
    return records.map(_record_to_job)


def _record_to_job(item: Any) -> Job:
    from newskit.records import article_from_record

    origin = "<record>"
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
        item, origin = item
    try:
        if isinstance(item, bytes | str):
            if not item.strip():
                raise InputError("blank record", input=origin)
            try:
                item = json.loads(item)
            except (ValueError, RecursionError) as exc:
                raise InputError(f"malformed JSON: {exc}", input=origin) from None
        record_id = item.get("id") if isinstance(item, dict) else None
        article = article_from_record(
            item, origin=origin, default_id=str(record_id) if record_id else None
        )
    except InputError as exc:
        return Job(item=Failure(input=origin, message=exc.message, error_type="InputError"),
                   input=origin)
    return Job(item=article, input=origin)


# -- the analysis ----------------------------------------------------------------------------


def analyze_bag(jobs: Any, recipe: PipelineRecipe | None = None) -> Any:
    """Map the pipeline over a bag of jobs, articles or failures; a bag of result dicts.

    ``recipe`` names the pipeline (default: the default pipeline with the
    plugins installed on the workers). Every item yields one dict: the
    analysis, or an error record naming the input, line and component.
    """
    return jobs.map_partitions(_analyze_partition, recipe or PipelineRecipe())


def _analyze_partition(items: Iterable[Job | Article | Failure],
                       recipe: PipelineRecipe) -> list[dict[str, Any]]:
    from newskit.serialize import result_to_dict

    pipeline = recipe.build()  # once per worker process (cached)
    return [result_to_dict(run_one(pipeline, item)) for item in items]


# -- outputs ---------------------------------------------------------------------------------


def _part_name(index: int) -> str:
    return f"{index:05d}"


def write_jsonl(results: Any, directory: str | os.PathLike[str]) -> list[str]:
    """Write a bag of result dicts as JSON Lines, one file per partition.

    Files are ``part-00000.jsonl``, ``part-00001.jsonl``…: reading them in
    name order gives the results in input order. Returns the file names.
    """
    dask = _import("dask")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    writes = [
        dask.delayed(_write_jsonl_part)(part, str(out / f"part-{_part_name(i)}.jsonl"))
        for i, part in enumerate(results.to_delayed())
    ]
    return list(dask.compute(*writes))


def _write_jsonl_part(records: Iterable[dict[str, Any]], path: str) -> str:
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


PARQUET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("input", "string"),
    ("line", "int64"),
    ("ok", "bool"),
    ("error_type", "string"),
    ("error_message", "string"),
    ("component", "string"),
    ("component_errors", "int64"),
    ("actors", "int64"),
    ("quotes", "int64"),
    ("timexes", "int64"),
    ("events", "int64"),
    ("record", "string"),
)
"""The Parquet schema: summary columns to filter on, and ``record``, the full
JSON result (the same text as a JSON Lines line), so nothing is lost."""


def _row(record: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(record, ensure_ascii=False)
    if "error" in record:
        err = record["error"]
        return {
            "article_id": err.get("article_id"), "input": err.get("input"),
            "line": err.get("line"), "ok": False, "error_type": err.get("error_type"),
            "error_message": err.get("message"), "component": err.get("component"),
            "component_errors": 0, "actors": 0, "quotes": 0, "timexes": 0, "events": 0,
            "record": text,
        }
    article = record["article"]
    return {
        "article_id": article["id"], "input": None, "line": None, "ok": True,
        "error_type": None, "error_message": None, "component": None,
        "component_errors": len(record.get("errors", ())),
        "actors": len(record.get("actors", ())), "quotes": len(record.get("quotes", ())),
        "timexes": len(record.get("timexes", ())), "events": len(record.get("events", ())),
        "record": text,
    }


def write_parquet(results: Any, directory: str | os.PathLike[str]) -> list[str]:
    """Write a bag of result dicts as Parquet, one file per partition (needs pyarrow).

    Columns are :data:`PARQUET_COLUMNS`; files ``part-00000.parquet``…, in
    input order. Returns the file names.
    """
    dask = _import("dask")
    _import("pyarrow.parquet")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    writes = [
        dask.delayed(_write_parquet_part)(part, str(out / f"part-{_part_name(i)}.parquet"))
        for i, part in enumerate(results.to_delayed())
    ]
    return list(dask.compute(*writes))


def _write_parquet_part(records: Iterable[dict[str, Any]], path: str) -> str:
    pa = _import("pyarrow")
    pq = _import("pyarrow.parquet")
    schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in PARQUET_COLUMNS])
    rows = [_row(r) for r in records]
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return path


def read_parquet_records(directory: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The result dicts of :func:`write_parquet`, in order (for checks and small jobs)."""
    pq = _import("pyarrow.parquet")
    for path in sorted(Path(directory).glob("part-*.parquet")):
        for text in pq.read_table(path, columns=["record"]).column("record").to_pylist():
            yield json.loads(text)
