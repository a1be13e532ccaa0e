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
    """Replaces each of ``chars`` in a text by a space (same length, same positions),
    with C scans of the text rather than a look-up per character.

    ASCII text (most stretches the extractors blank) takes ``bytes.translate``
    with a 256-byte table mapping the ASCII characters of ``chars`` to spaces.
    Other text (half the articles: curly quotation marks, dashes) is blanked the
    same way in its UTF-8 bytes, where every byte of a non-ASCII character is 0x80
    or above and so untouched, and each non-ASCII character of ``chars`` that
    occurs is then replaced by ``str.replace``. ``str.translate`` looks every
    character up as a Python object (with a dict it also raises and clears a
    ``KeyError`` inside for each character it keeps): 12 times slower on a
    non-ASCII news text of 24 kB. The table is built at the first call.
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

