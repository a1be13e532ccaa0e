"""``newskit plugins``: what is installed and what each plugin provides."""

from __future__ import annotations

import argparse
import json
from typing import Any


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "plugins",
        help="list installed plugins and their components",
        description="List plugins with their version, hooks and components.",
    )
    parser.add_argument("--all", action="store_true", help="include the built-in plugins")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newskit.plugins import Registry

    registry = Registry()
    info = registry.plugins_info(include_builtin=args.all)
    failures = [{"name": f.name, "error": f.message} for f in registry.failures]
    if args.json:
        print(json.dumps({"plugins": info, "failed": failures}, indent=2))
        return 0
    if not info:
        print("No plugins installed." + ("" if args.all else " (--all lists the built-ins)"))
    for plugin in info:
        version = plugin["version"] or ("built-in" if plugin["builtin"] else "?")
        print(f"{plugin['name']} {version}")
        for kind, names in plugin["components"].items():
            print(f"  {kind}: {', '.join(names)}")
    for failure in failures:
        print(f"{failure['name']} FAILED: {failure['error']}")
    return 1 if failures else 0
