"""Where a quotation mark stands: its width and the text it encloses, whether it
opens a sentence, and whether the quotation names a work (a show, book or film after
a possessive, a preposition or ``of``; a headline before its byline) or a term (after
``so-called``, glued to a word by a hyphen) rather than quoting anyone.

Small tests on the text around one mark, shared by the finder and ``find_quotes``.
"""

from __future__ import annotations

from .boundaries import title_case
from .lexicon import SPACE as _SPACE
from .lexicon import word_set
from .units import _trim


def _mark_end(text: str, pos: int) -> int:
    """The end of the quotation mark at ``pos`` (``''`` is two characters wide)."""
    return pos + 2 if text.startswith("''", pos) else pos + 1


def _inner(text: str, pair: tuple[int, int]) -> tuple[int, int]:
    return _trim(text, _mark_end(text, pair[0]), pair[1])


def _after_determiner(text: str, mark: int) -> bool:
    """True when the quotation mark at ``mark`` follows a determiner or ``so-called``
    (``the “establishment”``, ``so-called “dark money”``): a quoted term, not a
    statement."""
    before = text[(mark - 12 if mark - 12 > 0 else 0) : mark].split()
    return bool(before) and before[-1].lower() in ("the", "a", "an", "so-called")


def _in_compound(text: str, pair: tuple[int, int]) -> bool:
    """True when a hyphen joins the quotation ``pair`` to the word after it
    (``“moan”-worthy``, ``"Yes"-voters``): a quoted word inside a word."""
    end = _mark_end(text, pair[1])
    return text[end : end + 1] in ("-", "\u2010") and text[end + 1 : end + 2].isalpha()


def _mentioned_word(text: str, block_start: int, pair: tuple[int, int]) -> bool:
    """True when the quotation ``pair`` opens its sentence and is one word without
    punctuation, followed by a word in lower case or a parenthesis (``"Containment"
    has been the policy``, ``“Refoulement” (forced return) is banned``): the word
    itself is talked about, as the subject of its sentence; nobody is quoted saying
    it. (Not after an initialism's full stop, ``said the U.S. “clearly” needed``, nor
    a possessive's apostrophe, ``Lind's "diagnoses" of``.)"""
    start, end = _inner(text, pair)
    if end <= start or not text[start:end].isalpha():
        return False
    after = _mark_end(text, pair[1])
    if text[after : after + 1] != " " or not (
            text[after + 1 : after + 2].islower() or text[after + 1 : after + 2] == "("):
        return False
    before = text[(pair[0] - 3 if pair[0] - 3 > block_start else block_start) : pair[0]].rstrip()
    return before == "" or (before[-1] in ".!?" and not before[-2:-1].isupper())


def _digest_item(text: str, pair: tuple[int, int]) -> bool:
    """True when the quotation ``pair`` is an entry of a digest of other papers'
    stories: a headline opening its paragraph or after a dash, before its byline
    (``FERRIES—"Fares to rise," by the Courier's Ana Ruiz``: a comma inside the
    closing mark, then ``by`` and a capital or ``the``), or the excerpt after the
    byline's colon (``…," by the Courier's Ana Ruiz: "…"``). The headline is a
    title; neither quotes anyone the story reports (a title inside a sentence,
    ``played “All Right Now,” by Free``, is left to the other tests)."""
    end = _mark_end(text, pair[1])
    tail = text[(pair[1] - 2 if pair[1] - 2 > pair[0] else pair[0]) : pair[1]].rstrip("'’")
    lead = text[(pair[0] - 2 if pair[0] - 2 > 0 else 0) : pair[0]].rstrip(" ")
    if (tail.endswith(",") and text.startswith(" by ", end)
            and (lead == "" or lead[-1] in "\n—–-")):
        after = text[end + 4 : end + 8]
        if after[:1].isupper() or after.lower() == "the ":
            return True
    lead = text[(pair[0] - 120 if pair[0] - 120 > 0 else 0) : pair[0]].rstrip(_SPACE)
    if not lead.endswith(":"):
        return False
    by = lead.rfind(" by ")
    if by < 0 or any(ch in lead[by:] for ch in "\n\"“”"):
        return False
    headline = lead[:by].rstrip("\"”")
    return len(headline) < by and headline.rstrip("'’").endswith((",", "."))


def _first_text(text: str) -> int:
    i = 0
    while i < len(text) and text[i] in _SPACE:
        i += 1
    return i


def _starts_sentence(text: str, block_start: int, pos: int) -> bool:
    """True when the quotation mark at ``pos`` opens a sentence (or the block)."""
    before = text[(pos - 3 if pos - 3 > block_start else block_start) : pos].rstrip()
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
    before = text[(mark - 12 if mark - 12 > 0 else 0) : mark].rstrip(" '`").split()
    if before and (before[-1].endswith(("'s", "’s"))
                   or before[-1].lower() in ("on", "in", "titled", "called")):
        return True
    return _role_after(text, mark)


def _role_after(text: str, mark: int) -> bool:
    """True when the quotation opened at ``mark`` is followed by a role noun and a
    name: ``“Harbour Nights” star Ana Ruiz``, ``''Ferry Tales'' host Jo Lind``; the
    title of the work the person is known for."""
    opening = text[mark]
    start = mark + 1
    while text[start : start + 1] == opening:
        start += 1  # (the second character of a doubled mark)
    close = text.find("”" if opening == "“" else opening, start, mark + 80)
    if close < 0:
        return False
    after = text[close + 1 : close + 40].lstrip("'").split(" ", 3)
    return (len(after) > 2 and after[0] == "" and after[1].lower() in _ROLE_NOUNS
            and after[2][:1].isupper())


def _work_of(text: str, mark: int) -> bool:
    """True when the quotation mark at ``mark`` follows ``of`` (``the author of
    “…”``) or a noun naming a kind of work (``the star of the TV show “…”``, ``the
    book “…”``): the title of a work in an apposition."""
    before = text[(mark - 24 if mark - 24 > 0 else 0) : mark].rstrip().lower().split()
    if not before:
        return False
    if before[-1] in ("show", "shows"):  # (not "polls show “…”")
        return len(before) > 1 and before[-2] in _SHOW_KINDS
    return before[-1] in _WORK_NOUNS


# what a person is to the work whose title goes before: "“Harbour Nights” star Ana Ruiz"
_ROLE_NOUNS = word_set(
    """
    star stars co-star host co-host creator actor actress producer author director writer
    alum alumna anchor showrunner narrator contestant
    """
)

# "of" and the nouns that name a work before its title ("show" after a kind of show)
_WORK_NOUNS = word_set(
    """
    of series book novel film movie album song program programme documentary memoir
    sitcom drama miniseries podcast musical
    """
)
# nouns that name a kind of show: "a TV show", "talk shows"
_SHOW_KINDS = word_set("tv television talk game radio reality cable quiz cooking")
