"""Where a quotation mark stands: its width and the text it encloses, whether it
opens a sentence, and whether the quotation names a work (a show, book or film after
a possessive, a preposition or ``of``) rather than quoting anyone.

Small tests on the text around one mark, shared by the finder and ``find_quotes``.
"""

from __future__ import annotations

from .boundaries import title_case
from .lexicon import SPACE as _SPACE
from .units import _trim


def _mark_end(text: str, pos: int) -> int:
    """The end of the quotation mark at ``pos`` (``''`` is two characters wide)."""
    return pos + 2 if text.startswith("''", pos) else pos + 1


def _inner(text: str, pair: tuple[int, int]) -> tuple[int, int]:
    return _trim(text, _mark_end(text, pair[0]), pair[1])


def _after_determiner(text: str, mark: int) -> bool:
    """True when the quotation mark at ``mark`` follows a determiner or possessive
    (``the “establishment”``, ``his "comeback"``): a quoted term, not a statement."""
    before = text[max(0, mark - 12) : mark].split()
    return bool(before) and before[-1].lower() in ("the", "a", "an")


def _first_text(text: str) -> int:
    i = 0
    while i < len(text) and text[i] in _SPACE:
        i += 1
    return i


def _starts_sentence(text: str, block_start: int, pos: int) -> bool:
    """True when the quotation mark at ``pos`` opens a sentence (or the block)."""
    before = text[max(block_start, pos - 3) : pos].rstrip()
    return pos <= block_start or before == "" or before[-1] in ".!?:\"”'’»"


def _is_title(text: str, start: int, end: int) -> bool:
    """True for a short Title Case stretch (the name of a show, book or film)."""
    words = text[start:end].strip(" ,.!?:;").split()
    if not words or len(words) > 8:
        return False
    if not words[0][:1].isupper():
        return False
    if len(words) == 1:
        return _named_work(text, start - 1)  # NBC’s “Today”, on “Meet the Press”
    return title_case(text, start, end)


def _named_work(text: str, mark: int) -> bool:
    """True when the quotation mark at ``mark`` follows a possessive or a preposition
    that introduces a title: ``NBC’s “Today”``, ``on “Meet the Press”``; ``mark`` may
    be the second character of a doubled mark (``on ''Today''``)."""
    before = text[max(0, mark - 12) : mark].rstrip(" '`").split()
    if not before:
        return False
    word = before[-1]
    return word.endswith(("'s", "’s")) or word.lower() in ("on", "in", "titled", "called")


def _work_of(text: str, mark: int) -> bool:
    """True when the quotation mark at ``mark`` follows ``of`` (``the author of
    “…”``): the title of a work in an apposition."""
    before = text[max(0, mark - 12) : mark].rstrip().split()
    return bool(before) and before[-1].lower() == "of"
