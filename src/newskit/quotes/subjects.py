"""The quote finder's speaker choice: the speaker phrase before a cue (over
appositions, ``City, State,``, dashes), after it (``said Mao Ning``), and the
subject of the clause a cue or a quotation stands in (relative pronouns,
coordinated and absolute clauses, causatives, participles carried over), and
whether a cue is a passive participle.
"""

from __future__ import annotations

from .boundaries import SUBORDINATORS, abbreviation_before
from .clauses import _CLAUSE_OPENING_WORDS, _QUOTE_CHARS
from .lexicon import BE_FORMS, DETERMINERS, PRONOUNS, REPORT_NOUNS, SUBJECT_PRONOUNS, TIME_NOUNS
from .lexicon import SPACE as _SPACE
from .patterns import _CAUSE_WORDS, _WRITTEN_FORMS, _dash_relative, _patterns
from .scanner import _Scanner
from .shipped import compile_pattern
from .speakers import PREPOSITIONS, SENTENCE_ADVERBS, Phrase
from .units import _trim
from .words import (
    _ADVERBIAL_FIRST,
    _AFTER_PARTICIPLE,
    _ARTICLE_WORDS,
    _BE_ENDINGS,
    _CLAUSE_OPENER_TEXTS,
    _CLAUSE_OPENERS,
    _COMPARATIVES,
    _INTERJECTIONS,
    _IRREGULAR_PASTS,
    _NOUN_MARKERS,
    _NOUN_OR_VERB,
    _POSSESSIVES,
    _QUESTION_OPENERS,
    _REPORT_PARTICIPLES,
    _STATE_PARTICIPLES,
    _STOP_MARKS,
)

# the last clause opening before a quotation: a contrast after a comma or a
# semicolon, searched backwards ("…, while Ana Roe proposed “…”")
_LAST_CLAUSE_LEAD = compile_pattern(r"(?r)(?:,\s{1,3}(?:while|whereas|but)|;)\s{1,3}")

# the last clause opening before a cue within its comma segment: a subordinator,
# or a coordinator after a comma, searched backwards ("… when Ana Ruiz took the
# floor and accused …", "…, but she is expected to argue …", "…; she left and
# wrote …")
_CLAUSE_LEAD_BEFORE_CUE = compile_pattern(
    r"(?r)(?:,\s{1,3}(?:and|but|while|whereas|though|although)|;"
    r"|(?<![\p{L}\p{N}'’-])(?:when|after|before|because|since|until|though|although|while"
    r"|whereas|once))\s{1,3}"
)

# a subject pronoun with a contracted verb ("she’s expected to", "they’ll")
_CONTRACTED_SUBJECT = compile_pattern(
    r"(?P<pro>he|she|they|we|I|you|He|She|They|We|You)['’](?:s|re|ll|d|ve|m)\s")
# a relative pronoun after a comma with a short prepositional adjunct before its
# verb ("…, who through her office declined", "…, who in two rulings had made
# clear"), or "both" before coordinated verbs ("…, who has both praised")
_RELATIVE_ADJUNCT = compile_pattern(
    r"\s{0,20}(?P<who>who)(?:\s{1,5}(?:through|in|on|at|via|during|after|before|with|like)"
    r"(?:\s{1,3}[\p{L}\p{N}'’.-]{1,20}){1,4}?|(?:\s{1,5}(?:has|had|have))?\s{1,5}both)"
    r"(?:\s{1,5}(?:also|once|later|has|had|have|then|first|earlier|just|never|still|often|"
    r"\p{Ll}{2,15}ly)){0,6}\s{0,20}$"
)
# a relative clause whose verb phrase ends in "by" before a participle cue ("Ryan,
# who a week ago surprised Lind by declaring …")
_RELATIVE_BY = compile_pattern(r",\s{1,3}(?P<who>who)\s[^,;:()\"“”«»\n]{1,120}\sby\s{1,3}$")
# a segment that holds only a relative pronoun: its adjunct followed between commas
_RELATIVE_ALONE = compile_pattern(r"\s{0,20}(?P<who>who|which)\s{0,20}$")
# the first words of such an adjunct
# marks that part a clause lead from its cue (see led_subject)
_LEAD_STOPS = frozenset(",;:\"“”()")
# marks none of the segments of a chain before a cue holds (see chained_head)
_CHAIN_STOPS = frozenset("\"“”;:(")
_ADJUNCT_OPENERS = PREPOSITIONS | SUBORDINATORS | {"like"}
# quantifiers that stand as a subject and are never an apposition of a name
_QUANTIFIER_HEADS = frozenset({"many", "some", "others", "most", "few", "several", "both", "all"})
# subordinators after which a nominal and a perfect's auxiliary open a clause
_PERFECT_OPENERS = frozenset({"after", "before", "since", "until", "when", "because", "once"})
# the pronouns opening a relative clause whose object they are ("what Lind called")
_OBJECT_RELATIVES = frozenset({"what", "which", "whom"})


def _subject_word(text: str, words: list[tuple[int, int]]) -> bool:
    """Whether the second of ``words`` (spans) can open a subject: a subject pronoun
    or a capitalised word not in -ed."""
    if len(words) < 2:
        return False
    second = text[words[1][0] : words[1][1]]
    return second in SUBJECT_PRONOUNS or (second[:1].isupper() and not second.endswith("ed"))


class _Subjects(_Scanner):
    """The speaker choice of the finder."""

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
        if (found is not None and found[1] > lo and self.text[found[1] - 1] == ","
                and found[0].kind != "pronoun"
                and found[0].start == _trim(self.text, found[1], found[0].end)[0]):
            # "Sen. Jo Lind, facing a challenge in Iowa, a swing state, said": the name
            # before the chain, not the phrase filling its last segment
            head = self.chained_head(lo, found[1] - 1)
            if head is not None:
                return head, found[1]  # (the clause of the cue starts where it did)
        if found is not None and found[0].kind != "pronoun":
            # "A Democrat, he backed Ruiz and, in later votes, has supported …": the
            # subject of the verb phrase the cue's is coordinated with
            text = self.text
            comma = text.find(",", found[0].end, cue_start)
            while comma >= 0:
                nxt = text.find(",", comma + 1, cue_start)
                if nxt < 0:
                    break
                head = self.coordinated_head(comma + 1, nxt, cue_start)
                if head is not None:
                    return head, found[1]
                comma = nxt
        return found if found is not None else self._skipped_state(lo)

    def chained_head(self, lo: int, comma: int) -> Phrase | None:
        """The name opening the clause at ``lo`` before a chain of comma segments that
        ends at ``comma`` and opens with a relative pronoun, an -ing word or a
        determiner (``Sen. Jo Lind, facing a challenge in Iowa, a swing state,
        said``, ``Ivo Marsh, the editor of the town's paper, the Courier, said``,
        ``Lind, who also served in Oslo, Bergen and Rome, said``): two or three
        segments, the first of them the name and nothing else."""
        text = self.text
        ends = [comma]
        for _ in range(2):
            prev = text.rfind(",", max(lo, ends[-1] - 200), ends[-1])
            if prev < 0 or prev <= lo:
                break
            ends.append(prev)
        else:
            return None
        if len(ends) < 2:
            return None  # one apposition only: the search before has weighed it
        first_end = ends[-1]
        if text.find(",", lo, first_end) >= 0 or not _CHAIN_STOPS.isdisjoint(text[lo:comma]):
            return None
        start = _trim(text, lo, first_end)[0]
        if start >= first_end:
            return None
        opener = text[first_end + 1 : first_end + 24].split(None, 1)[:1]
        if not opener:
            return None
        word = opener[0].lower()
        if not (word in ("who", "whose", "which") or word in DETERMINERS or (
                word.endswith("ing") and len(word) > 5)):
            return None
        phrase = self.phrase(start, _trim(text, start, first_end)[1])
        if phrase is None or phrase.kind != "name" or phrase.start != start:
            return None
        return phrase

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
        near40 = hi - 40 if hi - 40 > lo else lo
        window = text[near40:hi]
        tail = None
        if "day" in window or "week" in window or "month" in window or "year" in window:
            tail = self.pats["time_tail"].search(text, near40, hi)
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
            stop = hi - 200 if hi - 200 > lo else lo
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
                    text[hi - 30 if hi - 30 > b else b : hi].lower().split()[-2:]):
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
                if phrase.kind == "nominal" and text[b - 1 : b] == "," and (
                        phrase.head not in _QUANTIFIER_HEADS):
                    # ("Ruiz's plan, many think, is …": a quantifier is no apposition)
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
            if _hop == 0 and text[b - 1 : b] == "," and text.find("who", b, hi) >= 0:
                # (pre-test: both patterns need "who" or "whom")
                relative = self.pats["relative"].match(text, b, hi)
                if relative is None:
                    relative = _RELATIVE_ADJUNCT.match(text, b, hi)
                if relative is not None:
                    # "Clinton, who once said …": the relative pronoun names the speaker
                    who_start, who_end = relative.span("who")
                    return Phrase(who_start, who_end, "pronoun", "who"), b
            if (_hop >= 1 and text[b - 1 : b] == "," and text[hi : hi + 1] == ","
                    and text[hi + 1 : cue_start].rstrip().endswith(",")):
                after = text[hi + 1 : hi + 16].split(None, 1)[:1]
                relative = _RELATIVE_ALONE.match(text, b, hi) if after and (
                    after[0].lower() in _ADJUNCT_OPENERS) else None
                if relative is not None:
                    # "her staff, who, on a call, criticized …": an adjunct between
                    # commas stands between the relative pronoun and its verb
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
                            and (opener.group().strip().lower() in _CLAUSE_OPENERS or (
                                # "… after the front-runner had said …": a perfect's
                                # auxiliary after a subordinator makes the nominal the
                                # clause's subject (not after "what", "which", "that")
                                opener.group().strip().lower() in _PERFECT_OPENERS
                                and text[phrase.end : hi].split() in (
                                    ["had"], ["has"], ["have"])))
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

    def coordinated_head(self, b: int, hi: int, cue_start: int) -> Phrase | None:
        """The subject opening the comma segment ``text[b:hi]`` when the cue's verb
        phrase is coordinated with the segment's by ``and``/``but`` at a comma
        between them (``A Democrat, he backed Ruiz and, in later votes, has
        supported …``, ``…, she has given to both, but plans to …``): a name or a
        subject pronoun at the segment's start, a lower-case verb after it."""
        text = self.text
        seg = text[b:hi].rstrip()
        if not (seg.endswith((" and", " but")) or text[hi + 1 : cue_start].lstrip().startswith(
                ("and ", "but "))):
            return None
        start = _trim(text, b, hi)[0]
        found = self.subject_of(start, hi)
        if found is None or found.start != start or found.kind not in ("name", "pronoun") or (
                found.head in ("it", "who", "which")):
            return None
        verb = (text[found.end : found.end + 24].split(None, 1) or [""])[0]
        if not (verb.isalpha() and verb.islower()) or verb in PREPOSITIONS or (
                verb in _CLAUSE_OPENING_WORDS or verb in DETERMINERS):
            return None
        return found

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
            if self.text.endswith("by ", max(lo, cs - 3), cs):
                by = _RELATIVE_BY.search(self.text, max(lo, cs - 130), cs)
                if by is not None:
                    # "Ryan, who a week ago surprised Lind by declaring …": the
                    # relative clause's subject does it
                    return Phrase(by.start("who"), by.end("who"), "pronoun", "who")
            absolute = self.absolute_subject(phrase.end, cs)
            if absolute is not None:
                return absolute
            progressive = self.pats["be_before"].search(
                self.text, max(phrase.end, cs - 40), cs) is not None
            if not progressive:
                # "…, saying …": the participle's subject is the clause's, the last
                # coordinated clause's ("…, and he has battled Lind since, calling …")
                return self.coordinated_subject(phrase.end, cs) or phrase
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

    def led_subject(self, lo: int, cs: int) -> Phrase | None:
        """The subject of the clause a conjunction opens between ``lo`` and the
        coordinated or infinitive cue at ``cs``, the cue inside that clause (``The
        row erupted when Ana Ruiz took the floor and accused …``, ``Ruiz lacks
        support, but she is expected to argue …``): a name, a pronoun other than
        ``it`` or a nominal opened by an article or possessive, with a verb after
        it; no comma nor quotation between the conjunction and the cue. (Not for a
        participle after a comma: ``Ruiz apologized after they came out, saying
        …`` is Ruiz's.)"""
        text = self.text
        m = _CLAUSE_LEAD_BEFORE_CUE.search(text, max(lo, cs - 160), cs)
        if m is None:
            return None
        opener_end = m.end()
        if not _LEAD_STOPS.isdisjoint(text[opener_end:cs]):
            return None
        contracted = _CONTRACTED_SUBJECT.match(text, opener_end, cs)
        if contracted is not None:
            # "…, but she’s expected to argue …"
            s0, e0 = contracted.span("pro")
            return Phrase(s0, e0, "pronoun", text[s0:e0].lower())
        found = self.subject_of(opener_end, cs)
        if found is None or found.start != opener_end or found.end >= cs or found.kind not in (
                "name", "pronoun", "nominal") or found.head == "it":
            return None
        first = text[found.start : found.end].split(None, 1)[0].lower()
        if found.kind == "nominal" and first not in _ARTICLE_WORDS and first not in _POSSESSIVES:
            return None
        if found.kind == "name" and not text[found.start].isupper():
            return None
        verb = (text[found.end : found.end + 24].split(None, 1) or [""])[0]
        if not (verb.isalpha() and verb.islower()) or verb in PREPOSITIONS or (
                verb in _CLAUSE_OPENING_WORDS or verb in _ARTICLE_WORDS or verb in _POSSESSIVES):
            return None  # a verb ("took", "is"), not "of …" nor "and …"
        return found

    def opened_subject(self, lo: int, cs: int, progressive: bool = False) -> Phrase | None:
        """The subject of a clause opened between ``lo`` and the cue at ``cs`` and
        ending at the cue: after ``, and``/``, but`` or a clause opener that is never
        a preposition (``The votes aren’t counted, but Lea Stone’s team is already
        boasting …``); not a passive's subject."""
        text = self.text
        start = cs - 160 if cs - 160 > lo else lo
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
            if phrase.kind != "pronoun" and (bare or text[ce:ce + 4] == " as ") and not (
                    before and before[0].lower() in _OBJECT_RELATIVES):
                # "the reality show", "a unit known as …": a noun, a participle (but
                # "what Lind described as “…”", "whom one aide calls “…”": a relative
                # clause's subject and verb)
                return None
            return phrase, (cs, ce)
        return None

    def passive(self, us: int, cs: int, ce: int) -> bool:
        """True when the cue at ``cs:ce`` is a passive participle after a form of
        *be* (``was asked``, ``is widely recognized``), not a participle in -ing nor
        an adjective of a state of mind (``is worried``, ``was prompted to say``)."""
        text = self.text
        start = cs - 40 if cs - 40 > us else us
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
        space = self.text.rfind(" ", lo, (hi - 60 if hi - 60 > lo else lo))
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
        age = text[b:end].strip()
        if age.isdigit() and len(age) <= 3 and text[b - 1 : b] == "," and b - 1 > lo:
            # "Ana Ruiz, 35, the mayor's daughter, said": the name before the age
            end = b - 1
            stop = max(lo, end - 80)
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
        stop = start + 160 if start + 160 < hi else hi
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

    def carry(self, pos: int, phrase: Phrase) -> bool:
        """Give the report participle opening at ``pos`` (``adding that …`` after
        ``X said,``) the speaker ``phrase`` of the cue before it, whose clause is its
        subject; True when a report participle opens there."""
        word = self.text[pos : pos + 14].split(" ", 1)[0].lower()
        if word not in _REPORT_PARTICIPLES and not (
                # "…, Ruiz explained, recalling the time …": any cue's participle
                # after a comma (not a gerund: "said seeking help was right")
                word.endswith("ing") and word in self.cues.words
                and self.text[max(0, pos - 2) : pos] == ", "
                and self.verb_cue_before(phrase.end, pos)):
            return False
        self.carried[pos] = phrase
        return True

    def verb_cue_before(self, end: int, pos: int) -> bool:
        """Whether the cue of the speaker ending at ``end`` before the comma at
        ``pos`` is no -s form, which may be a noun (``Ruiz explained, recalling``,
        ``Roe responded in a statement, calling``; not ``to calm Danish fears,
        reassuring``)."""
        words = self.text[end:pos].replace(",", " ").split()
        return bool(words) and not (words[0].endswith("s") and words[0] != "says")

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
            # the clause holding the quotation: after the last ", while" / ", but" /
            # ";" before it ("X signed …, while Ana Roe proposed “…” and said …")
            m = _LAST_CLAUSE_LEAD.search(self.text, max(us, qend - 300), qend)
            if m is not None:
                subject = self.subject_of(m.end(), cs)
            if subject is None:
                subject = self.subject_of(us, cs)
        return subject

    def as_adverbial(self, words: list[tuple[int, int]], seg_end: int) -> bool:
        """Whether the comma segment of ``words`` (spans) opening with ``As`` is an
        adverbial before the subject (``As the day went on,``, ``As a senator,``),
        not a report (``As Jo Roe put it,``, ``As Lind noted,``, ``As the choir sang,
        “…”``): no cue in it, its last word is not ``it``, no quotation after its
        comma."""
        text = self.text
        return len(words) > 1 and text[words[-1][0] : words[-1][1]].lower() != "it" and (
            text[seg_end + 1 : seg_end + 4].lstrip()[:1] not in _QUOTE_CHARS) and (
            not self.scan(words[0][1], seg_end))

    def fronted_subject(self, words: list[tuple[int, int]]) -> Phrase | None:
        """The subject pronoun after a short fronted prepositional phrase with no comma
        (``In 2010 she said of …``, ``At the rally they chanted …``): within the first
        six words, after a word that is no preposition nor determiner, no cue before
        it, a lower-case word after it."""
        text = self.text
        for k in range(2, min(6, len(words) - 1)):
            w0, w1 = words[k]
            pro = text[w0:w1]
            if pro.lower() not in ("he", "she", "they", "we") and pro != "I":
                continue
            before = text[words[k - 1][0] : words[k - 1][1]].lower()
            if before in PREPOSITIONS or before in DETERMINERS or before in PRONOUNS or any(
                    text[a:b].lower() in self.cues.words for a, b in words[1:k]):
                return None  # (not "About four in 10 said they were …": its own report)
            if not text[words[k + 1][0]].islower():
                return None
            return Phrase(w0, w1, "pronoun", pro.lower())
        return None

    def subject_of(self, us: int, cs: int) -> Phrase | None:
        """The subject at the start of the clause ``text[us:cs]`` (skipping adverbial
        comma segments): ``He`` in ``He went on to praise Ruiz, calling her …``."""
        text = self.text
        pos = us
        word_pat = _patterns()["token"]
        for _ in range(3):
            comma = text.find(",", pos, cs)
            seg_end = cs if comma < 0 else comma
            stop = pos + 120 if pos + 120 < seg_end else seg_end
            words = [m.span() for m in word_pat.finditer(text, pos, stop)]
            if not words:
                return None
            first = text[words[0][0] : words[0][1]].lower()
            last = text[words[-1][0] : words[-1][1]].lower()
            if first in PREPOSITIONS or (first in SENTENCE_ADVERBS and not (
                    # "Recently she announced …": the adverb, then the subject
                    text[words[0][0]].isupper() and _subject_word(text, words))) or (
                    first.endswith("ly") and text[words[0][0]].islower()) or (
                    comma >= 0 and first.endswith("ing") and pos == us) or (
                    comma >= 0 and pos == us and first.endswith("ed") and len(words) > 1
                    and text[words[1][0] : words[1][1]] in _AFTER_PARTICIPLE) or (
                    comma >= 0 and len(words) <= 5 and first not in SUBJECT_PRONOUNS and (
                        last in ("ago", "later", "earlier") or last in TIME_NOUNS)) or (
                    comma >= 0 and first in SUBORDINATORS and pos == us and (
                        first != "as" or self.as_adverbial(words, seg_end))) or (
                    comma >= 0 and first in _ADVERBIAL_FIRST and (
                        first not in _COMPARATIVES or (
                            len(words) == 2 and text[words[1][1] - 2 : words[1][1]] == "ly"))):
                # "In May,", "Twelve years ago,", "Hours later,", "Last week,",
                # "Courted by donors,", "Inspired by …,":
                # "When the judge returned,", "More recently,", "Back in 1999,", "Well,":
                # adverbials ("As Jo Roe put it," is the report itself)
                if comma < 0:
                    return self.fronted_subject(words) if first in PREPOSITIONS else None
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
