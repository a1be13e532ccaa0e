"""The ``newskit`` command line.

Each subcommand is a module of this package with ``add_parser(subparsers)``
and ``run(args) -> int``. Exit codes: 0 success; 1 some input or component
failed (results for the rest were written); 2 bad usage or configuration;
130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newskit import __version__

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

COMMANDS = ("analyze", "plugins", "evaluate")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or of ``only`` that one (when it is a known
    command): each subcommand's module is imported to add its parser, and
    ``evaluate`` brings its evaluation tasks (about 30 ms of imports a run of
    ``analyze`` does not need)."""
    parser = argparse.ArgumentParser(
        prog="newskit",
        description="News text in; structured, checkable facts out.",
    )
    parser.add_argument("--version", action="version", version=f"newskit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in (only,) if only in COMMANDS else COMMANDS:
        try:
            module = importlib.import_module(f"newskit.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"newskit.cli.{name}":
                continue
            raise
        module.add_parser(sub)
    return parser


def error(message: str) -> None:
    """Print a one-line error to standard error."""
    print(f"newskit: error: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    from newskit.errors import ConfigurationError, NewskitError, PluginError

    argv = sys.argv[1:] if argv is None else list(argv)
    # `newskit analyze …` needs only the analyze parser; anything else (no
    # command, --help, --version, a misspelt command) gets them all.
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except (ConfigurationError, PluginError) as exc:
        error(str(exc))
        return EXIT_USAGE
    except NewskitError as exc:
        error(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `newskit analyze … | head`: the reader left; not an error of ours.
        sys.stderr.close()
        return EXIT_OK
