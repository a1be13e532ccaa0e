"""A small reader and writer for brat standoff annotation (``.ann`` files).

brat keeps annotations next to the text, one per line, tab-separated::

    T1	Source 89 106	The New York Post
    T2	Cue 107 114;120 125	reports on
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
    A1	Negated E1
    R1	Origin Arg1:T1 Arg2:T2
    #1	AnnotatorNotes T1	a free-text note

Only text-bound annotations (``T``) and events (``E``) are interpreted; every
other line is kept verbatim in :attr:`BratDocument.other` so a round trip loses
nothing. Offsets are character offsets into the text, end-exclusive, and may be
discontinuous (``start end;start end``). A ``T`` line whose covered text spans a
line break continues on the next lines of the file: the reader joins those
lines back (a continuation line is any line that does not start with an
annotation id and a tab).

API::

    doc = read_ann(ann_text)          # -> BratDocument
    doc.textbounds["T1"].fragments    # ((89, 106),)
    doc.events                        # tuple of BratEvent, in file order
    write_ann(doc)                    # -> str, the standoff text again

The reader never raises on a malformed line: it keeps it in ``other``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import attrs

__all__ = [
    "BratDocument",
    "BratEvent",
    "BratTextbound",
    "read_ann",
    "textbound_text",
    "write_ann",
]


@lru_cache(maxsize=1)
def _patterns() -> tuple[Any, Any]:
    import regex

    return (
        regex.compile(r"^(?:[TERAMN]\d+|#\d*|\*)\t"),
        regex.compile(r"^(\S+) (\d+ \d+(?:;\d+ \d+){0,50})$"),
    )


def _pairs(value: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in value)


def _roles(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in value)


def _events(value: Iterable[BratEvent]) -> tuple[BratEvent, ...]:
    return tuple(value)


def _lines(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class BratTextbound:
    """A ``T`` line: a typed span (possibly discontinuous) of the text."""

    id: str
    type: str
    fragments: tuple[tuple[int, int], ...] = attrs.field(converter=_pairs)
    """``(start, end)`` pairs, end-exclusive, in file order."""
    text: str = ""
    """The covered text as written in the file (fragments joined by a space)."""

    @property
    def start(self) -> int:
        """Start of the first fragment."""
        return min(s for s, _ in self.fragments)

    @property
    def end(self) -> int:
        """End of the last fragment."""
        return max(e for _, e in self.fragments)


@attrs.frozen(kw_only=True)
class BratEvent:
    """An ``E`` line: a trigger and its role-labelled arguments."""

    id: str
    type: str
    trigger: str
    """Id of the trigger text-bound (``T4`` in ``Attribution:T4``)."""
    arguments: tuple[tuple[str, str], ...] = attrs.field(converter=_roles)
    """``(role, id)`` pairs in file order (``("Source", "T1")``)."""

    def argument(self, role: str) -> str | None:
        """The id of the first argument with this role (``Content``, ``Source``…)."""
        for name, ref in self.arguments:
            if name == role:
                return ref
        return None


@attrs.frozen(kw_only=True)
class BratDocument:
    """The annotations of one ``.ann`` file."""

    textbounds: Mapping[str, BratTextbound] = attrs.field(factory=dict)
    """Text-bound annotations by id, in file order."""
    events: tuple[BratEvent, ...] = attrs.field(default=(), converter=_events)
    other: tuple[str, ...] = attrs.field(default=(), converter=_lines)
    """Lines of any other kind (attributes, relations, notes, malformed lines), verbatim."""

    def textbound(self, ref: str | None) -> BratTextbound | None:
        """The text-bound with this id, or None."""
        return None if ref is None else self.textbounds.get(ref)

    def of_type(self, *types: str) -> list[BratTextbound]:
        """Text-bounds of the given types, in file order."""
        return [t for t in self.textbounds.values() if t.type in types]


def _logical_lines(ann: str) -> Iterable[str]:
    id_line = _patterns()[0]
    current: str | None = None
    raw = ann.split("\n")
    if raw and raw[-1] == "":
        raw.pop()  # the file's final newline ends the last line, it adds none
    for line in raw:
        if line.endswith("\r"):
            line = line[:-1]
        if id_line.match(line) or current is None:
            if current is not None:
                yield current
            current = line
        else:
            current += "\n" + line
    if current is not None and current != "":
        yield current


def read_ann(ann: str) -> BratDocument:
    """Parse the text of a ``.ann`` file."""
    textbounds: dict[str, BratTextbound] = {}
    events: list[BratEvent] = []
    other: list[str] = []
    t_body = _patterns()[1]
    for line in _logical_lines(ann):
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
        if ident.startswith("T") and len(fields) >= 2:
            m = t_body.match(fields[1])
            if m is None:
                other.append(line)
                continue
            frags = tuple(
                (int(a), int(b))
                for a, b in (piece.split(" ") for piece in m.group(2).split(";"))
            )
            if any(b < a for a, b in frags):
                other.append(line)
                continue
            textbounds[ident] = BratTextbound(
                id=ident, type=m.group(1), fragments=frags,
                text="\t".join(fields[2:]) if len(fields) > 2 else "",
            )
        elif ident.startswith("E") and len(fields) >= 2:
            args = fields[1].split()
            pairs = [a.split(":", 1) for a in args]
            if not pairs or any(len(p) != 2 for p in pairs):
                other.append(line)
                continue
            (etype, trigger), *rest = pairs
            events.append(
                BratEvent(
                    id=ident, type=etype, trigger=trigger,
                    arguments=tuple((role, ref) for role, ref in rest),
                )
            )
        else:
            other.append(line)
    return BratDocument(textbounds=textbounds, events=events, other=other)


def write_ann(doc: BratDocument) -> str:
    """The standoff text of ``doc``: text-bounds, then events, then other lines."""
    lines: list[str] = []
    for tb in doc.textbounds.values():
        offsets = ";".join(f"{s} {e}" for s, e in tb.fragments)
        lines.append(f"{tb.id}\t{tb.type} {offsets}\t{tb.text}")
    for ev in doc.events:
        args = " ".join(f"{role}:{ref}" for role, ref in ev.arguments)
        head = f"{ev.type}:{ev.trigger}"
        lines.append(f"{ev.id}\t{head} {args}" if args else f"{ev.id}\t{head}")
    lines.extend(doc.other)
    return "\n".join(lines) + ("\n" if lines else "")


def textbound_text(text: str, fragments: Iterable[tuple[int, int]]) -> str:
    """The text a list of fragments covers in ``text``, joined by single spaces (brat style)."""
    return " ".join(text[s:e] for s, e in fragments)
