"""newskit plugin: ``spacy-actors``, an actors extractor backed by a spaCy pipeline.

Pick it with ``newskit analyze --use spacy-actors`` (or ``pipeline(use=["spacy-actors"])``):
it then replaces the built-in ``actors`` extractor. The pipeline is chosen by the
``model`` argument, the ``NEWSKIT_SPACY_MODEL`` environment variable, or defaults to
``en_core_web_sm``; spaCy is imported at the first article, not at registration.
"""

from __future__ import annotations

from typing import Any

from newskit import hookimpl

from .extractor import DEFAULT_MODEL, SpacyActorExtractor

__all__ = ["DEFAULT_MODEL", "SpacyActorExtractor"]
__version__ = "0.1.0"


@hookimpl
def newskit_register_extractors(lexicons: Any) -> list[Any]:
    return [SpacyActorExtractor(lexicons=lexicons)]
