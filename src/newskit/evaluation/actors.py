"""Scoring actor extraction as named-entity recognition on CoNLL-2003 files.

``newskit evaluate actors --conll FILE [--use EXTRACTOR] [--limit N] [--json]``

* The CoNLL file has one token a line (``token POS chunk NE``, IOB1 or IOB2
  tags), blank lines between sentences and ``-DOCSTART-`` lines between
  documents. Each document's text is rebuilt by joining its tokens with spaces
  and its sentences with newlines, and run through the extractor (with the
  ``structure`` extractor before it, as in any pipeline).
* Predicted entities are the actors' mentions of kind ``name``, ``alias`` and
  ``acronym`` (pronouns and role nouns are not names), labelled by the actor's
  kind: person → ``PER``, organization and media → ``ORG``, place → ``LOC``
  (``group`` is not counted). Gold ``MISC`` entities are not scored.
* Scores are entity-level exact match (conlleval): a prediction is correct when
  its character span and label equal a gold entity's; precision, recall and F1
  per label and over the three labels together (micro-averaged).

Everything works on plain offsets; :func:`score` takes any ``predict``
function (text -> set of ``(start, end, label)``), so the benchmark scores the
spaCy plugin with the same code.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from newskit.types import Actor

__all__ = [
    "LABELS",
    "ConllDocument",
    "actor_entities",
    "add_parser",
    "format_report",
    "newskit_predictor",
    "read_conll",
    "score",
]

LABELS = ("PER", "ORG", "LOC")
KIND_LABELS = {"person": "PER", "organization": "ORG", "media": "ORG", "place": "LOC"}
NAME_MENTIONS = frozenset({"name", "alias", "acronym"})

Entity = tuple[int, int, str]
Predictor = Callable[[str], set[Entity]]


@attrs.frozen(kw_only=True)
class ConllDocument:
    """One CoNLL document: its rebuilt text and its gold entities as character spans."""

    text: str
    entities: frozenset[Entity]
    tokens: int


def read_conll(path: Path | str) -> list[ConllDocument]:
    """The documents of a CoNLL-2003 file (``-DOCSTART-`` separated)."""
    docs: list[ConllDocument] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def flush_doc() -> None:
        nonlocal sentences
        if current:
            sentences.append(list(current))
            current.clear()
        if sentences:
            docs.append(_build(sentences))
        sentences = []

    with open(path, encoding="utf-8", newline="") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if line.startswith("-DOCSTART-"):
                flush_doc()
                continue
            if not line.strip():
                if current:
                    sentences.append(list(current))
                    current.clear()
                continue
            parts = line.split()
            current.append((parts[0], parts[-1]))
    flush_doc()
    return docs


def _build(sentences: list[list[tuple[str, str]]]) -> ConllDocument:
    pieces: list[str] = []
    entities: set[Entity] = set()
    pos = 0
    ntok = 0
    for si, sent in enumerate(sentences):
        if si:
            pieces.append("\n")
            pos += 1
        open_label: str | None = None
        open_start = 0
        last_end = pos
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                pieces.append(" ")
                pos += 1
            start, end = pos, pos + len(tok)
            pieces.append(tok)
            pos = end
            ntok += 1
            prefix, _, label = tag.partition("-")
            begins = prefix == "B" or (prefix == "I" and label != open_label)
            if open_label is not None and (tag == "O" or begins):
                entities.add((open_start, last_end, open_label))
                open_label = None
            if tag != "O" and (open_label is None or begins):
                open_label = label
                open_start = start
            last_end = end
        if open_label is not None:
            entities.add((open_start, last_end, open_label))
    text = "".join(pieces)
    return ConllDocument(
        text=text,
        entities=frozenset(e for e in entities if e[2] in LABELS),
        tokens=ntok,
    )


def actor_entities(actors: Iterable[Actor]) -> set[Entity]:
    """Name mentions of ``actors`` as ``(start, end, label)`` entities."""
    out: set[Entity] = set()
    for actor in actors:
        label = KIND_LABELS.get(actor.kind)
        if label is None:
            continue
        for m in actor.mentions:
            if m.kind in NAME_MENTIONS:
                out.add((m.span.start, m.span.end, label))
    return out


def newskit_predictor(use: Sequence[str] = (), registry: Any = None) -> Predictor:
    """A predictor running the ``actors`` layer's producer (``use`` picks another one)."""
    from newskit.plugins import Registry
    from newskit.testing import make_registry
    from newskit.types import Article

    if registry is None:
        registry = Registry() if use else make_registry()
    pipeline = registry.pipeline(use=list(use), scorers=[], only=list(use) or ["actors"])

    def predict(text: str) -> set[Entity]:
        analysis = pipeline.run(Article(id="conll", text=text))
        if analysis.errors:
            raise RuntimeError(analysis.errors[0].message)
        return actor_entities(analysis.actors)

    return predict


def score(
    docs: Sequence[ConllDocument], predict: Predictor
) -> dict[str, Any]:
    """Entity-level exact precision, recall and F1 per label and overall."""
    tp = dict.fromkeys(LABELS, 0)
    fp = dict.fromkeys(LABELS, 0)
    fn = dict.fromkeys(LABELS, 0)
    started = time.perf_counter()
    tokens = 0
    for doc in docs:
        predicted = {e for e in predict(doc.text) if e[2] in LABELS}
        tokens += doc.tokens
        for e in predicted:
            if e in doc.entities:
                tp[e[2]] += 1
            else:
                fp[e[2]] += 1
        for e in doc.entities:
            if e not in predicted:
                fn[e[2]] += 1
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {"documents": len(docs), "tokens": tokens, "seconds": seconds}
    for label in (*LABELS, "ALL"):
        t = sum(tp.values()) if label == "ALL" else tp[label]
        p_ = sum(fp.values()) if label == "ALL" else fp[label]
        n_ = sum(fn.values()) if label == "ALL" else fn[label]
        precision = t / (t + p_) if t + p_ else 0.0
        recall = t / (t + n_) if t + n_ else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = {
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": t, "fp": p_, "fn": n_,
        }
    return result


def format_report(results: dict[str, dict[str, Any]]) -> str:
    """A table of F1 (P/R) per label, one column per system."""
    names = list(results)
    lines = ["label  " + "".join(f"{n:>28}" for n in names)]
    for label in (*LABELS, "ALL"):
        row = f"{label:<7}"
        for n in names:
            r = results[n][label]
            row += f"{r['f1']:>10.3f} (P {r['precision']:.3f} R {r['recall']:.3f})"
        lines.append(row)
    row = f"{'words/s':<7}"
    for n in names:
        r = results[n]
        row += f"{r['tokens'] / r['seconds'] if r['seconds'] else 0.0:>28,.0f}"
    lines.append(row)
    return "\n".join(lines)


def add_parser(sub: Any) -> None:
    """Register ``newskit evaluate actors``."""
    parser = sub.add_parser(
        "actors",
        help="score actor extraction as named-entity recognition (CoNLL-2003)",
        description=(
            "Score the actors layer against a CoNLL-2003 file: entity-level exact "
            "precision, recall and F1 for PER, ORG and LOC."
        ),
    )
    parser.add_argument("--conll", required=True, type=Path, help="a CoNLL-2003 file (eng.testa)")
    parser.add_argument("--use", action="append", default=[], metavar="EXTRACTOR",
                        help="score this extractor instead of the built-in one (spacy-actors)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=_run)


def _run(args: Any) -> int:
    if not args.conll.is_file():
        print(f"not a file: {args.conll}", file=sys.stderr)
        return 2
    docs = read_conll(args.conll)[: args.limit]
    if not docs:
        print("no documents found", file=sys.stderr)
        return 1
    name = ",".join(args.use) or "actors"
    result = score(docs, newskit_predictor(args.use))
    if args.json:
        print(json.dumps({name: result}, indent=2, sort_keys=True))
    else:
        print(f"{len(docs)} documents, {result['tokens']} tokens")
        print(format_report({name: result}))
    return 0
