"""The command line: the main job, plugin listing, one-line errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "schema" / "analysis.schema.json").read_text("utf-8"))
EXAMPLE = ROOT / "examples" / "harbour-summit.txt"


def newskit(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newskit", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_analyze_example_prints_schema_valid_json() -> None:
    result = newskit("analyze", str(EXAMPLE), "--published", "2024-02-14")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["article"]["id"] == "harbour-summit"
    assert data["article"]["text"] == EXAMPLE.read_text("utf-8")
    assert data["article"]["published"] == "2024-02-14"


@pytest.mark.corpus
def test_analyze_seed_article(corpus: Path) -> None:
    seed = corpus / "seed" / "nato-japan-office.txt"
    result = newskit("analyze", str(seed), "--published", "2023-05-04")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["article"]["id"] == "nato-japan-office"
    assert data["article"]["text"] == seed.read_text("utf-8")


def test_several_articles_give_an_array_and_jsonl_gives_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First article text.", "utf-8")
    (tmp_path / "b.txt").write_text("Second article text.", "utf-8")
    result = newskit("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert [d["article"]["id"] for d in json.loads(result.stdout)] == ["a", "b"]
    result = newskit("analyze", str(tmp_path), "--format", "jsonl", "--quiet")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"]["id"] for d in lines] == ["a", "b"]
    for line in lines:
        jsonschema.validate(line, SCHEMA)


def test_output_file_and_source_option(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = newskit("analyze", str(EXAMPLE), "--source", "Newskit Wire", "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text("utf-8"))["article"]["source"] == "Newskit Wire"


def test_standard_input() -> None:
    result = newskit("analyze", "-", stdin=b"Text from a pipe.\n")
    data = json.loads(result.stdout)
    assert data["article"]["id"] == "stdin" and data["article"]["text"] == "Text from a pipe.\n"


def test_bom_is_dropped_and_text_otherwise_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffLine one.\r\n\r\nLine  two.\n".encode())
    data = json.loads(newskit("analyze", str(path)).stdout)
    assert data["article"]["text"] == "Line one.\r\n\r\nLine  two.\n"


def test_json_record_fields_and_metadata(tmp_path: Path) -> None:
    record = {"id": "r1", "text": "Body.", "title": "T", "url": "https://example.org/x",
              "source": "Wire", "published": "2024-01-02", "language": "en",
              "authors": ["A B"], "section": "world"}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(record), "utf-8")
    article = json.loads(newskit("analyze", str(path)).stdout)["article"]
    assert article["id"] == "r1" and article["published"] == "2024-01-02"
    assert article["authors"] == ["A B"] and article["metadata"] == {"section": "world"}


def _one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    errors = [line for line in result.stderr.splitlines() if line.startswith("newskit: error")]
    assert errors, result.stderr
    assert "Traceback" not in result.stderr
    assert any(all(n in line for n in needles) for line in errors), result.stderr


def test_not_utf8_is_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 au lait".encode("latin-1"))
    result = newskit("analyze", str(path))
    assert result.returncode == 1
    _one_line_error(result, str(path), "not valid UTF-8")


def test_empty_text_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", "utf-8")
    result = newskit("analyze", str(path))
    assert result.returncode == 1
    _one_line_error(result, str(path), "empty text")


def test_record_without_text_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "ok", "text": "Fine."}\n{"id": "bad", "title": "no text"}\n',
                    "utf-8")
    result = newskit("analyze", str(path), "--format", "jsonl")
    assert result.returncode == 1
    _one_line_error(result, f"{path}:2", "no 'text'")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["article"]["id"] == "ok"
    assert lines[1]["error"]["line"] == 2
    jsonschema.validate(lines[1], SCHEMA)


def test_missing_file_and_unknown_format_and_bad_date(tmp_path: Path) -> None:
    result = newskit("analyze", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    _one_line_error(result, "nope.txt")
    result = newskit("analyze", str(EXAMPLE), "--format", "xml")
    assert result.returncode == 2
    _one_line_error(result, "no exporter named 'xml'", "json")
    result = newskit("analyze", str(EXAMPLE), "--published", "yesterday")
    assert result.returncode == 2
    _one_line_error(result, "--published")


def test_unknown_extractor_is_a_usage_error() -> None:
    result = newskit("analyze", str(EXAMPLE), "--skip", "nonexistent")
    assert result.returncode == 2
    _one_line_error(result, "no extractor named 'nonexistent'")


def test_plugins_command_lists_builtins_as_json() -> None:
    result = newskit("plugins", "--all", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    names = {p["name"]: p for p in data["plugins"]}
    assert names["loaders"]["builtin"] is True
    assert names["loaders"]["components"]["loaders"] == ["json", "jsonl", "text"]


def test_version_and_module_entry_point() -> None:
    from newskit import __version__

    result = newskit("--version")
    assert result.stdout.strip() == f"newskit {__version__}"
