"""The quote finder's readings besides ``SPEAKER CUE CONTENT``: prepositional
frames (``according to X``, ``in X's view``), a report closing the sentence
(``…, the paper reported``), a raising verb nobody is named for (``is expected
to``), a sentence that is only an attribution.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .boundaries import SUBORDINATORS, abbreviation_before
from .candidates import _Cand
from .clauses import _CLAUSE_OPENING_WORDS, _first_word, _time_phrase
from .content import _Content
from .lexicon import SPACE as _SPACE
from .lexicon import SUBJECT_PRONOUNS, TIME_NOUNS, clause_stop_search
from .speakers import PREPOSITIONS, Phrase, speaker_phrase
from .units import _Block, _has_words, _trim, _word_count
from .words import _ADJUNCT_FIRST, _CONTENT_NOT_FIRST, _TAIL_REPORT_WORDS, _holds_any


class _Readings(_Content):
    """Prepositional, closing-report, raising and bare readings of the finder."""

    def reported_by_tail(self, us: int, clause_start: int, cs: int, start: int,
                         end: int) -> Any:
        """The report closing the sentence (a match; its cue is group ``verb``) when
        the sentence whose subject opens at ``clause_start`` (after an adverbial at
        most) ends, after the content ``start:end`` of its cue at ``cs``, with a
        report of its own (``X plans to …, Lea Stone said Monday.``, ``…, the paper
        reported.``): the whole clause is that later source's content, as PolNeAR
        reads it. None when the tail reports a coordinated clause (``X said …, but
        …, they said``), its verb other than ``told`` has an object (``…, Kennedy
        wrote Lea``; ``…, the campaign told CNN.`` names its addressee), or it
        resumes the same report (``X said …, he said``, ``X …, adding …, she told
        reporters``)."""
        text = self.text
        low = self.low
        acc = m = None
        # (a participle before "according to X" goes on X's report: "X made clear
        # that …, saying …, according to Reuters")
        if low is None or low.find("according", max(start, end - 130), end) >= 0:
            acc = self.pats["according_tail"].search(text, max(start, end - 130), end)
        if acc is None:
            cut = self.participle_stop(start, end, ())
            if cut is not None:
                end = cut[0]  # "…, Lea Stone said, adding that …": the report ends before
            near = end - 60 if end - 60 > start else start
            if low is not None and not _holds_any(low, _TAIL_REPORT_WORDS, near, end):
                return None
            m = self.pats["outer_report"].search(text, max(start, end - 140), end)
            if m is None:
                return None
        lead = us
        if clause_start > us and self.strip_adverbial(us, clause_start)[0] < clause_start:
            if not self.opening_adverbial(us, clause_start):
                return None
            lead = clause_start
        if clause_stop_search(text, clause_start, cs) is not None:
            return None  # "X is …, but he cannot expect …": the cue is in a later clause
        core = self.strip_adverbial(*_trim(text, lead, cs))[0]
        first = _first_word(text, core)
        if first in ("about", "around", "nearly", "almost") and text[
                core + len(first) + 1 : core + len(first) + 2].isdigit():
            first = ""  # "About 40 rabbis have said …": an approximate amount
        if first in PREPOSITIONS or first in _CLAUSE_OPENING_WORDS:
            return None  # "But X decided …, a source said": no content before the tail
        if acc is not None:
            if not _has_words(text, start, acc.start(), 1):
                return None
            stop = self.clause_stop(start, acc.start())
            if stop < acc.start() and not self.pats["participle_comma"].match(text, stop):
                return None  # (a participle's clause goes on the source's report:
                # "X made clear that …, saying …, according to Reuters")
            return acc
        if m is None or not _has_words(text, start, m.start(), 3):
            return None
        verb = text[cs:start].split(None, 1)[0].lower()
        np = text[m.start("np") : m.end("np")].split()
        first = np[0].lower()
        if first in _CLAUSE_OPENING_WORDS or first in _CONTENT_NOT_FIRST or first == "according":
            return None
        rest = text[m.start("rest") : m.end("rest")].split()
        if rest and rest[0].lower() not in _ADJUNCT_FIRST and rest[0].lower() not in (
                TIME_NOUNS) and text[m.start("verb") : m.end("verb")] != "told":
            return None  # "…, Kennedy wrote Lea": an object
        if len(np) == 1 and first in SUBJECT_PRONOUNS and (
                verb in ("said", "says") or verb.endswith("ing")):
            return None
        if self.clause_stop(start, m.start()) < m.start():
            return None
        return m

    def opening_adverbial(self, us: int, clause_start: int) -> bool:
        """True when ``text[us:clause_start]`` is one adverbial comma segment (a
        preposition or subordinator first, or a time phrase: ``Last month,``) of at
        most twenty words, no cue in it (``After two decades in the House as an
        independent, …``): longer than ``strip_adverbial`` takes."""
        text = self.text
        comma = text.find(",", us, clause_start)
        first = _first_word(text, us)
        return (comma >= 0 and (first in PREPOSITIONS or first in SUBORDINATORS
                                or _time_phrase(text[us:comma]))
                and not text[comma + 1 : clause_start].strip()
                and _word_count(text, us, comma) <= 20
                and not self.scan(us, comma))

    def raising(self, blk: _Block, us: int, ue: int, bs: int, ce: int,
                pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
                floor: int) -> _Cand | None:
        """``The bank is expected to hold rates``: a report nobody is named for; the
        content is the whole clause, from its subject on."""
        text = self.text
        if not self.pats["raising_after"].match(text, ce, ue):
            return None
        m = self.pats["back"].search(text, max(us, floor, bs - 200), bs)
        start = m.end() if m is not None else max(us, floor)
        start = self.strip_adverbial(*_trim(text, start, bs))[0]
        if not _has_words(text, start, bs, 1) or self.adverbial(start, bs):
            return None
        end = self.clause_stop(start, _trim(text, start, ue, _SPACE + ".")[1])
        if any(p[0] < end and start <= p[1] for p in pairs):
            return None
        return _Cand(kind="indirect", parts=[(start, end)], cue=(bs, ce), block=blk.index)

    def bare_attribution(self, start: int, end: int) -> bool:
        """True when the sentence ``text[start:end]`` is only an attribution:
        ``Trump said.``, ``she went on at the rally.``, ``said Ana Ruiz.`` (a
        speaker phrase and a cue, then adjuncts at most)."""
        text = self.text
        found = [c for c in self.scan(start, end) if c[2] == "verb"]
        if not found:
            return False
        cs, ce, _how = found[0]
        if cs == start:
            stop = _trim(text, ce, end, _SPACE + ".")[1]
            return self.phrase(_trim(text, ce, stop)[0], stop) is not None
        phrase = self.phrase(start, _trim(text, start, cs)[1])
        if phrase is None or phrase.kind == "anonymous":
            return False
        rest = text[ce:end].strip(_SPACE + ".").split()
        # nothing, or an adjunct: "on Tuesday", "at the rally", "again"
        return not rest or (len(rest) <= 5 and rest[0].lower() in _ADJUNCT_FIRST)

    def frame_according(self, us: int, ue: int, cs: int, ce: int,
                        pairs: Sequence[tuple[int, int]],
                        claimed: set[tuple[int, int]]) -> _Cand | None:
        text = self.text
        e = ce
        while e < ue and (text[e] not in ",;:!?\"“”«»(" and not (
                text[e] == "." and (e + 1 >= ue or text[e + 1].isspace())
                and not abbreviation_before(text, e, self.in_name))):
            e += 1
        phrase = speaker_phrase(text, ce, e, self.abbreviations)
        if phrase is None:
            # "according to a new Harbour Post poll", "… to data released Tuesday by
            # ferry regulators": any short noun phrase is a source here
            s, end = _trim(text, ce, e)
            words = text[s:end].split()
            if not 1 <= len(words) <= 20 or words[0].lower() in PREPOSITIONS:
                return None
            head = words[-1].lower().strip(".")
            kind = "anonymous" if head in ("polls", "sources", "reports", "data") else "nominal"
            phrase = Phrase(s, end, kind, head)
        return self.prep_content(us, ue, cs, e, phrase, pairs, claimed, cue=(cs, ce))

    def prep_content(self, us: int, ue: int, cs: int, ce: int, phrase: Phrase,
                     pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
                     cue: tuple[int, int] | None = None) -> _Cand | None:
        """Content for a prepositional frame (``according to X``, ``in X's view``)."""
        text = self.text
        cue = cue or (cs, ce)
        before = _trim(text, us, cs, _SPACE + ",")
        if (_has_words(text, *before, n=3) and text[before[1]:cs].strip().startswith(",")
                and not self.adverbial(*self.strip_adverbial(*before))):
            # "In 2014, most voters …, according to X": the leading adverbial is content
            return self.make(pairs, claimed, before, cue, phrase, None)
        pos = ce
        while pos < ue and text[pos] in _SPACE + ",":
            pos += 1
        region = _trim(text, pos, ue, _SPACE + ".")
        if _has_words(text, *region, n=3):
            if (pos > ce and self.pats["source_tail"].match(text, *region) is not None
                    and _has_words(text, *before, n=3)
                    and text[before[1]:cs].strip().startswith(",")
                    and (self.pats["subordinate_lead"].match(text, *before) is None
                         or text.find(",", *before) >= 0)):
                # "Most voters oppose it, according to Jo Lane, an analyst at …" /
                # "…, which tracks …": the words after the source describe it; the
                # clause before is the content (not a subordinate clause alone: "While
                # most were kept, according to X, two were upgraded")
                return self.make(pairs, claimed, before, cue, phrase, None)
            return self.make(pairs, claimed, region, cue, phrase, None, after_cue=True)
        if _has_words(text, *before, n=3):
            return self.make(pairs, claimed, before, cue, phrase, None)
        return None
