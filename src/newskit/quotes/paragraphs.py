"""The quote finder's readings of a whole block: a speaker label opening it, a
signature after a quotation, a paragraph a colon before it announces, a colon
lead whose subject speaks the next block's quotation.
"""

from __future__ import annotations

from .candidates import _Cand
from .lexicon import DETERMINERS
from .lexicon import SPACE as _SPACE
from .speakers import Phrase, speaker_phrase
from .subjects import _Subjects
from .units import _Block, _has_words, _trim, _word_count
from .words import _NOT_LABELS


class _Paragraphs(_Subjects):
    """The block readings of the finder."""

    def labelled(self, blk: _Block) -> _Cand | None:
        """A block that opens with a speaker label: ``Ruiz: Harbour Ferry Plan Has
        Stalled`` (a headline) or ``ROE: Let me ask you …`` (a transcript)."""
        text = self.text
        start, end = blk.block.span.start, blk.block.span.end
        if end > start and (text[start] in _SPACE or text[end - 1] in _SPACE):
            start, end = _trim(text, start, end)  # (a block's span is mostly trimmed)
        if text.find(":", start, (start + 60 if start + 60 < end else end)) < 0:
            return None  # the label pattern needs a colon in reach
        m = self.pats["label"].match(text, start, (start + 60 if start + 60 < end else end))
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
        words_after = _word_count(text, *content)
        if words_after < 2 or (words_after <= 3 and not transcript and blk.index > 0):
            return None  # "Rubio: Finish second" in a rundown of the field (not a headline)
        kind = "direct" if text[content[0]] in "\"“«„'‘" else "indirect"
        if kind == "direct":
            content = _trim(text, content[0], content[1], _SPACE + "\"“”«»„'‘’")
        return _Cand(kind=kind, parts=[content], cue=cue, speaker=phrase, block=blk.index)

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
        if subject is None:
            # "When the host yielded to temptation—and it was tempting!— Ruiz called
            # them on it:": the clause after the last dash
            dash = max(text.rfind("—", us, end), text.rfind("–", us, end),
                       text.rfind(" - ", us, end) + 1)
            if dash > us and _has_words(text, dash + 1, end - 1):
                subject = self.subject_of(_trim(text, dash + 1, end)[0], end - 1)
                if subject is not None and (subject.kind != "name" or subject.head == "it"):
                    subject = None  # (a name only: "— and yet it came:")
        if subject is None or subject.kind == "anonymous":
            return None
        return _Cand(kind="direct", parts=[], speaker=subject, block=blk.index)
