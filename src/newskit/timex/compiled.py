"""Regular expressions compiled ahead of time and shipped pickled (``rules.pickle``).

The ``regex`` module parses a pattern in pure Python: compiling all 31 rules of
:mod:`newskit.timex.patterns` costs about 100 ms of CPU, a third of ``newskit
analyze``'s start-up. A compiled ``regex`` pattern pickles as its compiled code (not its
text), and unpickling hands that code straight to the C engine: about 2 ms for all 31.
So the package ships such patterns pickled, and :meth:`ShippedPatterns.compile` gives
the pickled pattern of a text and flags when the file holds one for this very
``regex`` (its version and its engine's magic number and code size must all be those
the file was written with; the file's patterns are unpickled only then, so code of
another version never reaches the engine). A pattern the file lacks (its text changed
since the file was written) or a file written for another ``regex`` falls back to
compiling: the same pattern, only slower. Rewrite the files after changing a pattern
or upgrading ``regex``: ``python -m newskit.timex.compiled`` (the timex rules) and
``python -m newskit.structure.shipped`` (tests fail while they are stale for the
installed ``regex``).

A pattern's engine code is not quite the same from one compilation to the next: the
characters of the set the engine tests before trying a match at a position come in
the order of a Python set (the same characters, in another order).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["FLAGS", "RULES", "ShippedPatterns", "precompiled", "write"]

FLAGS = 8192  # regex.V0: the flags every timex rule is compiled with (checked by write())

Key = tuple[str, int]


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
        """What :meth:`compile` gave, by (text, flags): asked again, the same pattern
        (and every pattern made is reachable from here, as from a module's table)."""

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


RULES = ShippedPatterns(Path(__file__).with_name("rules.pickle"))
"""The timex rules, each compiled with :data:`FLAGS`."""


def precompiled(text: str) -> Any | None:
    """The rule of this text compiled with :data:`FLAGS`, from the shipped file; None
    when it is not there (compile it)."""
    return RULES.get(text, FLAGS)


def write() -> int:
    """Compile every rule and write them to the shipped file; return how many."""
    import regex

    from .recognize import _rule_sources

    assert regex.V0 == FLAGS
    return RULES.write((text, FLAGS) for _, text in _rule_sources())


if __name__ == "__main__":  # pragma: no cover
    from newskit.timex import compiled

    print(f"{compiled.write()} rules written to {compiled.RULES.path}")
