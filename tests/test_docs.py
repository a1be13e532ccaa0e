"""Docs cannot drift: generated references are current, links resolve, every hook
and every output field is documented, the README opens with its two commands."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _tool(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, DOCS / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hook_reference_is_generated_from_hookspecs() -> None:
    tool = _tool("gen_hook_reference")
    assert (DOCS / "plugins" / "hooks.md").read_text("utf-8") == tool.render(), (
        "run: python docs/tools/gen_hook_reference.py"
    )


def test_every_hook_is_documented_with_its_signature() -> None:
    from newskit import hookspecs

    text = (DOCS / "plugins" / "hooks.md").read_text("utf-8")
    tool = _tool("gen_hook_reference")
    hooks = [n for n in dir(hookspecs) if n.startswith("newskit_")]
    assert len(hooks) >= 6
    for name in hooks:
        assert f"## `{name}`" in text
        assert tool.hook_signature(getattr(hookspecs, name)) in text


def test_cli_reference_is_generated_from_the_parsers() -> None:
    tool = _tool("gen_cli_reference")
    assert (DOCS / "cli.md").read_text("utf-8") == tool.render(), (
        "run: python docs/tools/gen_cli_reference.py"
    )


def _markdown_files() -> list[Path]:
    return sorted([*DOCS.rglob("*.md"), ROOT / "README.md",
                   *ROOT.glob("plugins/*/README.md")])


@pytest.mark.parametrize("path", _markdown_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(path: Path) -> None:
    text = path.read_text("utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (path.parent / target).exists(), f"{path.name}: broken link {target}"


def _anchors(path: Path) -> set[str]:
    """GitHub's ids for the headings of a Markdown page (code blocks left out)."""
    text = re.sub(r"^```.*?^```", "", path.read_text("utf-8"), flags=re.S | re.M)
    ids = set()
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*$", text, re.M):
        ids.add(re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-"))
    return ids


@pytest.mark.parametrize("path", _markdown_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_link_anchors_resolve(path: Path) -> None:
    """A link to `page.md#section` (or `#section`) names a heading of that page."""
    text = path.read_text("utf-8")
    for target, anchor in re.findall(r"\]\(([^)#\s]*)#([^)\s]+)\)", text):
        if "://" in target:
            continue
        page = path.parent / target if target else path
        if page.suffix != ".md":
            continue
        assert anchor in _anchors(page), f"{path.name}: no heading #{anchor} in {page.name}"


def test_schema_doc_covers_every_field() -> None:
    schema = json.loads((DOCS / "schema" / "analysis.schema.json").read_text("utf-8"))
    text = (DOCS / "schema.md").read_text("utf-8")
    for key in schema["$defs"]["analysis"]["properties"]:
        assert f"`{key}" in text, f"schema.md does not document {key}"


def test_every_value_type_is_in_concepts() -> None:
    import newskit.types as types

    text = (DOCS / "concepts.md").read_text("utf-8")
    for name in types.__all__:
        if name[0].isupper() and not name.isupper():
            assert f"`{name}`" in text, f"concepts.md does not describe {name}"


def test_readme_opens_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    first_block = re.search(r"```(?:bash|sh)\n(.*?)```", text, re.S)
    assert first_block, "README must open with a code block"
    commands = [c for c in first_block.group(1).splitlines() if c.strip()
                and not c.startswith("#")]
    assert any("newskit analyze examples/" in c for c in commands)
    assert any(re.search(r"\bnox\b", c) for c in commands)
    for word in re.findall(r"examples/[\w.-]+", first_block.group(1)):
        assert (ROOT / word).exists()
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "nox" in ci, ".ci/run must run the README's test command"


def test_lexicon_tables_match_the_shipped_files() -> None:
    """docs/lexicons.md names every shipped lexicon; where a table gives its number
    of entries and its keys, they are those of the file (plugins' entries aside)."""
    from newskit.lexicons import shipped_lexicon_names

    text = (DOCS / "lexicons.md").read_text("utf-8")
    data = ROOT / "src" / "newskit" / "data"
    for name in shipped_lexicon_names():
        assert f"`{name}`" in text, f"lexicons.md does not name the lexicon {name}"
    rows = re.findall(r"^\| `(\w+)` \| ([\d,]+) \| ([^|]*) \|", text, re.M)
    assert len(rows) >= 10
    for name, count, keys in rows:
        shipped = json.loads((data / f"{name}.json").read_text("utf-8"))
        assert int(count.replace(",", "")) == len(shipped["entries"]), f"{name}: entry count"
        for field in shipped["fields"]:
            assert f"`{field}`" in keys, f"{name}: key {field} undocumented"
    found = re.search(r"`abbreviations` \(([\d,]+) entries", text)
    assert found
    shipped = json.loads((data / "abbreviations.json").read_text("utf-8"))
    assert int(found.group(1).replace(",", "")) == len(shipped["entries"])


def test_schema_doc_examples_are_valid_output() -> None:
    """The analysis and the error record shown in schema.md are JSON the schema
    accepts (a field renamed in the schema or in the example fails here)."""
    import jsonschema

    schema = json.loads((DOCS / "schema" / "analysis.schema.json").read_text("utf-8"))
    text = (DOCS / "schema.md").read_text("utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, re.S)
    assert len(blocks) == 2
    for block in blocks:
        jsonschema.validate(json.loads(block), schema)



def test_api_doc_names_every_public_name() -> None:
    import newskit

    text = (DOCS / "api.md").read_text("utf-8")
    for name in newskit.__all__:
        assert f"`{name}`" in text or f"newskit.{name}(" in text, f"api.md does not name {name}"


def test_api_doc_protocol_table_matches_the_protocols() -> None:
    """api.md's table of component protocols names each protocol's attributes, its
    method and the method's parameters as newskit.components declares them."""
    import inspect

    from newskit import components

    text = (DOCS / "api.md").read_text("utf-8")
    rows = {name: (attributes, method) for name, attributes, method in
            re.findall(r"^\| `(\w+)` \| (.*?) \| (.*) \|$", text, re.M)}
    for name in ("Loader", "Extractor", "Scorer", "Exporter"):
        protocol = getattr(components, name)
        attributes, method = rows[name]
        assert set(re.findall(r"`(\w+)`", attributes)) >= set(protocol.__annotations__), name
        for meth, func in vars(protocol).items():
            if meth.startswith("_") or not callable(func):
                continue
            params = [p for p in inspect.signature(func).parameters if p != "self"]
            assert re.search(rf"`{meth}\({'.*?'.join(params)}", method), f"{name}.{meth}"


def test_concepts_lists_the_closed_sets_and_layers() -> None:
    """Every kind, type and status a value may take, and every layer name, is in
    concepts.md (a kind added to newskit.types without the doc fails here)."""
    import newskit.types as types

    text = (DOCS / "concepts.md").read_text("utf-8")
    for name in ("ACTOR_KINDS", "BLOCK_TYPES", "EVENT_STATUSES", "MENTION_KINDS",
                 "QUOTE_KINDS", "TIMEX_TYPES"):
        for value in getattr(types, name):
            assert f"`{value}`" in text, f"concepts.md does not list {value} of {name}"
    for layer in types.LAYER_FIELDS:
        assert f"| `{layer}` |" in text, f"concepts.md has no row for the layer {layer}"
