"""Abbreviations by class, from the ``abbreviations`` lexicon.

The lexicon (``newskit/data/abbreviations.json``, extended by plugins through
``newskit_lexicon_entries``) lists abbreviations written with a full stop and
how that stop behaves: ``title`` (``Mr.``, ``Gen.``), ``calendar`` (``Jan.``),
``non_final`` (``vs.``, ``Mt.``) never end a sentence; ``number`` (``No.``,
``p.``) introduce a number; ``company`` (``Inc.``), ``suffix`` (``Jr.``),
``state`` (``Calif.``, ``N.J.``) and ``may_end`` (``etc.``, ``U.S.``) may end one.

:func:`abbreviation_sets` gives them as frozen sets of keys: the form in lower case
without its final full stop (``mr``, ``no``, ``u.s``, ``n.j``). The shipped sets
are built once per process, those of a :class:`~newskit.lexicons.Lexicons`
object once per object.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newskit.lexicons import Lexicons

__all__ = ["CLASSES", "Abbreviations", "abbreviation_key", "abbreviation_sets"]

CLASSES = ("title", "calendar", "non_final", "number", "company", "suffix", "state", "may_end")
"""The values of an entry's ``class``."""



def abbreviation_key(form: str) -> str:
    """The key of an abbreviation: lower case, without the final full stop
    (``U.S.`` -> ``u.s``, ``Mr.`` -> ``mr``, ``Mr`` -> ``mr``)."""
    return form.lower().removesuffix(".")


_FIELDS = (*CLASSES, "never_final", "maybe_final", "ends_name", "all")


class Abbreviations:
    """Keys (:func:`abbreviation_key`) of the abbreviations, by class (read-only;
    a plain class with slots: importing ``dataclasses`` would cost every process)."""

    __slots__ = _FIELDS

    title: frozenset[str]
    """``title``: before a person's name (``mr``, ``gen``, ``sens``, ``messrs``, ``st``)."""
    calendar: frozenset[str]
    """``calendar``: months and weekdays (``jan``, ``sept``, ``thurs``)."""
    non_final: frozenset[str]
    """``non_final``: other abbreviations that never end a sentence (``vs``, ``mt``, ``dept``)."""
    never_final: frozenset[str]
    """``title``, ``calendar`` and ``non_final``: the full stop never ends a sentence."""
    number: frozenset[str]
    """``number``: introduce a number (``no``, ``p``, ``art``, ``vol``)."""
    company: frozenset[str]
    """``company``: end a company's name (``inc``, ``corp``, ``co``, ``ltd``, ``bros``)."""
    suffix: frozenset[str]
    """``suffix``: end a person's name (``jr``, ``sr``)."""
    state: frozenset[str]
    """``state``: US states (``calif``, ``pa``, ``n.j``, ``d.c``)."""
    may_end: frozenset[str]
    """``may_end``: other abbreviations that often end a sentence (``etc``, ``u.s``, ``a.m``)."""
    maybe_final: frozenset[str]
    """``company``, ``suffix``, ``state`` and ``may_end``: may end a sentence."""
    ends_name: frozenset[str]
    """Entries marked ``ends_name`` (``jr``, ``sr``, ``bros``)."""
    all: frozenset[str]
    """Every key of the lexicon."""

    def __init__(self, **sets: frozenset[str]) -> None:
        for name in _FIELDS:
            setattr(self, name, sets[name])

    def __repr__(self) -> str:
        return f"Abbreviations({len(self.all)} keys)"

    def classes(self, *names: str) -> frozenset[str]:
        """The union of the keys of the given classes (``classes("title", "suffix")``)."""
        out: set[str] = set()
        for name in names:
            if name not in CLASSES:
                raise ValueError(f"unknown abbreviation class {name!r}")
            out |= getattr(self, name)
        return frozenset(out)


def _build(entries: tuple[dict[str, object], ...]) -> Abbreviations:
    """The sets of a lexicon's entries; entries without a string ``form`` or with an
    unknown ``class`` are skipped."""
    by_class: dict[str, set[str]] = {name: set() for name in CLASSES}
    ends_name: set[str] = set()
    for entry in entries:
        form = entry.get("form")
        kind = entry.get("class")
        if not isinstance(form, str) or not form.strip(".") or kind not in by_class:
            continue
        key = abbreviation_key(form.strip())
        by_class[str(kind)].add(key)
        if entry.get("ends_name") is True:
            ends_name.add(key)
    never = by_class["title"] | by_class["calendar"] | by_class["non_final"]
    may = by_class["company"] | by_class["suffix"] | by_class["state"] | by_class["may_end"]
    return Abbreviations(
        title=frozenset(by_class["title"]),
        calendar=frozenset(by_class["calendar"]),
        non_final=frozenset(by_class["non_final"]),
        never_final=frozenset(never),
        number=frozenset(by_class["number"]),
        company=frozenset(by_class["company"]),
        suffix=frozenset(by_class["suffix"]),
        state=frozenset(by_class["state"]),
        may_end=frozenset(by_class["may_end"]),
        maybe_final=frozenset(may),
        ends_name=frozenset(ends_name),
        all=frozenset(never | may | by_class["number"]),
    )


_SHIPPED: Abbreviations | None = None
_BY_LEXICONS: weakref.WeakKeyDictionary[Lexicons, Abbreviations] = weakref.WeakKeyDictionary()


def abbreviation_sets(lexicons: Lexicons | None = None) -> Abbreviations:
    """The abbreviations of ``lexicons`` (the shipped lexicon and the entries its
    plugins add), or of the shipped lexicon alone when ``lexicons`` is ``None``."""
    global _SHIPPED
    if lexicons is None:
        if _SHIPPED is None:
            # imported here: ``import newskit.structure`` stays free of the lexicon machinery
            from newskit.lexicons import Lexicons

            _SHIPPED = _build(Lexicons().get("abbreviations"))
        return _SHIPPED
    found = _BY_LEXICONS.get(lexicons)
    if found is None:
        found = _build(lexicons.get("abbreviations"))
        _BY_LEXICONS[lexicons] = found
    return found
