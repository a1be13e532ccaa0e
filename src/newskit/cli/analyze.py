"""``newskit analyze``: run the pipeline over files, directories or standard input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from newskit.types import Analysis, Failure


def _names(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "analyze",
        help="analyse articles and print the results",
        description=(
            "Analyse articles (.txt, .json, .jsonl, optionally .gz; directories are "
            "searched recursively; '-' reads standard input) and write one result per "
            "article: an analysis or an error record."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or -")
    parser.add_argument("-f", "--format", default="json",
                        help="output format: an exporter name (default: json)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write here instead of standard output (a directory for "
                        "multi-file formats)")
    parser.add_argument("--input-format", metavar="LOADER",
                        help="loader for every input (default: by file suffix; text for -)")
    parser.add_argument("--published", metavar="DATE",
                        help="publication date (ISO 8601) where the input gives none")
    parser.add_argument("--source", metavar="NAME", help="publisher where the input gives none")
    parser.add_argument("--language", metavar="CODE", help="language where the input gives none")
    parser.add_argument("--only", type=_names, metavar="NAMES",
                        help="run only these extractors (and what they require)")
    parser.add_argument("--skip", type=_names, default=[], metavar="NAMES",
                        help="do not run these extractors")
    parser.add_argument("--use", type=_names, default=[], metavar="NAMES",
                        help="add these extractors, replacing defaults that produce the same layers")
    parser.add_argument("--scorers", type=_names, metavar="NAMES",
                        help="run only these scorers (default: all; '' for none)")
    parser.add_argument("--strict", action="store_true",
                        help="treat a failing component as a failed article")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="worker processes (default: 1)")
    parser.add_argument("--unordered", action="store_true",
                        help="write results as they finish (with --jobs)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar, no summary line")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newskit.batch import run_batch
    from newskit.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, error
    from newskit.components import needs_directory, write_directory
    from newskit.errors import ConfigurationError
    from newskit.inputs import load_articles
    from newskit.plugins import Registry
    from newskit.serialize import parse_published

    if args.jobs < 1:
        error("--jobs must be at least 1")
        return EXIT_USAGE
    try:
        published = parse_published(args.published) if args.published else None
    except ValueError:
        error(f"--published: not an ISO 8601 date: {args.published!r}")
        return EXIT_USAGE
    registry = Registry()
    for failure in registry.failures:
        error(f"plugin {failure.name!r} not loaded: {failure.message}")
    exporter = registry.get("exporters", args.format).component
    pipeline = registry.pipeline(
        only=args.only, skip=args.skip, use=args.use, scorers=args.scorers, strict=args.strict
    )
    directory = needs_directory(exporter)
    if directory and not args.output:
        raise ConfigurationError(f"format {args.format!r} writes several files: give --output DIR")

    articles = load_articles(
        args.paths,
        registry=registry,
        input_format=args.input_format,
        published=published,
        source=args.source,
        language=args.language,
    )
    counts = {"analysed": 0, "failed": 0, "component_errors": 0}
    state = {"interrupted": False}
    progress = _progress(args)

    def results() -> Iterator[Analysis | Failure]:
        try:
            for result in run_batch(articles, pipeline, jobs=args.jobs,
                                    ordered=not args.unordered):
                if isinstance(result, Failure):
                    counts["failed"] += 1
                    where = result.input if result.line is None else f"{result.input}:{result.line}"
                    who = f" [{result.component}]" if result.component else ""
                    progress.clear()
                    error(f"{where}{who}: {result.message}")
                else:
                    counts["analysed"] += 1
                    if result.errors:
                        counts["component_errors"] += 1
                        for err in result.errors:
                            progress.clear()
                            error(f"{result.article.id}: component {err.component!r} "
                                  f"(plugin {err.plugin!r}): {err.message}")
                progress.update(counts["analysed"] + counts["failed"])
                yield result
        except KeyboardInterrupt:
            state["interrupted"] = True

    with ExitStack() as stack:
        if directory:
            write_directory(exporter, results(), Path(args.output))
        else:
            if args.output:
                stream = stack.enter_context(open(args.output, "w", encoding="utf-8"))
            else:
                stream = sys.stdout
            exporter.write(results(), stream)
            stream.flush()
    progress.close()
    total = counts["analysed"] + counts["failed"]
    if not args.quiet and (total > 1 or counts["failed"] or state["interrupted"]):
        print(
            f"newskit: {total} input(s): {counts['analysed']} analysed, {counts['failed']} failed"
            f"{', interrupted' if state['interrupted'] else ''}",
            file=sys.stderr,
        )
    if state["interrupted"]:
        return EXIT_INTERRUPTED
    if counts["failed"] or counts["component_errors"]:
        return EXIT_FAILED
    return EXIT_OK


class _NoProgress:
    def update(self, done: int) -> None:
        pass

    def clear(self) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(args: argparse.Namespace) -> Any:
    if args.quiet or not sys.stderr.isatty():
        return _NoProgress()
    from newskit.progress import Progress

    return Progress(sys.stderr)
