"""Checks shared by the tests of the patterns shipped compiled
(:mod:`newskit.precompiled`): the timex rules, the structure, quote and actor patterns."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import pytest
import regex

from newskit.precompiled import Key, ShippedPatterns, engine_key


def assert_shipped_patterns_are_fresh(shipped: ShippedPatterns, keys: list[Key]) -> None:
    """``shipped`` (a ShippedPatterns) holds exactly the patterns of ``keys``, each as the
    installed regex compiles it."""
    with shipped.path.open("rb") as stream:
        key, patterns = pickle.load(stream)
    if key[0] != regex.__version__:
        pytest.skip(f"{shipped.path.name} written for regex {key[0]}, not {regex.__version__}")
    assert key == engine_key()
    assert sorted(patterns) == sorted(keys)
    for text, flags in keys:
        pattern = shipped.get(text, flags)
        fresh = regex.compile(text, flags)
        assert pattern is not None
        assert pattern.pattern == text and pattern.flags == fresh.flags
        assert pattern.groupindex == fresh.groupindex
        # The same engine code, but for the order of the characters of a set (which
        # compiling takes from a Python set, so it varies from one process to another):
        # the same bytes, some of them elsewhere.
        code, fresh_code = pattern._pickled_data[2], fresh._pickled_data[2]
        assert sorted(code) == sorted(fresh_code), text
        assert pattern._pickled_data[3:] == fresh._pickled_data[3:]


def assert_missing_pattern_is_compiled(
    shipped: ShippedPatterns, compile_pattern: Callable[[str, int], Any], text: str,
    sample: str,
) -> Any:
    """A pattern ``shipped`` lacks is compiled by ``compile_pattern`` (a package's
    ``shipped.compile_pattern``) with the flags asked for, and matches ``sample``;
    returns it."""
    assert shipped.get(text) is None
    pattern = compile_pattern(text, regex.IGNORECASE)
    assert pattern.pattern == text and pattern.flags & regex.IGNORECASE
    assert pattern.match(sample) is not None
    return pattern
