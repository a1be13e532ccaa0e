"""The pattern helpers of the actor extractor: trie alternations and scanning with several
patterns as with one."""

from __future__ import annotations

import regex

from newskit.actors.patterns import alternation, finditer_union, role_noun_pattern


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
    from newskit.actors.spans import _outside, _union

    spans = _union([(30, 40), (0, 10), (5, 20), (20, 25)])
    assert spans == [(0, 25), (30, 40)]
    mentions = [(s, s + 3, None) for s in (0, 9, 15, 24, 25, 29, 30, 39, 40)]
    kept = [m[0] for m in _outside(mentions, spans)]
    assert kept == [25, 29, 40]


def test_words_before_a_name_searched_in_reverse_as_forwards() -> None:
    # The "before" pattern is searched backwards from the name; a forward search of the
    # same pattern (the leftmost start whose match ends at the name) must give the same
    # words: at most three, each of two to 25 letters, cut inside a word longer than that
    # or at the window's start, never starting at a hyphen, capitals breaking the run.
    from newskit.actors.patterns import patterns

    backward = patterns()["before"]
    forward = regex.compile(backward.pattern.replace("(?r)", "", 1))
    contexts = [
        "said the NATO spokeswoman ",
        "the senior party spokeswoman ",
        "four big senior party spokeswoman ",
        "a " + "x" * 30 + " ",
        "an extraordinarily-long-hyphenated-descriptor ",
        "the iPhone maker ",
        "to -led coalition\u00a0envoy ",
        "Minister ",
        "x ",
        "",
    ]
    for before in contexts:
        text = before + "Anna Berg"
        end = len(before)
        for lo in (0, 1, 3, max(0, end - 60)):
            got = backward.search(text, lo, end)
            want = forward.search(text, lo, end)
            assert (got and got.span(1)) == (want and want.span(1)), (before, lo)
    assert backward.search("the political scientist X", 0, 24).group(1) == (
        "the political scientist "
    )
