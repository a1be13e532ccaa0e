"""The ``language`` scorer: persuasion cues, hedges and boosters, by voice.

Three lexicons (``persuasion``, ``hedges``, ``boosters``; see ``docs/scores.md``)
are matched on whole words, case-insensitively. Each match is assigned to a
*voice*: a match that starts inside a part of any quote (direct or indirect) is
the quoted voice, everything else is the article's own voice. A match that
overlaps an attribution cue (``suggested that``, ``claimed``) is not counted:
the reporting verb belongs to the attribution (see the ``attribution`` scorer),
not to either voice.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from newskit.types import Analysis, Score, Span

from .sources import word_count

__all__ = ["LanguageScorer", "LexiconMatcher", "Match"]

LEXICONS = ("hedges", "boosters", "persuasion")
_MAX_TERMS = 5000


@attrs.frozen(kw_only=True)
class Match:
    """One lexicon term found in the text."""

    span: Span
    term: str
    entry: Mapping[str, Any] = attrs.field(hash=False, eq=False)


class LexiconMatcher:
    """Finds the terms of one lexicon in a text (compiled once, linear time)."""

    def __init__(self, entries: Iterable[Mapping[str, Any]]) -> None:
        self.by_form: dict[str, Mapping[str, Any]] = {}
        for entry in entries:
            term = str(entry.get("term") or "")
            for form in [term, *(str(f) for f in entry.get("forms") or ())]:
                key = " ".join(form.lower().split())
                if key and key not in self.by_form and len(self.by_form) < _MAX_TERMS:
                    self.by_form[key] = entry
        self._pattern: Any = None

    @property
    def pattern(self) -> Any:
        if self._pattern is None:
            import regex

            # Longest first, so "it is clear" wins over "clear"; words of a phrase
            # may be separated by any (bounded) whitespace.
            forms = sorted(self.by_form, key=lambda f: (-len(f), f))
            alternatives = [
                r"\s{1,5}".join(regex.escape(w) for w in form.split()) for form in forms
            ]
            body = "|".join(alternatives) if alternatives else r"(?!x)x"
            self._pattern = regex.compile(
                rf"(?<![\w'’\-])(?:{body})(?![\w\-]|['’]\w)", regex.IGNORECASE
            )
        return self._pattern

    def find(self, text: str) -> list[Match]:
        """Every match in ``text``, in text order, not overlapping."""
        found: list[Match] = []
        if not self.by_form:
            return found
        for m in self.pattern.finditer(text):
            written = m.group()
            key = " ".join(written.lower().split())
            entry = self.by_form.get(key)
            if entry is None:
                continue
            if entry.get("case") == "lower" and written != written.lower():
                continue
            found.append(Match(span=Span(start=m.start(), end=m.end()),
                               term=str(entry.get("term") or key), entry=entry))
        return found


class _Voices:
    """Disjoint, sorted spans (quote parts, or cues): is a position inside, does a span overlap?"""

    def __init__(self, parts: Sequence[Span]) -> None:
        merged: list[list[int]] = []
        for span in sorted(parts):
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self.spans = [Span(start=a, end=b) for a, b in merged]
        self._starts = [s.start for s in self.spans]

    def overlaps(self, span: Span) -> bool:
        i = bisect.bisect_left(self._starts, span.end) - 1
        return i >= 0 and self.spans[i].end > span.start

    def quoted(self, position: int) -> bool:
        i = bisect.bisect_right(self._starts, position) - 1
        return i >= 0 and self.spans[i].start <= position < self.spans[i].end


def _per_thousand(count: int, words: int) -> float:
    return round(1000 * count / words, 2) if words else 0.0


class LanguageScorer:
    """Persuasion cues, hedges and boosters, split between own and quoted voice."""

    name = "language"
    requires = ("quotes",)

    def __init__(self, lexicons: Any = None) -> None:
        self.lexicons = lexicons
        self._matchers: dict[str, LexiconMatcher] = {}

    def matcher(self, lexicon: str) -> LexiconMatcher:
        found = self._matchers.get(lexicon)
        if found is None:
            entries: tuple[Mapping[str, Any], ...] = ()
            if self.lexicons is not None:
                entries = tuple(self.lexicons.get(lexicon))
            else:
                from newskit.lexicons import Lexicons

                entries = Lexicons().get(lexicon)
            found = self._matchers[lexicon] = LexiconMatcher(entries)
        return found

    def score(self, analysis: Analysis) -> list[Score]:
        text = analysis.article.text
        voices = _Voices([p for q in analysis.quotes for p in q.parts])
        quoted_words = sum(word_count(s.text(text)) for s in voices.spans)
        own_words = max(word_count(text) - quoted_words, 0)
        words = {"own_voice": own_words, "quoted_voice": quoted_words}
        total_words = own_words + quoted_words
        scores = [
            Score(
                name="language.quoted_share",
                value=round(quoted_words / total_words, 3) if total_words else 0.0,
                explanation=(
                    f"{quoted_words} of {total_words} words are quoted (direct or indirect "
                    f"speech); {own_words} are the article's own voice"
                ),
                details=dict(words),
            )
        ]
        cues = _Voices([q.cue for q in analysis.quotes if q.cue is not None])
        for lexicon in LEXICONS:
            matches = self.matcher(lexicon).find(text)
            split: dict[str, list[Match]] = {"own_voice": [], "quoted_voice": []}
            for match in matches:
                if cues.overlaps(match.span):
                    continue  # a reporting verb ("suggested that") is the attribution itself
                voice = "quoted_voice" if voices.quoted(match.span.start) else "own_voice"
                split[voice].append(match)
            for voice, found in split.items():
                scores.append(self._score(lexicon, voice, found, words[voice], text))
        return scores

    @staticmethod
    def _score(lexicon: str, voice: str, found: list[Match], words: int, text: str) -> Score:
        terms = Counter(m.term for m in found)
        details: dict[str, Any] = {
            "terms": dict(sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))),
            "words": words,
            "per_1000_words": _per_thousand(len(found), words),
        }
        where = "the article's own voice" if voice == "own_voice" else "quoted voices"
        listing = ", ".join(f"{t} ×{n}" if n > 1 else t for t, n in details["terms"].items())
        label = {"hedges": "hedge", "boosters": "booster", "persuasion": "persuasion cue"}
        noun = label[lexicon] if len(found) == 1 else label[lexicon] + "s"
        explanation = f"{len(found)} {noun} in {where}" + (
            f": {listing}" if listing else ""
        )
        if lexicon == "persuasion":
            techniques: dict[str, dict[str, Any]] = {}
            for m in found:
                tech = str(m.entry.get("technique") or "unlabelled")
                row = techniques.setdefault(tech, {"count": 0, "terms": []})
                row["count"] += 1
                if m.term not in row["terms"]:
                    row["terms"].append(m.term)
            details["techniques"] = dict(
                sorted(techniques.items(), key=lambda kv: (-kv[1]["count"], kv[0]))
            )
        else:
            details["kinds"] = dict(Counter(str(m.entry.get("kind") or "") for m in found))
        details["matches"] = [
            {"start": m.span.start, "end": m.span.end, "text": m.span.text(text), "term": m.term}
            for m in found
        ]
        return Score(
            name=f"language.{lexicon}.{voice}",
            value=len(found),
            explanation=explanation,
            evidence=[m.span for m in found],
            details=details,
        )
