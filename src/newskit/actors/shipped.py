"""The actor extractor's patterns compiled ahead of time, shipped in ``patterns.pickle``
(see :mod:`newskit.precompiled`): the patterns of :mod:`.patterns` (the name chunk in
its two forms, pronouns, appositions and the rest, compiled at the first article) and
the role-noun and state patterns of the default lexicon (a lexicon a plugin extends
gives other pattern texts, compiled as before). A pattern whose text or flags changed
since the file was written is compiled instead; rewrite the file with ``python -m
newskit.actors.shipped``."""

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
    """(text, flags) of every pattern the actor modules compile, in this (fresh)
    process: the extractor run on a short text, which builds the pattern table and the
    default lexicon's role-noun and state patterns."""
    from newskit.types import Article, Block, Span

    from .extractor import ActorExtractor

    text = "Jo Roe, the mayor of Erie, Pa., said she would go."
    layers = {
        "blocks": (Block(type="paragraph", span=Span(start=0, end=len(text))),),
        "sentences": (Span(start=0, end=len(text)),),
    }
    ActorExtractor().extract(Article(id="keys", text=text), layers)
    return list(PATTERNS.made)


def keys() -> list[Key]:
    """(text, flags) of every pattern the actor modules compile, in the order they
    compile them: read off what the shipped file was asked for
    (:attr:`ShippedPatterns.made`) in a fresh process (a process that ran other
    lexicons asked for other patterns)."""
    return keys_made_in_fresh_process("newskit.actors.shipped")


def write() -> int:
    """Compile every actors pattern and write them to the shipped file."""
    return PATTERNS.write(keys())


if __name__ == "__main__":  # pragma: no cover
    from newskit.actors import shipped

    print(f"{shipped.write()} patterns written to {shipped.PATTERNS.path}")
