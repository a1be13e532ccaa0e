r"""Every regex newskit applies to text, against adversarial strings, under a timeout.

Patterns are discovered generically, so new extractors are covered as they
land: a fresh interpreter records every pattern the ``regex`` module compiles
(``regex._main._compile`` wrapped before newskit is imported) while the whole
default pipeline runs on a few articles, then adds every ``regex.Pattern``
reachable from the ``newskit.*`` modules and the registered components. Each
pattern is tried on each adversarial string with the ``regex`` module's
``timeout=``: one ``match`` attempt at a few positions of a 20,000-character
string, and ``search``/``findall`` over its first 2,000 characters.
Catastrophic backtracking shows up as a timeout there. With
``NEWSKIT_REGEX_FULL_SEARCH=1`` a ``findall`` over the whole long string is
also timed and reported (``-rP`` prints it) but not asserted (it is slow, so
off by default): a pattern that may start with an unbounded run (a leading ``\s*``)
is quadratic when searched over unbounded text, which is harmless when the
caller bounds the window (``pattern.match(text, pos, endpos)``), as the
end-to-end pathological tests check. There is one test per pattern family
(a subpackage of newskit, e.g. ``quotes`` or ``timex``; the flat modules such as
``newskit.brat`` and the built-in plugins form ``core``); a family that compiles
no pattern is skipped, and every pattern the probe finds must belong to a tested
family. Besides the pipeline's patterns, every newskit module is imported, so the
readers of annotation files (brat standoff, TimeML) are covered too.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from typing import Any

import pytest

import newskit

TIMEOUT = 5.0
"""Seconds per call: linear patterns need milliseconds on these strings."""

PROBE = r'''
import json, sys, time, types
import regex
import regex._main as _main

compiled = {}
_original = _main._compile


def _family(module):
    # newskit.<subpackage>.* is that subpackage's family; flat modules
    # (newskit.spacer, newskit.inputs) and the built-in plugins' modules are "core".
    parts = module.split(".")
    if len(parts) > 2 and parts[1] != "default_plugins":
        return parts[1]
    return "core"


def _record(pattern, module):
    if isinstance(pattern, regex.Pattern) and id(pattern) not in compiled:
        compiled[id(pattern)] = (pattern, module)


def _compile(pattern, flags, ignore_unused, kwargs, cache_it):
    result = _original(pattern, flags, ignore_unused, kwargs, cache_it)
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.startswith("newskit"):
            _record(result, name)
            break
        frame = frame.f_back
    return result


_main._compile = _compile

import newskit
from newskit.testing import SAMPLE_TEXT, make_registry
from newskit.types import Article

TEXTS = [
    SAMPLE_TEXT,
    "WASHINGTON (Reuters) - Senator Maria Alvarez said on Tuesday that the committee would "
    'vote next week. "We have the numbers," Alvarez told reporters.\n\n'
    "By Jane Doe and John Roe\n\nUpdated 3 March 2024, 10:45 GMT\n\n"
    "According to two officials, the bill could pass by 12 March 2024. Dr. Henry Okafor "
    "of Northfield University called it \u201ca step in the right direction\u201d and added: "
    "\u00abWe will see.\u00bb The U.N. and NATO met in Geneva in May 2023; the talks lasted "
    "three days and will resume every Monday.\n\nPhoto: Jane Doe/AFP",
    "Prime Minister Lee told the BBC that she had not decided. She said the government "
    "planned to meet unions in the spring, and the union's leader, Omar Haddad, insisted "
    "'nothing is agreed'. Last year, 40% of voters said they would not vote.",
    # Lower-casing changes this text's length (the dotted capital I): the quote
    # finder then takes its other path, with the cue patterns compiled at first use.
    "The mayor of \u0130stanbul said the ferries would run again, officials told "
    "reporters, and the council drew attention to the cost.",
]
registry = make_registry()
pipeline = registry.pipeline()
for i, text in enumerate(TEXTS):
    pipeline.run(Article(id=f"t{i}", text=text, published=None))
    pipeline.run(Article(id=f"d{i}", text=text, published=__import__("datetime").date(2024, 3, 4)))

# Modules the pipeline does not import (the readers of annotation files that users
# point at their own data: brat standoff, TimeML), and patterns compiled at first use.
import importlib, pkgutil
for info in pkgutil.walk_packages(newskit.__path__, "newskit."):
    if info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
    except ImportError:
        pass  # an optional extra that is not installed (dask)
import newskit.brat
newskit.brat._patterns()
# The time rules are compiled each when a trigger word's kind first allows it: all of them.
import newskit.timex.recognize
newskit.timex.recognize._rule_patterns()


def _walk(value, module, depth=0, seen=None):
    seen = set() if seen is None else seen
    if id(value) in seen or depth > 3:
        return
    seen.add(id(value))
    if isinstance(value, regex.Pattern):
        _record(value, module)
    elif isinstance(value, dict):
        for item in list(value.values()):
            _walk(item, module, depth + 1, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in list(value):
            _walk(item, module, depth + 1, seen)
    elif isinstance(value, type) or hasattr(value, "__dict__") or hasattr(value, "__slots__"):
        if isinstance(value, types.ModuleType):
            return
        names = list(getattr(value, "__dict__", {}) or {})
        names += [s for s in getattr(type(value), "__slots__", ()) if isinstance(s, str)]
        for name in names:
            try:
                item = getattr(value, name)
            except Exception:
                continue
            if not callable(item) or isinstance(item, regex.Pattern):
                _walk(item, module, depth + 1, seen)


for name, module in list(sys.modules.items()):
    if name.startswith("newskit") and module is not None:
        for value in list(vars(module).values()):
            if not isinstance(value, types.ModuleType):
                _walk(value, name)
for kind in ("extractors", "scorers", "loaders"):
    for reg in registry.components(kind).values():
        _walk(reg.component, type(reg.component).__module__)

FULL_SEARCH = bool(__import__("os").environ.get("NEWSKIT_REGEX_FULL_SEARCH"))

ADVERSARIAL = {
    "letters": "a" * 20_000 + "!",
    "capitals": "A" * 20_000,
    "capitalised words": "Ab " * 7_000,
    "name-like": "Ana Lopez " * 2_000 + "said",
    "titles": "Mr. Dr. J. " * 2_000,
    "spaces": " " * 20_000 + "x",
    "newlines": "\n" * 20_000 + "x",
    "mixed blanks": " \t\n\u00a0" * 5_000,
    "straight quotes": '"' * 20_000,
    "curly quotes": "\u201c" * 10_000 + "\u201d" * 10_000,
    "quote words": '"a ' * 7_000,
    "apostrophes": "' " * 10_000,
    "dots": "." * 20_000,
    "dashes": "-" * 20_000,
    "commas": "a, " * 7_000,
    "digits": "1" * 20_000,
    "digit groups": "12 " * 7_000,
    "dates": "3 March 2024 " * 1_500,
    "months": "May " * 5_000,
    "said": "said " * 4_000,
    "the": "the " * 5_000,
    "accented": "\u00c9" * 20_000,
    "combining": "e\u0301" * 10_000,
    "punctuation soup": "(),;:!?-" * 2_500,
    "no full stop": "and then the mayor said that " * 700,
}

def _run(calls):
    start = time.perf_counter()
    try:
        for call in calls:
            call()
    except TimeoutError:
        return "timeout", time.perf_counter() - start
    except Exception as exc:  # e.g. a pattern that needs other arguments
        return f"{type(exc).__name__}: {exc}", time.perf_counter() - start
    return None, time.perf_counter() - start


results = []
for pattern, module in compiled.values():
    for label, text in ADVERSARIAL.items():
        short = text[:2_000]
        # One match attempt at a few places of a long string: catastrophic
        # backtracking (nested or overlapping repetition) blows up here.
        attempt, t1 = _run([
            lambda p=p: pattern.match(text, p, timeout=TIMEOUT)
            for p in (0, 1, len(text) // 2)
        ])
        # A search over a short string: heavy work per start position.
        search, t2 = _run([
            lambda: pattern.search(short, timeout=TIMEOUT),
            lambda: pattern.findall(short, timeout=TIMEOUT),
        ])
        # A search over the whole long string: quadratic when the pattern can
        # start with an unbounded run (fine if the caller bounds the window).
        if FULL_SEARCH:
            full, t3 = _run([lambda: pattern.findall(text, timeout=TIMEOUT)])
        else:
            full, t3 = None, 0.0
        results.append({
            "family": _family(module),
            "module": module,
            "pattern": pattern.pattern[:300],
            "string": label,
            "problem": attempt or search,
            "seconds": round(t1 + t2, 3),
            "full_search": full,
            "full_seconds": round(t3, 3),
        })
print(json.dumps(results))
'''


def families() -> list[str]:
    """Subpackages of newskit (each a family of patterns), plus ``core``: the flat
    modules and the built-in plugins' modules."""
    names = [m.name for m in pkgutil.iter_modules(newskit.__path__) if m.ispkg]
    return sorted({*names, "core"} - {"cli", "data", "default_plugins"})


@pytest.fixture(scope="module")
def probe() -> list[dict[str, Any]]:
    source = PROBE.replace("TIMEOUT", repr(TIMEOUT))
    proc = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, timeout=1800
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data: list[dict[str, Any]] = json.loads(proc.stdout)
    return data


def test_patterns_are_found(probe: list[dict[str, Any]]) -> None:
    """The probe sees the patterns of the built-in extractors, and every pattern it
    sees belongs to a family that a test below checks (none escapes unchecked)."""
    found = {r["family"] for r in probe}
    assert {"structure", "actors", "quotes", "timex", "events"} <= found
    assert found <= set(families()), found - set(families())


@pytest.mark.slow
@pytest.mark.parametrize("family", families())
def test_no_catastrophic_backtracking(family: str, probe: list[dict[str, Any]]) -> None:
    mine = [r for r in probe if r["family"] == family]
    if not mine:
        pytest.skip(f"no pattern compiled by newskit.{family}")
    problems = [
        f"{r['module']}: {r['pattern']!r} on {r['string']}: {r['problem']} ({r['seconds']} s)"
        for r in mine
        if r["problem"] == "timeout"
    ]
    slow = sorted({
        f"{r['module']}: {r['pattern'][:80]!r}" for r in mine if r["full_search"] == "timeout"
    })
    if slow:
        print(f"{len(slow)} pattern(s) of {family} are quadratic when searched over 20,000 "
              "adversarial characters (harmless if callers bound the window):")
        print("\n".join(slow))
    assert not problems, "\n".join(problems)
    errors = [r for r in mine if r["problem"]]
    assert not errors, errors[:5]
