"""Quotes and their speakers: quotation-mark pairing (:mod:`.marks`), the cue
lexicon (:mod:`.lexicon`), attribution frames (:mod:`.extractor`) and speaker
resolution (:mod:`.speakers`). The extractor is registered by
:mod:`newskit.default_plugins.quotes`; see ``docs/quotes.md``."""

from __future__ import annotations

from .extractor import QuoteExtractor, find_quotes
from .marks import pair_marks

__all__ = ["QuoteExtractor", "find_quotes", "pair_marks"]
