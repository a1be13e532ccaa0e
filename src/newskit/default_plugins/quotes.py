"""Built-in plugin ``quotes``: direct, mixed and indirect quotes with their speakers
(logic in :mod:`newskit.quotes`)."""

from __future__ import annotations

from typing import Any

from newskit.hookspecs import hookimpl


@hookimpl
def newskit_register_extractors(lexicons: Any) -> list[object]:
    from newskit.quotes import QuoteExtractor

    return [QuoteExtractor(lexicons)]
