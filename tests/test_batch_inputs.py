"""Reading a corpus for a batch: discovery, origins and lines, counting, the progress line."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from newskit.inputs import count_inputs, load_articles, load_jobs
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
