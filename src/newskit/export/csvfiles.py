"""The ``csv`` exporter: one table per kind of thing, joinable by article id and actor id.

A directory gets ``articles.csv``, ``quotes.csv``, ``actors.csv``,
``timexes.csv``, ``events.csv``, ``scores.csv`` and ``failures.csv`` (UTF-8,
comma-separated, a header row each). Written to a single stream, the format
gives one table (``quotes`` unless the exporter was built with another).

Every text cell that a spreadsheet would read as a formula (starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or their full-width
forms) gets a leading ``'``, so opening the file never runs anything.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from newskit.components import Result
from newskit.scoring.sources import quote_text, quoted_words, source_of
from newskit.types import Analysis, Failure, Span

from .common import event_date, json_cell, published_text

__all__ = ["TABLES", "CsvExporter", "neutralise"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

Row = list[Any]


def neutralise(value: Any) -> Any:
    """A cell value safe to open in a spreadsheet (text cells only are changed).

    ``None`` becomes an empty cell and booleans ``true``/``false``; numbers are
    kept as they are (``-3`` is a number, not a formula).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _spans(spans: Iterable[Span]) -> str:
    return ";".join(f"{s.start}-{s.end}" for s in spans)


def _opt(span: Span | None, text: str) -> tuple[str | None, int | None, int | None]:
    if span is None:
        return None, None, None
    return span.text(text), span.start, span.end


def _articles(a: Analysis) -> Iterator[Row]:
    art = a.article
    yield [art.id, art.title, art.source, published_text(art.published), art.url,
           art.language, "; ".join(art.authors), len(art.text), len(a.actors), len(a.quotes),
           len(a.events), len(a.errors)]


def _quotes(a: Analysis) -> Iterator[Row]:
    text = a.article.text
    actors = {x.id: x for x in a.actors}
    for q in a.quotes:
        source = source_of(q, a, actors)
        cue = _opt(q.cue, text)
        mention = _opt(q.speaker_mention, text)
        yield [a.article.id, q.id, q.kind, q.start, q.end, quote_text(q, text), _spans(q.parts),
               *cue, *mention, q.speaker, source.name, q.anonymous, quoted_words(q, text)]


def _actors(a: Analysis) -> Iterator[Row]:
    quoted: dict[str, int] = {}
    for q in a.quotes:
        if q.speaker is not None:
            quoted[q.speaker] = quoted.get(q.speaker, 0) + 1
    for x in a.actors:
        first = min((m.span for m in x.mentions), default=None)
        yield [a.article.id, x.id, x.name, x.kind, "; ".join(x.roles), x.affiliation,
               x.affiliation_id, x.country, x.country_code, "; ".join(x.aliases),
               len(x.mentions), first.start if first else None, first.end if first else None,
               quoted.get(x.id, 0)]


def _timexes(a: Analysis) -> Iterator[Row]:
    text = a.article.text
    for t in a.timexes:
        yield [a.article.id, t.id, t.span.text(text), t.span.start, t.span.end, t.type,
               t.value, t.mod, t.resolved]


def _events(a: Analysis) -> Iterator[Row]:
    text = a.article.text
    timexes = {t.id: t for t in a.timexes}
    for e in a.events:
        yield [a.article.id, e.id, e.type, e.plover, e.trigger.text(text), e.trigger.start,
               e.trigger.end, e.status, event_date(e, timexes), e.when, e.where,
               "; ".join(f"{p.role}={p.actor}" for p in e.participants), e.quote]


def _scores(a: Analysis) -> Iterator[Row]:
    for s in a.scores:
        yield [a.article.id, s.name, s.value, s.explanation, _spans(s.evidence),
               json_cell(dict(s.details))]


def _component_failures(a: Analysis) -> Iterator[Row]:
    for e in a.errors:
        yield ["component", a.article.id, a.article.id, None, e.component, e.plugin,
               e.error_type, e.message]


TABLES: dict[str, tuple[list[str], Callable[[Analysis], Iterator[Row]]]] = {
    "articles": (
        ["article_id", "title", "source", "published", "url", "language", "authors",
         "characters", "actors", "quotes", "events", "errors"],
        _articles,
    ),
    "quotes": (
        ["article_id", "quote_id", "kind", "start", "end", "text", "parts", "cue", "cue_start",
         "cue_end", "speaker_mention", "speaker_mention_start", "speaker_mention_end",
         "speaker_id", "speaker_name", "anonymous", "words"],
        _quotes,
    ),
    "actors": (
        ["article_id", "actor_id", "name", "kind", "roles", "affiliation", "affiliation_id",
         "country", "country_code", "aliases", "mentions", "first_start", "first_end",
         "quotes"],
        _actors,
    ),
    "timexes": (
        ["article_id", "timex_id", "text", "start", "end", "type", "value", "mod", "resolved"],
        _timexes,
    ),
    "events": (
        ["article_id", "event_id", "type", "plover", "trigger", "start", "end", "status",
         "date", "timex_id", "where_id", "participants", "quote_id"],
        _events,
    ),
    "scores": (
        ["article_id", "score", "value", "explanation", "evidence", "details"],
        _scores,
    ),
    "failures": (
        ["kind", "input", "article_id", "line", "component", "plugin", "error_type",
         "message"],
        _component_failures,
    ),
}
"""Table name -> (header, rows of one analysis)."""


def _failure_row(f: Failure) -> Row:
    return ["input", f.input, f.article_id, f.line, f.component, f.plugin, f.error_type,
            f.message]


class CsvExporter:
    """Quotes, actors, time expressions, events, scores and failures as CSV tables."""

    name = "csv"
    suffix = ".csv"
    media_type = "text/csv"
    needs_directory = True

    def __init__(self, table: str = "quotes") -> None:
        if table not in TABLES:
            raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
        self.table = table

    @staticmethod
    def _writer(stream: IO[str]) -> Any:
        return csv.writer(stream, lineterminator="\r\n")

    @staticmethod
    def _row(row: Row) -> Row:
        return [neutralise(v) for v in row]

    def write(self, results: Iterable[Result], stream: IO[str]) -> None:
        """Write one table (``self.table``) to ``stream``."""
        header, rows = TABLES[self.table]
        writer = self._writer(stream)
        writer.writerow(header)
        for result in results:
            if isinstance(result, Analysis):
                for row in rows(result):
                    writer.writerow(self._row(row))
            elif self.table == "failures":
                writer.writerow(self._row(_failure_row(result)))

    def write_directory(self, results: Iterable[Result], directory: Path) -> None:
        """Write every table to ``directory`` (created if missing), one row at a time."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        with ExitStack() as stack:
            writers = {}
            for table, (header, _) in TABLES.items():
                handle = stack.enter_context(
                    open(directory / f"{table}.csv", "w", encoding="utf-8", errors="replace",
                         newline="")
                )
                writers[table] = self._writer(handle)
                writers[table].writerow(header)
            for result in results:
                if isinstance(result, Failure):
                    writers["failures"].writerow(self._row(_failure_row(result)))
                    continue
                for table, (_, rows) in TABLES.items():
                    for row in rows(result):
                        writers[table].writerow(self._row(row))
