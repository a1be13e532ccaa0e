"""The ``sourcing`` scorer: who gets to speak in a story, and how much.

Every score is computed from the ``quotes`` layer and the ``actors`` it points
at; see ``docs/scores.md`` for each name. Sources are grouped by
:func:`newskit.scoring.sources.source_of`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from newskit.types import Analysis, Quote, Score, Span, trusted_score

from .sources import (
    ANONYMOUS,
    UNRESOLVED,
    CountryResolver,
    Source,
    quote_sources,
    quoted_words,
)

__all__ = ["SourcingScorer", "normalised_entropy"]


def normalised_entropy(counts: Iterable[int]) -> float:
    """Shannon entropy of a distribution divided by its maximum (``log n``).

    1.0 when every group has the same count, 0.0 when one group has everything
    (or there are fewer than two groups).
    """
    values = [c for c in counts if c > 0]
    total = sum(values)
    if len(values) < 2 or total == 0:
        return 0.0
    h = -sum((c / total) * math.log(c / total) for c in values)
    return round(h / math.log(len(values)), 3)


def _evidence_span(quote: Quote) -> Span:
    """Where a reader sees who is speaking: the speaker mention, else the cue, else the quote."""
    if quote.speaker_mention is not None:
        return quote.speaker_mention
    if quote.cue is not None:
        return quote.cue
    return quote.parts[0]


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


class SourcingScorer:
    """Distinct sources; quotes and quoted words per speaker, affiliation and country;
    named versus anonymous; direct versus indirect; source diversity."""

    name = "sourcing"
    requires = ("quotes", "actors")

    def __init__(self, lexicons: Any = None) -> None:
        self.lexicons = lexicons
        self._countries: CountryResolver | None = None

    @property
    def countries(self) -> CountryResolver:
        if self._countries is None:
            self._countries = CountryResolver(self.lexicons)
        return self._countries

    def score(self, analysis: Analysis) -> list[Score]:
        text = analysis.article.text
        actors, pairs = quote_sources(analysis)
        rows: dict[str, dict[str, Any]] = {}
        sources: dict[str, Source] = {}
        evidence: dict[str, list[Span]] = {}
        kinds = {"direct": 0, "indirect": 0, "mixed": 0}
        total_words = 0
        for quote, source in pairs:
            words = quoted_words(quote, text)
            total_words += words
            kinds[quote.kind] = kinds.get(quote.kind, 0) + 1
            row = rows.get(source.key)
            if row is None:
                row = rows[source.key] = _source_row(source, actors, self.countries)
                sources[source.key] = source
                evidence[source.key] = []
            row["quotes"] += 1
            row[quote.kind] += 1
            row["words"] += words
            evidence[source.key].append(_evidence_span(quote))
        total = sum(kinds.values())
        ordered = sorted(rows.values(), key=lambda r: (-r["quotes"], -r["words"], r["name"]))
        named = [r for r in ordered if sources[r["key"]].named]
        named_quotes = sum(r["quotes"] for r in named)
        anonymous = rows.get(ANONYMOUS, {}).get("quotes", 0)
        unresolved = rows.get(UNRESOLVED, {}).get("quotes", 0)

        def spans_of(keys: Iterable[str]) -> tuple[Span, ...]:
            # Distinct spans by their (start, end) pairs, in order: the pairs hash and
            # compare in C, where a set of Spans calls their generated __hash__.
            found = {(s.start, s.end): s for k in keys for s in evidence[k]}
            return tuple(map(found.__getitem__, sorted(found)))

        scores = [
            trusted_score(
                name="sourcing.distinct_sources",
                value=len(named),
                explanation=(
                    f"{_plural(len(named), 'named source')} quoted"
                    + (": " + ", ".join(r["name"] for r in named) if named else "")
                    + f"; {_plural(anonymous, 'anonymous quote')}, "
                    f"{unresolved} with an unresolved source"
                ),
                evidence=spans_of(r["key"] for r in named),
                details={
                    "sources": ordered,
                    "named_quotes": named_quotes,
                    "anonymous_quotes": anonymous,
                    "unresolved_quotes": unresolved,
                },
            ),
            self._per_speaker(ordered, total, spans_of),
            self._words(ordered, total_words, spans_of),
            self._grouped(
                "sourcing.by_affiliation", "affiliation", ordered, actors, sources, spans_of
            ),
            self._grouped("sourcing.by_country", "country", ordered, actors, sources, spans_of),
            trusted_score(
                name="sourcing.anonymous",
                value=anonymous,
                explanation=(
                    f"{_plural(anonymous, 'quote')} of {total} from anonymous sources, "
                    f"{named_quotes} from named sources, {unresolved} unresolved"
                ),
                evidence=spans_of([ANONYMOUS] if anonymous else []),
                details={
                    "named": named_quotes,
                    "anonymous": anonymous,
                    "unresolved": unresolved,
                    "anonymous_share": _ratio(anonymous, total),
                },
            ),
            trusted_score(
                name="sourcing.direct_share",
                value=_ratio(kinds["direct"], total),
                explanation=(
                    f"{kinds['direct']} direct, {kinds['indirect']} indirect and "
                    f"{kinds['mixed']} mixed quotes (share of direct quotes)"
                ),
                evidence=tuple(q.span for q in analysis.quotes if q.kind == "direct"),
                details={k: kinds[k] for k in ("direct", "indirect", "mixed")},
            ),
            self._diversity(ordered, actors, sources),
        ]
        return scores

    @staticmethod
    def _per_speaker(ordered: list[dict[str, Any]], total: int, spans_of: Any) -> Score:
        # The most quoted *named* source: anonymous and unresolved quotes are no one's.
        top = next((r for r in ordered if r["key"] not in (ANONYMOUS, UNRESOLVED)), None)
        per = {
            r["name"]: {
                "key": r["key"], "quotes": r["quotes"], "direct": r["direct"],
                "indirect": r["indirect"], "mixed": r["mixed"],
            }
            for r in ordered
        }
        if top is None:
            explanation = "no quotes from a named source"
        else:
            explanation = (
                f"most quoted: {top['name']} ({top['quotes']} of {total} quotes); "
                + ", ".join(f"{r['name']} {r['quotes']}" for r in ordered)
            )
        return trusted_score(
            name="sourcing.quotes_per_speaker",
            value=top["quotes"] if top else 0,
            explanation=explanation,
            evidence=spans_of([top["key"]]) if top else (),
            details={"speakers": per, "total_quotes": total},
        )

    @staticmethod
    def _words(ordered: list[dict[str, Any]], total_words: int, spans_of: Any) -> Score:
        by_words = sorted(ordered, key=lambda r: (-r["words"], r["name"]))
        top = next((r for r in by_words if r["key"] not in (ANONYMOUS, UNRESOLVED)), None)
        per = {
            r["name"]: {"key": r["key"], "words": r["words"],
                        "share": _ratio(r["words"], total_words)}
            for r in by_words
        }
        if top is None:
            explanation = "no quotes from a named source"
        else:
            explanation = (
                f"{top['name']} holds {_ratio(top['words'], total_words):.0%} of the "
                f"{total_words} quoted words"
            )
        return trusted_score(
            name="sourcing.words_per_speaker",
            value=_ratio(top["words"], total_words) if top else 0.0,
            explanation=explanation,
            evidence=spans_of([top["key"]]) if top else (),
            details={"speakers": per, "total_words": total_words},
        )

    @staticmethod
    def _grouped(
        name: str,
        field: str,
        ordered: list[dict[str, Any]],
        actors: dict[str, Any],
        sources: dict[str, Source],
        spans_of: Any,
    ) -> Score:
        groups: dict[str, dict[str, Any]] = {}
        members: dict[str, list[str]] = {}
        bases: dict[str, set[str]] = {}
        for row in ordered:
            if not sources[row["key"]].named:
                continue
            label = row[field] or "unknown"
            group = groups.get(label)
            if group is None:
                group = groups[label] = {
                    "quotes": 0, "direct": 0, "indirect": 0, "mixed": 0, "words": 0,
                    "speakers": [],
                }
                members[label] = []
                bases[label] = set()
            group["quotes"] += row["quotes"]
            group["direct"] += row["direct"]
            group["indirect"] += row["indirect"]
            group["mixed"] += row["mixed"]
            group["words"] += row["words"]
            group["speakers"].append(row["name"])
            members[label].append(row["key"])
            bases[label].add(row["country_basis"])
        if field == "country":
            for label, group in groups.items():
                group["basis"] = sorted(bases[label])
        known = [g for g in groups if g != "unknown"]
        ranked = sorted(groups, key=lambda g: (-groups[g]["quotes"], g))
        word = "country" if field == "country" else "affiliation"
        explanation = (
            f"named sources fall into {_plural(len(known), word)}"
            + (": " if ranked else "")
            + "; ".join(
                f"{g} ({_plural(groups[g]['quotes'], 'quote')}: "
                f"{', '.join(groups[g]['speakers'])})"
                for g in ranked
            )
        )
        return trusted_score(
            name=name,
            value=len(known),
            explanation=explanation,
            evidence=spans_of(k for g in known for k in members[g]),
            details={g: groups[g] for g in ranked},
        )

    @staticmethod
    def _diversity(
        ordered: list[dict[str, Any]], actors: dict[str, Any], sources: dict[str, Source]
    ) -> Score:
        counted = [r for r in ordered if r["key"] != UNRESOLVED]
        by_source = normalised_entropy(r["quotes"] for r in counted)
        countries: dict[str, int] = {}
        for r in counted:
            if sources[r["key"]].named and r["country"]:
                countries[r["country"]] = countries.get(r["country"], 0) + r["quotes"]
        by_country = normalised_entropy(countries.values())
        return trusted_score(
            name="sourcing.diversity",
            value=by_source,
            explanation=(
                f"normalised entropy of quotes over {_plural(len(counted), 'source')}: "
                f"{by_source} (1 = every source quoted equally, 0 = a single source); "
                f"over {_plural(len(countries), 'country')}: {by_country}"
            ),
            details={
                "sources": len(counted),
                "by_source": by_source,
                "countries": len(countries),
                "by_country": by_country,
            },
        )


def _source_row(
    source: Source, actors: dict[str, Any], countries: CountryResolver
) -> dict[str, Any]:
    actor = source.actor
    country, basis = countries.group(actor, actors) if source.named else (None, "none")
    affiliation = None
    if actor is not None:
        affiliation_actor = actors.get(actor.affiliation_id) if actor.affiliation_id else None
        if affiliation_actor is not None:
            affiliation = affiliation_actor.name
        elif actor.affiliation:
            affiliation = actor.affiliation
        elif actor.kind in ("organization", "media"):
            affiliation = actor.name  # an organisation speaks for itself
    return {
        "key": source.key,
        "name": source.name,
        "actor": actor.id if actor else None,
        "kind": actor.kind if actor else None,
        "affiliation": affiliation,
        "country": None if country == "unknown" else country,
        "country_basis": basis,
        "quotes": 0,
        "direct": 0,
        "indirect": 0,
        "mixed": 0,
        "words": 0,
    }
