"""The timex rules compiled ahead of time, shipped in ``rules.pickle`` (see
:mod:`newskit.precompiled`): compiling the 31 rules costs about 100 ms of CPU, a third
of ``newskit analyze``'s start-up; unpickling them about 2 ms. A rule is still made at
its first use (:func:`newskit.timex.recognize._compiled`), from the file when it holds
that rule's exact text written by the installed ``regex``, else compiled. Rewrite the
file after changing the grammar or upgrading ``regex``: ``python -m
newskit.timex.compiled``.
"""

from __future__ import annotations

import pickle
from bisect import bisect_left
from functools import cache
from pathlib import Path
from typing import Any

from newskit.precompiled import ShippedPatterns, engine_key

__all__ = [
    "FLAGS", "HEADS", "RULES", "head_mask", "head_table", "precompiled", "write", "write_heads",
]

FLAGS = 8192  # regex.V0: the flags every timex rule is compiled with (checked by write())


RULES = ShippedPatterns(Path(__file__).with_name("rules.pickle"))
"""The timex rules, each compiled with :data:`FLAGS`."""


def precompiled(text: str) -> Any | None:
    """The rule of this text compiled with :data:`FLAGS`, from the shipped file; None
    when it is not there (compile it)."""
    return RULES.get(text, FLAGS)


HEADS = Path(__file__).with_name("heads.pickle")
"""The rules that can open an expression at each common head (a word as written and the
character after it: ``Monday,``, ``the ``, ``1999-``), as a bit mask by rule index, found
by partial matching when the file was written (:func:`write_heads`)."""

# Words a head begins with: every word that may open an expression or is a trigger
# (:data:`~newskit.timex.recognize._PREFIX`) in lower case, capitalised and in capitals;
# the digit runs as heads hold them (one of each length, see ``_head_of``), ordinals and
# decades. After a trigger word any of these characters (or the text's end); after other
# words the gaps of ``_starts_before``. Other heads are answered by partial matching.
_AFTER = ("", " ", ",", ".", "-", "'", "\u2019", ":", ";", "\xa0", "\u201d", '"', ")", "?",
          "\n", "\t", "!", "\u2014", "/")
_AFTER_PREFIX = (" ", "\t", "-", "\xa0")


def head_samples() -> list[str]:
    """The heads :func:`write_heads` answers, sorted."""
    from .recognize import _PREFIX, _TRIGGERS

    heads: set[str] = set()
    for word in _PREFIX:
        after = _AFTER if word in _TRIGGERS or not word.isalpha() else _AFTER_PREFIX
        for form in {word, word.capitalize(), word.upper()}:
            heads.update(form + a for a in after)
    numbers = ["1", "10", "100", "1999", "10000", "100000"]
    suffixes = {1: "st", 2: "nd", 3: "rd"}
    numbers += [f"{n}{'th' if 10 <= n <= 20 else suffixes.get(n % 10, 'th')}"
                for n in range(1, 32)]
    numbers += [f"{n}s" for n in [*range(20, 100, 10), *range(1900, 2100, 10)]]
    for word in numbers:
        heads.update(word + a for a in _AFTER)
    heads.update(q + d for q in ("'", "\u2019") for d in "0123456789")
    return sorted(heads)


def heads_key() -> tuple[Any, ...]:
    """What the answers of the heads table depend on: the installed ``regex`` (its
    :func:`~newskit.precompiled.engine_key`) and the rules' texts, in order, with the
    left contexts they are tried in (their length and CRC-32)."""
    import zlib

    from .recognize import _CONTEXTS, _rule_sources

    text = "\0".join([*(source for _, source in _rule_sources()), "", *_CONTEXTS])
    data = text.encode("utf-8")
    return (*engine_key(), FLAGS, len(data), zlib.crc32(data))


@cache
def head_table() -> tuple[list[str], bytes]:
    """The shipped heads table (:data:`HEADS`), read at the first head met: the heads,
    sorted, and their masks, four bytes each (little-endian), in the same order; empty
    when the file is missing or was written for other rules or another ``regex``. Kept
    as a string and bytes, not a dict: read in well under a millisecond."""
    try:
        with HEADS.open("rb") as stream:
            key, heads, masks = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return [], b""
    if key != heads_key() or not isinstance(heads, str) or not isinstance(masks, bytes):
        return [], b""
    return heads.split("\0"), masks


def head_mask(head: str) -> int | None:
    """The rules (bit ``i`` for rule ``i``) that can open an expression at ``head``,
    from the shipped table; None when it has no such head."""
    heads, masks = head_table()
    i = bisect_left(heads, head)
    if i < len(heads) and heads[i] == head:
        return int.from_bytes(masks[4 * i:4 * i + 4], "little")
    return None


def write_heads() -> int:
    """Answer every head of :func:`head_samples` by partial matching and write the table
    to :data:`HEADS`; return how many heads it holds."""
    from .recognize import _opening_rules

    heads = head_samples()
    masks = bytearray()
    for head in heads:
        mask = 0
        for index in _opening_rules(head):
            mask |= 1 << index
        masks += mask.to_bytes(4, "little")
    HEADS.write_bytes(pickle.dumps((heads_key(), "\0".join(heads), bytes(masks)), protocol=4))
    head_table.cache_clear()
    return len(heads)


def write() -> int:
    """Compile every rule and write them to the shipped file; return how many."""
    import regex

    from .recognize import _rule_sources

    assert regex.V0 == FLAGS
    return RULES.write((text, FLAGS) for _, text in _rule_sources())


if __name__ == "__main__":  # pragma: no cover
    from newskit.timex import compiled

    print(f"{compiled.write()} rules written to {compiled.RULES.path}")
    print(f"{compiled.write_heads()} heads written to {compiled.HEADS}")
