"""Built-in scorers: sourcing, attribution verbs, language (see docs/scores.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newskit.hookspecs import hookimpl

if TYPE_CHECKING:
    from newskit.lexicons import Lexicons


@hookimpl
def newskit_register_scorers(lexicons: Lexicons) -> list[object]:
    from newskit.scoring import AttributionScorer, LanguageScorer, SourcingScorer

    return [SourcingScorer(lexicons), AttributionScorer(lexicons), LanguageScorer(lexicons)]
