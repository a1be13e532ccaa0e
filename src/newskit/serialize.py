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
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from . import __version__
from .types import (
    MENTION_KINDS,
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
    """One analysis (or error record) as JSON text (one line unless ``indent``).

    Analyses are written by :class:`_Writer`, straight from the values: the
    same text as ``json.dumps(analysis_to_dict(result), ensure_ascii=False,
    indent=indent)`` in about half the time on one line and a fifth indented
    (the standard encoder writes indented JSON in pure Python, a generator per
    level). Anything it does not
    expect (a value JSON cannot hold, a key that is no string) sends the
    analysis down that standard path, which writes it or raises as before.
    """
    if isinstance(result, Analysis):
        try:
            return _writer(indent).analysis(result)
        except _Unexpected:
            pass
    data = result_to_dict(result)
    if indent is None:
        return _ENCODER.encode(data)
    return json.dumps(data, ensure_ascii=False, indent=indent, check_circular=False)


# The analysis writer ----------------------------------------------------------
#
# Building the dicts of analysis_to_dict and encoding them costs a dict per
# span and, indented, a generator step per token and level. The writer formats
# each known shape (a span, a mention, an actor…) with one f-string, with the
# separators of its depth computed once per layout. Free-form values
# (``metadata``, ``attributes``, ``details``, a score's value) go through the
# C encoder on one line, or _Writer.value indented. tests/test_serialize.py
# holds both layouts to json.dumps on analyses with every kind of field.

_str = encode_basestring
_repr_int = int.__repr__
_repr_float = float.__repr__
_INFINITY = float("inf")


_C_ENCODER = (
    None
    if c_make_encoder is None
    else c_make_encoder(
        None, _ENCODER.default, encode_basestring, None, ": ", ", ", False, False, True
    )
)
"""The C encoder ``_ENCODER.encode`` makes afresh at each call (markers None: no check for
circular references; ``ensure_ascii`` off; the default separators; NaN allowed), made once:
the free-form values are many small containers, for which making it is a good part of
the cost."""


def _encode(value: Any) -> str:
    """``_ENCODER.encode(value)`` for a container, by the C encoder made once."""
    if _C_ENCODER is None:  # pragma: no cover - CPython has the C encoder
        return _ENCODER.encode(value)
    return "".join(_C_ENCODER(value, 0))


class _Unexpected(Exception):
    """A value the writer does not write itself: the standard encoder decides."""


def _opt(value: str | None) -> str:
    """An optional string field."""
    return "null" if value is None else _str(value)


def _float(value: float) -> str:
    """A float as the standard encoder writes it (``NaN`` and infinities allowed)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return _repr_float(value)


def _scalar(value: Any) -> str:
    """A JSON scalar; a container or anything else is left to the standard encoder."""
    kind = type(value)
    if kind is str:
        return _str(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return _repr_int(value)
    if kind is float:
        return _float(value)
    raise _Unexpected(kind.__name__)


def _bool(value: Any) -> str:
    """A bool field (anything else that was put there is written as the encoder would)."""
    return "true" if value is True else "false" if value is False else _scalar(value)


_DEPTHS = 8
"""Container depths whose separators a writer prepares (the contract goes to 5)."""

_KEYS = 4096
"""Written keys a writer keeps (then it starts again)."""


class _Writer:
    """JSON text of an :class:`Analysis` in one layout (one line, or ``indent`` spaces).

    ``self.at[d]`` holds, for a container at depth ``d``, what follows its
    opening bracket, what separates its items and what precedes its closing
    bracket.
    """

    def __init__(self, indent: int | None) -> None:
        self.indent = indent
        self.at = [self._deeper(depth) for depth in range(_DEPTHS)]
        self.kinds = {kind: self.mention_kind(kind) for kind in sorted(MENTION_KINDS)}
        """What follows a mention's text (its ``kind`` member), by kind."""
        self.keys: dict[str, str] = {}
        """Object keys of free-form values as written, with the colon (``"words": ``):
        a few names (``start``, ``term``, ``quotes``…) make most of them."""

    def mention_kind(self, kind: str) -> str:
        """The ``kind`` member of a mention, with the separator before it."""
        return f'{self.at[4][1]}"kind": {_str(kind)}'

    def seq(self, items: list[str], depth: int) -> str:
        """A JSON array of written items at ``depth``."""
        if not items:
            return "[]"
        first, sep, last = self.at[depth] if depth < _DEPTHS else self._deeper(depth)
        return f"[{first}{sep.join(items)}{last}]"

    def strings(self, values: tuple[str, ...], depth: int) -> str:
        """A JSON array of strings (roles, aliases, authors) at ``depth``."""
        return self.seq(list(map(_str, values)), depth)

    def value(self, value: Any, depth: int) -> str:
        """A free-form JSON value (``metadata``, ``details``) at ``depth``."""
        kind = type(value)
        if kind is dict:
            if not value:
                return "{}"
            if self.indent is None:
                return _encode(value)
            return self.members(value, depth)
        if kind is list or kind is tuple:
            if self.indent is None:
                return _encode(value)
            return self.items(value, depth)
        return _scalar(value)

    def members(self, value: dict[Any, Any], depth: int) -> str:
        """An indented JSON object of free-form values; string keys only (others, which
        the encoder would convert or refuse, are left to it), each member written by
        its type, without a call to :meth:`value`."""
        first, sep, last = self.at[depth] if depth < _DEPTHS else self._deeper(depth)
        items: list[str] = []
        append = items.append
        deeper = depth + 1
        keys = self.keys
        for key, item in value.items():
            written = keys.get(key)
            if written is None:
                if type(key) is not str:
                    raise _Unexpected("key")
                if len(keys) >= _KEYS:
                    keys.clear()
                written = keys[key] = f"{_str(key)}: "
            kind = type(item)
            if kind is str:
                append(written + _str(item))
            elif kind is int:
                append(written + _repr_int(item))
            elif kind is dict:
                append(written + (self.members(item, deeper) if item else "{}"))
            elif kind is list or kind is tuple:
                append(written + self.items(item, deeper))
            else:
                append(written + _scalar(item))
        return f"{{{first}{sep.join(items)}{last}}}"

    def items(self, values: list[Any] | tuple[Any, ...], depth: int) -> str:
        """An indented JSON array of free-form values (strings and objects, most of
        the items, written without a call to :meth:`value`)."""
        if not values:
            return "[]"
        first, sep, last = self.at[depth] if depth < _DEPTHS else self._deeper(depth)
        deeper = depth + 1
        members, value = self.members, self.value
        written = [
            _str(v) if type(v) is str else members(v, deeper) if type(v) is dict and v
            else value(v, deeper)
            for v in values
        ]
        return f"[{first}{sep.join(written)}{last}]"

    def _deeper(self, depth: int) -> tuple[str, str, str]:
        """The separators of a container at ``depth`` (kept in ``self.at`` for the
        depths of the contract; made on demand for deeply nested free-form values)."""
        if self.indent is None:
            return ("", ", ", "")
        unit = " " * self.indent
        inner = "\n" + unit * (depth + 1)
        return (inner, "," + inner, "\n" + unit * depth)

    def span(self, span: Span, text: str, depth: int, extra: str = "") -> str:
        """A span object with its text (``extra``: more members, written, after it)."""
        first, sep, last = self.at[depth]
        start, end = span.start, span.end
        return (
            f'{{{first}"start": {start}{sep}"end": {end}{sep}"text": '
            f"{_str(text[start:end])}{extra}{last}}}"
        )

    def opt_span(self, span: Span | None, text: str, depth: int) -> str:
        return "null" if span is None else self.span(span, text, depth)

    def article(self, article: Article, text: str) -> str:
        """The article, ``text`` the JSON string of its text."""
        first, sep, last = self.at[1]
        return (
            f'{{{first}"id": {_str(article.id)}{sep}"text": {text}{sep}'
            f'"title": {_opt(article.title)}{sep}"url": {_opt(article.url)}{sep}'
            f'"source": {_opt(article.source)}{sep}'
            f'"published": {_opt(format_published(article.published))}{sep}'
            f'"language": {_opt(article.language)}{sep}'
            f'"authors": {self.strings(article.authors, 2)}{sep}'
            f'"metadata": {self.value(dict(article.metadata), 2)}{last}}}'
        )

    def block(self, block: Block, written: str) -> str:
        """A block, ``written`` the JSON string of its text (:func:`_text_json`)."""
        first, sep, last = self.at[2]
        start, end = block.span.start, block.span.end
        return (
            f'{{{first}"type": {_str(block.type)}{sep}"start": {start}{sep}"end": {end}{sep}'
            f'"text": {written}{sep}"group": {_opt(block.group)}{sep}'
            f'"attributes": {self.value(dict(block.attributes), 3)}{last}}}'
        )

    def sentences(self, spans: tuple[Span, ...]) -> list[str]:
        first, sep, last = self.at[2]
        return [f'{{{first}"start": {s.start}{sep}"end": {s.end}{last}}}' for s in spans]

    def spans(self, spans: tuple[Span, ...], text: str) -> list[str]:
        """Span objects with their text at depth 4 (a quote's parts, a score's evidence):
        :meth:`span` written out in one comprehension, the hottest path of the writer."""
        first, sep, last = self.at[4]
        return [
            f'{{{first}"start": {s.start}{sep}"end": {s.end}{sep}"text": '
            f"{_str(text[s.start : s.end])}{last}}}"
            for s in spans
        ]

    def actor(self, actor: Actor, text: str) -> str:
        first, sep, last = self.at[2]
        m_first, m_sep, m_last = self.at[4]
        kinds = self.kinds
        mentions = [  # self.span written out (the writer's most frequent object)
            f'{{{m_first}"start": {s.start}{m_sep}"end": {s.end}{m_sep}"text": '
            f"{_str(text[s.start : s.end])}"
            f"{kinds.get(m.kind) or self.mention_kind(m.kind)}{m_last}}}"
            for m in actor.mentions
            for s in (m.span,)
        ]
        return (
            f'{{{first}"id": {_str(actor.id)}{sep}"name": {_str(actor.name)}{sep}'
            f'"kind": {_str(actor.kind)}{sep}'
            f'"roles": {"[]" if actor.roles == () else self.strings(actor.roles, 3)}{sep}'
            f'"affiliation": {_opt(actor.affiliation)}{sep}'
            f'"affiliation_id": {_opt(actor.affiliation_id)}{sep}'
            f'"country": {_opt(actor.country)}{sep}'
            f'"country_code": {_opt(actor.country_code)}{sep}'
            f'"aliases": {"[]" if actor.aliases == () else self.strings(actor.aliases, 3)}{sep}'
            f'"mentions": {self.seq(mentions, 3)}{last}}}'
        )

    def quote(self, quote: Quote, text: str) -> str:
        first, sep, last = self.at[2]
        parts = self.spans(quote.parts, text)
        return (
            f'{{{first}"id": {_str(quote.id)}{sep}"kind": {_str(quote.kind)}{sep}'
            f'"start": {quote.start}{sep}"end": {quote.end}{sep}'
            f'"parts": {self.seq(parts, 3)}{sep}'
            f'"cue": {self.opt_span(quote.cue, text, 3)}{sep}'
            f'"speaker_mention": {self.opt_span(quote.speaker_mention, text, 3)}{sep}'
            f'"speaker": {_opt(quote.speaker)}{sep}"anonymous": {_bool(quote.anonymous)}{last}}}'
        )

    def timex(self, timex: TimeExpression, text: str) -> str:
        first, sep, last = self.at[2]
        start, end = timex.span.start, timex.span.end
        return (
            f'{{{first}"id": {_str(timex.id)}{sep}"start": {start}{sep}"end": {end}{sep}'
            f'"text": {_str(text[start:end])}{sep}"type": {_str(timex.type)}{sep}'
            f'"value": {_opt(timex.value)}{sep}"mod": {_opt(timex.mod)}{sep}'
            f'"resolved": {_bool(timex.resolved)}{last}}}'
        )

    def event(self, event: Event, text: str) -> str:
        first, sep, last = self.at[2]
        p_first, p_sep, p_last = self.at[4]
        participants = [
            f'{{{p_first}"actor": {_str(p.actor)}{p_sep}"role": {_str(p.role)}{p_last}}}'
            for p in event.participants
        ]
        return (
            f'{{{first}"id": {_str(event.id)}{sep}"type": {_str(event.type)}{sep}'
            f'"plover": {_opt(event.plover)}{sep}'
            f'"trigger": {self.span(event.trigger, text, 3)}{sep}'
            f'"participants": {self.seq(participants, 3)}{sep}'
            f'"when": {_opt(event.when)}{sep}"where": {_opt(event.where)}{sep}'
            f'"status": {_str(event.status)}{sep}"quote": {_opt(event.quote)}{last}}}'
        )

    def score(self, score: Score, text: str) -> str:
        first, sep, last = self.at[2]
        evidence = self.spans(score.evidence, text)
        return (
            f'{_str(score.name)}: {{{first}"value": {_scalar(score.value)}{sep}'
            f'"explanation": {_str(score.explanation)}{sep}'
            f'"evidence": {self.seq(evidence, 3)}{sep}'
            f'"details": {self.value(dict(score.details), 3)}{last}}}'
        )

    def error(self, error: ComponentError) -> str:
        first, sep, last = self.at[2]
        return (
            f'{{{first}"component": {_str(error.component)}{sep}'
            f'"plugin": {_opt(error.plugin)}{sep}"error_type": {_str(error.error_type)}{sep}'
            f'"message": {_str(error.message)}{last}}}'
        )

    def analysis(self, analysis: Analysis) -> str:
        """The whole analysis; :class:`_Unexpected` when the standard path must write it."""
        text = analysis.article.text
        names = [s.name for s in analysis.scores]
        if len(set(names)) != len(names):  # the dict of analysis_to_dict keeps the last
            raise _Unexpected("duplicate score names")
        first, sep, last = self.at[0]
        scores_first, scores_sep, scores_last = self.at[1]
        try:
            scores = [self.score(s, text) for s in analysis.scores]
            written, block_texts = _text_json(text, analysis.blocks)
            blocks = list(map(self.block, analysis.blocks, block_texts))
            return (
                f'{{{first}"schema_version": {_str(SCHEMA_VERSION)}{sep}'
                f'"newskit_version": {_str(__version__)}{sep}'
                f'"article": {self.article(analysis.article, written)}{sep}'
                f'"blocks": {self.seq(blocks, 1)}{sep}'
                f'"sentences": {self.seq(self.sentences(analysis.sentences), 1)}{sep}'
                f'"actors": {self.seq([self.actor(a, text) for a in analysis.actors], 1)}{sep}'
                f'"quotes": {self.seq([self.quote(q, text) for q in analysis.quotes], 1)}{sep}'
                f'"timexes": {self.seq([self.timex(t, text) for t in analysis.timexes], 1)}{sep}'
                f'"events": {self.seq([self.event(e, text) for e in analysis.events], 1)}{sep}'
                '"scores": '
                + (f"{{{scores_first}{scores_sep.join(scores)}{scores_last}}}" if scores else "{}")
                + f'{sep}"errors": {self.seq(list(map(self.error, analysis.errors)), 1)}{last}}}'
            )
        except (TypeError, ValueError, AttributeError, LookupError) as exc:  # a wrong field
            raise _Unexpected(str(exc)) from exc


def _text_json(text: str, blocks: tuple[Block, ...]) -> tuple[str, list[str]]:
    """The JSON strings of an article's text and of its blocks' texts, the text's put
    together from those of the blocks and the gaps between them (escaping is
    character by character), so that text under a block is escaped once, not twice.
    Blocks that overlap or are out of order are escaped on their own."""
    pieces: list[str] = []
    written: list[str] = []
    pos = 0
    for block in blocks:
        start, end = block.span.start, block.span.end
        if start < pos:
            return _str(text), [_str(text[b.span.start : b.span.end]) for b in blocks]
        if start > pos:
            pieces.append(_str(text[pos:start])[1:-1])
        block_text = _str(text[start:end])
        written.append(block_text)
        pieces.append(block_text[1:-1])
        pos = end
    if not pieces:
        return _str(text), written
    if pos < len(text):
        pieces.append(_str(text[pos:])[1:-1])
    return f'"{"".join(pieces)}"', written


_WRITERS: dict[int | None, _Writer] = {}


def _writer(indent: int | None) -> _Writer:
    """The writer of a layout, made at its first use."""
    writer = _WRITERS.get(indent)
    if writer is None:
        writer = _WRITERS[indent] = _Writer(indent)
    return writer


def loads(text: str) -> Analysis | Failure:
    """Read back what :func:`dumps` wrote."""
    data = json.loads(text)
    if "error" in data and "article" not in data:
        return failure_from_dict(data)
    return analysis_from_dict(data)
