"""The cue lexicon compiled into patterns, and the small closed word lists the
quote finder needs (pronouns, determiners, anonymous-source nouns, role nouns)."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import attrs

from ..spacer import Spacer
from ..wordtrie import trie_alternation
from .shipped import compile_pattern

__all__ = [
    "CLAUSE_STOP", "CuePatterns", "QuoteAbbreviations", "clause_stop_search",
    "compile_cues", "quote_abbreviations", "word_set",
]


SPACE = " \t\r\n\f\v\u00a0\u2009\u200a\u202f"
"""The white space a quote's boundaries are trimmed of (the finder's and the boundary rules')."""


def word_set(words: str) -> frozenset[str]:
    """A set of the white-space separated words of ``words``."""
    return frozenset(words.split())


class QuoteAbbreviations:
    """The abbreviations the quote finder asks about, from the ``abbreviations``
    lexicon (:func:`newskit.structure.abbreviation_sets`; keys lower case without
    the final full stop). Built once per lexicon by :func:`quote_abbreviations`;
    compared by identity (a key of the speaker phrases' cache)."""

    __slots__ = ("in_name", "known", "name_ends", "states")

    in_name: frozenset[str]
    """``title`` and ``suffix``: stand in a name, never end a clause (``Mr.``, ``Sens.``,
    ``Jr.``)."""
    known: frozenset[str]
    """Every abbreviation but ``calendar`` ones: a full stop after one does not end
    a speaker phrase (``Sens. Jo Roe``, ``Acme Corp.``; ``Sept. 14`` is no speaker)."""
    name_ends: frozenset[str]
    """``suffix`` and ``company``: their full stop belongs to the name they end
    (``Jo Roe Jr.``, ``Acme Inc.``)."""
    states: frozenset[str]
    """US states: the names of the ``places`` lexicon's US ``state`` entries (``new
    york``), their ``abbreviation`` fields and the ``state`` class of the
    ``abbreviations`` lexicon (``calif``, ``n.j``)."""

    def __init__(self, in_name: frozenset[str], known: frozenset[str],
                 name_ends: frozenset[str], states: frozenset[str] = frozenset()) -> None:
        self.in_name = in_name
        self.known = known
        self.name_ends = name_ends
        self.states = states


_SHIPPED_ABBREVIATIONS: QuoteAbbreviations | None = None
_ABBREVIATIONS_BY_LEXICONS: weakref.WeakKeyDictionary[Any, QuoteAbbreviations] = (
    weakref.WeakKeyDictionary())


def quote_abbreviations(lexicons: Any = None) -> QuoteAbbreviations:
    """The :class:`QuoteAbbreviations` of ``lexicons`` (a
    :class:`~newskit.lexicons.Lexicons`: the shipped lexicon and its plugins'
    entries), or of the shipped lexicon when ``None``; built once per object."""
    global _SHIPPED_ABBREVIATIONS
    found = (_SHIPPED_ABBREVIATIONS if lexicons is None
             else _ABBREVIATIONS_BY_LEXICONS.get(lexicons))
    if found is None:
        from newskit.structure import abbreviation_sets

        sets = abbreviation_sets(lexicons)
        found = QuoteAbbreviations(in_name=sets.classes("title", "suffix"),
                                   known=sets.all - sets.calendar,
                                   name_ends=sets.suffix | sets.company,
                                   states=sets.state | _us_states(lexicons))
        if lexicons is None:
            _SHIPPED_ABBREVIATIONS = found
        else:
            _ABBREVIATIONS_BY_LEXICONS[lexicons] = found
    return found


def _us_states(lexicons: Any) -> frozenset[str]:
    """Names and abbreviations (lower case, no final full stop) of the US states of
    the ``places`` lexicon of ``lexicons`` (the shipped one when ``None``)."""
    if lexicons is None:
        from newskit.lexicons import Lexicons

        lexicons = Lexicons()
    out: set[str] = set()
    for entry in lexicons.get("places"):
        if entry.get("type") != "state" or entry.get("country_code") != "US":
            continue
        name = str(entry["name"]).lower()
        # "Washington State" (the lexicon's name, apart from the city) is written
        # "Washington" after its city: "Spokane, Washington,"
        out.add(name)
        out.add(name.removesuffix(" state"))
        if entry.get("abbreviation"):
            out.add(str(entry["abbreviation"]).lower().removesuffix("."))
    return frozenset(out)


# Forms that are too often nouns or other words to be cues on their own; they
# count only where a reporting frame is otherwise clear (after a quote, with
# "that" after them).
WEAK_FORMS = word_set(
    """
    state states note notes comment comments remark remarks answer answers report reports
    question questions counter protest protests charge charges point points project
    projects estimate estimates show shows find finds read post posts text texts
    demand demands promise promises continue continues figure figures hope hopes
    fear fears doubt doubts wish trust regard want wants know knows begin begins
    consider considers understand realize recognize expect expects worry worries
    see sees reason reasons guess guesses dispute disputes found plan plans pledge pledges
    seek seeks refuse vow vows decline declines claims attacks tweet tweets email emails
    post posts recount recounts brand brands add defend maintain maintains maintained
    continued
    saying stating noting adding writing telling asking explaining arguing
    """
)

# Nouns of what someone said, after a possessive before a quoted fragment: "her
# remark that “…”", "Ruiz's pledge to be “neutral”"
REPORT_NOUNS = word_set(
    """
    remark remarks statement statements comment comments claim claims assertion
    assertions promise promises pledge pledges suggestion suggestions aside warning
    warnings contention argument arguments vow vows insistence plea declaration quip
    retort admission complaint complaints accusation accusations prediction predictions
    boast boasts observation answer response reply denial explanation words description
    characterization proclamation threat threats joke jokes question questions
    """
)

PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
    "they": "p", "them": "p", "their": "p", "it": "n", "its": "n",
    "i": "1", "me": "1", "my": "1", "we": "1", "us": "1", "our": "1", "you": "2",
}

DETERMINERS = word_set(
    """
    the a an this that these those his her their its our my your one another some many
    several other both all most few each two three four five six seven eight nine ten
    dozens hundreds thousands multiple numerous various top senior
    """
)

# Nouns that name unnamed sources: "officials said", "according to sources".
ANONYMOUS_NOUNS = word_set(
    """
    source sources official officials analyst analysts expert experts observer observers
    aide aides adviser advisers advisor advisors insider insiders people person someone
    diplomat diplomats critic critics supporter supporters opponent opponents resident
    residents witness witnesses investigator investigators authorities authority police
    prosecutors lawmakers legislators officers staffers staff strategists operatives
    economists scientists researchers activists voters democrats republicans members
    leaders representatives reports media commentators pundits pollsters
    """
)

# Anonymous sources that still name a meaningful group: they become ``group`` actors.
GROUP_NOUNS = word_set(
    """
    officials analysts experts observers aides advisers advisors critics supporters opponents
    residents witnesses investigators authorities police prosecutors lawmakers legislators
    diplomats economists scientists researchers activists voters democrats republicans
    leaders members strategists operatives staffers pollsters commentators pundits
    """
)

# Role nouns and what kind of actor they name ("the newspaper" is a medium).
ROLE_KINDS: Mapping[str, str] = {
    **dict.fromkeys(
        word_set(
        """
        newspaper paper daily magazine outlet publication agency network channel broadcaster
        website site tabloid journal station newsletter
        """
        ),
        "media",
    ),
    **dict.fromkeys(
        word_set(
        """
        company firm group organization organisation alliance bloc ministry department
        agency committee campaign government administration party union council
        commission court office bank association foundation institute center centre
        board team embassy coalition movement army military
        """
        ),
        "organization",
    ),
}

FEMALE_ROLES = word_set(
    """
    spokeswoman chairwoman congresswoman businesswoman woman mother wife sister daughter
    queen actress grandmother
    """
)
MALE_ROLES = word_set(
    """
    spokesman chairman congressman businessman man father husband brother son king
    actor grandfather
    """
)

# Words that end a speaker phrase or show it is a clause, not a name.
# heads of time phrases, never a source: "A week later", "Minutes later", "Sunday on Fox"
TIME_NOUNS = word_set(
    """
    second seconds minute minutes hour hours day days week weeks weekend weekends month
    months year years decade decades night nights morning mornings afternoon evening
    monday tuesday wednesday thursday friday saturday sunday mondays sundays
    january february march april june july august september october november december
    """
)

CLAUSE_WORDS = word_set(
    """
    that which who whom whose whether because if when while although though since unless until
    is are was were be been being am will would could should can may might must shall
    do does did not never also has have had there here what why how where
    """
)

# The clause that follows an object without "that" ("told the crowd he was …"): its
# subject is a nominative pronoun, or a noun phrase whose finite verb comes soon.
SUBJECT_PRONOUNS = word_set("he she they we i it")
# the forms of "be" (a passive, a copula, a clause going on after a quotation)
BE_FORMS = word_set("is are was were be been being")
OBJECT_PRONOUNS = word_set("me him us them you")
FINITE_VERBS = word_set(
    """
    is are was were has have had will would could should can may might must did does do
    isn't aren't wasn't weren't hasn't haven't won't wouldn't can't couldn't doesn't didn't
    isn’t aren’t wasn’t weren’t hasn’t haven’t won’t wouldn’t can’t couldn’t doesn’t didn’t
    """
)

# Adverbs and auxiliaries between a speaker and the cue ("he also said", "has said").
VERB_ADVERBS = word_set(
    """
    also later previously recently repeatedly once has have had was were is are would will
    could might may did does do not never ever even again then still just further often
    frequently publicly privately initially first last earlier subsequently simply flatly
    bluntly openly immediately explicitly reportedly allegedly herself himself themselves
    itself quickly quietly loudly angrily proudly clearly firmly tweeted separately already
    always ultimately finally sarcastically jokingly cautiously confidently emphatically
    now usually sometimes generally routinely regularly constantly continually apparently
    well
    """
)


# Where a reported clause stops: before a coordinated or contrasting clause
# (", but …", "; …", "and said …", ", and she added …") or a participle after a
# comma (", believing …"). One pattern for the finder (content after a cue) and
# the boundary rules (a clause carried on after a quotation, which add the
# punctuation that ends a clause there).
_STOP_VERBS = "said|says|say|told|tells|warn|warns|argue|argues|goes|went|made|took|gave"
_STOP_SUBJECTS = "the|some|many|most|other|others|another|those|these|few|more|all|both"
CLAUSE_STOP_SOURCE = (
    r",\s+(?:but|while|whereas|although|though)\s|;\s|"
    r",\s+(?!(?:includ|regard|concern|follow|exclud)ing\s)\p{Ll}{2,20}ing\s|"
    r"\s(?:and|but)\s+(?:also\s+)?(?:\p{Ll}{2,20}ed|" + _STOP_VERBS + r")\s|"
    r",\s+(?:and|but)\s+(?:now\s+|then\s+)?(?:he|she|they|we|i|it|\p{Lu}[\p{L}.'’-]{0,20}|"
    r"(?:" + _STOP_SUBJECTS + r")\s+[\p{L}-]{2,20})\s+\p{Ll}{2,20}\s|"
    r",\s+and\s+(?:after|when|then|now|yet)\s|,\s+another\s"
)
"""The source of :data:`CLAUSE_STOP` (for patterns that add alternatives to it)."""
CLAUSE_STOP = compile_pattern(CLAUSE_STOP_SOURCE)
"""Where a reported clause stops (see above); the match starts at the stop."""
_STOP_AT = CLAUSE_STOP.match


def clause_stop_search(text: str, start: int, end: int) -> Any:
    """``CLAUSE_STOP.search(text, start, end)``, the pattern tried only where a stop
    can start: at a comma or semicolon, or at white space before ``and`` or
    ``but``. Every alternative opens so, and the pattern has no lookbehind, so
    the first of these positions where it matches is where the search would
    find it; a search tries the pattern at every position of the stretch, about
    twice the cost on the stretches the finder asks about."""
    starts = []
    for ch in ",;":
        i = text.find(ch, start, end)
        while i >= 0:
            starts.append(i)
            i = text.find(ch, i + 1, end)
    for word in ("and", "but"):
        i = text.find(word, start + 1, end)
        while i >= 0:
            if text[i - 1].isspace():  # every character \s matches is a space to isspace
                starts.append(i - 1)
            i = text.find(word, i + 1, end)
    if len(starts) > 1:
        starts.sort()
    for pos in starts:
        m = _STOP_AT(text, pos, end)
        if m is not None:
            return m
    return None


_TOKEN_PUNCT = ".,;:!?\"“”‘’'()[]{}—–-…*/"
_blank_punctuation = Spacer(_TOKEN_PUNCT)
"""Makes every character of :data:`_TOKEN_PUNCT` a space (same length, same offsets)."""


def _find_all(low: str, form: str, start: int, end: int, how: str,
              out: list[tuple[int, int, str]]) -> None:
    """Append whole-word occurrences of ``form`` in ``low[start:end]``."""
    n = len(form)
    i = low.find(form, start, end)
    while i >= 0:
        before = low[i - 1] if i > start else " "
        after = low[i + n] if i + n < len(low) else " "
        if not (before.isalnum() or before in "'’-") and not (after.isalnum() or after == "-"):
            out.append((i, i + n, how))
        i = low.find(form, i + 1, end)


@lru_cache(maxsize=32)
def _verb_pattern(words: frozenset[str]) -> Any:
    return compile_pattern(
        r"(?i)(?<![\p{L}\p{N}'’-])(?:" + _trie_pattern(sorted(words)) + r")(?![\p{L}\p{N}-])"
    )


@lru_cache(maxsize=32)
def _phrase_pattern(phrases: frozenset[str]) -> Any:
    return compile_pattern(
        r"(?i)(?<![\p{L}\p{N}])(?:" + (_trie_pattern(sorted(phrases)) or "(?!)")
        + r")(?![\p{L}\p{N}])"
    )


@attrs.frozen
class CuePatterns:
    """Cue patterns and what each matched form is."""

    info: Mapping[str, dict[str, Any]]
    """Lower-case form -> lexicon entry."""
    strong: frozenset[str]
    """Forms that count as cues in any reporting frame."""
    phrase_forms: frozenset[str] = frozenset()
    """Multiword cue forms, lower case."""
    words: frozenset[str] = frozenset()
    """Single-word cue forms, lower case."""
    first_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    """First word of a multiword cue -> the cues starting with it (longest first)."""
    inner_words: Mapping[str, frozenset[str]] = attrs.field(init=False, default=attrs.Factory(
        lambda self: {phrase: frozenset(_blank_punctuation(" ".join(phrase.split()[1:-1])).split())
                      for phrases in self.first_words.values() for phrase in phrases},
        takes_self=True))
    """A multiword cue -> the words between its first and its last, split as
    :meth:`scan` splits the text: each stands between spaces wherever the cue
    does, so a text that holds the cue holds them as words of their own
    (``x`` and ``s`` of the placeholder ``in x's view``, ``it`` of ``made it clear``)."""
    openers: frozenset[str] = attrs.field(init=False, default=attrs.Factory(
        lambda self: frozenset(self.words | self.first_words.keys() | {"according"}).union(
            *self.inner_words.values()),
        takes_self=True))
    """The words looked for in a text: those that open a cue (single-word forms,
    first words, ``according``) and the inner words of multiword cues."""

    @property
    def verbs(self) -> Any:
        """Matches any single-word verb cue form (whole word, case-insensitive).
        Built and compiled at the first use (a large alternation, about 65 ms):
        :meth:`scan` finds cues without it, and the finder asks for it only in a
        text whose lower-casing changes its length."""
        return _verb_pattern(self.words)

    @property
    def phrases(self) -> Any:
        """Multiword cues (``drew attention to``, ``expressed confidence``), compiled
        at the first use (as :attr:`verbs`)."""
        return _phrase_pattern(self.phrase_forms)

    def scan(self, low: str, start: int = 0, end: int | None = None
             ) -> list[tuple[int, int, str]]:
        """Cue occurrences in ``low[start:end]`` (lower-cased text) as
        ``(start, end, "verb"|"phrase"|"according")``, in text order.

        This is the hot loop of quote finding, so it stays in C as far as it
        can: the distinct words of the text are intersected with the cue forms,
        and only the forms present are located with ``str.find``.
        """
        if end is None:
            end = len(low)
        # the words of the text that open a cue, without a set of all its words
        present = self.openers.intersection(_blank_punctuation(low[start:end]).split())
        out: list[tuple[int, int, str]] = []
        for form in present & self.words:
            _find_all(low, form, start, end, "verb", out)
        for word in present & self.first_words.keys():
            for phrase in self.first_words[word]:
                if self.inner_words[phrase] <= present:  # else it cannot be there
                    _find_all(low, phrase, start, end, "phrase", out)
        if "according" in present:
            _find_all(low, "according to", start, end, "according", out)
        out.sort()
        return out



def compile_cues(entries: Iterable[Mapping[str, Any]]) -> CuePatterns:
    """Build the cue patterns from lexicon entries (the ``cues`` lexicon)."""
    info: dict[str, dict[str, Any]] = {}
    words: set[str] = set()
    phrases: set[str] = set()
    for entry in entries:
        forms = entry.get("forms") or [entry.get("lemma", "")]
        for form in forms:
            form = str(form).strip().lower()
            if not form or "x" in form.split():
                continue
            if form == "according to":
                continue  # handled by its own pattern
            info.setdefault(form, dict(entry))
            if " " in form:
                phrases.add(form)
            else:
                words.add(form)
    strong = frozenset(f for f in words if f not in WEAK_FORMS and not f.endswith("ing"))

    first_words: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        first_words.setdefault(phrase.split()[0], []).append(phrase)
    return CuePatterns(
        info=info, strong=strong, phrase_forms=frozenset(phrases), words=frozenset(words),
        first_words={k: tuple(v) for k, v in first_words.items()},
    )


def _piece(ch: str) -> str:
    import regex

    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    return str(regex.escape(ch))


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a trie
    (:func:`newskit.wordtrie.trie_alternation`; a space matching any white space, either
    apostrophe for the other), a pattern that never matches when there are none."""
    return trie_alternation(words, _piece) or "(?!)"
