"""Blanking characters out of a text without moving offsets.

Extractors that split a stretch of text into words after blanking its
punctuation (``timexes``, ``events``, the quote cue scan) need each such
character made a space, so that every offset in the result is the offset in the
text. :class:`Spacer` does that with one ``str.translate`` call.
"""

from __future__ import annotations

__all__ = ["Spacer"]


class Spacer:
    """Replaces each of ``chars`` in a text by a space: ``str.translate`` with a
    table mapping them to spaces (same length, same positions).

    The table is a list indexed by code point that maps every other character up
    to U+20FF to itself, not a dict of the few it changes: with a dict,
    ``str.translate`` raises and clears a ``KeyError`` inside for every character
    the table does not map, which made it three times slower on news text. A
    character beyond the list is kept, as a dict would keep it. ASCII text (most
    stretches the extractors blank) takes ``bytes.translate`` with a 256-byte
    table instead, which does not look each character up as a Python object: the
    same result, since only the ASCII characters of ``chars`` can occur in it.
    Both tables are built at the first call.
    """

    __slots__ = ("_ascii", "_table", "chars")

    def __init__(self, chars: str) -> None:
        self.chars = chars
        self._table: list[int | str] | None = None
        self._ascii = b""

    def __call__(self, text: str) -> str:
        table = self._table
        if table is None:
            table = self._table = _spacing_table(self.chars)
            ascii_chars = "".join(c for c in self.chars if c < "\x80").encode("ascii")
            self._ascii = bytes.maketrans(ascii_chars, b" " * len(ascii_chars))
        if text.isascii():
            return text.encode("ascii").translate(self._ascii).decode("ascii")
        return text.translate(table)


def _spacing_table(chars: str) -> list[int | str]:
    size = max([0x2100, *(ord(c) + 1 for c in chars)])
    table: list[int | str] = list(range(size))
    for c in chars:
        table[ord(c)] = " "
    return table
