"""The structure patterns compiled ahead of time, shipped in ``patterns.pickle``
(see :mod:`newskit.precompiled`): compiling the 22 patterns of blocks, bylines and
captions costs about 7 ms of CPU at the first article, unpickling them well under 1 ms.
A pattern whose text or flags changed since the file was written is compiled instead;
rewrite the file with ``python -m newskit.structure.shipped``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newskit.precompiled import Key, ShippedPatterns

__all__ = ["PATTERNS", "compile_pattern", "keys", "write"]

PATTERNS = ShippedPatterns(Path(__file__).with_name("patterns.pickle"))


def compile_pattern(text: str, flags: int = 0) -> Any:
    """``regex.compile(text, flags)``, unpickled from the shipped file when it has it."""
    return PATTERNS.compile(text, flags)


def keys() -> list[Key]:
    """(text, flags) of every pattern the structure modules compile, in the order they
    compile them: their pattern tables built afresh, read off what the shipped file was
    asked for (:attr:`ShippedPatterns.made`)."""
    from . import blocks, bylines, captions

    tables = (blocks._patterns, bylines._patterns, captions._patterns)
    PATTERNS.made.clear()
    for table in tables:
        table.cache_clear()
        table()
    return list(PATTERNS.made)


def write() -> int:
    """Compile every structure pattern and write them to the shipped file."""
    return PATTERNS.write(keys())


if __name__ == "__main__":  # pragma: no cover
    # Through the package's module (blocks & co. look this one up, not __main__).
    from newskit.structure import shipped

    print(f"{shipped.write()} patterns written to {shipped.PATTERNS.path}")
