"""The quote finder's frames: the quote a cue makes in its unit, whichever
side its speaker and content stand on; a report participle opening its
sentence; a quotation framed by a verb the lexicon lacks.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from .boundaries import SUBORDINATORS, abbreviation_before, title_case
from .candidates import _Cand
from .clauses import (
    _CLAUSE_OPENING_WORDS,
    _QUOTE_CHARS,
    _clause_after_object,
    _first_word,
    _time_phrase,
)
from .lexicon import (
    ANONYMOUS_NOUNS,
    BE_FORMS,
    DETERMINERS,
    SUBJECT_PRONOUNS,
    clause_stop_search,
)
from .lexicon import SPACE as _SPACE
from .patterns import _RAISING_TAILS
from .quotations import _inner, _is_title, _mark_end, _work_of
from .readings import _Readings
from .shipped import compile_pattern
from .speakers import _AMOUNT_WORDS, PREPOSITIONS, SENTENCE_ADVERBS, Phrase, speaker_phrase
from .units import _Block, _has_words, _trim, _word_count
from .walk import role_title
from .words import (
    _COMMIT_LEMMAS,
    _CONTENT_NOT_FIRST,
    _DOUBLE_MARKS,
    _EVIDENCE_NOUNS,
    _EVIDENCE_VERBS,
    _INTENT_LEMMAS,
    _NOT_BEFORE,
    _NOUN_MARKERS,
    _NOUN_OR_VERB,
    _OBJECT_VERBS,
    _OPENING_SUBORDINATORS,
    _QUOTATION_AFTER,
    _RAISING,
    _holds_any,
)

_CLOSE = itemgetter(1)
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
# a subordinate or relative clause opening with its own subject before a cue at the
# end ("when he told", "which she called", "as Lind wrote"): searched backwards from
# the cue, the clause's report is not the outer cue's content
_INNER_SUBJECT = compile_pattern(
    r"(?r)(?<![\p{L}'’-])(?P<lead>when|as|after|before|while|until|which|whom"
    r"|where)\s{1,3}(?:he|she|they|we|I|\p{Lu}[\p{L}'’.-]{1,20}(?:\s{1,3}\p{Lu}[\p{L}'’.-]{1,20})?)"
    r"(?:\s{1,3}(?:also|then|later|once|had|has|have))?\s{1,3}$"
)
# the cues whose content may be an embedded question ("asked whether …", "wondered
# if …", "questioned whether …")
_QUESTION_LEMMAS = frozenset({"ask", "question", "wonder"})
# a digest item's closing tag naming the outlet quoted (``[AP.]``, ``[The Courier]``),
# ending its block after at most a sentence or two of the editor's own
_DIGEST_TAG = compile_pattern(r"[^\[\]\n]{0,240}?(?P<tag>\[[^\[\]\n]{2,80}\])\s{0,3}$")
# the embedded question after a verb of asking and its object ("asked the mayor
# whether …", "asks voters if …"): the object is at most six words, no punctuation
_ASKED_QUESTION = compile_pattern(
    r"\s{1,3}(?:[\p{L}\p{N}.'’-]{1,25}\s{1,3}){1,6}?(?P<q>if|whether)\s"
)
# "and"/"but" (an adverb at most after it) right after a content, before a
# coordinated cue sharing the subject
_COORDINATED_CUE = compile_pattern(
    r"[\"”'’]{0,2}\s{0,3},?\s{1,3}(?:and|but)\s{1,3}(?:(?:also|then|later)\s{1,3})?")
# a word before a phrase closing a colon's clause that makes the phrase its object, no
# label for the quotation after the colon (not "from": "More from the report:")
_OBJECT_PREPOSITIONS = (PREPOSITIONS - {"from"}) | {"of"}

# A source closing its sentence that ``reported_by_tail`` leaves aside: ``according
# to X`` after a closing quotation mark (``… “go on for years,” according to the
# report``) and an inverted report (``…, said Ana Lind, a historian``, ``…,” reported
# the Ledger``). The tail runs to the content's end (searched near it only).
_SOURCE_TAIL = compile_pattern(
    r",[\"”']{1,2}\s{1,5}(?P<verb>according\s{1,3}to)\s{1,3}[^,;:!?\"“”«»()]{1,100}$"
    r"|,[\"”']{0,2}\s{1,5}(?P<verb>said|says|reported|reports|wrote|writes|added|noted)"
    r"\s{1,5}(?:the\s{1,3}|an?\s{1,3})?\p{Lu}[^,;:!?\"“”«»()]{0,60}"
    r"(?:,\s{1,5}[^;:!?\"“”«»()]{1,120})?$"
)


# a clause after a poll opening it that reports on its own: a capitalised subject
# and a verb of finding or saying before "that" ("…, Harbour Research found that …")
_NAMED_FINDING = compile_pattern(
    r"\s{0,3}\p{Lu}[^,;:.!?\"“”]{0,60}?\s(?:found|finds|concluded|concludes|said|says|"
    r"reported|reports|showed|shows)\s{1,3}that\s"
)


class _Frames(_Readings):
    """The frames a cue makes, for the finder."""

    def capital_cue(self, us: int, ue: int, cs: int, ce: int) -> bool:
        """True for a capitalised cue after a quotation, its speaker and a comma in
        a sentence, no headline: the quotation and the words after the cue each
        hold a word in lower case that a title would capitalise (``“We can’t
        argue with it!” Ruiz, the head of the board, Tweeted on Friday with a
        photo``)."""
        text = self.text
        if not text[cs + 1 : ce].islower() or not text[us:cs].rstrip().endswith(","):
            return False  # "SUSPECT", "the United States": no verb after an apposition
        close = max(text.rfind("”", us, cs), text.rfind('"', us, cs))
        if close <= us or not text[close + 1 : cs].strip(_SPACE + ",!?'’"):
            return False
        if title_case(text, us, close):
            return False
        return not text[ce:ue].strip(_SPACE + ".") or not title_case(text, ce, ue)

    def frame(self, blk: _Block, us: int, ue: int, cs: int, ce: int, how: str,
              pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
              floor: int = 0) -> _Cand | None:
        """The quote a cue at ``cs:ce`` frames in the unit ``us:ue``; content before the
        cue starts at ``floor`` at the earliest (after the quote of an earlier cue).
        A cue of a source in a phrase has a frame of its own; a verb cue whose form
        makes it a headline's word, a noun or a modifier frames nothing; the others
        are framed around their speaker (``speaker_frame``)."""
        text = self.text
        verb = text[cs:ce].lower()
        if how == "according":
            return self.frame_according(us, ue, cs, ce, pairs, claimed)
        if how == "view":
            return self.frame_view(us, ue, cs, ce, pairs, claimed)
        if how == "agent":
            return self.frame_agent(blk, us, ue, cs, ce, pairs, claimed)
        if how == "poll":
            return self.frame_poll(us, ue, cs, pairs, claimed)
        if how == "verb":
            if text[cs].isupper() and self.headline_cue(us, ue, cs, ce, verb):
                # "Ana Ruiz Stressed The Value …": a title-case headline (but "…,
                # Bo Lind Says.": its closing attribution)
                return None
            if verb in _RAISING and text[
                    (cs - 30 if cs - 30 > us else us) : cs].rstrip().casefold().endswith(
                        _RAISING_TAILS):
                # (pre-test: the ``raising`` pattern ends with one of these words and space)
                m = self.pats["raising"].search(text, max(us, cs - 30), cs)
                if m is not None:
                    return self.raising(blk, us, ue, m.start(), ce, pairs, claimed, floor)
            if self.modifier_cue(us, cs, verb):
                return None
        if text[cs - 5 : cs - 1] == "From" and verb.split(" ", 1)[0].endswith("ing"):
            return None  # "From pointing out …": a preposition before a gerund
        return self.speaker_frame(blk, us, ue, cs, ce, verb, how, pairs, claimed, floor)

    def speaker_frame(self, blk: _Block, us: int, ue: int, cs: int, ce: int, verb: str,
                      how: str, pairs: Sequence[tuple[int, int]],
                      claimed: set[tuple[int, int]], floor: int) -> _Cand | None:
        """The quote of a cue once its form allows a report: its speaker is looked for
        before it, after it (inverted, or the cue opening its sentence), as the subject
        of a participle's clause, or in a poll or study; the content is then found on
        whichever side of the cue it stands (``frame_content``)."""
        text = self.text
        strong = verb in self.cues.strong or how == "phrase"
        # (no call for a unit without quotations)
        qend, title = self.quotation_before(us, cs, pairs) if pairs else (us, None)
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
        found = self.subject_before(us, ue, cs, ce, verb, qend, title, before_close,
                                    prev_char, infinitive or led)
        # a cue opening its sentence, after a conjunction at most ("But, said Jo
        # Roe, …"): its speaker follows it
        opens = cs == us or (cs - us <= 6 and text[us:cs].strip(_SPACE + ",").lower() in (
            "but", "and", "yet"))
        # inverted: ', said Mao Ning' / '," said the newspaper' / '," read the
        # statement' (the weak past "read" only right after a quotation)
        if found is None and not opens and prev_char and prev_char in ",\"“”«»" and (
                strong or verb in ("says", "said")
                or (verb == "read" and prev_char in "\"“”«»")):
            return self.inverted(blk, us, ue, cs, ce, verb, pairs, claimed, before_close,
                                 prev_char)
        participle = False
        if found is None and cs > us and not opens:
            subject = self.participle_subject(us, cs, verb, qend, prev_char, led)
            if subject is not None:
                found, participle = (subject, cs), True
                # "…, saying his rival would …": a participle of a speech verb reports
                kind = self.cues.info.get(verb, {}).get("kind")
                strong = strong or (verb.endswith("ing") and kind in ("speech", "writing"))
        elif found is None and opens and (verb in ("said", "says") or (
                strong and text[cs].isupper())):
            phrase = self.speaker_after_opening(ue, ce, verb)
            if phrase is not None:
                return self.cue_first(blk, ue, cs, ce, phrase, pairs, claimed)
        if found is None and not participle:
            opening = self.opening_participle(us, ue, cs, ce, verb, strong, pairs, claimed, blk)
            if opening is not None:
                return opening
        if verb in _EVIDENCE_VERBS and (found is None or found[0].head not in _EVIDENCE_NOUNS):
            evidence = self.evidence_subject(us, cs)
            if evidence is not None:
                found, strong = evidence, True
        if found is None:
            return self.asked(blk, ue, cs, ce) if verb == "asked" else None
        phrase, clause_start = self.settled_speaker(us, ue, cs, ce, found, qend, participle,
                                                    prev_char)
        return self.frame_content(blk, us, ue, cs, ce, verb, strong, pairs, claimed, floor,
                                  qend, participle, phrase, clause_start)

    def frame_view(self, us: int, ue: int, cs: int, ce: int, pairs: Sequence[tuple[int, int]],
                   claimed: set[tuple[int, int]]) -> _Cand | None:
        """A ``view`` cue: the ``view`` pattern names its speaker after the cue, and the
        content is found as for a source in a prepositional phrase (``prep_content``)."""
        text = self.text
        m = self.pats["view"].match(text, cs, ue)
        if m is None:
            return None
        np_s, np_e = m.span("np")
        phrase = speaker_phrase(text, np_s, np_e, self.abbreviations)
        if phrase is None:
            return None
        return self.prep_content(us, ue, cs, ce, phrase, pairs, claimed)

    def frame_agent(self, blk: _Block, us: int, ue: int, cs: int, ce: int,
                    pairs: Sequence[tuple[int, int]],
                    claimed: set[tuple[int, int]]) -> _Cand | None:
        """An ``agent`` cue: its speaker is the phrase after the cue up to the first stop
        or quotation mark, its content the unit before the cue (three words at least)."""
        text = self.text
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

    def frame_poll(self, us: int, ue: int, cs: int, pairs: Sequence[tuple[int, int]],
                   claimed: set[tuple[int, int]]) -> _Cand | None:
        """A ``poll`` cue, ``In`` opening ``In a council poll released Monday, …``: the
        poll is the source (its phrase up to the comma) and the clause after the comma
        the content, whatever its verb (``52 percent said …`` included: PolNeAR marks
        the whole clause as the poll's)."""
        text = self.text
        m = self.pats["poll_opening"].match(text, cs, ue)
        if m is None:
            return None
        first = text[m.end() : m.end() + 24].split(None, 1)[:1]
        if first and first[0].islower() and first[0].endswith("ed"):
            return None  # "In a poll of …, conducted from Feb. 1 to Feb. 6, X found …"
        if _NAMED_FINDING.match(text, m.end(), min(ue, m.end() + 100)) is not None:
            return None  # "In a poll of 800 riders, Harbour Research found that …"
        np_s, np_e = m.span("np")
        words = text[np_s:np_e].split()
        head = next((w.lower() for w in reversed(words)
                     if w.lower().startswith(("poll", "survey"))), "poll")
        phrase = Phrase(np_s, np_e, "nominal", head)
        return self.prep_content(us, ue, cs, m.end(), phrase, pairs, claimed,
                                 cue=(cs, cs + 2))

    def headline_cue(self, us: int, ue: int, cs: int, ce: int, verb: str) -> bool:
        """True for a capitalised verb cue inside its unit that is no report: a word of a
        title-case headline, unless it is the closing ``Says``/``Said`` of an
        attribution after a comma or a ``capital_cue`` in a sentence."""
        text = self.text
        return text[cs].isupper() and cs > us and not (
            verb in ("says", "said") and not text[ce:ue].strip(_SPACE + ".;")
            and text.rfind(",", us, cs) >= 0) and not self.capital_cue(us, ue, cs, ce)

    def modifier_cue(self, us: int, cs: int, verb: str) -> bool:
        """True for a verb cue the word before makes a noun or a modifier, no report: after
        a determiner or a possessive, after ``so`` (``so called``), or an adverb after
        one of those."""
        text = self.text
        prev_word = text[(cs - 12 if cs - 12 > us else us) : cs].split()[-1:]
        if prev_word and (prev_word[0].lower() in _NOUN_MARKERS
                          or prev_word[0].endswith(("'s", "’s"))):
            return True  # "his comments", "the states", "Trump's attacks": a noun
        if verb == "called" and prev_word and prev_word[0].lower() == "so":
            return True  # "the so called “Bridge Plan”": an adjective, no report
        if (prev_word and prev_word[0].endswith("ly") and prev_word[0].islower()
                and prev_word[0] != "only"):
            before = text[(cs - 40 if cs - 40 > us else us) : cs].split()[-2:-1]
            if before and (before[0].lower() in _NOUN_MARKERS
                           or before[0].endswith(("'s", "’s"))):
                # "the town's widely reported plan", "the previously
                # announced closure": an adverb after a determiner or possessive
                # makes the cue form a modifier
                return True
        return False

    def quotation_before(self, us: int, cs: int, pairs: Sequence[tuple[int, int]]
                         ) -> tuple[int, tuple[int, int] | None]:
        """The end of the last quotation closing before the cue (``us`` if none), the
        lower bound for looking back, and the span of a title skipped on the way (or
        None)."""
        text = self.text
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
        return qend, title

    def subject_before(self, us: int, ue: int, cs: int, ce: int, verb: str, qend: int,
                       title: tuple[int, int] | None, before_close: int, prev_char: str,
                       in_clause: bool) -> tuple[Phrase, int] | None:
        """The speaker before the cue, after the last quotation, and where its clause
        starts; None for a cue whose speaker is its clause's subject (``in_clause``: an
        infinitive, a participle led by a conjunction) and for a parenthetical report
        naming its speaker after the cue."""
        text = self.text
        if in_clause or (
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
        return found

    def inverted(self, blk: _Block, us: int, ue: int, cs: int, ce: int, verb: str,
                 pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
                 before_close: int, prev_char: str) -> _Cand | None:
        """The quote of an inverted cue after a comma or quotation (``…, said Mao Ning``):
        its speaker follows the cue, its content is the unit before it."""
        text = self.text
        phrase = self.phrase_after(ce, ue)
        if (phrase is not None and prev_char == "," and self.cues.info.get(verb, {}).get(
                "evaluative") and text[phrase.end : phrase.end + 1] not in ",.;:"
                and phrase.end < ue and not self._adjunct_only(phrase.end, ue)):
            # "her staff, who, on a call, criticized Ruiz for “…”": the object of
            # a verb of blame or praise, no inverted speaker
            phrase = None
        if phrase is not None and phrase.kind == "pronoun" and text[
                phrase.end : phrase.end + 2].strip(_SPACE)[:1].isalpha():
            # "…, including Mr. Lind, said they had no problem …": a subject pronoun
            # opening the content, no inverted speaker ('“…,” said he.')
            phrase = None
        if phrase is None:
            return None
        boundary = before_close - 1 if prev_char == "," else before_close
        region = self.strip_adverbial(*_trim(text, us, boundary, _SPACE + ","))
        if not _has_words(text, *region, n=1 if prev_char in "\"“”«»" else 2):
            return None
        cand = self.make(pairs, claimed, region, (cs, ce), phrase, blk)
        if cand is not None:
            cand.attribution_end = self._clause_end(phrase.end, ue)
            # '“…,” said X, adding that …': X speaks the participle's report
            self.carry(_trim(text, cand.attribution_end, ue, _SPACE + ",")[0], phrase)
        return cand

    def participle_subject(self, us: int, cs: int, verb: str, qend: int, prev_char: str,
                           led: bool) -> Phrase | None:
        """The speaker of a participle or coordinated cue (``…, saying that …``, ``… and
        said that …``): the subject of the clause, or the speaker carried to the cue."""
        text = self.text
        word_before = text[max(us, cs - 5) : cs].split()
        if not ((verb.endswith("ing") and (prev_char == "," or led or word_before[-1:] == ["by"]))
                or word_before[-1:] in (["and"], ["but"], ["to"]) or cs in self.carried):
            return None
        # "…, saying that …", "… and said that …": the speaker is the subject
        # the clause opens after the last quotation before the cue ("“…,” Clinton
        # replied, adding that …"): never inside it
        subject = (self.carried.get(cs) or self.caused_subject(us, cs)
                   or self.comma_subject(us, qend, cs, word_before)
                   or self.subject_after(us, qend, cs))
        if (subject is not None and cs not in self.carried and prev_char == ","
                and verb.endswith("ing")):
            subject = self.coordinated_subject(subject.end, cs) or subject
        if subject is not None and cs not in self.carried and word_before[-1:] in (
                ["and"], ["to"]):
            # "… when Ana Ruiz took the floor and accused …": the clause the
            # conjunction opens holds the cue
            subject = self.led_subject(subject.end, cs) or subject
        return subject

    def speaker_after_opening(self, ue: int, ce: int, verb: str) -> Phrase | None:
        """The speaker after a cue opening its sentence: any phrase after ``said``/``says``,
        a name or noun phrase followed by a colon or comma after another strong cue."""
        text = self.text
        # "Said Jo Roe, who grew up with Hale, "We were all so glad."",
        # "Stated Stone: …": a cue opening the sentence, then its speaker
        phrase = self.phrase_after(ce, ue)
        said = verb in ("said", "says")
        if phrase is not None and (said or (phrase.kind in ("name", "nominal")
                                            and text[phrase.end : phrase.end + 1] in ":,")):
            return phrase
        return None

    def cue_first(self, blk: _Block, ue: int, cs: int, ce: int, phrase: Phrase,
                  pairs: Sequence[tuple[int, int]],
                  claimed: set[tuple[int, int]]) -> _Cand | None:
        """The quote of a cue opening its sentence with its speaker after it: the content
        follows the speaker (and a relative clause describing it), or the next block."""
        text = self.text
        end = phrase.end
        relative = self.pats["said_relative"].match(text, end, ue)
        if relative is not None:
            end = relative.end()  # the relative clause describes the speaker
        if not text[end:ue].strip(_SPACE + ":"):
            # the quotation follows in the next block
            return _Cand(kind="direct", parts=[], cue=(cs, ce), speaker=phrase,
                         block=blk.index)
        return self.prep_content(cs, ue, cs, end, phrase, pairs, claimed, cue=(cs, ce))

    def evidence_subject(self, us: int, cs: int) -> tuple[Phrase, int] | None:
        """The poll or study before a verb of evidence, its source ("A council poll last
        month showed …", "Exit polls from the primary found …"), and where it starts."""
        text = self.text
        m = None
        if self.pats["evidence_noun"].search(text, max(us, cs - 160), cs) is not None:
            m = self.pats["evidence"].search(text, max(us, cs - 160), cs)
        if m is None:
            return None
        s0, e0 = m.span("np")
        return (Phrase(s0, e0, "nominal", text[s0:e0].split()[-1].lower()), s0)

    def asked(self, blk: _Block, ue: int, cs: int, ce: int) -> _Cand | None:
        """The question of an ``asked`` cue with no speaker before it ("When asked whether
        the ferry would …, Lind replied"), its asker after ``by`` if named."""
        text = self.text
        m = self.pats["asked"].match(text, ce, ue)
        if m is None:
            return None
        end = self._clause_end(m.end(), ue)
        if _word_count(text, m.start("q"), end) < 3:
            return None
        # "When asked by a pupil whether …": the asker is the source
        asker = self.phrase_after(*m.span("np")) if m.group("prep") == "by" else None
        return _Cand(kind="indirect", parts=[(m.start("q"), end)], cue=(cs, ce),
                     speaker=asker, block=blk.index)

    def settled_speaker(self, us: int, ue: int, cs: int, ce: int, found: tuple[Phrase, int],
                        qend: int, participle: bool, prev_char: str) -> tuple[Phrase, int]:
        """The speaker found, and where its clause starts, once settled: the nearer
        subject of the cue, the subject before an apposition, a poll's respondents."""
        text = self.text
        phrase, clause_start = found
        if phrase.head != "who" and phrase.end < cs and not text[phrase.end : cs].isspace():
            phrase = self.nearer_subject(phrase, phrase.end, cs, ce)
        if (not participle and qend > us and text[clause_start - 1 : clause_start] == ","
                and phrase.kind != "pronoun"):
            apposed = self.appositive_subject(qend, clause_start, phrase, prev_char == ",")
            if apposed is not None:
                phrase, clause_start = apposed
        if text[phrase.start].isdigit() or text[phrase.start : phrase.start + 5].lower() in (
                "just ", "only ", "about ") or text[phrase.start : phrase.end].split(
                None, 1)[0].split("-", 1)[0].lower() in _AMOUNT_WORDS:
            poll = self.pats["poll_share"].match(text, phrase.start, phrase.end)
            opener = None if poll is None else self.pats["poll_opener"].search(
                text, max(us, phrase.start - 160), phrase.start)
            if opener is None and poll is not None and text.find(" poll", ce, ue) + text.find(
                    " survey", ce, ue) > -2:
                # "Sixty percent of voters said they would stay in a council poll this
                # month.": the poll closing the sentence
                opener = self.pats["poll_closing"].search(text, ce, ue)
            if opener is not None:
                # "In a council poll released Monday, 31 percent of parents said …": the poll
                # reports its respondents' answers
                s0, e0 = opener.span("np")
                phrase = Phrase(s0, e0, "nominal", opener.group("head").lower())
        return phrase, clause_start

    def frame_content(self, blk: _Block, us: int, ue: int, cs: int, ce: int, verb: str,
                      strong: bool, pairs: Sequence[tuple[int, int]],
                      claimed: set[tuple[int, int]], floor: int, qend: int, participle: bool,
                      phrase: Phrase, clause_start: int) -> _Cand | None:
        """The quote of a cue whose speaker is found: content before the cue, content
        after it, or a quotation announced for the next sentence or block."""
        text = self.text
        entry = self.cues.info.get(verb, {})
        needs_quote = bool(entry.get("needs_quote"))
        lemma = entry.get("lemma", verb)
        boundary_char = text[clause_start - 1] if clause_start > us else ""
        if qend > us and not text[qend:clause_start].strip():
            boundary_char = '"'
        before_region = _trim(text, floor if floor > us else us,
                              clause_start - 1 if boundary_char == "," else clause_start,
                              _SPACE + ",")
        # "…, the poll found.": a finding closing its sentence after a comma
        closing_find = (lemma == "find" and boundary_char == ","
                        and not text[ce:ue].strip(_SPACE + ".!?"))
        has_before = self.has_content_before(us, verb, lemma, phrase, clause_start, participle,
                                             qend, boundary_char, before_region, pairs,
                                             cs, closing_find)
        # "After the storm, the old ferry, we might recall, was …": the subject
        # before a parenthetical report, without an adverbial opening it
        raw_before = before_region
        raw_has_before = clause_start > us and not participle
        if raw_has_before:
            raw_before = self.strip_adverbial(*before_region)
            raw_has_before = _has_words(text, *raw_before) and not self.adverbial(*raw_before)
        if has_before and not needs_quote and (boundary_char in "\"“”«»"
                                               or self._adjunct_only(ce, ue)
                                               or (lemma == "tell" and boundary_char == ","
                                                   and self.object_only(ce, ue))):
            return self.content_before(blk, us, ue, cs, ce, phrase, before_region, pairs,
                                       claimed, floor)
        # content after the cue? (looked for only now: a quotation before the cue has
        # returned above, and most quotes in dense reporting do)
        cstart = self.content_after(ce, ue, verb)
        question = lemma in _QUESTION_LEMMAS and (lemma != "ask" or (
            # a passive "Lind was asked (at lunch) if …" only before "if"/"whether" (its
            # subject is no source: the caller drops it; PolNeAR marks the question)
            text.find(" by ", ce, ce + 60) >= 0 or not self.passive(us, cs, ce)
            or text[cstart : cstart + 8].split(" ", 1)[0].lower() in ("if", "whether")
            or _ASKED_QUESTION.match(text, ce, min(ue, ce + 160)) is not None))
        if question:
            if lemma == "ask" and text[cstart : cstart + 8].split(" ", 1)[0].lower() not in (
                    "if", "whether"):
                embedded = _ASKED_QUESTION.match(text, ce, min(ue, ce + 160))
                if embedded is not None:
                    cstart = embedded.start("q")  # "asked the mayor whether …": the question
            lead = text[max(us, phrase.start - 20) : phrase.start].split()[-1:]
            if _first_word(text, us) in SUBORDINATORS or (
                    lead and lead[0].lower() in SUBORDINATORS):
                # "When I asked Ruiz if she would stay, she said …": the question
                # ends with the subordinate clause
                comma = text.find(",", cstart, ue)
                if comma > cstart:
                    ue = comma
        after_words = _has_words(text, cstart, ue, 3)
        if after_words or (cstart < ue and text[cstart] in "\"“«„"):
            # "The ferry has been losing money, she said, by cutting …": a parenthetical
            # report's content goes on after it with whatever word
            parenthetical = (raw_has_before and boundary_char == ","
                             and "," in text[ce:cstart])
            if self.no_content_after(blk, ue, ce, verb, strong, needs_quote, lemma, phrase,
                                     cstart, question, parenthetical):
                return None
            return self.after_cue(blk, us, ue, cs, ce, lemma, needs_quote, pairs, claimed,
                                  floor, participle, phrase, clause_start, cstart,
                                  raw_before if raw_has_before and boundary_char == ","
                                  else None)
        if text[ce:ue].strip().startswith(":") or ue - ce <= 2 or self.announces(ce, ue):
            # "Cruz continued:" — the quotation follows (in the next block, or the
            # next sentence: "Lau said in a statement. “…”")
            return _Cand(kind="direct", parts=[], cue=(cs, ce), speaker=phrase, block=blk.index)
        return None

    def object_only(self, ce: int, ue: int) -> bool:
        """True when a short object and adjuncts alone close the sentence after a cue
        (``…, a spokesman told The Courier.``, ``…, she told the court in a filing.``):
        at most eight words to the clause's end, no ``that`` nor subject pronoun,
        nothing after it, and no indefinite object (``…, he told a joke.``)."""
        text = self.text
        e = self._clause_end(ce, ue)
        if text[e:ue].strip(_SPACE + ".!?\"”'’"):
            return False
        words = text[ce:e].split()
        if not 0 < len(words) <= 8 or "that" in words or any(
                w.lower() in SUBJECT_PRONOUNS for w in words):
            return False  # "told CNN she was leaning …": a clause after the object
        # "X told a joke": an indefinite object is what is told, no addressee
        return not (words[0].lower() in ("a", "an", "one") and words[1:2]
                    and words[1][:1].islower())

    def has_content_before(self, us: int, verb: str, lemma: str, phrase: Phrase,
                           clause_start: int, participle: bool, qend: int, boundary_char: str,
                           before_region: tuple[int, int],
                           pairs: Sequence[tuple[int, int]], cs: int,
                           closing_find: bool = False) -> bool:
        """Whether the words before the speaker's clause can be the cue's content: not
        a participle's, nor those before a relative pronoun, nor an adverbial opening
        (``In a statement, X dismissed …``: a long one opening a clause of four words
        or more before ``SPEAKER CUE`` is content), nor before a cue that is also a
        noun, nor before ``find`` and the like unless ``closing_find`` (``…, the poll
        found.``: a finding closing its sentence after a comma)."""
        text = self.text
        # "met Ana Ruiz, who said …": what comes before a relative pronoun is no content
        has_before = (clause_start > us and not participle and not verb.endswith("ing")
                      and phrase.head != "who"
                      and _has_words(text, *before_region,
                                     n=1 if boundary_char in "\"“”«»" else 2))
        if has_before and boundary_char not in "\"“”«»":
            core = self.strip_adverbial(*before_region)
            first = _first_word(text, core[0])
            if first in PREPOSITIONS or first in _CLAUSE_OPENING_WORDS:
                # "After two decades in the House as an independent, X plans …, Lea
                # said": a long adverbial opens the content (not "In a statement, X
                # dismissed …" before its own cue: too few words after the comma)
                comma = text.find(",", core[0], core[1])
                if (comma >= 0 and self.opening_adverbial(core[0], comma + 1)
                        and not text[before_region[1] : phrase.start].strip(_SPACE + ",")
                        and _word_count(text, phrase.end, cs) <= 1):
                    core = _trim(text, comma + 1, core[1])
                    has_before = not self.adverbial(*core)
                else:
                    has_before = False
            if has_before and (_word_count(text, *core) < 4 or (
                    lemma in _NOT_BEFORE and not closing_find)):
                has_before = False  # "In a statement, X dismissed …": not content
        elif has_before and text[before_region[0]] in _QUOTE_CHARS and role_title(
                text, before_region[0]):
            has_before = False  # "“Harbour Nights” star Ana Ruiz opened …": a title
        elif has_before and text[before_region[0]] not in _QUOTE_CHARS and self.adverbial(
                *before_region) and any(
                    _mark_end(text, b) == qend and _is_title(text, *_inner(text, (a, b)))
                    for a, b in pairs):
            has_before = False  # 'In an interview on “Face the Nation,” X said …'
        if (verb in _NOUN_OR_VERB or lemma in _QUOTATION_AFTER) and (
                boundary_char not in "\"“”«»"):
            has_before = False  # "…, who won the council seat.": a noun
        return has_before

    def content_before(self, blk: _Block, us: int, ue: int, cs: int, ce: int, phrase: Phrase,
                       before_region: tuple[int, int], pairs: Sequence[tuple[int, int]],
                       claimed: set[tuple[int, int]], floor: int) -> _Cand | None:
        """The quote of CONTENT, SPEAKER CUE [adjuncts] — or "A," he said, "B.": the
        content before the cue, with a quotation right after the cue's clause."""
        text = self.text
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

    def no_content_after(self, blk: _Block, ue: int, ce: int, verb: str, strong: bool,
                         needs_quote: bool, lemma: str, phrase: Phrase, cstart: int,
                         question: bool = False, parenthetical: bool = False) -> bool:
        """True where the words after the cue are no content: a headline's intent, a
        word no content opens with, a participle's report carried on, the object of a
        verb of telling, a noun, a weak cue's words without ``that``, a quotation or
        (``question``: a verb of asking) ``if``/``whether``."""
        text = self.text
        first_word = text[cstart : cstart + 15].split(" ", 1)[0].lower()
        intent = lemma in _INTENT_LEMMAS and first_word == "to"
        if intent and lemma in _COMMIT_LEMMAS and blk.block.type == "heading":
            return True  # "Ministers agree to reopen talks" (a headline): the news, no report
        if first_word in _CONTENT_NOT_FIRST and not intent and not parenthetical:
            return True
        if self.carry(cstart, phrase):
            return True  # "X said, adding that …": the participle reports
        opener = text[cstart : cstart + 5].lower() == "that " or text[cstart] in "\"“«„'" or (
            question and first_word in ("if", "whether"))
        if verb in _OBJECT_VERBS and not opener and not intent and not any(
                c in text[ce:cstart] for c in ",:") and _clause_after_object(
                text, ce, ue, self.in_name) != cstart:
            return True  # "told a news briefing": the object, not the content
        if verb in _NOUN_OR_VERB and not opener:
            return True  # "swing states voted", "terror attacks rose": nouns
        if not strong and not needs_quote and not intent and not (
                question and first_word in ("if", "whether")):
            if not (text[cstart : cstart + 5].lower() == "that " or text[cstart] in "\"“«„"):
                return True
            if phrase.kind == "nominal":
                return True
        return False

    def after_cue(self, blk: _Block, us: int, ue: int, cs: int, ce: int, lemma: str,
                  needs_quote: bool, pairs: Sequence[tuple[int, int]],
                  claimed: set[tuple[int, int]], floor: int, participle: bool,
                  phrase: Phrase, clause_start: int, cstart: int,
                  parenthetical: tuple[int, int] | None) -> _Cand | None:
        """The quote of a cue whose content starts after it at ``cstart``: unless a source
        closing the sentence reports it, the content runs to where its clause, its
        quotations or a participle's report end (``parenthetical``: the subject before
        a parenthetical report, its first part)."""
        text = self.text
        if lemma in _INTENT_LEMMAS and text[cstart : cstart + 15].split(" ", 1)[0].lower(
                ) == "to":
            # "declined to comment on the report": the comment verb belongs to the cue
            m = self.pats["to_comment"].match(text, cstart, ue)
            if m is not None and _has_words(text, m.end(), ue, 1):
                cstart = m.end()
        if parenthetical is not None and "," not in text[ce:cstart]:
            parenthetical = None  # a parenthetical report has a comma after its cue
        region = _trim(text, cstart, ue, _SPACE + ".")
        if not participle or text[cs - 2 : cs] == ", ":
            # ("…, saying …, CNN reported.": the closing report is the participle's
            # clause's too; not "… by suggesting …, it said.")
            outer = self.closing_source(blk, us, ue, cs, min(clause_start, phrase.start),
                                        region, pairs, claimed, floor)
            if outer is not None:
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
        inside = [p for p in pairs if region[0] <= p[0] < region[1]]
        if inside and self.lead_in(region[0], inside[0][0]):
            region = (inside[0][0], region[1])
        if not inside:
            region = self.unquoted_region(region, phrase, clause_start)
        elif text[region[0]] not in "\"“«„'" and (
                inner := self.inner_report(region[0], inside[0][0])) is not None:
            # "talked about the harbour when he told Bo Lind, “…”", "backed the
            # bodies, which he called “a cartel”": the quotation is the inner
            # clause's report, the content ends before it
            region = (region[0], inner)
        elif text[region[0]] not in "\"“«„'":
            region = (region[0], self.mixed_stop(region, inside))
        cand = self.make(pairs, claimed, region, (cs, ce), phrase, blk, after_cue=True)
        if cand is not None and cut is not None and region[1] == cut[0]:
            self.carried[cut[1]] = phrase  # the participle reports for the same speaker
        if cand is not None and cand.parts and phrase.head not in ("who", "which", "that"):
            self.carry_coordinated(cand.parts[-1][1], ue, phrase)
        if cand is not None and parenthetical is not None and cand.kind != "direct" and not any(
                parenthetical[0] <= q[0] < parenthetical[1] for q in pairs):
            # "Within councils, they said, mayors now have more power …"
            cand.parts.insert(0, parenthetical)
        return cand

    def closing_source(self, blk: _Block, us: int, ue: int, cs: int, subject_start: int,
                       region: tuple[int, int], pairs: Sequence[tuple[int, int]],
                       claimed: set[tuple[int, int]], floor: int) -> _Cand | None:
        """The quote of a source closing the sentence after the content ("X plans to …,
        Lea Stone said.", "X said …, according to CNN."), or None: the report is the
        closing source's, and no cue before it reports a part."""
        text = self.text
        tail = self.reported_by_tail(us, subject_start, cs, *region)
        if tail is None:
            tail = self.source_tail(us, subject_start, cs, *region)
        if tail is None:
            return None
        vs, ve = tail.span("verb")
        how = "according" if text[vs : vs + 9].lower() == "according" else "verb"
        outer = self.frame(blk, us, ue, vs, ve, how, pairs, claimed, floor)
        if outer is not None:
            self.tail_from = ve
        return outer

    def unquoted_region(self, region: tuple[int, int], phrase: Phrase,
                        clause_start: int) -> tuple[int, int]:
        """The content after the cue with no quotation in it: it ends with its clause,
        before a closing attribution or a relative clause, and at the comma closing a
        relative clause of the speaker or a subordinate clause the report is."""
        text = self.text
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
        return region

    def mixed_stop(self, region: tuple[int, int], inside: list[tuple[int, int]]) -> int:
        """Where content after the cue ends that opens with words and holds quotations
        (mixed): after its clause and its first quotation at the earliest, never inside
        a quotation, at a quotation ending its sentence, before a relative clause after
        the last quotation."""
        text = self.text
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
        return stop

    def carry_coordinated(self, end: int, ue: int, phrase: Phrase) -> None:
        """Give a cue coordinated right after a content ending at ``end`` (``Lind
        referred to Ruiz as “…” but described …``, ``…, and said …``) the speaker
        ``phrase`` of the report before it: the two verbs share their subject."""
        m = _COORDINATED_CUE.match(self.text, end, ue)
        if m is None:
            return
        for cs2, _ce2, how2 in self.scan(m.end(), min(ue, m.end() + 24)):
            if cs2 == m.end() and how2 == "verb":
                self.carried.setdefault(cs2, phrase)
            break

    def comma_subject(self, us: int, qend: int, cs: int, word_before: list[str]
                      ) -> Phrase | None:
        """The subject opening the last comma segment before a cue coordinated with
        ``and``/``but`` (``When Lind was asked …, she laughed and said``): a name or a
        pronoun with a verb of its own before the conjunction."""
        if word_before[-1:] not in (["and"], ["but"]):
            return None
        text = self.text
        lo = us if us > qend else qend
        comma = text.rfind(",", lo, cs)
        if comma < 0 or text.find(";", comma, cs) >= 0:
            return None  # (not a list: "…, Calif.; clashed with …; and posted")
        subject = self.subject_of(_trim(text, comma + 1, cs)[0], cs)
        if subject is None or subject.kind not in ("name", "pronoun") or subject.head in (
                "who", "which", "that"):
            return None
        if _word_count(text, subject.end, cs) < 2:
            return None  # "…, Lind and said": no verb of the subject's own
        return subject

    def later_report(self, cand: _Cand, cs: int, ce: int,
                     cues: Sequence[tuple[int, int, str]],
                     claimed: set[tuple[int, int]]) -> bool:
        """True when the passive cue at ``cs:ce`` that names no agent has, inside
        its content, a later strong cue of an active clause (``Ruiz, who called Lind
        after the winner was declared, told her supporters, “…”``): that report
        speaks for itself, and the quotations the passive claimed are released (not
        after ``asked``: ``Lee was asked, “…” He answered …``; not a later passive,
        ``it was widely reported that …``)."""
        text = self.text
        if not cand.parts or text[cs:ce].lower() == "asked":
            return False
        lo, hi = cand.parts[0][0], cand.parts[-1][1]
        for c2, e2, how2 in cues:
            if c2 <= ce or c2 >= hi or how2 != "verb" or text[c2:e2] not in self.cues.strong:
                continue
            before = text[max(ce, c2 - 24) : c2].lower().split()[-2:]
            if not BE_FORMS.isdisjoint(before):
                continue
            claimed.difference_update([p for p in claimed if lo <= p[1] and p[0] < hi])
            return True
        return False

    def inner_report(self, start: int, mark: int) -> int | None:
        """Where the content from ``start`` ends when a subordinate or relative
        clause with a subject of its own and a strong cue verb opens before the
        quotation at ``mark`` (at most six words between the cue and the mark):
        before its subordinator, or None."""
        text = self.text
        for cs, ce, how in reversed(self.scan(start, mark)):
            if how != "verb" or text[cs:ce] not in self.cues.strong:
                continue
            if _word_count(text, ce, mark) > 6 or any(
                    ch in text[ce:mark] for ch in ".;!?"):
                return None
            m = _INNER_SUBJECT.search(text, max(start, cs - 60), cs)
            if m is None:
                return None
            end = _trim(text, start, m.start("lead"), _SPACE + ",—–-")[1]
            return end if _has_words(text, start, end, 2) else None
        return None

    def source_tail(self, us: int, clause_start: int, cs: int, start: int,
                    end: int) -> Any:
        """The closing source ``_SOURCE_TAIL`` finds after the content ``start:end`` of
        the cue at ``cs`` (a match; its cue is group ``verb``), with the guards of
        ``reported_by_tail``: the cue's clause opens the sentence (after an
        adverbial at most) and the content before the tail is one clause of three
        words or more."""
        text = self.text
        lo = end - 260 if end - 260 > start else start
        comma = text.rfind(",", lo, end)
        if comma < 0:
            return None
        m = None
        while comma >= lo and m is None:
            m = _SOURCE_TAIL.match(text, comma, end)
            if m is None:
                comma = text.rfind(",", lo, comma)
        if m is None:
            return None
        if text[m.start("verb")] != "a":
            # inverted: the speaker phrase after the cue is all the words up to the
            # apposition's comma or the end ("…, said Ana Lind, a historian"; not
            # "…, said the family deserved better")
            np_end = text.find(",", m.end("verb"), end)
            np_end = end if np_end < 0 else np_end
            phrase = self.phrase_after(m.end("verb"), end)
            if phrase is None or _trim(text, phrase.end, np_end)[0] < np_end:
                return None
        if clause_start > us and self.strip_adverbial(us, clause_start)[0] < clause_start:
            return None
        if clause_stop_search(text, clause_start, cs) is not None:
            return None
        core = self.strip_adverbial(us, cs)[0]
        first = _first_word(text, core)
        if first in PREPOSITIONS or first in _CLAUSE_OPENING_WORDS:
            return None
        if not _has_words(text, start, m.start(), 3):
            return None
        stop = self.clause_stop(start, m.start())
        if stop < m.start() and not (text[m.start("verb")] == "a" and self.pats[
                "participle_comma"].match(text, stop)):
            return None  # (but "…, saying “…,” according to Reuters": X's report)
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
        if m is None or _word_count(text, ce, m.start()) > 24 or any(
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

    def noun_only(self, us: int, ue: int, cs: int, ce: int, qend: int, prev_char: str,
                  strong: bool) -> bool:
        """Whether a cue form that is often a noun (``states``, ``tweet``, ``attacks``)
        or a weak cue (``questions``, ``called``) can frame nothing at ``cs:ce``,
        whoever its speaker would be.

        For these forms :meth:`frame` accepts only content before the cue behind a
        quotation mark, or (a weak cue) before a cue that only adjuncts follow, an
        inverted frame after a comma (``…, states the report``), a colon or the unit's end
        after the cue (``Cruz tweeted:``), or content after it that opens with ``that``, a
        quotation mark or (``question``, ``wonder``) ``if``/``whether``. When none of these
        can hold, every path after the speaker search returns None; answering here
        saves that search, the costliest part of a frame, for the many noun readings
        ("swing states voted").
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
        that = text[cstart : cstart + 5].lower() == "that " or (
            # "questions whether …", "led them to question whether …" (an infinitive's
            # question: its subject found as a participle's; ``frame_content``)
            self.cues.info.get(verb, {}).get("lemma") in _QUESTION_LEMMAS
            and text[cstart : cstart + 8].split(" ", 1)[0].lower() in ("if", "whether"))
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

    def digest_headline(self, b_start: int, b_end: int, pair: tuple[int, int], close: int
                        ) -> tuple[Phrase, tuple[int, int]] | None:
        """The capitalised headline of a digest item (``FERRY FARES RISE AGAIN “…”
        [Courier.]``), the source of the excerpt after it, and the closing tag naming
        the outlet, its cue; None unless the block opens with the headline (two words
        or more, no lower-case letter) and ends with the bracketed tag."""
        text = self.text
        s0, e0 = _trim(text, b_start, pair[0])
        if not 8 <= e0 - s0 <= 150 or not text[s0].isupper() or any(
                ch.islower() for ch in text[s0:e0]) or text.find(" ", s0, e0) < 0:
            return None
        if text.find("[", close, b_end) < 0:
            return None
        tag = _DIGEST_TAG.match(text, close, b_end)
        if tag is None:
            return None
        return (Phrase(s0, e0, "nominal", text[s0:e0].rsplit(None, 1)[-1].lower()),
                tag.span("tag"))

    def any_verb_frame(self, blk: _Block, pair: tuple[int, int]
                       ) -> tuple[Phrase, tuple[int, int]] | None:
        """Speaker and verb framing a quotation with a verb the lexicon lacks:
        ``"…," Clinton cracked.``, ``"…," cracked Clinton``, ``Clinton cracked, "…"``."""
        text = self.text
        b_start, b_end = blk.block.span.start, blk.block.span.end
        close = _mark_end(text, pair[1])
        headed = self.digest_headline(b_start, b_end, pair, close)
        if headed is not None:
            return headed
        inner_end = _trim(text, pair[0] + 1, pair[1])[1]
        if text[inner_end - 1 : inner_end] == "." or text[close : close + 1] == ".":
            close = b_end  # the quotation ends its sentence: nothing after it frames it
        m = self.pats["after_quote"].match(text, close, min(b_end, close + 120))
        if m is not None and text[m.end("verb") - 1] == "s":
            last = text[m.start("np") : m.end("np")].rsplit(None, 1)[-1].lower()
            if last in DETERMINERS or last[-1:].isdigit() or last.endswith(_POSSESSIVE_ENDS):
                m = None  # "the town's news", "Their voices", "Fortune 500 companies": a noun
        if m is not None and (text[m.start("verb") : m.end("verb")].lower() in ANONYMOUS_NOUNS
                              or text[m.start("verb") : m.end("verb")].lower() == "series"
                              or role_title(text, pair[0])):
            # "“…,” an HBO series", "other HP leaders": a noun phrase, no verb;
            # "“Harbour Nights” star Ana Ruiz opened up": a title, no content
            m = None
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
                before = text[max(lo, found[0].start - 16) : found[0].start].split()[-1:]
                if not before or text[m.start("verb") : m.end("verb")] == "words" or not (
                        before[0].lower() in PREPOSITIONS or before[0].lower() in self.cues.words):
                    return found[0], m.span("verb")
                # "wrote to his Twitter followers, “…”", "predict the Democratic caucus
                # - “…”": the object of a preposition or a cue, its head noun no verb
        m = self.pats["colon_quote"].search(text, lo, pair[0])
        if m is not None:
            # "Harbour pollster Bo Lind: “…”", "More from the report: “…”"
            colon = m.start("colon")
            stop = max(text.rfind(ch, lo, colon) for ch in ".;—–-\n")
            while stop > lo and text[stop] == "." and abbreviation_before(
                    text, stop, self.in_name):
                # "wrote of Ms. Lind:": a title's full stop ends no segment
                stop = max(text.rfind(ch, lo, stop) for ch in ".;—–-\n")
            seg = max(lo, stop + 1)
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
                    if k < len(words) and text[slice(*words[-k - 1])].lower() in (
                            _OBJECT_PREPOSITIONS):
                        # "wrote of Ms. Lind: “…”", "said in a post on Twitter: “…”":
                        # the object of a preposition, no label (but "More from the
                        # report: “…”")
                        return None
                    return phrase, (colon, colon + 1)
        return None
