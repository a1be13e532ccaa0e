"""Actor extraction as named-entity recognition on CoNLL-2003 ``eng.testa``.

Entity-level exact precision, recall and F1 for PER, ORG and LOC (person → PER,
organization and media → ORG, place → LOC), scored by
:mod:`newskit.evaluation.actors` for the built-in ``actors`` extractor and,
when the ``newskit-spacy`` plugin and a spaCy pipeline are installed, for
``spacy-actors``, side by side. Targets for the built-in extractor: PER ≥ 0.85,
LOC ≥ 0.80, ORG ≥ 0.60.

    python benchmarks/eval_actors.py [--split eng.testa] [--limit N]

Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))
TARGETS = {"PER": 0.85, "LOC": 0.80, "ORG": 0.60}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="eng.testa", help="file in conll2003/ (eng.testa)")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    args = parser.parse_args()
    path = CORPUS / "conll2003" / args.split
    if not path.is_file():
        print(f"eval_actors: {path} not found; skipped")
        return 0
    from newskit.evaluation.actors import format_report, newskit_predictor, read_conll, score

    docs = read_conll(path)[: args.limit]
    results = {"actors (built-in)": score(docs, newskit_predictor())}
    try:
        predictor = newskit_predictor(["spacy-actors"])
        predictor(docs[0].text)
    except Exception as exc:  # plugin, spaCy or its pipeline absent
        print(f"spacy-actors: not measured ({type(exc).__name__}: {exc})")
    else:
        results["spacy-actors"] = score(docs, predictor)
    tokens = results["actors (built-in)"]["tokens"]
    print(f"CoNLL-2003 {args.split}: {len(docs)} documents, {tokens:,} tokens; "
          "entity-level exact F1 (precision, recall)")
    print(format_report(results))
    built_in = results["actors (built-in)"]
    verdict = ", ".join(
        f"{label} {built_in[label]['f1']:.3f} {'>=' if built_in[label]['f1'] >= t else '<'} {t}"
        for label, t in TARGETS.items()
    )
    print(f"built-in vs targets: {verdict}")
    print("(words/s here include the structure extractor run before each actors extractor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
