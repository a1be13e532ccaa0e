"""The actor extractor's output: its actors as :class:`newskit.types.Actor` values,
built by storing their fields into their slots (the validated constructors cost a
fifth of the extractor's time).
"""

from __future__ import annotations

from newskit.types import Actor, Mention, Span

from .candidates import _Actor, _new_object


def _finish(text: str, actors: list[_Actor]) -> tuple[Actor, ...]:
    """The output values, built by storing their fields into their slots as the trusted
    constructors of :mod:`newskit.types` do (tests check that the setters cover every
    field; a fifth of the extractor's time went to the validated constructors, about 85
    mentions and 27 actors per article): every span is a pair of offsets of the text's
    own matches (``0 <= start <= end``), every kind one of the literals of this package,
    and the collections tuples; the pipeline still checks the spans of the layer.

    One walk over an actor's sorted mentions drops repeats (as ``sorted(set(…))`` would),
    builds the output mentions and collects the aliases: its other surface forms in text
    order, then its pronouns."""
    out = []
    new = _new_object
    set_start = _SET_START
    set_end = _SET_END
    set_span = _SET_SPAN
    set_kind = _SET_KIND
    for i, a in enumerate(actors):
        found = a.mentions
        found.sort()
        mentions = []
        surfaces: list[str] = []
        name = a.name
        seen = {name}
        pronouns: list[str] = []
        last = None
        for m in found:
            if m == last:
                continue
            last = m
            s, e, k = m
            span = new(Span)
            set_start(span, s)
            set_end(span, e)
            mention = new(Mention)
            set_span(mention, span)
            set_kind(mention, k)
            mentions.append(mention)
            t = text[s:e]
            if k == "pronoun":
                pronouns.append(t)
            elif t not in seen:
                seen.add(t)
                surfaces.append(t)
        if pronouns:
            seen.discard(name)
            for t in pronouns:
                if t not in seen:
                    seen.add(t)
                    surfaces.append(t)
        aff_name = None
        aff_id = None
        if a.aff_actor is not None:
            aff_name = a.aff_actor.name
            aff_id = _actor_id(actors, a.aff_actor)
        elif a.affiliation is not None:
            aff_actor = a.affiliation.actor
            if aff_actor is not None and aff_actor is not a:
                aff_name = aff_actor.name
                aff_id = _actor_id(actors, aff_actor)
            else:
                aff_name = a.affiliation.text
        actor = new(Actor)
        _SET_ID(actor, f"a{i + 1}")
        _SET_NAME(actor, name)
        _SET_AKIND(actor, a.kind)
        _SET_ROLES(actor, tuple(a.roles))
        _SET_AFFILIATION(actor, aff_name)
        _SET_AFFILIATION_ID(actor, aff_id)
        _SET_COUNTRY(actor, a.country)
        _SET_COUNTRY_CODE(actor, a.code)
        _SET_ALIASES(actor, tuple(surfaces))
        _SET_MENTIONS(actor, tuple(mentions))
        out.append(actor)
    return tuple(out)


def _actor_id(actors: list[_Actor], a: _Actor) -> str | None:
    """The output id of ``a``, or None when it is no actor of the article (an
    affiliation: a few an article, so looked up rather than a table built per article)."""
    try:
        return f"a{actors.index(a) + 1}"
    except ValueError:
        return None


_ACTOR_FIELDS = (
    "id", "name", "kind", "roles", "affiliation", "affiliation_id", "country", "country_code",
    "aliases", "mentions",
)
"""The fields of :class:`~newskit.types.Actor`, each stored by :func:`_finish` (a test
checks that these are all of them)."""
_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__
_SET_SPAN = Mention.__dict__["span"].__set__
_SET_KIND = Mention.__dict__["kind"].__set__
(
    _SET_ID,
    _SET_NAME,
    _SET_AKIND,
    _SET_ROLES,
    _SET_AFFILIATION,
    _SET_AFFILIATION_ID,
    _SET_COUNTRY,
    _SET_COUNTRY_CODE,
    _SET_ALIASES,
    _SET_MENTIONS,
) = [Actor.__dict__[f].__set__ for f in _ACTOR_FIELDS]
