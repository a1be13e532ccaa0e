"""Word lists as data: shipped JSON files merged with entries from plugins.

A lexicon named ``titles`` is the file ``newskit/data/titles.json``::

    {"description": "…", "fields": {"name": "…", …}, "entries": [{…}, …]}

Plugins add entries through the ``newskit_lexicon_entries(lexicon)`` hook.
Everything is read at first use, so registering extractors costs nothing: a
shipped file is parsed once per process (its entries shared, read-only), and a
:class:`Lexicons` object keeps its merge with the plugins' entries.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from importlib import resources
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
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data["entries"] if isinstance(data, dict) else data
    return tuple(entries)


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
