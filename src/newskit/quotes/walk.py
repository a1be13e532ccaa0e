"""The pass over an article's blocks that :func:`~newskit.quotes.extractor.find_quotes` makes.

First the blocks are laid out (:func:`lay_out`): each with its quotation pairs,
a quotation left open at the end of a paragraph carried into the next one
that opens again (a multi-paragraph quotation), and its *units* (sentences,
joined where a quotation runs across them). Then :class:`_Walk` reads the
blocks in order. In each, the cues of its units make candidates first
(:meth:`_Finder.unit_candidates <newskit.quotes.extractor._Finder.unit_candidates>`);
then every quotation no cue claimed is read in text order:

1. it may go on a candidate before it (``"A," he said. "B."``: one quote of two
   parts; a report nobody is named for inside an attribution);
2. it may take a speaker from the text before it (the cue pending from the
   paragraph before, ``Cruz continued:``; a sentence announcing it; the quote
   before it, in this paragraph or the previous one);
3. else its own context names one: a frame of any verb next to it, the subject of
   a clause its colon closes, the subject of the sentence a quoted fragment sits in;
4. titles, scare-quoted words and terms nobody is named for are dropped.

What a block leaves to the next (a pending ``X said:``, its last attributed
quotation or report) is the walk's state between blocks. Splitting the pass
this way changes nothing in its output; each step is a method named for what
it decides.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from newskit.structure.sentences import sentence_spans
from newskit.types import Block, Span

from .boundaries import own_report_between
from .candidates import _announcing, _attributed_before, _Cand, _last_end
from .marks import double_marks, pair_marks
from .quotations import (
    _after_determiner,
    _digest_item,
    _first_text,
    _in_compound,
    _inner,
    _is_title,
    _mark_end,
    _mentioned_word,
    _named_work,
    _role_after,
    _starts_sentence,
)
from .units import _Block, _has_words, _trim, _units, _word_count
from .words import _WH_LEADS

if TYPE_CHECKING:
    from .extractor import _Finder

__all__ = ["lay_out"]


def lay_out(text: str, blocks: Sequence[Block], sentences: Sequence[Span], finder: _Finder,
            lexicons: Any) -> tuple[list[_Block], set[int], set[int]]:
    """The blocks quotes are looked for in (paragraphs, list items, and a heading that
    opens the text), each with its quotation pairs and units; and the indexes of the
    blocks whose quotation runs on past their end (``open_end``) and of those that
    go on with it (``continues``)."""
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
    return blks, open_end, continues


class _Walk:
    """Reads the laid-out blocks in order (:meth:`run`); holds what one block leaves
    to the next."""

    def __init__(self, text: str, finder: _Finder, blks: list[_Block], open_end: set[int],
                 continues: set[int]) -> None:
        self.text = text
        self.finder = finder
        self.blks = blks
        self.open_end = open_end
        self.continues = continues
        self.pending: _Cand | None = None  # "X said:" waiting for its quotation
        self.last_quoted: _Cand | None = None  # the attributed quotation ending the block before
        self.last_reported: _Cand | None = None  # the attributed report ending the block before
        self.carried: _Cand | None = None  # the quote of the block before, gone on here
        self.unit_starts: list[int] = []  # where the units of the block being read start

    def run(self) -> list[_Cand]:
        """Candidates of all blocks, block by block."""
        cands: list[_Cand] = []
        for blk in self.blks:
            self._read(blk, cands)
        return cands

    def _read(self, blk: _Block, cands: list[_Cand]) -> None:
        """Add the candidates of ``blk`` to ``cands`` and set what it leaves to the next."""
        finder, text = self.finder, self.text
        claimed: set[tuple[int, int]] = set()
        block_cands: list[_Cand] = []
        self.carried = None
        # (pre-tests, no call: a label needs a colon in the block, a paragraph
        # announced needs the pending cue of the block before)
        labelled = finder.labelled(blk) if text.find(
            ":", blk.block.span.start, blk.block.span.end) >= 0 else None
        if labelled is not None:
            # "Ruiz: I'm hopeful …" (a headline), "ROE: …" (a transcript)
            cands.append(labelled)
            self.pending, self.last_quoted, self.last_reported = None, None, None
            return
        quoted_block = None if self.pending is None else finder.block_quotation(
            blk, self.pending)
        if quoted_block is not None:
            # "Roe writes:" then a paragraph without marks: the paragraph is the
            # report (PolNeAR marks it so; the reports inside it are its words)
            cands.append(quoted_block)
            self.pending, self.last_quoted, self.last_reported = None, None, None
            return
        for us, ue in blk.units:
            for cand in finder.unit_candidates(blk, us, ue, claimed):
                block_cands.append(cand)
        if not block_cands and not blk.pairs:
            # nothing framed and no quotation (most blocks): only what the next block
            # takes from this one (the steps below come to this)
            self.pending, self.last_quoted, self.last_reported = (
                finder.colon_lead(blk), None, None)
            return
        colon: list[_Cand] = []
        if block_cands:
            colon = [c for c in block_cands if not c.parts]
            block_cands = [c for c in block_cands if c.parts]
        self._quotations(blk, block_cands, claimed, colon)
        self._close(blk, block_cands, colon, cands)

    def _quotations(self, blk: _Block, block_cands: list[_Cand],
                    claimed: set[tuple[int, int]], colon: list[_Cand]) -> None:
        """Quotations no cue claimed, in text order (one pass: linear in the pairs):
        each goes on a candidate before it or becomes one of ``block_cands``."""
        text = self.text
        self.unit_starts = [u[0] for u in blk.units]
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
            if self._goes_on(blk, block_cands, i, p, prev, inner):
                continue
            cand = _Cand(kind="direct", parts=[inner], block=blk.index)
            block_first = _trim(text, blk.block.span.start, blk.block.span.end)[0]
            if self._speaker_before(blk, block_cands, colon, p, prev, inner, cand, block_first):
                continue
            if cand.speaker is None:
                self._speaker_around(blk, i, p, cand, block_first)
            if cand.kind == "direct" and cand.speaker is not None:
                # "… said at the rally that “when the ferry runs, it’s fine”", "… was
                # that Hale “would say or do little”": the that-clause is the content
                that = self.finder.pats["that_subject"].search(text, max(0, p[0] - 60), p[0])
                if that is not None:
                    cand.parts = [(that.start(), _mark_end(text, p[1]))]
                    cand.kind = "mixed"
            if not self._kept(p, inner, cand, block_first):
                continue
            block_cands.append(cand)
            prev = cand

    def _goes_on(self, blk: _Block, block_cands: list[_Cand], i: int, p: tuple[int, int],
                 prev: _Cand | None, inner: tuple[int, int]) -> bool:
        """Whether the quotation ``p`` (``inner`` inside its marks) went on as another
        part of a candidate before it (appended here)."""
        text = self.text
        between = i > 0 and prev is not None and prev.parts[-1][1] < blk.pairs[i - 1][0]
        if (prev is not None and prev.speaker is None and prev.kind == "indirect"
                and not between and _starts_sentence(text, prev.parts[-1][1], p[0])):
            # '“A,” X told Reuters when asked whether Y had paid. “B.”': a report
            # nobody is named for in the attribution of A; A goes on
            attributed = _attributed_before(text, block_cands, prev, self.finder.in_name)
            if attributed is not None and p[0] - prev.parts[-1][1] <= 400:
                attributed.parts.append(inner)
                return True
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
                target = _attributed_before(text, block_cands, prev, self.finder.in_name) or prev
            target.parts.append(inner)
            if target.kind == "indirect":
                target.kind = "mixed"
            return True
        return False

    def _speaker_before(self, blk: _Block, block_cands: list[_Cand], colon: list[_Cand],
                        p: tuple[int, int], prev: _Cand | None, inner: tuple[int, int],
                        cand: _Cand, block_first: int) -> bool:
        """Give ``cand`` the cue and speaker the text before it announces (the pending
        ``X said:``, a sentence announcing it, the quote before it); True when it
        went on as part of the block before's last quote instead (``carried``)."""
        text, finder = self.text, self.finder
        announced = _announcing(text, colon, p[0])
        if self.pending is not None and p[0] <= block_first:
            cand.cue, cand.speaker = self.pending.cue, self.pending.speaker
        elif announced is not None and prev is None:
            # "Lau said in a statement. “We have no spare ferries …”"
            cand.cue, cand.speaker = announced.cue, announced.speaker
        elif _starts_sentence(text, block_first, p[0]):
            # a quotation opening a sentence continues the quoted speaker before it
            source = prev if prev is not None and prev.speaker is not None else None
            if source is None and p[0] <= block_first and not block_cands:
                source = self.last_quoted
                block_last = _trim(text, blk.block.span.start, blk.block.span.end)[1]
                if source is not None and _mark_end(text, p[1]) >= block_last - 1:
                    # a paragraph that is only a quotation, after an attributed one
                    # ending the paragraph before: the same quote goes on
                    source.parts.append(inner)
                    self.carried = source
                    return True
                if (source is None and self.last_reported is not None
                        and _mark_end(text, p[1]) >= block_last - 1):
                    # "Hale said the council would keep the ferry." then a
                    # paragraph that is only a quotation: the reported speaker goes on
                    source = self.last_reported
            if source is not None and source is self.last_quoted and prev is None:
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
        return False

    def _speaker_around(self, blk: _Block, i: int, p: tuple[int, int], cand: _Cand,
                        block_first: int) -> None:
        """Give ``cand`` (no speaker from before) the one its own context names: a
        frame of any verb next to it, the subject of the clause its colon closes, or
        the subject of the sentence a quoted fragment sits in."""
        text, finder = self.text, self.finder
        frame = finder.any_verb_frame(blk, p)
        if frame is not None:
            cand.speaker, cand.cue = frame
            cand.attribution_end = frame[1][1]
        unit_starts = self.unit_starts
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
                subject = None
                joined = _last_clause(text, lo, led)
                if joined > lo:
                    # "The timing was odd, and a spokesman could only joke: “…”": the
                    # subject of the clause after the conjunction
                    subject = finder.subject_of(joined, led)
                if subject is None:
                    subject = finder.subject_of(_trim(text, lo, led)[0], led)
                if subject is not None and subject.kind != "anonymous":
                    cand.speaker = subject
        if cand.speaker is None and not _starts_sentence(text, block_first, p[0]):
            self._fragment_speaker(blk, bisect.bisect_right(unit_starts, p[0]) - 1, i, p, cand)

    def _fragment_speaker(self, blk: _Block, k: int, i: int, p: tuple[int, int],
                          cand: _Cand) -> None:
        """A quoted fragment inside a sentence (``Ruiz faulted the council for “turning
        its back” …``) is the words of the sentence's subject (``k``: the index of
        the unit it lies in, -1 for none)."""
        text, finder = self.text, self.finder
        possessed = finder.possessed_report(blk.units[k][0], p[0]) if k >= 0 else None
        if possessed is not None:
            # "her remark that “…”", "Ruiz's pledge to be “neutral”": the
            # possessor of a noun of saying said it
            cand.speaker, cand.cue = possessed
            return
        if k < 0:
            return
        lo = blk.units[k][0]
        if i > 0 and blk.pairs[i - 1][1] < p[0]:
            lo = max(lo, _mark_end(text, blk.pairs[i - 1][1]))
        subject = finder.clause_subject(lo, p[0]) or finder.subject_after(
            blk.units[k][0], lo, p[0])
        if subject is None:
            return
        cand.speaker = subject
        verb_frame = finder.cue_between(subject.end, p[0])
        if verb_frame is not None and subject.head != "who":
            cand.speaker = finder.nearer_subject(subject, subject.end, *verb_frame[0])
        elif verb_frame is None:
            own = finder.cue_subject(subject.end, p[0])
            if own is not None:
                # "a campaign he calls “…”", "when a young boy
                # shouted, “…”": the subject of the cue right before
                # the quotation
                cand.speaker, cand.cue = own
                sp = own[0]
                if sp.kind == "pronoun" and text[sp.start - 5 : sp.start].lower() in _WH_LEADS:
                    # "Lind used her show to discuss what she described as “…”":
                    # the report of the clause's subject, as in the cue loop
                    finder.what_report(blk.units[k][0], cand)
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

    def _kept(self, p: tuple[int, int], inner: tuple[int, int], cand: _Cand,
              block_first: int) -> bool:
        """Whether the quotation is a quote: not a title, nor a scare-quoted word or a
        term nobody is named for."""
        text = self.text
        if _nickname(text, p, inner):
            return False  # Gov. C.L. "Butch" Otter: a name's part
        if _digest_item(text, p) or _in_compound(text, p) or (
                cand.speaker is None and _mentioned_word(text, block_first, p)):
            return False  # '"Fares rise," by Jo Lind' (a digest), “moan”-worthy, "Yes" is
        if _is_title(text, *inner) and (cand.speaker is None or _named_work(text, p[0])):
            return False  # "Jane The Virgin", NBC’s “Today”: a title, not a quotation
        if text[inner[0]].isupper() and _after_work_noun(text, p[0]):
            return False  # the documentary “Weiner”: a title
        if text[inner[0]].isupper() and role_title(text, p[0]):
            return False  # “Harbour Nights” star Ana Ruiz: a title
        if cand.speaker is None and _word_count(text, *inner) <= 2 and not _starts_sentence(
                text, block_first, p[0]):
            return False  # a “scare-quoted” word nobody is named for
        # the “establishment”, his "harbour people" remark: a term
        return not (cand.cue is None and _word_count(text, *inner) <= 2
                    and _after_determiner(text, p[0]))

    def _close(self, blk: _Block, block_cands: list[_Cand], colon: list[_Cand],
               cands: list[_Cand]) -> None:
        """Mark the quotes running across the block's ends, take a signature from the
        next block, add the block's candidates to ``cands``, and set what it leaves
        to the next block."""
        text, finder = self.text, self.finder
        for c in block_cands:
            c.parts.sort()
            if blk.index in self.open_end and c.parts[-1][1] >= _trim(
                    text, blk.block.span.start, blk.block.span.end)[1] - 1:
                c.open_end = True
            if blk.index in self.continues and c.parts[0][0] <= blk.block.span.start + 2:
                c.continues = True
        block_cands.sort(key=lambda c: c.parts[0])
        nxt_blk = self.blks[blk.index + 1] if blk.index + 1 < len(self.blks) else None
        signed = finder.signature(nxt_blk) if nxt_blk is not None else None
        if signed is not None:
            # "“…”" then a paragraph "- Bernie Sanders.": the quotation is signed
            for c in block_cands:
                if c.kind == "direct" and c.speaker is None:
                    c.speaker = signed
        cands.extend(block_cands)
        self.pending = colon[-1] if colon else finder.colon_lead(blk)
        self.last_quoted = self.carried if not block_cands else None
        if block_cands and block_cands[-1].kind in ("direct", "mixed") \
                and block_cands[-1].speaker is not None:
            self.last_quoted = block_cands[-1]
        self.last_reported = None
        if (block_cands and block_cands[-1].kind == "indirect"
                and block_cands[-1].speaker is not None and blk.units
                and block_cands[-1].parts[-1][0] >= blk.units[-1][0]):
            self.last_reported = block_cands[-1]


def _last_clause(text: str, start: int, end: int) -> int:
    """Where the last clause joined by ``, and`` or ``, but`` or opened by the
    ``that`` of ``so … that`` / ``such … that`` (a result: ``was so odd that``) in
    ``text[start:end]`` opens (after the conjunction and its space), else ``start``."""
    best = start
    for joint in (", and ", ", but "):
        i = text.rfind(joint, start, end)
        if i >= 0 and i + len(joint) > best:
            best = i + len(joint)
    i = text.rfind(" that ", best, end)
    if i > best:
        before = text[max(best, i - 40) : i].lower().split()[-4:-1]
        if "so" in before or "such" in before:
            best = i + 6
    return best


def _nickname(text: str, pair: tuple[int, int], inner: tuple[int, int]) -> bool:
    """True when the quotation ``pair`` (``inner`` inside its marks) is a nickname
    written inside a name: one or two capitalised words quoted between a capitalised
    word or initial and a capitalised word (``George "Jay" Keyworth``, ``Gov. C.L.
    "Butch" Otter``), not after an acronym (``told CNN "Never" Friday``)."""
    words = text[inner[0] : inner[1]].split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    before = text[max(0, pair[0] - 24) : pair[0]]
    if not before.endswith(" "):
        return False
    words_before = before.split()
    previous = words_before[-1] if words_before else ""
    acronym = previous.isupper() and "." not in previous
    if not previous[:1].isupper() or acronym:
        return False
    end = _mark_end(text, pair[1])
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


_WORK_NOUNS = frozenset((
    "album", "book", "column", "documentary", "episode", "film", "memoir", "movie", "musical",
    "novel", "novella", "op-ed", "opera", "podcast", "program", "programme", "series", "sitcom",
    "song",
))
"""Nouns naming a work, whose title a quotation after them is (``the documentary
“Weiner”``, ``the podcast “Here’s the Thing”``); not those that are common verbs too
(``polls show “…”``, ``play``, ``video``)."""


def role_title(text: str, mark: int) -> bool:
    """True for the quotation opened at ``mark`` before a role noun and a name, its
    words ending with no stop (``“Harbour Nights” star Ana Ruiz``): the title of a
    work, where ``“We will win,” host Jo Lind said`` is a quote."""
    if not _role_after(text, mark):
        return False
    opening = text[mark]
    close = text.find("”" if opening == "“" else opening, mark + 2, mark + 80)
    if opening == "'" and text[mark + 1 : mark + 2] == "'":
        close = text.find("''", mark + 2, mark + 80)
    return close > mark and text[close - 1] not in ",.!?;:"


def _after_work_noun(text: str, mark: int) -> bool:
    """True when the quotation mark at ``mark`` follows a noun naming a work."""
    before = text[max(0, mark - 16) : mark].rstrip(" '`").split()
    return bool(before) and before[-1].lower() in _WORK_NOUNS
