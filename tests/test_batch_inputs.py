"""Reading a corpus for a batch: discovery, origins and lines, counting, the progress line."""

from __future__ import annotations

import gzip
import io
import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from newskit import hookimpl
from newskit.batch import Job, LazyJob
from newskit.errors import InputError
from newskit.inputs import count_inputs, load_articles, load_jobs, read_jobs
from newskit.progress import Progress, format_duration
from newskit.testing import make_registry
from newskit.types import Article, Failure


def make_tree(root: Path) -> None:
    (root / "b" / ".hidden").mkdir(parents=True)
    (root / "a.txt").write_text("First article.", encoding="utf-8")
    (root / "b" / "c.jsonl").write_text(
        '{"text": "One."}\n\n{"text": "Two."}\n{"text": ""}\n{"text": "Four."}', encoding="utf-8"
    )
    with gzip.open(root / "b" / "d.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write('{"id": "gz-1", "text": "Zipped."}\n')
    (root / "b" / "e.json").write_text(
        json.dumps([{"text": "Array one."}, {"text": "Array two."}]), encoding="utf-8"
    )
    (root / "b" / ".hidden" / "x.txt").write_text("skipped", encoding="utf-8")
    (root / "b" / "notes.md").write_text("skipped", encoding="utf-8")


def test_jobs_name_their_file_and_line(tmp_path: Path) -> None:
    make_tree(tmp_path)
    registry = make_registry()
    jobs = list(load_jobs([str(tmp_path)], registry=registry))
    got = [
        (Path(j.input or "").name, j.line,
         j.item.id if isinstance(j.item, Article) else "FAILED")
        for j in jobs
    ]
    assert got == [
        ("a.txt", None, "a"),
        ("c.jsonl", 1, "c-1"),
        ("c.jsonl", 3, "c-3"),
        ("c.jsonl", 4, "FAILED"),
        ("c.jsonl", 5, "c-5"),
        ("d.jsonl.gz", 1, "gz-1"),
        ("e.json", None, "e-1"),
        ("e.json", None, "e-2"),
    ]
    failure = jobs[3].item
    assert isinstance(failure, Failure)
    assert (failure.line, failure.component, failure.message) == (4, "jsonl", "empty text")
    assert [type(i) for i in load_articles([str(tmp_path)], registry=registry)] == [
        type(j.item) for j in jobs
    ]


def test_defaults_fill_what_the_input_leaves_empty(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"text": "x", "source": "Own"}\n{"text": "y"}\n', encoding="utf-8"
    )
    a, b = load_articles([str(tmp_path)], registry=make_registry(), source="Default",
                         published="2024-03-04")
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.source, b.source) == ("Own", "Default")
    assert str(b.published) == "2024-03-04"


def test_count_inputs_matches_what_is_read(tmp_path: Path) -> None:
    make_tree(tmp_path)
    registry = make_registry()
    # c.jsonl has 5 lines (one blank): the count is an estimate on the bytes.
    assert count_inputs([str(tmp_path)], registry=registry) == 1 + 5 + 1 + 2
    assert count_inputs([str(tmp_path / "a.txt"), "-"], registry=registry) is None
    assert count_inputs([str(tmp_path / "missing.txt")], registry=registry) == 1


def test_count_inputs_gives_up_after_its_budget(tmp_path: Path) -> None:
    make_tree(tmp_path)
    assert count_inputs([str(tmp_path)], registry=make_registry(), budget=-1) is None


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_line() -> None:
    clock = Clock()
    out = io.StringIO()
    progress = Progress(out, total=1000, clock=clock)
    clock.now += 10
    assert progress.line(250, failed=2) == "250/1000 articles (2 failed), 25.0/s, 0:30 left"
    progress.update(250)
    clock.now += 0.01
    progress.update(251)  # too soon: not redrawn
    assert out.getvalue().count("\r") == 1
    progress.update(1000)  # the last one always is
    assert out.getvalue().endswith("\r\x1b[K1000/1000 articles, 99.9/s, 0:00 left")
    progress.close()
    assert out.getvalue().endswith("\n")


def test_progress_without_total_or_beyond_it() -> None:
    clock = Clock()
    progress = Progress(io.StringIO(), total=None, clock=clock)
    clock.now += 2
    assert progress.line(10) == "10 articles, 5.0/s"
    progress.total = 5  # an estimate that was too low: no total, no time left
    assert progress.line(10) == "10 articles, 5.0/s"


def test_format_duration() -> None:
    assert format_duration(59.9) == "0:59"
    assert format_duration(3600 + 61) == "1:01:01"
    assert format_duration(-5) == "0:00"


_LINES = [
    '{"id": "ok", "text": "Fine.", "published": "2024-03-01", "extra": 1}',
    "",
    "   ",
    '{"text": "No id here."}',
    "{not json",
    "[1, 2]",
    '{"title": "no text"}',
    '{"text": 5}',
    '{"text": "   "}',
    '{"text": "x", "published": "someday"}',
    '{"text": "x", "authors": 5}',
    '{"text": "x", "authors": ["A", 2]}',
    '{"text": "\\ud800 lone"}',
    '\ufeff{"text": "After a byte-order mark."}',
    '{"text": "Last, without a newline."}',
]


def _jobs_file(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.jsonl"
    data = "\n".join(_LINES).encode("utf-8")
    # Bytes that are not UTF-8, and a NUL byte, on lines of their own.
    path.write_bytes(data.replace(b"No id here.", b"No id \xff here.") + b"\n"
                     + b'{"text": "bad \xff byte"}\n{"text": "nul\x00"}\n{"text": "end."}')
    return path


def test_lazy_lines_load_as_the_loader_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # read_jobs hands the built-in JSON Lines loader's records on unparsed (LazyJob);
    # loaded, each must be the job the loader itself gives for its line.
    import newskit.default_plugins.loaders as loaders

    path = _jobs_file(tmp_path)
    registry = make_registry()
    options = {"registry": registry, "source": "Wire", "published": "2020-01-01"}
    read = list(read_jobs([str(path)], **options))
    assert all(isinstance(job, LazyJob) for job in read)
    lazy = [job.load() for job in read]
    assert lazy == list(load_jobs([str(path)], **options))
    # The same lines through the loader's own load(): no lazy jobs then.
    monkeypatch.setattr(loaders, "JsonLinesLoader", type("Other", (), {}))
    eager = list(read_jobs([str(path)], **options))
    assert all(isinstance(job, Job) for job in eager)
    # The loader gives up the rest of a file on a record that raises something other
    # than InputError; records must not, so both read every line.
    assert lazy == eager
    assert len(lazy) == 16
    failures = [j.item for j in lazy if isinstance(j.item, Failure)]
    assert {f.component for f in failures} == {"jsonl"}
    assert [f.line for f in failures] == [j.line for j in lazy if isinstance(j.item, Failure)]
    messages = {f.line: f.message for f in failures}
    assert messages[11] == "field 'authors' must be a list of strings"
    assert sorted(messages) == [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17]


def test_lazy_lines_travel_to_workers_as_bytes(tmp_path: Path) -> None:
    path = _jobs_file(tmp_path)
    registry = make_registry()
    job = next(iter(read_jobs([str(path)], registry=registry)))
    assert isinstance(job, LazyJob)
    copy = pickle.loads(pickle.dumps(job))
    assert copy.load() == job.load()
    assert b"Fine." in pickle.dumps(job)


class _LineLoader:
    """A plugin loader of one record per line: BOOM raises a bug, BAD an InputError."""

    name = "lines"
    suffixes = (".lines",)
    line_records = True

    def load(self, stream: IO[bytes], *, origin: str) -> Iterator[Article]:
        for raw in stream:
            word = raw.decode("ascii").strip()
            if word == "BOOM":
                raise RuntimeError("boom")
            if word == "BAD":
                raise InputError("bad record", input=origin)
            yield Article(id=word, text=f"{word}.")


class _LinePlugin:
    @hookimpl
    def newskit_register_loaders(self) -> list[object]:
        return [_LineLoader()]


@pytest.mark.parametrize(("word", "error_type"), [("BOOM", "RuntimeError"), ("BAD", "InputError")])
def test_a_record_a_plugin_loader_fails_on_is_named_by_its_own_line(
    tmp_path: Path, word: str, error_type: str
) -> None:
    path = tmp_path / "a.lines"
    path.write_text(f"one\ntwo\n{word}\nfour\n", encoding="ascii")
    jobs = list(load_jobs([str(path)], registry=make_registry(_LinePlugin())))
    assert [j.line for j in jobs] == [1, 2, 3]
    failure = jobs[-1].item
    assert isinstance(failure, Failure)
    assert (failure.line, failure.component, failure.error_type) == (3, "lines", error_type)


def test_a_stream_that_gives_out_is_named_by_the_line_it_was_reading(tmp_path: Path) -> None:
    whole = gzip.compress("".join(f"w{i}\n" for i in range(5000)).encode("ascii"))
    path = tmp_path / "a.lines.gz"
    path.write_bytes(whole[: len(whole) // 2])
    jobs = list(load_jobs([str(path)], registry=make_registry(_LinePlugin())))
    failure = jobs[-1].item
    assert isinstance(failure, Failure) and failure.message.startswith("cannot read: ")
    assert 0 < len(jobs) - 1 < 5000
    assert failure.line == len(jobs)  # the line after the last one read
