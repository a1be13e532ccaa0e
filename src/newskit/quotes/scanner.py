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

import bisect

from .clauses import _expletive
from .lexicon import CuePatterns, QuoteAbbreviations, quote_abbreviations
from .patterns import _patterns
from .speakers import Phrase, speaker_phrase
from .words import _AFTER_PARTICIPLE


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
        return found

    def scan(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Cues in ``text[start:end]``."""
        if self.low is not None:
            lo = bisect.bisect_left(self.cue_starts, start)
            hi = bisect.bisect_left(self.cue_starts, end)
            if lo == hi:
                return []  # (most stretches: no comprehension to run)
            return [c for c in self.all_cues[lo:hi] if c[1] <= end]
        low = self.text[start:end].lower()
        if len(low) == end - start:
            return [(s + start, e + start, k) for s, e, k in self.cues.scan(low, 0, len(low))]
        found = [(m.start(), m.end(), "verb")
                 for m in self.cues.verbs.finditer(self.text, start, end)]
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
        found = speaker_phrase(self.text, start, end, self.abbreviations)
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
