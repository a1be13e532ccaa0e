"""Word lists as regex alternations shaped like a trie.

The ``regex`` module tries the branches of an alternation one by one, so a flat
list of a hundred words costs a hundred failed attempts at every position; a
trie (``a(?:gency|lliance)|b…``) fails at the first letter that no word has.
Where one word is a prefix of another the longer branch is tried first, as in a
list sorted longest first, so the match is the same. Actors (role nouns, name
particles) and quotes (cue verbs and phrases) build their patterns with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["trie_alternation"]


def trie_alternation(words: Iterable[str], piece: Callable[[str], str] | None = None) -> str:
    """The words as one alternation factored as a trie ('' when there are none).

    ``piece`` turns one character into its pattern (default: the character escaped),
    so a caller decides how a space or an apostrophe inside a word may be written.
    """
    import regex  # imported when patterns are built, not with newskit

    to_pattern = piece or regex.escape
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        arms = [to_pattern(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(root)
