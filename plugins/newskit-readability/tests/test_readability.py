"""The readability plugin, tested from the outside through newskit's public API."""

from __future__ import annotations

import subprocess
import sys

import newskit_readability
import pytest
from newskit_readability.scorer import ReadabilityScorer, syllables

from newskit import Analysis, Article, Span, analyze
from newskit.testing import ScorerContract, make_registry


@pytest.mark.parametrize(("word", "count"), [("cat", 1), ("table", 2), ("reading", 2),
                                             ("information", 4), ("make", 1)])
def test_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


def test_simple_text_is_easier_than_dense_text() -> None:
    simple = "The cat sat. The dog ran. We had fun."
    dense = ("Intergovernmental institutionalisation necessitates comprehensive "
             "multilateral consultations regarding organisational interoperability.")

    def ease(text: str) -> float:
        analysis = Analysis(article=Article(id="x", text=text),
                            sentences=[Span(start=0, end=len(text))])
        return next(iter(ReadabilityScorer().score(analysis))).value  # type: ignore[return-value]

    assert ease(simple) > 90 > 0 > ease(dense)


def test_scores_appear_in_the_output_when_registered() -> None:
    registry = make_registry(newskit_readability)
    text = "Officials met on Monday. They agreed to talk again. Nobody objected."
    analysis = analyze(text, registry=registry)
    score = analysis.score("readability.flesch_reading_ease")
    assert score is not None and isinstance(score.value, float)
    assert score.evidence and score.evidence[0].text(analysis.article)


def test_no_words_gives_an_explained_null() -> None:
    analysis = Analysis(article=Article(id="x", text="…"))
    (score,) = ReadabilityScorer().score(analysis)
    assert score.value is None and "no body sentences" in score.explanation


def test_installed_plugin_is_listed() -> None:
    out = subprocess.run([sys.executable, "-m", "newskit", "plugins", "--json"],
                         capture_output=True, text=True, check=True)
    assert '"readability"' in out.stdout


class TestReadabilityContract(ScorerContract):
    name = "readability"

    def make_registry(self):  # type: ignore[no-untyped-def]
        return make_registry(newskit_readability)
