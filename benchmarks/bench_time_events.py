"""Speed of the ``timexes`` and ``events`` extractors on PolNeAR dev texts.

Both extractors together, single process, after one warm-up pass; their input
layers (structure, actors, quotes) are computed beforehand and not timed. The
publication date of each article (``metadata.tsv``) is its anchor. When
``dateparser`` is installed, its ``search_dates`` runs on the same texts in the
same process for comparison (articles per second), and its relaxed and value F1
on the TempEval-3 training documents are printed next to ours.

    python benchmarks/bench_time_events.py [--repeat N] [--profile]

Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))


def load_articles() -> list[Any]:
    from newskit.types import Article

    directory = CORPUS / "polnear" / "dev" / "text"
    dates: dict[str, dt.date] = {}
    meta = CORPUS / "polnear" / "metadata.tsv"
    if meta.is_file():
        lines = meta.read_text(encoding="utf-8").splitlines()
        header = lines[0].split("\t")
        for line in lines[1:]:
            row = dict(zip(header, line.split("\t"), strict=False))
            with contextlib.suppress(KeyError, ValueError):
                dates[row["filename"]] = dt.date.fromisoformat(row["publication_date"])
    return [
        Article(id=p.stem, text=p.read_text(encoding="utf-8"), published=dates.get(p.stem))
        for p in sorted(directory.glob("*.txt"))
    ]


def _layers(registry: Any, article: Any, names: list[str]) -> dict[str, tuple[Any, ...]]:
    layers: dict[str, tuple[Any, ...]] = {}
    for name in names:
        try:
            component = registry.get("extractors", name).component
        except Exception:
            continue
        layers.update(component.extract(article, layers))
    return layers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over the texts")
    parser.add_argument("--profile", action="store_true", help="profile with pyinstrument")
    args = parser.parse_args()
    if not (CORPUS / "polnear" / "dev" / "text").is_dir():
        print(f"bench_time_events: corpus not found at {CORPUS}; skipped")
        return 0
    from newskit.testing import make_registry

    registry = make_registry()
    articles = load_articles()
    timexes = registry.get("extractors", "timexes").component
    try:
        events = registry.get("extractors", "events").component
    except Exception:
        events = None
    inputs = []
    for article in articles:
        layers = _layers(registry, article, ["structure", "actors", "quotes"])
        layers.setdefault("actors", ())
        layers.setdefault("quotes", ())
        inputs.append((article, layers))

    def one_pass() -> int:
        count = 0
        for article, layers in inputs:
            out = dict(layers)
            out.update(timexes.extract(article, out))
            count += len(out["timexes"])
            if events is not None:
                count += len(events.extract(article, out)["events"])
        return count

    one_pass()  # warm-up: compiled patterns, lexicons
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
        one_pass()
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))
        return 0
    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        found = one_pass()
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    n = len(inputs)
    what = "timexes + events" if events is not None else "timexes (events not registered)"
    print(f"{what}: {n} PolNeAR dev articles, {found} items, best of {args.repeat}: "
          f"{best * 1000:.1f} ms wall, {n / best:,.0f} articles/s; "
          f"{best_cpu * 1000:.1f} ms CPU, {n / best_cpu:,.0f} articles per CPU second")
    _dateparser(articles)
    return 0


def _dateparser(articles: list[Any]) -> None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: comparison skipped")
        return
    import warnings

    warnings.simplefilter("ignore")
    start = time.perf_counter()
    for article in articles:
        settings = {"RELATIVE_BASE": dt.datetime.combine(article.published, dt.time())} \
            if article.published else {}
        try:
            search_dates(article.text, languages=["en"], settings=settings)
        except Exception:
            continue
    elapsed = time.perf_counter() - start
    print(f"dateparser search_dates: {len(articles)} articles in {elapsed * 1000:.0f} ms, "
          f"{len(articles) / elapsed:,.1f} articles/s")
    tempeval = [CORPUS / "tempeval3" / "timebank", CORPUS / "tempeval3" / "aquaint"]
    if all(d.is_dir() for d in tempeval):
        from newskit.evaluation.timexes import read_dirs, run_newskit, score

        docs = read_dirs(tempeval)
        ours = score(docs, run_newskit)
        theirs = score(docs, _dateparser_predict)
        print("TempEval-3 training documents (TimeBank + AQUAINT):")
        for label, fig in (("newskit", ours), ("dateparser", theirs)):
            print(f"  {label:11} relaxed F1 {fig['relaxed']['f1']:.3f}  "
                  f"value F1 {fig['value_f1']:.3f}  type F1 {fig['type_f1']:.3f}")


def _dateparser_predict(doc: Any) -> list[tuple[int, int, str, str | None]]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(doc.dct, dt.time()) if doc.dct else None
    settings: dict[str, Any] = {"RELATIVE_BASE": base} if base else {}
    try:
        hits = search_dates(doc.text, languages=["en"], settings=settings) or []
    except Exception:
        return []
    out = []
    pos = 0
    for phrase, value in hits:
        i = doc.text.find(phrase, pos)
        if i < 0:
            continue
        pos = i + len(phrase)
        out.append((i, i + len(phrase), "DATE", value.date().isoformat()))
    return out


if __name__ == "__main__":
    sys.exit(main())
