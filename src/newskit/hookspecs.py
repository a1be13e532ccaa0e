"""The hook specifications: the API plugin packages are written against.

These docstrings are the hook reference (``docs/plugins/hooks.md`` is checked
against them by the test suite). Hook API version: :data:`HOOK_API_VERSION`.

Rules that keep plugins working across releases:

* every hook is named ``newskit_*``; the registration hooks each return one
  shape, an iterable of components (``newskit_addhooks`` returns nothing);
* an implementation takes only the arguments it names, so a hook may gain
  arguments in a minor release without breaking older plugins;
* a hook is never renamed or removed without a deprecation release.

Registration hooks are called once per :class:`~newskit.plugins.Registry`, not
per article: the objects they return are called directly by the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .components import Exporter, Extractor, Loader, Scorer
    from .lexicons import Lexicons

__all__ = ["HOOK_API_VERSION", "hookimpl", "hookspec"]

PROJECT = "newskit"
HOOK_API_VERSION = 1
"""Bumped when a hook changes in a way a plugin may notice (see docs/plugins/upgrading.md)."""

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec(historic=True)
def newskit_addhooks(pluginmanager: pluggy.PluginManager) -> None:
    """Add hook specifications of your own plugin.

    Called once for every plugin as it is registered, with the plugin manager,
    so a plugin can call ``pluginmanager.add_hookspecs(its_module)`` and let
    other plugins extend it in turn.
    """


@hookspec
def newskit_register_loaders() -> Iterable[Loader]:
    """Return loaders that turn byte streams into :class:`~newskit.types.Article` objects.

    Each loader has a unique ``name``, the file ``suffixes`` it claims and a
    ``load(stream, *, origin)`` method (see :class:`newskit.components.Loader`).
    """
    raise NotImplementedError


@hookspec
def newskit_register_extractors(lexicons: Lexicons) -> Iterable[Extractor]:
    """Return extractors: components that find things in an article.

    Each has a unique ``name``, the layers it ``requires`` and ``produces``, and
    an ``extract(article, layers)`` method (see :class:`newskit.components.Extractor`).
    ``lexicons`` gives access to the shipped word lists merged with the entries
    plugins add through :func:`newskit_lexicon_entries`; read it lazily (at first
    ``extract``), not while registering.
    """
    raise NotImplementedError


@hookspec
def newskit_register_scorers(lexicons: Lexicons) -> Iterable[Scorer]:
    """Return scorers: components that judge a finished analysis.

    Each has a unique ``name``, the layers it ``requires``, and a
    ``score(analysis)`` method returning :class:`~newskit.types.Score` objects.
    ``lexicons`` is as for :func:`newskit_register_extractors`.
    """
    raise NotImplementedError


@hookspec
def newskit_register_exporters() -> Iterable[Exporter]:
    """Return exporters that write analyses in a format.

    Each has a unique ``name`` (the ``--format`` value), a file ``suffix``, a
    ``media_type`` and a ``write(results, stream)`` method.
    """
    raise NotImplementedError


@hookspec
def newskit_lexicon_entries(lexicon: str) -> Iterable[dict[str, Any]] | None:
    """Return extra entries for the named lexicon, or None.

    Built-in extractors read word lists (``titles``, ``media``, ``countries``,
    ``organizations``, ``cues``, ``events``…; see docs/lexicons.md) from data
    files shipped with newskit; entries returned here are added to them. Each
    entry is a dict with the same keys as the lexicon's data file.
    """
    raise NotImplementedError
