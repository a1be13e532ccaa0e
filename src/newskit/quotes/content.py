"""The quote finder's content boundaries: where the content after a cue starts
(after objects, adjuncts, ``that``) and ends (a coordinated clause, a second
report's participle, a relative clause), what follows a cue (only adjuncts), and
the candidate made of a content.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .boundaries import _stop_past_abbreviations
from .candidates import _Cand
from .clauses import (
    _CLAUSE_OPENING_WORDS,
    _NOT_OBJECT,
    _clause_after_object,
    _first_word,
    _time_phrase,
)
from .lexicon import DETERMINERS, OBJECT_PRONOUNS, TIME_NOUNS, VERB_ADVERBS, clause_stop_search
from .lexicon import SPACE as _SPACE
from .quotations import _inner, _mark_end
from .shipped import compile_pattern
from .speakers import PREPOSITIONS, SENTENCE_ADVERBS, Phrase
from .subjects import _Subjects
from .units import _Block, _has_words, _trim, _word_count
from .words import (
    _ADJUNCT_FIRST,
    _CONTENT_NOT_FIRST,
    _GAP_FIRST,
    _GAP_STOPS,
    _INTENT_LEMMAS,
    _NOUN_MARKERS,
    _OBJECT_VERBS,
    _REPORT_PARTICIPLES,
    _SPACE_STOPS,
    _STOP_MARKS,
    _THAT_OBJECT_VERBS,
)

# a particle of the cue verb right after it, then the content's first word
_PARTICLE = compile_pattern(r"(?P<word>out|up|down|back|off),?[ \u00a0]{1,3}(?=[\p{L}\p{N}\"“'‘])")
_PARTICLE_HEADS = frozenset(("ou", "up", "do", "ba", "of"))
_NOT_AFTER_PARTICLE = PREPOSITIONS | {"as"}
# a manner adverb between a cue and the preposition of its object ("complained
# bitterly about …", "spoke sharply against …"): both are the cue's, and the
# content is the preposition's object
_ADVERB_PREPOSITION = compile_pattern(
    r"(?P<adverb>\p{Ll}{2,20}ly),?[ \u00a0]{1,3}(?:about|against|on|upon)[ \u00a0]{1,3}"
    r"(?=[\p{L}\p{N}\"“'‘])")
# words in -ly that are no manner adverb ("only on", "early on"), and the cues of
# saying, whose adjuncts ("said privately on Friday") are no object
_NOT_MANNER = frozenset(("only", "early", "likely", "family", "rally", "ally", "daily",
                         "weekly", "monthly", "friendly", "supply", "reply", "assembly"))
_SAY_VERBS = frozenset(("say", "says", "said", "saying", "tell", "tells", "told", "telling"))
# the end of an aside between a cue and its "that" (a comma or a dash), what
# sets it off, and the words besides adverbs and prepositions that open one
_ASIDE_ENDS = frozenset(",-—–")
# past forms of the verbs of intention that no ending gives
_IRREGULAR_INTENT = frozenset(("sought", "told"))
_ASIDE_MARKS = _SPACE + ",-—–"
_ASIDE_FIRST = frozenset(("twice", "though", "while", "when", "as", "once", "again"))
# an apposition with "the" closing the content ("backed the plan of Jo Lind, the
# harbour master"), not a list ("…, the State Department and other agencies")
_THE_APPOSITION = compile_pattern(
    r",\s{1,3}the\s(?![^,;:()\"“”«»—–]{0,300}?\s(?:or|and)\s)"
    r"[^\s,;:()\"“”«»—–]{1,40}\s[^,;:()\"“”«»—–]{1,300}$"
)

# the clause stop of a comma and a participle (lexicon's CLAUSE_STOP)
# a comma before a phrase holding a relative clause with a report of its own ("…,
# compared with 64 percent who say …", "…, in a finish that he said defied …"): the
# content ends at the comma, the relative clause's report is another quote
_RELATIVE_REPORT = compile_pattern(
    r"(?<!\d),\s{1,3}(?:[^,;:\"“”()]{0,60}?\s)?(?:who|that|which)\s{1,3}"
    r"(?:(?:he|she|they|we|\p{Ll}{3,20})\s{1,3})?(?:said|says|say)\s"
)
_PARTICIPLE_STOP = compile_pattern(r",\s+(?P<word>\p{Ll}{2,20}ing)\s")
_QUOTE_MARKS = frozenset("\"“”«»")


def _infinitive_object(gap: str, verb: str) -> bool:
    """Whether the words between a cue of intention (``refused``, ``threatened``,
    ``wants``, ``sought``) and a ``that`` are an infinitive and its object
    (``refused to punish schools that …``, ``threatened to veto the bill that …``):
    the ``that`` opens a relative clause, and the content is the infinitive; not
    ``to`` and a listener (``promised to the board that …``) nor ``to`` and its
    verb alone (``refused to admit that …``)."""
    words = gap.split()
    if len(words) < 3 or words[0] != "to" or not _intent_verb(verb.lower()):
        return False
    head = words[1]
    return (head.isalpha() and head.islower() and head not in DETERMINERS
            and head not in OBJECT_PRONOUNS and head not in PREPOSITIONS
            and head not in TIME_NOUNS)


def _intent_verb(verb: str) -> bool:
    """Whether ``verb`` is a form of a verb of intention or request (``wants``,
    ``refused``, ``hoping``, ``sought``)."""
    if verb in _IRREGULAR_INTENT:
        return True
    return any(form in _INTENT_LEMMAS for form in (
        verb, verb[:-1], verb[:-2], verb[:-3], verb[:-3] + "e", verb[:-1] + "y"))


class _Content(_Subjects):
    """The content boundaries of the finder."""

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
                    and _GAP_STOPS.isdisjoint(gap) and not _infinitive_object(gap, verb)
                    and clause_stop_search(text, pos, m.start() + 1) is None
                    and (not gap or objects or first in PREPOSITIONS
                         or first in SENTENCE_ADVERBS or first in VERB_ADVERBS
                         or first in _GAP_FIRST or first in TIME_NOUNS
                         or _time_phrase(gap) or first.endswith("ly"))):
                # "said on Sunday that …", "told reporters that …"; but "noted Clinton's
                # comment that …": the object is part of the content
                found: int = m.start() + (len(m.group()) - len(m.group().lstrip()))
                return found
            if gap[-1:] in _ASIDE_ENDS and self.aside(gap):
                # "said, apparently for the first time, that …", "argued
                # emphatically - rebuking him by name - that …": an aside of the cue
                aside_end: int = m.start() + (len(m.group()) - len(m.group().lstrip()))
                return aside_end
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
        if pos > cue_end and text[pos : pos + 2] in _PARTICLE_HEADS:
            pos = self.after_particle(cue_end, pos, unit_end)
        elif (pos > cue_end and text[pos : pos + 1].islower() and verb not in _SAY_VERBS
              and not text[cue_end:pos].strip()):
            m = _ADVERB_PREPOSITION.match(text, pos, unit_end)
            if (m is not None and m.group("adverb") not in _NOT_MANNER
                    and _has_words(text, m.end(), unit_end, 3)):
                pos = m.end()
        return pos

    @staticmethod
    def aside(gap: str) -> bool:
        """True when ``gap``, the words between a cue and its ``that`` ending with a
        comma or a dash, is an aside of the cue: up to 12 words opening (after
        its comma or dash) with an adverb, a preposition, a subordinator or a
        time (``twice,``, ``though,``, ``while testifying in May,``, ``a year
        ago, as she toured Ohio,``), with no quotation mark, colon or semicolon."""
        words = gap.strip(_ASIDE_MARKS).split()
        if not words or len(words) > 12 or not _GAP_STOPS.isdisjoint(gap.replace(",", "")):
            return False
        first = words[0].lower().rstrip(",")
        if first == "to":
            return False  # "projected to swell to 65 million, that …": an infinitive
        return (first in SENTENCE_ADVERBS or first in VERB_ADVERBS or first in PREPOSITIONS
                or first in _ASIDE_FIRST or first.endswith("ly") or _time_phrase(gap))

    def after_particle(self, cue_end: int, pos: int, unit_end: int) -> int:
        """``tweeted out a link``, ``pointed up a flaw``: a particle of the verb
        right after the cue is the cue's, not the content's first word; the
        content starts after it. Not before a preposition or ``as`` (``cried
        out for change``, ``written off as …``: the phrasal verb's object), nor
        where a cue of the lexicon holds the particle (``pointed out``: that cue
        reads what follows)."""
        text = self.text
        m = _PARTICLE.match(text, pos, unit_end)
        if (m is None or text[cue_end:pos].strip()
                or _first_word(text, m.end()) in _NOT_AFTER_PARTICLE):
            return pos
        particle_end: int = m.end("word")
        if any(c[1] == particle_end for c in self.scan(max(0, cue_end - 30), particle_end)):
            return pos
        start: int = m.end()
        return start

    def that_after(self, start: int, end: int) -> Any:
        """The ``that`` pattern searched in ``text[start:end]``; no regex call where
        the lower-cased text shows no ``that`` (most stretches after a cue)."""
        if self.low is not None and self.low.find("that", start, end) < 0:
            return None
        return self.pats["that"].search(self.text, start, end)

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
                                 or self.participle_goes_on(start, m.start(), m.end(), end)
                                 or self.contrast_goes_on(start, m.start(), end)
                                 or self.coordination_goes_on(start, m.start(), end)):
            m = clause_stop_search(text, m.end(), end)
        stop = end if m is None else m.start()
        if text.find(" sa", start, stop) >= 0:
            r = _RELATIVE_REPORT.search(text, start, stop)
            if r is not None:
                stop = r.start()
        if stop == end or _word_count(text, start, stop) < 3:
            return end
        return _trim(self.text, start, stop, _SPACE + ",;")[1]

    def participle_goes_on(self, start: int, ms: int, me: int, end: int) -> bool:
        """True when the clause stop ``ms:me`` is a comma and a participle that is no
        cue, whose clause (up to the next stop or ``end``) holds no cue either, after
        content that opens with neither an infinitive nor a participle (``said the
        ferry would close, leaving the island cut off``): the participle's clause
        tells what the reported event does and goes on the content, as PolNeAR reads
        it more often than not. A cue's participle (``, saying …``, ``, according
        to …``) still stops it, and so does one after ``vowed to stay, …`` (the
        participle is the subject's, as the infinitive is)."""
        text = self.text
        if text[ms] != "," or text[me - 4 : me - 1] != "ing":
            return False
        m = _PARTICIPLE_STOP.fullmatch(text, ms, me)
        if m is None:
            return False
        word = m.group("word").lower()
        if word in _REPORT_PARTICIPLES or word == "according" or self.scan(ms, me):
            return False
        if self.pats["nonfinite"].match(text, start, end) is not None:
            return False
        if not _QUOTE_MARKS.isdisjoint(text[start:ms]) or "''" in text[start:ms]:
            return False  # "called it “a start”, drawing …": the writer's, after a quotation
        stop = clause_stop_search(text, me, end)
        # "…, painting them as weak and suggesting that …": a second participle
        # reports
        return not any(text[ce - 3 : ce] == "ing" and text[max(ms, cs - 4) : cs] == "and "
                       for cs, ce, _ in self.scan(me, stop.start() if stop is not None else end))

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
        if m is None and text.find(", the ", start, tail_end) >= 0:
            m = _THE_APPOSITION.search(text, start, tail_end)
            if m is not None and self._fronted(start, m.start()):
                return end  # "that with the votes it had, the party …": a main clause
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

    def _fronted(self, start: int, comma: int) -> bool:
        """True when the content ``start:comma`` before an ``, the`` opens with an
        adverbial (``that even in most towns, the ferry …``, ``by closing the
        pier, the city …``, ``the more seats it wins, the more …``) or the comma
        follows an aside (``instead of, say, the …``): what follows the comma is
        the main clause, no apposition."""
        text = self.text
        lead = text.rfind(",", start, comma)
        if lead >= 0 and text[lead + 1 : lead + 6].lower() in (" and ", " but "):
            return True  # "…, and the next day, the …": a coordinated clause's adverbial
        words = text[start:comma].split(None, 2)
        if words and words[0].lower() == "that":
            words = words[1:]
        if not words or text[max(start, comma - 4) : comma].lower().endswith("say"):
            return True
        first = words[0].lower()
        if first == "the":
            return words[1:2] == ["more"]
        return (first in PREPOSITIONS or first in _CLAUSE_OPENING_WORDS
                or first in SENTENCE_ADVERBS or first in ("even", "and", "but")
                or first.endswith("ing"))

    def _clause_end(self, pos: int, ue: int, abbreviations: bool = True) -> int:
        """Where the clause at ``pos`` ends: at its first punctuation, past the full
        stop of an initial or a title (``into the U.S. from Canada``) unless not
        ``abbreviations``."""
        if abbreviations:
            m = _stop_past_abbreviations(self.text, self.pats["clause_end"], pos, ue,
                                         self.in_name)
        else:
            m = self.pats["clause_end"].search(self.text, pos, ue)
        return ue if m is None else m.start()

    def _adjunct_only(self, ce: int, ue: int) -> bool:
        """True when only adjuncts follow the cue to the end of the unit."""
        text = self.text
        e = self._clause_end(ce, ue, abbreviations=False)
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
