"""The quote finder's state: the article's cues, scanned once, and its speaker
phrases, memoised.

The finder (:class:`~newskit.quotes.extractor._Finder`) is built in layers, one
job a module, each class a base of the next: this state; the speaker choice
(:mod:`.subjects`); where content starts and ends (:mod:`.content`); the
readings other than ``SPEAKER CUE CONTENT`` (:mod:`.readings`); the frame a cue
makes in its unit (:mod:`.frames`); the readings of a whole block
(:mod:`.paragraphs`); and the per-unit driver (:mod:`.extractor`).
"""

from __future__ import annotations

from bisect import bisect_left

from .clauses import _expletive
from .lexicon import (
    WEAK_FORMS,
    CuePatterns,
    QuoteAbbreviations,
    quote_abbreviations,
    word_set,
)
from .patterns import _patterns
from .quotations import _SHOW_KINDS
from .shipped import compile_pattern
from .speakers import Phrase, _chunk_phrase, _new_phrase
from .words import _AFTER_PARTICIPLE

# a word of letters, digits, apostrophes, hyphens or inner commas ("1,600")
_PLAIN_WORD = compile_pattern(r"[\p{L}\p{N}'’-]+(?:,\p{N}{3})*")
# prepositions a verb form never follows (``to`` opens an infinitive, ``as`` and
# ``than`` a clause: "as reported", "than expected"): "in detail", "of states"
_NOUN_PREPOSITIONS = word_set(
    "of in on for with from about into among between against without under at")
# adjectives a verb form never follows: "a good bet", "emotional stress"
_NOUN_ADJECTIVES = word_set(
    "good biggest bigger big safe safest key main emotional mental")
# adjectives (or adverbs) that make the form after them a noun after a determiner
# or a possessive only: "the only question" (but "he only said"), "the best bet"
_DETERMINED_ADJECTIVES = _NOUN_ADJECTIVES | word_set(
    "only best real same whole obvious recent final first last other larger")
# the determiners before such an adjective ("that only said": no noun)
_ARTICLES = word_set("the a an his her their its our my your")
# what goes before a network's name before "show": "an NBC show", "the hit CW show"
_NETWORK_OPENERS = _ARTICLES | {"hit"}
# words that name a group of states: "Western states", "swing states"
_STATE_KINDS = word_set(
    """
    western eastern northern southern midwestern northeastern northwestern southeastern
    southwestern swing battleground border member belt gulf united blue red early key
    primary other several many remaining
    """
)
# a verb and the particle that gives it a sense other than a report: "showed up",
# "added up to", "sworn in", "figured into", "bet on"
_PARTICLE_SENSES = {
    "show": "up", "shows": "up", "showed": "up", "showing": "up", "shown": "up",
    "add": "up", "adds": "up", "added": "up", "adding": "up",
    "sworn": "in",
    "figure": "into", "figures": "into", "figured": "into", "figuring": "into",
    "bet": "on", "bets": "on", "betting": "on",
}


class _Scanner:
    """Cues and speaker phrases of one article, for the finder."""

    def __init__(self, text: str, cues: CuePatterns,
                 abbreviations: QuoteAbbreviations | None = None) -> None:
        self.text = text
        self.cues = cues
        self.abbreviations = abbreviations or quote_abbreviations()
        self.in_name = self.abbreviations.in_name
        self.pats = _patterns()
        low = text.lower()
        self.low = low if len(low) == len(text) else None
        self.all_cues = self._scan_all(low) if self.low is not None else []
        self.has_view = "view" in low or "opinion" in low
        self.has_by = " by " in low
        self._phrases: dict[tuple[int, int], Phrase | None] = {}
        self._state: tuple[Phrase, int] | None = None
        # speakers of report participles cut off an earlier content, by cue start
        self.carried: dict[int, Phrase] = {}
        # a report closing the unit owns everything before it from here
        self.tail_from = -1
        self.cue_starts = [c[0] for c in self.all_cues]

    def _scan_all(self, low: str) -> list[tuple[int, int, str]]:
        """Cues of the whole text, scanned in chunks cut at line breaks, so that
        each cue form present is searched for within its chunk only."""
        found: list[tuple[int, int, str]] = []
        start = 0
        n = len(low)
        while start < n:
            end = min(n, start + 20000)
            if end < n:
                cut = low.rfind("\n", start + 1000, end)
                if cut <= start:
                    cut = low.rfind(" ", start + 1000, end)
                end = cut if cut > start else end
            found.extend(self.cues.scan(low, start, end))
            start = end
        text = self.text
        return [c for c in found if c[2] != "verb" or _verb_sense(text, c[0], c[1])]

    def scan(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Cues in ``text[start:end]``."""
        if self.low is not None:
            starts = self.cue_starts
            lo = bisect_left(starts, start)
            hi = bisect_left(starts, end, lo)
            if lo == hi:
                return []  # (most stretches: no comprehension to run)
            return [c for c in self.all_cues[lo:hi] if c[1] <= end]
        low = self.text[start:end].lower()
        if len(low) == end - start:
            return [(s + start, e + start, k) for s, e, k in self.cues.scan(low, 0, len(low))
                    if k != "verb" or _verb_sense(self.text, s + start, e + start)]
        found = [(m.start(), m.end(), "verb")
                 for m in self.cues.verbs.finditer(self.text, start, end)
                 if _verb_sense(self.text, m.start(), m.end())]
        found += [(m.start(), m.end(), "phrase")
                  for m in self.cues.phrases.finditer(self.text, start, end)]
        found += [(m.start(), m.end(), "according")
                  for m in self.pats["according"].finditer(self.text, start, end)]
        return sorted(found)

    def phrase(self, start: int, end: int) -> Phrase | None:
        """:func:`speaker_phrase`, memoised per article (frames look at the same
        stretches more than once)."""
        key = (start, end)
        if key in self._phrases:
            return self._phrases[key]
        # (speaker_phrase inlined: a call saved on every stretch looked at)
        found = None
        if start < end <= start + 160:
            chunk = _chunk_phrase(self.text[start:end], self.abbreviations)
            if chunk is not None:
                found = _new_phrase((chunk[0] + start, chunk[1] + start, chunk[2], chunk[3]))
        # (pre-tests: a participle ends in -ing/-ed, an expletive is at most 7 characters)
        if found is not None and (
                (found.kind == "name" and self.text[found.end - 1] in "gd"
                 and self._participle(found))
                or (found.end - found.start <= 7 and _expletive(self.text, found)
                    and not self._own_cue(found.end))):
            found = None
        self._phrases[key] = found
        return found

    def _own_cue(self, pos: int) -> bool:
        """True when a cue follows the expletive subject ending at ``pos`` within
        its clause's first five words (``It is often argued that …``, ``it was
        revealed that …``, ``It’s fair to ask whether …``): a report nobody is
        named for, kept without a speaker; any other report is not the expletive's."""
        text = self.text
        for cs, _ce, _how in self.scan(pos, min(len(text), pos + 60)):
            gap = text[pos:cs]
            return len(gap.split()) <= 5 and not any(ch in gap for ch in ",;:.\"“”")
        return False

    def _participle(self, phrase: Phrase) -> bool:
        """True when a one-word name phrase is a participle opening its sentence
        (``Having announced …``, ``Courted by …``, ``Using a …``, ``Continuing to
        …``, ``Doing so …``): a capitalised word in -ing or -ed followed by a
        preposition, a determiner, ``to``, ``that`` or ``so``."""
        text = self.text
        word = text[phrase.start : phrase.end]
        if (len(word) < 5 or not word.endswith(("ing", "ed")) or not word[1:].islower()
                or text[phrase.end : phrase.end + 1] != " "):
            return False
        before = text[max(0, phrase.start - 3) : phrase.start].rstrip(" ")
        if before and before[-1] not in ".!?\n\"”'’":
            return False  # not the first word of its sentence
        nxt = text[phrase.end + 1 : phrase.end + 16].split(" ", 1)[0].lower()
        return nxt in _AFTER_PARTICIPLE or word == "Having"


def _verb_sense(text: str, start: int, end: int) -> bool:
    """False when the words around the cue form at ``text[start:end]`` make it a
    noun, a modifier or a verb of another sense, no report: after a preposition
    (``in detail``, ``of pledged delegates``; not ``to``, ``as``, ``than``), after an
    adjective (``a good bet``, ``the only question``, ``emotional stress``), after a
    number (``1,600 emails``, ``20 pledged delegates``; not a year), a kind of show
    or a network after an article (``a TV show``, ``an NBC show``), a kind of states
    (``Western states``), ``according to`` (``according to figures``); ``think
    tanks``; a verb with a particle of another sense (``showed up``, ``added up to``,
    ``sworn in``); a weak form capitalised after a capitalised word, ending a name
    (``Washington Post``, ``United States``) unless a capitalised word follows (a
    headline). The word
    before counts only when white space alone parts it from the form and it holds no
    punctuation (``Ruiz, 49, said`` is no number before ``said``), a preposition only
    in lower case (``From said``: a name)."""
    form = text[start:end].lower()
    particle = _PARTICLE_SENSES.get(form)
    if particle is not None:
        after = text[end : end + 8]
        if after[:1] == " " and after[1:].lower().startswith(particle) and (
                not after[1 + len(particle) :][:1].isalpha()):
            return False
    elif form == "think" and text[end : end + 8].lower().startswith((" tank", " tanks")):
        return False
    if start == 0 or text[start - 1] != " ":
        return True  # after punctuation or at the start: no word before it
    words = text[start - 30 if start > 30 else 0 : start].rsplit(None, 2)  # the last two words
    if not words:
        return True
    word = words[-1]
    if not (word.isalpha() or _PLAIN_WORD.fullmatch(word)):  # (letters alone: no regex)
        return True
    prev = word.lower()
    if (word[:1].isupper() and text[start].isupper() and text[start + 1 : end].islower()
            and form in WEAK_FORMS and not form.endswith("ing")
            and not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())):
        return False  # a name's last word: "The Washington Post reported", "Islamic
        # State fighters" (not a title-case headline: "Lind Wants More Ferries")
    if prev in _NOUN_PREPOSITIONS and word == prev and not form.endswith("ing"):
        return False
    if prev in _NOUN_ADJECTIVES:
        return False
    if prev in _DETERMINED_ADJECTIVES and len(words) > 1 and (
            words[-2].lower() in _ARTICLES or words[-2].lower().endswith(("'s", "’s"))):
        return False
    if prev[:1].isdigit() and prev[-1:].isdigit() and (
            form.endswith("ed") or (form.endswith("s") and form in WEAK_FORMS)) and (
            prev.replace(",", "").isdigit() and not (len(prev) == 4 and prev[:2] in ("19", "20"))):
        return False  # (a number before a base form is a subject: "4 in 10 say")
    if form in ("show", "shows") and (prev in _SHOW_KINDS or (
            2 <= len(word) <= 5 and word.isalpha() and word.isupper() and len(words) > 1
            and words[-2].lower() in _NETWORK_OPENERS)):
        return False  # "a TV show", "the hit CW show": a network's show ("NGP VAN show")
    if prev == "to" and len(words) > 1 and words[-2].lower() == "according":
        return False  # "according to figures": the source of "according to"
    return not (form in ("states", "state") and prev in _STATE_KINDS)
