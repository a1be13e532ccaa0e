"""Evaluation against annotated corpora (``newskit evaluate TASK``).

Each task is a module of this package with ``add_parser(subparsers)`` that
registers a ``newskit evaluate TASK`` subcommand, and functions usable from
Python and from the benchmark scripts.
"""

TASKS = ("quotes", "timexes", "actors")
