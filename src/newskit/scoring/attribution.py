"""The ``attribution`` scorer: how sources are introduced (``said`` versus ``claimed``).

A cue is classified with the ``cues`` lexicon (entries ``{"lemma", "forms",
"kind", "evaluative"}``, shared with the quotes extractor); when that lexicon
is empty a small built-in list is used. A cue is *evaluative* when the
reporting verb carries the writer's judgement of the statement or the speaker
(``claimed``, ``admitted``, ``insisted``, ``conceded``, ``alleged``) and
*neutral* when it only reports (``said``, ``told``, ``according to``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import itemgetter
from typing import Any

from newskit.types import Analysis, Score, Span, trusted_score

from .sources import quote_sources

__all__ = ["FALLBACK_CUES", "AttributionScorer", "CueClassifier"]

_NEUTRAL = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "state": ["state", "states", "stated", "stating"],
    "add": ["add", "adds", "added", "adding"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "report": ["report", "reports", "reported", "reporting"],
    "explain": ["explain", "explains", "explained"],
    "announce": ["announce", "announces", "announced"],
    "note": ["note", "notes", "noted"],
    "according to": ["according to"],
    "ask": ["ask", "asks", "asked"],
}
_EVALUATIVE = {
    "claim": ["claim", "claims", "claimed", "claiming"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "insist": ["insist", "insists", "insisted", "insisting"],
    "concede": ["concede", "concedes", "conceded", "conceding"],
    "allege": ["allege", "alleges", "alleged", "alleging"],
    "acknowledge": ["acknowledge", "acknowledges", "acknowledged"],
    "confess": ["confess", "confesses", "confessed"],
    "boast": ["boast", "boasts", "boasted"],
    "complain": ["complain", "complains", "complained"],
    "deny": ["deny", "denies", "denied"],
}
FALLBACK_CUES: tuple[dict[str, Any], ...] = tuple(
    [{"lemma": k, "forms": v, "kind": "speech", "evaluative": False} for k, v in _NEUTRAL.items()]
    + [{"lemma": k, "forms": v, "kind": "speech", "evaluative": True}
       for k, v in _EVALUATIVE.items()]
)
"""Used only when the ``cues`` lexicon is empty."""

_NOT_EVALUATIVE = frozenset({"", "no", "false", "neutral", "none"})


def _is_evaluative(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in _NOT_EVALUATIVE
    return bool(value)


_LOOKED_UP = 4096
"""Cues whose lexicon entry a classifier keeps (it starts again when full)."""


class CueClassifier:
    """Looks a cue's words up in a cue lexicon.

    The whole cue is tried first (``according to``), then its longest runs of
    words (``drew attention to`` → ``drew attention to``, ``attention``…), so a
    multi-word cue matches the entry for its reporting verb.
    """

    def __init__(self, entries: Iterable[Mapping[str, Any]]) -> None:
        self.forms: dict[str, Mapping[str, Any]] = {}
        self.longest = 1
        self._looked_up: dict[str, Mapping[str, Any] | None] = {}
        """Answers of :meth:`lookup` by cue (a few verbs make most cues: ``said``)."""
        for entry in entries:
            lemma = str(entry.get("lemma") or "").strip().lower()
            forms = [str(f).strip().lower() for f in entry.get("forms") or ()]
            for form in [lemma, *forms]:
                # "X" in a form stands for the source ("according to X").
                key = " ".join(w for w in form.split() if w != "x")
                if key and key not in self.forms:
                    self.forms[key] = entry
                    self.longest = max(self.longest, len(key.split()))

    def __bool__(self) -> bool:
        return bool(self.forms)

    def lookup(self, cue: str) -> Mapping[str, Any] | None:
        """The lexicon entry for the cue's words, or None (kept for the next same cue)."""
        try:
            return self._looked_up[cue]
        except KeyError:
            pass
        if len(self._looked_up) >= _LOOKED_UP:
            self._looked_up.clear()
        entry = self._looked_up[cue] = self._lookup(cue)
        return entry

    def _lookup(self, cue: str) -> Mapping[str, Any] | None:
        words = [w.strip(".,;:!?\"'“”‘’()") for w in cue.lower().split()]
        words = [w for w in words if w][:12]
        whole = " ".join(words)
        if whole in self.forms:
            return self.forms[whole]
        for size in range(min(self.longest, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                entry = self.forms.get(" ".join(words[i : i + size]))
                if entry is not None:
                    return entry
        return None


def _most_common(counts: dict[str, int]) -> list[tuple[str, int]]:
    """``Counter(counts).most_common()``: the most frequent first, ties in insertion order."""
    return sorted(counts.items(), key=itemgetter(1), reverse=True)


class AttributionScorer:
    """Neutral versus evaluative attribution cues, overall and per speaker."""

    name = "attribution"
    requires = ("quotes",)

    def __init__(self, lexicons: Any = None) -> None:
        self.lexicons = lexicons
        self._classifier: CueClassifier | None = None

    @property
    def classifier(self) -> CueClassifier:
        if self._classifier is None:
            entries: tuple[Mapping[str, Any], ...] = ()
            if self.lexicons is not None:
                entries = tuple(self.lexicons.get("cues"))
            classifier = CueClassifier(entries)
            if not classifier:
                classifier = CueClassifier(FALLBACK_CUES)
            self._classifier = classifier
        return self._classifier

    def classify(self, cue: str) -> tuple[str, str | None]:
        """``("neutral" | "evaluative" | "unknown", lemma)`` for a cue's text."""
        return self._classified(cue, self.classifier.lookup(cue))

    @staticmethod
    def _classified(cue: str, entry: Mapping[str, Any] | None) -> tuple[str, str | None]:
        """What :meth:`classify` says of a cue whose lexicon entry was looked up."""
        if entry is None:
            return "unknown", None
        lemma = str(entry.get("lemma") or cue.lower())
        return ("evaluative" if _is_evaluative(entry.get("evaluative")) else "neutral"), lemma

    def score(self, analysis: Analysis) -> list[Score]:
        text = analysis.article.text
        spans: dict[str, list[Span]] = {"neutral": [], "evaluative": [], "unknown": []}
        # Plain dicts, not Counters (a few cues per article), ranked by _most_common.
        lemmas: dict[str, dict[str, int]] = {"neutral": {}, "evaluative": {}}
        unknown_cues: dict[str, int] = {}
        kinds: dict[str, int] = {}
        speakers: dict[str, dict[str, Any]] = {}
        for quote, source in quote_sources(analysis)[1]:
            if quote.cue is None:
                continue
            cue_text = " ".join(text[quote.cue.start : quote.cue.end].split())
            entry = self.classifier.lookup(cue_text)
            label, lemma = self._classified(cue_text, entry)
            kind = str(entry.get("kind") or "unspecified") if entry is not None else "unknown"
            kinds[kind] = kinds.get(kind, 0) + 1
            spans[label].append(quote.cue)
            lower = cue_text.lower()
            if lemma is not None and label in lemmas:
                counts = lemmas[label]
                counts[lemma] = counts.get(lemma, 0) + 1
            else:
                unknown_cues[lower] = unknown_cues.get(lower, 0) + 1
            row = speakers.get(source.name)
            if row is None:
                row = speakers[source.name] = {
                    "key": source.key, "neutral": 0, "evaluative": 0, "unknown": 0, "cues": [],
                }
            row[label] += 1
            if lower not in row["cues"]:
                row["cues"].append(lower)
        neutral, evaluative = len(spans["neutral"]), len(spans["evaluative"])
        classified = neutral + evaluative
        flagged = sorted(n for n, r in speakers.items() if r["evaluative"])
        return [
            trusted_score(
                name="attribution.evaluative",
                value=evaluative,
                explanation=(
                    f"{evaluative} of {classified} classified cues are evaluative"
                    + (": " + ", ".join(f"{k} ×{v}" for k, v in
                                        _most_common(lemmas["evaluative"])) if evaluative
                       else "")
                ),
                evidence=tuple(spans["evaluative"]),
                details={"cues": dict(_most_common(lemmas["evaluative"]))},
            ),
            trusted_score(
                name="attribution.neutral",
                value=neutral,
                explanation=(
                    f"{neutral} of {classified} classified cues are neutral"
                    + (": " + ", ".join(f"{k} ×{v}" for k, v in _most_common(lemmas["neutral"]))
                       if neutral else "")
                ),
                evidence=tuple(spans["neutral"]),
                details={"cues": dict(_most_common(lemmas["neutral"]))},
            ),
            trusted_score(
                name="attribution.evaluative_share",
                value=round(evaluative / classified, 3) if classified else 0.0,
                explanation=(
                    f"share of evaluative cues among the {classified} cues the lexicon knows "
                    f"({len(spans['unknown'])} not in the lexicon)"
                ),
                evidence=tuple(spans["evaluative"]),
                details={"neutral": neutral, "evaluative": evaluative,
                         "unknown": len(spans["unknown"]),
                         "kinds": dict(_most_common(kinds))},
            ),
            trusted_score(
                name="attribution.unknown",
                value=len(spans["unknown"]),
                explanation=(
                    f"{len(spans['unknown'])} cues not in the cues lexicon"
                    + (": " + ", ".join(sorted(unknown_cues)) if unknown_cues else "")
                ),
                evidence=tuple(spans["unknown"]),
                details={"cues": dict(_most_common(unknown_cues))},
            ),
            trusted_score(
                name="attribution.per_speaker",
                value=len(flagged),
                explanation=(
                    f"{len(flagged)} of {len(speakers)} speakers introduced with an "
                    "evaluative cue" + (": " + ", ".join(flagged) if flagged else "")
                ),
                evidence=tuple(spans["evaluative"]),
                details=speakers,
            ),
        ]
