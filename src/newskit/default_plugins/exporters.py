"""Built-in exporters: JSON and JSON Lines, the output contract."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from newskit.components import Result
from newskit.hookspecs import hookimpl
from newskit.serialize import dumps


class JsonExporter:
    """One JSON object for one article, a JSON array for several (streamed)."""

    name = "json"
    suffix = ".json"
    media_type = "application/json"

    def __init__(self, indent: int | None = 2) -> None:
        self.indent = indent

    def _dump(self, result: Result) -> str:
        return dumps(result, indent=self.indent)

    def write(self, results: Iterable[Result], stream: IO[str]) -> None:
        iterator = iter(results)
        first = next(iterator, None)
        if first is None:
            stream.write("[]\n")
            return
        second = next(iterator, None)
        if second is None:
            stream.write(self._dump(first) + "\n")
            return
        stream.write("[\n" + self._dump(first))
        stream.write(",\n" + self._dump(second))
        stream.flush()
        for result in iterator:
            stream.write(",\n" + self._dump(result))
            stream.flush()
        stream.write("\n]\n")


class JsonLinesExporter:
    """One JSON object per line: an analysis, or an error record for a failed input."""

    name = "jsonl"
    suffix = ".jsonl"
    media_type = "application/jsonl"

    def write(self, results: Iterable[Result], stream: IO[str]) -> None:
        for result in results:
            stream.write(dumps(result) + "\n")
            stream.flush()


@hookimpl
def newskit_register_exporters() -> list[object]:
    return [JsonExporter(), JsonLinesExporter()]
