"""The shipped lexicons' parsed entries cached in ``newskit/data/lexicons.marshal``:
used only for the very JSON bytes they were parsed from, else the JSON is parsed."""

from __future__ import annotations

import json
import marshal
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from newskit import lexicons
from newskit.lexicons import Lexicons, shipped_lexicon_names


def _clear() -> None:
    lexicons._cache_table.cache_clear()
    lexicons._read_shipped.cache_clear()


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A cache file of our own (not yet written), and nothing read yet."""
    path = tmp_path / "lexicons.marshal"
    monkeypatch.setattr(lexicons, "CACHE", path)
    _clear()
    yield path
    _clear()


def _json_entries(name: str) -> tuple[dict[str, object], ...]:
    raw = (resources.files("newskit") / "data" / f"{name}.json").read_bytes()
    data = json.loads(raw.decode("utf-8"))
    return tuple(data["entries"])


def _raw(name: str) -> bytes:
    return (resources.files("newskit") / "data" / f"{name}.json").read_bytes()


def test_shipped_cache_is_written_for_the_shipped_files() -> None:
    """Every shipped lexicon is in the shipped cache, for its current bytes, with the
    entries its JSON parses to (equal, and of the same types). Fails after a lexicon
    changed: rewrite the cache with ``python -m newskit.precompiled``."""
    assert lexicons.CACHE.is_file()
    table = lexicons._cache_table()
    assert sorted(table) == shipped_lexicon_names()
    for name in shipped_lexicon_names():
        key, entries = table[name]
        assert key == lexicons._file_key(_raw(name)), f"{name}: cache is stale"
        parsed = _json_entries(name)
        assert entries == parsed, name
        assert json.dumps(entries) == json.dumps(parsed), name  # same types, same order
        assert lexicons._read_shipped(name) is entries


def test_written_cache_equals_json(fresh: Path) -> None:
    assert lexicons.write_cache() == len(shipped_lexicon_names())
    assert fresh.is_file()
    for name in shipped_lexicon_names():
        assert lexicons._read_shipped(name) == _json_entries(name)
        assert lexicons._read_shipped(name) is lexicons._cache_table()[name][1]


def _write(path: Path, table: dict[str, object], form: object = None) -> None:
    path.write_bytes(marshal.dumps((form or lexicons._CACHE_FORMAT, table)))
    _clear()


def test_cache_used_only_for_the_bytes_it_was_written_for(fresh: Path) -> None:
    fake = ({"title": "Grand Vizier"},)
    # written for the file as it is: used (fake entries prove where they came from)
    _write(fresh, {"titles": (lexicons._file_key(_raw("titles")), fake)})
    assert lexicons._read_shipped("titles") == fake
    assert Lexicons().get("titles") == fake
    # written for other bytes (the file was edited in place since): parsed again
    raw = _raw("titles")
    _write(fresh, {"titles": ((len(raw), lexicons._file_key(raw)[1] ^ 1), fake)})
    assert lexicons._read_shipped("titles") == _json_entries("titles")
    _write(fresh, {"titles": ((len(raw) + 1, lexicons._file_key(raw)[1]), fake)})
    assert lexicons._read_shipped("titles") == _json_entries("titles")
    # a lexicon the cache lacks is parsed
    assert lexicons._read_shipped("surnames") == _json_entries("surnames")


def test_cache_of_another_format_is_ignored(fresh: Path) -> None:
    fake = ({"title": "Grand Vizier"},)
    _write(fresh, {"titles": (lexicons._file_key(_raw("titles")), fake)}, form=("other", 0, 0))
    assert lexicons._read_shipped("titles") == _json_entries("titles")


@pytest.mark.parametrize("content", [None, b"", b"not marshal at all", marshal.dumps([1, 2, 3])])
def test_missing_or_broken_cache_falls_back(fresh: Path, content: bytes | None) -> None:
    if content is not None:
        fresh.write_bytes(content)
    assert lexicons._cache_table() == {}
    for name in ("titles", "abbreviations", "countries"):
        assert lexicons._read_shipped(name) == _json_entries(name)
    assert lexicons._read_shipped("no_such_lexicon") == ()
