"""Figures for the scorers on brat-annotated attribution data (PolNeAR).

``python -m newskit.scoring.evaluate [CORPUS_DIR] [--split dev] [--limit N]``
runs the default pipeline over ``CORPUS_DIR/polnear/SPLIT`` and prints:

* **voice split**: words inside the predicted quotes' parts (the scorers'
  "quoted voice") against words inside the gold attribution contents:
  precision, recall and F1 of quoted-voice words;
* **lexicon matches by voice**: of the hedges, boosters and persuasion cues
  found, the share put in the same voice as the gold contents would put them;
* **cue lexicon coverage**: the share of gold cue spans the ``cues`` lexicon
  classifies (neutral or evaluative), and the evaluative share among them;
* **speed**: milliseconds per article for the three scorers alone.

It prints a message and exits 0 when the corpus is absent.
"""

from __future__ import annotations

import argparse
import bisect
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

__all__ = ["evaluate", "main"]


def _inside(starts: list[int], spans: list[tuple[int, int]], position: int) -> bool:
    i = bisect.bisect_right(starts, position) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def evaluate(corpus: Path, *, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    """The figures as a dict (see the module docstring)."""
    from newskit.evaluation.quotes import load_documents
    from newskit.scoring import AttributionScorer, LanguageScorer, SourcingScorer
    from newskit.scoring.language import LEXICONS
    from newskit.scoring.sources import _word_pattern
    from newskit.testing import make_registry
    from newskit.types import Article

    base = corpus / "polnear" / split
    docs = load_documents(base / "text", base / "attributions", limit=limit)
    registry = make_registry()
    pipeline = registry.pipeline(scorers=[])
    lexicons = registry.lexicons
    language = LanguageScorer(lexicons)
    attribution = AttributionScorer(lexicons)
    scorers: list[Any] = [SourcingScorer(lexicons), attribution, language]
    words = Counter[str]()
    matches = Counter[str]()
    cues = Counter[str]()
    scoring_seconds = 0.0
    for doc in docs:
        analysis = pipeline.run(Article(id=doc.name, text=doc.text))
        start = time.perf_counter()
        for scorer in scorers:
            list(scorer.score(analysis))
        scoring_seconds += time.perf_counter() - start
        gold = _merge([f for g in doc.gold for f in g.content])
        pred = _merge([(p.start, p.end) for q in analysis.quotes for p in q.parts])
        gs, ps = [a for a, _ in gold], [a for a, _ in pred]
        for m in _word_pattern().finditer(doc.text):
            g = _inside(gs, gold, m.start())
            p = _inside(ps, pred, m.start())
            words["tp" if g and p else "fn" if g else "fp" if p else "tn"] += 1
        for lexicon in LEXICONS:
            for match in language.matcher(lexicon).find(doc.text):
                g = _inside(gs, gold, match.span.start)
                p = _inside(ps, pred, match.span.start)
                matches["agree" if g == p else "disagree"] += 1
                matches[f"{lexicon}.{'quoted' if g else 'own'}"] += 1
        for attr in doc.gold:
            if attr.cue is None:
                continue
            text = " ".join(doc.text[a:b] for a, b in attr.cue)
            label, _ = attribution.classify(" ".join(text.split()))
            cues[label] += 1
    precision = words["tp"] / (words["tp"] + words["fp"]) if words["tp"] + words["fp"] else 0.0
    recall = words["tp"] / (words["tp"] + words["fn"]) if words["tp"] + words["fn"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total_matches = matches["agree"] + matches["disagree"]
    classified = cues["neutral"] + cues["evaluative"]
    total_cues = classified + cues["unknown"]
    return {
        "split": split,
        "articles": len(docs),
        "gold_attributions": sum(len(d.gold) for d in docs),
        "voice_words": {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "gold_quoted_share": round(
                (words["tp"] + words["fn"]) / max(sum(words.values()), 1), 3
            ),
        },
        "lexicon_matches": {
            "total": total_matches,
            "voice_agreement": round(matches["agree"] / total_matches, 3)
            if total_matches else 0.0,
            "by_gold_voice": {k: v for k, v in sorted(matches.items()) if "." in k},
        },
        "gold_cues": {
            "total": total_cues,
            "classified": round(classified / total_cues, 3) if total_cues else 0.0,
            "evaluative_share": round(cues["evaluative"] / classified, 3) if classified else 0.0,
        },
        "scoring_ms_per_article": round(1000 * scoring_seconds / max(len(docs), 1), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newskit.scoring.evaluate",
                                     description=__doc__.split("\n\n")[0])
    default = Path(os.environ.get("NEWSKIT_CORPUS", "../shared/corpus"))
    parser.add_argument("corpus", nargs="?", type=Path, default=default)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    if not (args.corpus / "polnear" / args.split).is_dir():
        print(f"PolNeAR {args.split} not found under {args.corpus}; nothing to evaluate")
        return 0
    import json

    print(json.dumps(evaluate(args.corpus, split=args.split, limit=args.limit), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
