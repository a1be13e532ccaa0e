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
from typing import Any

from newskit.types import Actor, Article, Block, Quote, Span

from .boundaries import refine_boundaries
from .candidates import _Cand, _merge_paragraphs
from .clauses import _expletive
from .frames import _Frames
from .lexicon import SPACE as _SPACE
from .lexicon import CuePatterns, compile_cues, quote_abbreviations
from .paragraphs import _Paragraphs
from .speakers import Phrase, SpeakerResolver, speaker_phrase
from .units import _Block, _outside, _trim, _word_count
from .walk import _Walk, lay_out
from .words import _FINITE_FIRST, _WH_LEADS

__all__ = ["QuoteExtractor", "find_quotes"]


class _Finder(_Frames, _Paragraphs):
    """Finds quote candidates in one article: the per-unit driver over the layers
    of :mod:`.scanner` (whose docstring lists them)."""

    def quotes_in(self, pairs: Sequence[tuple[int, int]], start: int,
                  end: int) -> list[tuple[int, int]]:
        """Pairs (sorted by start) lying within ``[start, end)``."""
        lo = bisect.bisect_left(pairs, (start, -1))
        hi = bisect.bisect_left(pairs, (end, -1))
        if lo == hi:
            return []
        return [p for p in pairs[lo:hi] if p[1] < end]

    def unit_candidates(self, blk: _Block, us: int, ue: int,
                        claimed: set[tuple[int, int]]) -> list[_Cand]:
        text = self.text
        found = self.scan(us, ue)
        view = self.has_view and (text.find("view", us, ue) >= 0
                                  or text.find("opinion", us, ue) >= 0)
        by = text.find(" by ", us, ue) if self.has_by else -1
        # "In a … poll, …": the poll reports the clause after it (no verb needed)
        lead = us
        while lead < ue and text[lead] in _SPACE:
            lead += 1
        poll = (text.startswith("In ", lead)
                and self.pats["poll_opening"].match(text, lead, ue) is not None)
        if not found and not view and by < 0 and not poll:
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
        if poll:
            cues.append((lead, lead + 2, "poll"))
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
            if how == "verb" and text[ce : ce + 1] == "," and self.pats[
                    "parenthetical_after"].match(text, ce, ue) is not None:
                continue  # "He hoped, he said, that …": the parenthetical report's
            cand = self.frame(blk, us, ue, cs, ce, how, pairs, claimed, floor=floor)
            if (cand is not None and how == "verb" and cand.speaker is not None
                    and cand.parts and cand.speaker.end <= cs):
                outer = self.joined_tail(blk, us, ue, cs, cand, pairs, claimed, floor)
                if outer is not None:
                    cand = outer
            if (cand is not None and how == "verb" and cand.speaker is not None
                    and cand.speaker.end <= cs and cand.cue == (cs, ce)
                    and self.passive(us, cs, ce)):
                # "Lind was asked to list …", "I was told that …": the subject of a
                # passive is no source; the agent after "by" is
                by = self.pats["by_agent"].match(self.text, ce, ue)
                cand.speaker = None if by is None else self.phrase_after(by.end(), ue)
                if cand.speaker is None and self.later_report(cand, cs, ce, cues, claimed):
                    cand = None  # a later report in its content speaks for itself
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

    def joined_tail(self, blk: _Block, us: int, ue: int, cs: int, cand: _Cand,
                    pairs: Sequence[tuple[int, int]], claimed: set[tuple[int, int]],
                    floor: int) -> _Cand | None:
        """The report closing the sentence when the cue at ``cs`` is a verb joined
        to its subject's clause by ``and``, ``but`` or ``to`` (``Lind met the
        workers and pledged to …, the Star reported.``, ``… is committed to
        keeping …, her aide said.``): the frame of that closing report
        (``reported_by_tail``), which speaks the whole clause; None when there is
        none."""
        text = self.text
        before = text[max(us, cs - 5) : cs].split()[-1:]
        speaker = cand.speaker
        if speaker is None or before not in (["and"], ["but"], ["to"]):
            return None
        region = _trim(text, cand.parts[0][0], ue, _SPACE + ".")
        tail = self.reported_by_tail(us, speaker.start, cs, *region)
        if tail is None:
            return None
        vs, ve = tail.span("verb")
        # the quotations the joined verb's quote claimed are the closing report's
        taken = {p for p in claimed if region[0] <= p[0] < vs}
        claimed -= taken
        how = "according" if text[vs : vs + 9].lower() == "according" else "verb"
        outer = self.frame(blk, us, ue, vs, ve, how, pairs, claimed, floor)
        if outer is None:
            claimed |= taken
        else:
            self.tail_from = ve
        return outer

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
        if (subject is None or subject.end > what
                or (subject.kind == "pronoun" and not self.same_thinker(subject, cand))
                or "," in self.text[subject.end : what]
                or _word_count(self.text, subject.end, what) > 10):
            return
        verb = (self.text[subject.end : subject.end + 24].split(None, 1) or [""])[0]
        if not _finite(verb):
            subject = self.verb_in_subject(subject)
            if subject is None:
                return  # "The schools bend to what she said …": no finite verb after a subject
        plural = subject.kind != "name" and subject.head.endswith("s")
        if plural != (speaker.head == "they") and subject.kind != "pronoun":
            return
        cand.speaker = subject
        first = cand.parts[0]
        if cand.kind == "indirect" and first[0] > speaker.start:
            cand.parts[0] = (what, first[1])

    def same_thinker(self, subject: Phrase, cand: _Cand) -> bool:
        """Whether the pronoun ``subject`` of the clause around ``what he believes``
        is the report's own pronoun and the cue one of thought (``While he embraces
        what he believes are …``): PolNeAR gives the report to the outer pronoun.
        Not a cue of speech (``he focused on what he said were …``: his words)."""
        if cand.speaker is None or subject.head != cand.speaker.head or cand.cue is None:
            return False
        cue = self.text[cand.cue[0] : cand.cue[1]].lower()
        return bool(self.cues.info.get(cue, {}).get("kind") == "cognition")

    def verb_in_subject(self, subject: Phrase) -> Phrase | None:
        """The subject without its last word when that word is the verb, a
        lower-case ``-s`` form read as a plural noun (``Ruiz assails``, ``The
        historian lays``): the phrase of the words before it, or None."""
        text = self.text
        words = text[subject.start : subject.end].rsplit(None, 1)
        if len(words) < 2 or not _finite(words[1]) or words[1].endswith(("ss", "ed")):
            return None
        return speaker_phrase(text, subject.start, subject.start + len(words[0]),
                              self.abbreviations)


def _finite(verb: str) -> bool:
    """Whether ``verb`` (a word after a subject) reads as a finite verb."""
    return verb in _FINITE_FIRST or (verb.endswith(("s", "ed")) and verb.isalpha()
                                     and verb.islower())


def find_quotes(text: str, blocks: Sequence[Block], sentences: Sequence[Span],
                cues: CuePatterns, lexicons: Any = None) -> list[_Cand]:
    """Quote candidates of a text, in text order (speakers as phrases, unresolved);
    ``lexicons``: the extractor's (for its abbreviations; default: the shipped ones)."""
    finder = _Finder(text, cues, quote_abbreviations(lexicons))
    blks, open_end, continues = lay_out(text, blocks, sentences, finder, lexicons)
    cands = _Walk(text, finder, blks, open_end, continues).run()
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
