"""The ``language`` scorer: persuasion cues, hedges and boosters, by voice.

Three lexicons (``persuasion``, ``hedges``, ``boosters``; see ``docs/scores.md``)
are matched on whole words, case-insensitively. Each match is assigned to a
*voice*: a match that starts inside a part of any quote (direct or indirect) is
the quoted voice, everything else is the article's own voice. A match that
overlaps the cue of an attribution to a named source (``Kashin suggested that``)
is not counted: the reporting verb belongs to the attribution (see the
``attribution`` scorer), not to either voice. The cue of an agentless or
anonymous attribution (``it is reported that``, ``reportedly``) is the writer's
own hedge and is counted.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from newskit.types import Analysis, Score, Span, trusted_score, trusted_span

from .sources import _word_pattern, words_of

__all__ = ["LanguageScorer", "LexiconMatcher", "Match"]

LEXICONS = ("hedges", "boosters", "persuasion")
_MAX_TERMS = 5000


@attrs.frozen(kw_only=True)
class Match:
    """One lexicon term found in the text."""

    span: Span
    term: str
    entry: Mapping[str, Any] = attrs.field(hash=False, eq=False)


Token = tuple[int, int, str]
"""A word of the text: start, end, lower-case form (curly apostrophes made straight)."""


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (letters/digits with inner apostrophes and hyphens), in order."""
    return [
        (m.start(), m.end(), m.group().lower().replace("’", "'"))
        for m in _word_pattern().finditer(text)
    ]


class LexiconMatcher:
    """Finds the terms of one lexicon in a text, word by word (linear time).

    A term is cut into words the way the text is (``so-called`` and ``it's``
    are one word each); it matches a run of words of the text with the same
    lower-case forms, separated by white space only, or by the same punctuation
    as in the term (``no justice, no peace``). At each word the longest term
    wins, and matches do not overlap.
    """

    def __init__(self, entries: Iterable[Mapping[str, Any]], *, skip_names: bool = False) -> None:
        self.skip_names = skip_names
        """Skip a capitalised match that runs on into a capitalised word (``Homeland
        Security``, ``Patriot Act``): part of a name, not the common word."""
        self.by_form: dict[str, list[tuple[tuple[str, ...], Mapping[str, Any]]]] = {}
        self.longest_from: dict[str, int] = {}
        """For each first word of a term, the most words a term starting with it has."""
        self.prefixes: set[str] = set()
        self.second_words: dict[str, set[str]] = {}
        """The first two words or more of a longer term (``it is`` of ``it is likely``)."""
        count = 0
        for entry in entries:
            term = str(entry.get("term") or "")
            for form in [term, *(str(f) for f in entry.get("forms") or ())]:
                words = tokenize(form)
                if not words or count >= _MAX_TERMS:
                    continue
                key = " ".join(w for _, _, w in words)
                seps = tuple(
                    "".join(form[a[1] : b[0]].split()) for a, b in itertools.pairwise(words)
                )
                variants = self.by_form.setdefault(key, [])
                if all(v[0] != seps for v in variants):
                    variants.append((seps, entry))
                    count += 1
                    first = words[0][2]
                    self.longest_from[first] = max(self.longest_from.get(first, 0), len(words))
                    for size in range(2, len(words)):
                        self.prefixes.add(" ".join(w for _, _, w in words[:size]))
                    if len(words) > 1:
                        self.second_words.setdefault(first, set()).add(words[1][2])
        # A word that only begins longer terms ("the", "of") is a candidate only when
        # the next word can follow it in one of them.
        self.needs_next: dict[str, frozenset[str]] = {
            w: frozenset(nexts) for w, nexts in self.second_words.items() if w not in self.by_form
        }

    def find(self, text: str, tokens: list[Token] | None = None) -> list[Match]:
        """Every match in ``text`` (``tokens``: its :func:`tokenize`, if already at hand)."""
        if not self.by_form:
            return []
        if tokens is None:
            words = words_of(text)
            starts, ends, forms = words.starts, words.ends, words.forms
        else:
            starts = [t[0] for t in tokens]
            ends = [t[1] for t in tokens]
            forms = [t[2] for t in tokens]
        first = self.longest_from
        return self.find_at(text, starts, ends, forms, _starting(forms, first))

    def find_at(
        self,
        text: str,
        starts: Sequence[int],
        ends: Sequence[int],
        forms: Sequence[str],
        candidates: Iterable[int],
    ) -> list[Match]:
        """The matches starting at the words ``candidates`` (increasing indices into the
        parallel word lists ``starts``, ``ends``, ``forms``); matches do not overlap."""
        found: list[Match] = []
        free, last, needs_next = 0, len(forms) - 1, self.needs_next
        for i in candidates:
            if i < free:
                continue
            nexts = needs_next.get(forms[i])
            if nexts is not None and (i == last or forms[i + 1] not in nexts):
                continue
            match = self._match_at(text, starts, ends, forms, i)
            if match is not None:
                found.append(match[1])
                free = i + match[0]
        return found

    def _match_at(
        self,
        text: str,
        starts: Sequence[int],
        ends: Sequence[int],
        forms: Sequence[str],
        i: int,
    ) -> tuple[int, Match] | None:
        """The longest term starting at word ``i``: (its number of words, the match)."""
        longest = self.longest_from.get(forms[i])
        if longest is None:
            return None
        # The keys of the terms that start here, shortest first: a run of words is only
        # extended while it is the beginning of some longer term.
        key = forms[i]
        keys = [key] if key in self.by_form else []
        for k in range(i + 1, min(i + longest, len(forms))):
            key = f"{key} {forms[k]}"
            if key in self.by_form:
                keys.append(key)
            if key not in self.prefixes:
                break
        for key in reversed(keys):
            variants = self.by_form[key]
            size = key.count(" ") + 1
            seps = tuple(
                "".join(text[ends[k] : starts[k + 1]].split()) for k in range(i, i + size - 1)
            )
            start, end = starts[i], ends[i + size - 1]
            written = text[start:end]
            if (
                self.skip_names
                and written[:1].isupper()
                and _in_name(text, starts, ends, i, i + size)
            ):
                return None
            for term_seps, entry in variants:
                if term_seps != seps:
                    continue
                if entry.get("case") == "lower" and written != written.lower():
                    continue
                if entry.get("except") and _excepted(text, start, entry["except"]):
                    continue
                term = str(entry.get("term") or key)
                return size, Match(span=trusted_span(start=start, end=end), term=term, entry=entry)
        return None


def _starting(forms: Sequence[str], first: Mapping[str, Any]) -> list[int]:
    """The indices of the words that may start a term (their form is a key of
    ``first``), the loop over every word of the article done in C."""
    return list(itertools.compress(range(len(forms)), map(first.__contains__, forms)))


def _excepted(text: str, start: int, phrases: Iterable[str]) -> bool:
    """True when the text from ``start`` reads as one of ``phrases`` (fixed expressions
    that begin with the term but are not uses of it: ``likely voters``)."""
    ahead = " ".join(text[start : start + 80].lower().replace("’", "'").split())
    return any(
        ahead.startswith(p) and not ahead[len(p) : len(p) + 1].isalnum()
        for p in (" ".join(str(x).lower().split()) for x in phrases)
    )


def _capitalised_neighbour(
    text: str, starts: Sequence[int], j: int, gap: tuple[int, int]
) -> bool:
    if not 0 <= j < len(starts):
        return False
    between = text[gap[0] : gap[1]]
    return bool(between) and between.isspace() and "\n" not in between and (
        text[starts[j]].isupper()
    )


def _in_name(
    text: str, starts: Sequence[int], ends: Sequence[int], first: int, after: int
) -> bool:
    """True when a capitalised match runs on into a capitalised word on the same line,
    without punctuation between: part of a name (``Homeland Security``, ``Patriot
    Act``), not the common word."""
    if after < len(starts) and _capitalised_neighbour(
        text, starts, after, (ends[after - 1], starts[after])
    ):
        return True
    return first > 0 and _capitalised_neighbour(
        text, starts, first - 1, (ends[first - 1], starts[first])
    )


class _Voices:
    """Disjoint, sorted spans (quote parts, or cues): is a position inside, does a span overlap?"""

    def __init__(self, parts: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((p.start, p.end) for p in parts):
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1][1] = end
            else:
                merged.append([start, end])
        self.spans = [(a, b) for a, b in merged]
        self._starts = [a for a, _ in merged]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def overlaps(self, span: Span) -> bool:
        i = bisect.bisect_left(self._starts, span.end) - 1
        return i >= 0 and self.spans[i][1] > span.start

    def quoted(self, position: int) -> bool:
        i = bisect.bisect_right(self._starts, position) - 1
        return i >= 0 and self.spans[i][0] <= position < self.spans[i][1]


_LABELS = {"hedges": "hedge", "boosters": "booster", "persuasion": "persuasion cue"}


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    """Sort key of a term count: the most frequent first, then alphabetical."""
    return -item[1], item[0]


def _per_thousand(count: int, words: int) -> float:
    return round(1000 * count / words, 2) if words else 0.0


class LanguageScorer:
    """Persuasion cues, hedges and boosters, split between own and quoted voice."""

    name = "language"
    requires = ("quotes",)

    def __init__(self, lexicons: Any = None) -> None:
        self.lexicons = lexicons
        self._matchers: dict[str, LexiconMatcher] = {}
        self._first: (
            dict[str, tuple[tuple[LexiconMatcher, ...], frozenset[str] | None]] | None
        ) = None

    def matcher(self, lexicon: str) -> LexiconMatcher:
        found = self._matchers.get(lexicon)
        if found is None:
            entries: tuple[Mapping[str, Any], ...] = ()
            if self.lexicons is not None:
                entries = tuple(self.lexicons.get(lexicon))
            else:
                from newskit.lexicons import Lexicons

                entries = Lexicons().get(lexicon)
            found = self._matchers[lexicon] = LexiconMatcher(
                entries, skip_names=lexicon == "persuasion"
            )
        return found

    def _first_words(self) -> dict[str, tuple[tuple[LexiconMatcher, ...], frozenset[str] | None]]:
        """Each first word of a term of any lexicon, with the matchers it starts a term in
        and, when it is no term of its own in any of them (``the``, ``of``), the words
        that may follow it (else None)."""
        if self._first is None:
            first: dict[str, list[LexiconMatcher]] = {}
            for lexicon in LEXICONS:
                matcher = self.matcher(lexicon)
                for word in matcher.longest_from:
                    first.setdefault(word, []).append(matcher)
            index = {}
            for word, matchers in first.items():
                nexts: frozenset[str] | None = None
                if all(word in m.needs_next for m in matchers):
                    nexts = frozenset().union(*(m.needs_next[word] for m in matchers))
                index[word] = (tuple(matchers), nexts)
            self._first = index
        return self._first

    def score(self, analysis: Analysis) -> list[Score]:
        text = analysis.article.text
        voices = _Voices(p for q in analysis.quotes for p in q.parts)
        tokens = words_of(text)
        starts, ends, forms = tokens.starts, tokens.ends, tokens.forms
        quoted_words = sum(tokens.count_in(a, b) for a, b in voices.spans)
        own_words = len(starts) - quoted_words
        words = {"own_voice": own_words, "quoted_voice": quoted_words}
        total_words = own_words + quoted_words
        scores = [
            trusted_score(
                name="language.quoted_share",
                value=round(quoted_words / total_words, 3) if total_words else 0.0,
                explanation=(
                    f"{quoted_words} of {total_words} words are quoted (direct or indirect "
                    f"speech); {own_words} are the article's own voice"
                ),
                details=dict(words),
            )
        ]
        # The cue of an attribution to a named source is that attribution's (judged by the
        # ``attribution`` scorer); an agentless or anonymous one ("it is reported",
        # "reportedly") is the writer's own hedge and is kept.
        cues = _Voices(
            q.cue for q in analysis.quotes
            if q.cue is not None and not q.anonymous and q.speaker_mention is not None
        )
        # One pass over the words finds where a term of any lexicon may start.
        # A word that only begins longer terms (``the``, ``of``: most of the words found)
        # is a candidate only when the next word can follow it in one of them.
        first = self._first_words()
        candidates: dict[int, list[int]] = {}
        last = len(forms) - 1
        for i in _starting(forms, first):
            matchers, nexts = first[forms[i]]
            if nexts is not None and (i == last or forms[i + 1] not in nexts):
                continue
            for matcher in matchers:
                candidates.setdefault(id(matcher), []).append(i)
        for lexicon in LEXICONS:
            matcher = self.matcher(lexicon)
            matches = matcher.find_at(
                text, starts, ends, forms, candidates.get(id(matcher), ())
            )
            split: dict[str, list[Match]] = {"own_voice": [], "quoted_voice": []}
            for match in matches:
                if cues and cues.overlaps(match.span):
                    continue  # a reporting verb ("suggested that") is the attribution itself
                voice = "quoted_voice" if voices.quoted(match.span.start) else "own_voice"
                split[voice].append(match)
            for voice, found in split.items():
                scores.append(self._score(lexicon, voice, found, words[voice], text))
        return scores

    @staticmethod
    def _score(lexicon: str, voice: str, found: list[Match], words: int, text: str) -> Score:
        terms: dict[str, int] = {}
        for m in found:  # a dict, not a Counter: most voices have a few matches or none
            terms[m.term] = terms.get(m.term, 0) + 1
        details: dict[str, Any] = {
            "terms": dict(sorted(terms.items(), key=_by_count)) if len(terms) > 1 else terms,
            "words": words,
            "per_1000_words": _per_thousand(len(found), words),
        }
        where = "the article's own voice" if voice == "own_voice" else "quoted voices"
        listing = ", ".join(f"{t} ×{n}" if n > 1 else t for t, n in details["terms"].items())
        noun = _LABELS[lexicon] if len(found) == 1 else _LABELS[lexicon] + "s"
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
            kinds: dict[str, int] = {}
            for m in found:
                kind = str(m.entry.get("kind") or "")
                kinds[kind] = kinds.get(kind, 0) + 1
            details["kinds"] = kinds
        details["matches"] = [
            {"start": sp.start, "end": sp.end, "text": text[sp.start : sp.end], "term": m.term}
            for m in found
            for sp in (m.span,)
        ]
        return trusted_score(
            name=f"language.{lexicon}.{voice}",
            value=len(found),
            explanation=explanation,
            evidence=tuple(m.span for m in found),
            details=details,
        )
