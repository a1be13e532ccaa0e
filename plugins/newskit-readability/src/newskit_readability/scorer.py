"""Flesch reading ease and Flesch–Kincaid grade over an article's body sentences."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import regex

from newskit import Analysis, Score, Span

_WORD = regex.compile(r"\p{L}[\p{L}'’\-]{0,60}")
_VOWELS = regex.compile(r"[aeiouy]{1,8}", regex.IGNORECASE)
_SILENT_E = regex.compile(r"(?<=[^aeiouy])e$", regex.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def syllables(word: str) -> int:
    """Vowel groups, minus a silent final e; at least one. Cached: news repeats its
    words (a few thousand distinct ones per hundred articles), and two regex calls
    per word were most of the scorer's time."""
    word = word.lower().strip("'’-")
    count = len(_VOWELS.findall(word))
    if count > 1 and _SILENT_E.search(word) and not word.endswith("le"):
        count -= 1
    return max(count, 1)


def _sentences(analysis: Analysis) -> Sequence[Span]:
    if analysis.sentences:
        return analysis.sentences
    text = analysis.article.text
    return [Span(start=0, end=len(text))] if text.strip() else []


class ReadabilityScorer:
    """How hard the body text is to read (higher ease = easier; grade = US school grade)."""

    name = "readability"
    requires = ("sentences",)

    def score(self, analysis: Analysis) -> Iterable[Score]:
        text = analysis.article.text
        sentences = _sentences(analysis)
        words = 0
        sylls = 0
        longest: tuple[int, Span] | None = None
        for span in sentences:
            found = _WORD.findall(text, span.start, span.end)
            words += len(found)
            sylls += sum(syllables(w) for w in found)
            if found and (longest is None or len(found) > longest[0]):
                longest = (len(found), span)
        if not words:
            return [
                Score(name="readability.flesch_reading_ease", value=None,
                      explanation="no body sentences with words to measure")
            ]
        n = len(sentences)
        wps = words / n
        spw = sylls / words
        ease = 206.835 - 1.015 * wps - 84.6 * spw
        grade = 0.39 * wps + 11.8 * spw - 15.59
        evidence = (longest[1],) if longest else ()
        details = {"sentences": n, "words": words, "syllables": sylls}
        return [
            Score(
                name="readability.flesch_reading_ease",
                value=round(ease, 1),
                explanation=(
                    f"Flesch reading ease {ease:.1f} over {n} sentences and {words} words "
                    "(60-70 is plain English; below 30 is very hard)"
                ),
                evidence=evidence,
                details=details,
            ),
            Score(
                name="readability.flesch_kincaid_grade",
                value=round(grade, 1),
                explanation=f"Flesch-Kincaid grade level {grade:.1f} (US school grade)",
                evidence=evidence,
                details=details,
            ),
            Score(
                name="readability.words_per_sentence",
                value=round(wps, 1),
                explanation=f"{wps:.1f} words per sentence; the longest sentence is the evidence",
                evidence=evidence,
                details=details,
            ),
        ]
