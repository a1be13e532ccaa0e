"""Blanking characters out of a text without moving offsets.

Extractors that split a stretch of text into words after blanking its
punctuation (``timexes``, ``events``, the quote cue scan) need each such
character made a space, so that every offset in the result is the offset in the
text. :class:`Spacer` does that with ``bytes.translate`` (and ``str.replace`` for the
few non-ASCII characters it blanks).
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
    Other text (half the articles: curly quotation marks, dashes) is blanked the
    same way in its UTF-8 bytes, where every byte of a non-ASCII character is 0x80
    or above and so untouched, and each non-ASCII character of ``chars`` that
    occurs is then replaced by ``str.replace``: C scans of the text, against a
    look-up per character (12 times faster on a non-ASCII news text of 24 kB). Both tables
    are built at the first call.
    """

    __slots__ = ("_ascii", "_wide", "chars")

    def __init__(self, chars: str) -> None:
        self.chars = chars
        self._ascii: bytes | None = None
        self._wide = tuple(dict.fromkeys(c for c in chars if c >= "\x80"))

    def __call__(self, text: str) -> str:
        table = self._ascii
        if table is None:
            ascii_chars = "".join(c for c in self.chars if c < "\x80").encode("ascii")
            table = self._ascii = bytes.maketrans(ascii_chars, b" " * len(ascii_chars))
        if text.isascii():
            return text.encode("ascii").translate(table).decode("ascii")
        blanked = text.encode("utf-8", "surrogatepass").translate(table).decode(
            "utf-8", "surrogatepass")
        for ch in self._wide:
            if ch in blanked:
                blanked = blanked.replace(ch, " ")
        return blanked

