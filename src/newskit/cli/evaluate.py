"""``newskit evaluate TASK``: score extractors against annotated data.

Tasks live in :mod:`newskit.evaluation` (one module each, listed in
``newskit.evaluation.TASKS``), so each brings its own corpus reader and metrics.
"""

from __future__ import annotations

import importlib
from typing import Any


def add_parser(sub: Any) -> None:
    from newskit.evaluation import TASKS

    parser = sub.add_parser(
        "evaluate",
        help="score extractors against annotated data",
        description="Score newskit's extractors against annotated corpora.",
    )
    tasks = parser.add_subparsers(dest="task", metavar="TASK")
    tasks.required = True
    for task in TASKS:
        try:
            module = importlib.import_module(f"newskit.evaluation.{task}")
        except ModuleNotFoundError as exc:
            if exc.name == f"newskit.evaluation.{task}":
                continue
            raise
        module.add_parser(tasks)
