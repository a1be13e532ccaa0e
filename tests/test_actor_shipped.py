"""The actor extractor's patterns ship compiled (newskit/actors/patterns.pickle)."""

from __future__ import annotations

import regex

from newskit.actors import shipped
from newskit.actors.extractor import ActorExtractor
from newskit.actors.patterns import patterns, role_noun_pattern
from newskit.lexicons import Lexicons
from newskit.types import Article, Block, Span


def _layers(text: str) -> dict[str, tuple[object, ...]]:
    span = Span(start=0, end=len(text))
    return {"blocks": (Block(type="paragraph", span=span),), "sentences": (span,)}


def test_shipped_actor_patterns_are_those_the_modules_compile() -> None:
    # The file must hold exactly the patterns the actor modules compile (the pattern
    # table, the default lexicon's role-noun and state patterns), as the installed regex
    # compiles them. Rewrite it with `python -m newskit.actors.shipped` when this fails.
    from shipped_patterns import assert_shipped_patterns_are_fresh

    keys = shipped.keys()
    lex = ActorExtractor().lexicon
    the, cap_the = role_noun_pattern(tuple(lex.role_nouns))
    assert (the.pattern, 0) in keys and (cap_the.pattern, 0) in keys
    assert len(keys) == len(set(keys)) >= 17
    assert_shipped_patterns_are_fresh(shipped.PATTERNS, keys)


def test_the_extractor_takes_its_patterns_from_the_file() -> None:
    # Every pattern the extractor holds after an article, the name chunk in both forms
    # included, is one the file has (none compiled at run time with the default lexicon).
    text = "Mayor Jo Roe of Erie, Pa., said he would meet the chief executive on Friday."
    extractor = ActorExtractor()
    extractor.extract(Article(id="t", text=text), _layers(text))
    lex = extractor.lexicon
    assert lex.state_pattern is not None and lex.role_patterns is not None
    table = patterns()
    held = [lex.state_pattern, *lex.role_patterns, table["chunk"], table["chunk_ascii"],
            *table["pronouns"]]
    file = shipped.PATTERNS.table()
    for rx in held:
        assert shipped.PATTERNS.made[(rx.pattern, 0)] is rx
        # from the file (unless it was written by another regex version: compiled)
        assert (rx.pattern, 0) in file or not file


def test_an_actor_pattern_missing_from_the_shipped_file_is_compiled() -> None:
    from shipped_patterns import assert_missing_pattern_is_compiled

    text = r"(?<![\p{L}])[\p{Lu}]{2,9}(?=[ ])"
    pattern = assert_missing_pattern_is_compiled(
        shipped.PATTERNS, shipped.compile_pattern, text, "abc ")
    assert shipped.compile_pattern(text, regex.IGNORECASE) is pattern


def test_an_extended_lexicon_compiles_its_own_role_noun_pattern() -> None:
    # A lexicon extended by a plugin gives other role nouns: their pattern is not in the
    # file, compiled as before, and it finds the new noun.
    nouns = (*ActorExtractor(Lexicons()).lexicon.role_nouns, "zorblemaster")
    the, _ = role_noun_pattern(tuple(nouns))
    assert shipped.PATTERNS.get(the.pattern) is None
    found = the.search("She met the former zorblemaster on Friday.")
    assert found is not None and found.group("noun") == "zorblemaster"
