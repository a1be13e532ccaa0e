"""The pattern helpers of the actor extractor: trie alternations and scanning with several
patterns as with one."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

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


def test_plain_text_accepts_only_texts_without_letters_marks_or_digits_outside_ascii() -> None:
    from newskit.actors.patterns import plain_text

    assert plain_text("Jo Roe said.")
    assert plain_text("\u201cJo Roe\u2019s aide\u201d \u2014 said\u00a0so\u2026 \u2022 x")
    assert plain_text("")
    # a letter, a mark, a digit outside ASCII; a character near the accepted ones (U+00C2
    # has the lead byte of U+00A0, U+2070 a superscript digit after the punctuation
    # block); a lone surrogate: the pattern's ASCII form is not used
    for other in ("caf\u00e9", "e\u0301", "\u0663", "\u00c2", "x\u2070", "\u2040", "\ud800"):
        assert not plain_text("Jo Roe \u2019" + other + "\u00a0")


@given(
    st.lists(
        st.sampled_from(
            [
                *"AaBbJjMmOoRrSsUu09 .-'&$\n,(",
                *("\u00a0", "\u2019", "\u201c", "\u2014", "\u200c", "\u203f", " de ", " von "),
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_chunk_pattern_ascii_form_finds_the_same_runs_in_a_plain_text(text: str) -> None:
    # (joiners and U+203F are word characters to \b, which both forms keep)
    from newskit.actors.patterns import patterns, plain_text

    assert plain_text(text)
    unicode_form, ascii_form = patterns()["chunk"], patterns()["chunk_ascii"]
    assert [m.span() for m in ascii_form.finditer(text)] == [
        m.span() for m in unicode_form.finditer(text)
    ]


def test_chunk_pattern_ascii_form_differs_where_plain_text_refuses() -> None:
    from newskit.actors.patterns import patterns, plain_text

    text = "the \u00c9lys\u00e9e Palace and \u00c5sa Roe"
    assert not plain_text(text)
    unicode_runs = [m[0] for m in patterns()["chunk"].finditer(text)]
    assert unicode_runs == ["\u00c9lys\u00e9e Palace", "\u00c5sa Roe"]
    assert [m[0] for m in patterns()["chunk_ascii"].finditer(text)] != unicode_runs


def test_chunk_pattern_classes_agree_on_every_character_plain_text_allows() -> None:
    # the ground of the ASCII form: on ASCII, the no-break space and U+2000-U+203F each
    # ASCII class holds exactly the characters its Unicode class holds (the first class
    # is a capital standing alone, the others the insides of character sets)
    from newskit.actors.patterns import _ASCII_CLASSES, _UNICODE_CLASSES, plain_text

    chars = [chr(i) for i in (*range(128), 0xA0, *range(0x2000, 0x2040))]
    assert plain_text("".join(chars))
    for classes in (_UNICODE_CLASSES, _ASCII_CLASSES):
        assert not classes[0].startswith("[") or classes[0].endswith("]")
    forms = [
        [regex.compile(classes[0]), *[regex.compile(f"[{c}]") for c in classes[1:]]]
        for classes in (_UNICODE_CLASSES, _ASCII_CLASSES)
    ]
    for wide, narrow in zip(*forms, strict=True):
        held = [c for c in chars if wide.fullmatch(c)]
        assert held == [c for c in chars if narrow.fullmatch(c)]
        assert held  # (each class holds some of them)
