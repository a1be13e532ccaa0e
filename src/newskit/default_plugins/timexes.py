"""Built-in plugin ``timexes``: time expressions (logic in :mod:`newskit.timex`)."""

from __future__ import annotations

from typing import Any

from newskit.hookspecs import hookimpl


@hookimpl
def newskit_register_extractors(lexicons: Any) -> list[object]:
    from newskit.timex import TimexExtractor

    return [TimexExtractor(lexicons)]
