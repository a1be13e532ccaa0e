"""The timex rules compiled ahead of time, shipped in ``rules.pickle`` (see
:mod:`newskit.precompiled`): compiling the 31 rules costs about 100 ms of CPU, a third
of ``newskit analyze``'s start-up; unpickling them about 2 ms. A rule is still made at
its first use (:func:`newskit.timex.recognize._compiled`), from the file when it holds
that rule's exact text written by the installed ``regex``, else compiled. Rewrite the
file after changing the grammar or upgrading ``regex``: ``python -m
newskit.timex.compiled``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newskit.precompiled import ShippedPatterns

__all__ = ["FLAGS", "RULES", "precompiled", "write"]

FLAGS = 8192  # regex.V0: the flags every timex rule is compiled with (checked by write())


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
