"""Actors: people, organisations, media, places and groups, one actor per entity.

The built-in extractor (:class:`ActorExtractor`, name ``actors``) is rule-based:
lexicons shipped as data (see docs/lexicons.md) and patterns of capitalisation,
titles and appositions. Its output, the ``actors`` layer, is the article's
mention index (:class:`newskit.mentions.MentionIndex`).
"""

from __future__ import annotations

from .extractor import ActorExtractor, find_actors
from .lexicon import ActorLexicon

__all__ = ["ActorExtractor", "ActorLexicon", "find_actors"]
