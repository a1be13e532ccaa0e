"""Analysis to and from plain dicts and JSON, losslessly.

The shape is the output contract (``docs/schema/analysis.schema.json``).
Derived fields written for readers (``text`` next to every span, ``start``/
``end`` of a quote) are ignored when reading back. ``published`` keeps the
difference between a date (``2023-05-04``) and a datetime
(``2023-05-04T10:00:00+00:00``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from . import __version__
from .types import (
    Actor,
    Analysis,
    Article,
    Block,
    ComponentError,
    Event,
    Failure,
    Mention,
    Participant,
    Quote,
    Score,
    Span,
    TimeExpression,
)

__all__ = [
    "SCHEMA_VERSION",
    "analysis_from_dict",
    "analysis_to_dict",
    "dumps",
    "failure_to_dict",
    "loads",
    "parse_published",
]

SCHEMA_VERSION = "1.0"


def _span(span: Span, text: str) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def _opt_span(span: Span | None, text: str) -> dict[str, Any] | None:
    return None if span is None else _span(span, text)


def _read_span(data: Mapping[str, Any]) -> Span:
    return Span(start=int(data["start"]), end=int(data["end"]))


def _read_opt_span(data: Mapping[str, Any] | None) -> Span | None:
    return None if data is None else _read_span(data)


def format_published(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_published(value: str | dt.date | None) -> dt.date | dt.datetime | None:
    """Read an ISO 8601 date or datetime (``2023-05-04``, ``2023-05-04T10:00:00Z``)."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if "T" in text or " " in text:
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        return dt.datetime.fromisoformat(text)
    return dt.date.fromisoformat(text)


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published": format_published(article.published),
        "language": article.language,
        "authors": list(article.authors),
        "metadata": dict(article.metadata),
    }


def article_from_dict(data: Mapping[str, Any]) -> Article:
    return Article(
        id=data["id"],
        text=data["text"],
        title=data.get("title"),
        url=data.get("url"),
        source=data.get("source"),
        published=parse_published(data.get("published")),
        language=data.get("language"),
        authors=tuple(data.get("authors") or ()),
        metadata=dict(data.get("metadata") or {}),
    )


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """The JSON-compatible dict of the output contract."""
    text = analysis.article.text
    return {
        "schema_version": SCHEMA_VERSION,
        "newskit_version": __version__,
        "article": article_to_dict(analysis.article),
        "blocks": [
            {
                "type": b.type,
                **_span(b.span, text),
                "group": b.group,
                "attributes": dict(b.attributes),
            }
            for b in analysis.blocks
        ],
        "sentences": [{"start": s.start, "end": s.end} for s in analysis.sentences],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "roles": list(a.roles),
                "affiliation": a.affiliation,
                "affiliation_id": a.affiliation_id,
                "country": a.country,
                "country_code": a.country_code,
                "aliases": list(a.aliases),
                "mentions": [{**_span(m.span, text), "kind": m.kind} for m in a.mentions],
            }
            for a in analysis.actors
        ],
        "quotes": [
            {
                "id": q.id,
                "kind": q.kind,
                "start": q.start,
                "end": q.end,
                "parts": [_span(p, text) for p in q.parts],
                "cue": _opt_span(q.cue, text),
                "speaker_mention": _opt_span(q.speaker_mention, text),
                "speaker": q.speaker,
                "anonymous": q.anonymous,
            }
            for q in analysis.quotes
        ],
        "timexes": [
            {
                "id": t.id,
                **_span(t.span, text),
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
                "resolved": t.resolved,
            }
            for t in analysis.timexes
        ],
        "events": [
            {
                "id": e.id,
                "type": e.type,
                "plover": e.plover,
                "trigger": _span(e.trigger, text),
                "participants": [{"actor": p.actor, "role": p.role} for p in e.participants],
                "when": e.when,
                "where": e.where,
                "status": e.status,
                "quote": e.quote,
            }
            for e in analysis.events
        ],
        "scores": {
            s.name: {
                "value": s.value,
                "explanation": s.explanation,
                "evidence": [_span(sp, text) for sp in s.evidence],
                "details": dict(s.details),
            }
            for s in analysis.scores
        },
        "errors": [
            {
                "component": e.component,
                "plugin": e.plugin,
                "error_type": e.error_type,
                "message": e.message,
            }
            for e in analysis.errors
        ],
    }


def analysis_from_dict(data: Mapping[str, Any]) -> Analysis:
    """Rebuild an :class:`Analysis` from :func:`analysis_to_dict` output."""
    return Analysis(
        article=article_from_dict(data["article"]),
        blocks=tuple(
            Block(
                type=b["type"],
                span=_read_span(b),
                group=b.get("group"),
                attributes=b.get("attributes") or {},
            )
            for b in data.get("blocks", ())
        ),
        sentences=tuple(_read_span(s) for s in data.get("sentences", ())),
        actors=tuple(
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                roles=tuple(a.get("roles", ())),
                affiliation=a.get("affiliation"),
                affiliation_id=a.get("affiliation_id"),
                country=a.get("country"),
                country_code=a.get("country_code"),
                aliases=tuple(a.get("aliases", ())),
                mentions=tuple(
                    Mention(span=_read_span(m), kind=m.get("kind", "name"))
                    for m in a.get("mentions", ())
                ),
            )
            for a in data.get("actors", ())
        ),
        quotes=tuple(
            Quote(
                id=q["id"],
                kind=q["kind"],
                parts=tuple(_read_span(p) for p in q["parts"]),
                cue=_read_opt_span(q.get("cue")),
                speaker_mention=_read_opt_span(q.get("speaker_mention")),
                speaker=q.get("speaker"),
                anonymous=bool(q.get("anonymous", False)),
            )
            for q in data.get("quotes", ())
        ),
        timexes=tuple(
            TimeExpression(
                id=t["id"],
                span=_read_span(t),
                type=t["type"],
                value=t.get("value"),
                mod=t.get("mod"),
                resolved=bool(t.get("resolved", True)),
            )
            for t in data.get("timexes", ())
        ),
        events=tuple(
            Event(
                id=e["id"],
                type=e["type"],
                plover=e.get("plover"),
                trigger=_read_span(e["trigger"]),
                participants=tuple(
                    Participant(actor=p["actor"], role=p["role"])
                    for p in e.get("participants", ())
                ),
                when=e.get("when"),
                where=e.get("where"),
                status=e.get("status", "reported"),
                quote=e.get("quote"),
            )
            for e in data.get("events", ())
        ),
        scores=tuple(
            Score(
                name=name,
                value=s.get("value"),
                explanation=s.get("explanation", ""),
                evidence=tuple(_read_span(sp) for sp in s.get("evidence", ())),
                details=s.get("details") or {},
            )
            for name, s in (data.get("scores") or {}).items()
        ),
        errors=tuple(
            ComponentError(
                component=e["component"],
                plugin=e.get("plugin"),
                error_type=e["error_type"],
                message=e["message"],
            )
            for e in data.get("errors", ())
        ),
    )


def failure_to_dict(failure: Failure) -> dict[str, Any]:
    """The error record written in place of an analysis for an input that failed."""
    return {
        "schema_version": SCHEMA_VERSION,
        "error": {
            "input": failure.input,
            "line": failure.line,
            "article_id": failure.article_id,
            "component": failure.component,
            "plugin": failure.plugin,
            "error_type": failure.error_type,
            "message": failure.message,
        },
    }


def failure_from_dict(data: Mapping[str, Any]) -> Failure:
    err = data["error"]
    return Failure(
        input=err["input"],
        line=err.get("line"),
        article_id=err.get("article_id"),
        component=err.get("component"),
        plugin=err.get("plugin"),
        error_type=err.get("error_type", "InputError"),
        message=err["message"],
    )


def result_to_dict(result: Analysis | Failure) -> dict[str, Any]:
    if isinstance(result, Failure):
        return failure_to_dict(result)
    return analysis_to_dict(result)


_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)
"""Made once, not per call as ``json.dumps`` does; without the check for circular
references (an id kept per container written, 12% of the encoding time): the
dicts are built afresh by :func:`analysis_to_dict`, and a cycle in
``metadata`` or ``details`` (which must hold JSON values) still fails, with
RecursionError instead of ValueError."""


def dumps(result: Analysis | Failure, *, indent: int | None = None) -> str:
    """One analysis (or error record) as JSON text (one line unless ``indent``)."""
    data = result_to_dict(result)
    if indent is None:
        return _ENCODER.encode(data)
    return json.dumps(data, ensure_ascii=False, indent=indent, check_circular=False)


def loads(text: str) -> Analysis | Failure:
    """Read back what :func:`dumps` wrote."""
    data = json.loads(text)
    if "error" in data and "article" not in data:
        return failure_from_dict(data)
    return analysis_from_dict(data)
