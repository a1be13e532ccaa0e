"""The ``events`` extractor: who did what, when and where.

Two sources of events:

* **statements**: every quote is a ``statement`` event of its speaker (trigger:
  the cue), unless a lexicon trigger is its cue (``urged`` → ``request``);
* **lexicon triggers** (``data/events.json``): verbs and nouns that report a
  happening (``met``, ``summit``, ``sign``, ``sanctions``…) in paragraphs and
  lists (never headings, captions or credits), outside direct quotes.

For each trigger the *clause window* is the stretch of its sentence that is not
cut off by a quote cue, a reporting verb, a direct quote or a semicolon.
Actors mentioned in the window are its participants (``agent`` before a verb or
after a passive ``by``, ``partner`` after ``with``, ``target`` after a verb); the
first place after ``in``/``at``/``to`` is ``where``; the nearest date or time
expression of the window is ``when``. An event without a time in its sentence
takes the time of the next sentence when that sentence refers back to it
(``This is planned to happen ahead of the conference …, which will take place
on July 11-12``). The status comes from the words before the trigger (``will``,
``going to``, ``intention to`` → planned; ``could``, ``possible`` →
hypothetical; ``not``, ``never`` → negated) and from a resolved time after the
publication date (planned).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from newskit.mentions import MentionIndex
from newskit.spacer import Spacer
from newskit.textwords import article_words, register_spellings, span_pairs
from newskit.types import (
    Actor,
    Article,
    Block,
    Event,
    Participant,
    Quote,
    Span,
    TimeExpression,
    trusted_event,
    trusted_participant,
    trusted_span,
)

from .lexicon import Trigger, TriggerIndex

__all__ = ["EventExtractor"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())

EVENT_BLOCKS = frozenset({"paragraph", "list"})
NEGATION = _set("not never no without refused refuses failed fails denied")
HYPOTHETICAL = _set(
    "could may might possible possibly possibility potential potentially if whether "
    "likely unlikely perhaps maybe"
)
PLANNED = _set(
    "will shall plans plan planned planning intends intend intended intention intent "
    "scheduled due upcoming expected expects would going prepare prepares preparing "
    "aims aim ready"
)
STATUS_WORDS = NEGATION | HYPOTHETICAL | PLANNED
REPORTING = _set(
    "said says told announced reported stated added noted stressed claimed writes wrote "
    "explained suggested believes believed according insisted warned"
)
PLANNED_AFTER = ("will be held", "to be held", "is scheduled", "will take place",
                 "is planned", "are planned", "is expected", "will be signed")
BACK_REFERENCE = frozenset(("this", "that", "it"))
BACK_VERBS = _set(
    "planned expected scheduled due set going to happen be done held take place"
)
NOUN_BEFORE = _set(
    "the a an its his her their our your my this that these those of new first last "
    "further fresh more tough western international economic"
)
NOUN_AFTER = _set("was were is are has have had will would could against on of")
TEMPORAL_PREPOSITIONS = _set(
    "following after at during before on in ahead amid while"
)
LOCATIVE = frozenset({"in", "at", "to", "near", "inside"})
# The auxiliary before a verb trigger that makes it passive ("was signed").
PASSIVE_BE = frozenset({"was", "were", "been", "be", "is", "are"})
STRIP = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019"
PUNCT = Spacer(".,;:!?\"()[]\u201c\u201d\u2014")


@lru_cache(maxsize=1)
def _reporting() -> Any:
    import regex

    words = "|".join(sorted(REPORTING, key=len, reverse=True))
    return regex.compile(rf"(?<=\s)(?:{words})(?=\s)")


@lru_cache(maxsize=1)
def _reporting_last() -> Any:
    """:func:`_reporting` searching backwards: the last reporting verb first."""
    import regex

    return regex.compile(_reporting().pattern, regex.REVERSE)


class _Found(NamedTuple):
    start: int
    end: int
    trigger: Trigger | None
    quote: Quote | None


# ``map(str.strip, words, _STRIP_ARG)`` strips each word of STRIP in C: a list
# comprehension is a function of its own in Python 3.11 (a frame a call).
_STRIP_ARG = itertools.repeat(STRIP)


def _tail(text: str, n: int) -> list[str]:
    """The last ``n`` words of ``text``, punctuation stripped (only those are split off)."""
    return list(map(str.strip, text.rsplit(None, n)[-n:], _STRIP_ARG))


def _lead(text: str, n: int) -> list[str]:
    """The first ``n`` words of ``text``, punctuation stripped."""
    return list(map(str.strip, text.split(None, n)[:n], _STRIP_ARG))


def _last_word(text: str) -> str:
    """The last word of ``text``, punctuation stripped ("" when there is none): the
    last of :func:`_tail`, without the list."""
    words = text.rsplit(None, 1)
    return words[-1].strip(STRIP) if words else ""


def _negative(words: list[str]) -> bool:
    """Whether one of ``words`` is a negation (``not``, ``never``, ``didn't``)."""
    return not NEGATION.isdisjoint(words) or _one_ends(words, "n't")


def _one_ends(words: list[str], suffix: str | tuple[str, ...]) -> bool:
    """Whether one of ``words`` ends with ``suffix`` (a loop: no generator to build)."""
    for word in words:  # noqa: SIM110
        if word.endswith(suffix):
            return True
    return False


def _inside(spans: Sequence[Span], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (a loop: no generator to build)."""
    for span in spans:  # noqa: SIM110
        if span.start <= pos < span.end:
            return True
    return False


def _parts(words: frozenset[str]) -> tuple[str, ...]:
    """``words`` without those that contain another of them (``not`` has ``no``): one
    of these occurs in any text in which one of ``words`` occurs."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


# Substrings of which a text has one wherever it has a negation or a planned-after
# phrase (its last word: the phrase is matched on normalised words).
NEGATION_PARTS = _parts(NEGATION | {"n't"})
PLANNED_AFTER_PARTS = _parts(frozenset(p.split()[-1] for p in PLANNED_AFTER))


def _contains(text: str, parts: tuple[str, ...]) -> bool:
    """Whether one of ``parts`` occurs in ``text``: a cheap test that rules out a word
    or phrase search before any splitting."""
    for part in parts:  # noqa: SIM110 - a loop is faster than any() over a generator
        if part in text:
            return True
    return False


def _quoted(direct: list[tuple[int, int]], size: int) -> bytearray:
    """One byte per text position (and one past the end): 1 where the direct-quote
    test of a position (the last part starting at or before it, in ``direct``'s
    sorted order, ends after it) holds. One index per test instead of a bisection:
    the test runs for every trigger word, mention and time of an article."""
    quoted = bytearray(size + 1)
    last = len(direct) - 1
    for k, (start, end) in enumerate(direct):
        # Positions from this start up to the next part's start are tested against
        # this part (a later part with the same start takes them all).
        stop = direct[k + 1][0] if k < last else end
        if end < stop:
            stop = end
        if stop > size + 1:
            stop = size + 1
        if stop > start:
            quoted[start:stop] = b"\x01" * (stop - start)
    return quoted


def _anchor(quote: Quote) -> Span:
    """Where a quote's statement is: its cue, else its speaker mention, else its first
    part (``quote.cue or …`` without the call to ``Span.__len__`` its truth test makes:
    an empty span counts as absent)."""
    span = quote.cue
    if span is None or span.end == span.start:
        span = quote.speaker_mention
        if span is None or span.end == span.start:
            span = quote.parts[0]
    return span


def _words(text: str) -> list[str]:
    return list(map(str.strip, PUNCT(text).split(), _STRIP_ARG))


def _not_agent(item: tuple[str, str]) -> bool:
    return item[1] != "agent"


# _NEW(_Found, (start, end, trigger, quote)): a _Found without the Python-level
# __new__ of a named tuple (a frame a call); tuple.__new__ is what that __new__ calls.
_NEW = tuple.__new__
_TELL = frozenset({"told", "tell"})
_START = itemgetter(0)
_START_END = itemgetter(0, 1)


class EventExtractor:
    """Events with type, PLOVER category, participants, time, place and status."""

    name = "events"
    requires = ("blocks", "sentences", "actors", "quotes", "timexes")
    produces = ("events",)

    def __init__(self, lexicons: Any = None) -> None:
        self.lexicons = lexicons
        self._index: TriggerIndex | None = None

    def index(self) -> TriggerIndex:
        if self._index is None:
            if self.lexicons is not None:
                entries = self.lexicons.get("events")
            else:
                from newskit.lexicons import Lexicons

                entries = Lexicons().get("events")
            self._index = TriggerIndex(entries)
        return self._index

    def extract(self, article: Article, layers: Mapping[str, tuple[Any, ...]]) -> dict[
        str, tuple[Event, ...]
    ]:
        return {"events": tuple(_Run(self.index(), article, layers).events())}


class _Run:
    """The state of one extraction (one article)."""

    def __init__(self, index: TriggerIndex, article: Article,
                 layers: Mapping[str, tuple[Any, ...]]) -> None:
        self.index = index
        self.article = article
        self.text = text = article.text
        words = article_words(text)
        self.lowered = words.same_length
        self.lower = words.lower if self.lowered else text
        self.tokens = words.tokens if self.lowered else text.split()
        # The trigger words among the tokens, and the reporting verbs the text has as
        # whitespace tokens: only they can match _reporting() (a verb with white space
        # on both sides), so only they are looked for in each clause window (often
        # one or two of the nineteen).
        if self.lowered:
            # Only the tokens of some registered spellings (these, the time words):
            # one probe per token for both extractors, here a few dozen.
            table = index.table(REPORTING)
            register_spellings(table)
            tokens: Iterable[str] = words.known()
        else:
            tokens = self.tokens
        self.first_words, reporting = index.first_words_and(tokens, REPORTING)
        self.reporting = tuple(sorted(reporting))
        self._back_when: dict[int, TimeExpression | None] = {}
        blocks = [b for b in layers.get("blocks", ()) if isinstance(b, Block)]
        if blocks:
            self.segments = [(b.span.start, b.span.end) for b in blocks
                             if b.type in EVENT_BLOCKS]
        else:
            self.segments = [(0, len(text))]
        self.seg_starts = [s for s, _ in self.segments]
        sentences = span_pairs(layers.get("sentences", ()))
        self.sentences = sentences.pairs
        self.sent_starts = sentences.starts
        self.mentions = MentionIndex([a for a in layers.get("actors", ()) if isinstance(a, Actor)])
        self.quotes = [q for q in layers.get("quotes", ()) if isinstance(q, Quote)]
        self.direct = sorted([(p.start, p.end) for q in self.quotes if q.kind != "indirect"
                              for p in q.parts])
        self.direct_starts = [s for s, _ in self.direct]
        self.quoted = _quoted(self.direct, len(text))
        self.cues = sorted(((q.cue.start, q.cue.end, q) for q in self.quotes
                            if q.cue is not None), key=_START_END)
        self.cue_starts = [c[0] for c in self.cues]
        self.speaker_spans = sorted((q.speaker_mention.start, q.speaker_mention.end)
                                    for q in self.quotes if q.speaker_mention is not None)
        # The times an event can be placed at (dates and times outside direct quotes) as
        # (start, end, penalty, time): vague references count 1000 characters further.
        times = []
        quoted = self.quoted
        for t in layers.get("timexes", ()):
            if isinstance(t, TimeExpression) and t.type in ("DATE", "TIME"):
                span = t.span
                if quoted[span.start]:
                    continue  # in a direct quote (``quoted``)
                value = t.value
                times.append((span.start, span.end,
                              1000 if value is None or value.endswith("_REF") else 0, t))
        times.sort(key=_START)
        self.times = times
        self.time_starts = [t[0] for t in self.times]
        anchor = article.published_date
        self.anchor = anchor.isoformat() if anchor is not None else None

    # -- positions -------------------------------------------------------------------

    def _segment(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.seg_starts, pos) - 1
        if k >= 0 and self.segments[k][1] > pos:
            return self.segments[k]
        return None

    def _sentence(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if k >= 0 and self.sentences[k][1] > pos:
            return self.sentences[k]
        segment = self._segment(pos) or (0, len(self.text))
        text = self.text
        lo = max(segment[0], pos - 400)
        start = max(text.rfind(". ", lo, pos) + 2, lo)
        hi = min(segment[1], pos + 400)
        end = text.find(". ", pos, hi)
        return start, (hi if end < 0 else end + 1)

    def _next_sentence(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.sent_starts, pos)
        if k < len(self.sentences):
            return self.sentences[k]
        return None

    def _is_speaker(self, pos: int) -> bool:
        k = bisect.bisect_right(self.speaker_spans, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.speaker_spans[k][1] > pos

    # -- triggers ----------------------------------------------------------------------

    def _triggers(self) -> list[_Found]:
        lower = self.lower
        text = self.text
        found: list[_Found] = []
        size = len(lower)
        segments, seg_starts = self.segments, self.seg_starts
        quoted = self.quoted
        for word in self.first_words:
            n = len(word)
            i = lower.find(word)
            while i >= 0:
                j = i + n
                if (i == 0 or not lower[i - 1].isalnum()) and (
                        j >= size or not lower[j].isalnum()):
                    # In a searched segment (_segment, inline) and outside direct
                    # quotes (``quoted``).
                    k = bisect.bisect_right(seg_starts, i) - 1
                    if k >= 0 and segments[k][1] > i and not quoted[i]:
                        match = self._phrase_at(i, word)
                        if match is not None:
                            found.append(match)
                i = lower.find(word, j)
        found.sort(key=lambda f: (f.start, -f.end))
        kept: list[_Found] = []
        last = -1
        for f in found:
            if f.start < last:
                continue
            if text[f.start].isupper() and f.trigger is not None and f.trigger.pos == "verb" \
                    and not self._sentence_initial(f.start):
                continue  # a capitalised verb form inside a sentence is a name (March, Rally)
            kept.append(f)
            last = f.end
        return kept

    def _sentence_initial(self, pos: int) -> bool:
        return self._sentence(pos)[0] >= pos - 1

    def _phrase_at(self, i: int, word: str) -> _Found | None:
        lower = self.lower
        for trigger in self.index.by_first.get(word, ()):
            phrase = trigger.phrase
            end = i + len(phrase)
            # A slice compared, not str.startswith(phrase, i) (arguments parsed as a tuple).
            if lower[i:end] != phrase or (end < len(lower) and lower[end].isalnum()):
                continue
            if trigger.objects:
                following = _lead(lower[end:end + 80], 5)
                if trigger.objects.isdisjoint(following):
                    continue
            if trigger.pos == "verb":
                noun = self.index.noun_of.get(phrase)
                if noun is not None and self._noun_context(i, end):
                    trigger = noun
            return _NEW(_Found, (i, end, trigger, None))
        return None

    def _noun_context(self, start: int, end: int) -> bool:
        """Whether a word with a verb and a noun reading is used as a noun here."""
        before = self.lower[start - 20 if start > 20 else 0:start].rsplit(None, 1)
        if before and before[-1].strip(STRIP) in NOUN_BEFORE:
            return True
        after = self.lower[end:end + 20].split(None, 1)
        if after and after[0].strip(STRIP) in NOUN_AFTER:
            return True
        return not before

    # -- windows -----------------------------------------------------------------------

    def _window(self, start: int, end: int) -> tuple[int, int, Quote | None, int]:
        """The clause window around a trigger, the quote whose cue bounds it on the
        left when that cue directly governs the trigger (``said following the``), and
        the start of the trigger's sentence."""
        lo, hi = self._sentence(start)
        sentence_start = lo
        text = self.text
        lo_quote: Quote | None = None
        cues = self.cues
        k = bisect.bisect_left(self.cue_starts, lo)
        while k < len(cues) and cues[k][0] < hi:
            c_start, c_end, quote = cues[k]
            k += 1
            if c_end <= start and c_end > lo:
                lo = c_end
                lo_quote = quote
            elif c_start >= end:
                hi = c_start
                break
        direct = self.direct
        k = bisect.bisect_left(self.direct_starts, lo) - 1
        if k < 0:
            k = 0
        while k < len(direct) and direct[k][0] < hi:
            p_start, p_end = direct[k]
            k += 1
            if p_end <= start and p_end > lo:
                lo, lo_quote = p_end, None
            elif p_start >= end:
                hi = p_start
                break
        # Most clauses have no semicolon: a slice and ``in`` rule one out for fewer
        # instructions than str.find with bounds (which parses its arguments as a tuple).
        if ";" in text[lo:start]:
            lo, lo_quote = text.rfind(";", lo, start) + 1, None
        if ";" in text[end:hi]:
            hi = text.find(";", end, hi)
        # Reporting verbs the quotes layer did not take as cues (searched for only where
        # the characters of one occur: a substring test costs a tenth of a search).
        lower = self.lower
        reporting = self.reporting
        if reporting and _contains(lower[lo:start], reporting):
            last = _reporting_last().search(lower, lo, start)
            if last is not None:
                lo, lo_quote = last.end(), None
        if reporting and _contains(lower[end:hi], reporting):
            m = _reporting().search(lower, end, hi)
            if m is not None:
                hi = m.start()
        return lo, hi if hi > end else end, lo_quote, sentence_start

    # -- assembly ----------------------------------------------------------------------

    def events(self) -> list[Event]:
        items: list[_Found] = []
        used_quotes: set[str] = set()
        cues, cue_starts = self.cues, self.cue_starts
        for f in self._triggers():
            quote = None
            k = bisect.bisect_left(cue_starts, f.start) - 1
            if k < 0:
                k = 0
            while k < len(cues) and cues[k][0] < f.end:
                c_start, c_end, q = cues[k]
                k += 1
                if c_start <= f.start < c_end or f.start <= c_start < f.end:
                    quote = q
                    break
            if quote is not None:
                used_quotes.add(quote.id)
            items.append(f if quote is None else _Found(f.start, f.end, f.trigger, quote))
        items = self._merge_objects(items)
        for q in self.quotes:
            if q.id in used_quotes:
                continue
            anchor = _anchor(q)
            if self._segment(anchor.start) is None:
                continue
            items.append(_NEW(_Found, (anchor.start, anchor.end, None, q)))
        items.sort(key=_START_END)
        events: list[Event] = []
        pending: list[int] = []
        for f in items:
            if f.trigger is None:
                # A quote's statement (every item without a trigger has its quote):
                # built here, without the call through _event.
                if f.quote is not None:
                    events.append(self._statement(f.quote, f, len(events) + 1))
                continue
            event = self._event(f, len(events) + 1)
            if event is None:
                continue
            if event.when is None and f.trigger is not None:
                pending.append(len(events))
            events.append(event)
        for k in pending:
            events[k] = self._inherit_time(events[k])
        return events

    def _merge_objects(self, items: list[_Found]) -> list[_Found]:
        """Drop a noun trigger that is the object of the verb trigger just before it
        (``sign an agreement``, ``attend a summit``)."""
        out: list[_Found] = []
        # At most four words between: split off at most five pieces (the stretch from
        # the verb can run over paragraphs).
        for f in items:
            if out and f.trigger is not None and f.trigger.pos == "noun":
                prev = out[-1]
                if prev.trigger is not None and prev.trigger.pos == "verb" and \
                        len(self.lower[prev.end:f.start].split(None, 4)) <= 4 and \
                        not any(ch in self.text[prev.end:f.start] for ch in ".;,:\"\u201c"):
                    continue
            out.append(f)
        return out

    def _event(self, f: _Found, number: int) -> Event | None:
        quote = f.quote
        if f.trigger is None:
            if quote is None:
                return None
            return self._statement(quote, f, number)
        else:
            type_, plover, pos = f.trigger.type, f.trigger.plover, f.trigger.pos
        start, end = f.start, f.end
        # A named happening (East Asia Summit): the trigger is the whole name.
        named: set[str] = set()
        # Mentions are short: those that cover the trigger start at most 200 before it.
        for m_start, m_end, _, actor in self.mentions.starting(f.start - 200, f.start + 1):
            if m_end >= end and m_start <= start and actor.kind in ("organization", "group"):
                start, end = min(start, m_start), max(end, m_end)
                named.add(actor.id)
        lo, hi, lo_quote, sentence_start = self._window(start, end)
        participants: dict[str, str] = {}
        if quote is not None and quote.speaker is not None and quote.speaker not in named:
            participants[quote.speaker] = "agent"
        skip_spans: list[Span] = []
        if quote is not None:
            skip_spans.extend(quote.parts)
        if lo_quote is not None and f.trigger is not None:
            between = _words(self.lower[lo:start])
            # "said following the summit", "told reporters after talks": the speaker
            # of the cue took part in the happening the cue is placed at.
            if lo_quote.speaker is not None and 0 < len(between) <= 3 and \
                    between[0] in TEMPORAL_PREPOSITIONS:
                participants.setdefault(lo_quote.speaker, "agent")
            if lo_quote.speaker_mention is not None:
                skip_spans.append(lo_quote.speaker_mention)
        where: str | None = None
        where_after: str | None = None
        lower = self.lower
        passive = pos == "verb" and _last_word(
            lower[start - 20 if start - 20 > lo else lo:start]) in PASSIVE_BE
        last_role: str | None = None
        covered = -1
        quoted = self.quoted
        speakers = self.speaker_spans
        beyond = len(self.text) + 1
        for m_start, m_end, _, actor in self.mentions.starting(lo, hi):
            if actor.id in named or m_end > hi or m_end <= lo:
                continue
            if quoted[m_start]:
                continue  # in a direct quote (``quoted``)
            if skip_spans and _inside(skip_spans, m_start):
                continue
            if m_start >= end and speakers:
                # "…, officials said": the source of the report, not a participant
                # (_is_speaker, inline; the trigger is not None here).
                k = bisect.bisect_right(speakers, (m_start, beyond)) - 1
                if k >= 0 and speakers[k][1] > m_start:
                    continue
            if m_start < covered:
                continue  # a mention inside a longer one (a name inside its title phrase)
            covered = m_end
            if m_start < end and m_end > start:
                continue
            # The word before the mention ("with" also ends "together with").
            prev1 = _last_word(lower[m_start - 30 if m_start - 30 > lo else lo:m_start])
            if actor.kind == "place" and prev1 in LOCATIVE:
                if m_start >= end and where_after is None:
                    where_after = actor.id
                elif m_start < start:
                    where = actor.id
                continue
            if prev1 == "with":
                role = "partner"
            elif prev1 == "by" and m_start >= end:
                role = "agent"
            elif prev1 == "and" and m_start >= end and last_role is not None:
                role = last_role
            elif m_end <= start:
                role = "target" if passive else "agent"
            elif pos == "noun" and prev1 == "of":
                role = "agent"
            else:
                role = "target"
            last_role = role
            current = participants.get(actor.id)
            if current is None or (role == "agent" and current != "agent"):
                participants[actor.id] = role
        where = where_after or where
        when = self._when(lo, hi, start, end, skip_spans)
        status = self._status(sentence_start, hi, start, end, pos, when)
        # Agents first (a stable sort); most events have one participant or none.
        ordered = sorted(participants.items(), key=_not_agent) if len(participants) > 1 \
            else participants.items()
        # Trusted constructors: 0 <= start <= end, statuses from _status, tuples.
        return trusted_event(
            id=f"e{number}",
            type=type_,
            trigger=trusted_span(start=start, end=end),
            plover=plover,
            participants=tuple([trusted_participant(actor=a, role=r) for a, r in ordered]),
            when=when.id if when is not None else None,
            where=where,
            status=status,
            quote=quote.id if quote is not None else None,
        )

    def _statement(self, quote: Quote, f: _Found, number: int) -> Event:
        """A quote as a ``statement`` event: the speaker is the agent, the addressee of
        ``told``/``tells`` the target, the time is the clause's outside the quote."""
        participants: list[Participant] = []
        if quote.speaker is not None:
            participants.append(trusted_participant(actor=quote.speaker, role="agent"))
        # The cue starts with "told", "tells" or "tell" ("tell" covers "tells"): a slice
        # and a set test, not str.startswith (which parses its arguments as a tuple).
        if f.end - f.start >= 4 and self.lower[f.start:f.start + 4] in _TELL:
            # The addressee: a mention over the cue's end or starting at most two
            # characters after it (``told reporters``).
            for _, m_end, _, actor in self.mentions.starting(
                    f.end - 200, min(len(self.text), f.end + 3)):
                if m_end > f.end and actor.id != quote.speaker:
                    participants.append(trusted_participant(actor=actor.id, role="target"))
                    break
        trigger = _anchor(quote)
        if trigger.start != f.start or trigger.end != f.end:
            trigger = trusted_span(start=f.start, end=f.end)
        lo, hi = self._sentence(f.start)
        if quote.speaker_mention is not None:
            mention = quote.speaker_mention
            if mention.start < lo:
                lo = mention.start
            if mention.end > hi:
                hi = mention.end
        when = self._when(lo, hi, f.start, f.end, quote.parts)
        return trusted_event(
            id=f"e{number}", type="statement", trigger=trigger,
            participants=tuple(participants), when=when.id if when is not None else None,
            status="negated" if self._negated(f.start) else "reported", quote=quote.id,
        )

    def _negated(self, start: int) -> bool:
        before = self.lower[start - 25 if start > 25 else 0:start]
        return _contains(before, NEGATION_PARTS) and _negative(_tail(before, 2))

    def _when(self, lo: int, hi: int, start: int, end: int,
              skip: Sequence[Span] = ()) -> TimeExpression | None:
        times = self.times
        i = bisect.bisect_left(self.time_starts, lo)
        best: tuple[int, TimeExpression] | None = None
        while i < len(times) and times[i][0] < hi:
            t_start, t_end, penalty, t = times[i]
            i += 1
            if t_end > hi:
                continue
            if skip and _inside(skip, t_start):
                continue
            distance = (start - t_end if t_end <= start else t_start - end) + penalty
            if best is None or distance < best[0]:
                best = (distance, t)
        return None if best is None else best[1]

    def _status(self, sentence_start: int, hi: int, start: int, end: int, pos: str,
                when: TimeExpression | None) -> str:
        before = self.lower[start - 60 if start - 60 > sentence_start else sentence_start:start]
        lowered = _tail(before, 6)
        if not self.lowered:
            lowered = [w.lower() for w in lowered]
        # Most triggers have no status word before them: one test rules the three out
        # (a word ending in "n't" or "'ll" needs an apostrophe in the stretch).
        if not STATUS_WORDS.isdisjoint(lowered) or (
                "'" in before and _one_ends(lowered, ("n't", "'ll"))):
            if _negative(lowered[-3:]):
                return "negated"
            if not HYPOTHETICAL.isdisjoint(lowered):
                return "hypothetical"
            if not PLANNED.isdisjoint(lowered) or _one_ends(lowered, "'ll"):
                return "planned"
        if pos == "noun":
            rest = self.lower[end:hi]
            if _contains(rest, PLANNED_AFTER_PARTS):
                after = " ".join(_words(rest))
                if any(p in after for p in PLANNED_AFTER):
                    return "planned"
        if when is not None and when.resolved and self.anchor is not None and when.value and \
                when.value[:1].isdigit() and _later(when.value, self.anchor):
            return "planned"
        return "reported"

    def _inherit_time(self, event: Event) -> Event:
        """The time of the next sentence when it refers back to this event."""
        sentence = self._sentence(event.trigger.start)
        nxt = self._next_sentence(sentence[1] - 1)
        if nxt is None:
            return event
        if nxt[0] in self._back_when:
            when = self._back_when[nxt[0]]
        else:
            when = self._back_when[nxt[0]] = self._back_time(nxt[0], nxt[1])
        if when is None:
            return event
        status = event.status
        if status == "reported" and when.resolved and self.anchor is not None and \
                when.value and when.value[:1].isdigit() and _later(when.value, self.anchor):
            status = "planned"
        # A copy with the new time and status (attrs.evolve without the checks: every
        # field comes from an event built by trusted_event).
        return trusted_event(
            id=event.id, type=event.type, trigger=event.trigger, plover=event.plover,
            participants=event.participants, when=when.id, where=event.where, status=status,
            quote=event.quote,
        )

    def _back_time(self, lo: int, hi: int) -> TimeExpression | None:
        """The time of the sentence ``[lo, hi)`` when it refers back to the one before."""
        # Most sentences do not open with a back reference: the first 60 characters
        # usually hold the six words it must be among (when they hold a seventh).
        first = PUNCT(self.lower[lo:hi if hi < lo + 60 else lo + 60]).split(None, 6)
        if len(first) > 6 and BACK_REFERENCE.isdisjoint(map(str.strip, first[:6], _STRIP_ARG)):
            return None
        words = [w.strip(STRIP) for w in
                 PUNCT(self.lower[lo:hi if hi < lo + 200 else lo + 200]).split(None, 12)[:12]]
        if BACK_REFERENCE.isdisjoint(words[:6]):
            return None
        if BACK_VERBS.isdisjoint(words):
            return None
        return self._when(lo, hi, lo, lo)


def _later(value: str, anchor: str) -> bool:
    """True when a TIMEX3 date value lies wholly after the anchor day."""
    first = value.split("/")[0]
    if "W" in first or "X" in first or "Q" in first or "H" in first:
        return False
    try:
        parts = first.split("-")
        if len(parts) == 1:
            return int(parts[0]) > int(anchor[:4])
        if len(parts) == 2:
            return (int(parts[0]), int(parts[1])) > (int(anchor[:4]), int(anchor[5:7]))
        return dt.date.fromisoformat(first[:10]) > dt.date.fromisoformat(anchor)
    except ValueError:
        return False

