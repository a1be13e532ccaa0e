"""The quote finder's patterns ship compiled (newskit/quotes/patterns.pickle)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from newskit.lexicons import Lexicons
from newskit.quotes import shipped
from newskit.quotes.lexicon import CLAUSE_STOP_SOURCE, compile_cues


def test_shipped_quote_patterns_are_those_the_modules_compile() -> None:
    # The file must hold exactly the patterns the quote modules compile (at import, in
    # their tables, the default lexicon's cues), as the installed regex compiles them.
    # Rewrite it with `python -m newskit.quotes.shipped` when this fails.
    from shipped_patterns import assert_shipped_patterns_are_fresh

    keys = shipped.keys()
    assert (CLAUSE_STOP_SOURCE, 0) in keys
    cues = compile_cues(Lexicons().get("cues"))
    assert (cues.verbs.pattern, 0) in keys and (cues.phrases.pattern, 0) in keys
    assert len(keys) == len(set(keys)) > 80
    assert_shipped_patterns_are_fresh(shipped.PATTERNS, keys)


def test_a_quote_pattern_missing_from_the_shipped_file_is_compiled() -> None:
    from shipped_patterns import assert_missing_pattern_is_compiled

    text = r"(?<![\p{L}])[\p{Lu}]{2,7}"
    pattern = assert_missing_pattern_is_compiled(
        shipped.PATTERNS, shipped.compile_pattern, text, "abc")
    assert shipped.compile_pattern(text, regex.IGNORECASE) is pattern


def test_an_extended_lexicon_compiles_its_own_cue_pattern() -> None:
    # A lexicon extended by a plugin gives another alternation: not in the file,
    # compiled as before, and it finds the new cue.
    entries = [*Lexicons().get("cues"), {"lemma": "zorble", "forms": ["zorbled"]}]
    verbs = compile_cues(entries).verbs
    assert shipped.PATTERNS.get(verbs.pattern) is None
    assert verbs.search("Jo Roe zorbled on Friday.").group() == "zorbled"
    assert verbs.search("She said so.").group() == "said"


def test_one_command_rewrites_every_shipped_pattern_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `python -m newskit.precompiled` (after upgrading regex) rewrites the four files;
    # here into a temporary directory, each then read back with every pattern it owns.
    from newskit import precompiled
    from newskit.actors import shipped as actors
    from newskit.structure import shipped as structure
    from newskit.timex import compiled as timex

    owners = {
        "newskit.timex.compiled": timex.RULES,
        "newskit.structure.shipped": structure.PATTERNS,
        "newskit.quotes.shipped": shipped.PATTERNS,
        "newskit.actors.shipped": actors.PATTERNS,
    }
    for owner, patterns in owners.items():
        monkeypatch.setattr(patterns, "path", tmp_path / f"{owner}.pickle")
        monkeypatch.setattr(patterns, "_patterns", None)
        # what the modules compiled stays reachable (the regex hardening test walks it)
        monkeypatch.setattr(patterns, "made", dict(patterns.made))
    counts = precompiled.write_all()
    assert counts["newskit.timex.compiled"] == 31
    assert counts["newskit.structure.shipped"] == len(structure.keys())
    assert counts["newskit.quotes.shipped"] == len(shipped.keys()) > 80
    assert counts["newskit.actors.shipped"] == len(actors.keys()) >= 17
    for owner, patterns in owners.items():
        assert (tmp_path / f"{owner}.pickle").is_file()
        assert len(patterns.table()) == counts[owner]
