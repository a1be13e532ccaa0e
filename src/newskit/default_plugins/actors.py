"""Built-in plugin ``actors``: people, organisations, media and places (logic in
:mod:`newskit.actors`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newskit.hookspecs import hookimpl

if TYPE_CHECKING:
    from newskit.lexicons import Lexicons


@hookimpl
def newskit_register_extractors(lexicons: Lexicons) -> list[object]:
    from newskit.actors import ActorExtractor

    return [ActorExtractor(lexicons)]
