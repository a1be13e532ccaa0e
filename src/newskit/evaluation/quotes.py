"""Scoring quote extraction against brat attribution annotation (PolNeAR style).

``newskit evaluate quotes --text DIR --ann DIR [--limit N] [--json]`` reads
``DIR/NAME.txt`` and the first ``.ann`` file, in sort order, named ``NAME.ann``
or ``NAME_*.ann``, and scores the ``quotes`` extractor with these definitions:

* gold attributions are the ``E`` lines that have a ``Content`` argument; a
  gold attribution is **direct** when its content holds a double quotation
  mark (``"`` ``“`` ``”`` ``«`` ``»`` ``„``); its span runs from the start of the
  first content fragment to the end of the last;
* a predicted quote (span = first part start to last part end) **matches** a
  gold attribution when the non-white-space characters they share are at least
  half of those of the shorter of the two;
* precision = predictions matching any gold attribution / predictions;
  recall = gold direct quotes matched / gold direct quotes; all-attribution
  recall = gold attributions matched / gold attributions;
* **exact**: boundaries equal once white space, double and single quotation
  marks and ``, . ; :`` are trimmed from both ends (exact precision over all
  predictions, exact recall over gold direct quotes);
* **speaker accuracy**: among matched predictions whose gold attribution has a
  ``Source``, the share whose speaker mention overlaps the gold source span;
* **attributed F1**: a prediction counts when it matches a gold attribution
  and its speaker mention overlaps that attribution's source (or both have
  none); recall over gold direct quotes that have a source.

Everything here works on plain offsets, so it can score any extractor: pass
``predict`` (text -> quotes) to :func:`evaluate`.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from newskit.types import Quote

__all__ = [
    "DOUBLE_MARKS",
    "Document",
    "GoldAttribution",
    "Prediction",
    "add_parser",
    "evaluate",
    "exact_bounds",
    "format_report",
    "load_documents",
    "newskit_predictor",
    "read_gold",
    "score_documents",
]

DOUBLE_MARKS = frozenset('"“”«»„')
_TRIM = frozenset(" \t\r\n\f\v\u00a0\u2009\u200a\u202f" + "\"“”«»„'‘’‚‹›`" + ",.;:")


@attrs.frozen(kw_only=True)
class GoldAttribution:
    """One annotated attribution: content (fragments), cue and source spans."""

    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...] | None = None
    cue: tuple[tuple[int, int], ...] | None = None
    direct: bool = False

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


@attrs.frozen(kw_only=True)
class Prediction:
    """A predicted quote reduced to what the metrics read."""

    start: int
    end: int
    speaker_mention: tuple[int, int] | None = None

    @classmethod
    def from_quote(cls, quote: Quote) -> Prediction:
        sm = quote.speaker_mention
        return cls(
            start=quote.start, end=quote.end,
            speaker_mention=None if sm is None else (sm.start, sm.end),
        )


@attrs.frozen(kw_only=True)
class Document:
    """A text with its gold attributions."""

    name: str
    text: str
    gold: tuple[GoldAttribution, ...]


def read_gold(text: str, ann: str) -> list[GoldAttribution]:
    """Gold attributions of one article from the text of its ``.ann`` file."""
    from newskit.brat import read_ann

    doc = read_ann(ann)
    out: list[GoldAttribution] = []
    for ev in doc.events:
        content = doc.textbound(ev.argument("Content"))
        if content is None:
            continue
        frags = tuple(sorted(f for f in content.fragments if f[1] <= len(text)))
        if not frags:
            continue
        source = doc.textbound(ev.argument("Source"))
        cue = doc.textbound(ev.argument("Cue"))
        body = text[frags[0][0] : frags[-1][1]]
        out.append(
            GoldAttribution(
                content=frags,
                source=None if source is None else tuple(sorted(source.fragments)),
                cue=None if cue is None else tuple(sorted(cue.fragments)),
                direct=any(ch in DOUBLE_MARKS for ch in body),
            )
        )
    out.sort(key=lambda g: (g.start, g.end))
    return out


def _ann_for(name: str, ann_files: Sequence[Path]) -> Path | None:
    for path in ann_files:  # sorted
        stem = path.stem
        if stem == name or (stem.startswith(name + "_") and "_" not in stem[len(name) + 1 :]):
            return path
    return None


def load_documents(text_dir: Path | str, ann_dir: Path | str, *,
                   limit: int | None = None) -> list[Document]:
    """Texts of ``text_dir`` that have an annotation file in ``ann_dir``, sorted by name."""
    text_dir, ann_dir = Path(text_dir), Path(ann_dir)
    anns = sorted(ann_dir.glob("*.ann"))
    by_prefix: dict[str, list[Path]] = {}
    for path in anns:
        by_prefix.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
        by_prefix.setdefault(path.stem, []).append(path)
    docs: list[Document] = []
    for txt in sorted(text_dir.glob("*.txt")):
        name = txt.stem
        ann = _ann_for(name, by_prefix.get(name, []))
        if ann is None:
            continue
        text = txt.read_text(encoding="utf-8")
        gold = read_gold(text, ann.read_text(encoding="utf-8"))
        docs.append(Document(name=name, text=text, gold=tuple(gold)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def exact_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` with white space, quotation marks and ``,.;:`` trimmed."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


class _Counter:
    """Non-white-space characters in any range of a text, in O(1)."""

    def __init__(self, text: str) -> None:
        prefix = [0] * (len(text) + 1)
        n = 0
        for i, ch in enumerate(text):
            if not ch.isspace():
                n += 1
            prefix[i + 1] = n
        self.prefix = prefix

    def count(self, start: int, end: int) -> int:
        if end <= start:
            return 0
        return self.prefix[end] - self.prefix[start]

    def matches(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        shared = self.count(max(a[0], b[0]), min(a[1], b[1]))
        shorter = min(self.count(*a), self.count(*b))
        return shorter > 0 and 2 * shared >= shorter


def _overlaps(span: tuple[int, int] | None, frags: tuple[tuple[int, int], ...] | None) -> bool:
    if span is None or frags is None:
        return False
    return any(span[0] < e and s < span[1] for s, e in frags)


def _speaker_right(pred: Prediction, gold: GoldAttribution) -> bool:
    if gold.source is None:
        return pred.speaker_mention is None
    return _overlaps(pred.speaker_mention, gold.source)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_documents(
    docs: Sequence[Document], predictions: Sequence[Sequence[Prediction]]
) -> dict[str, Any]:
    """All the metrics over documents and their predictions (one list per document)."""
    c = dict.fromkeys(
        (
            "predicted", "matched", "exact", "attributed", "speaker_cases", "speaker_right",
            "gold", "gold_direct", "gold_direct_source", "gold_matched", "gold_direct_matched",
            "gold_direct_exact", "gold_direct_attributed",
        ),
        0,
    )
    for doc, preds in zip(docs, predictions, strict=True):
        counter = _Counter(doc.text)
        gold = doc.gold
        gold_exact = [exact_bounds(doc.text, g.start, g.end) for g in gold]
        g_matched = [False] * len(gold)
        g_exact = [False] * len(gold)
        g_attr = [False] * len(gold)
        for pred in preds:
            c["predicted"] += 1
            span = (pred.start, pred.end)
            p_exact = exact_bounds(doc.text, pred.start, pred.end)
            hits = [i for i, g in enumerate(gold) if counter.matches(span, (g.start, g.end))]
            if not hits:
                continue
            c["matched"] += 1
            right = False
            with_source = False
            is_exact = False
            for i in hits:
                g_matched[i] = True
                if gold_exact[i] == p_exact:
                    g_exact[i] = True
                    is_exact = True
                if _speaker_right(pred, gold[i]):
                    g_attr[i] = True
                    right = True
                if gold[i].source is not None:
                    with_source = True
            c["exact"] += is_exact
            c["attributed"] += right
            if with_source:
                c["speaker_cases"] += 1
                c["speaker_right"] += any(
                    gold[i].source is not None and _overlaps(pred.speaker_mention, gold[i].source)
                    for i in hits
                )
        for i, g in enumerate(gold):
            c["gold"] += 1
            c["gold_matched"] += g_matched[i]
            if g.direct:
                c["gold_direct"] += 1
                c["gold_direct_matched"] += g_matched[i]
                c["gold_direct_exact"] += g_exact[i]
                if g.source is not None:
                    c["gold_direct_source"] += 1
                    c["gold_direct_attributed"] += g_attr[i]
    precision = _ratio(c["matched"], c["predicted"])
    recall = _ratio(c["gold_direct_matched"], c["gold_direct"])
    exact_p = _ratio(c["exact"], c["predicted"])
    exact_r = _ratio(c["gold_direct_exact"], c["gold_direct"])
    attr_p = _ratio(c["attributed"], c["predicted"])
    attr_r = _ratio(c["gold_direct_attributed"], c["gold_direct_source"])
    return {
        "documents": len(docs),
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "exact_precision": exact_p,
        "exact_recall": exact_r,
        "exact_f1": _f1(exact_p, exact_r),
        "all_attribution_recall": _ratio(c["gold_matched"], c["gold"]),
        "speaker_accuracy": _ratio(c["speaker_right"], c["speaker_cases"]),
        "attributed_precision": attr_p,
        "attributed_recall": attr_r,
        "attributed_f1": _f1(attr_p, attr_r),
        "counts": c,
    }


Predictor = Callable[[Document], Iterable[Prediction]]


def newskit_predictor(registry: Any = None) -> Predictor:
    """A predictor running newskit's ``quotes`` extractor and the extractors it needs.

    When the registry has no producer of a layer the extractor reads (during
    development, or with a plugin blocked), the extractor is run directly with
    that layer empty.
    """
    from newskit.errors import ConfigurationError
    from newskit.testing import make_registry
    from newskit.types import Article

    reg = registry if registry is not None else make_registry()
    try:
        pipeline = reg.pipeline(only=["quotes"], scorers=[])
    except ConfigurationError:
        pipeline = None
    if pipeline is not None:
        run = pipeline.run

        def predict(doc: Document) -> list[Prediction]:
            analysis = run(Article(id=doc.name, text=doc.text))
            return [Prediction.from_quote(q) for q in analysis.quotes]

        return predict

    extractor = reg.get("extractors", "quotes").component
    producers: dict[str, str] = {}
    for name, r in reg.components("extractors").items():
        for layer in r.component.produces:
            producers.setdefault(layer, name)
    before = [n for n in dict.fromkeys(producers.get(x) for x in extractor.requires) if n]
    pre = reg.pipeline(extractors=before, scorers=[]) if before else None

    def predict_direct(doc: Document) -> list[Prediction]:
        article = Article(id=doc.name, text=doc.text)
        layers: dict[str, tuple[Any, ...]] = {"blocks": (), "sentences": (), "actors": ()}
        if pre is not None:
            analysis = pre.run(article)
            layers.update({k: getattr(analysis, k) for k in ("blocks", "sentences", "actors")})
        out = extractor.extract(article, layers)
        return [Prediction.from_quote(q) for q in out["quotes"]]

    return predict_direct


def evaluate(docs: Sequence[Document], predict: Predictor | None = None) -> dict[str, Any]:
    """Run ``predict`` (default: newskit's pipeline) on ``docs`` and score it.

    The result holds the metrics, plus ``seconds`` and ``articles_per_second``
    for the prediction step.
    """
    predict = predict or newskit_predictor()
    start = time.perf_counter()
    predictions = [list(predict(doc)) for doc in docs]
    elapsed = time.perf_counter() - start
    result = score_documents(docs, predictions)
    result["seconds"] = elapsed
    result["articles_per_second"] = len(docs) / elapsed if elapsed > 0 else 0.0
    return result


_ORDER = (
    ("attributed_f1", "attributed F1"),
    ("attributed_precision", "attributed precision"),
    ("attributed_recall", "attributed recall"),
    ("f1", "direct F1"),
    ("precision", "precision"),
    ("recall", "direct recall"),
    ("exact_f1", "exact F1"),
    ("exact_precision", "exact precision"),
    ("exact_recall", "exact recall"),
    ("all_attribution_recall", "all-attribution recall"),
    ("speaker_accuracy", "speaker accuracy"),
)


def format_report(result: dict[str, Any]) -> str:
    """The metrics as aligned text lines."""
    lines = [f"documents: {result['documents']}"]
    for key, label in _ORDER:
        lines.append(f"{label:>24}: {result[key]:.3f}")
    if "articles_per_second" in result:
        lines.append(f"{'articles per second':>24}: {result['articles_per_second']:.0f}")
    return "\n".join(lines)


def add_parser(sub: Any) -> None:
    """Register ``newskit evaluate quotes``."""
    parser = sub.add_parser(
        "quotes",
        help="score quote extraction against brat attribution annotation",
        description=(
            "Score the quotes extractor against brat standoff attribution annotation "
            "(PolNeAR style: E lines with Content, Cue and Source arguments)."
        ),
    )
    parser.add_argument("--text", required=True, type=Path, help="directory of NAME.txt files")
    parser.add_argument("--ann", required=True, type=Path,
                        help="directory of NAME.ann or NAME_ANNOTATOR.ann files")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=_run)


def _run(args: Any) -> int:
    if not args.text.is_dir() or not args.ann.is_dir():
        print(f"not a directory: {args.text if not args.text.is_dir() else args.ann}",
              file=sys.stderr)
        return 2
    docs = load_documents(args.text, args.ann, limit=args.limit)
    if not docs:
        print("no annotated texts found", file=sys.stderr)
        return 1
    result = evaluate(docs)
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print(format_report(result))
    return 0
