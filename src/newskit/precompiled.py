"""Regular expressions compiled ahead of time and shipped pickled with the package.

The ``regex`` module parses a pattern in pure Python: the timex rules alone cost about
100 ms of CPU to compile, a third of ``newskit analyze``'s start-up. A compiled
``regex`` pattern pickles as its engine code (not its text), and unpickling hands that
code straight to the C engine: about 2 ms for the same rules. So a package module can
ship its patterns pickled in one file (:class:`ShippedPatterns`) and ask that file for
each pattern it compiles.

The file is used only when it was written by this very ``regex`` (its version and its
engine's magic number and code size, :func:`engine_key`); a file written by another is
not unpickled at all, so code of another version never reaches the engine. A pattern
the file lacks (its text changed since the file was written), or any pattern when the
file is for another ``regex``, is compiled as usual: the same pattern, only slower.
Rewrite the files after changing a pattern or upgrading ``regex``: ``python -m
newskit.precompiled`` rewrites all four, the timex heads table (the rules that can
open an expression at each common head, :func:`newskit.timex.compiled.head_mask`) and
the shipped lexicons' parsed entries (:data:`newskit.lexicons.CACHE`), or one of them:
``python -m newskit.timex.compiled`` (the timex rules and heads table),
``python -m newskit.structure.shipped`` (blocks, bylines and captions), ``python -m
newskit.quotes.shipped`` (the quote finder's patterns and the default lexicon's cues),
``python -m newskit.actors.shipped`` (the actor extractor's patterns and the default
lexicon's role nouns); the tests fail while a file lacks a pattern its module compiles
(they skip when the file was written by another ``regex`` version than the installed one).

A pattern's engine code is not quite the same from one compilation to the next: the
characters of the set the engine tests before trying a match at a position come in
the order of a Python set (the same characters, in another order).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["Key", "ShippedPatterns", "engine_key", "keys_made_in_fresh_process", "write_all"]

Key = tuple[str, int]
"""A pattern's text and flags."""


def engine_key() -> tuple[str, int, int]:
    """What a compiled pattern's code depends on: the ``regex`` version, its engine's
    magic number and code size."""
    import regex
    from regex import _regex

    return (regex.__version__, _regex.MAGIC, _regex.CODE_SIZE)


class ShippedPatterns:
    """The patterns pickled in one file, by (text, flags), read at the first look-up."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._patterns: dict[Key, bytes] | None = None
        self.made: dict[Key, Any] = {}
        """What :meth:`compile` gave, by (text, flags), in the order first asked: asked
        again, the same pattern (and every pattern made is reachable from here, as from
        a module's table, for the regex hardening test that walks them)."""

    def table(self) -> dict[Key, bytes]:
        """Pickled pattern by (text, flags), for the installed ``regex`` only (else
        empty)."""
        if self._patterns is None:
            self._patterns = self._read()
        return self._patterns

    def _read(self) -> dict[Key, bytes]:
        try:
            with self.path.open("rb") as stream:
                key, patterns = pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            return {}
        if key != engine_key() or not isinstance(patterns, dict):
            return {}
        return patterns

    def get(self, text: str, flags: int = 0) -> Any | None:
        """The pattern of ``text`` compiled with ``flags``, from the file; None when the
        file has none for the installed ``regex``."""
        data = self.table().get((text, flags))
        if data is None:
            return None
        return pickle.loads(data)

    def compile(self, text: str, flags: int = 0) -> Any:
        """``regex.compile(text, flags)``, from the file when it has that pattern."""
        pattern = self.made.get((text, flags))
        if pattern is None:
            pattern = self.get(text, flags)
            if pattern is None:
                import regex

                pattern = regex.compile(text, flags)
            self.made[(text, flags)] = pattern
        return pattern

    def write(self, keys: Iterable[Key]) -> int:
        """Compile the patterns of ``keys`` and write them to the file (they replace
        what it held); return how many."""
        import regex

        patterns = {
            (text, flags): pickle.dumps(regex.compile(text, flags), protocol=4)
            for text, flags in keys
        }
        self.path.write_bytes(pickle.dumps((engine_key(), patterns), protocol=4))
        self._patterns = None
        self.made.clear()
        return len(patterns)


def keys_made_in_fresh_process(module: str) -> list[Key]:
    """(text, flags) of every pattern ``module``'s ``_made_here()`` makes, in the order
    asked, read off :attr:`ShippedPatterns.made` in a fresh interpreter: patterns
    compiled at import are asked for only once per process, and a process that ran
    other lexicons asked for other patterns."""
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c",
         f"import json; from {module} import _made_here; print(json.dumps(_made_here()))"],
        check=True, capture_output=True, text=True,
    ).stdout
    return [(text, flags) for text, flags in json.loads(out)]


def write_all() -> dict[str, int]:
    """Rewrite every pattern file the package ships; how many patterns each holds, by
    the module that owns it."""
    from newskit.actors import shipped as actors
    from newskit.quotes import shipped as quotes
    from newskit.structure import shipped as structure
    from newskit.timex import compiled as timex

    return {
        "newskit.timex.compiled": timex.write(),
        "newskit.structure.shipped": structure.write(),
        "newskit.quotes.shipped": quotes.write(),
        "newskit.actors.shipped": actors.write(),
    }


if __name__ == "__main__":  # pragma: no cover
    for owner, count in write_all().items():
        print(f"{owner}: {count} patterns written")
    from newskit.timex import compiled

    # not a pattern file, but answers of the timex rules: rewritten with them
    print(f"newskit.timex.compiled: {compiled.write_heads()} heads written")
    from newskit import lexicons

    # not patterns either: the shipped lexicons' entries, parsed ahead of time
    print(f"newskit.lexicons: {lexicons.write_cache()} lexicons written")
