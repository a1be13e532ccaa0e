"""The actor lexicons, compiled into lookup tables once per :class:`~newskit.lexicons.Lexicons`.

Reads ``countries``, ``places``, ``organizations``, ``org_words``, ``media``,
``titles``, ``role_nouns``, ``first_names``, ``surnames``, ``common_words``,
``group_nouns``, ``adjectives``, ``not_actors`` and ``abbreviations`` (see
docs/lexicons.md). Plugins extend any of them with the ``newskit_lexicon_entries`` hook;
entries use the same keys as the data files.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from newskit.lexicons import Lexicons
from newskit.structure.abbreviations import abbreviation_sets

__all__ = ["ActorLexicon", "Known", "RoleNoun"]

_NOUN_KINDS = ("person", "organization", "media", "place")


_ACROSS = frozenset({"of", "for", "de", "in"})


@attrs.frozen
class Known:
    """An entity the lexicons know by name."""

    key: str
    """Identity of the entity: names that share a key are one actor."""
    name: str
    """Its canonical name."""
    kind: str
    country: str | None = None
    country_code: str | None = None
    types: tuple[str, ...] = ()
    mention_kind: str = "name"
    """How a surface form refers to it: ``name``, ``alias`` or ``acronym``."""
    capital_of: bool = False
    """The surface form is the capital of the country (``Beijing`` for China)."""


@attrs.frozen
class RoleNoun:
    noun: str
    kind: str
    prefer: tuple[str, ...] = ()
    gender: str | None = None


# an accentless form of a place's name among this many commonest words is left out (the
# rank below which places.json leaves out cities named by a common word)
_FREQUENT = 2500
# letters NFKD does not take apart: written with their plain letters in ASCII text
_FOLD = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "Ð": "D", "ø": "o", "Ø": "O",
    "ß": "ss", "æ": "ae", "Æ": "Ae",
})


class _Unmarked(dict[int, "int | None"]):
    """A ``str.translate`` table that drops combining characters (accents) and keeps
    every other character, filled at each character's first sight: the translation
    runs in C, where a generator over the characters ran a test in Python for each
    (a thousand places' names at start-up)."""

    def __missing__(self, code: int) -> int | None:
        import unicodedata

        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_UNMARKED = _Unmarked()


def _ascii_fold(name: str) -> str:
    """``name`` without its accents (``São Paulo`` -> ``Sao Paulo``, ``Łódź`` -> ``Lodz``)."""
    import unicodedata

    return unicodedata.normalize("NFKD", name.translate(_FOLD)).translate(_UNMARKED)


# words spelt two ways in English news (British and American, with and without a hyphen)
_VARIANTS = (
    ("Organization", "Organisation"), ("Co-operation", "Cooperation"),
    ("Co-ordination", "Coordination"),
)


def _spellings(name: str) -> list[str]:
    """``name`` and its other spellings (``Organization for Security and Co-operation``
    is also written ``Organisation``, ``Cooperation``): the name first."""
    out = [name]
    for a, b in _VARIANTS:
        if a in name or b in name:
            out += [v.replace(a, b) if a in v else v.replace(b, a) for v in out]
    return out


def _strs(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str) and v]


def _field_strs(entries: Iterable[dict[str, Any]], field: str) -> list[str]:
    """The strings of ``field`` in ``entries`` (:func:`_strs` of each, in order): one
    list comprehension when every entry has one string there (a name list)."""
    values = [e.get(field) for e in entries]
    strings = [v for v in values if type(v) is str]
    if len(strings) == len(values):
        return strings
    return [s for v in values for s in _strs(v)]


class ActorLexicon:
    """Every table the actor extractor looks names up in."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.known: dict[str, Known] = {}
        """Surface form (exact case) → entity."""
        self.known_words: frozenset[str] = frozenset()
        """Every word of every surface form in ``known`` (split at spaces)."""
        self.known_upper: dict[str, Known] = {}
        """Upper-cased surface form → entity (for all-capital headlines)."""
        self.demonyms: dict[str, tuple[str, str]] = {}
        """Demonym/adjective → (country name, ISO code)."""
        self.adjectives: frozenset[str] = frozenset()
        """Adjectives of regions (Asian, European, Scottish): modifiers, never names."""
        self.countries: dict[str, tuple[str, str]] = {}
        """Country name or alias → (country name, ISO code)."""
        self.code_to_country: dict[str, str] = {}
        self.org_heads: frozenset[str] = frozenset()
        self.non_actor_heads: frozenset[str] = frozenset()
        """Head words of event, law and currency names (World Cup): not actors."""
        self.not_actors: frozenset[str] = frozenset()
        """Abbreviations that are never actors (GDP, Q1, EDT): dropped from a name's end."""
        self.titles: dict[str, str | None] = {}
        """Title (as written; lower-case entries match any case) → gender."""
        self.title_words: frozenset[str] = frozenset()
        self.max_title_len = 1
        abbreviations = abbreviation_sets(lexicons)
        self.abbreviations: frozenset[str] = abbreviations.all
        """Keys of the ``abbreviations`` lexicon (lower case, without the final stop:
        ``mr``, ``calif``, ``inc``): a word ending in one of them and a full stop does
        not end a name chunk (``Mr. Smith``, ``Acme Inc. Chairman``)."""
        self.company_abbreviations: frozenset[str] = abbreviations.company
        """Keys of the ``company`` class (``inc``, ``corp``, ``co``): a company's name
        ending in one keeps its full stop (``Acme Corp. said``)."""
        self.company_forms: frozenset[str] = frozenset(
            h
            for e in lexicons.get("org_words")
            if e.get("legal_form")
            for h in _strs(e.get("head"))
        ) | frozenset(
            form
            for a in self.company_abbreviations
            for word in (a.capitalize(), a.upper())
            for form in (word, word + ".")
        )
        """Legal forms of companies as written at the end of their names (``Inc``,
        ``Corp.``, ``PLC``, ``AG``, ``S.A.``, ``Oy``): a name ending in one is a company's.
        The company abbreviations in both cases, with and without their stop, and the
        ``org_words`` heads marked ``legal_form``."""
        self.state_abbreviations: dict[str, Known] = {}
        """A US state's abbreviation (``N.J.``, ``Calif.``, ``Calif``) → the state: a place
        after a place and a comma (``Newark, N.J.``); known everywhere when it is no
        common word, first name, surname or title word (``Pa.``, ``Miss.`` are)."""
        self.state_words: frozenset[str] = frozenset()
        """The keys of ``state_abbreviations``."""
        self.state_pattern: Any = None
        """``, `` or `` , `` then one of ``state_abbreviations`` (compiled at first use)."""
        self.plural_titles: dict[str, tuple[str, ...]] = {}
        """Plural of a capitalised title's word before "of" → the title's capitalised words
        after it (``Chiefs`` → ``Staff``, ``General Staff``): the body those officers form
        (``Joint Chiefs of Staff``)."""
        self.role_nouns: dict[str, RoleNoun] = {}
        self.lower_cues: frozenset[str] = frozenset()
        """Last words of titles and role nouns, lower case: what may end a descriptor."""
        self.group_nouns: frozenset[str] = frozenset()
        """Plural nouns naming groups of people (analysts, officials, sources)."""
        self.first_names: dict[str, str | None] = {}
        self.surnames: frozenset[str] = frozenset()
        self.common: dict[str, int] = {}
        self.memo: dict[str | tuple[Any, ...], Any] = {}
        """What the extractor made of a name chunk (bounded, see ``names._MEMO_SIZE``):
        by word for a single word, by its characters for one run of the chunk pattern (its
        tokens parted by single spaces), else (joined across a connector) by its
        characters and the places of its tokens."""
        self.opener_fate: dict[str, int] = {}
        """What becomes of a one-word chunk opening a sentence, by word (bounded like
        ``memo``): 0 dropped, 1 kept, 2 dropped unless written capitalised mid-sentence."""
        self.role_patterns: tuple[Any, Any] | None = None
        """The role-noun patterns for ``role_nouns`` (``the``/``The`` …), compiled at first
        use and kept here rather than looked up by the nouns' tuple per article."""
        self._load(lexicons)
        # The words of all the forms: one join and one split in C (the same set).
        self.known_words = frozenset(" ".join(self.known).split(" "))
        self.party_members: dict[str, Known] = {
            form: k
            for form, k in self.known.items()
            if k.kind == "organization"
            and "party" in k.types
            and k.mention_kind == "alias"
            and " " not in form
            and form.endswith("s")
        }
        """A party's members named by a plural alias (``Democrats``, ``Republicans``) → the
        party: after a place's name, a group (``Iowa Democrats``)."""
        self.group_words: frozenset[str] = self.group_nouns | frozenset(self.party_members)
        """The words the groups pass looks for in one split of the text: the group nouns
        and the party members' plurals."""
        self.the_seconds: frozenset[str] = frozenset(
            name.split(" ")[1] for name in self.known if name.startswith("The ")
        )
        """Second words of known names that open with the article (``The Hague``, ``The
        Hill``): where "The" before one of them may be the name's."""
        common = self.common
        self.common_known: frozenset[str] = frozenset(
            form
            for table in (self.known, self.known_upper)
            for form, k in table.items()
            if " " not in form
            and len(form) > 2
            and k.mention_kind != "acronym"
            and form.lower() in common
        )
        """Known names of one word that are common words too (``Time``, ``TURKEY``, no
        acronym), as written and in capitals: where the article writes the word in lower
        case and never capitalised mid-sentence, opening a sentence, in a heading or on a
        line in capitals it is the word (``FOR THE FIRST TIME``)."""
        across: dict[str, list[tuple[str, int]]] = {}
        for name in self.known:
            if name.count(" ") < 2:
                continue  # no word between two others
            words = name.split(" ")
            for j in range(1, len(words) - 1):
                if words[j] not in _ACROSS or not words[j - 1][:1].isupper():
                    continue
                rest = j + 2 if words[j + 1] == "the" else j + 1
                n = 0
                while rest + n < len(words) and words[rest + n][:1].isupper():
                    n += 1
                if n:
                    across.setdefault(words[j - 1], []).append((" ".join(words[j - 1 :]), n))
        self.across: dict[str, tuple[tuple[str, int], ...]] = {
            w: tuple(sorted(v, key=lambda e: -len(e[0]))) for w, v in across.items()
        }
        """Word before "of", "for", "de" or "in" in a known name → the name from that word and how
        many capitalised words follow the connector (``House`` → ``House of
        Representatives``, 1): the runs either side are joined into it."""

    # -- loading -------------------------------------------------------------------------

    def _add(self, surface: str, known: Known) -> None:
        if not surface:
            return
        self.known.setdefault(surface, known)
        self.known_upper.setdefault(surface.upper(), known)

    def _load(self, lexicons: Lexicons) -> None:
        for e in lexicons.get("countries"):
            name = e.get("name")
            code = e.get("code")
            if not isinstance(name, str) or not isinstance(code, str):
                continue
            key = f"country:{code}"
            self.code_to_country[code] = name
            self.countries[name] = (name, code)
            self._add(name, Known(key, name, "place", name, code))
            for alias in _strs(e.get("aliases")):
                self.countries[alias] = (name, code)
                kind = "acronym" if alias.replace(".", "").isupper() else "alias"
                self._add(alias, Known(key, name, "place", name, code, mention_kind=kind))
            for cap in _strs(e.get("capitals")):
                self._add(cap, Known(f"place:{cap}", cap, "place", name, code, capital_of=True))
            for dem in _strs(e.get("demonyms")):
                self.demonyms.setdefault(dem, (name, code))
        adjectives: set[str] = set()
        folded: list[tuple[str, Known]] = []  # places' names without their accents
        # Six thousand places, most with a name, a type and a country code only: the
        # optional fields are read only when present, a type's tuple is made once, and a
        # name is added inline (what _add does), at start-up.
        forms, upper_forms = self.known, self.known_upper
        code_to_country = self.code_to_country
        type_tuples: dict[str, tuple[str, ...]] = {}
        for e in lexicons.get("places"):
            name = e.get("name")
            if not isinstance(name, str):
                continue
            demonyms = e.get("demonyms")
            if demonyms is not None:
                adjectives.update(_strs(demonyms))
            code = e.get("country_code")
            if not isinstance(code, str):
                code = None
            country = code_to_country.get(code) if code else None
            type_ = e.get("type")
            if isinstance(type_, str):
                types = type_tuples.get(type_)
                if types is None:
                    types = type_tuples[type_] = (type_,)
            else:
                types = tuple(_strs(type_))
            place = Known(f"place:{name}", name, "place", country, code, types)
            if name:
                forms.setdefault(name, place)
                upper_forms.setdefault(name.upper(), place)
            aliases = e.get("aliases")
            if aliases is not None:
                for alias in _strs(aliases):
                    # an English exonym or former name (Cologne, Kiev, Rangoon) is a name of
                    # the place in its own right: the actor is named as the article first
                    # writes it
                    mk = "acronym" if alias.replace(".", "").isupper() else "name"
                    self._add(
                        alias, Known(f"place:{name}", alias, "place", country, code, types, mk))
            if not name.isascii():
                folded.append((_ascii_fold(name), place))
            abbreviation = e.get("abbreviation")
            if abbreviation is None:
                continue
            for abbr in _strs(abbreviation):
                known = Known(f"place:{name}", name, "place", country, code, types, "alias")
                # "Calif." keeps its full stop in a name only before a capital
                self.state_abbreviations[abbr] = known
                if abbr.count(".") == 1:
                    self.state_abbreviations[abbr[:-1]] = known
        adjectives.update(w for e in lexicons.get("adjectives") for w in _strs(e.get("word")))
        adjectives.update(d + "s" for d in self.demonyms if d[-1] in "ni")
        self.adjectives = frozenset(adjectives - set(self.demonyms))
        for lexicon, kind in (("organizations", "organization"), ("media", "media")):
            for e in lexicons.get(lexicon):
                name = e.get("name")
                if not isinstance(name, str):
                    continue
                code = e.get("country_code") if isinstance(e.get("country_code"), str) else None
                country = self.code_to_country.get(code) if code else None
                types = tuple(_strs(e.get("types")) + _strs(e.get("type")))
                key = f"{kind}:{name}"
                acronyms = _strs(e.get("acronym"))
                canonical = acronyms[0] if acronyms and kind == "organization" else name
                for variant in _spellings(name):
                    self._add(variant, Known(key, canonical, kind, country, code, types, "name"))
                for acr in acronyms:
                    self._add(acr, Known(key, canonical, kind, country, code, types, "acronym"))
                for alias in _strs(e.get("aliases")):
                    mk = "acronym" if alias.replace(".", "").isupper() else "alias"
                    for variant in _spellings(alias):
                        self._add(variant, Known(key, canonical, kind, country, code, types, mk))
        self.org_heads = frozenset(
            h
            for e in lexicons.get("org_words")
            if not e.get("not_actor")
            for h in _strs(e.get("head"))
        )
        self.non_actor_heads = frozenset(
            h for e in lexicons.get("org_words") if e.get("not_actor") for h in _strs(e.get("head"))
        )
        self.not_actors = frozenset(
            w for e in lexicons.get("not_actors") for w in _strs(e.get("word"))
        )
        titles: dict[str, str | None] = {}
        for e in lexicons.get("titles"):
            for t in _strs(e.get("title")):
                g = e.get("gender")
                titles[t] = g if isinstance(g, str) else None
        self.titles = titles
        self.title_words = frozenset(w for t in titles for w in t.split())
        self.max_title_len = max((len(t.split()) for t in titles), default=1)
        plural_titles: dict[str, list[str]] = {}
        for t in titles:
            before, of, after = t.partition(" of ")
            if of and after.istitle() and before[:1].isupper():
                head = before.split()[-1]
                plural = head[:-1] + "ies" if head.endswith("y") else head + "s"
                plural_titles.setdefault(plural, []).append(after)
        self.plural_titles = {
            k: tuple(sorted(v, key=len, reverse=True)) for k, v in plural_titles.items()
        }
        for e in lexicons.get("role_nouns"):
            noun = e.get("noun")
            kind = str(e.get("kind"))
            if not isinstance(noun, str) or kind not in _NOUN_KINDS:
                continue
            g = e.get("gender")
            self.role_nouns[noun.lower()] = RoleNoun(
                noun.lower(), str(kind), tuple(p.lower() for p in _strs(e.get("prefer"))),
                g if isinstance(g, str) else None,
            )
        self.group_nouns = frozenset(
            n.lower() for e in lexicons.get("group_nouns") for n in _strs(e.get("noun"))
        )
        self.lower_cues = frozenset(
            [t.split()[-1].lower() for t in titles] + [n.split()[-1] for n in self.role_nouns]
        )
        first_names = self.first_names
        for e in lexicons.get("first_names"):
            n = e.get("name")
            if isinstance(n, str):
                g = e.get("gender")
                first_names[n] = g if isinstance(g, str) else None
        self.surnames = frozenset(_field_strs(lexicons.get("surnames"), "name"))
        common: dict[str, int] = {}
        add_word = common.setdefault
        for i, e in enumerate(lexicons.get("common_words"), 1):
            w = e.get("word")
            if isinstance(w, str):
                rank = e.get("rank")
                add_word(w, rank if isinstance(rank, int) else i)
        self.common = common
        for surface, place in folded:
            # "Sao Paulo", "Montreal", "Zurich": news written without the accents; not a
            # form that is a frequent word, first name or surname ("Leon" of "León")
            if not (
                common.get(surface.lower(), _FREQUENT) < _FREQUENT
                or surface in self.first_names
                or surface in self.surnames
            ):
                self._add(surface, place)
        companies = self.company_abbreviations
        for surface in [s for s in forms if " " in s and s[-1] != "."]:
            # "Ford Motor Co" is "Ford Motor Co." too (a company's name keeps the stop)
            if surface[surface.rfind(" ") + 1 :].lower() in companies:
                self._add(surface + ".", forms[surface])
        self.state_words = frozenset(self.state_abbreviations)
        for abbr, known in self.state_abbreviations.items():
            bare = abbr.rstrip(".")
            if "." in bare or not (
                bare.lower() in common
                or bare in self.first_names
                or bare in self.surnames
                or bare in self.title_words
            ):
                self._add(abbr, known)

    # -- lookups ---------------------------------------------------------------------------

    def title_gender(self, title: str) -> str | None:
        if title in self.titles:
            return self.titles[title]
        return self.titles.get(title.lower())

    def is_title(self, words: Iterable[str]) -> bool:
        phrase = " ".join(words)
        return phrase in self.titles or phrase.lower() in self.titles
