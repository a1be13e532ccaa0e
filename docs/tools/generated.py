"""Shared by the docs generators: write a generated page, or check it is current."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(target: Path, content: str, script: str, argv: list[str]) -> int:
    """With ``--check`` in argv, exit 1 when ``target`` differs from ``content``."""
    if "--check" in argv:
        current = target.read_text("utf-8") if target.exists() else ""
        if current != content:
            print(f"{target} is out of date: run python {script}", file=sys.stderr)
            return 1
        print(f"{target.name} is up to date")
        return 0
    target.write_text(content, "utf-8")
    print(f"wrote {target}")
    return 0
