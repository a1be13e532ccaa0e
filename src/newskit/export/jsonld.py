"""The ``jsonld`` exporter: schema.org ``NewsArticle`` documents for search engines and
knowledge graphs.

Each article becomes a ``NewsArticle`` with its headline, date, publisher,
authors and body; its actors are ``mentions`` (``Person``, ``Organization``,
``NewsMediaOrganization`` for media, ``Place``; an actor of kind ``group`` is an
``Organization``), and its quotes are ``Quotation`` items in ``hasPart`` with
``text``, ``spokenByCharacter`` and ``creator`` pointing at the speaker's node.
Nodes are named with fragment ids relative to the article (``#a1``, ``#q1``), so
several articles in one ``@graph`` stay apart when the article has a ``url``
(otherwise the id is ``urn:newskit:article:<id>``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any
from urllib.parse import quote as urlquote

from newskit.components import Result
from newskit.scoring.sources import actor_index, quote_text, source_of
from newskit.types import Actor, Analysis

from .common import published_text

__all__ = ["JsonLdExporter", "to_jsonld"]

CONTEXT = "https://schema.org"

_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "media": "NewsMediaOrganization",
    "place": "Place",
    "group": "Organization",
}


def _article_iri(analysis: Analysis) -> str:
    url = analysis.article.url
    if url and url.lower().startswith(("http://", "https://")):
        return url.split("#", 1)[0]
    return "urn:newskit:article:" + urlquote(analysis.article.id, safe="")


def _actor_node(actor: Actor, base: str, actors: dict[str, Actor]) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": _TYPES.get(actor.kind, "Thing"),
        "@id": f"{base}#{urlquote(actor.id, safe='')}",
        "name": actor.name,
    }
    if actor.aliases:
        node["alternateName"] = list(actor.aliases)
    if actor.kind == "person":
        if actor.roles:
            node["jobTitle"] = list(actor.roles)
        if actor.affiliation_id in actors:
            node["affiliation"] = {"@id": f"{base}#{urlquote(actor.affiliation_id or '', safe='')}"}
        elif actor.affiliation:
            node["affiliation"] = {"@type": "Organization", "name": actor.affiliation}
        if actor.country:
            node["nationality"] = {"@type": "Country", "name": actor.country}
    elif actor.kind == "place":
        if actor.country_code:
            node["address"] = {"@type": "PostalAddress", "addressCountry": actor.country_code}
    else:
        if actor.affiliation_id in actors:
            node["parentOrganization"] = {
                "@id": f"{base}#{urlquote(actor.affiliation_id or '', safe='')}"
            }
        elif actor.affiliation:
            node["parentOrganization"] = {"@type": "Organization", "name": actor.affiliation}
        if actor.country:
            node["location"] = {"@type": "Country", "name": actor.country}
    return node


def to_jsonld(analysis: Analysis, *, context: bool = True) -> dict[str, Any]:
    """The JSON-LD ``NewsArticle`` of an analysis (without ``@context`` if ``context`` is
    False, for use inside a ``@graph``)."""
    art = analysis.article
    base = _article_iri(analysis)
    actors = actor_index(analysis.actors)
    doc: dict[str, Any] = {"@context": CONTEXT} if context else {}
    doc.update({"@type": "NewsArticle", "@id": base, "identifier": art.id})
    if art.title:
        doc["headline"] = art.title
    if art.url:
        doc["url"] = art.url
    if art.published is not None:
        doc["datePublished"] = published_text(art.published)
    if art.source:
        doc["publisher"] = {"@type": "Organization", "name": art.source}
    if art.authors:
        doc["author"] = [{"@type": "Person", "name": a} for a in art.authors]
    if art.language:
        doc["inLanguage"] = art.language
    doc["articleBody"] = art.text
    doc["mentions"] = [_actor_node(a, base, actors) for a in analysis.actors]
    parts = []
    for q in analysis.quotes:
        node: dict[str, Any] = {
            "@type": "Quotation",
            "@id": f"{base}#{urlquote(q.id, safe='')}",
            "text": quote_text(q, art.text),
            "genre": f"{q.kind} quotation",
        }
        source = source_of(q, analysis, actors)
        if source.actor is not None:
            ref = {"@id": f"{base}#{urlquote(source.actor.id, safe='')}"}
            node["spokenByCharacter"] = ref
            node["creator"] = ref
        elif source.anonymous:
            node["description"] = "attributed to an anonymous source"
            if q.speaker_mention is not None:
                node["description"] += f" ({' '.join(q.speaker_mention.text(art.text).split())})"
        elif source.named:
            ref = {"@type": "Thing", "name": source.name}
            node["spokenByCharacter"] = ref
            node["creator"] = ref
        parts.append(node)
    doc["hasPart"] = parts
    return doc


class JsonLdExporter:
    """schema.org JSON-LD: one ``NewsArticle``, or a ``@graph`` of them for several."""

    name = "jsonld"
    suffix = ".jsonld"
    media_type = "application/ld+json"

    def __init__(self, indent: int | None = 2) -> None:
        self.indent = indent

    def write(self, results: Iterable[Result], stream: IO[str]) -> None:
        items = [r for r in results if isinstance(r, Analysis)]
        if len(items) == 1:
            doc = to_jsonld(items[0])
        else:
            doc = {"@context": CONTEXT, "@graph": [to_jsonld(a, context=False) for a in items]}
        stream.write(json.dumps(doc, ensure_ascii=False, indent=self.indent) + "\n")
