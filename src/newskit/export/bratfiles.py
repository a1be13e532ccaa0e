"""The ``brat`` exporter: quotes as brat standoff, in PolNeAR's conventions.

For each article a directory gets ``<id>.txt`` (the text, byte for byte) and
``<id>.ann``, plus ``annotation.conf`` and ``visual.conf`` so brat and
INCEpTION open the directory as a collection. Each quote becomes::

    T1	Source 529 537	Mao Ning
    T2	Cue 538 542	said
    T3	Content 1 196	NATO's …
    T4	Attribution 538 542	said
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
    #1	AnnotatorNotes T3	direct quote q1; speaker: Mao Ning [a1]

as in PolNeAR: the event's trigger (``Attribution``) covers the cue; a quote
without a speaker mention is an ``Attribution-no-source`` event without a
``Source`` argument; a quote without a cue gets the trigger on its speaker
mention (or on its content). A split quote is one discontinuous ``Content``
(``1 196;230 400``), and any span crossing a line break is cut into fragments at
the break, since a brat annotation line cannot hold one. ``newskit evaluate
quotes --text DIR --ann DIR`` reads the directory back.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from newskit.brat import BratDocument, BratEvent, BratTextbound, textbound_text, write_ann
from newskit.components import Result
from newskit.scoring.sources import actor_index, source_of
from newskit.types import Analysis, Failure, Span

from .common import file_stem

__all__ = ["ANNOTATION_CONF", "VISUAL_CONF", "BratExporter", "to_brat"]

ANNOTATION_CONF = """\
# Attribution relations (PolNeAR conventions), written by newskit.
[entities]
Source
Cue
Content

[relations]
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
Attribution\tContent:Content, Cue?:Cue, Source?:Source
Attribution-no-source\tContent:Content, Cue?:Cue

[attributes]
"""

VISUAL_CONF = """\
[labels]
Source | Source | Src
Cue | Cue
Content | Content | Cnt
Attribution | Attribution | Attr
Attribution-no-source | Attribution (no source) | Attr?

[drawing]
Source\tbgColor:#a8d8ff
Cue\tbgColor:#ffe08a
Content\tbgColor:#c6f0b8
Attribution\tbgColor:#e0e0e0
Attribution-no-source\tbgColor:#f0c8c8
"""


def fragments(spans: Iterable[Span], text: str) -> tuple[tuple[int, int], ...]:
    """Spans as brat fragments: cut at line breaks, blank pieces dropped, in text order."""
    out: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        pos = span.start
        while pos < span.end:
            cut = text.find("\n", pos, span.end)
            end = span.end if cut < 0 else cut
            if end > pos and text[end - 1] == "\r":
                end -= 1  # keep the "\r" of a "\r\n" out of the annotation too
            if text[pos:end].strip():
                out.append((pos, end))
            if cut < 0:
                break
            pos = cut + 1
    return tuple(out)


def to_brat(analysis: Analysis) -> BratDocument:
    """The standoff annotation of an analysis's quotes."""
    text = analysis.article.text
    actors = actor_index(analysis.actors)
    textbounds: dict[str, BratTextbound] = {}
    events: list[BratEvent] = []
    notes: list[str] = []

    def add(kind: str, spans: Iterable[Span]) -> str | None:
        frags = fragments(spans, text)
        if not frags:
            return None
        ident = f"T{len(textbounds) + 1}"
        fields: dict[str, Any] = {"fragments": frags}
        textbounds[ident] = BratTextbound(
            id=ident, type=kind, text=textbound_text(text, frags), **fields
        )
        return ident

    for quote in analysis.quotes:
        source = add("Source", [quote.speaker_mention]) if quote.speaker_mention else None
        cue = add("Cue", [quote.cue]) if quote.cue else None
        content = add("Content", quote.parts)
        if content is None:
            continue
        event_type = "Attribution" if source else "Attribution-no-source"
        anchor = quote.cue or quote.speaker_mention or quote.parts[0]
        trigger = add(event_type, [anchor]) or content
        arguments = [("Content", content)]
        if cue:
            arguments.append(("Cue", cue))
        if source:
            arguments.append(("Source", source))
        args: dict[str, Any] = {"arguments": arguments}
        events.append(
            BratEvent(id=f"E{len(events) + 1}", type=event_type, trigger=trigger, **args)
        )
        who = source_of(quote, analysis, actors)
        note = f"{quote.kind} quote {quote.id}; speaker: {who.name}"
        if quote.speaker:
            note += f" [{quote.speaker}]"
        notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {content}\t{' '.join(note.split())}")
    # (keyword arguments through a dict: the attrs converters of newskit.brat are typed
    # loosely, and mypy cannot solve them for a concrete list)
    parts: dict[str, Any] = {"events": events, "other": notes}
    return BratDocument(textbounds=textbounds, **parts)


class BratExporter:
    """``.txt`` and ``.ann`` files per article (brat standoff, PolNeAR conventions)."""

    name = "brat"
    suffix = ".ann"
    media_type = "text/plain"
    needs_directory = True

    def write(self, results: Iterable[Result], stream: IO[str]) -> None:
        """The ``.ann`` text of each article, one after another (for inspection; a
        collection needs :meth:`write_directory`). Several articles are separated by a
        line ``# <article id>``, which is not brat syntax."""
        items = [r for r in results if isinstance(r, Analysis)]
        for analysis in items:
            if len(items) > 1:
                stream.write(f"# {analysis.article.id}\n")
            stream.write(write_ann(to_brat(analysis)))

    def write_directory(self, results: Iterable[Result], directory: Path) -> None:
        """``<id>.txt`` and ``<id>.ann`` per article, the brat configuration, and
        ``failures.txt`` listing inputs that failed (if any)."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "annotation.conf").write_text(ANNOTATION_CONF, encoding="utf-8")
        (directory / "visual.conf").write_text(VISUAL_CONF, encoding="utf-8")
        used: set[str] = {"annotation", "visual", "tools", "kb_shortcuts", "failures"}
        failures: list[Failure] = []
        for result in results:
            if isinstance(result, Failure):
                failures.append(result)
                continue
            stem = file_stem(result.article.id, used)
            with open(directory / f"{stem}.txt", "w", encoding="utf-8", errors="replace",
                      newline="") as handle:
                handle.write(result.article.text)
            with open(directory / f"{stem}.ann", "w", encoding="utf-8", errors="replace",
                      newline="") as handle:
                handle.write(write_ann(to_brat(result)))
        if failures:
            lines = [f"{f.input}\t{f.line or ''}\t{f.error_type}\t{f.message}" for f in failures]
            (directory / "failures.txt").write_text("\n".join(lines) + "\n", encoding="utf-8",
                                                       errors="replace")
