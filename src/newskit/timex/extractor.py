"""The ``timexes`` extractor: :class:`~newskit.types.TimeExpression` layer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newskit.textwords import span_pairs
from newskit.types import Article, Block, TimeExpression, trusted_span, trusted_timex

from .recognize import find_timexes

__all__ = ["TimexExtractor"]

# Block types whose text is not searched (photo credits: agencies and photographers).
SKIPPED_BLOCKS = frozenset({"credit"})


class TimexExtractor:
    """Time expressions with TIMEX3 types and values, ids ``t1``, ``t2``… in text order.

    Relative expressions are resolved against ``article.published``; without it
    they keep ``X`` placeholders and ``resolved=False``.
    """

    name = "timexes"
    requires = ("blocks", "sentences")
    produces = ("timexes",)

    def __init__(self, lexicons: Any = None) -> None:
        self.lexicons = lexicons

    def extract(self, article: Article, layers: Mapping[str, tuple[Any, ...]]) -> dict[
        str, tuple[TimeExpression, ...]
    ]:
        text = article.text
        anchor = article.published_date
        sentences = span_pairs(layers.get("sentences", ())).pairs
        blocks = [b for b in layers.get("blocks", ()) if isinstance(b, Block)]
        if blocks:
            segments = [(b.span.start, b.span.end) for b in blocks
                        if b.type not in SKIPPED_BLOCKS]
        else:
            segments = [(0, len(text))]
        found = find_timexes(text, anchor, segments=segments, sentences=sentences)
        out: list[TimeExpression] = []
        last_end = -1
        for f in found:
            if f.start < last_end:
                continue
            last_end = f.end
            # Trusted constructors: find_timexes gives 0 <= start <= end and TIMEX3 types.
            out.append(trusted_timex(
                id=f"t{len(out) + 1}", span=trusted_span(start=f.start, end=f.end),
                type=f.type, value=f.value, mod=f.mod, resolved=f.resolved,
            ))
        return {"timexes": tuple(out)}
