"""``newskit evaluate timexes``: TempEval-3 task A measures on TimeML documents.

For each ``*.tml`` file the text is the ``TEXT`` element's content with tags
removed and entities decoded; the anchor is the document creation time (the
``TIMEX3`` with ``functionInDocument="CREATION_TIME"``). Measures:

* strict span P/R/F1 (identical boundaries) and relaxed span P/R/F1 (overlap,
  one to one);
* type and value F1 = relaxed F1 × the share of relaxed matches whose
  attribute equals the gold one.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import regex

__all__ = ["GoldTimex", "TmlDocument", "evaluate", "read_tml", "run_newskit", "score"]


class GoldTimex(NamedTuple):
    start: int
    end: int
    type: str
    value: str
    mod: str | None


class TmlDocument(NamedTuple):
    name: str
    text: str
    dct: dt.date | None
    timexes: list[GoldTimex]


_TAG = regex.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = regex.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> TmlDocument:
    """A TimeML document: plain text, creation date and gold TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    dct: dt.date | None = None
    for m in _TAG.finditer(raw):
        if m.group(2) == "TIMEX3" and "CREATION_TIME" in m.group(3):
            value = dict(_ATTR.findall(m.group(3))).get("value", "")
            try:
                dct = dt.date.fromisoformat(value[:10])
            except ValueError:
                dct = None
            break
    start = raw.find("<TEXT>")
    stop = raw.find("</TEXT>")
    body = raw[start + len("<TEXT>"):stop] if start >= 0 and stop > start else ""
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if open_timex:
                begin, attrs = open_timex.pop()
                gold.append(GoldTimex(begin, length, attrs.get("type", ""),
                                      attrs.get("value", ""), attrs.get("mod")))
        elif not m.group(3).rstrip().endswith("/"):
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
    parts.append(html.unescape(body[pos:]))
    gold.sort()
    return TmlDocument(path.stem, "".join(parts), dct, gold)


def read_dirs(dirs: Iterable[Path]) -> list[TmlDocument]:
    docs = []
    for d in dirs:
        for path in sorted(Path(d).glob("*.tml")):
            docs.append(read_tml(path))
    return docs


Predicted = tuple[int, int, str, str | None]
"""(start, end, type, value) of a predicted time expression."""


def run_newskit(doc: TmlDocument) -> list[Predicted]:
    """newskit's ``timexes`` extractor on a TimeML document (with its structure layers)."""
    from newskit.timex import TimexExtractor
    from newskit.types import Article

    article = Article(id=doc.name, text=doc.text, published=doc.dct)
    layers: dict[str, tuple[Any, ...]] = {}
    try:
        from newskit.structure import StructureExtractor

        layers = dict(StructureExtractor().extract(article, {}))
    except ImportError:  # pragma: no cover - structure is part of newskit
        pass
    result = TimexExtractor().extract(article, layers)
    return [(t.span.start, t.span.end, t.type, t.value) for t in result["timexes"]]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(
    docs: Sequence[TmlDocument],
    predict: Callable[[TmlDocument], list[Predicted]],
    *,
    errors: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """TempEval-3 task A figures of ``predict`` over ``docs``."""
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = 0
    for doc in docs:
        pred = sorted(predict(doc))
        n_gold += len(doc.timexes)
        n_pred += len(pred)
        used: set[int] = set()
        for g in doc.timexes:
            best = None
            for i, p in enumerate(pred):
                if i in used or p[1] <= g.start or p[0] >= g.end:
                    continue
                overlap = min(p[1], g.end) - max(p[0], g.start)
                if best is None or overlap > best[0]:
                    best = (overlap, i)
            if best is None:
                if errors is not None:
                    errors.append({"doc": doc.name, "kind": "missed",
                                   "gold": doc.text[g.start:g.end], "value": g.value,
                                   "context": _context(doc.text, g.start, g.end)})
                continue
            i = best[1]
            used.add(i)
            p = pred[i]
            relaxed += 1
            strict += p[0] == g.start and p[1] == g.end
            type_ok += p[2] == g.type
            value_ok += p[3] == g.value
            if errors is not None and (p[3] != g.value or p[2] != g.type
                                       or (p[0], p[1]) != (g.start, g.end)):
                errors.append({"doc": doc.name, "kind": "wrong", "gold": doc.text[g.start:g.end],
                               "pred": doc.text[p[0]:p[1]], "gold_value": g.value,
                               "value": p[3], "gold_type": g.type, "type": p[2],
                               "dct": str(doc.dct),
                               "context": _context(doc.text, g.start, g.end)})
        if errors is not None:
            for i, p in enumerate(pred):
                if i not in used:
                    errors.append({"doc": doc.name, "kind": "spurious",
                                   "pred": doc.text[p[0]:p[1]], "value": p[3],
                                   "context": _context(doc.text, p[0], p[1])})
    rel = _prf(relaxed, n_pred, n_gold)
    return {
        "documents": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "strict": _prf(strict, n_pred, n_gold),
        "relaxed": rel,
        "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        "type_f1": round(rel["f1"] * (type_ok / relaxed if relaxed else 0.0), 4),
        "value_f1": round(rel["f1"] * (value_ok / relaxed if relaxed else 0.0), 4),
    }


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 60):start].replace("\n", " ")
    right = text[end:end + 40].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def evaluate(dirs: Iterable[Path], *, errors: list[dict[str, Any]] | None = None
             ) -> dict[str, Any]:
    """newskit's figures on the TimeML documents of ``dirs``."""
    return score(read_dirs(dirs), run_newskit, errors=errors)


def format_report(figures: dict[str, Any]) -> str:
    lines = [f"documents {figures['documents']}, gold {figures['gold']}, "
             f"predicted {figures['predicted']}"]
    for key in ("strict", "relaxed"):
        f = figures[key]
        lines.append(f"{key:8} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
    lines.append(f"type  F1 {figures['type_f1']:.3f}  (accuracy {figures['type_accuracy']:.3f})")
    lines.append(f"value F1 {figures['value_f1']:.3f}  (accuracy {figures['value_accuracy']:.3f})")
    return "\n".join(lines)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "timexes",
        help="time expressions against TimeML (TempEval-3 task A)",
        description="Score the timexes extractor on TimeML documents (*.tml) against their "
        "TIMEX3 annotations, anchored at each document's creation time.",
    )
    parser.add_argument("--timeml", type=Path, action="append", required=True, metavar="DIR",
                        help="a directory of .tml files (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true",
                        help="also list every miss, spurious and wrong value (JSON lines)")
    parser.set_defaults(run=_run)


def _run(args: Any) -> int:
    missing = [str(d) for d in args.timeml if not Path(d).is_dir()]
    if missing:
        print(f"newskit evaluate timexes: not a directory: {', '.join(missing)}",
              file=sys.stderr)
        return 2
    errors: list[dict[str, Any]] | None = [] if args.errors else None
    figures = evaluate(args.timeml, errors=errors)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(format_report(figures))
    if errors is not None:
        for e in errors:
            print(json.dumps(e, ensure_ascii=False))
    return 0
