"""The plugin system: registration, refusal of bad plugins, discovery and listing."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from newskit import hookimpl, plugins
from newskit.errors import PluginError, UnknownComponentError
from newskit.plugins import Registry
from newskit.testing import make_registry, registered
from newskit.types import Actor, Mention, Score, Span


class ShoutingActors:
    """Takes every all-caps word of 3+ letters for a group actor."""

    name = "shouting"
    requires = ()
    produces = ("actors",)

    def extract(self, article: Any, layers: Any) -> dict[str, tuple[Any, ...]]:
        import re

        actors = []
        for i, m in enumerate(re.finditer(r"\b[A-Z]{3,}\b", article.text), start=1):
            actors.append(Actor(id=f"shout{i}", name=m.group(), kind="group",
                                mentions=[Mention(span=Span(start=m.start(), end=m.end()))]))
        return {"actors": tuple(actors)}


class LengthScorer:
    name = "length"
    requires = ()

    def score(self, analysis: Any) -> list[Score]:
        return [Score(name="length.characters", value=len(analysis.article.text),
                      explanation="characters in the text")]


class GoodPlugin:
    @hookimpl
    def newskit_register_extractors(self) -> list[Any]:
        return [ShoutingActors()]

    @hookimpl
    def newskit_register_scorers(self) -> list[Any]:
        return [LengthScorer()]


class MisspeltPlugin:
    @hookimpl
    def newskit_register_extractor(self) -> list[Any]:  # missing "s"
        return []


class WrongArgumentPlugin:
    @hookimpl
    def newskit_register_scorers(self, config: Any) -> list[Any]:
        return []


def test_plugin_registered_through_testing_helper_adds_extractor_and_scorer() -> None:
    registry = make_registry()
    with registered(registry, GoodPlugin(), name="good"):
        pipeline = registry.pipeline(use=["shouting"])
        analysis = pipeline.run(_article("NATO and the EU met in OSLO."))
        assert {a.name for a in analysis.actors} >= {"NATO", "OSLO"}
        assert "shouting" in pipeline.names and "actors" not in pipeline.names
        assert analysis.score("length.characters").value == len("NATO and the EU met in OSLO.")
        assert "good" in registry.plugin_names
    assert "good" not in registry.plugin_names
    with pytest.raises(UnknownComponentError):
        registry.get("extractors", "shouting")


def test_misspelt_hook_is_refused_with_plugin_name() -> None:
    registry = make_registry()
    with pytest.raises(PluginError, match="newskit_register_extractor") as info:
        registry.register(MisspeltPlugin(), name="typo-plugin")
    assert "typo-plugin" in str(info.value)
    assert "typo-plugin" not in registry.plugin_names


def test_hook_with_unknown_argument_is_refused() -> None:
    registry = make_registry()
    with pytest.raises(PluginError, match="wrong-args"):
        registry.register(WrongArgumentPlugin(), name="wrong-args")


def test_duplicate_component_names_are_an_error_naming_both_plugins() -> None:
    class Twin:
        @hookimpl
        def newskit_register_scorers(self) -> list[Any]:
            return [LengthScorer()]

    registry = make_registry(defaults=False)
    registry.register(Twin(), name="one")
    registry.register(Twin(), name="two")
    with pytest.raises(PluginError, match="already registered by plugin 'one'") as info:
        registry.components("scorers")
    assert info.value.plugin == "two"


def test_component_missing_attributes_is_refused() -> None:
    class Broken:
        @hookimpl
        def newskit_register_extractors(self) -> list[Any]:
            return [object()]

    registry = make_registry(defaults=False, )
    registry.register(Broken(), name="broken")
    with pytest.raises(PluginError, match="lacks name, requires, produces, extract"):
        registry.components("extractors")


def test_unknown_component_lists_available() -> None:
    registry = make_registry()
    with pytest.raises(UnknownComponentError, match=r"available: .*json"):
        registry.get("exporters", "xml")


def test_builtins_register_through_hooks_and_can_be_blocked() -> None:
    registry = make_registry()
    assert registry.get("exporters", "json").builtin
    blocked = make_registry(block=["exporters"])
    assert "json" not in blocked.components("exporters")


def test_plugins_info_lists_components() -> None:
    registry = make_registry(GoodPlugin())
    info = {p["name"]: p for p in registry.plugins_info()}
    assert info["GoodPlugin"]["components"] == {"extractors": ["shouting"],
                                                "scorers": ["length"]}
    everything = {p["name"] for p in registry.plugins_info(include_builtin=True)}
    assert {"loaders", "exporters"} <= everything


class _FakeEntryPoint:
    def __init__(self, name: str, module: str) -> None:
        self.name = name
        self.module = module
        self.dist = types.SimpleNamespace(version="9.9")

    def load(self) -> Any:
        __import__(self.module)
        return sys.modules[self.module]


@pytest.fixture
def fake_entry_points(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Install two plugin modules as entry points: one good, one failing on import."""
    good = types.ModuleType("newskit_fakegood")
    good.hooks = GoodPlugin()  # type: ignore[attr-defined]

    @hookimpl
    def newskit_register_scorers() -> list[Any]:
        return [LengthScorer()]

    good.newskit_register_scorers = newskit_register_scorers  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newskit_fakegood", good)
    eps = [_FakeEntryPoint("fakegood", "newskit_fakegood"),
           _FakeEntryPoint("fakebad", "newskit_does_not_exist_anywhere")]
    monkeypatch.setattr(plugins, "_find_entry_points", lambda: eps)
    return [ep.name for ep in eps]


def test_entry_points_load_and_failures_are_recorded(fake_entry_points: list[str]) -> None:
    registry = Registry()
    assert "fakegood" in registry.plugin_names
    assert registry.get("scorers", "length").plugin == "fakegood"
    assert [f.name for f in registry.failures] == ["fakebad"]
    assert "ModuleNotFoundError" in registry.failures[0].message
    version = {p["name"]: p["version"] for p in registry.plugins_info()}
    assert version["fakegood"] == "9.9"


def test_env_filters_plugins_before_import(
    fake_entry_points: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSKIT_LOAD_PLUGINS", "fakegood")
    registry = Registry()
    assert registry.failures == []  # fakebad was never imported
    monkeypatch.setenv("NEWSKIT_LOAD_PLUGINS", "")
    assert "fakegood" not in Registry().plugin_names
    monkeypatch.delenv("NEWSKIT_LOAD_PLUGINS")
    monkeypatch.setenv("NEWSKIT_DISABLE_PLUGINS", "fakegood,fakebad")
    registry = Registry()
    assert "fakegood" not in registry.plugin_names and registry.failures == []


def test_import_newskit_loads_no_plugin() -> None:
    import subprocess

    code = (
        "import sys, json, newskit; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('newskit'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout) == ["newskit"]


def test_addhooks_lets_a_plugin_add_its_own_hooks() -> None:
    spec_module = types.ModuleType("myspecs")
    from newskit.hookspecs import hookspec

    @hookspec
    def newskit_custom_thing() -> list[str]:
        """A hook a plugin defines for its own extensions."""
        raise NotImplementedError

    spec_module.newskit_custom_thing = newskit_custom_thing  # type: ignore[attr-defined]

    class Host:
        @hookimpl
        def newskit_addhooks(self, pluginmanager: Any) -> None:
            pluginmanager.add_hookspecs(spec_module)

    class Extender:
        @hookimpl
        def newskit_custom_thing(self) -> list[str]:
            return ["extended"]

    registry = make_registry(Host())
    registry.register(Extender(), name="extender")
    assert registry.pm.hook.newskit_custom_thing() == [["extended"]]


def _article(text: str) -> Any:
    from newskit.types import Article

    return Article(id="t", text=text)


def test_plugin_lexicon_entries_stay_with_their_lexicons_object() -> None:
    # shipped files are parsed once per process and shared; a plugin's entries are
    # added to one Lexicons object's copy, never to what the next object reads
    from newskit.lexicons import Lexicons

    added = {"name": "Zebulon Quux", "kind": "organization"}
    with_plugin = Lexicons(lambda name: [("zoo-plugin", [added])] if name == "media" else [])
    plain = Lexicons()
    assert with_plugin.get("media")[-1] == added
    assert added not in plain.get("media")
    assert plain.get("media") == with_plugin.get("media")[:-1]
    assert added not in Lexicons().get("media")


def _install(site: Path, dist: str, entry_points: str, version: str = "1.0") -> None:
    """A distribution's metadata directory in ``site``, as an installer writes it."""
    info = site / f"{dist}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def _reference() -> list[tuple[str, str, str | None]]:
    from importlib.metadata import entry_points

    return [(ep.name, ep.value, ep.dist.version if ep.dist else None)
            for ep in entry_points(group="newskit")]


def _found() -> list[tuple[str, str, str | None]]:
    return [(ep.name, ep.value, ep.dist.version) for ep in plugins._find_entry_points()]


def test_entry_point_scan_reads_what_importlib_metadata_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _found()
    assert before == _reference()
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    # Installed after a first scan in this process: found (nothing is cached).
    _install(site, "newskit_Extra.Words", "[console_scripts]\nx = y:z\n\n[newskit]\n"
             "# a comment\n  wordy = newskit_fake_wordy.sub : hooks [extra]\n"
             "plain=newskit_fake_plain\n\n[other]\nnot_ours = a\n", version="2.5")
    _install(site, "unrelated", "[newskit_other]\nnope = a\n")
    try:  # the short scan, not importlib.metadata's
        scanned = plugins._scan_entry_points()
    except plugins._Unusual:
        pytest.skip("this environment's layout is left to importlib.metadata")
    assert [ep.name for ep in scanned if ep.name in ("wordy", "plain")] == ["wordy", "plain"]
    found = _found()
    assert found == _reference()
    assert [n for n, _, _ in found if n in ("wordy", "plain")] == ["wordy", "plain"]
    assert ("wordy", "newskit_fake_wordy.sub : hooks [extra]", "2.5") in found
    wordy = next(ep for ep in plugins._find_entry_points() if ep.name == "wordy")
    assert (wordy.module, wordy.attrs) == ("newskit_fake_wordy.sub", "hooks")
    # Removed: gone from the next scan.
    for f in (site / "newskit_Extra.Words-2.5.dist-info").iterdir():
        f.unlink()
    (site / "newskit_Extra.Words-2.5.dist-info").rmdir()
    assert _found() == _reference() == before


def test_entry_point_scan_leaves_a_second_copy_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _install(first, "newskit_twice", "[newskit]\nearly = newskit_fake_early\n", version="1")
    _install(second, "Newskit_Twice", "[newskit]\nlate = newskit_fake_late\n", version="2")
    monkeypatch.syspath_prepend(str(second))
    monkeypatch.syspath_prepend(str(first))
    with pytest.raises(plugins._Unusual):
        plugins._scan_entry_points()
    found = _found()
    assert found == _reference()
    assert ("early", "newskit_fake_early", "1") in found
    assert "late" not in [n for n, _, _ in found]


def test_entry_point_plugin_loads_with_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "newskit_fake_versioned.py").write_text(
        "from newskit import hookimpl\n\n"
        "@hookimpl\ndef newskit_register_scorers():\n    return []\n", encoding="utf-8"
    )
    _install(site, "newskit_fake_versioned", "[newskit]\nversioned = newskit_fake_versioned\n",
             version="3.1.4")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, "newskit_fake_versioned", raising=False)
    monkeypatch.setenv("NEWSKIT_LOAD_PLUGINS", "versioned")
    registry = Registry()
    assert registry.failures == []
    assert "versioned" in registry.plugin_names
    info = {p["name"]: p for p in registry.plugins_info()}
    assert info["versioned"]["version"] == "3.1.4"
