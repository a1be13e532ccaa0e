"""run_batch / analyze_many: one result per input, in order, the same with workers."""

from __future__ import annotations

import multiprocessing
import os
from typing import Any

import pytest

import newskit
from newskit import hookimpl
from newskit.batch import Job, PipelineRecipe, _chunks, run_batch
from newskit.serialize import result_to_dict
from newskit.testing import make_registry
from newskit.types import Article, Failure, Span

TEXTS = [
    'Mayor Lena Frost said on Tuesday that the bridge would reopen in May. "It is safe," '
    "she told reporters.",
    "The council met on 3 March 2024 in Dunmore.\n\nAccording to officials, the vote was close.",
    "Short one.",
    '"We will not wait," said Omar Haddad, the union leader, after talks broke down.',
]


def articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"{TEXTS[i % len(TEXTS)]} Item {i}.") for i in range(n)]


def as_dicts(results: Any) -> list[dict[str, Any]]:
    return [result_to_dict(r) for r in results]


@pytest.fixture(scope="module")
def pipeline() -> Any:
    return make_registry().pipeline()


def test_one_result_per_input_in_order(pipeline: Any) -> None:
    items: list[Any] = articles(30)
    items.insert(5, Failure(input="bad.txt", message="not valid UTF-8"))
    results = list(run_batch(items, pipeline))
    assert len(results) == 31
    assert isinstance(results[5], Failure)
    ids = [r.article.id for r in results if not isinstance(r, Failure)]
    assert ids == [f"a{i}" for i in range(30)]


def test_workers_give_the_same_records_in_order(pipeline: Any) -> None:
    items: list[Any] = articles(60)
    items.insert(17, Failure(input="x.jsonl", line=3, message="malformed JSON"))
    one = as_dicts(run_batch(items, pipeline))
    two = as_dicts(run_batch(items, pipeline, jobs=2, chunk_size=3))
    assert two == one


def test_unordered_gives_the_same_set(pipeline: Any) -> None:
    items = articles(40)
    one = as_dicts(run_batch(items, pipeline))
    two = as_dicts(run_batch(items, pipeline, jobs=2, ordered=False, chunk_size=2))
    key = lambda d: d["article"]["id"]  # noqa: E731
    assert sorted(two, key=key) == sorted(one, key=key)


def test_analyze_many_with_jobs_is_a_lazy_iterator() -> None:
    registry = make_registry()
    results = newskit.analyze_many(iter(TEXTS * 5), registry=registry, jobs=2)
    assert iter(results) is results
    first = next(results)
    assert not isinstance(first, Failure)
    assert first.article.id == "article-1"
    rest = list(results)
    assert len(rest) == 19
    single = list(newskit.analyze_many(TEXTS * 5, registry=registry))
    assert as_dicts([first, *rest]) == as_dicts(single)


def test_input_is_consumed_lazily(pipeline: Any) -> None:
    """A bounded window: the stream is not read ahead of the results."""
    consumed = 0

    def stream() -> Any:
        nonlocal consumed
        for article in articles(10_000):
            consumed += 1
            yield article

    results = run_batch(stream(), pipeline, jobs=2, chunk_size=4, window=3)
    for _ in range(5):
        next(results)
    results.close()  # type: ignore[attr-defined]
    assert consumed <= 5 + 4 * 4


def test_closing_early_stops_the_workers(pipeline: Any) -> None:
    results = run_batch(articles(5_000), pipeline, jobs=2)
    next(results)
    results.close()  # type: ignore[attr-defined]
    assert multiprocessing.active_children() == []


def test_long_articles_get_their_own_chunk() -> None:
    jobs = [Job(item=a) for a in articles(5)]
    long = Job(item=Article(id="long", text="x" * 300_000))
    chunks = list(_chunks([*jobs[:2], long, *jobs[2:]], 8))
    assert [len(c) for c in chunks] == [3, 3]
    assert chunks[0][-1] is long


class Crasher:
    """Kills the worker process on articles that ask for it."""

    name = "crasher"
    requires = ()
    produces = ()

    def extract(self, article: Article, layers: Any) -> dict[str, tuple[Any, ...]]:
        if "CRASH" in article.text and os.getpid() != PARENT:
            os._exit(3)
        return {}


class Raiser:
    name = "raiser"
    requires = ()
    produces = ()

    def extract(self, article: Article, layers: Any) -> dict[str, tuple[Any, ...]]:
        if "RAISE" in article.text:
            raise RuntimeError("boom")
        return {}


PARENT = os.getpid()


class Plugin:
    @hookimpl
    def newskit_register_extractors(self) -> list[Any]:
        return [Crasher(), Raiser()]


@pytest.fixture(scope="module")
def test_registry() -> Any:
    return make_registry(Plugin(), defaults=False)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_worker_that_dies_costs_only_its_article(test_registry: Any) -> None:
    pipeline = test_registry.pipeline(extractors=["crasher"])
    items = [Article(id=f"n{i}", text=f"text {i}") for i in range(40)]
    items[13] = Article(id="boom", text="CRASH now")
    results = list(run_batch(items, pipeline, jobs=2, chunk_size=4))
    assert len(results) == 40
    failed = [r for r in results if isinstance(r, Failure)]
    assert [f.article_id for f in failed] == ["boom"]
    assert failed[0].error_type == "WorkerDied"
    assert [getattr(r, "article", None) and r.article.id for r in results][:13] == [
        f"n{i}" for i in range(13)
    ]
    assert multiprocessing.active_children() == []


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_worker_that_dies_on_a_lazy_line_names_its_file_line_and_article(
    test_registry: Any, tmp_path: Any
) -> None:
    # JSON Lines records travel unparsed (LazyJob) and are parsed in the worker; the
    # error record of the one that kills a worker still names its file, line and id.
    from newskit.inputs import read_jobs

    path = tmp_path / "in.jsonl"
    lines = [f'{{"id": "n{i}", "text": "text {i}"}}' for i in range(20)]
    lines[9] = '{"id": "boom", "text": "CRASH now"}'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pipeline = test_registry.pipeline(extractors=["crasher"])
    items = read_jobs([str(path)], registry=make_registry())
    results = list(run_batch(items, pipeline, jobs=2, chunk_size=4))
    assert len(results) == 20
    failed = [r for r in results if isinstance(r, Failure)]
    assert [(f.article_id, f.input, f.line, f.error_type) for f in failed] == [
        ("boom", str(path), 10, "WorkerDied")
    ]
    assert multiprocessing.active_children() == []


def test_strict_failure_names_input_line_and_component(test_registry: Any) -> None:
    pipeline = test_registry.pipeline(extractors=["raiser"], strict=True)
    jobs = [
        Job(item=Article(id="ok", text="fine"), input="in.jsonl", line=1),
        Job(item=Article(id="bad", text="RAISE"), input="in.jsonl", line=2),
    ]
    for n in (1, 2):
        ok, bad = run_batch(jobs, pipeline, jobs=n)
        assert not isinstance(ok, Failure)
        assert isinstance(bad, Failure)
        assert (bad.input, bad.line, bad.article_id, bad.component) == (
            "in.jsonl", 2, "bad", "raiser"
        )
        assert "boom" in bad.message


def test_non_strict_failure_is_kept_in_the_analysis(test_registry: Any) -> None:
    pipeline = test_registry.pipeline(extractors=["raiser"])
    (result,) = run_batch([Article(id="bad", text="RAISE")], pipeline, jobs=2)
    assert not isinstance(result, Failure)
    assert [e.component for e in result.errors] == ["raiser"]


def test_recipe_is_small_hashable_and_builds_once() -> None:
    recipe = PipelineRecipe(skip=[], scorers=[], entrypoints=False)
    assert recipe == PipelineRecipe(scorers=(), entrypoints=False)
    assert hash(recipe) == hash(PipelineRecipe(scorers=(), entrypoints=False))
    assert recipe.build() is recipe.build()
    default = make_registry().pipeline(scorers=[])
    assert recipe.build().names == default.names


@pytest.mark.slow
def test_spawned_workers_build_the_pipeline_from_a_recipe(pipeline: Any) -> None:
    recipe = PipelineRecipe(entrypoints=False)
    items = articles(12)
    expected = as_dicts(run_batch(items, pipeline))
    spawned = as_dicts(run_batch(items, recipe, jobs=2, start_method="spawn"))
    assert spawned == expected
    # A pipeline object is sent as is, or as its recipe when it cannot be pickled.
    spawned = as_dicts(run_batch(items, pipeline, jobs=2, start_method="spawn"))
    assert spawned == expected


def test_recipe_of_a_pipeline_rebuilds_it() -> None:
    pipeline = make_registry().pipeline(only=["structure"], scorers=[], strict=True)
    recipe = PipelineRecipe.from_pipeline(pipeline, entrypoints=False)
    rebuilt = recipe.build()
    assert rebuilt.names == pipeline.names
    assert rebuilt.strict and not rebuilt.scorers


def test_bad_arguments(pipeline: Any) -> None:
    with pytest.raises(ValueError):
        list(run_batch([], pipeline, jobs=0))
    with pytest.raises(ValueError):
        list(run_batch([], pipeline, chunk_size=0))


def test_spans_of_batch_results_fit(pipeline: Any) -> None:
    for result in run_batch(articles(8), pipeline, jobs=2):
        assert not isinstance(result, Failure)
        assert all(isinstance(s, Span) for _, s in result.spans())
        assert result.check_spans() == []


def test_a_chunk_refused_by_a_broken_pool_is_recovered_not_raised() -> None:
    # A worker can die between two submissions: the pool then refuses new work
    # before the chunk in flight reports the death. The refusal must become a
    # failed future that the recovery path handles, never an exception that ends
    # the batch.
    from concurrent.futures.process import BrokenProcessPool

    from newskit.batch import _Parallel

    class BrokenPool:
        def submit(self, *args: Any) -> Any:
            raise BrokenProcessPool("a child process terminated abruptly")

    parallel = _Parallel(
        PipelineRecipe(skip=[], scorers=[], entrypoints=False), lambda r: r,
        workers=1, ordered=True, chunk_size=1, window=1, start_method="spawn",
    )
    parallel.pool = BrokenPool()  # type: ignore[assignment]
    future = parallel._submit([])
    assert isinstance(future.exception(), BrokenProcessPool)


def _freeze_count(result: Any) -> int:
    import gc

    return gc.get_freeze_count()


def test_a_batch_leaves_the_garbage_collector_as_it_found_it(pipeline: Any) -> None:
    import gc

    assert gc.get_freeze_count() == 0
    # After the first article the long-lived objects are frozen (the speed-up) ...
    counts = list(run_batch(articles(3), pipeline, encode=_freeze_count))
    assert counts[0] == 0 and counts[1] > 0
    # ... and unfrozen when the batch ends, or is abandoned half-way.
    assert gc.get_freeze_count() == 0
    batch = run_batch(articles(5), pipeline)
    next(batch), next(batch)
    assert gc.get_freeze_count() > 0
    batch.close()
    assert gc.get_freeze_count() == 0


def test_a_batch_does_not_unfreeze_what_the_caller_froze(pipeline: Any) -> None:
    import gc

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        list(run_batch(articles(3), pipeline))
        # (objects that died since have left the frozen set; the rest stays frozen)
        assert gc.get_freeze_count() > frozen // 2 > 0
    finally:
        gc.unfreeze()


def test_workers_freeze_what_they_inherit(pipeline: Any) -> None:
    counts = list(run_batch(articles(4), pipeline, jobs=2, chunk_size=1, encode=_freeze_count))
    assert len(counts) == 4 and all(c > 0 for c in counts)


def test_the_warm_up_before_forking_is_frozen_and_unfrozen_at_the_end(pipeline: Any) -> None:
    # The parent freezes what its warm-up left alive before the collector resumes (no
    # pass over the new lexicons and patterns), so the workers inherit it frozen; the
    # parent unfreezes it when the batch ends or is abandoned.
    import gc

    from newskit.batch import default_start_method

    if default_start_method() != "fork":
        pytest.skip("no warm-up without fork")
    assert gc.get_freeze_count() == 0
    batch = run_batch(articles(4), pipeline, jobs=2, chunk_size=1)
    next(batch)
    assert gc.get_freeze_count() > 0 and gc.isenabled()
    batch.close()
    assert gc.get_freeze_count() == 0
    assert len(list(run_batch(articles(3), pipeline, jobs=2, chunk_size=1))) == 3
    assert gc.get_freeze_count() == 0 and gc.isenabled()
