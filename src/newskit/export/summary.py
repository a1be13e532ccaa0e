"""The ``text`` exporter: a summary for a person at a terminal.

For each article: the headline facts, who is quoted how often (direct and
indirect, quoted words), the events in date order, the scores with their
explanations, and any component errors. Failed inputs are listed where they
occur. Control characters from the article are replaced, so a text cannot
move the terminal's cursor or change its colours.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from newskit.components import Result
from newskit.scoring.sources import actor_index, quoted_words, source_of
from newskit.types import Analysis, Failure

from .common import published_text, sorted_events

__all__ = ["TextExporter", "summarise"]

_WIDTH = 100


def clean(value: object) -> str:
    """One line of text with control characters (escape sequences included) made visible."""
    out = []
    for ch in str(value):
        if ch in "\n\r\t":
            out.append(" ")
        elif ord(ch) < 32 or 127 <= ord(ch) < 160 or ch in "\u2028\u2029":
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _short(value: object, width: int) -> str:
    text = clean(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def summarise(analysis: Analysis) -> str:
    """The summary of one analysis as text (lines end with ``\\n``)."""
    art = analysis.article
    text = art.text
    lines = [f"== {clean(art.title or art.id)} =="]
    facts = [
        f"id {clean(art.id)}",
        clean(art.source) if art.source else "",
        published_text(art.published),
        ", ".join(clean(a) for a in art.authors),
    ]
    lines.append("   " + " · ".join(f for f in facts if f))
    lines.append(
        f"   {len(text)} characters, {len(analysis.actors)} actors, {len(analysis.quotes)} quotes,"
        f" {len(analysis.events)} events, {len(analysis.timexes)} time expressions"
    )

    actors = actor_index(analysis.actors)
    names: dict[str, str] = {}
    counts: dict[str, list[int]] = {}  # quotes, direct, other, words
    for q in analysis.quotes:
        source = source_of(q, analysis, actors)
        names[source.key] = source.name
        row = counts.setdefault(source.key, [0, 0, 0, 0])
        row[0] += 1
        row[1 if q.kind == "direct" else 2] += 1
        row[3] += quoted_words(q, text)
    lines.append("")
    lines.append(f"Who is quoted ({len(analysis.quotes)} quotes):")
    if not counts:
        lines.append("   nobody")
    ordered = sorted(counts, key=lambda k: (-counts[k][0], names[k]))
    name_width = min(max((len(clean(names[k])) for k in ordered), default=0), 40)
    for key in ordered:
        total, direct, other, words = counts[key]
        lines.append(
            f"   {_short(names[key], 40):<{name_width}}  {total:>3}  "
            f"({direct} direct, {other} indirect or mixed, {words} words)"
        )

    lines.append("")
    lines.append(f"Events ({len(analysis.events)}, in date order):")
    if not analysis.events:
        lines.append("   none")
    events = sorted_events(analysis)
    date_width = min(max((len(clean(d or "undated")) for d, _ in events), default=7), 30)
    for date, event in events:
        who = ", ".join(
            clean(actors[p.actor].name) if p.actor in actors else clean(p.actor)
            for p in event.participants
        )
        where = actors[event.where].name if event.where in actors else event.where
        when = clean(date or "undated")
        trigger = _short(event.trigger.text(text), 60)
        line = f"   {when:<{date_width}}  {clean(event.type)} “{trigger}”"
        if who:
            line += f" — {who}"
        if where:
            line += f" — in {clean(where)}"
        if event.status != "reported":
            line += f" [{event.status}]"
        lines.append(line)

    if analysis.scores:
        lines.append("")
        lines.append("Scores:")
        for s in analysis.scores:
            value = f"{s.value:.3g}" if isinstance(s.value, float) else str(s.value)
            lines.append(f"   {s.name} = {clean(value)}")
            lines.append(f"      {_short(s.explanation, _WIDTH)}")
    if analysis.errors:
        lines.append("")
        lines.append("Component errors:")
        for e in analysis.errors:
            lines.append(f"   {clean(e.component)} ({clean(e.plugin)}): {_short(e.message, 80)}")
    return "\n".join(lines) + "\n"


def _failure(failure: Failure) -> str:
    where = clean(failure.input) + (f":{failure.line}" if failure.line else "")
    return f"!! {where}: {clean(failure.error_type)}: {clean(failure.message)}\n"


class TextExporter:
    """A plain-text summary per article, for reading in a terminal."""

    name = "text"
    suffix = ".txt"
    media_type = "text/plain"

    def write(self, results: Iterable[Result], stream: IO[str]) -> None:
        first = True
        for result in results:
            if not first:
                stream.write("\n")
            first = False
            stream.write(_failure(result) if isinstance(result, Failure) else summarise(result))
            stream.flush()
