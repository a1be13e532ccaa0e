"""Events: who did what, when and where (see :mod:`newskit.events.extractor`)."""

from __future__ import annotations

from .extractor import EventExtractor
from .lexicon import Trigger, TriggerIndex

__all__ = ["EventExtractor", "Trigger", "TriggerIndex"]
