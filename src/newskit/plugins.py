"""Plugin discovery and the registry of components.

A :class:`Registry` owns one pluggy plugin manager. It registers the built-in
plugins (:data:`DEFAULT_PLUGINS`) first, then third-party plugins from the
``newskit`` entry-point group, sorted by name and filtered *before* import by
``NEWSKIT_LOAD_PLUGINS`` / ``NEWSKIT_DISABLE_PLUGINS``. A plugin that fails to
import or misspells a hook is refused and recorded in :attr:`Registry.failures`;
it never takes the others down.

There is no process-wide manager: each Registry is independent (tests make a
fresh one each). :func:`default_registry` builds one lazily on first use.

Discovery is not activation: installing a plugin makes its components
*available*; the default pipeline runs the built-in extractors only, so it is
reproducible whatever else is installed. Scorers are additive and all run by
default (each adds its own keys to ``scores``).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import pluggy

from . import hookspecs
from .errors import ConfigurationError, PluginError, UnknownComponentError
from .lexicons import Lexicons

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginFailure",
    "Registered",
    "Registry",
    "default_registry",
]

ENTRY_POINT_GROUP = "newskit"

DEFAULT_PLUGINS: tuple[str, ...] = (
    "newskit.default_plugins.loaders",
    "newskit.default_plugins.structure",
    "newskit.default_plugins.actors",
    "newskit.default_plugins.quotes",
    "newskit.default_plugins.timexes",
    "newskit.default_plugins.events",
    "newskit.default_plugins.scorers",
    "newskit.default_plugins.exporters",
    "newskit.default_plugins.formats",
)
"""Modules of the built-in plugins, in registration order. Each registers its
components through the public hooks exactly like a third-party plugin."""

KINDS = ("loaders", "extractors", "scorers", "exporters")
_REQUIRED_ATTRS = {
    "loaders": ("name", "suffixes", "load"),
    "extractors": ("name", "requires", "produces", "extract"),
    "scorers": ("name", "requires", "score"),
    "exporters": ("name", "suffix", "media_type", "write"),
}

C = TypeVar("C")


@attrs.frozen(kw_only=True)
class Registered(Generic[C]):
    """A component with the plugin that provided it."""

    component: C
    plugin: str
    builtin: bool


@attrs.frozen(kw_only=True)
class PluginFailure:
    """A plugin that was refused, and why."""

    name: str
    message: str


def _split_env(name: str) -> list[str] | None:
    raw = os.environ.get(name)
    if raw is None:
        return None
    return [part.strip() for part in raw.split(",") if part.strip()]


def _short_name(module: str) -> str:
    return module.rsplit(".", 1)[-1]


# -- entry points -------------------------------------------------------------------
#
# ``importlib.metadata.entry_points`` costs about 25 ms of every start-up: importing it
# (it imports ``email``, ``zipfile``, ``csv``…: 13 ms) and building a Distribution and
# its entry points for each of the installed packages. In the usual layout (directories
# on ``sys.path`` and no other finder of distributions) the same entry points are read
# here from the ``entry_points.txt`` files, by the same rules; anything else (a zip or
# egg on the path, a finder of distributions of its own, two copies of a distribution
# that declares a plugin, a name or value read differently) uses importlib.metadata.
# Nothing is cached: each registry reads the directories afresh, so a plugin installed
# after a previous run (or a previous registry of this process) is found.

_DIST_SUFFIXES = (".dist-info", ".egg-info")


class _Unusual(Exception):
    """The layout is one the short scan does not read: ask importlib.metadata."""


class _PathDist:
    """The distribution of an entry point the short scan found (its metadata directory);
    its version is read (by importlib.metadata) only when asked for."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    @property
    def version(self) -> str | None:
        from importlib.metadata import PathDistribution
        from pathlib import Path

        version: str | None = PathDistribution(Path(self.path)).version
        return version


class _PathEntryPoint:
    """An entry point of the ``newskit`` group, loaded as ``EntryPoint.load`` does."""

    __slots__ = ("attrs", "dist", "module", "name", "value")

    def __init__(self, name: str, value: str, module: str, attrs: str, dist: _PathDist) -> None:
        self.name = name
        self.value = value
        self.module = module
        self.attrs = attrs
        self.dist = dist

    def load(self) -> Any:
        obj: Any = importlib.import_module(self.module)
        for attr in filter(None, self.attrs.split(".")):
            obj = getattr(obj, attr)
        return obj


def _find_entry_points() -> list[Any]:
    """The entry points of the ``newskit`` group, in the order of
    ``importlib.metadata.entry_points(group="newskit")``."""
    try:
        return _scan_entry_points()
    except _Unusual:
        from importlib.metadata import entry_points

        return list(entry_points(group=ENTRY_POINT_GROUP))


def _scan_entry_points() -> list[_PathEntryPoint]:
    import sys
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if getattr(finder, "find_distributions", None) is not None and finder is not PathFinder:
            raise _Unusual
    names: set[str] = set()  # the normalised names of the distributions seen
    found: list[_PathEntryPoint] = []
    for root in sys.path:
        if not isinstance(root, str):
            raise _Unusual
        directory = root or "."
        try:
            children = os.listdir(directory)
        except NotADirectoryError:
            raise _Unusual from None  # a zip file: importlib.metadata reads it
        except OSError:
            if os.path.exists(directory):
                raise _Unusual from None
            continue  # a missing directory holds nothing
        if directory.lower().endswith(".egg"):
            raise _Unusual
        # By normalised name, in the order first met (importlib.metadata's Lookup).
        infos: dict[str, list[str]] = {}
        for child in children:
            low = child.lower()
            if low.endswith(_DIST_SUFFIXES):
                if not child.endswith(_DIST_SUFFIXES):
                    raise _Unusual  # named by its metadata, not its directory
                infos.setdefault(_normalize(low.rpartition(".")[0].partition("-")[0]),
                                 []).append(child)
        for name, group in infos.items():
            for child in group:
                path = os.path.join(directory, child)
                eps = _read_group(os.path.join(path, "entry_points.txt"), path)
                if name in names:
                    if eps:  # a later copy's entry points are not read: which is first?
                        raise _Unusual
                    continue
                names.add(name)
                found.extend(eps)
    return found


def _normalize(name: str) -> str:
    """``importlib.metadata.Prepared.normalize``: PEP 503 with dashes as underscores."""
    import re

    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _read_group(path: str, dist_path: str) -> list[_PathEntryPoint]:
    """The entry points of the ``newskit`` group in the file ``path`` (none if it cannot
    be read), parsed as importlib.metadata's ``Sectioned`` and ``EntryPoint`` do."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return []
    if ENTRY_POINT_GROUP not in text:
        return []
    import re

    found = []
    section = None
    dist = _PathDist(dist_path)
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if section != ENTRY_POINT_GROUP:
            continue
        if "=" not in line:
            raise _Unusual
        name, value = (part.strip() for part in line.split("=", 1))
        match = re.match(
            r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$",
            value,
        )
        if match is None:
            raise _Unusual
        found.append(
            _PathEntryPoint(name, value, match.group("module"), match.group("attr") or "", dist)
        )
    return found


class Registry:
    """The plugins of one newskit session and the components they register."""

    def __init__(
        self,
        *,
        defaults: bool = True,
        entrypoints: bool = True,
        plugins: Iterable[Any] = (),
        block: Iterable[str] = (),
    ) -> None:
        """Build a registry.

        ``defaults``: register the built-in plugins; ``entrypoints``: load
        installed plugin packages; ``plugins``: extra plugin objects (modules or
        instances) to register; ``block``: plugin names not to register.
        """
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.pm.hook.newskit_addhooks.call_historic(kwargs={"pluginmanager": self.pm})
        self.failures: list[PluginFailure] = []
        self._builtin: set[str] = set()
        self._versions: dict[str, str | None] = {}
        # The distribution of each entry-point plugin: its version is read when asked for.
        self._dists: dict[str, Any] = {}
        self._components: dict[str, dict[str, Registered[Any]]] | None = None
        self._lexicons: Lexicons | None = None
        for name in block:
            self.pm.set_blocked(name)
        disabled = _split_env("NEWSKIT_DISABLE_PLUGINS") or []
        for name in disabled:
            self.pm.set_blocked(name)
        if defaults:
            for module_name in DEFAULT_PLUGINS:
                short = _short_name(module_name)
                if self.pm.is_blocked(short):
                    continue
                module = importlib.import_module(module_name)
                self.register(module, name=short)
                self._builtin.add(short)
                self._versions[short] = None
        if entrypoints:
            self._load_entrypoints()
        for plugin in plugins:
            self.register(plugin)

    # -- plugins ------------------------------------------------------------

    def _load_entrypoints(self) -> None:
        wanted = _split_env("NEWSKIT_LOAD_PLUGINS")
        eps = sorted(_find_entry_points(), key=lambda ep: ep.name)
        for ep in eps:
            if wanted is not None and ep.name not in wanted:
                continue
            if self.pm.is_blocked(ep.name) or self.pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
                self.register(plugin, name=ep.name)
            except Exception as exc:  # a broken plugin must not take the rest down
                message = str(exc) if isinstance(exc, PluginError) else (
                    f"{type(exc).__name__}: {exc}"
                )
                self.failures.append(PluginFailure(name=ep.name, message=message))
                continue
            self._dists[ep.name] = getattr(ep, "dist", None)

    def register(self, plugin: Any, name: str | None = None) -> str:
        """Register a plugin object; return its name.

        Refuses (unregisters, then raises :class:`PluginError` naming the plugin)
        a plugin whose hooks do not match a specification: a misspelt hook name
        or an argument the specification does not have.
        """
        if name is None:
            name = getattr(plugin, "__name__", None) or type(plugin).__name__
        try:
            registered = self.pm.register(plugin, name=name)
        except pluggy.PluginValidationError as exc:
            raise PluginError(str(exc), plugin=name) from None
        except ValueError as exc:  # already registered / name taken
            raise PluginError(str(exc), plugin=name) from None
        if registered is None:  # blocked
            return name
        unknown = self._unknown_hooks(plugin)
        if unknown:
            self.pm.unregister(plugin)
            hooks = ", ".join(sorted(unknown))
            raise PluginError(
                f"unknown hook {hooks}: no such hook specification "
                f"(known: {', '.join(sorted(self.hook_names()))})",
                plugin=name,
            )
        self._versions.setdefault(name, None)
        self._components = None
        self._lexicons = None
        return name

    def unregister(self, name: str) -> None:
        """Remove a plugin by name (no error if it is not registered)."""
        plugin = self.pm.get_plugin(name)
        if plugin is not None:
            self.pm.unregister(plugin)
        self._components = None
        self._lexicons = None

    def hook_names(self) -> list[str]:
        return [n for n in dir(hookspecs) if n.startswith("newskit_")] + [
            n for n in self._extra_hook_names()
        ]

    def _extra_hook_names(self) -> list[str]:
        names = []
        for caller_name in dir(self.pm.hook):
            caller = getattr(self.pm.hook, caller_name, None)
            if (
                caller is not None
                and hasattr(caller, "has_spec")
                and caller.has_spec()
                and not hasattr(hookspecs, caller_name)
            ):
                names.append(caller_name)
        return names

    def _unknown_hooks(self, plugin: Any) -> list[str]:
        unknown = []
        for caller in self.pm.get_hookcallers(plugin) or ():
            if not caller.has_spec():
                unknown.append(caller.name)
        return unknown

    @property
    def plugin_names(self) -> list[str]:
        return [name for name, plugin in self.pm.list_name_plugin() if plugin is not None]

    def is_builtin(self, plugin: str) -> bool:
        return plugin in self._builtin

    # -- components ---------------------------------------------------------

    @property
    def lexicons(self) -> Lexicons:
        if self._lexicons is None:
            pm = self.pm

            def extra(name: str) -> list[tuple[str, Any]]:
                out = []
                for impl in pm.hook.newskit_lexicon_entries.get_hookimpls():
                    entries = impl.function(lexicon=name)
                    out.append((impl.plugin_name, entries))
                return out

            self._lexicons = Lexicons(extra)
        return self._lexicons

    def _collect(self) -> dict[str, dict[str, Registered[Any]]]:
        if self._components is not None:
            return self._components
        found: dict[str, dict[str, Registered[Any]]] = {kind: {} for kind in KINDS}
        for kind in KINDS:
            caller = getattr(self.pm.hook, f"newskit_register_{kind}")
            # Registration order: built-ins first, like pytest and datasette.
            for impl in caller.get_hookimpls():
                kwargs = {"lexicons": self.lexicons} if "lexicons" in impl.argnames else {}
                try:
                    result = impl.function(**kwargs)
                    items = list(result or ())
                except Exception as exc:
                    raise PluginError(
                        f"newskit_register_{kind}() raised {type(exc).__name__}: {exc}",
                        plugin=impl.plugin_name,
                    ) from exc
                for component in items:
                    self._check_component(kind, component, impl.plugin_name)
                    name = component.name
                    if name in found[kind]:
                        other = found[kind][name].plugin
                        raise PluginError(
                            f"{kind[:-1]} name {name!r} is already registered by plugin "
                            f"{other!r}; component names must be unique",
                            plugin=impl.plugin_name,
                        )
                    found[kind][name] = Registered(
                        component=component,
                        plugin=impl.plugin_name,
                        builtin=impl.plugin_name in self._builtin,
                    )
        self._components = found
        return found

    @staticmethod
    def _check_component(kind: str, component: Any, plugin: str) -> None:
        missing = [a for a in _REQUIRED_ATTRS[kind] if not hasattr(component, a)]
        if missing:
            raise PluginError(
                f"{kind[:-1]} {component!r} lacks {', '.join(missing)}", plugin=plugin
            )
        if not isinstance(component.name, str) or not component.name:
            raise PluginError(f"{kind[:-1]} {component!r} has no name", plugin=plugin)
        for attr in ("requires", "produces", "updates", "suffixes"):
            value = getattr(component, attr, ())
            if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                raise PluginError(
                    f"{kind[:-1]} {component.name!r}: {attr} must be a tuple of strings",
                    plugin=plugin,
                    component=component.name,
                )

    def components(self, kind: str) -> dict[str, Registered[Any]]:
        """Registered components of one kind (``loaders``, ``extractors``…) by name."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        return self._collect()[kind]

    def get(self, kind: str, name: str) -> Registered[Any]:
        """One component by kind and name; an unknown name lists the available ones."""
        available = self.components(kind)
        try:
            return available[name]
        except KeyError:
            listing = ", ".join(sorted(available)) or "none"
            raise UnknownComponentError(
                f"no {kind[:-1]} named {name!r}; available: {listing}"
            ) from None

    def _version(self, name: str) -> str | None:
        if name in self._dists:
            self._versions[name] = getattr(self._dists.pop(name), "version", None)
        return self._versions.get(name)

    def plugins_info(self, *, include_builtin: bool = False) -> list[dict[str, Any]]:
        """What ``newskit plugins`` prints: each plugin, its version, hooks and components."""
        comps = self._collect()
        info = []
        for name in sorted(self.plugin_names):
            if name in self._builtin and not include_builtin:
                continue
            plugin = self.pm.get_plugin(name)
            hooks = sorted(c.name for c in self.pm.get_hookcallers(plugin) or ())
            provided = {
                kind: sorted(n for n, reg in comps[kind].items() if reg.plugin == name)
                for kind in KINDS
            }
            info.append(
                {
                    "name": name,
                    "version": self._version(name),
                    "builtin": name in self._builtin,
                    "hooks": hooks,
                    "components": {k: v for k, v in provided.items() if v},
                }
            )
        return info

    # -- pipelines ----------------------------------------------------------

    def default_extractor_names(self) -> list[str]:
        """The built-in extractors, in registration order: the default pipeline."""
        return [n for n, reg in self.components("extractors").items() if reg.builtin]

    def pipeline(
        self,
        *,
        extractors: Sequence[str] | None = None,
        only: Sequence[str] | None = None,
        skip: Sequence[str] = (),
        use: Sequence[str] = (),
        scorers: Sequence[str] | None = None,
        strict: bool = False,
    ) -> Pipeline:
        """Build a :class:`~newskit.pipeline.Pipeline` from component names.

        ``extractors`` replaces the default list outright. ``use`` adds
        extractors, replacing the default ones that produce the same layers
        (``use=["spacy-actors"]``). ``only`` keeps the named extractors and
        what they require; ``skip`` removes extractors (an error if a kept one
        needs them). ``scorers`` names the scorers to run (default: all).
        """
        from .pipeline import Pipeline, select_extractors

        chosen = select_extractors(
            self,
            base=list(extractors) if extractors is not None else self.default_extractor_names(),
            use=use,
            only=only,
            skip=skip,
        )
        if scorers is None:
            scorer_regs = list(self.components("scorers").values())
        else:
            scorer_regs = [self.get("scorers", n) for n in scorers]
        return Pipeline(chosen, scorer_regs, strict=strict)


_DEFAULT: Registry | None = None


def default_registry() -> Registry:
    """The registry :func:`newskit.analyze` uses when none is given, built at first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Registry()
    return _DEFAULT


def _reset_default_registry() -> None:
    """Forget the cached default registry (for tests and long-running hosts)."""
    global _DEFAULT
    _DEFAULT = None


def require_known_layers(names: Iterable[str], *, component: str, plugin: str) -> None:
    """Raise ConfigurationError when a component names a layer newskit does not have."""
    from .types import LAYER_FIELDS

    unknown = [n for n in names if n not in LAYER_FIELDS]
    if unknown:
        raise ConfigurationError(
            f"unknown layer(s) {', '.join(map(repr, unknown))}; layers are "
            f"{', '.join(LAYER_FIELDS)}",
            component=component,
            plugin=plugin,
        )
