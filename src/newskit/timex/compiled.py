"""The recognition rules compiled ahead of time, shipped in ``rules.pickle``.

The ``regex`` module parses a pattern in pure Python: compiling all 31 rules of
:mod:`newskit.timex.patterns` costs about 100 ms of CPU, a third of ``newskit
analyze``'s start-up. A compiled ``regex`` pattern pickles as its compiled code (not its
text), and unpickling hands that code straight to the C engine: about 2 ms for all 31.
So the package ships the rules pickled, and :func:`precompiled` gives the pickled
pattern of a rule's text when it is there for this very ``regex`` (its version and its
engine's magic number and code size must all be those the file was written with; the
file's patterns are unpickled only then, so code of another version never reaches the
engine). A rule whose text is not in the file (the grammar changed since it was
written) or a file written for another ``regex`` falls back to compiling: the same
pattern, only slower. Rewrite the file after changing the grammar or upgrading
``regex``: ``python -m newskit.timex.compiled`` (a test fails while it is stale for the
installed ``regex``).
"""

from __future__ import annotations

import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["FLAGS", "compile_all", "precompiled", "write"]

PATH = Path(__file__).with_name("rules.pickle")

FLAGS = 8192  # regex.V0: the flags every rule is compiled with (checked by write())


def engine_key() -> tuple[str, int, int]:
    """What a compiled pattern's code depends on: the ``regex`` version, its engine's
    magic number and code size."""
    import regex
    from regex import _regex

    return (regex.__version__, _regex.MAGIC, _regex.CODE_SIZE)


@lru_cache(maxsize=1)
def _shipped() -> dict[str, bytes]:
    """Pickled pattern by rule text, for the installed ``regex`` only (else empty)."""
    try:
        with PATH.open("rb") as stream:
            key, patterns = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return {}
    if key != engine_key() or not isinstance(patterns, dict):
        return {}
    return patterns


def precompiled(text: str) -> Any | None:
    """The rule of this text compiled with :data:`FLAGS`, from the shipped file; None
    when it is not there (compile it)."""
    data = _shipped().get(text)
    if data is None:
        return None
    return pickle.loads(data)


def compile_all() -> dict[str, bytes]:
    """Every rule compiled and pickled, by its text. A pattern's engine code is not
    quite the same from one compilation to the next: the characters of the set the
    engine tests before trying a match at a position come in the order of a Python set
    (the same characters, in another order)."""
    import regex

    from .recognize import _rule_sources

    assert regex.V0 == FLAGS
    return {
        text: pickle.dumps(regex.compile(text, FLAGS), protocol=4)
        for _, text in _rule_sources()
    }


def write(path: Path = PATH) -> int:
    """Compile every rule (:func:`compile_all`) and write them to ``path``; return how
    many."""
    patterns = compile_all()
    path.write_bytes(pickle.dumps((engine_key(), patterns), protocol=4))
    return len(patterns)


if __name__ == "__main__":  # pragma: no cover
    print(f"{write()} rules written to {PATH}")
