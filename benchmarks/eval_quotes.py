"""Quotes and their speakers: accuracy figures.

* PolNeAR dev (``../shared/corpus/polnear/dev``): the metrics of
  :mod:`newskit.evaluation.quotes` (the same as ``newskit evaluate quotes``)
  for the default pipeline (``structure`` → ``actors`` → ``quotes``).
  ``--split train`` scores the tuning split instead.
* The seed article (``../shared/corpus/seed``): the direct quotes found with
  the right speaker (actor name), parts and cue, and the indirect attributions
  of the gold file matched (same overlap rule) with the right speaker.

Run: ``python benchmarks/eval_quotes.py [--split dev|train] [--json]``; skips
(exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))


def _nws(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if not ch.isspace())


def _matches(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    shared = _nws(text, lo, hi) if hi > lo else 0
    shorter = min(_nws(text, *a), _nws(text, *b))
    return shorter > 0 and 2 * shared >= shorter


def seed_figures() -> dict[str, Any] | None:
    seed = CORPUS / "seed"
    text_path = seed / "nato-japan-office.txt"
    gold_path = seed / "nato-japan-office.gold.json"
    if not text_path.is_file() or not gold_path.is_file():
        return None
    from newskit import analyze
    from newskit.testing import make_registry

    text = text_path.read_text("utf-8")
    gold = json.loads(gold_path.read_text("utf-8"))
    analysis = analyze(text, id="nato-japan-office", published="2023-05-04",
                       registry=make_registry())
    names = {a.id: a.name for a in analysis.actors}
    direct_ok = []
    for g in gold["quotes"]:
        ok = False
        for q in analysis.quotes:
            if not _matches(text, (q.start, q.end), (g["start"], g["end"])):
                continue
            part_ok = q.parts[0].start == g["start"] and q.parts[-1].end == g["end"]
            cue_ok = q.cue is not None and q.cue.text(text) == g["cue"]
            sm = g["speaker_mention"]
            mention_ok = q.speaker_mention is not None and (
                q.speaker_mention.start, q.speaker_mention.end) == (sm["start"], sm["end"])
            ok = ok or (names.get(q.speaker) == g["speaker"] and part_ok and cue_ok
                        and mention_ok)
        direct_ok.append(ok)
    indirect_ok = []
    for g in gold["indirect_attributions"]:
        ok = any(
            _matches(text, (q.start, q.end), (g["start"], g["end"]))
            and (names.get(q.speaker) == g["speaker"] or (g["speaker"] is None and q.anonymous))
            for q in analysis.quotes
        )
        indirect_ok.append(ok)
    return {
        "direct_right": sum(direct_ok),
        "direct_gold": len(direct_ok),
        "indirect_right": sum(indirect_ok),
        "indirect_gold": len(indirect_ok),
        "quotes_found": len(analysis.quotes),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    polnear = CORPUS / "polnear" / args.split
    if not polnear.is_dir():
        print(f"skipped: PolNeAR not found at {polnear} (set NEWSKIT_CORPUS)")
        return 0
    from newskit.evaluation.quotes import evaluate, format_report, load_documents

    docs = load_documents(polnear / "text", polnear / "attributions", limit=args.limit)
    result = evaluate(docs)
    seed = seed_figures()
    if args.json:
        print(json.dumps({"polnear": result, "seed": seed}, indent=2, sort_keys=True))
        return 0
    print(f"PolNeAR {args.split} (quotes with structure and actors; "
          "command: newskit evaluate quotes)")
    print(format_report(result))
    if seed is not None:
        print("seed article:")
        print(f"  direct quotes with right speaker, mention, parts and cue: "
              f"{seed['direct_right']} / {seed['direct_gold']}")
        print(f"  indirect attributions matched with right speaker: "
              f"{seed['indirect_right']} / {seed['indirect_gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
