"""The quote finder's patterns compiled ahead of time, shipped in ``patterns.pickle``
(see :mod:`newskit.precompiled`): the patterns of :mod:`.patterns`, :mod:`.boundaries`,
:mod:`.units` and :mod:`.lexicon`, compiled at import or at the first article, and the
cue patterns of the default lexicon (a lexicon a plugin extends gives other pattern
texts, compiled as before). A pattern whose text or flags changed since the file was
written is compiled instead; rewrite the file with ``python -m newskit.quotes.shipped``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newskit.precompiled import Key, ShippedPatterns, keys_made_in_fresh_process

__all__ = ["PATTERNS", "compile_pattern", "keys", "write"]

PATTERNS = ShippedPatterns(Path(__file__).with_name("patterns.pickle"))


def compile_pattern(text: str, flags: int = 0) -> Any:
    """``regex.compile(text, flags)``, unpickled from the shipped file when it has it."""
    return PATTERNS.compile(text, flags)


def _made_here() -> list[Key]:
    """(text, flags) of every pattern the quote modules compile, in this (fresh)
    process: the modules imported, their pattern tables built, the default lexicon's
    cue patterns made."""
    from . import boundaries, lexicon, patterns, units  # noqa: F401
    from .extractor import QuoteExtractor

    patterns._patterns()
    patterns._dash_relative()
    for source in (boundaries._PARENTHETICAL_COMMA_SOURCE, boundaries._DISCOURSE_SOURCE,
                   boundaries._REPORT_ADJUNCT_SOURCE, boundaries._BARE_ADJUNCT_SOURCE,
                   boundaries._SENTENCE_END_SOURCE, boundaries._CLAUSE_COMMA_SOURCE,
                   boundaries._CLAUSE_STOP_SOURCE, boundaries._DASH_SOURCE):
        boundaries._rare(source)
    cues = QuoteExtractor()._cue_patterns()
    assert cues.verbs is not None and cues.phrases is not None  # compiled at first use
    return list(PATTERNS.made)


def keys() -> list[Key]:
    """(text, flags) of every pattern the quote modules compile, in the order they
    compile them: read off what the shipped file was asked for
    (:attr:`ShippedPatterns.made`) in a fresh process, since most are compiled at
    import (and a process that ran other lexicons asked for other patterns)."""
    return keys_made_in_fresh_process("newskit.quotes.shipped")


def write() -> int:
    """Compile every quotes pattern and write them to the shipped file."""
    return PATTERNS.write(keys())


if __name__ == "__main__":  # pragma: no cover
    from newskit.quotes import shipped

    print(f"{shipped.write()} patterns written to {shipped.PATTERNS.path}")
