"""newskit: news text in; structured, checkable facts out.

Quotes and their speakers, actors, time expressions and events, sourcing
scores — every item with character spans into the unmodified text, every
component a plugin.

The front door is :func:`analyze`::

    import newskit
    analysis = newskit.analyze("…", published="2023-05-04")

Importing newskit is cheap: nothing is loaded until it is used (names below
are resolved lazily), and no plugin is loaded before the first analysis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "HOOK_API_VERSION",
    "Actor",
    "Analysis",
    "Article",
    "Block",
    "ComponentError",
    "Event",
    "Failure",
    "Mention",
    "NewskitError",
    "Participant",
    "Pipeline",
    "Quote",
    "Registry",
    "Score",
    "Span",
    "TimeExpression",
    "__version__",
    "analyze",
    "analyze_many",
    "hookimpl",
    "load_articles",
]

_LAZY = {
    "HOOK_API_VERSION": "newskit.hookspecs",
    "hookimpl": "newskit.hookspecs",
    "Actor": "newskit.types",
    "Analysis": "newskit.types",
    "Article": "newskit.types",
    "Block": "newskit.types",
    "ComponentError": "newskit.types",
    "Event": "newskit.types",
    "Failure": "newskit.types",
    "Mention": "newskit.types",
    "Participant": "newskit.types",
    "Quote": "newskit.types",
    "Score": "newskit.types",
    "Span": "newskit.types",
    "TimeExpression": "newskit.types",
    "NewskitError": "newskit.errors",
    "Pipeline": "newskit.pipeline",
    "Registry": "newskit.plugins",
    "analyze": "newskit.api",
    "analyze_many": "newskit.api",
    "load_articles": "newskit.inputs",
}

if TYPE_CHECKING:
    from .api import analyze, analyze_many
    from .errors import NewskitError
    from .hookspecs import HOOK_API_VERSION, hookimpl
    from .inputs import load_articles
    from .pipeline import Pipeline
    from .plugins import Registry
    from .types import (
        Actor,
        Analysis,
        Article,
        Block,
        ComponentError,
        Event,
        Failure,
        Mention,
        Participant,
        Quote,
        Score,
        Span,
        TimeExpression,
    )


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'newskit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
