"""Built-in scorers: judgements about a finished analysis, each with its evidence.

* :class:`~newskit.scoring.sourcing.SourcingScorer` (``sourcing.*``): who is quoted, how much.
* :class:`~newskit.scoring.attribution.AttributionScorer` (``attribution.*``): neutral versus
  evaluative attribution cues.
* :class:`~newskit.scoring.language.LanguageScorer` (``language.*``): persuasion cues, hedges
  and boosters, in the article's own voice and in quoted voices.

Score names and lexicons are documented in ``docs/scores.md``.
"""

from __future__ import annotations

from .attribution import AttributionScorer
from .language import LanguageScorer
from .sourcing import SourcingScorer

__all__ = ["AttributionScorer", "LanguageScorer", "SourcingScorer"]
