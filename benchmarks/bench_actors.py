"""Speed of actor extraction on PolNeAR dev texts.

The built-in ``actors`` extractor alone (its input layers, blocks and
sentences, are computed beforehand and not timed), single process: articles per
second, milliseconds per article and words per second by CPU time (process time,
so that other work on a shared machine does not count), best of ``--repeat``
passes after one warm-up pass, each meeting the dev articles as new text (the
cross-article memos emptied and refilled on PolNeAR train articles before it:
``benchmarks/memos.py``); the rate of passes repeated over the same articles,
memos full of them, is printed after it. When the spaCy plugin
(``newskit-spacy``) and a spaCy pipeline are installed, ``spacy-actors`` is
timed on the same texts and the ratio of words per second printed.

    python benchmarks/bench_actors.py [--repeat N] [--profile]

Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))


def load_texts() -> list[str]:
    directory = CORPUS / "polnear" / "dev" / "text"
    return [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over the texts")
    parser.add_argument("--profile", action="store_true", help="profile with pyinstrument")
    args = parser.parse_args()
    if not (CORPUS / "polnear" / "dev" / "text").is_dir():
        print(f"bench_actors: corpus not found at {CORPUS}; skipped")
        return 0
    from newskit.testing import make_registry
    from newskit.types import Article

    texts = load_texts()
    words = sum(len(t.split()) for t in texts)
    registry = make_registry()
    structure = registry.get("extractors", "structure").component
    actors = registry.get("extractors", "actors").component
    inputs = []
    for i, text in enumerate(texts):
        article = Article(id=f"d{i}", text=text)
        inputs.append((article, structure.extract(article, {})))
    for article, layers in inputs:  # warm-up: lexicons, compiled patterns
        actors.extract(article, layers)
    from memos import refill, train_texts

    warm = []
    for i, text in enumerate(train_texts()):
        article = Article(id=f"t{i}", text=text)
        warm.append((article, structure.extract(article, {})))

    def one_pass() -> None:
        # the memos emptied and refilled on train articles first (not timed; see
        # benchmarks/memos.py): the pass meets the dev articles as new text
        for article, layers in inputs:
            actors.extract(article, layers)

    def fresh() -> None:
        refill([actors], lambda item: actors.extract(*item), warm)

    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
        for _ in range(args.repeat):
            fresh()
            one_pass()
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))
        return 0
    best = float("inf")
    for _ in range(args.repeat):
        fresh()
        start = time.process_time()
        one_pass()
        best = min(best, time.process_time() - start)
    again = float("inf")
    for _ in range(3):
        start = time.process_time()
        one_pass()
        again = min(again, time.process_time() - start)
    builtin_wps = words / best
    print(f"PolNeAR dev: {len(texts)} articles, {words:,} words")
    print(f"built-in actors: {len(texts) / best:,.0f} articles/s, "
          f"{best * 1000 / len(texts):.3f} ms/article, {builtin_wps:,.0f} words/s "
          f"(CPU time, best of {args.repeat} passes, single process; the articles as new "
          f"text: memos refilled on {len(warm)} train articles before each pass)")
    print(f"the same articles passed again, memos full of them (as measured before "
          f"2026-11-30 02:00): {len(texts) / again:,.0f} articles/s, best of 3")
    try:
        from newskit.plugins import Registry

        full = Registry()
        spacy_actors = full.get("extractors", "spacy-actors").component
    except Exception as exc:  # plugin or spaCy absent
        print(f"spacy-actors: not measured ({type(exc).__name__}: {exc})")
        return 0
    try:
        spacy_actors.extract(*inputs[0])
    except Exception as exc:  # no spaCy pipeline installed
        print(f"spacy-actors: not measured ({type(exc).__name__}: {exc})")
        return 0
    start = time.process_time()
    for article, layers in inputs:
        spacy_actors.extract(article, layers)
    seconds = time.process_time() - start
    spacy_wps = words / seconds
    print(f"spacy-actors ({spacy_actors.pipeline_name}): {len(texts) / seconds:,.1f} articles/s, "
          f"{spacy_wps:,.0f} words/s")
    print(f"built-in / spaCy words per second: {builtin_wps / spacy_wps:,.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
