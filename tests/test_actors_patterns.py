"""The pattern helpers of the actor extractor: trie alternations and scanning with several
patterns as with one."""

from __future__ import annotations

import regex

from newskit.actors.extractor import finditer_union
from newskit.actors.patterns import alternation, role_noun_pattern


def test_alternation_prefers_the_longest_word_as_a_sorted_list_does() -> None:
    words = ["chief", "chief executive", "chair", "chairman", "bank", "bloc"]
    flat = "|".join(
        regex.escape(w).replace(r"\ ", r"[ \u00a0]")
        for w in sorted(words, key=lambda w: (-len(w), w))
    )
    text = (
        "the chief executive, the chairman, the chair\u00a0and the chief\u00a0executive;"
        " a blocs bank"
    )
    for pattern in (rf"(?:{flat})(?!\p{{L}})", rf"(?:{flat})"):
        trie = pattern.replace(f"(?:{flat})", f"(?:{alternation(words)})")
        expected = [m.span() for m in regex.finditer(pattern, text)]
        assert [m.span() for m in regex.finditer(trie, text)] == expected
    assert regex.fullmatch(alternation(words), "chief\u00a0executive")
    assert not regex.fullmatch(alternation(words), "chiefs")


def test_finditer_union_resumes_after_a_match_as_one_alternation_does() -> None:
    # "the agency of the ministry" would match from the inner "the" and run past the end
    # of the first match: the later "the ministry" must still be found after it.
    nouns = ("agency", "ministry", "head")
    text = "The head of the agency of the ministry said. the agency of the ministry; The head."
    the, cap = role_noun_pattern(nouns)
    combined = regex.compile(the.pattern.replace("the[", "[Tt]he[", 1))
    expected = [m.span() for m in combined.finditer(text)]
    assert [m.span() for m in finditer_union((the, cap), text)] == expected
    assert len(expected) == 4


def test_mentions_in_captions_are_left_out_even_when_spans_overlap() -> None:
    from newskit.actors.extractor import _outside, _union

    spans = _union([(30, 40), (0, 10), (5, 20), (20, 25)])
    assert spans == [(0, 25), (30, 40)]
    mentions = [(s, s + 3, None) for s in (0, 9, 15, 24, 25, 29, 30, 39, 40)]
    kept = [m[0] for m in _outside(mentions, spans)]
    assert kept == [25, 29, 40]
