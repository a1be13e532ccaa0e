"""The trie-shaped alternation shared by the actors' and the quotes' word patterns."""

from __future__ import annotations

import regex

from newskit.wordtrie import trie_alternation


def test_matches_like_a_list_sorted_longest_first():
    words = ["state", "statement", "stated", "spokesman", "said"]
    flat = regex.compile("|".join(sorted(words, key=len, reverse=True)))
    trie = regex.compile(trie_alternation(words))
    for text in ["statements were stated", "the spokesman said", "stat", "sai state"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_piece_decides_how_a_character_is_written():
    pattern = trie_alternation(["head of state"], lambda ch: r"\s+" if ch == " " else ch)
    assert regex.fullmatch(pattern, "head  of\nstate")
    assert not regex.fullmatch(trie_alternation(["head of state"]), "head  of state")


def test_no_words_no_pattern():
    assert trie_alternation([]) == ""
