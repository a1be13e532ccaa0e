"""The seed article: every direct quote with its speaker, parts and cue; indirect ones."""

from __future__ import annotations

from typing import Any

from newskit.testing import ExtractorContract, check_analysis


def _nws(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if not ch.isspace())


def _matches(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    shared = _nws(text, lo, hi) if hi > lo else 0
    return 2 * shared >= min(_nws(text, *a), _nws(text, *b)) > 0


def test_seed_direct_quotes(seed_text: str, seed_gold: dict[str, Any], seed_analysis: Any) -> None:
    names = {a.id: a.name for a in seed_analysis.actors}
    direct = [q for q in seed_analysis.quotes if q.kind == "direct"]
    for gold in seed_gold["quotes"]:
        found = [q for q in direct
                 if q.parts[0].start == gold["start"] and q.parts[-1].end == gold["end"]]
        assert found, f"missed quote starting {gold['text_begins']!r}"
        (q,) = found
        assert names.get(q.speaker) == gold["speaker"], gold["text_begins"]
        assert q.cue is not None and q.cue.text(seed_text) == gold["cue"]
        sm = gold["speaker_mention"]
        assert q.speaker_mention is not None
        assert (q.speaker_mention.start, q.speaker_mention.end) == (sm["start"], sm["end"])


def test_seed_indirect_attributions(seed_text: str, seed_gold: dict[str, Any],
                                    seed_analysis: Any) -> None:
    names = {a.id: a.name for a in seed_analysis.actors}
    right = 0
    for gold in seed_gold["indirect_attributions"]:
        right += any(
            _matches(seed_text, (q.start, q.end), (gold["start"], gold["end"]))
            and (names.get(q.speaker) == gold["speaker"]
                 or (gold["speaker"] is None and q.anonymous))
            for q in seed_analysis.quotes
        )
    assert right >= 12


def test_seed_analysis_is_sound(seed_analysis: Any) -> None:
    assert not seed_analysis.errors
    assert check_analysis(seed_analysis) == []
    # captions, credits and headings never hold quotes
    for block in seed_analysis.blocks:
        if block.type in ("caption", "credit", "heading"):
            assert not any(block.span.overlaps(q.span) for q in seed_analysis.quotes)


class TestQuotesContract(ExtractorContract):
    name = "quotes"
