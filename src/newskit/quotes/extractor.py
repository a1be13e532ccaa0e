"""The ``quotes`` extractor: direct, split, multi-paragraph, mixed and indirect quotes.

Work is done per block (paragraphs and list items; the headline too, where
single quotation marks count), and inside a block per *unit*: a sentence, or
several sentences joined when a quotation runs across their boundary. In each
unit, cues (reporting verbs from the ``cues`` lexicon, ``according to``,
``from X's point of view``, agent phrases) are tried against the speaker
phrase next to them and the content on the other side:

* ``SPEAKER CUE [that] CONTENT`` — content after the cue;
* ``CONTENT, SPEAKER CUE`` and ``CONTENT, CUE SPEAKER`` — content before it;
* ``according to SPEAKER, CONTENT`` / ``CONTENT, according to SPEAKER``.

Content that is a quotation makes a direct quote (two quotations around the
attribution make one split quote); content that starts with paraphrase and
carries a quotation is a mixed quote; content without quotation marks is an
indirect quote. Quotations no cue claims are still direct quotes, without a
speaker, or continuing the quote before them (``"A," he said. "B."``), or
taking the speaker announced at the end of the previous paragraph
(``Cruz continued:``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from newskit.structure.sentences import sentence_spans
from newskit.types import Actor, Article, Block, Quote, Span

from .boundaries import (
    SUBORDINATORS,
    abbreviation_before,
    own_report_between,
    refine_boundaries,
)
from .candidates import _announcing, _attributed_before, _Cand, _last_end, _merge_paragraphs
from .clauses import (
    _CLAUSE_OPENING_WORDS,
    _NOT_OBJECT,
    _QUOTE_CHARS,
    _clause_after_object,
    _expletive,
    _first_word,
    _time_phrase,
)
from .lexicon import (
    BE_FORMS,
    DETERMINERS,
    PRONOUNS,
    REPORT_NOUNS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    VERB_ADVERBS,
    CuePatterns,
    QuoteAbbreviations,
    clause_stop_search,
    compile_cues,
    quote_abbreviations,
)
from .lexicon import SPACE as _SPACE
from .marks import double_marks, pair_marks
from .patterns import (
    _CAUSE_WORDS,
    _RAISING_TAILS,
    _WRITTEN_FORMS,
    _dash_relative,
    _patterns,
)
from .quotations import (
    _after_determiner,
    _first_text,
    _inner,
    _is_title,
    _mark_end,
    _named_work,
    _starts_sentence,
    _work_of,
)
from .speakers import (
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    Phrase,
    SpeakerResolver,
    speaker_phrase,
)
from .units import _Block, _has_words, _outside, _trim, _units, _word_count
from .words import (
    _ADJUNCT_FIRST,
    _ADVERBIAL_FIRST,
    _AFTER_PARTICIPLE,
    _ARTICLE_WORDS,
    _BE_ENDINGS,
    _CLAUSE_OPENER_TEXTS,
    _CLAUSE_OPENERS,
    _COMMIT_LEMMAS,
    _COMPARATIVES,
    _CONTENT_NOT_FIRST,
    _DOUBLE_MARKS,
    _EVIDENCE_NOUNS,
    _EVIDENCE_VERBS,
    _FINITE_FIRST,
    _GAP_FIRST,
    _GAP_STOPS,
    _INTENT_LEMMAS,
    _INTERJECTIONS,
    _IRREGULAR_PASTS,
    _NOT_BEFORE,
    _NOT_LABELS,
    _NOUN_MARKERS,
    _NOUN_OR_VERB,
    _OBJECT_VERBS,
    _OPENING_SUBORDINATORS,
    _POSSESSIVES,
    _QUESTION_OPENERS,
    _QUOTATION_AFTER,
    _RAISING,
    _REPORT_PARTICIPLES,
    _SPACE_STOPS,
    _STATE_PARTICIPLES,
    _STOP_MARKS,
    _TAIL_REPORT_WORDS,
    _THAT_OBJECT_VERBS,
    _WH_LEADS,
    _holds_any,
)

__all__ = ["QuoteExtractor", "find_quotes"]


class _Finder:
    """Finds quote candidates in one article."""

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

    # -- speaker phrases ----------------------------------------------------

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

    def phrase_before(self, lo: int, cue_start: int) -> tuple[Phrase, int] | None:
        """The speaker phrase ending at the cue, and where its clause begins.

        Looks back to the nearest boundary (comma, quotation mark, unit start);
        skips one or two appositive or adverbial comma segments
        (``Valery Kistanov, head of …, said``), and the state of a ``City, State,``
        apposition when a name stands before it (``Tom Hale, 34, of Bend, Ore.,
        said``; else the state stays: ``a baker from Dover, Delaware,``).
        """
        self._state = None
        found = self._phrase_before(lo, cue_start)
        return found if found is not None else self._skipped_state(lo)

    def _skipped_state(self, lo: int) -> tuple[Phrase, int] | None:
        """The state :meth:`_phrase_before` skipped, unless the stretch before it
        opens with a preposition or an -ing word (``At a meeting in Bangor, Maine,
        …``, ``Following a flood in Salem, Ore., …``: an adverbial's place)."""
        state = self._state
        if state is not None:
            first = self.text[lo : state[1]].split(None, 1)[:1]
            if first and (first[0].lower() in PREPOSITIONS or first[0].endswith("ing")):
                return None
        return state

    def _phrase_before(self, lo: int, cue_start: int) -> tuple[Phrase, int] | None:
        """:meth:`phrase_before` without the fallback to a skipped state."""
        text = self.text
        hi = cue_start
        window = text[max(lo, hi - 40) : hi]
        tail = None
        if "day" in window or "week" in window or "month" in window or "year" in window:
            tail = self.pats["time_tail"].search(text, max(lo, hi - 40), hi)
        if tail is not None and tail.start() > lo:
            hi = tail.start()  # "Ana Ruiz on Tuesday said": the day is no part of the name
        end = _trim(text, lo, hi)[1] if hi > lo and text[hi - 1] in _SPACE else hi
        if text[end - 1 : end] == ")":
            # "Sen. Ana Ruiz (D-Maine) said": the name is before the parenthesis
            opening = text.rfind("(", max(lo, end - 40), end)
            if opening > lo:
                hi = _trim(text, lo, opening)[1]
        back = self.pats["back"]
        for _hop in range(5):
            if _hop == 4 and self._state is None:
                break  # one more hop only for the segment of a skipped state
            stop = max(lo, hi - 200)
            m = back.search(text, stop, hi)
            b = m.end() if m is not None else -1
            if b <= stop:
                if stop > lo:
                    return None
                b = stop
            phrase = self.phrase(b, hi)
            if phrase is None and _hop == 0:
                near = hi - 30 if hi - 30 > lo else lo
                if text.find("- ", near, hi) >= 0 or text.find("—", near, hi) >= 0 or (
                        text.find("–", near, hi) >= 0):
                    # "Ruiz - who sailed home to Oslo - has vowed"
                    dashed = self.dash_subject(lo, hi)
                    if dashed is not None:
                        return dashed
            if phrase is None and _hop == 0 and not SUBJECT_PRONOUNS.isdisjoint(
                    text[max(b, hi - 30) : hi].lower().split()[-2:]):
                fronted = self.pats["fronted_pronoun"].search(text, b, hi)
                lead_word = text[b : fronted.start()].split()[0].lower() if fronted else ""
                if fronted is not None and (
                        lead_word in PREPOSITIONS or lead_word in SUBORDINATORS
                ) and self.speech_cue(cue_start):
                    # "In an interview he said", "At the gate it reads", "When the
                    # judge returned he said": a fronted adverbial without its comma,
                    # then the subject
                    s0, e0 = fronted.span("pro")
                    return Phrase(s0, e0, "pronoun", text[s0:e0].lower()), b
            if phrase is not None and self._state is None and self.city_state(phrase, b):
                self._state = (phrase, b)
                phrase = None  # "Tom Hale, 34, of Bend, Ore., said": look further back
            if phrase is not None and (_hop == 0 or text[b - 1 : b] != "("):
                if phrase.kind == "nominal" and text[b - 1 : b] == ",":
                    # "Brian Smith, the city's deputy manager, said": the name before
                    # the apposition is the source
                    named = self.apposition_head(lo, b - 1)
                    if named is not None and not self.city_state(*named):
                        # (not the state of "in Onawa, Iowa, the candidate said")
                        return named
                return phrase, b
            if (_hop == 0 and text.startswith(_WRITTEN_FORMS, cue_start)
                    and self.pats["written_cue"].match(text, cue_start) is not None):
                written = self.pats["written_relative"].search(text, max(lo, hi - 40), hi)
                if written is not None and (
                        written.group("that") is None
                        or written.group("noun").lower() not in self.cues.info):
                    # "mugs that said “…”", "the report, which notes, “…”": the
                    # thing written on, through its relative pronoun, says it
                    who_start, who_end = written.span("who")
                    return Phrase(who_start, who_end, "pronoun", text[who_start:who_end]
                                  .lower()), b
            if _hop == 0 and text[b - 1 : b] == ",":
                relative = self.pats["relative"].match(text, b, hi)
                if relative is not None:
                    # "Clinton, who once said …": the relative pronoun names the speaker
                    who_start, who_end = relative.span("who")
                    return Phrase(who_start, who_end, "pronoun", "who"), b
            if _hop == 0:
                # "… after Jo Roe revealed …": a subject after a clause opener
                opener = self.pats["opener_last"].search(text, b, hi)
                if opener is not None:
                    phrase = self.phrase(opener.end(), hi)
                    if phrase is not None and phrase.kind in ("name", "pronoun", "anonymous"):
                        return phrase, b
                    if (phrase is not None and phrase.kind == "nominal"
                            and opener.group().strip().lower() in _CLAUSE_OPENERS
                            and text[phrase.start : phrase.start + 4].lower().startswith(
                                ("the ", "a ", "an "))):
                        # "…, though council records show …": a nominal subject
                        # after an opener that is no preposition
                        return phrase, b
                # the longest tail of the segment that names someone ("Mayors and
                # even some ferry pilots say" -> "some ferry pilots")
                tokens = self.last_tokens(b, hi, 6)
                for i, (ts, _te) in enumerate(tokens[1:], 1):
                    first = text[ts : ts + 12].split(" ", 1)[0]
                    if not (first[:1].isupper() or first.lower() in DETERMINERS):
                        continue
                    phrase = self.phrase(ts, hi)
                    if phrase is not None and phrase.kind in ("name", "anonymous"):
                        if i >= 2 and text[tokens[i - 1][0] : tokens[i - 1][1]].lower() in (
                                PREPOSITIONS):
                            # "Another clerk speaking to the Harbour Post said": the object of
                            # a participle or relative clause; the noun it modifies is
                            # the subject
                            head = self.modified_subject(b, tokens[max(0, i - 3)][0],
                                                         tokens[i - 1][0])
                            if head is not None:
                                return head, b
                        return phrase, b
            if b <= lo or text[b - 1] not in ",(":
                return None
            hi = b - 1
        return None

    def relative_subject(self, b: int, hi: int) -> Phrase | None:
        """The relative pronoun that is the subject of the cue at ``hi`` in the
        comma segment from ``b``: after a noun (``critics who say``, ``the bank,
        which says``), or after a comma opening a verb phrase the cue is coordinated
        with (``Lea Stone, who came out and said``); only adverbs stand before the
        cue."""
        text = self.text
        low = self.low if self.low is not None else text[b:hi].lower()
        lo = b if self.low is not None else 0
        if low.find("who", lo, lo + hi - b) < 0 and low.find("which", lo, lo + hi - b) < 0:
            return None
        m = self.pats["relative_in"].search(text[b:hi])
        if m is None:
            return None
        s0, e0 = m.span("who")
        if m.group("vp") is not None and not text[: b + s0].rstrip().endswith(","):
            # "parents who have run schools and said": without the comma of a
            # clause that describes a named noun, the main verb may be the one
            return None
        # head "who" for "which" too: the rules and the resolver read both alike
        return Phrase(b + s0, b + e0, "pronoun", "who")

    def nearer_subject(self, phrase: Phrase, lo: int, cs: int, ce: int) -> Phrase:
        """The subject of the cue at ``cs`` when one stands between the subject
        ``phrase`` found further back and the cue: a relative pronoun (``Ruiz
        faulted parents who say …``, ``met Lea Stone, who came out and said …``), or
        the subject of an absolute construction before a participle (``…, with
        Lind noting …``); else ``phrase``."""
        gap = self.text[lo:cs].split(None, 1)
        if not gap:
            return phrase  # "Jo Roe said" (two calls in three): nothing stands between
        if len(gap) == 1 and gap[0].isalpha():
            # "Jo Roe also said", "Jo Roe is saying": one word is no relative pronoun
            # (nor the subject after an opener or "with")
            word = gap[0].lower()
            if "who" not in word and "which" not in word and word != "with":
                return phrase
        relative = self.relative_subject(lo, cs)
        if relative is not None:
            return relative
        progressive = False
        if self.text[cs:ce].lower().endswith("ing"):
            absolute = self.absolute_subject(phrase.end, cs)
            if absolute is not None:
                return absolute
            progressive = self.pats["be_before"].search(
                self.text, max(phrase.end, cs - 40), cs) is not None
            if not progressive:
                return phrase  # "…, saying …": the participle's subject is the clause's
        later = self.opened_subject(phrase.end, cs, progressive)
        return phrase if later is None else later

    def coordinated_subject(self, lo: int, cs: int) -> Phrase | None:
        """The subject of the last clause coordinated by ``, and``/``, but`` between
        ``lo`` and the participle at ``cs`` (``Ana Ruiz won the vote, and Bo Lind
        left the hall, saying …``: the participle goes with the nearest clause):
        a name, a pronoun or a nominal opened by an article or possessive, with a
        verb after it."""
        text = self.text
        start = max(lo, cs - 200)
        k = max(text.rfind(", and ", start, cs), text.rfind(", but ", start, cs))
        if k < 0:
            return None
        opener_end = k + 6  # len(", and ") == len(", but ")
        if text.find(",", opener_end, cs) < 0 or any(
                ch in text[opener_end:cs] for ch in "\"“”"):
            return None  # (the participle after the clause's own comma; no quotation)
        found = self.subject_of(opener_end, cs)
        if found is None or found.start != opener_end or found.kind not in (
                "name", "pronoun", "nominal"):
            return None
        first = text[found.start : found.end].split(None, 1)[0].lower()
        if found.kind == "nominal" and first not in _ARTICLE_WORDS and first not in _POSSESSIVES:
            return None
        verb = (text[found.end : found.end + 24].split(None, 1) or [""])[0]
        if not (verb.isalpha() and verb.islower()) or verb in PREPOSITIONS or (
                verb in _CLAUSE_OPENING_WORDS or verb in _ARTICLE_WORDS or verb in _POSSESSIVES):
            return None  # a verb ("left", "has"), not "the council, …" nor "of …"
        return found

    def opened_subject(self, lo: int, cs: int, progressive: bool = False) -> Phrase | None:
        """The subject of a clause opened between ``lo`` and the cue at ``cs`` and
        ending at the cue: after ``, and``/``, but`` or a clause opener that is never
        a preposition (``The votes aren’t counted, but Lea Stone’s team is already
        boasting …``); not a passive's subject."""
        text = self.text
        start = max(lo, cs - 160)
        window = text[start:cs]
        if not (any(word in window for word in _CLAUSE_OPENER_TEXTS) or (
                "," in window and ("and" in window or "but" in window))):
            return None  # (pre-test: the opener kept is in the window, four calls in five)
        opener = self.pats["opener_last"].search(text, start, cs)
        if opener is None or text.find(",", opener.end(), cs) >= 0:
            return None
        word = opener.group().strip().lower()
        if word in ("and", "but"):
            if not text[max(lo, opener.start() - 3) : opener.start()].rstrip().endswith(","):
                return None  # "Hale and other skippers knew": one subject
        elif word not in _CLAUSE_OPENERS:
            return None
        found = self.phrase(opener.end(), cs)
        if found is None or found.kind not in ("name", "pronoun", "nominal", "anonymous"):
            return None
        words = text[found.start : found.end].lower().split()
        if found.kind == "nominal" and not (
                words[0] in _ARTICLE_WORDS or words[0] in _POSSESSIVES
                or any(w.endswith(("'s", "’s")) for w in words)):
            return None
        if found.kind == "name" and not text[found.start].isupper():
            return None
        if not progressive and any(w in BE_FORMS for w in text[found.end : cs].lower().split()):
            return None  # "after the bridge was closed": a passive's subject
        return found

    def cue_subject(self, lo: int, pos: int) -> tuple[Phrase, tuple[int, int]] | None:
        """The subject right before the last cue verb between ``lo`` and the
        quotation at ``pos`` and the cue, when at most a comma and two words stand
        between the cue and the quotation (``one he calls “…”``, ``when a ferry
        captain shouted, “…”``)."""
        text = self.text
        found = self.scan(lo, pos)
        if not found:
            return None
        cs, ce, how = found[-1]
        verb = text[cs:ce]
        if (how != "verb" or not verb.islower() or verb in _NOUN_OR_VERB
                or verb.endswith("ing") or len(text[ce:pos].split()) > 2
                or not _STOP_MARKS.isdisjoint(text[ce:pos])):
            return None
        tokens = self.last_tokens(lo, cs, 4)
        if not tokens:
            return None
        last = text[tokens[-1][0] : tokens[-1][1]].lower()
        if last in _NOUN_MARKERS or last.endswith(("'s", "’s")) or last in BE_FORMS:
            return None  # "his comments", "Trump's attacks": a noun; "is known as"
        bare = not verb.endswith(("s", "ed", "d")) and verb not in _IRREGULAR_PASTS
        for ts, _te in tokens:
            phrase = self.phrase(ts, cs)
            if phrase is None or phrase.kind not in ("name", "pronoun", "nominal"):
                continue
            if "," in text[phrase.start : cs]:
                return None  # "Bo Lind, for one, called": the subject is further back
            words = text[phrase.start : phrase.end].lower().split()
            if phrase.kind == "nominal" and (words[0] not in _ARTICLE_WORDS or any(
                    w in PREPOSITIONS for w in words)):
                return None  # "her focus on … bridges", "the crowd to … chants"
            if phrase.kind == "name" and not text[phrase.start].isupper():
                return None
            before = text[max(lo, phrase.start - 20) : phrase.start].split()[-1:]
            if before and before[0].lower() in PREPOSITIONS:
                return None  # "Parents marching past the harbour chanted"
            if phrase.kind != "pronoun" and (bare or text[ce:ce + 4] == " as "):
                # "the reality show", "a unit known as …": a noun, a participle
                return None
            return phrase, (cs, ce)
        return None

    def passive(self, us: int, cs: int, ce: int) -> bool:
        """True when the cue at ``cs:ce`` is a passive participle after a form of
        *be* (``was asked``, ``is widely recognized``), not a participle in -ing nor
        an adjective of a state of mind (``is worried``, ``was prompted to say``)."""
        text = self.text
        start = max(us, cs - 40)
        tail = self.low[start:cs] if self.low is not None else text[start:cs].lower()
        for last in tail.rsplit(None, 3)[-3:]:
            if last.endswith(_BE_ENDINGS):
                break
        else:
            # (pre-test, first: the form of "be" is one of the last three words;
            # 24 calls in 25 on dev stop here)
            return False
        word = text[cs:ce].split(" ", 1)[0].lower()
        if word.endswith("ing") or word in _STATE_PARTICIPLES:
            return False
        return self.pats["be_before"].search(text, start, cs) is not None

    def possessed_report(self, lo: int, pos: int) -> tuple[Phrase, tuple[int, int]] | None:
        """The possessor and the noun of a report ending before the quotation at
        ``pos`` (``her remark that “…”``, ``his letter on Monday that ''…''``,
        ``Ruiz's bold pledge to be “neutral”``): a possessive pronoun or
        name, at most two lower-case words, a noun of saying, then at most a short
        phrase and ``that`` or ``to`` with up to three words (not the noun as the
        subject of the quotation: ``Lind's figures “are based on …”``)."""
        text = self.text
        # pre-test: "that" or "to" is one of the last four words (three words at
        # most of 20 letters follow it, so it starts within 80 characters of ``pos``)
        tail = text[max(lo, pos - 80) : pos].split()[-4:]
        if "that" not in tail and "to" not in tail:
            return None
        start = max(lo, pos - 160)
        if REPORT_NOUNS.isdisjoint(text[start:pos].split()):
            return None  # (pre-test: the noun of saying is a word of its own)
        m = self.pats["possessed_report"].search(text, start, pos)
        if m is None or m.group("noun").lower() not in REPORT_NOUNS:
            return None
        s0, e0 = m.span("poss")
        word = text[s0:e0].lower()
        if word in PRONOUNS:
            phrase: Phrase | None = Phrase(s0, e0, "pronoun", word)
        else:
            phrase = self.phrase(s0, e0)
        if phrase is None:
            return None
        return phrase, m.span("noun")

    def absolute_subject(self, lo: int, cs: int) -> Phrase | None:
        """The subject of an absolute construction ending at the participle cue at
        ``cs``: the phrase between ``with`` and the cue (``…, with Lind noting``,
        ``with the office of the harbour master saying``)."""
        text = self.text
        at = text.rfind("with ", max(lo, cs - 120), cs)
        if at < 0 or (at > 0 and text[at - 1].isalpha()) or text.find(",", at, cs) >= 0:
            return None
        found = self.phrase(at + 5, cs)
        if found is None or found.kind not in ("name", "pronoun", "anonymous", "nominal"):
            return None
        return found

    def dash_subject(self, lo: int, hi: int) -> tuple[Phrase, int] | None:
        """The subject before a relative clause set off by dashes that ends at the
        verb (``Ruiz - who sailed home to Oslo - has vowed …``, ``Jo Roe — who
        once said … — said …``), and where its clause begins."""
        text = self.text
        m = _dash_relative().search(text, max(lo, hi - 260), hi)
        if m is None:
            return None
        dash = m.start()
        stop = max(lo, dash - 200)
        found = self.pats["back"].search(text, stop, dash)
        b = found.end() if found is not None else stop
        if b <= stop and stop > lo:
            return None
        s0, e0 = _trim(text, b, dash)
        phrase = self.phrase(s0, e0) if e0 > s0 else None
        if phrase is None or phrase.end != e0 or phrase.kind == "anonymous":
            return None
        return phrase, b

    def speech_cue(self, cue_start: int) -> bool:
        """True when the cue at ``cue_start`` reports speech or writing (not thought)."""
        m = self.pats["token"].match(self.text, cue_start)
        kind = None if m is None else self.cues.info.get(m.group().lower(), {}).get("kind")
        return kind in ("speech", "writing")

    def modified_subject(self, b: int, lo: int, prep: int) -> Phrase | None:
        """The speaker phrase from ``b`` up to a participle or relative pronoun
        opening a modifier between ``lo`` and the preposition at ``prep``
        (``Another source speaking to …``, ``Officials who spoke with …``)."""
        text = self.text
        m = self.pats["modifier"].search(text, lo, prep)
        if m is None or m.start() <= b:
            return None
        phrase = self.phrase(b, _trim(text, b, m.start())[1])
        return phrase if phrase is not None and phrase.kind in ("name", "nominal",
                                                                 "anonymous") else None

    def city_state(self, phrase: Phrase, b: int) -> bool:
        """True when ``phrase`` is the state of a ``City, State,`` apposition: a
        state's name or abbreviation after a comma and a capitalised word."""
        text = self.text
        if text[b - 1 : b] != "," or phrase.kind != "name":
            return False
        if text[phrase.start : phrase.end].rstrip(".").lower() not in self.abbreviations.states:
            return False
        before = text[max(0, b - 25) : b - 1].split()
        return bool(before) and before[-1][:1].isupper()

    def last_tokens(self, lo: int, hi: int, n: int) -> list[tuple[int, int]]:
        """The last ``n`` token spans of ``text[lo:hi]``, tokenised from ``lo``.

        No token holds a space, so tokenising from just after a space gives the
        same tokens from there on: only the tail is scanned when it holds ``n``.
        """
        token = self.pats["token"]
        space = self.text.rfind(" ", lo, max(lo, hi - 60))
        if space >= 0:
            tail = [m.span() for m in token.finditer(self.text, space + 1, hi)]
            if len(tail) >= n:
                return tail[-n:]
        return [m.span() for m in token.finditer(self.text, lo, hi)][-n:]

    def apposition_head(self, lo: int, comma: int) -> tuple[Phrase, int] | None:
        """The name ending at ``comma`` (before an apposition), and where its clause
        begins; None unless the stretch back to the previous boundary is a name."""
        text = self.text
        stop = max(lo, comma - 80)
        end = comma
        if text[comma - 1 : comma] == ")":
            # "Gov. Ana Ruiz (D), a close ally, …": the name before the label
            opening = text.rfind("(", stop, comma)
            if opening > stop:
                end = _trim(text, stop, opening)[1]
        m = self.pats["back"].search(text, stop, end)
        b = m.end() if m is not None else stop
        if b <= stop and stop > lo:
            return None
        phrase = self.phrase(b, end)
        if phrase is None or phrase.kind != "name":
            return None
        return phrase, b

    def appositive_subject(self, qend: int, clause_start: int, phrase: Phrase, closed: bool
                           ) -> tuple[Phrase, int] | None:
        """The subject of a cue right after a quotation that closes its content when
        an apposition stands between them: ``“…,” Jo Lind, a spokesman for Acme,
        said …`` (the name, not the apposition, which names Acme) and ``“…,” the
        driver, Jo Lind, told …`` (the name after the role); None unless one comma
        segment, a name or a nominal and no cue, lies between the quotation and
        ``clause_start``. ``closed``: a comma closes the apposition before the cue;
        without one only a role before a name is an apposition (``the driver, Jo
        Lind told``), not ``Jo Lind, the head of the Ohio state …``."""
        text = self.text
        mark = qend - 2 if text.startswith("''", qend - 2) else qend - 1
        if text[mark - 1 : mark] not in (",", "!", "?") and text[qend : qend + 1] != ",":
            return None  # 'was named “in honour of” Hale, Roe wrote': mid-clause
        seg_start, seg_end = _trim(text, qend, clause_start - 1, _SPACE + ",")
        if seg_end <= seg_start or text[qend:seg_start].strip(_SPACE + ","):
            return None
        if self.scan(seg_start, seg_end):
            return None  # '“No,” replied Jo Lind, head of …, said': a cue of its own
        in_name = self.in_name
        if any(ch in ",;:()\"“”«»!?" or (ch == "." and not abbreviation_before(text, i, in_name))
               for i, ch in enumerate(text[seg_start:seg_end], seg_start)):
            return None  # one segment: "Gov. Jo B. Lind Jr." holds only abbreviations
        head = self.phrase(seg_start, seg_end)
        if head is None or head.start != seg_start or head.end != seg_end:
            return None
        if head.kind == "anonymous" and phrase.kind == "name":
            return phrase, seg_start  # "“…,” Jo Lind’s chief of staff, Al Berg, said"
        if head.kind not in ("name", "nominal") or (not closed and (
                head.kind != "nominal" or phrase.kind != "name")):
            return None
        if head.kind == "name" or phrase.kind != "name":
            return head, seg_start
        return phrase, seg_start

    def first_stop(self, start: int, hi: int) -> str:
        """The first character after ``start`` that may end the phrase
        ``phrase_after`` reads (a full stop may not), or "," when none does: a
        pre-test for a phrase that ends at a comma."""
        m = self.pats["stop_char"].search(self.text, start, min(hi, start + 160))
        return "," if m is None else str(m.group())

    def phrase_after(self, start: int, hi: int, longest: bool = False) -> Phrase | None:
        """The speaker phrase right after a cue (``said Mao Ning, …``); with
        ``longest``, the phrase of all the words before the stop or None (for a
        test that the phrase ends at the stop)."""
        text = self.text
        e = start
        stop = min(hi, start + 160)
        find = self.pats["stop_char"].search
        while True:
            m = find(text, e, stop)
            if m is None:
                e = max(e, stop)
                break
            e = m.start()
            if text[e] != "." or not abbreviation_before(text, e, self.in_name):
                break
            e += 1  # full stops of abbreviations and initials stay inside: Gov. Terry E. …
        # the longest valid prefix: "said Trump on Tuesday" -> "Trump", "said one person
        # with knowledge of the talks" -> "one person", "said the former chief clerk of …"
        words: list[int] = []
        for m in self.pats["token"].finditer(text, start, e):
            if len(words) == 14 or (words and m.group() in SUBORDINATORS and (
                    m.group() != "as" or self.pats["as_clause"].match(text, m.end()))):
                # "said Ana Ruiz as she left": the clause is no part of the name ("the
                # chief known as Bob" is)
                break
            words.append(m.end())
        if longest:
            return self.phrase(start, words[-1]) if words else None
        for end in reversed(words):
            phrase = self.phrase(start, end)
            if phrase is not None:
                return phrase
        return None

    # -- content ---------------------------------------------------------------

    def content_after(self, cue_end: int, unit_end: int, verb: str) -> int:
        """Where the content after a cue starts (after objects, adjuncts, a colon)."""
        text = self.text
        pos = cue_end
        m = self.that_after(pos, min(unit_end, pos + 70))
        if m is not None:
            gap = text[pos : m.start()]
            gap = gap.strip()
            first = gap.split(" ", 1)[0].lower()
            # an object may be a titled name ("told local radio host Jo
            # Roe on Wednesday that …")
            # "promises to “…” - so routine that …": an infinitive is no object
            objects = verb in _OBJECT_VERBS or (verb in _THAT_OBJECT_VERBS
                                                and first not in _NOT_OBJECT)
            most = 10 if objects else 6
            if (_word_count(text, pos, m.start()) <= most
                    and _GAP_STOPS.isdisjoint(gap)
                    and clause_stop_search(text, pos, m.start() + 1) is None
                    and (not gap or objects or first in PREPOSITIONS
                         or first in SENTENCE_ADVERBS or first in VERB_ADVERBS
                         or first in _GAP_FIRST or first in TIME_NOUNS
                         or _time_phrase(gap) or first.endswith("ly"))):
                # "said on Sunday that …", "told reporters that …"; but "noted Clinton's
                # comment that …": the object is part of the content
                found: int = m.start() + (len(m.group()) - len(m.group().lstrip()))
                return found
        reach = min(unit_end, pos + 120)
        colon = (self.pats["adjunct_colon"].match(text, pos, reach)
                 if text.find(":", pos, reach) >= 0 else None)
        if colon is not None and colon.group("first").lower() in _ADJUNCT_FIRST:
            # "said back in the spring of 2019: “…”": an adjunct, then the quotation
            quote_start: int = colon.end() - 1
            return quote_start
        if verb in _OBJECT_VERBS:
            e = pos
            while e < unit_end and e - pos < 60 and text[e] not in ",:\"“«":
                e += 1
            if e < unit_end and text[e] in ",:" and _word_count(text, pos, e) <= 5:
                pos = e + 1
            else:
                subject = _clause_after_object(text, pos, unit_end, self.in_name)
                if subject is not None:
                    return subject
        for _ in range(2):
            m = self.pats["adjunct"].match(text, pos, unit_end)
            if m is None:
                break
            pos = m.end()
        while pos < unit_end and text[pos] in _SPACE + ",:—–-":
            pos += 1
        return pos

    def that_after(self, start: int, end: int) -> Any:
        """The ``that`` pattern searched in ``text[start:end]``; no regex call where
        the lower-cased text shows no ``that`` (most stretches after a cue)."""
        if self.low is not None and self.low.find("that", start, end) < 0:
            return None
        return self.pats["that"].search(self.text, start, end)

    def quotes_in(self, pairs: Sequence[tuple[int, int]], start: int,
                  end: int) -> list[tuple[int, int]]:
        """Pairs (sorted by start) lying within ``[start, end)``."""
        lo = bisect.bisect_left(pairs, (start, -1))
        hi = bisect.bisect_left(pairs, (end, -1))
        if lo == hi:
            return []
        return [p for p in pairs[lo:hi] if p[1] < end]

    # -- per unit ----------------------------------------------------------------

    def unit_candidates(self, blk: _Block, us: int, ue: int,
                        claimed: set[tuple[int, int]]) -> list[_Cand]:
        text = self.text
        found = self.scan(us, ue)
        view = self.has_view and (text.find("view", us, ue) >= 0
                                  or text.find("opinion", us, ue) >= 0)
        by = text.find(" by ", us, ue) if self.has_by else -1
        if not found and not view and by < 0:
            return []  # no cue of any sort: most units
        pairs = self.quotes_in(blk.pairs, us, ue + 1)
        in_quote: Callable[[int], bool]
        cues: list[tuple[int, int, str]]
        if pairs:
            opens = [a for a, _ in pairs]
            # (_mark_end's and in_quote's tests inline: no call per pair or per cue)
            ends = [b + 2 if text.startswith("''", b) else b + 1 for _, b in pairs]

            def in_quote(pos: int) -> bool:
                k = bisect.bisect_right(opens, pos) - 1
                return k >= 0 and pos < ends[k]

            cues = []
            for c in found:
                k = bisect.bisect_right(opens, c[0]) - 1
                if k < 0 or c[0] >= ends[k]:
                    cues.append(c)
        else:
            in_quote = _outside  # no quotation in the unit (scan's list is the unit's own)
            cues = found
        out: list[_Cand] = []
        if view:
            for m in self.pats["view"].finditer(text, us, ue):
                if not in_quote(m.start()):
                    cues.append((m.start(), m.end(), "view"))
        while by >= 0:
            m = self.pats["agent"].search(text, max(us, by - 40), by + 3)
            if m is not None and not in_quote(m.start()):
                cues.append((m.start(), m.end(), "agent"))
            by = text.find(" by ", by + 3, ue)
        cues.sort()
        taken_until = floor = us
        self.tail_from = -1
        for cs, ce, how in cues:
            if cs < taken_until or cs < self.tail_from:
                continue
            cand = self.frame(blk, us, ue, cs, ce, how, pairs, claimed, floor=floor)
            if (cand is not None and how == "verb" and cand.speaker is not None
                    and cand.speaker.end <= cs and cand.cue == (cs, ce)
                    and self.passive(us, cs, ce)):
                # "Lind was asked to list …", "I was told that …": the subject of a
                # passive is no source; the agent after "by" is
                by = self.pats["by_agent"].match(self.text, ce, ue)
                cand.speaker = None if by is None else self.phrase_after(by.end(), ue)
            if (cand is not None and out and how == "verb" and cand.kind == "indirect"
                    and self.cues.info.get(text[cs:ce].lower(), {}).get("kind") == "cognition"
                    and self.joins_previous(out[-1], cand)):
                # "X said A, but she wanted B": the second clause goes on X's report
                prev = out[-1]
                prev.parts[-1] = (prev.parts[-1][0], cand.parts[-1][1])
                taken_until = floor = cand.parts[-1][1]
                continue
            if cand is not None:
                out.append(cand)
                last = cand.parts[-1] if cand.parts else (0, 0)
                taken_until = last[1] if last[0] > ce else ce
                if cand.speaker is None or cand.speaker.head != "who":
                    # a relative clause inside the next cue's subject ("“…,” Cruz,
                    # who has proposed …, said") leaves the content before it open
                    floor = taken_until
                if cand.speaker is not None and cand.speaker.kind == "pronoun" and text[
                        cand.speaker.start - 5 : cand.speaker.start].lower() in _WH_LEADS:
                    self.what_report(us, cand)
        return out

    def joins_previous(self, prev: _Cand, cand: _Cand) -> bool:
        """Whether ``cand`` (a cue of thought or intent, ``she wanted``, ``he feels``)
        opens the second clause of a coordination whose first clause ends the
        content of the report ``prev`` before it: ``Ms. Lee said she weighed how
        parents would take it, but she wanted to keep the school open`` (PolNeAR reads both
        clauses as the first report's content)."""
        speaker = cand.speaker
        if (prev.kind == "direct" or not prev.parts or not cand.parts or speaker is None
                or prev.cue is None or cand.cue is None or speaker.end > cand.cue[0]):
            return False
        end = prev.parts[-1][1]
        if (not prev.cue[1] <= end <= speaker.start or speaker.start - end > 16
                or "," in self.text[speaker.end : cand.cue[0]]):
            return False  # (not "but Gov. Ana Lee, who …, also supported")
        if speaker.head in ("i", "we") and (prev.speaker is None
                                            or prev.speaker.head != speaker.head):
            return False  # "Ana Lee said …, and I think …": the writer's report
        text = self.text
        info = self.cues.info
        if info.get(text[slice(*prev.cue)].lower(), {}).get("lemma") == info.get(
                text[slice(*cand.cue)].lower(), {}).get("lemma"):
            return False  # "I think A, and I think B": two reports
        return self.pats["joined_clause"].fullmatch(text, end, speaker.start) is not None

    def what_report(self, us: int, cand: _Cand) -> None:
        """``Ruiz has railed against what she calls the “harbour cartel”``: a free
        relative ``what`` (or a question's ``how``, ``why``: ``asking Lee why he
        has criticized …``) + pronoun + cue as the object of its clause's verb is the
        report of the clause's subject, which the pronoun stands for (PolNeAR marks
        the outer report, content from ``what``). The subject is a name or a noun
        phrase agreeing with the pronoun in number, no comma between it and ``what``."""
        speaker = cand.speaker
        if speaker is None or speaker.head not in ("he", "she", "they") or not cand.parts:
            return
        what = speaker.start - 5
        if self.text[what] != "w":
            what += 1  # "how", "why"
        subject = self.subject_of(us, what)
        if (subject is None or subject.kind == "pronoun" or subject.end > what
                or "," in self.text[subject.end : what]
                or _word_count(self.text, subject.end, what) > 10):
            return
        plural = subject.kind != "name" and subject.head.endswith("s")
        if plural != (speaker.head == "they"):
            return
        verb = (self.text[subject.end : subject.end + 24].split(None, 1) or [""])[0]
        if not (verb in _FINITE_FIRST or (verb.endswith(("s", "ed")) and verb.isalpha()
                                          and verb.islower())):
            return  # "The schools bend to what she said …": no finite verb after a subject
        cand.speaker = subject
        first = cand.parts[0]
        if cand.kind == "indirect" and first[0] > speaker.start:
            cand.parts[0] = (what, first[1])

    def frame(self, blk: _Block, us: int, ue: int, cs: int, ce: int, how: str,
              pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
              floor: int = 0) -> _Cand | None:
        """The quote a cue at ``cs:ce`` frames in the unit ``us:ue``; content before the
        cue starts at ``floor`` at the earliest (after the quote of an earlier cue)."""
        text = self.text
        verb = text[cs:ce].lower()
        if how == "according":
            return self.frame_according(us, ue, cs, ce, pairs, claimed)
        if how == "view":
            m = self.pats["view"].match(text, cs, ue)
            if m is None:
                return None
            np_s, np_e = m.span("np")
            phrase = speaker_phrase(text, np_s, np_e, self.abbreviations)
            if phrase is None:
                return None
            return self.prep_content(us, ue, cs, ce, phrase, pairs, claimed)
        if how == "agent":
            e = ce
            while e < ue and text[e] not in ",.;:!?\"“”":
                e += 1
            phrase = speaker_phrase(text, ce, e, self.abbreviations)
            if phrase is None:
                return None
            cstart, cend = _trim(text, us, cs)
            if not _has_words(text, cstart, cend, 3):
                return None
            return self.make(pairs, claimed, (cstart, cend), (cs, ce), phrase, blk)
        if text[cs].isupper() and cs > us and how == "verb" and not (
                verb in ("says", "said") and not text[ce:ue].strip(_SPACE + ".;")
                and text.rfind(",", us, cs) >= 0):
            # "Ana Ruiz Stressed The Value …": a title-case headline (but "…,
            # Bo Lind Says.": its closing attribution)
            return None
        if how == "verb" and verb in _RAISING and text[
                (cs - 30 if cs - 30 > us else us) : cs].rstrip().casefold().endswith(
                    _RAISING_TAILS):
            # (pre-test: the ``raising`` pattern ends with one of these words and space)
            m = self.pats["raising"].search(text, max(us, cs - 30), cs)
            if m is not None:
                return self.raising(blk, us, ue, m.start(), ce, pairs, claimed, floor)
        if how == "verb":
            prev_word = text[(cs - 12 if cs - 12 > us else us) : cs].split()[-1:]
            if prev_word and (prev_word[0].lower() in _NOUN_MARKERS
                              or prev_word[0].endswith(("'s", "’s"))):
                return None  # "his comments", "the states", "Trump's attacks": a noun
            if verb == "called" and prev_word and prev_word[0].lower() == "so":
                return None  # "the so called “Bridge Plan”": an adjective, no report
            if (prev_word and prev_word[0].endswith("ly") and prev_word[0].islower()
                    and prev_word[0] != "only"):
                before = text[(cs - 40 if cs - 40 > us else us) : cs].split()[-2:-1]
                if before and (before[0].lower() in _NOUN_MARKERS
                               or before[0].endswith(("'s", "’s"))):
                    # "the town's widely reported plan", "the previously
                    # announced closure": an adverb after a determiner or possessive
                    # makes the cue form a modifier
                    return None
        strong = verb in self.cues.strong or how == "phrase"
        # lower bound for looking back: the last quotation closing before the cue
        # The unit's pairs are sorted and do not overlap, so their ends rise: walk back
        # from the last pair closing before the cue (linear in the article, where a
        # walk over every earlier pair of a long unit was quadratic). A title, skipped
        # ("Jo Lind, the author of “Dark Water,” said"), has no double quotation mark
        # between it and the cue (``title_tail``): the walk stops at the first pair
        # that is no title once a double mark lies behind it.
        qend = us
        title: tuple[int, int] | None = None
        i = bisect.bisect_right(pairs, cs, key=_CLOSE)
        while i > 0:
            i -= 1
            a, b = pairs[i]
            end = _mark_end(text, b)
            if end > cs or end <= us:
                continue
            if (_work_of(text, a) and text.rfind(",", us, a) >= 0
                    and self.pats["title_tail"].match(text, end, cs)
                    and _is_title(text, *_inner(text, (a, b)))):
                if title is None:
                    title = (a, end)
                continue
            if qend == us:
                qend = end
            if text[b] in _DOUBLE_MARKS:
                break
        word_before = text[(cs - 5 if cs - 5 > us else us) : cs].split()
        infinitive = word_before[-1:] == ["to"]
        # (_trim's end, no call where no white space precedes the cue)
        before_close = _trim(text, us, cs)[1] if cs > us and text[cs - 1] in _SPACE else cs
        prev_char = text[before_close - 1] if before_close > us else ""
        if qend > us and before_close == qend:
            prev_char = '"'
        if (not strong or verb in _NOUN_OR_VERB) and self.noun_only(
                us, ue, cs, ce, qend, prev_char, strong):
            return None  # "swing states", "raised questions": skip the speaker search
        # "…, before adding that …", "…, while also saying …": the clause's subject speaks
        led = verb.endswith("ing") and text.find(",", max(us, cs - 24), cs) >= 0 and self.pats[
            "led_participle"].search(text, max(us, cs - 24), cs) is not None
        if infinitive or led or (
                verb.endswith("ing") and text[before_close - 1 : before_close] == ","):
            found = None  # "…, claiming …", "… to say …": the speaker is the clause's subject
        elif title is not None:
            # the subject is before the title's apposition
            found = self.phrase_before(qend, title[0])
        else:
            found = self.phrase_before(qend, cs)
        if found is not None and prev_char == "," and verb in ("says", "said") and (
                self.first_stop(ce, ue) in ",."):
            # (only a phrase of all the words before the first stop ends at a comma)
            named = self.phrase_after(ce, ue, longest=True)
            if (named is not None and named.kind == "name"
                    and text[named.end : named.end + 1] == ","):
                # "The paradox of the bridge, says Carl Anthony, is …": a parenthetical
                # report right after a comma names its speaker after the cue
                found = None
        # inverted: ', said Mao Ning' / '," said the newspaper' / '," read the
        # statement' (the weak past "read" only right after a quotation)
        if found is None and prev_char and prev_char in ",\"“”«»" and (
                strong or verb in ("says", "said")
                or (verb == "read" and prev_char in "\"“”«»")):
            phrase = self.phrase_after(ce, ue)
            if phrase is not None:
                boundary = before_close - 1 if prev_char == "," else before_close
                region = self.strip_adverbial(*_trim(text, us, boundary, _SPACE + ","))
                if _has_words(text, *region, n=1 if prev_char in "\"“”«»" else 2):
                    cand = self.make(pairs, claimed, region, (cs, ce), phrase, blk)
                    if cand is not None:
                        cand.attribution_end = self._clause_end(phrase.end, ue)
                        # '“…,” said X, adding that …': X speaks the participle's report
                        self.carry(_trim(text, cand.attribution_end, ue, _SPACE + ",")[0],
                                   phrase)
                    return cand
            return None
        participle = False
        if found is None and cs > us:
            word_before = text[max(us, cs - 5) : cs].split()
            if ((verb.endswith("ing") and (prev_char == "," or led or word_before[-1:] == ["by"]))
                    or word_before[-1:] in (["and"], ["but"], ["to"]) or cs in self.carried):
                # "…, saying that …", "… and said that …": the speaker is the subject
                # the clause opens after the last quotation before the cue ("“…,” Clinton
                # replied, adding that …"): never inside it
                subject = (self.carried.get(cs) or self.caused_subject(us, cs)
                           or self.subject_after(us, qend, cs))
                if (subject is not None and cs not in self.carried and prev_char == ","
                        and verb.endswith("ing")):
                    subject = self.coordinated_subject(subject.end, cs) or subject
                if subject is not None:
                    found, participle = (subject, cs), True
                    # "…, saying his rival would …": a participle of a speech verb reports
                    kind = self.cues.info.get(verb, {}).get("kind")
                    strong = strong or (verb.endswith("ing") and kind in ("speech", "writing"))
        elif found is None and cs == us and (verb in ("said", "says") or (
                strong and text[cs].isupper())):
            # "Said Jo Roe, who grew up with Hale, "We were all so glad."",
            # "Stated Stone: …": a cue opening the sentence, then its speaker
            phrase = self.phrase_after(ce, ue)
            said = verb in ("said", "says")
            if phrase is not None and (said or (phrase.kind in ("name", "nominal")
                                                and text[phrase.end : phrase.end + 1] in ":,")):
                end = phrase.end
                relative = self.pats["said_relative"].match(text, end, ue)
                if relative is not None:
                    end = relative.end()  # the relative clause describes the speaker
                if not text[end:ue].strip(_SPACE + ":"):
                    # the quotation follows in the next block
                    return _Cand(kind="direct", parts=[], cue=(cs, ce), speaker=phrase,
                                 block=blk.index)
                return self.prep_content(us, ue, cs, end, phrase, pairs, claimed,
                                         cue=(cs, ce))
        if found is None and not participle:
            opening = self.opening_participle(us, ue, cs, ce, verb, strong, pairs, claimed, blk)
            if opening is not None:
                return opening
        if verb in _EVIDENCE_VERBS and (found is None or found[0].head not in _EVIDENCE_NOUNS):
            # "A council poll last month showed …", "Exit polls from the primary found …"
            m = None
            if self.pats["evidence_noun"].search(text, max(us, cs - 160), cs) is not None:
                m = self.pats["evidence"].search(text, max(us, cs - 160), cs)
            if m is not None:
                s0, e0 = m.span("np")
                found = (Phrase(s0, e0, "nominal", text[s0:e0].split()[-1].lower()), s0)
                strong = True
        if found is None and verb == "asked":
            # "When asked whether the ferry would …, Lind replied": a question nobody is named for
            m = self.pats["asked"].match(text, ce, ue)
            if m is not None:
                end = self._clause_end(m.end(), ue)
                if _word_count(text, m.start("q"), end) >= 3:
                    # "When asked by a pupil whether …": the asker is the source
                    asker = self.phrase_after(*m.span("np")) if m.group("prep") == "by" else None
                    return _Cand(kind="indirect", parts=[(m.start("q"), end)], cue=(cs, ce),
                                 speaker=asker, block=blk.index)
        if found is None:
            return None
        phrase, clause_start = found
        if phrase.head != "who" and phrase.end < cs and not text[phrase.end : cs].isspace():
            phrase = self.nearer_subject(phrase, phrase.end, cs, ce)
        if (not participle and qend > us and text[clause_start - 1 : clause_start] == ","
                and phrase.kind != "pronoun"):
            apposed = self.appositive_subject(qend, clause_start, phrase, prev_char == ",")
            if apposed is not None:
                phrase, clause_start = apposed
        if text[phrase.start].isdigit() or text[phrase.start : phrase.start + 5].lower() in (
                "just ", "only ", "about "):
            poll = self.pats["poll_share"].match(text, phrase.start, phrase.end)
            opener = None if poll is None else self.pats["poll_opener"].search(
                text, max(us, phrase.start - 160), phrase.start)
            if opener is not None:
                # "In a council poll released Monday, 31 percent of parents said …": the poll
                # reports its respondents' answers
                s0, e0 = opener.span("np")
                phrase = Phrase(s0, e0, "nominal", opener.group("head").lower())
        entry = self.cues.info.get(verb, {})
        needs_quote = bool(entry.get("needs_quote"))
        lemma = entry.get("lemma", verb)
        boundary_char = text[clause_start - 1] if clause_start > us else ""
        if qend > us and not text[qend:clause_start].strip():
            boundary_char = '"'
        before_region = _trim(text, floor if floor > us else us,
                              clause_start - 1 if boundary_char == "," else clause_start,
                              _SPACE + ",")
        # "met Ana Ruiz, who said …": what comes before a relative pronoun is no content
        has_before = (clause_start > us and not participle and not verb.endswith("ing")
                      and phrase.head != "who"
                      and _has_words(text, *before_region,
                                     n=1 if boundary_char in "\"“”«»" else 2))
        # "After the storm, the old ferry, we might recall, was …": the subject
        # before a parenthetical report, without an adverbial opening it
        raw_before = before_region
        raw_has_before = clause_start > us and not participle
        if raw_has_before:
            raw_before = self.strip_adverbial(*before_region)
            raw_has_before = _has_words(text, *raw_before) and not self.adverbial(*raw_before)
        if has_before and boundary_char not in "\"“”«»":
            core = self.strip_adverbial(*before_region)
            first = text[core[0] : core[0] + 20].split(" ", 1)[0].lower()
            if (first in PREPOSITIONS or first in _CLAUSE_OPENING_WORDS
                    or _word_count(text, *core) < 4
                    or lemma in _NOT_BEFORE):
                has_before = False  # "In a statement, X dismissed …": not content
        elif has_before and text[before_region[0]] not in _QUOTE_CHARS and self.adverbial(
                *before_region) and any(
                    _mark_end(text, b) == qend and _is_title(text, *_inner(text, (a, b)))
                    for a, b in pairs):
            has_before = False  # 'In an interview on “Face the Nation,” X said …'
        if (verb in _NOUN_OR_VERB or lemma in _QUOTATION_AFTER) and (
                boundary_char not in "\"“”«»"):
            has_before = False  # "…, who won the council seat.": a noun
        if has_before and not needs_quote and (boundary_char in "\"“”«»"
                                               or self._adjunct_only(ce, ue)):
            # CONTENT, SPEAKER CUE [adjuncts].  — or "A," he said, "B."
            outer = self.according_after(blk, us, ue, ce, pairs, claimed, floor)
            if outer is not None:
                return outer  # "“…,” Lind said, according to the Post.": the Post's report
            cand = self.make(pairs, claimed, before_region, (cs, ce), phrase, blk)
            if cand is None:
                return None
            stop = self._clause_end(ce, ue)
            after = _trim(text, stop, ue, _SPACE + ",.")
            self.carry(after[0], phrase)  # "“…,” X said, adding that …"
            nxt = [p for p in pairs if p[0] >= after[0] and p not in claimed]
            if (cand.kind == "direct" and nxt and nxt[0][0] == after[0]
                    and text[stop : stop + 1] in (",", ".")):
                cand.parts.append(_inner(text, nxt[0]))
                claimed.add(nxt[0])
                cand.attribution_end = None
            else:
                cand.attribution_end = self._clause_end(ce, ue)
            return cand
        # content after the cue? (looked for only now: a quotation before the cue has
        # returned above, and most quotes in dense reporting do)
        cstart = self.content_after(ce, ue, verb)
        after_words = _has_words(text, cstart, ue, 3)
        if after_words or (cstart < ue and text[cstart] in "\"“«„"):
            first_word = text[cstart : cstart + 15].split(" ", 1)[0].lower()
            intent = lemma in _INTENT_LEMMAS and first_word == "to"
            if intent and lemma in _COMMIT_LEMMAS and blk.block.type == "heading":
                return None  # "Ministers agree to reopen talks" (a headline): the news, no report
            if first_word in _CONTENT_NOT_FIRST and not intent:
                return None
            if self.carry(cstart, phrase):
                return None  # "X said, adding that …": the participle reports
            opener = text[cstart : cstart + 5].lower() == "that " or text[cstart] in "\"“«„'"
            if verb in _OBJECT_VERBS and not opener and not intent and not any(
                    c in text[ce:cstart] for c in ",:") and _clause_after_object(
                    text, ce, ue, self.in_name) != cstart:
                return None  # "told a news briefing": the object, not the content
            if verb in _NOUN_OR_VERB and not opener:
                return None  # "swing states voted", "terror attacks rose": nouns
            if not strong and not needs_quote and not intent:
                if not (text[cstart : cstart + 5].lower() == "that " or text[cstart] in "\"“«„"):
                    return None
                if phrase.kind == "nominal":
                    return None
            if intent:
                # "declined to comment on the report": the comment verb belongs to the cue
                m = self.pats["to_comment"].match(text, cstart, ue)
                if m is not None and _has_words(text, m.end(), ue, 1):
                    cstart = m.end()
            region = _trim(text, cstart, ue, _SPACE + ".")
            tail = None if participle else self.reported_by_tail(
                us, min(clause_start, phrase.start), cs, *region)
            if tail is not None:
                # "X plans to …, Lea Stone said.", "X said …, according to CNN.": the
                # report is the closing source's, and no cue before it reports a part
                vs, ve = tail.span("verb")
                how = "according" if text[vs : vs + 9].lower() == "according" else "verb"
                outer = self.frame(blk, us, ue, vs, ve, how, pairs, claimed, floor)
                if outer is not None:
                    self.tail_from = ve
                    return outer
            cut = self.participle_stop(region[0], region[1], pairs)
            if cut is not None:
                region = (region[0], cut[0])
                if not any(region[0] <= p[0] < region[1] for p in pairs) and not (
                        _has_words(text, *region, 4)):
                    # "attacked Lind, saying …", "emailed parents on Monday,
                    # telling them …": an object; the participle reports, for the
                    # same speaker
                    self.carried[cut[1]] = phrase
                    return None
            if phrase.head == "who" and text[phrase.start - 2 : phrase.start] == ", ":
                # "Ruiz, who called Lind on Tuesday, told her staff, “…”":
                # the relative clause ends at its comma, before the quotation the main
                # verb reports (as without one, below)
                mark = next((p[0] for p in pairs if region[0] <= p[0] < region[1]), -1)
                comma = text.find(", ", region[0], mark) if mark > 0 else -1
                if (comma > 0 and text[comma + 2 : comma + 3].islower()
                        and _has_words(text, region[0], comma, 2)):
                    region = (region[0], comma)
            if (needs_quote or lemma in _QUOTATION_AFTER) and not any(
                    p[0] >= region[0] and p[1] < region[1] for p in pairs):
                return None
            parenthetical = (raw_has_before and boundary_char == ","
                             and "," in text[ce:cstart])
            inside = [p for p in pairs if region[0] <= p[0] < region[1]]
            if inside and self.lead_in(region[0], inside[0][0]):
                region = (inside[0][0], region[1])
            if not inside:
                region = (region[0], self.clause_stop(region[0], region[1]))
                tail = self.pats["tail_attribution"].search(
                    text, max(region[0], region[1] - 90), region[1])
                if tail is not None and _has_words(text, region[0], tail.start(), 3):
                    region = (region[0], tail.start())  # "…, those people said."
                region = (region[0], self.relative_stop(*region))
                lead = text[max(clause_start, phrase.start - 20) : phrase.start].split()[-1:]
                if phrase.head == "who" and text[phrase.start - 2 : phrase.start] == ", ":
                    # "Ruiz, who has proposed closing the harbour, said …": the
                    # relative clause ends at its comma, before the main verb
                    comma = text.find(", ", region[0], region[1])
                    if (comma > 0 and text[comma + 2 : comma + 3].islower()
                            and _has_words(text, region[0], comma, 2)):
                        region = (region[0], comma)
                elif lead and lead[0].lower() in SUBORDINATORS:
                    # "When Ruiz said she would resign …, he looked …", "While
                    # many opposed those closures, the council …": the report is a
                    # subordinate clause, ending at its comma (not after a sentence
                    # adverb: "As the Post reported just today, …")
                    comma = text.find(",", region[0], region[1])
                    if (comma > 0 and _has_words(text, region[0], comma, 1)
                            and _first_word(text, region[0]) not in SENTENCE_ADVERBS):
                        region = (region[0], comma)
            elif text[region[0]] not in "\"“«„'":
                # mixed: the clause ends after its first quotation at the earliest,
                # never inside one
                clause = self.clause_stop(region[0], region[1])
                if clause <= inside[0][0] and _has_words(text, region[0], clause, 3):
                    stop = clause  # "noted X, adding that … “…”": the quotation is later
                else:
                    stop = max(clause, _mark_end(text, inside[0][1]))
                for p in inside:
                    if p[0] < stop < _mark_end(text, p[1]):
                        stop = _mark_end(text, p[1])
                    if p[0] < stop and text[p[1] - 1 : p[1]] in (".", "!", "?") and (
                            _has_words(text, region[0], p[0], 1)):
                        # a quotation ending its sentence ends the content
                        stop = min(stop, _mark_end(text, p[1]))
                        break
                # "… was “not ready yet” on backing Lind, who will face …": a
                # relative clause after the last quotation is the writer's
                last = max((_mark_end(text, p[1]) for p in inside if p[1] < stop),
                           default=region[0])
                tail = self.pats["relative_tail"].search(text, last, stop)
                if tail is not None:
                    stop = tail.start()
                region = (region[0], stop)
            cand = self.make(pairs, claimed, region, (cs, ce), phrase, blk, after_cue=True)
            if cand is not None and cut is not None and region[1] == cut[0]:
                self.carried[cut[1]] = phrase  # the participle reports for the same speaker
            if cand is not None and parenthetical and cand.kind != "direct" and not any(
                    raw_before[0] <= q[0] < raw_before[1] for q in pairs):
                # "Within councils, they said, mayors now have more power …"
                cand.parts.insert(0, raw_before)
            return cand
        if text[ce:ue].strip().startswith(":") or ue - ce <= 2 or self.announces(ce, ue):
            # "Cruz continued:" — the quotation follows (in the next block, or the
            # next sentence: "Lau said in a statement. “…”")
            return _Cand(kind="direct", parts=[], cue=(cs, ce), speaker=phrase, block=blk.index)
        return None

    def opening_participle(self, us: int, ue: int, cs: int, ce: int, verb: str, strong: bool,
                           pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
                           blk: _Block) -> _Cand | None:
        """``Noting that the bridge was unsafe, Tom Hale voted …``, ``Having announced
        that …, Judge Berman …``, ``After saying he was …, the man …``: a report
        participle opening its sentence (alone, after *having*, or after a
        subordinator) reports for the main clause's subject, the phrase after the
        comma that ends the reported clause and before the main verb. The reported
        clause follows a verb of speech, writing or announcement and opens with
        *that* (or follows *saying* or a strong speech verb); a cognition verb
        (``Assuming that …, she might …``) makes a condition, no report."""
        text = self.text
        lead = text[us:cs].split(None, 1)  # more than one word: no participle opening
        if lead == []:
            if not verb.endswith("ing"):
                return None
        elif len(lead) != 1 or not (
                (lead[0] == "Having" and not verb.endswith("ing"))
                or (lead[0].lower() in _OPENING_SUBORDINATORS and verb.endswith("ing"))):
            return None
        cstart = self.content_after(ce, ue, verb)
        gap = text[ce:cstart].split()
        if gap and gap[0].lower() in ("on", "in", "at", "during"):
            gap = gap[1:]
        if gap and not (_time_phrase(" ".join(gap)) or (len(gap) == 1 and gap[0].endswith("ly"))):
            return None  # "Writing for a board that all agreed …": an object, no report
        kind = self.cues.info.get(verb, {}).get("kind")
        first = text[cstart : cstart + 5].split(" ", 1)[0].lower()
        if kind not in ("speech", "writing", "announcement") or (
                first != "that" and not (
                    (strong or verb == "saying" or (first in SUBJECT_PRONOUNS and first != "it"))
                    and kind != "announcement")):
            return None  # "Assuming that …, she might …": a condition, no report
        comma = text.find(",", cstart, ue)
        if comma < 0:
            return None
        end = comma
        for p in pairs:
            if p[0] < comma < p[1]:
                if p[1] - comma > 1 or p[0] < cstart:
                    return None
                end = _mark_end(text, p[1])  # 'saying the ferry was “so late,” she …'
            elif cstart <= p[0] < comma:
                return None
        phrase = self.subject_of(us, ue)
        if phrase is None or phrase.start < comma or not self.pats["main_verb"].match(
                text, phrase.end, ue):
            return None
        for m in self.pats["token"].finditer(text, phrase.start, phrase.end):
            word = m.group()
            if m.start() > phrase.start and word.islower() and text[m.start() - 1] == " " and (
                    word.endswith("ed") or word in self.cues.info):
                # "the man ended up …", "the spokeswoman told reporters …": the main
                # verb ends the subject
                shorter = self.phrase(phrase.start, _trim(text, phrase.start, m.start())[1])
                phrase = shorter or phrase
                break
        return self.make(pairs, claimed, _trim(text, cstart, end), (cs, ce), phrase, blk,
                         after_cue=True)

    def announces(self, ce: int, ue: int) -> bool:
        """True when only adjuncts follow a cue to the end of its sentence and a
        quotation opens the next one (``Lau said in a statement. “…”``)."""
        text = self.text
        nxt = _trim(text, ue, min(len(text), ue + 4))[0]
        if text[nxt : nxt + 1] not in "\"“«„":
            return False
        rest = text[ce:ue].strip(_SPACE + ".").split()
        return 0 < len(rest) <= 8 and rest[0].lower() in _ADJUNCT_FIRST and not any(
            ch in text[ce:ue] for ch in "\"“”«»")

    def noun_only(self, us: int, ue: int, cs: int, ce: int, qend: int, prev_char: str,
                  strong: bool) -> bool:
        """Whether a cue form that is often a noun (``states``, ``tweet``, ``attacks``)
        or a weak cue (``questions``, ``called``) can frame nothing at ``cs:ce``,
        whoever its speaker would be.

        For these forms :meth:`frame` accepts only content before the cue behind a
        quotation mark, or (a weak cue) before a cue that only adjuncts follow, an
        inverted frame after a comma (``…, states the report``), a colon or the unit's end
        after the cue (``Cruz tweeted:``), or content after it that opens with ``that`` or
        a quotation mark. When none of these can hold, every path after the speaker search
        returns None; answering here saves that search, the costliest part of a frame,
        for the many noun readings ("swing states voted").
        """
        text = self.text
        verb = text[cs:ce].lower()
        noun = verb in _NOUN_OR_VERB
        weak = not strong and self._weak_only(verb)
        if not (noun or weak):
            return False
        if qend > us or _holds_any(text, _DOUBLE_MARKS, us, cs):
            return False  # the clause before the cue may start at a quotation mark
        if prev_char == "," and (strong or verb in ("says", "said")):
            return False  # an inverted frame: "…, states the report"
        if ue - ce <= 2 or text[ce:ue].lstrip().startswith(":"):
            return False  # the quotation may follow in the next block
        if weak and not noun and self._adjunct_only(ce, ue):
            return False  # content before: "…, Ada Holm questions today."
        cstart = self.content_after(ce, ue, verb)
        if cstart >= ue:
            return True
        that = text[cstart : cstart + 5].lower() == "that "
        return ((noun and not (that or text[cstart] in "\"“«„'"))
                or (weak and not (that or text[cstart] in "\"“«„")))

    def _weak_only(self, verb: str) -> bool:
        """Whether ``verb`` is a weak cue that :meth:`frame` treats alike on every path:
        no quotation required, no ``to`` infinitive as content (``plans to``), no
        participle made strong, no evidence, question or ``Said X,`` frame of its own."""
        entry = self.cues.info.get(verb, {})
        return not (entry.get("needs_quote") or entry.get("lemma", verb) in _INTENT_LEMMAS
                    or verb.endswith("ing") or verb in _EVIDENCE_VERBS
                    or verb in ("asked", "said", "says"))

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

    def any_verb_frame(self, blk: _Block, pair: tuple[int, int]
                       ) -> tuple[Phrase, tuple[int, int]] | None:
        """Speaker and verb framing a quotation with a verb the lexicon lacks:
        ``"…," Clinton cracked.``, ``"…," cracked Clinton``, ``Clinton cracked, "…"``."""
        text = self.text
        b_start, b_end = blk.block.span.start, blk.block.span.end
        close = _mark_end(text, pair[1])
        inner_end = _trim(text, pair[0] + 1, pair[1])[1]
        if text[inner_end - 1 : inner_end] == "." or text[close : close + 1] == ".":
            close = b_end  # the quotation ends its sentence: nothing after it frames it
        m = self.pats["after_quote"].match(text, close, min(b_end, close + 120))
        if m is not None:
            phrase = self.phrase(*m.span("np"))
            if (phrase is not None and phrase.kind != "anonymous") or (
                    phrase is not None and phrase.head in ("sources", "source")):
                return phrase, m.span("verb")
        m = self.pats["after_quote_inv"].match(text, close, min(b_end, close + 120))
        if m is not None:
            phrase = self.phrase_after(m.end("verb"), b_end)
            if phrase is not None:
                return phrase, m.span("verb")
        lo = max(b_start, pair[0] - 160)
        # both patterns end with a comma or colon, at most three spaces and the end
        # ($ also before a final line break): no regex call without one in reach
        tail = max(lo, pair[0] - 5)
        if text.find(",", tail, pair[0]) < 0 and text.find(":", tail, pair[0]) < 0:
            return None
        m = self.pats["before_quote"].search(text, lo, pair[0])
        if m is not None:
            found = self.phrase_before(lo, m.start("verb"))
            if found is not None:
                return found[0], m.span("verb")
        m = self.pats["colon_quote"].search(text, lo, pair[0])
        if m is not None:
            # "Harbour pollster Bo Lind: “…”", "More from the report: “…”"
            colon = m.start("colon")
            seg = max(lo, max(text.rfind(ch, lo, colon) for ch in ".;—–-\n") + 1)
            words = [w.span() for w in self.pats["token"].finditer(text, seg, colon)]
            for k in range(min(6, len(words)), 0, -1):
                if any(text[a:b] in self.cues.strong for a, b in words[:-k]):
                    break  # "Lee told Fox News: “…”": an object after a cue, no label
                first = text[words[-k][0] : words[-k][1]]
                if not (first[:1].isupper() or first.lower() in ("the", "a", "an")) or (
                        first.lower() in self.cues.words):
                    continue  # the phrase starts at a capital or an article, after
                    # a cue that opens the sentence ("Continued Stone:")
                phrase = speaker_phrase(text, words[-k][0], colon, self.abbreviations)
                if phrase is not None and phrase.kind in ("name", "nominal"):
                    return phrase, (colon, colon + 1)
        return None

    def labelled(self, blk: _Block) -> _Cand | None:
        """A block that opens with a speaker label: ``Ruiz: Harbour Ferry Plan Has
        Stalled`` (a headline) or ``ROE: Let me ask you …`` (a transcript)."""
        text = self.text
        start, end = blk.block.span.start, blk.block.span.end
        if end > start and (text[start] in _SPACE or text[end - 1] in _SPACE):
            start, end = _trim(text, start, end)  # (a block's span is mostly trimmed)
        if text.find(":", start, min(end, start + 60)) < 0:
            return None  # the label pattern needs a colon in reach
        m = self.pats["label"].match(text, start, min(end, start + 60))
        if m is None:
            return None
        name = m.group("name")
        transcript = name.isupper() and len(name) > 2
        if not transcript and end - start > 160:
            return None  # a long paragraph opening with "Name:" is not a headline
        words = name.split()
        if words[0].upper() in _NOT_LABELS or len(words) > (2 if transcript else 3) or (
                words[0].lower() in DETERMINERS):
            return None  # "CORRECTION:", "The Latest:", "Big Win For Ruiz:"
        name_start, colon = m.span("name")
        cue = (colon, colon + 1)
        verb_end = text.find(" ", name_start, colon)
        if verb_end > 0 and text[name_start:verb_end].lower() in self.cues.words:
            # "Continued Stone: …": a cue opening the sentence, then the speaker
            cue = (name_start, verb_end)
            name_start = _trim(text, verb_end, colon)[0]
        phrase = speaker_phrase(text, name_start, colon, self.abbreviations)
        if phrase is None or phrase.kind != "name":
            return None
        content = _trim(text, m.end(), end, _SPACE + ".")
        if _word_count(text, *content) < 2:
            return None
        kind = "direct" if text[content[0]] in "\"“«„'‘" else "indirect"
        if kind == "direct":
            content = _trim(text, content[0], content[1], _SPACE + "\"“”«»„'‘’")
        return _Cand(kind=kind, parts=[content], cue=cue, speaker=phrase, block=blk.index)

    def adverbial(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` opens with a preposition or subordinator."""
        first = self.text[start : min(end, start + 20)].split(" ", 1)[0].lower()
        return first in PREPOSITIONS or first in _CLAUSE_OPENING_WORDS or first in SENTENCE_ADVERBS

    def strip_adverbial(self, start: int, end: int) -> tuple[int, int]:
        """Content without a leading adverbial comma segment (``In mid-April, …``)."""
        text = self.text
        for _ in range(2):
            if not self.adverbial(start, end):
                break
            comma = text.find(",", start, min(end, start + 60))
            if comma < 0 or _word_count(text, start, comma) > 6:
                break
            start = _trim(text, comma + 1, end)[0]
        return start, end

    def clause_stop(self, start: int, end: int) -> int:
        """Where reported content after a cue ends: before a coordinated clause
        (``, but …``, ``; …``, ``, while …``, ``and criticized …``) or a trailing
        participle (``, believing …``). A concessive clause (``, while …``,
        ``, though …``, ``, although …``) with a subject and no report of its own
        goes on the same content (``said Ruiz won 28 percent, while Lind won
        18``), as PolNeAR reads it; one opening with a participle or holding a
        cue (``, while Lee said …``) stops it."""
        text = self.text
        m = clause_stop_search(text, start, end)
        while m is not None and (self.concession_goes_on(m.start(), m.end(), end)
                                 or self.contrast_goes_on(start, m.start(), end)
                                 or self.coordination_goes_on(start, m.start(), end)):
            m = clause_stop_search(text, m.end(), end)
        if m is None or _word_count(text, start, m.start()) < 3:
            return end
        return _trim(self.text, start, m.start(), _SPACE + ",;")[1]

    def contrast_goes_on(self, start: int, ms: int, end: int) -> bool:
        """True when the clause stop at ``ms`` is ``, but`` before a verb phrase
        sharing the content's subject (``said the plan was late, but would save
        money``), a second ``that`` clause or a contrasted phrase (``, but not
        …``, ``, but also …``): the content goes on. Not after content
        opening with an infinitive or a participle (``vowed to stay, but was
        outvoted``: the main clause goes on), nor before ``also`` and a past
        tense (``praised the plan, but also warned …``)."""
        text = self.text
        if self.pats["contrast_goes_on"].match(text, ms, end) is None:
            return False
        return self.pats["nonfinite"].match(text, start, end) is None

    def coordination_goes_on(self, start: int, ms: int, end: int) -> bool:
        """True when the clause stop at ``ms`` is `` and`` before a past tense and
        the content is a clause (``said she was tired and wanted a change``); not
        before a cue (``said the plan was late and insisted …``: a second report)."""
        text = self.text
        m = self.pats["and_past"].match(text, ms, end)
        if m is None or self.pats["finite_content"].match(text, start, end) is None:
            return False
        return not self.scan(ms, m.end())

    def concession_goes_on(self, ms: int, me: int, end: int) -> bool:
        """True when the clause stop ``ms:me`` is a concessive conjunction whose
        clause (up to the next stop or ``end``) opens with neither a participle nor
        ``not`` and holds no cue."""
        text = self.text
        if not self.pats["concessive"].match(text, ms, me):
            return False
        nxt = self.pats["concessive_next"].match(text, me, end)
        if nxt is not None:
            return False
        stop = clause_stop_search(text, me, end)
        clause_end = stop.start() if stop is not None else end
        return not self.scan(me, clause_end)

    def lead_in(self, start: int, mark: int) -> bool:
        """True when the words from ``start`` to the quotation mark at ``mark`` only
        lead into the quotation (``saying, “…”``, ``this: “…”``, ``at the rally,
        “…”``): they end with a comma, colon or parenthesis and do not open a
        reported clause (``that as ties deepen, “…”`` is content)."""
        text = self.text
        lead = text[start:mark].rstrip()
        if not lead or lead[-1] not in ",:(":
            return False
        first = lead.split(" ", 1)[0].lower().rstrip(",:(")
        return first not in ("that", "whether", "if", "how", "why", "what") and len(
            lead.split()) <= 8

    def reported_by_tail(self, us: int, clause_start: int, cs: int, start: int,
                         end: int) -> Any:
        """The report closing the sentence (a match; its cue is group ``verb``) when
        the sentence whose subject opens at ``clause_start`` (after an adverbial at
        most) ends, after the content ``start:end`` of its cue at ``cs``, with a
        report of its own (``X plans to …, Lea Stone said Monday.``, ``…, the paper
        reported.``): the whole clause is that later source's content, as PolNeAR
        reads it. None when the tail reports a coordinated clause (``X said …, but
        …, they said``), its verb has an object (``…, Lea Stone told CNN``), or it
        resumes the same report (``X said …, he said``)."""
        text = self.text
        low = self.low
        acc = m = None
        if low is None or low.find("according", max(start, end - 130), end) >= 0:
            acc = self.pats["according_tail"].search(text, max(start, end - 130), end)
        if acc is None:
            near = end - 60 if end - 60 > start else start
            if low is not None and not _holds_any(low, _TAIL_REPORT_WORDS, near, end):
                return None
            m = self.pats["outer_report"].search(text, max(start, end - 140), end)
            if m is None:
                return None
        if clause_start > us and self.strip_adverbial(us, clause_start)[0] < clause_start:
            return None
        if clause_stop_search(text, clause_start, cs) is not None:
            return None  # "X is …, but he cannot expect …": the cue is in a later clause
        core = self.strip_adverbial(us, cs)[0]
        first = text[core : core + 20].split(" ", 1)[0].lower()
        if first in PREPOSITIONS or first in _CLAUSE_OPENING_WORDS:
            return None  # "But X decided …, a source said": no content before the tail
        if acc is not None:
            if not _has_words(text, start, acc.start(), 3) or self.clause_stop(
                    start, acc.start()) < acc.start():
                return None
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
                TIME_NOUNS):
            return None  # "…, the station told CNN", "…, Kennedy wrote Lea": an object
        if len(np) == 1 and first in SUBJECT_PRONOUNS and verb in ("said", "says"):
            return None
        if self.clause_stop(start, m.start()) < m.start():
            return None
        return m

    def according_after(self, blk: _Block, us: int, ue: int, ce: int,
                        pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
                        floor: int) -> _Cand | None:
        """The quote of ``according to X`` closing the sentence after a cue ending at
        ``ce`` and its adjuncts (``“…,” Lind said Monday, according to the Post.``):
        PolNeAR gives the whole report, attribution included, to that source."""
        text = self.text
        end = _trim(text, ce, ue, _SPACE + ".")[1]
        if self.low is not None and self.low.find("according", ce, end) < 0:
            return None
        m = self.pats["according_tail"].search(text, ce, end)
        if m is None or _word_count(text, ce, m.start()) > 8 or any(
                ch in text[ce : m.start()] for ch in "\"“”«»"):
            return None
        outer = self.frame(blk, us, ue, m.start("verb"), m.end("verb"), "according", pairs,
                           claimed, floor)
        if outer is not None:
            self.tail_from = m.end("verb")
            if outer.kind == "direct" and len(outer.parts) == 1:
                # the quotation and its attribution are the content: "“…,” Sanders said"
                outer.parts = [(outer.parts[0][0], _trim(text, us, m.start())[1])]
                outer.kind = "mixed"
        return outer

    def carry(self, pos: int, phrase: Phrase) -> bool:
        """Give the report participle opening at ``pos`` (``adding that …`` after
        ``X said,``) the speaker ``phrase`` of the cue before it, whose clause is its
        subject; True when a report participle opens there."""
        word = self.text[pos : pos + 14].split(" ", 1)[0].lower()
        if word not in _REPORT_PARTICIPLES:
            return False
        self.carried[pos] = phrase
        return True

    def participle_stop(self, start: int, end: int, pairs: Sequence[tuple[int, int]]
                        ) -> tuple[int, int] | None:
        """Where content ends before a participle that opens a second report
        (``…, saying …``, ``“…,” claiming …``): that participle is a cue of its own,
        whose content the first cue does not report. A participle inside a
        quotation is the source's words and stays. Returns where the content
        ends and where the participle starts, or None."""
        text = self.text
        if text.find(",", start, end) < 0:
            return None  # (every match holds a comma: most contents have none)
        pos = start
        while True:
            m = self.pats["participle"].search(text, pos, end)
            if m is None:
                return None
            pos = m.end()
            if m.group("verb") not in _REPORT_PARTICIPLES:
                continue
            if any(a < m.start("verb") < _mark_end(text, b) for a, b in pairs):
                continue
            return _trim(text, start, m.start("verb"), _SPACE + ",")[1], m.start("verb")

    def relative_stop(self, start: int, end: int) -> int:
        """Where reported content ends before a relative clause closing it
        (``… met Bob Lane, who was his harbour master.``): the clause describes a
        noun of the content and is the writer's, not the source's. A relative
        clause with a comma after it (``the bill, which passed, would fail``)
        sits inside the content and stays."""
        text = self.text
        if text.find(",", start, end) < 0:
            return end  # (both patterns open with a comma)
        m = self.pats["relative_tail"].search(text, start, end)
        if m is not None and _has_words(text, start, m.start(), 3):
            stop: int = m.start()
            return stop
        tail_end = _trim(text, start, end, _SPACE + ".")[1]
        m = self.pats["appositive_tail"].search(text, start, tail_end)
        if m is None or not _has_words(text, start, m.start(), 3):
            return end
        # the pattern opens at the search's start or after a comma and 1-3 spaces: with
        # no comma, only the start can match (one attempt instead of one per position)
        lead = self.pats["subordinate_lead"]
        if (lead.search(text, start, m.start()) if text.find(",", max(0, start - 4), m.start()) >= 0
                else lead.match(text, start, m.start())) is not None:
            return end
        stop = m.start()
        return stop

    def clause_subject(self, lo: int, pos: int) -> Phrase | None:
        """The subject of a subordinate clause holding ``pos`` (``… in what Bay Smith
        called “combat”``, ``when protesters interrupted, shouting “…”``)."""
        text = self.text
        opener = self.pats["opener_last"].search(text, max(lo, pos - 120), pos)
        if opener is None or opener.group().strip().lower() in ("and", "but", "so", "that"):
            return None
        if opener.group().strip().lower() in _QUESTION_OPENERS and self.scan(
                max(lo, opener.start() - 40), opener.start()):
            return None  # "Roe asked Lind if he …": the asker speaks
        subject = self.subject_of(opener.end(), pos)
        if subject is None or subject.kind == "anonymous" or (
                text[subject.start].islower() and subject.kind != "pronoun"):
            return None
        return subject

    def caused_subject(self, us: int, cs: int) -> Phrase | None:
        """The object of a causative verb before the infinitive cue at ``cs``: it
        does what the cue says (``The defeat led Jo Roe to declare …``, ``The
        news prompted some to speculate …``, ``caused many to ask …``)."""
        text = self.text
        if text[cs - 3 : cs] != "to " or not _CAUSE_WORDS.intersection(
                text[max(us, cs - 120) : cs].lower().split()):
            return None
        m = self.pats["causer"].search(text, max(us, cs - 120), cs)
        if m is None:
            return None
        phrase = self.phrase(*m.span("np"))
        return phrase if phrase is not None and phrase.end == m.end("np") else None

    def subject_after(self, us: int, qend: int, cs: int) -> Phrase | None:
        """The subject of the clause before ``cs``: after the last quotation closing
        at ``qend`` ("“…,” Clinton replied, adding that …"), else at the unit start
        unless the unit opens with a quotation (never a word inside one)."""
        subject = self.subject_of(_trim(self.text, qend, cs, _SPACE + ",")[0], cs)
        if subject is None and qend > us and self.text[us] not in _QUOTE_CHARS:
            subject = self.subject_of(us, cs)
        return subject

    def subject_of(self, us: int, cs: int) -> Phrase | None:
        """The subject at the start of the clause ``text[us:cs]`` (skipping adverbial
        comma segments): ``He`` in ``He went on to praise Ruiz, calling her …``."""
        text = self.text
        pos = us
        word_pat = _patterns()["token"]
        for _ in range(3):
            comma = text.find(",", pos, cs)
            seg_end = cs if comma < 0 else comma
            words = [m.span() for m in word_pat.finditer(text, pos, min(seg_end, pos + 120))]
            if not words:
                return None
            first = text[words[0][0] : words[0][1]].lower()
            last = text[words[-1][0] : words[-1][1]].lower()
            if first in PREPOSITIONS or first in SENTENCE_ADVERBS or (
                    first.endswith("ly") and text[words[0][0]].islower()) or (
                    comma >= 0 and first.endswith("ing") and pos == us) or (
                    comma >= 0 and pos == us and first.endswith("ed") and len(words) > 1
                    and text[words[1][0] : words[1][1]] in _AFTER_PARTICIPLE) or (
                    comma >= 0 and len(words) <= 5 and (
                        last in ("ago", "later", "earlier") or last in TIME_NOUNS)) or (
                    comma >= 0 and first in SUBORDINATORS and first != "as" and pos == us) or (
                    comma >= 0 and first in _ADVERBIAL_FIRST and (
                        first not in _COMPARATIVES or (
                            len(words) == 2 and text[words[1][1] - 2 : words[1][1]] == "ly"))):
                # "In May,", "Twelve years ago,", "Hours later,", "Last week,",
                # "Courted by donors,", "Inspired by …,":
                # "When the judge returned,", "More recently,", "Back in 1999,", "Well,":
                # adverbials ("As Jo Roe put it," is the report itself)
                if comma < 0:
                    return None
                pos = comma + 1
                continue
            if comma >= 0 and pos > us and len(words) <= 3 and all(
                    text[w0].isupper() for w0, _ in words):
                # "Speaking in Bend, Oregon, Lind …": the place's state goes
                # with the adverbial before it
                pos = comma + 1
                continue
            if comma >= 0 and pos == us and text.find(",", comma + 1, cs) >= 0:
                # "Ana Ruiz, president of the institute, tied …, saying …": a name
                # filling the first segment, an apposition closed after it (a quotation
                # inside the apposition is no report: 'Jo Lind, author of "Dark
                # Water," said')
                phrase = self.phrase(words[0][0], words[-1][1])
                if (phrase is not None and phrase.kind == "name"
                        and phrase.start == words[0][0] and phrase.end == words[-1][1]
                        and (len(words) > 1 or first not in _INTERJECTIONS)):
                    return phrase
            if comma >= 0 and text[comma + 1 : comma + 7].lstrip().startswith("who "):
                # "Ivo Marsh, who is battling Lind …, has picked up …, telling …": the
                # subject ends where its relative clause opens
                phrase = self.phrase(words[0][0], words[-1][1])
                if phrase is not None and phrase.kind != "anonymous":
                    return phrase
            for k in range(min(8, len(words) - 1), 0, -1):
                nxt = text[words[k][0] : words[k][1]]
                if not nxt[:1].islower():
                    continue
                last = text[words[k - 1][0] : words[k - 1][1]]
                if k > 1 and last.endswith("ed") and last.islower():
                    continue  # "The mayor waved": a past tense ends no subject
                phrase = self.phrase(words[0][0], words[k - 1][1])
                if (phrase is not None and phrase.kind != "anonymous") or (
                        phrase is not None and k <= 3):
                    return phrase
            return None
        return None

    def cue_between(self, lo: int, pos: int) -> tuple[tuple[int, int], int] | None:
        """The cue verb between a clause's subject (ending at ``lo``) and the quotation
        at ``pos`` in the same clause, and where its complement starts; None when a
        boundary, another quotation or a noun use of the cue form comes between."""
        text = self.text
        found = self.scan(lo, pos)
        if not found:
            return None
        cs, ce, how = found[-1]
        if how != "verb" or not _STOP_MARKS.isdisjoint(text[ce:pos]):
            return None
        verb = text[cs:ce].lower()
        prev_word = text[max(lo, cs - 12) : cs].split()[-1:]
        if prev_word and (prev_word[0].lower() in _NOUN_MARKERS
                          or prev_word[0].endswith(("'s", "’s"))):
            return None  # "his comments", "Trump's attacks": a noun
        start = self.content_after(ce, pos, verb)
        if start >= pos or not _has_words(text, start, pos, 1):
            return None
        if text[start : start + 15].split(" ", 1)[0].lower() in _CONTENT_NOT_FIRST:
            return None  # "spoke in Iowa about …": an adjunct, not a complement
        return (cs, ce), start

    def signature(self, blk: _Block) -> Phrase | None:
        """The name signing the quotation before ``blk`` when the block is only a
        dash and a name (``- Bernie Sanders.``, ``—Michelle Marks, Philadelphia.``)."""
        text = self.text
        s, e = _trim(text, blk.block.span.start, blk.block.span.end)
        if e - s > 120:
            return None
        if text[s : s + 1] in "-—–":
            start = _trim(text, s + 1, e)[0]
        elif text[text.rfind("\n", 0, s) + 1 : s].strip() in ("-", "—", "–"):
            start = s  # a list item whose dash is its marker, outside the block
        else:
            return None
        comma = text.find(",", start, e)
        end = _trim(text, start, comma if comma > 0 else e, _SPACE + ".")[1]
        phrase = self.phrase(start, end)
        return phrase if phrase is not None and phrase.kind == "name" else None

    def block_quotation(self, blk: _Block, pending: _Cand | None) -> _Cand | None:
        """The report of a paragraph without quotation marks that a verb of speech
        or writing before a colon closing the paragraph before announces (``Roe
        writes:``, ``In a talk last June, he said:``): the whole paragraph, the
        announcing subject its speaker. None unless ``pending`` holds such a cue
        and the paragraph opens with a letter (not a mark, nor markup)."""
        if pending is None or pending.cue is None or pending.speaker is None:
            return None
        text = self.text
        first, last = _trim(text, blk.block.span.start, blk.block.span.end)
        if first >= last or not text[first].isalpha() or blk.block.type != "paragraph":
            return None
        verb = text[slice(*pending.cue)].lower()
        if self.cues.info.get(verb, {}).get("kind") not in ("speech", "writing"):
            return None
        if text[pending.cue[1] : blk.block.span.start].strip(_SPACE + ":").lower() not in (
                "", "that"):
            return None  # "CNN noted the sparse attendance:": an object before the colon
        return _Cand(kind="indirect", parts=[(first, last)], cue=pending.cue,
                     speaker=pending.speaker, block=blk.index)

    def colon_lead(self, blk: _Block) -> _Cand | None:
        """``Lind put it bluntly:`` ending a block: its subject speaks the quotation
        opening the next block (no cue of the lexicon needed)."""
        text = self.text
        if not blk.units:
            return None
        us, ue = blk.units[-1]
        end = _trim(text, us, ue)[1] if ue > us and text[ue - 1] in _SPACE else ue
        if text[end - 1 : end] != ":" or any(p[1] >= us for p in blk.pairs):
            return None
        subject = self.subject_of(us, end - 1)
        if subject is None or subject.kind == "anonymous":
            return None
        return _Cand(kind="direct", parts=[], speaker=subject, block=blk.index)

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

    def _clause_end(self, pos: int, ue: int) -> int:
        m = self.pats["clause_end"].search(self.text, pos, ue)
        return ue if m is None else m.start()

    def _adjunct_only(self, ce: int, ue: int) -> bool:
        """True when only adjuncts follow the cue to the end of the unit."""
        text = self.text
        e = self._clause_end(ce, ue)
        first = text[ce:e].split(None, 1)[:1]
        if first and first[0].lower() not in _ADJUNCT_FIRST and (
                first[0].lower() not in TIME_NOUNS):
            # "…; Iran insists it had no role.": a complement, not an adjunct
            return False
        rest_start, rest_end = _trim(text, e, ue, _SPACE_STOPS)
        if rest_end <= rest_start:
            if _word_count(text, ce, e) > 8:
                return False
            # the pattern allows 20 spaces before "that"
            low = self.low
            if low is not None and low.find("that", ce, min(ue, ce + 24)) < 0:
                return True
            return not self.pats["that"].match(text, ce, ue)
        # ", commenting on …" / ", adding …": participle or preposition after a comma
        if text[e] == "," and _word_count(text, ce, e) <= 8:
            nxt = text[e + 1 : e + 30].split()
            if nxt and (nxt[0].endswith("ing") or nxt[0].lower() in ("in", "at", "on", "during",
                                                                       "after", "according")):
                return True
        return False

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

    def make(self, pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
             region: tuple[int, int], cue: tuple[int, int], phrase: Phrase,
             blk: _Block | None, after_cue: bool = False) -> _Cand | None:
        """A candidate whose content is ``region``: direct, mixed or indirect."""
        text = self.text
        rs, re_ = region
        # a contrastive connective opening the content links it to the sentence
        # before, in the writer's words ("However, the plan …, she said")
        lead = self.pats["connective"].match(text, rs, re_)
        if lead is not None:
            rs = lead.end()
        if re_ <= rs:
            return None
        inner = [p for p in pairs if p[0] >= rs and p[1] <= re_ + 1 and p not in claimed
                 ] if pairs else []
        # quotation marks of the region itself
        if inner and inner[0][0] == rs:
            # direct: the region is (mostly) quotations
            rest = rs
            parts: list[tuple[int, int]] = []
            for p in inner:
                if _has_words(text, rest, p[0], 1) and parts:
                    break
                parts.append(p)
                rest = _mark_end(text, p[1])
            tail_words = _has_words(text, rest, re_, 2)
            if not tail_words or after_cue is False:
                for p in parts:
                    claimed.add(p)
                return _Cand(kind="direct", parts=[_inner(text, p) for p in parts], cue=cue,
                             speaker=phrase, block=blk.index if blk else 0)
        if inner:
            for p in inner:
                claimed.add(p)
            end = max(re_, _mark_end(text, inner[-1][1]))
            return _Cand(kind="mixed", parts=[(rs, end)], cue=cue, speaker=phrase,
                         block=blk.index if blk else 0)
        if any(p[0] < re_ and p[1] >= rs for p in pairs):
            return None  # overlaps a quotation partially: leave it to the quotation
        if not _has_words(text, rs, re_, 2):
            return None
        return _Cand(kind="indirect", parts=[(rs, re_)], cue=cue, speaker=phrase,
                     block=blk.index if blk else 0)


_CLOSE = itemgetter(1)


def find_quotes(text: str, blocks: Sequence[Block], sentences: Sequence[Span],
                cues: CuePatterns, lexicons: Any = None) -> list[_Cand]:
    """Quote candidates of a text, in text order (speakers as phrases, unresolved);
    ``lexicons``: the extractor's (for its abbreviations; default: the shipped ones)."""
    finder = _Finder(text, cues, quote_abbreviations(lexicons))
    sent_starts = [s.start for s in sentences]
    sent_spans = [(x.start, x.end) for x in sentences]
    sent_ends = [x[1] for x in sent_spans]
    # (sentences in order, none inside another: a block's are the run of those
    # starting in it up to the first ending past it, one slice)
    ordered = sent_ends == sorted(sent_ends)
    blks: list[_Block] = []
    pairings = []
    usable = [b for b in blocks if b.type in ("paragraph", "list")
              or (b.type == "heading" and b.span.start == _first_text(text))]
    marks = double_marks(text)
    for i, block in enumerate(usable):
        s, e = block.span.start, block.span.end
        pairing = pair_marks(text, s, e, singles=block.type == "heading", marks=marks)
        pairings.append(pairing)
        lo = bisect.bisect_left(sent_starts, s)
        hi = bisect.bisect_left(sent_starts, e)
        if ordered:
            sents = sent_spans[lo : bisect.bisect_right(sent_ends, e, lo, hi)]
        else:
            sents = [x for x in sent_spans[lo:hi] if x[1] <= e]
        if not sents:
            sents = sentence_spans(text, s, e, lexicons)
        blks.append(_Block(i, block, list(pairing.pairs), []))
        blks[-1].units = sents
    # multi-paragraph quotations and unclosed marks opening a block
    open_end: set[int] = set()
    continues: set[int] = set()
    for i, (blk, pairing) in enumerate(zip(blks, pairings, strict=True)):
        if pairing.unclosed is None:
            continue
        pos, kind = pairing.unclosed
        nxt = pairings[i + 1] if i + 1 < len(pairings) else None
        first = _trim(text, blk.block.span.start, blk.block.span.end)[0]
        opens_quote = pos == first or text[max(first, pos - 2) : pos].strip() in (":", ",")
        if nxt is not None and nxt.opens_at_start == kind and opens_quote:
            blk.pairs.append((pos, blk.block.span.end))
            open_end.add(i)
            continues.add(i + 1)
        elif pos == first or text[max(first, pos - 2) : pos].strip() == ":":
            blk.pairs.append((pos, blk.block.span.end))
            open_end.add(i)
        blk.pairs.sort()
    for blk in blks:
        blk.units = _units(text, blk.block.span.start, blk.block.span.end, blk.units, blk.pairs,
                           lambda a, b: bool(finder.scan(a, b)), finder.bare_attribution)

    cands: list[_Cand] = []
    pending: _Cand | None = None  # "X said:" waiting for its quotation
    last_quoted: _Cand | None = None  # the attributed quotation ending the block before
    last_reported: _Cand | None = None  # the attributed report ending the block before
    for blk in blks:
        claimed: set[tuple[int, int]] = set()
        block_cands: list[_Cand] = []
        carried: _Cand | None = None  # the quote of the block before, gone on here
        # (pre-tests, no call: a label needs a colon in the block, a paragraph
        # announced needs the pending cue of the block before)
        labelled = finder.labelled(blk) if text.find(
            ":", blk.block.span.start, blk.block.span.end) >= 0 else None
        if labelled is not None:
            # "Ruiz: I'm hopeful …" (a headline), "ROE: …" (a transcript)
            cands.append(labelled)
            pending, last_quoted, last_reported = None, None, None
            continue
        quoted_block = None if pending is None else finder.block_quotation(blk, pending)
        if quoted_block is not None:
            # "Roe writes:" then a paragraph without marks: the paragraph is the
            # report (PolNeAR marks it so; the reports inside it are its words)
            cands.append(quoted_block)
            pending, last_quoted, last_reported = None, None, None
            continue
        for us, ue in blk.units:
            for cand in finder.unit_candidates(blk, us, ue, claimed):
                block_cands.append(cand)
        if not block_cands and not blk.pairs:
            # nothing framed and no quotation (most blocks): only what the next block
            # takes from this one (the steps below come to this)
            pending, last_quoted, last_reported = finder.colon_lead(blk), None, None
            continue
        colon: list[_Cand] = []
        if block_cands:
            colon = [c for c in block_cands if not c.parts]
            block_cands = [c for c in block_cands if c.parts]
        unit_starts = [u[0] for u in blk.units]
        # quotations no cue claimed (one pass in text order: linear in the pairs)
        framed = sorted(block_cands, key=_last_end) if block_cands else []
        j = 0
        prev: _Cand | None = None  # the candidate ending last before the pair
        for i, p in enumerate(blk.pairs):
            while j < len(framed) and framed[j].parts[-1][1] <= p[0]:
                if prev is None or framed[j].parts[-1][1] > prev.parts[-1][1]:
                    prev = framed[j]
                j += 1
            if p in claimed:
                continue
            inner = _inner(text, p)
            if inner[1] <= inner[0] or not _has_words(text, *inner):
                continue
            cand = _Cand(kind="direct", parts=[inner], block=blk.index)
            between = i > 0 and prev is not None and prev.parts[-1][1] < blk.pairs[i - 1][0]
            if (prev is not None and prev.speaker is None and prev.kind == "indirect"
                    and not between and _starts_sentence(text, prev.parts[-1][1], p[0])):
                # '“A,” X told Reuters when asked whether Y had paid. “B.”': a report
                # nobody is named for in the attribution of A; A goes on
                attributed = _attributed_before(text, block_cands, prev, finder.in_name)
                if attributed is not None and p[0] - prev.parts[-1][1] <= 400:
                    attributed.parts.append(inner)
                    continue
            if (
                prev is not None
                and prev.speaker is not None
                and p[0] - prev.parts[-1][1] <= 400
                and not between
                and (prev.kind == "direct" or _starts_sentence(text, prev.parts[-1][1], p[0]))
                and not own_report_between(text, prev.parts[-1][1], p[0], prev.kind != "indirect",
                                           (prev.cue, prev.speaker))
            ):
                # "A," he said, adding a reason. "B."  — one quote, two parts; and
                # "She said she had made progress. “B.”"  — the quotation goes on
                target = prev
                if prev.kind == "indirect":
                    # '"A," Lind said, noting he would … "B."': the report in the
                    # attribution of A is no quotation; A goes on
                    target = _attributed_before(text, block_cands, prev, finder.in_name) or prev
                target.parts.append(inner)
                if target.kind == "indirect":
                    target.kind = "mixed"
                continue
            block_first = _trim(text, blk.block.span.start, blk.block.span.end)[0]
            announced = _announcing(text, colon, p[0])
            if pending is not None and p[0] <= block_first:
                cand.cue, cand.speaker = pending.cue, pending.speaker
            elif announced is not None and prev is None:
                # "Lau said in a statement. “We have no spare ferries …”"
                cand.cue, cand.speaker = announced.cue, announced.speaker
            elif _starts_sentence(text, block_first, p[0]):
                # a quotation opening a sentence continues the quoted speaker before it
                source = prev if prev is not None and prev.speaker is not None else None
                if source is None and p[0] <= block_first and not block_cands:
                    source = last_quoted
                    block_last = _trim(text, blk.block.span.start, blk.block.span.end)[1]
                    if source is not None and _mark_end(text, p[1]) >= block_last - 1:
                        # a paragraph that is only a quotation, after an attributed one
                        # ending the paragraph before: the same quote goes on
                        source.parts.append(inner)
                        carried = source
                        continue
                    if (source is None and last_reported is not None
                            and _mark_end(text, p[1]) >= block_last - 1):
                        # "Hale said the council would keep the ferry." then a
                        # paragraph that is only a quotation: the reported speaker goes on
                        source = last_reported
                if source is not None and source is last_quoted and prev is None:
                    # '“Would it …?” Roe pressed.' opening the paragraph after a
                    # quote: its own attribution names the speaker, if it has one
                    frame = finder.any_verb_frame(blk, p)
                    if frame is not None:
                        source = None
                if source is not None:
                    cand.cue, cand.speaker = source.cue, source.speaker
            if cand.speaker is None:
                frame = finder.any_verb_frame(blk, p)
                if frame is not None:
                    cand.speaker, cand.cue = frame
                    cand.attribution_end = frame[1][1]
            led = _trim(text, block_first, p[0])[1] - 1
            if cand.speaker is None and led > block_first and text[led] == ":":
                # "Lind stood up and boomed: “…”", "Ruiz has taken the line of
                # many on the council: “…”": the subject of the clause the colon closes
                # speaks the quotation after it (as "Cruz continued:" closing a
                # paragraph speaks the next one)
                k = bisect.bisect_right(unit_starts, led) - 1
                if k >= 0:
                    lo = blk.units[k][0]
                    if i > 0 and blk.pairs[i - 1][1] < p[0]:
                        lo = max(lo, _mark_end(text, blk.pairs[i - 1][1]))
                    subject = finder.subject_of(_trim(text, lo, led)[0], led)
                    if subject is not None and subject.kind != "anonymous":
                        cand.speaker = subject
            if cand.speaker is None and not _starts_sentence(text, block_first, p[0]):
                # a quoted fragment inside a sentence ("Ruiz faulted the council for
                # “turning its back” …") is the words of the sentence's subject
                k = bisect.bisect_right(unit_starts, p[0]) - 1
                possessed = finder.possessed_report(blk.units[k][0], p[0]) if k >= 0 else None
                if possessed is not None:
                    # "her remark that “…”", "Ruiz's pledge to be “neutral”": the
                    # possessor of a noun of saying said it
                    cand.speaker, cand.cue = possessed
                elif k >= 0:
                    lo = blk.units[k][0]
                    if i > 0 and blk.pairs[i - 1][1] < p[0]:
                        lo = max(lo, _mark_end(text, blk.pairs[i - 1][1]))
                    subject = finder.clause_subject(lo, p[0]) or finder.subject_after(
                        blk.units[k][0], lo, p[0])
                    if subject is not None:
                        cand.speaker = subject
                        verb_frame = finder.cue_between(subject.end, p[0])
                        if verb_frame is not None and subject.head != "who":
                            cand.speaker = finder.nearer_subject(subject, subject.end,
                                                                 *verb_frame[0])
                        elif verb_frame is None:
                            own = finder.cue_subject(subject.end, p[0])
                            if own is not None:
                                # "a campaign he calls “…”", "when a young boy
                                # shouted, “…”": the subject of the cue right before
                                # the quotation
                                cand.speaker, cand.cue = own
                        if verb_frame is not None:
                            # "Roe said Lind’s “judgment” is in question": the
                            # content is the verb's complement, quotation included
                            cand.cue = verb_frame[0]
                            end = _mark_end(text, p[1])
                            if text[p[1] - 1] not in ".!?,":
                                # "… a “fair ferry network” for the coast.": the
                                # clause goes on after the quotation
                                end = _trim(text, end, finder._clause_end(end, blk.units[k][1]))[1]
                            cand.parts = [(verb_frame[1], end)]
                            cand.kind = "mixed"
            if cand.kind == "direct" and cand.speaker is not None:
                # "… said at the rally that “when the ferry runs, it’s fine”", "… was
                # that Hale “would say or do little”": the that-clause is the content
                that = finder.pats["that_subject"].search(text, max(0, p[0] - 60), p[0])
                if that is not None:
                    cand.parts = [(that.start(), _mark_end(text, p[1]))]
                    cand.kind = "mixed"
            if _is_title(text, *inner) and (cand.speaker is None or _named_work(text, p[0])):
                continue  # "Jane The Virgin", NBC’s “Today”: a title, not a quotation
            if cand.speaker is None and _word_count(text, *inner) <= 2 and not _starts_sentence(
                    text, block_first, p[0]):
                continue  # a “scare-quoted” word nobody is named for
            if cand.cue is None and _word_count(text, *inner) <= 2 and _after_determiner(
                    text, p[0]):
                continue  # the “establishment”, his "harbour people" remark: a term
            block_cands.append(cand)
            prev = cand
        for c in block_cands:
            c.parts.sort()
            if blk.index in open_end and c.parts[-1][1] >= _trim(text, blk.block.span.start,
                                                                 blk.block.span.end)[1] - 1:
                c.open_end = True
            if blk.index in continues and c.parts[0][0] <= blk.block.span.start + 2:
                c.continues = True
        block_cands.sort(key=lambda c: c.parts[0])
        nxt_blk = blks[blk.index + 1] if blk.index + 1 < len(blks) else None
        signed = finder.signature(nxt_blk) if nxt_blk is not None else None
        if signed is not None:
            # "“…”" then a paragraph "- Bernie Sanders.": the quotation is signed
            for c in block_cands:
                if c.kind == "direct" and c.speaker is None:
                    c.speaker = signed
        cands.extend(block_cands)
        pending = colon[-1] if colon else finder.colon_lead(blk)
        last_quoted = carried if not block_cands else None
        if block_cands and block_cands[-1].kind in ("direct", "mixed") \
                and block_cands[-1].speaker is not None:
            last_quoted = block_cands[-1]
        last_reported = None
        if (block_cands and block_cands[-1].kind == "indirect"
                and block_cands[-1].speaker is not None and blk.units
                and block_cands[-1].parts[-1][0] >= blk.units[-1][0]):
            last_reported = block_cands[-1]
    return _merge_paragraphs(cands)


class QuoteExtractor:
    """Finds quotes and their speakers; adds speaker mentions to the actors layer."""

    name = "quotes"
    requires = ("blocks", "sentences", "actors")
    produces = ("quotes",)
    updates = ("actors",)

    def __init__(self, lexicons: Any = None) -> None:
        self._lexicons = lexicons
        self._cues: CuePatterns | None = None

    def _cue_patterns(self) -> CuePatterns:
        if self._cues is None:
            if self._lexicons is not None:
                entries: Iterable[Mapping[str, Any]] = self._lexicons.get("cues")
            else:
                from newskit.lexicons import Lexicons

                entries = Lexicons().get("cues")
            self._cues = compile_cues(entries)
        return self._cues

    def extract(self, article: Article, layers: Mapping[str, tuple[Any, ...]]
                ) -> dict[str, tuple[Any, ...]]:
        text = article.text
        blocks: Sequence[Block] = layers.get("blocks", ())
        sentences: Sequence[Span] = layers.get("sentences", ())
        actors: Sequence[Actor] = layers.get("actors", ())
        if not blocks and text.strip():
            blocks = _fallback_blocks(text)
        cands = find_quotes(text, blocks, sentences, self._cue_patterns(), self._lexicons)
        abbreviations = quote_abbreviations(self._lexicons)
        refine_boundaries(text, cands, self._cue_patterns().words, abbreviations)
        resolver = SpeakerResolver(text, actors, abbreviations)
        quotes: list[Quote] = []
        cands.sort(key=lambda c: (c.parts[0][0], c.parts[-1][1]))
        for cand in cands:
            speaker_id: str | None = None
            anonymous = False
            mention = None
            if cand.speaker is not None and not _expletive(text, cand.speaker):
                mention = Span(start=cand.speaker.start, end=cand.speaker.end)
                speaker_id, anonymous = resolver.resolve(cand.speaker, mention)
            parts = [Span(start=s, end=e) for s, e in cand.parts if e > s]
            if not parts:
                continue
            quotes.append(
                Quote(
                    id=f"q{len(quotes) + 1}",
                    kind=cand.kind,
                    parts=tuple(parts),
                    cue=None if cand.cue is None else Span(start=cand.cue[0], end=cand.cue[1]),
                    speaker_mention=mention,
                    speaker=speaker_id,
                    anonymous=anonymous,
                )
            )
        return {"quotes": tuple(quotes), "actors": resolver.updated_actors()}


def _fallback_blocks(text: str) -> list[Block]:
    """Paragraphs split at blank lines, for use without the structure extractor."""
    import regex

    out = []
    for m in regex.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            out.append(Block(type="paragraph", span=Span(start=s, end=e)))
    return out
