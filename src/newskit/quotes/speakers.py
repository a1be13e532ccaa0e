"""Speaker phrases: recognising the words that name a source, and resolving them
to actors of the article.

A speaker phrase is found next to a cue (``Mao Ning said``, ``said the
newspaper``, ``according to her``). Resolution goes through the actors layer
(:class:`~newskit.mentions.MentionIndex`): a phrase that is already a mention
resolves to its actor; otherwise a surname resolves to the actor whose name
ends with it, a pronoun to the nearest compatible person before it (gender from
earlier pronouns and role nouns), a role noun (``the newspaper``, ``the
diplomat``) to the nearest actor of the right kind. A phrase naming nobody
known yet becomes a new actor (a ``group`` for ``officials``, ``analysts``).
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Sequence
from functools import lru_cache, partial
from typing import Any, NamedTuple

import attrs

from newskit.mentions import MentionIndex
from newskit.types import Actor, Mention, Span

from .lexicon import (
    ANONYMOUS_NOUNS,
    CLAUSE_WORDS,
    DETERMINERS,
    FEMALE_ROLES,
    GROUP_NOUNS,
    MALE_ROLES,
    PRONOUNS,
    ROLE_KINDS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    VERB_ADVERBS,
    QuoteAbbreviations,
    quote_abbreviations,
    word_set,
)

__all__ = ["Phrase", "SpeakerResolver", "speaker_phrase"]

_VERBISH = word_set(
    "include includes included received receives gave gives got get gets made said says told "
    "tells wrote writes"
)
# participles in -ed that modify a noun of a speaker phrase ("Iowa elected
# officials"): no verb between a name and the noun closing the phrase
_PARTICIPLE_ADJECTIVES = word_set(
    "elected appointed retired unnamed concerned armed based related affiliated registered "
    "educated organized organised united interested disaffected frustrated supposed alleged "
    "accused unidentified detained")
# time nouns that are written with a capital: never a surname
_CALENDAR = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday mondays sundays
    january february march april june july august september october november december
    """
)
_ARTICLES = word_set("the a an this that these those his her their its our my your")
_NOT_IN_PHRASE = frozenset("\"“”«»„;:?!\n")
NAME_CONNECTORS = word_set("of the de del della la le van von der den bin al da di du and for & y")
SENTENCE_ADVERBS = word_set(
    """
    however indeed meanwhile still yet instead also moreover furthermore then now today
    yesterday later earlier recently thus so anyway nevertheless nonetheless additionally
    finally overall rather besides otherwise hence therefore there here perhaps maybe
    instead afterward afterwards again once twice already even only just
    shortly hastily quickly clearly surely mostly merely partly slowly briefly openly
    simply oddly sadly rarely lately soon
    """
)

# Pronouns that can open a clause of their own. "you" is one here but not in the
# lexicon's list, where it is read as the object of "told" ("told you the …").
CLAUSE_PRONOUNS = SUBJECT_PRONOUNS | {"you"}
LEADING_WORDS = frozenset({"and", "but", "so", "then", "yet", "as", "while", "or", "nor"})
# Words that start adverbial phrases, not noun phrases.
PREPOSITIONS = word_set(
    """
    in on at for from with without about after before during under over by to into onto
    since until through across against among between despite like unlike near per via
    speaking asked writing noting adding following citing referring responding commenting
    according amid amidst outside inside beyond toward towards upon within behind beside
    besides along throughout absent given
    """
)
_NOT_FIRST = PREPOSITIONS | {"of", "alongside", "prior", "whenever", "wherever"}
_CLAUSE_ANY = CLAUSE_WORDS | CLAUSE_PRONOUNS
_NOT_LAST = DETERMINERS | PREPOSITIONS | NAME_CONNECTORS
# names spelt as a function word ("George Will", "Theresa May", "Al From"): written
# with a capital after a capitalised word of the phrase, or alone, they are a name
_NAME_HOMOGRAPHS = frozenset({"Will", "May", "From"})
_MONTH_MODIFIERS = frozenset({"last", "next", "early", "late", "mid", "in", "since", "until"})


def _name_homograph(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is a name spelt as a function word: one of
    ``_NAME_HOMOGRAPHS`` alone or after a capitalised word (no determiner)."""
    if words[i] not in _NAME_HOMOGRAPHS:
        return False
    if len(words) == 1:
        return True
    prev = words[i - 1].lower() if i > 0 else ""
    return (words[i - 1][:1].isupper() and prev not in DETERMINERS
            and prev not in _MONTH_MODIFIERS) if prev else False


class Phrase(NamedTuple):
    """A speaker phrase: its span and what sort of words name the source."""

    start: int
    end: int
    kind: str
    """``pronoun``, ``name`` (a proper name, possibly with a title), ``nominal``
    (``the newspaper``) or ``anonymous`` (``officials``, ``a source``)."""
    head: str
    """The head word, lower case (``newspaper``, ``he``, ``lavrov``)."""


@lru_cache(maxsize=1)
def _word_pattern() -> Any:
    import regex

    return regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&/-]{0,40}")


_JOINERS = "'’.&/-"
# ASCII letters, digits and joiners kept, every other ASCII character a space: a
# table for bytes.translate (str.translate looks every character up in a mapping,
# which cost four times as much on these short stretches)
_ASCII_WORD_BYTES = bytes(i if i >= 128 or chr(i).isalnum() or chr(i) in _JOINERS else 32
                          for i in range(256))


def _words(chunk: str) -> list[str]:
    """The words of ``chunk`` as :func:`_word_pattern` finds them.

    ASCII text (nine stretches in ten) is split with ``bytes.translate`` and
    ``str.split``, twice as fast as the regex: a run of letters, digits and
    joiners is a word once its leading joiners are dropped, cut every 41
    characters as the pattern's bound cuts it. Runs are looked at one by one
    only when one of them opens with a joiner (an ASCII one: a space before it
    in the translated text, where every separator is a space) or is that long.
    """
    if not chunk.isascii():
        return list(_word_pattern().findall(chunk))
    spaced = chunk.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii")
    runs = spaced.split()
    if not runs or ((len(spaced) <= 41 or max(map(len, runs)) <= 41)
                    and spaced[0] not in _JOINERS and " '" not in spaced
                    and " ." not in spaced and " &" not in spaced and " /" not in spaced
                    and " -" not in spaced):
        return runs
    words = []
    for run in runs:
        if not run[0].isalnum():
            run = run.lstrip(_JOINERS)
        while len(run) > 41:
            words.append(run[:41])
            run = run[41:].lstrip(_JOINERS)
        if run:
            words.append(run)
    return words


def speaker_phrase(text: str, start: int, end: int,
                   abbreviations: QuoteAbbreviations | None = None) -> Phrase | None:
    """The speaker phrase filling ``text[start:end]``, or None when it is not one.

    Leading conjunctions and trailing adverbs/auxiliaries (``also``, ``has``)
    are left out of the span. The verdict depends on the characters of the
    stretch only, so it is computed once per distinct stretch (the same
    ``he`` or ``Mr. Obama`` recurs within and across articles) and moved to
    ``start``. ``abbreviations``: those of the extractor's lexicon (default: the
    shipped one's).
    """
    if end - start > 160 or end <= start:
        return None
    found = _chunk_phrase(text[start:end], abbreviations or quote_abbreviations())
    if found is None:
        return None
    s, e, kind, head = found
    return _new_phrase((s + start, e + start, kind, head))


# builds a Phrase from its fields without the Python-level ``__new__`` of a
# NamedTuple (a phrase is built for every speaker found)
_new_phrase = partial(tuple.__new__, Phrase)


@lru_cache(maxsize=8192)
def _chunk_phrase(chunk: str, abbreviations: QuoteAbbreviations
                  ) -> tuple[int, int, str, str] | None:
    """:func:`speaker_phrase` on a stretch of text, with offsets into it."""
    if not _NOT_IN_PHRASE.isdisjoint(chunk) or "''" in chunk:
        return None
    if ". " in chunk and not _dots_are_abbreviations(chunk, abbreviations.known):
        return None
    words = _words(chunk)
    a, b = 0, len(words)
    while a < b and words[a].lower() in LEADING_WORDS:
        a += 1
    if b - a >= 2 and words[a][:1].isupper() and (
            words[a].lower() in SENTENCE_ADVERBS or _adverb(words[a])) and (
            words[a + 1] in SUBJECT_PRONOUNS or (
                words[a + 1][:1].isupper() and not words[a + 1].endswith("ed"))):
        # "Recently she", "Later Ana Ruiz": a sentence adverb, then the subject (not
        # "Just Leaked")
        a += 1
    while b > a and (words[b - 1].lower().strip(".") in VERB_ADVERBS or (
            words[b - 1].endswith("ly") and words[b - 1].islower() and len(words[b - 1]) > 4)
                     ) and not _name_homograph(words[a:b], b - 1 - a):
        b -= 1
    if b == a or b - a > 12:
        return None
    found = _classify(chunk, words[a:b])
    if found is None:
        return None
    # offsets only for a phrase (most stretches are none)
    s, e = _word_offsets(chunk, words, a, b)
    if chunk[e - 1] == "." and not _abbreviation(words[b - 1], abbreviations.name_ends):
        e -= 1
    return (s, e, found[0], found[1])


# determiners that stand alone for a noun of the text before ("Another said")
_PRONOMINAL_DETERMINERS = frozenset({"another", "one", "some", "many", "several", "others",
                                     "most", "few", "both"})

_QUANTIFIERS = frozenset({"any", "every", "no", "such", "whatever"})
ADVERBIAL_OPENERS = frozenset({"more", "less", "back", "well"})
"""Words that open a sentence adverbial ("More broadly, …", "Back in 1999, …") or an
interjection ("Well, …"): alone (the rest of the adverbial left out), never a
speaker; before a comma, the segment is no subject (the quote finder's too)."""
# prepositions approximating a number ("About 40 rabbis", "At least half of parents")
_APPROXIMATORS = frozenset({"about", "around", "over", "under", "at", "just", "only", "nearly",
                            "almost"})
_AMOUNT_WORDS = word_set(
    "half one two three four five six seven eight nine ten eleven twelve twenty "
    "thirty forty fifty sixty seventy eighty ninety hundred dozen third quarter")


def _classify(chunk: str, words: list[str]) -> tuple[str, str] | None:
    """The kind and head of the speaker phrase made of ``words`` (the words of
    ``chunk`` without leading conjunctions and trailing adverbs), or None."""
    # lower-cased at once (no word holds white space, and lower-casing makes none)
    joined = " ".join(words).lower()
    lowered = joined.split() if "." not in joined else [w.rstrip(".") for w in joined.split()]
    if not _NAME_HOMOGRAPHS.isdisjoint(words):
        # "George Will", "Al From": a name, not the clause word or preposition (the
        # tests below see a word of no list in its place)
        lowered = [w + "_" if _name_homograph(words, i) else w for i, w in enumerate(lowered)]
    first = lowered[0]
    n = len(words)
    if n == 1 and first in PRONOUNS:
        return ("pronoun", first)
    if n == 1 and first in _PRONOMINAL_DETERMINERS:
        return ("nominal", first)  # "Another tweeted, …", "“…,” read one."
    if n == 1 and first in _QUANTIFIERS:
        return None  # "Any decision would …": a quantifier without its noun names nobody
    if n == 1 and first in ADVERBIAL_OPENERS:
        return None  # "More recently, he …", "Back in May, …", "Well, …": an adverb left
    if first in _APPROXIMATORS and n > 2 and first not in lowered[1:]:
        lead = 2 if lowered[1] in ("least", "most") else 1
        if first != "at" or lead == 2:
            amount = lowered[lead]
            if amount == "a" and n > lead + 1:
                amount = lowered[lead + 1]  # "About a dozen lawmakers"
            if amount[:1].isdigit() or amount in _AMOUNT_WORDS:
                # "About 40 rabbis", "At least half of parents": the preposition is
                # an approximation of the number, not the head of a phrase
                return _classify(chunk, words[lead:])
    # the tests that only reject come first, cheapest first (their order does not
    # change the verdict: each returns None)
    if first in _NOT_FIRST or not _CLAUSE_ANY.isdisjoint(lowered):
        return None  # a clause word or pronoun anywhere; a preposition first
    last = lowered[-1]
    if last in _NOT_LAST:
        return None  # "the rest of the", "One of the"
    if n == 1 and first in DETERMINERS:
        return None
    head = last.removesuffix("_").removesuffix("'s").removesuffix("’s")
    if head in TIME_NOUNS and (n == 1 or not words[-1][:1].isupper() or head in _CALENDAR):
        return None  # "A week later", "Minutes later", "Sunday"; but "Kristen Day"
    if first in SENTENCE_ADVERBS or (words[0].endswith("ly") and _adverb(words[0])) or (
            words[-1].endswith("ly") and _adverb(words[-1])):
        return None
    if ("'t" in chunk or "’t" in chunk or "'T" in chunk or "’T" in chunk) and any(
            w.endswith(("n't", "n’t")) for w in lowered):
        return None
    # a number ("2016", "20,000"; "46-year-old" is a noun), tested inline: this runs
    # for every stretch looked at; the last word first (all of them are numbers
    # only if it is; with no word after a determiner, the test above has returned)
    if words[-1][:1].isdigit() and all(w[:1].isdigit() and "-" not in w for w in words[
            1 if first in DETERMINERS else 0 :]):
        return None  # "2016", "his 20,000"
    capitalised = [w[:1].isupper() or (w[:1].isdigit() and "-" not in w) for w in words]
    definite = first in ("the", "this", "that") and not head.endswith("s")
    if head in ANONYMOUS_NOUNS and not (capitalised[-1] and n > 1) and not definite:
        return ("anonymous", head)  # "officials", "Trump aides", "a source"
    start_k = 1 if first in DETERMINERS else 0
    caps = [i for i in range(start_k, n) if capitalised[i]]
    if caps:
        # a name last ("Democratic council candidate Ana Ruiz", "Gov. Tom
        # E. Hale of Maine"); lower-case words before it are titles and modifiers
        if caps[-1] != n - 1:
            # "Protest groups", "Iowa biofuels advocates": a plural common noun last
            tail = lowered[caps[-1] + 1 :]
            if tail[-1] in _VERBISH or (tail[-1].endswith("ed") and not tail[-1].endswith("eed")):
                return None  # "The Harbour Post reported": a verb, not a noun
            if any((w.endswith("ed") and "-" not in w and w not in _PARTICIPLE_ADJECTIVES)
                   or w in _VERBISH for w in tail[:-1]):
                return None  # "Sanders highlighted polls", "Trump called Ford's plans"
            owner = lowered[caps[-1]]
            possessive = start_k == 0 and owner.endswith(("'s", "’s")) and (
                owner[:-2] not in PRONOUNS and owner[:-2] not in CLAUSE_WORDS) and all(
                capitalised[i] or lowered[i] in NAME_CONNECTORS for i in range(caps[-1]))
            if (start_k == 1 or possessive) and len(
                    tail) <= 2 and words[-1].islower() and not any(
                    w in DETERMINERS or w in PRONOUNS or w in PREPOSITIONS
                    or w in NAME_CONNECTORS or w in CLAUSE_WORDS for w in tail):
                # "the Florida senator", "Ryan's office" (a possessive name is a
                # determiner)
                return ("nominal", head)
            if (n <= 5 and lowered[-1].endswith("s") and words[-1].islower()
                    and not any(w in DETERMINERS or w in PRONOUNS or w in PREPOSITIONS
                                or w in NAME_CONNECTORS for w in tail)
                    and not (caps == [0] and lowered[0].endswith("ing") and len(lowered[0]) > 5
                             and "-" not in lowered[0])):
                # (not "Holding signs", "Citing polls": a participle and its object
                # opening the sentence)
                return ("nominal", head)
            return None
        for i in range(start_k, n):
            w = lowered[i]
            if capitalised[i] or w in NAME_CONNECTORS:
                continue
            if w in _ARTICLES or w in PRONOUNS or (i > 0 and w.endswith("ed")):
                return None
            if w.endswith("ing") or w in _VERBISH:
                return None  # "helping Sen. Ana Ruiz", "included Lind"
            if w in PREPOSITIONS and w != "of":
                return None
    elif n > 6:
        return None
    if head in ANONYMOUS_NOUNS and not (capitalised[-1] and n > 1) and not definite:
        return ("anonymous", head)
    if first in ANONYMOUS_NOUNS and n <= 6 and not any(capitalised[1:]):
        return ("anonymous", first)  # "people familiar with the talks"
    if first in DETERMINERS or first[:1].isdigit():
        if any(capitalised[1:]) and capitalised[-1]:
            return ("name", head)
        return ("nominal", head)
    if capitalised[0]:
        return ("name", head)
    if any(capitalised[1:]):
        return ("name", head)  # "spokeswoman Haley Morris"
    return None


def _word_offsets(chunk: str, words: Sequence[str], a: int, b: int) -> tuple[int, int]:
    """Where word ``a`` starts and word ``b - 1`` ends in ``chunk``. A word
    starts with a letter or digit and none lies between two words, so each is
    the first occurrence of its text after the word before."""
    pos = 0
    for k in range(a):
        pos = chunk.find(words[k], pos) + len(words[k])
    start = chunk.find(words[a], pos)
    if b == len(words):
        # the last word: only characters that are no part of a word follow it, so
        # its last occurrence is the one
        last = words[b - 1]
        return start, chunk.rfind(last) + len(last)
    pos = start
    for k in range(a, b):
        pos = chunk.find(words[k], pos) + len(words[k])
    return start, pos


def _dots_are_abbreviations(chunk: str, known: frozenset[str]) -> bool:
    """True when every ``. `` in ``chunk`` ends an abbreviation of ``known`` or an
    initial."""
    i = chunk.find(". ")
    while i >= 0:
        j = i
        while j > 0 and (chunk[j - 1].isalpha() or chunk[j - 1] == "."):
            j -= 1
        word = chunk[j:i].lower()
        if not (len(word) == 1 or word in known or _initialism(word)):
            return False
        i = chunk.find(". ", i + 1)
    return True


def _initialism(word: str) -> bool:
    """True for an initialism written with full stops, its last one left out
    (``f.b.i``, ``n.a.a.c.p``: the F.B.I., the N.A.A.C.P.)."""
    return len(word) >= 3 and len(word) % 2 == 1 and all(
        ch == "." if k % 2 else ch.isalpha() for k, ch in enumerate(word))


def _adverb(word: str) -> bool:
    """An -ly adverb (``repeatedly``; ``Significantly``, ``Essentially`` opening a
    sentence) but not a name (``Kelly``, ``Reilly``, ``Sally``)."""
    if len(word) > 7 and word[1:].islower() and word.endswith(_ADVERB_ENDINGS):
        return True
    return (len(word) > 4 and word.islower() and word.endswith("ly")
            and word not in _LY_NOUNS)


_ADVERB_ENDINGS = ("ally", "ently", "antly", "ously", "ively", "ably", "ibly", "fully",
                   "edly", "ingly", "ately", "ssly", "arly")


_LY_NOUNS = word_set("family rally ally supply assembly anomaly monopoly italy july reply bully")


def _abbreviation(word: str, name_ends: frozenset[str]) -> bool:
    return word.count(".") > 1 or word.rstrip(".").lower() in name_ends


_NAME_KINDS = ("person", "organization", "media", "group")


@lru_cache(maxsize=16384)
def _last_name(name: str) -> str | None:
    """The last capitalised word of ``name``, lower case, without ``'s``, or None:
    the key of :attr:`SpeakerResolver.by_last` (memoised: every resolver indexes
    every name and alias of its article's actors, the same names across articles)."""
    for part in reversed(name.replace("’", "'").split()):
        if part[:1].isupper():
            return part.lower().removesuffix("'s")
    return None


class SpeakerResolver:
    """Resolves speaker phrases of one article to actors, adding mentions and actors."""

    def __init__(self, text: str, actors: Sequence[Actor],
                 abbreviations: QuoteAbbreviations | None = None) -> None:
        self.text = text
        self.abbreviations = abbreviations or quote_abbreviations()
        self.index = MentionIndex(actors)
        # the index's id -> actor map copied (built the same way; this one grows)
        self.actors: dict[str, Actor] = dict(self.index.actors)
        self.order = [a.id for a in actors]
        # the index's entries of actors of some kinds, and their starts, by kinds
        self._of_kinds: dict[tuple[str, ...], tuple[list[int], list[Any]]] = {}
        self.added: dict[str, list[Mention]] = {}
        self._seen: set[tuple[str, int, int]] = set()
        self.gender: dict[str, str] = {}
        self.by_last: dict[str, str] = {}
        for actor in actors:
            if actor.kind == "person":
                for role in actor.roles:
                    self._note_role(actor.id, role)
        self._index_names(actors)
        self._new = 0
        self._created: set[str] = set()
        # speakers resolved so far, in text order: (position, actor id)
        self.history: list[tuple[int, str]] = []

    def _index_names(self, actors: Sequence[Actor]) -> None:
        """Note the last names of ``actors``' names and aliases (the first actor
        noted keeps a last name); one call for all the actors of the article."""
        by_last = self.by_last
        for actor in actors:
            actor_id = actor.id
            key = _last_name(actor.name)
            if key is not None:
                by_last.setdefault(key, actor_id)
            for name in actor.aliases:
                key = _last_name(name)
                if key is not None:
                    by_last.setdefault(key, actor_id)

    def _note_role(self, actor_id: str, word: str) -> None:
        for w in word.lower().split():
            if w in FEMALE_ROLES:
                self.gender.setdefault(actor_id, "f")
            elif w in MALE_ROLES:
                self.gender.setdefault(actor_id, "m")

    def _new_id(self) -> str:
        while True:
            self._new += 1
            candidate = f"qa{self._new}"
            if candidate not in self.actors:
                return candidate

    def _add_mention(self, actor_id: str, span: Span, kind: str, known: Actor | None) -> None:
        """Note ``span`` as a mention of ``actor_id``; ``known`` is the actor the mention
        index has at ``span`` (looked up by the caller already)."""
        key = (actor_id, span.start, span.end)
        if key in self._seen:
            return
        self._seen.add(key)
        if known is not None and known is self.actors.get(actor_id):
            return  # already a mention of this actor
        self.added.setdefault(actor_id, []).append(Mention(span=span, kind=kind))

    def _new_actor(self, name: str, kind: str, span: Span, mention_kind: str) -> str:
        actor_id = self._new_id()
        actor = Actor(id=actor_id, name=name, kind=kind)
        self._created.add(actor_id)
        self.actors[actor_id] = actor
        self.order.append(actor_id)
        self._index_names((actor,))
        self.added[actor_id] = [Mention(span=span, kind=mention_kind)]
        return actor_id

    def _nearest(self, position: int, kinds: Sequence[str], gender: str | None = None,
                 role: str | None = None) -> str | None:
        """The nearest actor of ``kinds`` mentioned (or quoted) before ``position``."""
        best: tuple[int, str] | None = None
        # the mentions of actors of these kinds starting in the 3,000 characters
        # before, walked back lazily: most lookups stop at the first, and those of a
        # kind rarely mentioned ("the council") need not step over every person
        of_kinds = self._of_kinds.get(tuple(kinds))
        if of_kinds is None:
            entries = [e for e in self.index.starting(-sys.maxsize, sys.maxsize)
                       if e[3].kind in kinds]
            of_kinds = self._of_kinds[tuple(kinds)] = ([e[0] for e in entries], entries)
        starts, entries = of_kinds
        lo = bisect.bisect_left(starts, position - 3000)
        for i in range(bisect.bisect_left(starts, position) - 1, lo - 1, -1):
            _start, end, mention, actor = entries[i]
            if end > position:
                continue
            if gender and self.gender.get(actor.id, gender) != gender:
                continue
            if role and actor.kind == "person" and actor.roles and not any(
                role in r.lower() for r in actor.roles
            ):
                # a role noun that names another role: keep looking, but remember
                if best is None:
                    best = (mention.span.start, actor.id)
                continue
            return actor.id
        for pos, actor_id in reversed(self.history):
            if pos >= position:
                continue
            if position - pos > 3000:
                break
            actor = self.actors[actor_id]
            if actor.kind in kinds and (not gender or self.gender.get(actor_id, gender) == gender):
                return actor_id
        return None if best is None else best[1]

    def resolve(self, phrase: Phrase, span: Span | None = None) -> tuple[str | None, bool]:
        """The actor id for a speaker phrase (or None) and whether the source is anonymous;
        ``span`` is the phrase's span when the caller has built it already."""
        if span is None:
            span = Span(start=phrase.start, end=phrase.end)
        actor = self.index.at(span)
        words = self.text[phrase.start : phrase.end]
        if phrase.kind == "anonymous":
            # unnamed sourcing: a group actor only where the group means something
            if phrase.head not in GROUP_NOUNS:
                return None, True
            if actor is not None and actor.kind == "group":
                return actor.id, True
            return self.group_actor(phrase), True
        if actor is not None and actor.kind != "place":
            self._remember(phrase, actor.id)
            return actor.id, False
        if phrase.kind == "pronoun" and phrase.head == "it" and self._expletive(phrase):
            return None, True  # "It is reported that …": nobody named
        if phrase.kind == "pronoun" and phrase.head == "who":
            found = self._antecedent(phrase.start)
            if found is not None:
                self._add_mention(found, span, "pronoun", actor)
                self._remember(phrase, found)
            return found, False
        if phrase.kind == "pronoun":
            gender = PRONOUNS.get(phrase.head)
            if gender in ("m", "f"):
                found = self._nearest(phrase.start, ("person",), gender)
            elif gender == "n":
                found = self._nearest(phrase.start, ("organization", "media"))
            else:
                found = None
            if found is not None:
                self._add_mention(found, span, "pronoun", actor)
                self._remember(phrase, found)
            return found, False
        if phrase.kind == "nominal" and _plural_role(phrase.head):
            # "the two governments announced": several organisations, no one person
            return self.group_actor(phrase), False
        if phrase.kind == "nominal":
            kind = ROLE_KINDS.get(phrase.head)
            if kind is None:
                found = self._nearest(phrase.start, ("person",), _gender_of(words), phrase.head)
            else:
                kinds = ("media",) if kind == "media" else ("organization", "media")
                found = self._nearest(phrase.start, kinds)
            if found is not None:
                self._add_mention(found, span, "nominal", actor)
                self._remember(phrase, found)
            return found, False
        # a name: a known surname, or a new actor
        last = phrase.head.removesuffix("'s").removesuffix("’s")
        found = self.by_last.get(last)
        if found is not None:
            self._add_mention(found, span, "alias", actor)
            self._remember(phrase, found)
            return found, False
        name = _strip_titles(words)
        capitals = [w for w in name.split() if w[:1].isupper()]
        kind = "person" if len(capitals) >= 2 and len(capitals) <= 4 else "organization"
        if len(capitals) == 1:
            kind = "person"
        found = self._new_actor(name, kind, span, "name")
        self._remember(phrase, found)
        return found, False

    def _antecedent(self, position: int) -> str | None:
        """The actor named just before ``, who`` at ``position``."""
        text = self.text
        end = position
        while end > 0 and text[end - 1] in " ,":
            end -= 1
        start = max(text.rfind(ch, max(0, end - 120), end) for ch in ",;:.(\n\"“”") + 1
        phrase = speaker_phrase(text, start, end, self.abbreviations)
        if phrase is None:
            return self._nearest(position, ("person", "organization", "media"))
        span = Span(start=phrase.start, end=phrase.end)
        actor = self.index.at(span)
        if actor is not None:
            return actor.id
        if phrase.kind == "name":
            return self.by_last.get(phrase.head)
        return None

    def _expletive(self, phrase: Phrase) -> bool:
        after = self.text[phrase.end : phrase.end + 14].lower().split()
        return bool(after) and after[0] in ("is", "was", "has", "had", "has been", "will")

    def _remember(self, phrase: Phrase, actor_id: str) -> None:
        self.history.append((phrase.start, actor_id))
        g = _gender_of(self.text[phrase.start : phrase.end])
        if phrase.kind == "pronoun":
            g = PRONOUNS.get(phrase.head)
            if g not in ("m", "f"):
                g = None
        if g:
            self.gender.setdefault(actor_id, g)

    def group_actor(self, phrase: Phrase) -> str:
        """A ``group`` actor for an anonymous plural source (``officials``)."""
        span = Span(start=phrase.start, end=phrase.end)
        words = self.text[phrase.start : phrase.end]
        return self._new_actor(words, "group", span, "nominal")

    def updated_actors(self) -> tuple[Actor, ...]:
        """The actors layer with the mentions and actors added by resolution."""
        out = []
        for actor_id in self.order:
            actor = self.actors[actor_id]
            extra = self.added.get(actor_id)
            if extra and actor_id in self._created:
                # an actor made here has no mentions of its own: build it once
                actor = Actor(id=actor.id, name=actor.name, kind=actor.kind,
                              mentions=tuple(sorted(extra, key=_position)))
            elif extra:
                # spans compared as (start, end) tuples: hashed in C, where a Span's
                # generated __hash__ is a Python call
                known = {(m.span.start, m.span.end) for m in actor.mentions}
                mentions = list(actor.mentions) + [
                    m for m in extra if (m.span.start, m.span.end) not in known]
                mentions.sort(key=_position)
                actor = attrs.evolve(actor, mentions=tuple(mentions))
            out.append(actor)
        return tuple(out)


def _plural_role(head: str) -> bool:
    """Whether ``head`` is the plural of an organisation or media noun (``governments``,
    ``agencies``)."""
    if head in ROLE_KINDS or not head.endswith("s"):
        return False
    return head[:-1] in ROLE_KINDS or (head.endswith("ies") and head[:-3] + "y" in ROLE_KINDS)


def _position(mention: Mention) -> tuple[int, int]:
    return mention.span.start, mention.span.end


_TITLES = word_set(
    """
    mr mrs ms dr prof president senator sen rep gov governor minister secretary general
    spokeswoman spokesman spokesperson chairman chairwoman director chief head leader
    foreign defense defence prime deputy vice former current sir lord lady judge justice
    ambassador mayor candidate nominee democratic republican
    """
)


def _strip_titles(words: str) -> str:
    parts = words.split()
    while len(parts) > 1 and (
        parts[0].lower().rstrip(".") in _TITLES or not parts[0][:1].isupper()
    ):
        parts.pop(0)
    name = " ".join(parts)
    return name.removesuffix("'s").removesuffix("’s")


def _gender_of(words: str) -> str | None:
    lowered = words.lower().split()
    if FEMALE_ROLES.isdisjoint(lowered) and MALE_ROLES.isdisjoint(lowered):
        return None  # most phrases: no role noun of either (tested in C)
    for w in lowered:
        if w in FEMALE_ROLES:
            return "f"
        if w in MALE_ROLES:
            return "m"
    return None
