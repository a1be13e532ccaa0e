"""Built-in plugin ``events``: events from quotes and a trigger lexicon (logic in
:mod:`newskit.events`)."""

from __future__ import annotations

from typing import Any

from newskit.hookspecs import hookimpl


@hookimpl
def newskit_register_extractors(lexicons: Any) -> list[object]:
    from newskit.events import EventExtractor

    return [EventExtractor(lexicons)]
