"""newskit-readability: readability scores as a newskit plugin.

Registered through the ``newskit`` entry point; provides one scorer,
``readability``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newskit import hookimpl

from .scorer import ReadabilityScorer

__version__ = "0.1.0"
__all__ = ["ReadabilityScorer", "newskit_register_scorers"]


@hookimpl
def newskit_register_scorers() -> Iterable[Any]:
    return [ReadabilityScorer()]
