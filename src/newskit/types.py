"""The value types every component reads and writes.

All types are frozen, keyword-only attrs classes. Collections are tuples, so a
value cannot change under a component that holds it (frozen is shallow: the
``metadata``/``attributes``/``details`` mappings are plain dicts and must be
treated as read-only).

Offsets are Python string indices into :attr:`Article.text`, end-exclusive.
Every extracted thing carries the spans it came from, so any claim can be
shown in the text. Validators check invariants that hold for a value on its
own (``start <= end``, kinds from a closed set); whether a span lies inside a
given article is checked by :meth:`Analysis.check_spans` and by the pipeline,
which has the article at hand.

Serialisation lives in :mod:`newskit.serialize`, not on the classes.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

__all__ = [
    "ACTOR_KINDS",
    "BLOCK_TYPES",
    "EVENT_STATUSES",
    "MENTION_KINDS",
    "QUOTE_KINDS",
    "TIMEX_TYPES",
    "Actor",
    "Analysis",
    "Article",
    "Block",
    "ComponentError",
    "Event",
    "Failure",
    "Mention",
    "Participant",
    "Quote",
    "Score",
    "Span",
    "TimeExpression",
    "trusted_actor",
    "trusted_analysis",
    "trusted_block",
    "trusted_event",
    "trusted_mention",
    "trusted_participant",
    "trusted_quote",
    "trusted_score",
    "trusted_span",
    "trusted_timex",
]

ACTOR_KINDS = frozenset({"person", "organization", "media", "place", "group"})
MENTION_KINDS = frozenset({"name", "alias", "acronym", "pronoun", "nominal"})
QUOTE_KINDS = frozenset({"direct", "indirect", "mixed"})
TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
EVENT_STATUSES = frozenset({"reported", "planned", "negated", "hypothetical"})
BLOCK_TYPES = frozenset(
    {"heading", "paragraph", "caption", "credit", "byline", "dateline", "list"}
)


def _in(choices: frozenset[str]) -> Any:
    """An attrs validator accepting one of ``choices`` and naming them when it fails."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value not in choices:
            raise ValueError(
                f"{type(instance).__name__}.{attribute.name} must be one of "
                f"{sorted(choices)}, not {value!r}"
            )

    return check


def _non_negative(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, not {value}")


def _dict(value: Mapping[str, Any] | None) -> dict[str, Any]:
    return dict(value) if value else {}


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable (a list from a caller, a generator) becomes a tuple."""
    return tuple(value)


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of an article's text."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field()

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"Span end ({value}) is before its start ({self.start})")

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: Article | str) -> str:
        """The characters this span covers in ``source`` (an article or its text)."""
        text = source.text if isinstance(source, Article) else source
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies entirely within this span."""
        return self.start <= other.start and other.end <= self.end

    def fits(self, text: str) -> bool:
        """True when this span lies inside ``text``."""
        return self.end <= len(text)

    @classmethod
    def covering(cls, spans: Iterable[Span]) -> Span:
        """The smallest span that contains all ``spans`` (at least one)."""
        spans = list(spans)
        if not spans:
            raise ValueError("Span.covering() needs at least one span")
        return trusted_span(
            start=min(s.start for s in spans), end=max(s.end for s in spans)
        )


@attrs.frozen(kw_only=True)
class Article:
    """A news article: its text, unchanged, and what is known about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    """The publisher (``Reuters``, ``RT``)."""
    published: _dt.datetime | _dt.date | None = None
    """Publication date: the anchor for relative time expressions."""
    language: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_dict, hash=False)
    """Anything else a loader found, JSON-compatible values only."""

    @property
    def published_date(self) -> _dt.date | None:
        """The publication date without its time of day."""
        if isinstance(self.published, _dt.datetime):
            return self.published.date()
        return self.published


@attrs.frozen(kw_only=True)
class Block:
    """A typed stretch of the article: heading, paragraph, caption, credit, …"""

    type: str = attrs.field(validator=_in(BLOCK_TYPES))
    span: Span
    group: str | None = None
    """Blocks that belong together (a caption with its credits) share a group."""
    attributes: Mapping[str, str] = attrs.field(factory=dict, converter=_dict, hash=False)
    """Extra facts about the block, e.g. ``{"photographer": …, "agency": …}``."""


@attrs.frozen(kw_only=True)
class Mention:
    """One place in the text that refers to an actor."""

    span: Span
    kind: str = attrs.field(default="name", validator=_in(MENTION_KINDS))


@attrs.frozen(kw_only=True)
class Actor:
    """One entity of the article (a person, organisation, medium, place or group)."""

    id: str
    name: str
    """Canonical name: the longest proper name used for the entity."""
    kind: str = attrs.field(validator=_in(ACTOR_KINDS))
    roles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    affiliation: str | None = None
    affiliation_id: str | None = None
    """The actor id of the affiliation when it is itself an actor of the article."""
    country: str | None = None
    country_code: str | None = None
    """ISO 3166-1 alpha-2 code: of the place itself, or of a person's/organisation's country."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Quote:
    """Reported speech or thought: what was said (parts), how (cue), by whom (speaker)."""

    id: str
    kind: str = attrs.field(validator=_in(QUOTE_KINDS))
    parts: tuple[Span, ...] = attrs.field(converter=_tuple)
    """The reported content; a split quote has several parts, in text order."""
    cue: Span | None = None
    """The words that signal the report: ``said``, ``according to``."""
    speaker_mention: Span | None = None
    """The words that name the source here: ``he``, ``the newspaper``, ``Mao Ning``."""
    speaker: str | None = None
    """The actor id of the source, when it could be resolved."""
    anonymous: bool = False
    """True for unnamed sourcing (``officials said``, ``according to sources``)."""

    @parts.validator
    def _check_parts(self, attribute: attrs.Attribute[Any], value: tuple[Span, ...]) -> None:
        if not value:
            raise ValueError("Quote.parts must hold at least one span")

    @property
    def span(self) -> Span:
        """From the start of the first part to the end of the last."""
        return trusted_span(start=self.parts[0].start, end=self.parts[-1].end)

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A TIMEX3-style time expression with its normalised value."""

    id: str
    span: Span
    type: str = attrs.field(validator=_in(TIMEX_TYPES))
    value: str | None = None
    """TIMEX3 value: ``2023-07-11``, ``2023-W17``, ``P2Y``, ``PAST_REF``, ranges ``A/B``."""
    mod: str | None = None
    """TIMEX3 modifier: ``START``, ``MID``, ``END``, ``BEFORE``, ``AFTER``, ``APPROX``…"""
    resolved: bool = True
    """False when the value depends on an anchor that was not available (no publication
    date): the value then keeps ``X`` placeholders instead of a guess."""


@attrs.frozen(kw_only=True)
class Participant:
    """An actor taking part in an event, in a role (``agent``, ``partner``, ``target``…)."""

    actor: str
    role: str


@attrs.frozen(kw_only=True)
class Event:
    """Something the article reports as happening, planned, negated or hypothetical."""

    id: str
    type: str
    """The lexicon's event type: ``meeting``, ``visit``, ``statement``, ``agreement``…"""
    trigger: Span
    plover: str | None = None
    """The PLOVER event category (``CONSULT``, ``AGREE``…) where one fits."""
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_tuple)
    when: str | None = None
    """The id of the time expression the event is placed at."""
    where: str | None = None
    """The actor id of the place."""
    status: str = attrs.field(default="reported", validator=_in(EVENT_STATUSES))
    quote: str | None = None
    """For statements: the id of the quote the event stands for."""


ScoreValue = int | float | str | bool | None


@attrs.frozen(kw_only=True)
class Score:
    """A named judgement about the article, with the evidence it rests on."""

    name: str
    value: ScoreValue
    explanation: str
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    details: Mapping[str, Any] = attrs.field(factory=dict, converter=_dict, hash=False)
    """JSON-compatible breakdown (per speaker, per country, …)."""


@attrs.frozen(kw_only=True)
class ComponentError:
    """A component that failed on one article; the rest of the analysis is kept."""

    component: str
    plugin: str | None
    error_type: str
    message: str


@attrs.frozen(kw_only=True)
class Failure:
    """An input that yielded no analysis (unreadable file, bad record, failed pipeline).

    In batch work every input yields an :class:`Analysis` or a ``Failure``.
    """

    input: str
    """The file name (or ``-`` for standard input)."""
    message: str
    error_type: str = "InputError"
    line: int | None = None
    """1-based line for JSON Lines records."""
    article_id: str | None = None
    component: str | None = None
    plugin: str | None = None


@attrs.frozen(kw_only=True)
class Analysis:
    """Everything newskit found in one article."""

    article: Article
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_tuple)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple)
    timexes: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    scores: tuple[Score, ...] = attrs.field(default=(), converter=_tuple)
    errors: tuple[ComponentError, ...] = attrs.field(default=(), converter=_tuple)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def score(self, name: str) -> Score | None:
        """The score with this name, or None."""
        for score in self.scores:
            if score.name == name:
                return score
        return None

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span of the analysis with a label saying where it comes from."""
        yield from iter_spans(self)

    def check_spans(self) -> list[str]:
        """Problems with spans that do not fit the article's text (empty when all fit).

        Also catches what the :class:`Span` validator would have refused
        (negative start, end before start): values made with the trusted
        constructors (:func:`trusted_span`) skip that check.
        """
        n = len(self.article.text)
        return [
            span_problem(where, span, n) for where, span in self.spans()
            if not 0 <= span.start <= span.end <= n
        ]


LAYER_FIELDS = ("blocks", "sentences", "actors", "quotes", "timexes", "events")
"""The Analysis fields an extractor may produce, by layer name."""


def iter_spans(analysis: Analysis) -> Iterator[tuple[str, Span]]:
    """Every span in an analysis, labelled ``layer[index].field``."""
    for layer in LAYER_FIELDS:
        for i, item in enumerate(getattr(analysis, layer)):
            yield from _item_spans(f"{layer}[{i}]", item)
    for score in analysis.scores:
        for j, span in enumerate(score.evidence):
            yield f"scores[{score.name}].evidence[{j}]", span


def span_problem(where: str, span: Span, text_length: int) -> str:
    """What is wrong with ``span`` of ``where`` (one that does not fit a text of
    ``text_length`` characters, or is not a valid span at all), in words."""
    if span.start < 0 or span.end < span.start:
        return f"{where}: span {span.start}-{span.end} is not a valid span (0 <= start <= end)"
    return f"{where}: span {span.start}-{span.end} lies outside the text (length {text_length})"


def _item_spans(label: str, item: Any) -> Iterator[tuple[str, Span]]:
    if isinstance(item, Span):
        yield label, item
    elif isinstance(item, Block | TimeExpression):
        yield f"{label}.span", item.span
    elif isinstance(item, Actor):
        for j, mention in enumerate(item.mentions):
            yield f"{label}.mentions[{j}]", mention.span
    elif isinstance(item, Quote):
        for j, part in enumerate(item.parts):
            yield f"{label}.parts[{j}]", part
        if item.cue is not None:
            yield f"{label}.cue", item.cue
        if item.speaker_mention is not None:
            yield f"{label}.speaker_mention", item.speaker_mention
    elif isinstance(item, Event):
        yield f"{label}.trigger", item.trigger


# Trusted constructors ---------------------------------------------------------
#
# The validated constructors above run a validator or converter per field
# (about 1.2 µs for a Span, more for types with several). Extractors build
# thousands of values per article from offsets and kinds they computed
# themselves, where that check cannot fail; these functions build the same
# frozen instance without it, by storing each field straight into its slot
# (about 0.4 µs for a Span). Users' code, readers of JSON and anything that
# takes values from outside keep the validated constructors. What a trusted
# value skips is still checked where it matters: the pipeline checks every
# span, kind and quote of an extractor's output before it accepts it.

_new = object.__new__
_Setters = tuple[Callable[[Any, Any], None], ...]


def _setters(cls: type, *names: str) -> _Setters:
    """The slot setters of ``cls``'s fields, in the order given.

    Setting a slot through its descriptor skips attrs' frozen ``__setattr__``
    (which refuses) and the attribute lookup of ``object.__setattr__``. The
    test suite checks that the names cover every field of the class.
    """
    return tuple(cls.__dict__[name].__set__ for name in names)


_SPAN = _setters(Span, "start", "end")


def trusted_span(*, start: int, end: int) -> Span:
    """A :class:`Span` built without its checks: for code that knows ``0 <= start <= end``.

    Equal (``==``, ``hash``) to ``Span(start=start, end=end)``. Meant for
    extractors building many spans from offsets they computed; never for values
    read from users or files (``Span(start=5, end=3)`` must keep raising there).
    """
    span = _new(Span)
    s = _SPAN
    s[0](span, start)
    s[1](span, end)
    return span


_MENTION = _setters(Mention, "span", "kind")


def trusted_mention(*, span: Span, kind: str = "name") -> Mention:
    """A :class:`Mention` built without its checks (``kind`` must be in MENTION_KINDS)."""
    mention = _new(Mention)
    s = _MENTION
    s[0](mention, span)
    s[1](mention, kind)
    return mention


_BLOCK = _setters(Block, "type", "span", "group", "attributes")


def trusted_block(
    *, type: str, span: Span, group: str | None = None,
    attributes: Mapping[str, str] | None = None,
) -> Block:
    """A :class:`Block` built without its checks (``type`` in BLOCK_TYPES).

    ``attributes`` is kept as given, not copied: pass a dict nothing changes later.
    """
    block = _new(Block)
    s = _BLOCK
    s[0](block, type)
    s[1](block, span)
    s[2](block, group)
    s[3](block, {} if attributes is None else attributes)
    return block


_ACTOR = _setters(
    Actor, "id", "name", "kind", "roles", "affiliation", "affiliation_id", "country",
    "country_code", "aliases", "mentions",
)


def trusted_actor(
    *, id: str, name: str, kind: str, roles: tuple[str, ...] = (),
    affiliation: str | None = None, affiliation_id: str | None = None,
    country: str | None = None, country_code: str | None = None,
    aliases: tuple[str, ...] = (), mentions: tuple[Mention, ...] = (),
) -> Actor:
    """An :class:`Actor` built without its checks (``kind`` in ACTOR_KINDS; tuples, not lists)."""
    actor = _new(Actor)
    s = _ACTOR
    s[0](actor, id)
    s[1](actor, name)
    s[2](actor, kind)
    s[3](actor, roles)
    s[4](actor, affiliation)
    s[5](actor, affiliation_id)
    s[6](actor, country)
    s[7](actor, country_code)
    s[8](actor, aliases)
    s[9](actor, mentions)
    return actor


_QUOTE = _setters(Quote, "id", "kind", "parts", "cue", "speaker_mention", "speaker", "anonymous")


def trusted_quote(
    *, id: str, kind: str, parts: tuple[Span, ...], cue: Span | None = None,
    speaker_mention: Span | None = None, speaker: str | None = None, anonymous: bool = False,
) -> Quote:
    """A :class:`Quote` built without its checks (``kind`` in QUOTE_KINDS; ``parts`` a
    non-empty tuple)."""
    quote = _new(Quote)
    s = _QUOTE
    s[0](quote, id)
    s[1](quote, kind)
    s[2](quote, parts)
    s[3](quote, cue)
    s[4](quote, speaker_mention)
    s[5](quote, speaker)
    s[6](quote, anonymous)
    return quote


_TIMEX = _setters(TimeExpression, "id", "span", "type", "value", "mod", "resolved")


def trusted_timex(
    *, id: str, span: Span, type: str, value: str | None = None, mod: str | None = None,
    resolved: bool = True,
) -> TimeExpression:
    """A :class:`TimeExpression` built without its checks (``type`` in TIMEX_TYPES)."""
    timex = _new(TimeExpression)
    s = _TIMEX
    s[0](timex, id)
    s[1](timex, span)
    s[2](timex, type)
    s[3](timex, value)
    s[4](timex, mod)
    s[5](timex, resolved)
    return timex


_PARTICIPANT = _setters(Participant, "actor", "role")


def trusted_participant(*, actor: str, role: str) -> Participant:
    """A :class:`Participant` built without attrs' ``__init__`` (it has no checks to skip,
    only the keyword handling)."""
    participant = _new(Participant)
    s = _PARTICIPANT
    s[0](participant, actor)
    s[1](participant, role)
    return participant


_EVENT = _setters(
    Event, "id", "type", "trigger", "plover", "participants", "when", "where", "status", "quote"
)


def trusted_event(
    *, id: str, type: str, trigger: Span, plover: str | None = None,
    participants: tuple[Participant, ...] = (), when: str | None = None,
    where: str | None = None, status: str = "reported", quote: str | None = None,
) -> Event:
    """An :class:`Event` built without its checks (``status`` in EVENT_STATUSES; tuples)."""
    event = _new(Event)
    s = _EVENT
    s[0](event, id)
    s[1](event, type)
    s[2](event, trigger)
    s[3](event, plover)
    s[4](event, participants)
    s[5](event, when)
    s[6](event, where)
    s[7](event, status)
    s[8](event, quote)
    return event


_SCORE = _setters(Score, "name", "value", "explanation", "evidence", "details")


def trusted_score(
    *, name: str, value: ScoreValue, explanation: str, evidence: tuple[Span, ...] = (),
    details: Mapping[str, Any] | None = None,
) -> Score:
    """A :class:`Score` built without its converters (``evidence`` a tuple; ``details``
    kept as given, not copied)."""
    score = _new(Score)
    s = _SCORE
    s[0](score, name)
    s[1](score, value)
    s[2](score, explanation)
    s[3](score, evidence)
    s[4](score, {} if details is None else details)
    return score


_ANALYSIS = _setters(
    Analysis, "article", "blocks", "sentences", "actors", "quotes", "timexes", "events",
    "scores", "errors",
)


def trusted_analysis(
    *, article: Article, blocks: tuple[Block, ...] = (), sentences: tuple[Span, ...] = (),
    actors: tuple[Actor, ...] = (), quotes: tuple[Quote, ...] = (),
    timexes: tuple[TimeExpression, ...] = (), events: tuple[Event, ...] = (),
    scores: tuple[Score, ...] = (), errors: tuple[ComponentError, ...] = (),
) -> Analysis:
    """An :class:`Analysis` built without its converters: every layer already a tuple."""
    analysis = _new(Analysis)
    s = _ANALYSIS
    s[0](analysis, article)
    s[1](analysis, blocks)
    s[2](analysis, sentences)
    s[3](analysis, actors)
    s[4](analysis, quotes)
    s[5](analysis, timexes)
    s[6](analysis, events)
    s[7](analysis, scores)
    s[8](analysis, errors)
    return analysis
