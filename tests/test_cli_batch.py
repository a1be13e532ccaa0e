"""``newskit analyze`` as a batch tool: streaming, workers, exit codes, progress, Ctrl-C."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newskit.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main

TEXTS = [
    'Mayor Lena Frost said on Tuesday that the bridge would reopen in May. "It is safe," '
    "she told reporters.",
    "The council met on 3 March 2024 in Dunmore.\n\nAccording to officials, the vote was close.",
    '"We will not wait," said Omar Haddad, the union leader, after talks broke down.',
]


def write_corpus(root: Path) -> list[str]:
    """A small corpus of every supported kind; returns the expected ids in order."""
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (root / "b.json").write_text(json.dumps({"id": "bee", "text": TEXTS[1]}), encoding="utf-8")
    lines = [json.dumps({"text": TEXTS[i % 3] + f" ({i})"}) for i in range(5)]
    (root / "sub" / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(root / "sub" / "d.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "dee", "text": TEXTS[2]}) + "\n")
    (root / ".hidden.txt").write_text("not read", encoding="utf-8")
    (root / "notes.md").write_text("not read either", encoding="utf-8")
    return ["a", "bee", "c-1", "c-2", "c-3", "c-4", "c-5", "dee"]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def ids(records: list[dict[str, Any]]) -> list[str | None]:
    return [r["article"]["id"] if "article" in r else None for r in records]


def test_directory_to_jsonl_in_input_order(tmp_path: Path, capsys: Any) -> None:
    expected = write_corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    code = main(["analyze", str(tmp_path / "in"), "--format", "jsonl", "-o", str(out)])
    assert code == EXIT_OK
    records = read_jsonl(out)
    assert ids(records) == expected
    assert all(r["errors"] == [] for r in records)
    assert "8 input(s): 8 analysed, 0 failed" in capsys.readouterr().err


@pytest.mark.parametrize("extra", [["--jobs", "2"], ["-j", "2", "--quiet"]])
def test_jobs_give_identical_output(tmp_path: Path, capsys: Any, extra: list[str]) -> None:
    write_corpus(tmp_path / "in")
    (tmp_path / "in" / "broken.jsonl").write_text('{"text": "ok."}\n{oops\n', encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["analyze", str(tmp_path / "in"), "-f", "jsonl", "-o", str(one), "-q"]) == 1
    capsys.readouterr()
    assert main(["analyze", str(tmp_path / "in"), "-f", "jsonl", "-o", str(two), *extra]) == 1
    assert one.read_bytes() == two.read_bytes()
    err = capsys.readouterr().err
    assert "broken.jsonl:2" in err
    assert ("10 input(s)" in err) == ("--quiet" not in extra)


@pytest.mark.parametrize("encoding", [None, "utf-8", "latin-1"])
def test_jsonl_to_any_standard_output(
    tmp_path: Path, monkeypatch: Any, capsys: Any, encoding: str | None
) -> None:
    """Lines go to a UTF-8 stream's binary buffer as bytes; to a stream without one
    (StringIO) or in another encoding, through its text layer: the same text every way."""
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "x", "text": "Zoë Côté said the café would reopen."}) + "\n",
        encoding="utf-8",
    )
    expected = tmp_path / "out.jsonl"
    assert main(["analyze", str(tmp_path / "a.jsonl"), "-f", "jsonl", "-o", str(expected)]) == 0
    raw = io.BytesIO()
    stream = io.StringIO() if encoding is None else io.TextIOWrapper(raw, encoding=encoding)
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["analyze", str(tmp_path / "a.jsonl"), "-f", "jsonl", "-q"]) == 0
    stream.flush()
    text = stream.getvalue() if isinstance(stream, io.StringIO) else raw.getvalue().decode(
        encoding or "utf-8"
    )
    assert text == expected.read_text(encoding="utf-8")
    assert "Zoë Côté" in text


def test_unordered_writes_the_same_records(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    main(["analyze", str(tmp_path / "in"), "-f", "jsonl", "-o", str(one), "-q"])
    main(["analyze", str(tmp_path / "in"), "-f", "jsonl", "-o", str(two), "-q", "-j", "2",
          "--unordered"])
    assert sorted(one.read_text("utf-8").splitlines()) == sorted(
        two.read_text("utf-8").splitlines()
    )


def test_json_format_streams_an_array_of_results_and_errors(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    (tmp_path / "in" / "zz.txt").write_bytes(b"\xff\xfe")
    out = tmp_path / "out.json"
    code = main(["analyze", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "2"])
    assert code == EXIT_FAILED
    data = json.loads(out.read_text("utf-8"))
    assert len(data) == 9
    assert data[-1]["error"]["input"].endswith("zz.txt")


def test_usage_errors_exit_2(tmp_path: Path, capsys: Any) -> None:
    (tmp_path / "a.txt").write_text("Hello.", encoding="utf-8")
    assert main(["analyze", str(tmp_path), "--jobs", "-1"]) == EXIT_USAGE
    assert main(["analyze", str(tmp_path), "--skip", "no-such-extractor"]) == EXIT_USAGE
    assert main(["analyze", str(tmp_path), "--published", "yesterday"]) == EXIT_USAGE
    assert "no-such-extractor" in capsys.readouterr().err


def test_missing_file_is_an_error_record(tmp_path: Path, capsys: Any) -> None:
    (tmp_path / "a.txt").write_text("Hello there.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["analyze", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"),
                 "-f", "jsonl", "-o", str(out)])
    assert code == EXIT_FAILED
    records = read_jsonl(out)
    assert ids(records) == ["a", None]
    assert records[1]["error"]["input"].endswith("nope.txt")
    assert "1 failed" in capsys.readouterr().err


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    proc = subprocess.run(
        [sys.executable, "-m", "newskit", "analyze", str(tmp_path / "in"), "-f", "jsonl",
         "-o", str(tmp_path / "o.jsonl")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "\r" not in proc.stderr
    assert "/s" not in proc.stderr
    assert proc.stderr.strip() == "newskit: 8 input(s): 8 analysed, 0 failed"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_on_a_terminal(tmp_path: Path) -> None:
    import pty

    write_corpus(tmp_path / "in")
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newskit", "analyze", str(tmp_path / "in"), "-f", "jsonl",
             "-o", str(tmp_path / "o.jsonl")],
            stderr=follower, stdout=subprocess.DEVNULL, timeout=120,
        )
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    err = b"".join(chunks).decode()
    assert proc.returncode == 0
    assert "8/8 articles" in err  # the total was counted up front
    assert "/s" in err


def big_input(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"n{i}", "text": TEXTS[i % 3]}) + "\n")


def finish(proc: subprocess.Popen[str]) -> str:
    """Wait for an interrupted run; a run that does not stop is killed and fails the test."""
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the interrupted run did not exit within 60 s")
    return err


def interrupt_run(tmp_path: Path, fmt: str, extra: list[str]) -> tuple[int, Path, str]:
    """Start a long run, wait for output, send Ctrl-C to its process group."""
    source = tmp_path / "big.jsonl"
    big_input(source, 200_000)
    out = tmp_path / f"out.{fmt}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newskit", "analyze", str(source), "-f", fmt, "-o", str(out),
         *extra],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        start_new_session=True,  # its own process group, as a terminal job
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.stat().st_size > 50_000:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    err = finish(proc)
    # No worker is left behind.
    # Workers may need a moment to see the interrupt on a loaded machine: allow 30 s
    # for the whole process group to be gone (usually well under a second).
    with pytest.raises(ProcessLookupError):
        for _ in range(300):
            os.killpg(proc.pid, 0)
            time.sleep(0.1)
    return proc.returncode, out, err


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("extra", [[], ["--jobs", "2"]])
def test_ctrl_c_leaves_valid_jsonl(tmp_path: Path, extra: list[str]) -> None:
    code, out, err = interrupt_run(tmp_path, "jsonl", extra)
    assert code == EXIT_INTERRUPTED
    lines = out.read_text("utf-8").splitlines()
    assert 0 < len(lines) < 200_000
    records = [json.loads(line) for line in lines]  # every line is complete
    assert ids(records) == [f"n{i}" for i in range(len(records))]
    assert f"{len(records)} input(s)" in err
    assert "interrupted" in err


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_closes_the_json_array(tmp_path: Path) -> None:
    code, out, _ = interrupt_run(tmp_path, "json", ["--jobs", "2"])
    assert code == EXIT_INTERRUPTED
    data = json.loads(out.read_text("utf-8"))
    assert 0 < len(data) < 200_000
    assert ids(data) == [f"n{i}" for i in range(len(data))]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("delay", [0.2, 0.6, 1.0, 1.5])
def test_ctrl_c_at_any_moment_exits_cleanly(tmp_path: Path, delay: float) -> None:
    """During start-up, while the workers start, or while results stream: exit 130,
    a valid (possibly empty) output, no process left behind."""
    source = tmp_path / "big.jsonl"
    big_input(source, 20_000)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newskit", "analyze", str(source), "-f", "jsonl", "-o", str(out),
         "--jobs", "2"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, start_new_session=True,
    )
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGINT)
    finish(proc)
    # EXIT_OK: it finished first; -SIGINT: the interpreter had not started yet.
    assert proc.returncode in (EXIT_INTERRUPTED, EXIT_OK, -signal.SIGINT)
    if out.exists():
        for line in out.read_text("utf-8").splitlines():
            json.loads(line)
    # Workers may need a moment to see the interrupt on a loaded machine: allow 30 s
    # for the whole process group to be gone (usually well under a second).
    with pytest.raises(ProcessLookupError):
        for _ in range(300):
            os.killpg(proc.pid, 0)
            time.sleep(0.1)
