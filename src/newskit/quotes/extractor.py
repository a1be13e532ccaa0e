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

from newskit.structure.sentences import sentence_spans
from newskit.types import Actor, Article, Block, Quote, Span

from .boundaries import own_report_between, refine_boundaries
from .candidates import _announcing, _attributed_before, _Cand, _last_end, _merge_paragraphs
from .clauses import _expletive
from .frames import _Frames
from .lexicon import CuePatterns, compile_cues, quote_abbreviations
from .marks import double_marks, pair_marks
from .paragraphs import _Paragraphs
from .quotations import (
    _after_determiner,
    _first_text,
    _inner,
    _is_title,
    _mark_end,
    _named_work,
    _starts_sentence,
)
from .speakers import SpeakerResolver
from .units import _Block, _has_words, _outside, _trim, _units, _word_count
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
                elif (source is not None and source is prev
                      and text[_trim(text, prev.parts[-1][1], p[0])[1] - 1] == ":"):
                    # '“A,” said Lind. Ruiz resisted: “B.”': a clause of its own
                    # after the quote before, its subject and verb announcing this one
                    frame = finder.any_verb_frame(blk, p)
                    if frame is not None and frame[0].start >= prev.parts[-1][1]:
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
