"""Time expressions and events: accuracy figures.

* TempEval-3 task A on the TimeBank and AQUAINT training documents
  (``../shared/corpus/tempeval3``): strict and relaxed span P/R/F1, type and
  value F1 (relaxed F1 × attribute accuracy), per corpus and together; the same
  figures ``newskit evaluate timexes --timeml DIR`` prints.
* The seed article: its gold time expressions (text and value) and gold events
  (trigger, participants, time value, place, status), full pipeline.

Run: ``python benchmarks/eval_timexes.py [--errors N]`` (skips when the corpus
is absent). ``--errors N`` lists N misses, spurious and wrong values.
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


def tempeval(errors: int) -> None:
    from newskit.evaluation.timexes import format_report, read_dirs, run_newskit, score

    dirs = [CORPUS / "tempeval3" / "timebank", CORPUS / "tempeval3" / "aquaint"]
    if not all(d.is_dir() for d in dirs):
        print("TempEval-3 documents not found; skipped")
        return
    for label, group in (("TimeBank", dirs[:1]), ("AQUAINT", dirs[1:]), ("both", dirs)):
        found: list[dict[str, Any]] = []
        figures = score(read_dirs(group), run_newskit, errors=found)
        print(f"== TempEval-3 task A, {label}")
        print(format_report(figures))
        if label == "both" and errors:
            for e in found[:errors]:
                print(json.dumps(e, ensure_ascii=False))


def seed() -> None:
    gold_path = CORPUS / "seed" / "nato-japan-office.gold.json"
    if not gold_path.is_file():
        print("seed article not found; skipped")
        return
    from newskit import analyze
    from newskit.testing import make_registry
    from newskit.types import Span

    gold = json.loads(gold_path.read_text("utf-8"))
    text = (CORPUS / "seed" / "nato-japan-office.txt").read_text("utf-8")
    analysis = analyze(text, id="seed", published="2023-05-04", registry=make_registry())
    values = {(t.span.text(text).lower(), t.value) for t in analysis.timexes}
    right = sum((g["text"].lower(), g["value"]) in values for g in gold["timexes"])
    print(f"== seed article: time expressions with the gold value: {right}/"
          f"{len(gold['timexes'])} (found {len(analysis.timexes)})")
    names = {a.id: a.name for a in analysis.actors}
    timex = {t.id: t.value for t in analysis.timexes}
    counts = {"found": 0, "participants": 0, "when": 0, "where": 0, "status": 0}
    totals = {"participants": 0, "when": 0, "where": 0, "status": 0}
    for g in gold["events"]:
        start = text.find(g["trigger"])
        span = Span(start=start, end=start + len(g["trigger"]))
        match = next((e for e in analysis.events if e.trigger.overlaps(span)), None)
        totals["participants"] += 1
        for key in ("when", "where", "status"):
            totals[key] += key in g
        if match is None:
            print(f"   missed: {g['what']}")
            continue
        counts["found"] += 1
        who = {names.get(p.actor) for p in match.participants}
        counts["participants"] += set(g["who"]) <= who
        if "when" in g:
            counts["when"] += (timex.get(match.when or "") or "").startswith(g["when"])
        if "where" in g:
            counts["where"] += names.get(match.where or "") == g["where"]
        if "status" in g:
            counts["status"] += match.status == g["status"]
    print(f"== seed article: gold events found {counts['found']}/{len(gold['events'])}; "
          f"all participants {counts['participants']}/{totals['participants']}, "
          f"time {counts['when']}/{totals['when']}, place {counts['where']}/"
          f"{totals['where']}, status {counts['status']}/{totals['status']} "
          f"(events found in all: {len(analysis.events)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list N TempEval errors")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"eval_timexes: corpus not found at {CORPUS}; skipped")
        return 0
    tempeval(args.errors)
    seed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
