"""Word lists as data: shipped JSON files merged with entries from plugins.

A lexicon named ``titles`` is the file ``newskit/data/titles.json``::

    {"description": "…", "fields": {"name": "…", …}, "entries": [{…}, …]}

Plugins add entries through the ``newskit_lexicon_entries(lexicon)`` hook.
Everything is read at first use, so registering extractors costs nothing: a
shipped file is parsed once per process (its entries shared, read-only), and a
:class:`Lexicons` object keeps its merge with the plugins' entries.

Parsing the 1.4 MB of shipped JSON is the largest single cost of start-up, so the
package also ships the parsed entries in ``newskit/data/lexicons.marshal``
(:data:`CACHE`, written by :func:`write_cache`: ``python -m newskit.precompiled``).
A file's cached entries are used only when they were written for the very bytes the
file holds now (its size and CRC-32); otherwise, or without a cache, the JSON is
parsed as before: the same entries, only slower.
"""

from __future__ import annotations

import functools
import json
import marshal
import zlib
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import PluginError

__all__ = ["Lexicons", "shipped_lexicon_names"]

Entry = dict[str, Any]


def shipped_lexicon_names() -> list[str]:
    """Names of the lexicons that ship with newskit."""
    root = resources.files("newskit") / "data"
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".json"))


@functools.cache
def _read_shipped(name: str) -> tuple[Entry, ...]:
    """The entries of a shipped lexicon file, parsed once per process: several
    components read the same files (the sentence splitter and the actor extractor
    both read the name lists), and the files do not change while we run. Entries
    are shared between :class:`Lexicons` objects: read them, do not change them."""
    path = resources.files("newskit") / "data" / f"{name}.json"
    if not path.is_file():
        return ()
    raw = path.read_bytes()
    cached = _cache_table().get(name)
    if cached is not None and cached[0] == _file_key(raw):
        return cached[1]
    return _parse(raw)


def _parse(raw: bytes) -> tuple[Entry, ...]:
    """The entries of a lexicon file's bytes."""
    data = json.loads(raw.decode("utf-8"))
    entries = data["entries"] if isinstance(data, dict) else data
    return tuple(entries)


CACHE = Path(__file__).parent / "data" / "lexicons.marshal"
"""The shipped lexicons' entries, parsed ahead of time: ``marshal`` of (format,
{name: ((size, CRC-32 of the JSON bytes), entries)}). ``marshal``, not ``pickle``
nor JSON: it rebuilds the dicts in C about twice as fast as ``json`` parses them,
and only our own file is ever read with it."""

_CACHE_FORMAT = ("newskit.lexicons", 1, marshal.version)


def _file_key(raw: bytes) -> tuple[int, int]:
    """What the cached entries of a file were made from: its size and CRC-32."""
    return (len(raw), zlib.crc32(raw))


@functools.cache
def _cache_table() -> dict[str, tuple[tuple[int, int], tuple[Entry, ...]]]:
    """The cached entries by lexicon name; empty when the file is missing, unreadable
    or of another format."""
    try:
        form, table = marshal.loads(CACHE.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if form != _CACHE_FORMAT or not isinstance(table, dict):
        return {}
    return table


def write_cache() -> int:
    """Parse every shipped lexicon and write their entries to :data:`CACHE` (they
    replace what it held); return how many lexicons it holds."""
    root = resources.files("newskit") / "data"
    table = {}
    for name in shipped_lexicon_names():
        raw = (root / f"{name}.json").read_bytes()
        table[name] = (_file_key(raw), _parse(raw))
    CACHE.write_bytes(marshal.dumps((_CACHE_FORMAT, table)))
    _cache_table.cache_clear()
    _read_shipped.cache_clear()
    return len(table)


class Lexicons:
    """Lazy access to lexicons: shipped entries first, then plugins' entries."""

    def __init__(
        self,
        extra: Callable[[str], Iterable[tuple[str, Iterable[Entry] | None]]] | None = None,
    ) -> None:
        # ``extra(name)`` yields (plugin name, entries) pairs.
        self._extra = extra
        self._cache: dict[str, tuple[Entry, ...]] = {}

    def get(self, name: str) -> tuple[Entry, ...]:
        """All entries of lexicon ``name`` (empty if nobody provides it)."""
        cached = self._cache.get(name)
        if cached is not None:
            return cached
        entries = list(_read_shipped(name))
        if self._extra is not None:
            for plugin, added in self._extra(name):
                if added is None:
                    continue
                for entry in added:
                    if not isinstance(entry, dict):
                        raise PluginError(
                            f"newskit_lexicon_entries({name!r}) returned {type(entry).__name__}, "
                            "expected dict entries",
                            plugin=plugin,
                        )
                    entries.append(entry)
        result = tuple(entries)
        self._cache[name] = result
        return result

    __getitem__ = get
