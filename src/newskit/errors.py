"""newskit's exceptions: one root, precise subclasses.

Every exception carries what a user needs to find the cause: the input (file
name, line), the article id, the component and the plugin that provided it.
``str(error)`` is a single line suitable for a command-line message.
"""

from __future__ import annotations

__all__ = [
    "ComponentFailed",
    "ConfigurationError",
    "ExportError",
    "InputError",
    "NewskitError",
    "PipelineError",
    "PluginError",
    "UnknownComponentError",
]


class NewskitError(Exception):
    """The root of every error newskit raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        input: str | None = None,
        line: int | None = None,
        article_id: str | None = None,
        component: str | None = None,
        plugin: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.input = input
        self.line = line
        self.article_id = article_id
        self.component = component
        self.plugin = plugin

    def __str__(self) -> str:
        where = []
        if self.input is not None:
            where.append(self.input if self.line is None else f"{self.input}:{self.line}")
        elif self.article_id is not None:
            where.append(f"article {self.article_id!r}")
        if self.component is not None:
            who = f"component {self.component!r}"
            if self.plugin is not None:
                who += f" (plugin {self.plugin!r})"
            where.append(who)
        elif self.plugin is not None:
            where.append(f"plugin {self.plugin!r}")
        prefix = ": ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class InputError(NewskitError):
    """An input that cannot be read as an article (not UTF-8, empty, no ``text``…)."""


class PluginError(NewskitError):
    """A plugin that cannot be used: import failed, misspelt hook, bad component."""


class ConfigurationError(NewskitError):
    """A pipeline that cannot be built: duplicate names, cycles, missing requirements."""


class UnknownComponentError(ConfigurationError, LookupError):
    """A component name that no plugin provides; the message lists what is available."""


class PipelineError(NewskitError):
    """Raised by a pipeline run in strict mode when a component fails."""


class ComponentFailed(PipelineError):
    """A component raised, or returned something that breaks the contract."""


class ExportError(NewskitError):
    """An exporter that cannot write (bad destination, format needs a directory…)."""
