from __future__ import annotations

from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "pages"


@pytest.fixture
def pages() -> Path:
    return PAGES
