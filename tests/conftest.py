"""Shared fixtures. The corpus (../shared/corpus) is not part of the repo: tests
that need it use the ``corpus`` fixture and skip cleanly where it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newskit.testing import make_registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def corpus_path() -> Path:
    return Path(os.environ.get("NEWSKIT_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = corpus_path()
    if not path.is_dir():
        pytest.skip(f"corpus not found at {path} (set NEWSKIT_CORPUS)")
    return path


@pytest.fixture(scope="session")
def seed_text(corpus: Path) -> str:
    return (corpus / "seed" / "nato-japan-office.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold(corpus: Path) -> dict:
    import json

    return json.loads((corpus / "seed" / "nato-japan-office.gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def registry():
    """The built-in plugins only (installed plugins are not loaded)."""
    return make_registry()


@pytest.fixture(scope="session")
def seed_analysis(seed_text: str, registry):
    from newskit import analyze

    return analyze(seed_text, id="nato-japan-office", published="2023-05-04",
                   registry=registry)


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
