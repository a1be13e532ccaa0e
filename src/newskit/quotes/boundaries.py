"""Quote boundaries: where the reported content of a found quote starts and ends.

The finder (:mod:`newskit.quotes.extractor`) decides *that* a stretch is reported
and by whom; this module adjusts *where* its content begins and ends, after
all candidates of an article are fixed and before they are frozen into
``Quote`` objects. Each rule follows a pattern of English news prose, tuned on
the PolNeAR train split (exact F1: boundaries equal once white space, quotation
marks and ``, . ; :`` are trimmed):

* a quotation inside a clause is part of the complement of the verb before it
  (``urged voters to reject "a reckless plan"``): the content starts right
  after that verb (and its particle: ``called for``), or at the relative
  pronoun of its clause (``which he called "a reckless gamble"``);
* a second report joined to the first by a participle (``said the ferry deal was
  "rushed," noting that it is "far too costly …"``) is a quote of its own;
* the words opening a sentence before a parenthetical attribution are the
  first part of the content when the quotation goes on with that sentence
  (``If the bridge closes, she said, "the whole valley will suffer."``) or
  when they are a connective (``But, he added, "…"``);
* a quotation ending mid-clause (``"It seems unlikely" that the bridge can open,
  he said``, ``called for "a fresh look" at the budget``) carries the rest of
  its clause, up to the attribution, the sentence end, a relative clause or a
  second verb phrase;
* a quotation joined to a direct quote right after a word of its attribution
  is a title (``said X, the author of "Blue Roads"``: dropped) or a report of
  its own (``adding that "…"``: split off);
* ``and`` then a reporting verb after a quotation (``and vowing to …``, ``and
  he repeated …``) opens a report of its own;
* a quoted sentence after a reporting verb and a comma (``and said, "Who …?"``)
  is that verb's content alone;
* a title-case quotation inside a clause with no cue names a work and is no
  quote.
* a report inside a parenthesis that opened before its content ends before
  the closing parenthesis (``(Ana Ruiz said the ferry would run again.)``), one
  whose attribution the parenthesis holds starts after the opening one.

:func:`own_report_between` tells the finder when a quotation after a quote's
attribution does not go on with it (a sentence of its own, or a colon, between).

Spans stay exact: every change moves a boundary to a word boundary found in the
text, and every part still slices the text.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import cache
from typing import Any, Protocol, TypeVar

import regex

from newskit.structure.blocks import TITLE_SMALL_WORDS

from .lexicon import (
    BE_FORMS,
    CLAUSE_STOP_SOURCE,
    FINITE_VERBS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    QuoteAbbreviations,
    quote_abbreviations,
    word_set,
)
from .lexicon import SPACE as _SPACE
from .marks import positions_of
from .shipped import compile_pattern
from .speakers import PREPOSITIONS, speaker_phrase

__all__ = [
    "SUBORDINATORS", "abbreviation_before", "own_report_between", "refine_boundaries", "title_case",
]

_OPEN = "\"“«„"
_CLOSE = "\"”»"
_MARKS = frozenset(_OPEN + _CLOSE)  # (a test of a text's characters in C)

# where a clause carried on after a quotation stops: where any reported clause
# stops (lexicon.CLAUSE_STOP), and also at a sentence end, a line break, another
# quotation, a dash, a relative or adverbial clause after a comma, or "but"
# the end of a sentence (or a semicolon, a line break) after a position
_SENTENCE_END_SOURCE = r"[.!?](?=[\"”'’)]{0,3}(?:\s|$))|[;\n]"
_CLAUSE_STOP_SOURCE = (
    _SENTENCE_END_SOURCE + r"|[\"“”«»„]|''|``|"
    r",\s+(?:which|who|whom|whose|where|and|as|according)\s|\sbut\s|\s[—–]\s|\s--\s|"
    r"\s(?:and|but)\s+(?:also\s+)?\p{Ll}{2,20}ing\s|"
    r"\sand\s+\p{Ll}{2,20}s\s+(?:that|the|a|an|he|she|it|they|his|her|their|to)\s|"
    + CLAUSE_STOP_SOURCE
)
# what may stand between an attribution and the quotation it opens: a short
# object or adjunct ("told reporters"), then a comma or a colon
_ATTRIBUTION_TAIL = compile_pattern(r"(?:[ \u00a0]+[\p{L}\p{N}'’.-]+){0,4}[ \u00a0]*[,:][ \u00a0]*")
# discourse connectives of more than one word, or in -ly, that link a sentence to
# the one before it and are no part of what it reports
_DISCOURSE_SOURCE = (
    r"(?i)in\s+addition|in\s+the\s+end|in\s+particular|in\s+fact|of\s+course|for\s+"
    r"(?:example|instance)|in\s+other\s+words|in\s+short|by\s+contrast|in\s+contrast|"
    r"on\s+the\s+other\s+hand|at\s+the\s+same\s+time|even\s+then|\p{L}{2,15}ly"
)
# a comma between a parenthetical attribution and what it reports, after an
# adjunct of the attribution at most ("she said Friday,", "he wrote in a memo,")
_PARENTHETICAL_COMMA_SOURCE = (
    r"(?:[ \u00a0]+(?:in|on|at|during|via|through|from|with|last|this|earlier|later|today|"
    r"yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \u00a0]+[\p{L}\p{N}'’.-]+){0,3})?[ \u00a0]*,[ \u00a0]*")


@cache
def _rare(source: str) -> regex.Pattern[str]:
    """The pattern of ``source``, compiled when first asked for: the patterns of
    rules that few quotes reach (the ``*_SOURCE`` strings of this module) would
    take most of what compiling its patterns costs at import."""
    return compile_pattern(source)
# the start of the sentence holding a position (searched backwards)
_SENTENCE_START = compile_pattern(r"(?r)(?:[.!?][\"”'’)]*\s+|\n\s*)")
# a word character, lower case: the text after a closing mark goes on in its clause
_LOWER_WORD = compile_pattern(r"[ \u00a0]{1,3}\p{Ll}")
_WORD = compile_pattern(r"[\p{L}\p{N}]+")

# words that carry a clause on after a quotation opening its sentence ("It seems
# unlikely" that the bridge can open); a verb there is said of the quotation instead
_CONTINUERS = word_set(
    """
    that if because for to of at against by but from about before there on in with than
    as when until after unless since while whether or and over into during without
    """
)
_MAX_CARRIED_WORDS = 30
_MAX_COMPLEMENT_WORDS = 15
# sentence connectives that open the content before a parenthetical attribution
_CONNECTIVES = word_set("but and yet still instead however so now indeed also then meanwhile")
# connectives that open the content alone before a parenthetical attribution
# ("Instead, she said, the crews …"; not "And, he said, …", "Still, …")
_LEAD_ALONE = word_set("but instead now")
_DETERMINERS = word_set("the a an his her its their our my your this that these those so-called")
_RELATIVES = word_set("which who whom what")
# a relative clause or a "that" clause inside an object holds a verb of its own
_RELATIVE_OR_THAT = word_set("which who whom that")
_IRREGULAR_PAST = word_set(
    "took made gave put got set brought held kept sent spent left built won lost offered"
)
_PARTICLES = word_set("on about of for out up off back")
_MODALS = word_set("will would could should can may might must")
# words in -s or -ed that open a clause without being its verb
_NOT_VERBS = word_set("this his its us thus perhaps was has does is needed")
# the last boundary before a quotation inside a clause (searched backwards)
_BOUNDARY_BACK = compile_pattern(
    r"(?r)(?:[.!?][\"”'’)]*\s+|[,;:()\n\"“”«»—–]|\s--\s|'')"
)
# a verb joined to the clause before it: ", adding", "and then accusing"
_JOINED_VERB = compile_pattern(
    r"(?:,(?:[\"”’']|'')?[ \u00a0]+|[ \u00a0](?:and|but)[ \u00a0]+(?:then[ \u00a0]+)?)"
    r"(?P<verb>\p{Ll}{3,20})(?=[ \u00a0,:])"
)
# an opening quotation mark: curly or guillemet, or straight after a space
_OPENING_MARK = compile_pattern(r"[“«„]|(?<=[\s(\[])(?:\"|'')(?=\S)")
_TOKEN = compile_pattern(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_MAX_LEAD_WORDS = 20


# the end of a sentence after a word in lower case ("he said.", "was relentless."),
# not after a name or a title's abbreviation ("Mr.", "Trump."), then the next one
_LOWER_SENTENCE_END = compile_pattern(
    r"(?:(?<=\b\p{Ll}{2,30})\.|[!?])[\"”'’)]{0,3}[ \u00a0\n]{1,10}(?=[\p{Lu}\p{N}])")
# a capital opening a sentence after a quotation that closed one
_NEW_SENTENCE = compile_pattern(r"[ \u00a0\n]{1,10}(?=\p{Lu})")
# a colon closing the words before a quotation: a cue of its own announces it
_COLON_BEFORE = compile_pattern(r":[ \u00a0\n]{0,10}(?:[\"“«„‘']|'')?[ \u00a0]{0,10}$")


def own_report_between(text: str, end: int, start: int, colon: bool = True,
                       attribution: tuple[Any, ...] = ()) -> bool:
    """True when the words between a quotation ending at ``end`` and the next
    one starting at ``start`` (both given at their marks or inside them) make
    the second a report of its own, not the first going on after its
    attribution: a sentence of two words or more opens before it (``"A," she
    says. She asks the council for "B."``; or right after the first, when it
    ends its sentence and none of ``attribution``, the spans of the first
    quote's cue and speaker, stands between: ``"A." The crowd echoed "B."``)
    or a colon announces it (``"A," he said, and then predicted: "B."``; only
    when ``colon``: not after words opening the sentence of their attribution,
    ``In other words, explained X:``)."""
    closed = text[end - 1] in ".!?" if end > 0 else False
    end = _closing_mark_end(text, end) or end
    if end >= start:
        return False
    if colon and text.find(":", end, start) >= 0 and _COLON_BEFORE.search(
            text, end, start) is not None:
        return True
    last = None
    if text.find(".", end, start) >= 0 or text.find("!", end, start) >= 0 or text.find(
            "?", end, start) >= 0:  # else no sentence ends there
        for m in _LOWER_SENTENCE_END.finditer(text, end, start):
            last = m
    if last is not None and _words(text, last.end(), start) >= 2:
        return True
    if not closed or _NEW_SENTENCE.match(text, end) is None or _words(text, end, start) < 2:
        return False
    return not any(pos is not None and end <= pos < start
                   for pos in (_span_start(span) for span in attribution))


# the last word before a quotation, with nothing but spaces after it (searched
# backwards from the opening mark)
_LAST_WORD = compile_pattern(
    r"(?r)(?<=[ \u00a0])(?P<word>[\p{L}][\p{L}'’-]{0,30})[ \u00a0]{0,10}$")
# words after which a quotation goes on with the one before (a conjunction of
# words, a copula, a comparison)
_GOES_ON = word_set("and or but nor than as") | BE_FORMS
# a subject pronoun opening the clause right after a cue ("said (that) he")
_REPORTED_SUBJECT = compile_pattern(
    r"[ \u00a0]{1,5}(?:that[ \u00a0]{1,5})?(?:he|she|they|we|I|it)[ \u00a0]", regex.IGNORECASE)


# a closing quotation mark, then "and" opening a report of its own: a verb in
# -ing, or a subject (a pronoun, a name of up to three words) and its verb
_MARK_AND = compile_pattern(
    r"(?P<mark>[\"”]|'')[ \u00a0]{0,3},?[ \u00a0]{1,3}and[ \u00a0]{1,3}"
    r"(?:then[ \u00a0]{1,3}|also[ \u00a0]{1,3})?"
    r"(?P<subject>(?:he|she|they|we|I)[ \u00a0]{1,3}"
    r"|(?:\p{Lu}[\p{L}.'’-]{0,20}[ \u00a0]{1,3}){1,3})?"
    r"(?:also[ \u00a0]{1,3}|then[ \u00a0]{1,3})?(?P<verb>\p{Ll}{2,20})(?=[ \u00a0,.:])"
)


# a dash between words: spaced (a hyphen, an en or em dash, two hyphens) or an
# em dash or two hyphens between two words
_DASH_SOURCE = (
    r"[ \u00a0](?:-{1,2}|[—–])[ \u00a0]|(?<=[\p{L}\p{N}])(?:—|--)(?=[\p{L}\p{N}])")
# what opens the writer's aside after a dash in an indirect content: a
# concession ("- though critics disagree"), a summary ("- all of it true")
_ASIDE_WORDS = word_set("though although all")
# a quotation mark (of ``_OPEN``, ``_CLOSE``, or two apostrophes): one opens after the dash
_ANY_MARK = compile_pattern("[" + _OPEN + _CLOSE + "]|''")


# an adjunct of a reporting verb after its object: when (a day or a date, ``on
# Thursday``, ``on January 5``) or where (a medium, an occasion) the report was made
_REPORT_ADJUNCT_SOURCE = (
    # a medium first: "on Twitter" would match the time alternative, then fail its test
    r"[ \u00a0]on[ \u00a0](?:Twitter|Facebook|Instagram|CNN|Fox|MSNBC|NBC|CBS|ABC)\b"
    r"|[ \u00a0]on[ \u00a0](?P<time>\p{Lu}\p{Ll}{2,8})\b"
    r"|[ \u00a0]in[ \u00a0](?P<in>(?:(?:late|early|mid)[ \u00a0-])?(?P<month>\p{Lu}\p{Ll}{2,8})\b"
    r"(?:[ \u00a0](?:19|20)\d\d\b)?"
    r"|(?:19|20)\d\d\b|(?:recent|coming|the[ \u00a0]coming|the[ \u00a0]past|the[ \u00a0]last)"
    r"[ \u00a0](?:years|months|weeks|days)\b)"
    r"|[ \u00a0](?:in[ \u00a0](?:speeches|print|interviews|remarks)"
    r"|(?:in|during)[ \u00a0](?:a|an|his|her|their|its)[ \u00a0](?:[\p{L}-]{2,20}[ \u00a0]){0,2}"
    r"(?:statement|interview|tweet|speech|letter|email|op-ed|post|appearance|address|column|"
    r"memo|video|message|news[ \u00a0]release|debate|rally|news[ \u00a0]conference|"
    r"press[ \u00a0]conference|town[ \u00a0]hall|hearing|call|briefing)"
    r"|at[ \u00a0]a[ \u00a0](?:rally|news[ \u00a0]conference|press[ \u00a0]conference|"
    r"campaign[ \u00a0]event|town[ \u00a0]hall|debate|forum))\b"
)
# at the content's very end only (tried there alone): a day without "on"
# ("rejected the offer Tuesday", "earlier Sunday", "Friday afternoon"), the
# go-between of a denial or a statement ("denied it through his lawyer")
_BARE_ADJUNCT_SOURCE = (
    r"(?:[ \u00a0](?:(?:earlier|later|early|late|this|here[ \u00a0]on)[ \u00a0])?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \u00a0](?:morning|afternoon|evening|night))?"
    r"|[ \u00a0]through[ \u00a0](?:a|an|his|her|their|its|the)[ \u00a0](?:spokes(?:wo)?man|"
    r"spokesperson|lawyer|attorney|aide|representative|statement))[ .\u00a0]{0,3}$"
)
# the last words of those adjuncts (the pattern's pre-test)
_BARE_LAST = word_set(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "spokesman spokeswoman spokesperson lawyer attorney aide representative statement")
# what ends the source of "according to": its comma, or the clause or sentence
_SOURCE_END = compile_pattern(r"[,.;:!?\n\"“”()]")
# the prepositions opening those adjuncts, after a space (the pattern's pre-test)
_ADJUNCT_PREPOSITIONS = tuple(space + word for space in " \u00a0" for word in ("on", "in", "at",
                                                                             "during"))
# subordinating conjunctions: a sentence opening with one opens with an adverbial
# clause, whose comma ends it before the main clause
SUBORDINATORS = word_set(
    "when whenever after as if because since while although though once before until unless")
"""Subordinating conjunctions (the quote finder's too)."""
# a comma ending a clause, outside a quotation or at its end (",\" he", ",” the")
_CLAUSE_COMMA_SOURCE = r",(?:[\"”]|'')?(?=[ \u00a0\n])"
# words that are no verb though they end in -ed or -ing
_NOT_VERB_ENDINGS = word_set("thing things nothing something anything everything")


# an opening quotation mark before a capital: a quoted sentence
_SENTENCE_QUOTATION = compile_pattern(r"(?:[“«„]|(?<=[\s(])(?:\"|''))[ \u00a0]{0,3}(?=\p{Lu})")


class _Phrase(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Candidate(Protocol):
    """What this module reads and changes in a quote candidate of the finder."""

    kind: str
    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: Any


C = TypeVar("C", bound=Candidate)


def refine_boundaries(text: str, cands: list[C], verbs: frozenset[str] = frozenset(),
                      abbreviations: QuoteAbbreviations | None = None) -> None:
    """Adjust the content parts (and kind) of each candidate in place, and add
    the reports split off them at the end of ``cands``; ``verbs`` are the
    single-word cue forms (lower case) of the cue lexicon, ``abbreviations`` the
    extractor's (default: the shipped ones), for the speakers of split-off reports."""
    split: list[C] = []
    in_name = (abbreviations or quote_abbreviations()).in_name
    # each rule reads one kind of candidate only: the kind (and the number of
    # parts) is tested here first, sparing most calls (the rules test it again)
    for cand in cands:
        if not cand.parts:
            continue
        if cand.kind == "direct":
            if len(cand.parts) >= 2:
                tail = _mid_clause_tail(text, cand, verbs)
                if tail is not None:
                    _complement_start(text, tail, verbs)
                    split.append(tail)
            _complement_start(text, cand, verbs)
        if cand.kind == "mixed" and len(cand.parts) == 1:
            second = _second_report(text, cand, verbs)
            if second is not None:
                split.append(second)
        if cand.kind == "direct":
            _lead_in(text, cand, in_name)
        elif cand.kind == "indirect":
            _cue_idiom(text, cand)
            _report_adjunct(text, cand, verbs)
            _according_inside(text, cand, in_name)
            _indirect_lead_in(text, cand, in_name)
        elif cand.kind == "mixed" and len(cand.parts) == 1:
            _indirect_lead_in(text, cand, in_name)
        if cand.kind != "direct" and cand.cue is not None:
            _relative_subject(text, cand)
        if cand.kind == "indirect" and cand.cue is not None and len(cand.parts) == 1:
            _passive_subject(text, cand)
        if cand.kind == "mixed" and len(cand.parts) == 1:
            first = _quotation_after_cue(text, cand, verbs, abbreviations)
            if first is not None:
                split.append(first)
        if cand.kind == "direct" or cand.kind == "mixed":
            _carry_clause(text, cand, in_name)
        if cand.kind != "direct" and len(cand.parts) == 1:
            _fronted_clause_end(text, cand)
    for cand in split:
        _carry_clause(text, cand, in_name)
    for group in (cands, split):
        for cand in list(group):
            if cand.kind == "mixed":
                second = _coordinated_report(text, cand, verbs, abbreviations)
                if second is not None:
                    split.append(second)
    cands.extend(split)
    for cand in cands:
        if cand.kind != "direct" and len(cand.parts) == 1:
            _dash_aside(text, cand)
        if cand.kind != "direct":
            _parentheses(text, cand)
        if cand.kind == "mixed" and len(cand.parts) == 1:
            _closing_attribution(text, cand)
    # a title-case quotation naming a work is dropped, and so is a content
    # opening with a markup tag left in the text (the attributes of a
    # ``<tweet author="…">`` read as quotations: no words of a source)
    cands[:] = [cand for cand in cands if not (
        cand.kind == "direct" and cand.cue is None and _named_work_only(text, cand)) and not (
        text[cand.parts[0][0]] in "<>" and _MARKUP_TAG.match(text, cand.parts[0][0]))]


# a markup tag left in the text (``<tweet author="…">``), or the end of one (a
# quotation paired across its attributes, ``">I …``): no words of a source
_MARKUP_TAG = compile_pattern(r"</?[a-z][a-z-]{0,20}[ >/]|>")


def _trim(text: str, start: int, end: int, chars: str = _SPACE) -> tuple[int, int]:
    """``(start, end)`` moved inwards past ``chars`` at both ends."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(chars))
    return start + left, start + len(piece.rstrip(chars)) if left < len(piece) else start + left


def _words(text: str, start: int, end: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, start, end))


def _ing_word(text: str, start: int, end: int) -> bool:
    """True when a word in -ing followed by a space, a comma or a colon (a
    participle, as :data:`_JOINED_VERB` reads it) may stand in ``text[start:end]``."""
    pos = text.find("ing", start, end)
    while pos >= 0:
        if pos + 3 < end and text[pos + 3] in " \u00a0,:":
            return True
        pos = text.find("ing", pos + 3, end)
    return False


def _word_before(text: str, start: int, end: int) -> bool:
    """False when no word of :data:`_LAST_WORD` can end ``text[start:end]``
    before its last spaces: what stands before them is no letter, apostrophe
    or hyphen (a stretch ending in a line break is left to the pattern)."""
    pos = end
    while pos > start and end - pos <= 10 and text[pos - 1] in " \u00a0":
        pos -= 1
    if end > start and text[end - 1] == "\n":
        return True
    return pos > start and end - pos <= 10 and (text[pos - 1].isalpha() or text[pos - 1] in "'’-")


def _opening_mark(text: str, start: int) -> int | None:
    """The position of the opening quotation mark just before a direct part
    starting at ``start``, or None."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \u00a0":
        pos -= 1
    if pos >= 1 and text[pos - 1 : pos + 1] in ("''", "``"):
        return pos - 1
    if pos >= 0 and text[pos] in _OPEN + "‘'":
        return pos
    return None


def _verb_like(word: str, before: str, verbs: frozenset[str]) -> bool:
    """A lower-case word that reads as the verb governing what follows (not a
    noun after a determiner or a possessive: ``his comments``, ``Trump's call``)."""
    if before.endswith(("'s", "’s")):
        return False
    if word in verbs:
        return before not in _DETERMINERS
    if word in _IRREGULAR_PAST:
        return True
    if len(word) >= 5 and word.endswith("ed") and word[0].islower():
        return before not in _DETERMINERS
    return False


def _mid_clause_tail(text: str, cand: C, verbs: frozenset[str]) -> C | None:
    """``"A," said Ann Lee, the author of "Blue Roads."``, ``"A," he said, adding
    that "B."``: a quotation after the attribution of the one before it that
    opens after a word of the attribution's clause (a preposition, a noun, a
    conjunction of a clause: no punctuation between) is a title or a report of
    its own, not the quote going on; the content ends with the part before it,
    and the quotation, unless it is a title in capitals, is returned as a quote
    of its own (same speaker, no cue)
    (a capitalised word there counts only as a possessive, ``CBS's "Face the
    Nation"``: others name the subject of a clause going on, ``It "amounts …"``).
    A quotation after a conjunction of words or a verb (``and "B"``, ``was
    "B"``, ``said "B"``) goes on, and so does one in a clause with its subject
    after the attribution (``"A," she said she had not "B"``)."""
    if cand.kind != "direct":
        return None
    own: C | None = None
    attribution = [pos for pos in (_span_start(cand.speaker), _span_start(cand.cue))
                   if pos is not None]
    while len(cand.parts) >= 2:
        gap_start = _closing_mark_end(text, cand.parts[-2][1])
        gap_end = _opening_mark(text, cand.parts[-1][0])
        if gap_start is None or gap_end is None or gap_end <= gap_start or not any(
                gap_start <= pos < gap_end for pos in attribution):
            break
        if not _word_before(text, gap_start, gap_end):
            break  # punctuation before the quotation (the common case: 'he said, "')
        last = _LAST_WORD.search(text, gap_start, gap_end)
        if last is None or last.start() == gap_start:
            break  # punctuation before the quotation, or no words at all
        word = last.group("word")
        if word.lower() in _GOES_ON or word.lower() in verbs or (
                not word[0].islower() and not word.endswith(("'s", "’s"))):
            break  # "… energy policies. It "amounts to …"": a name or a subject
        if cand.cue is not None and gap_start <= cand.cue[0] and _REPORTED_SUBJECT.match(
                text, cand.cue[1], gap_end):
            break  # "Lind said he had never "signed …"": the clause the cue reports
        part = cand.parts.pop()
        if own is None and not title_case(text, *part):
            own = copy.copy(cand)
            own.parts = [part]
            own.cue = None
    return own


def _named_work_only(text: str, cand: Candidate) -> bool:
    """``the quiz show "Harbour Nights."``, ``his book "Ferries of the North"``: a
    quotation in title case inside a clause, with no cue, names a work (a show,
    a book, a slogan on a cap) and reports nothing. A chant (``"USA! USA!"``)
    or a quotation after a colon or opening its sentence is left alone."""
    if cand.kind != "direct" or cand.cue is not None or len(cand.parts) != 1:
        return False
    start, end = cand.parts[0]
    mark = _opening_mark(text, start)
    if mark is None or _opens_sentence(text, start) or not title_case(text, start, end):
        return False
    if _words(text, start, end) < 2:
        return False  # "No.", "Energiewende.": one word names nothing for sure
    if any(ch in "!?" for ch in text[start:end]):
        return False
    before = _trim(text, max(0, mark - 40), mark)
    return before[1] > before[0] and text[before[1] - 1] not in ":"


# the words a title leaves in lower case: a headline's (``Cruz Rises in the
# Polls``), and the particles of names (``Cinco de Mayo``)
_TITLE_SMALL = TITLE_SMALL_WORDS | word_set("de la du")


def title_case(text: str, start: int, end: int) -> bool:
    """True for a stretch in title case (``Face the Nation``) of 15 words at
    most: each opens with a capital or a digit, or is a small word a title leaves
    in lower case (``of``, ``the``, ``de``), and one opens with a capital or a
    digit (``on the up and up`` is no title)."""
    capital = False
    for n, m in enumerate(_TOKEN.finditer(text, start, end), 1):  # stops at a word in lower case
        word = m.group()
        if n > 15:
            return False
        if not word[0].islower():
            capital = True
        elif word.lower() not in _TITLE_SMALL:
            return False
    return capital


def _complement_start(text: str, cand: Candidate, verbs: frozenset[str]) -> None:
    """``Ruiz called for the council to back "a harbour worth keeping"``: a
    quotation inside a clause is part of the complement of the verb before it;
    the content starts right after that verb (and its particle)."""
    if cand.kind != "direct":
        return
    start = cand.parts[0][0]
    mark = _opening_mark(text, start)
    if mark is None or mark == 0:
        return
    lo = max(0, mark - 200)
    right = mark
    while right > lo and text[right - 1] in _SPACE:
        right -= 1
    if right == lo or not (text[right - 1].isalpha() and text[right - 1].islower()):
        return  # no word in lower case right before the quotation (the common case)
    lead = _trim(text, lo, right)
    boundary = _BOUNDARY_BACK.search(text, lead[0], lead[1])
    lo = boundary.end() if boundary is not None else lead[0]
    words = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text, lo, lead[1])]
    if len(words) < 2:
        return
    for k in range(len(words), 0, -1):
        if not _verb_like(words[k - 1][2], words[k - 2][2] if k >= 2 else "", verbs):
            continue
        nxt = k
        if nxt < len(words) and words[nxt][2] in _PARTICLES:
            nxt += 1  # "called for", "talking about"
        relative = _relative_before(words, k - 1)
        if relative is not None:
            nxt = relative  # "which he described as "…"": the relative clause
        elif nxt >= len(words) or len(words) - nxt > _MAX_COMPLEMENT_WORDS:
            return  # the quotation is the verb's complement itself
        end = cand.parts[0][1]
        if len(cand.parts) == 1:
            end = _closing_mark_end(text, end) or end  # a mixed part holds its marks
        cand.parts[0] = (words[nxt][0], end)
        cand.kind = "mixed"
        return


def _second_report(text: str, cand: C, verbs: frozenset[str]) -> C | None:
    """``said the ferry deal was "rushed," noting that it is "far too costly …"``: a
    second reporting verb, a participle joined by a comma or ``and``, opens a
    report of its own (returned, by the same speaker, with that verb as its cue)
    when the content's last quotation is in it; the first report ends before it.
    (Finite verbs after ``and`` are left alone: as often one report goes on.)"""
    if cand.kind != "mixed" or len(cand.parts) != 1:
        return None
    start, end = cand.parts[0]
    if not _ing_word(text, start, end):
        return None  # no participle at all (most mixed quotes)
    opening = None
    for m in _OPENING_MARK.finditer(text, start + 1, end):
        opening = m.start()
    if opening is None:
        return None
    found = None
    for m in _JOINED_VERB.finditer(text, start, opening):
        verb = m.group("verb").lower()
        if verb in verbs and verb.endswith("ing"):
            found = m
    if found is None:
        return None
    words = [(w.start(), w.group().lower())
             for w in _TOKEN.finditer(text, found.end("verb"), opening)]
    k = 1 if words and words[0][1] in _PARTICLES else 0
    if k >= len(words) and text.startswith(("''", "``"), opening):
        return None
    new_start = words[k][0] if k < len(words) else opening
    first_end = _trim(text, start, found.start(), _SPACE + ",")[1]
    if text[found.start()] == ",":
        first_end = _trim(text, start, found.start("verb"))[1]  # "a disgrace," adding
    if _words(text, start, first_end) < 3:
        if _OPENING_MARK.search(text, start, first_end) is not None or text[start] in _OPEN:
            return None
        cand.parts[0] = (new_start, end)
        cand.cue = found.span("verb")
        return None
    second = copy.copy(cand)
    second.parts = [(new_start, end)]
    second.cue = found.span("verb")
    cand.parts[0] = (start, first_end)
    if _OPENING_MARK.search(text, start, first_end) is None and text[start] not in _OPEN:
        cand.kind = "indirect"
    return second


def _lead_before_attribution(
        text: str, cand: Candidate, content: int, tail: regex.Pattern[str],
        in_name: frozenset[str],
) -> tuple[tuple[int, int], regex.Match[str] | None] | None:
    """The words opening a sentence before a parenthetical attribution
    (``In his county, Lind said, …``): the attribution spans the speaker and
    the cue, ends before ``content`` (where the quote's content or its opening
    mark starts) with only ``tail`` between, and has a comma just before it; the
    sentence start is looked for within 300 characters before that comma (or the
    text starts there). Returns the trimmed words between the sentence start and
    the comma, and the sentence start's match (None at the text's start), or None
    when there is no such attribution or no sentence start in reach. The full
    stop of an initial or of an abbreviation of ``in_name`` (``Even if Mr. Lane's
    plan fails``) starts no sentence: the search goes on before it."""
    if cand.speaker is None or cand.cue is None:
        return None
    speaker_start, speaker_end = _span_start(cand.speaker), int(cand.speaker.end)
    if speaker_start is None:
        return None
    attr_start = min(speaker_start, cand.cue[0])
    attr_end = max(speaker_end, cand.cue[1])
    if not attr_end <= content:
        return None
    comma = _trim(text, max(0, attr_start - 5), attr_start)[1] - 1
    if comma < 0 or text[comma] != "," or tail.fullmatch(text, attr_end, content) is None:
        return None  # the comma first: it is cheaper to test
    found = _SENTENCE_START.search(text, max(0, comma - 300), comma)
    while found is not None and in_name and text[found.start()] == "." and abbreviation_before(
            text, found.start(), in_name):
        found = _SENTENCE_START.search(text, max(0, comma - 300), found.start())
    lo = found.end() if found is not None else max(0, comma - 300)
    if found is None and lo > 0:
        return None
    return _trim(text, lo, comma), found


def _lead_in(text: str, cand: Candidate, in_name: frozenset[str]) -> None:
    """``Instead, Lind said, "the ferry started as …"``, ``If the bridge closes, he
    said, "the town might …"``: the words opening a sentence before a parenthetical
    attribution are the first part of the quote's content."""
    if cand.kind != "direct" or cand.speaker is None or cand.cue is None:
        return
    mark = _opening_mark(text, cand.parts[0][0])
    if mark is None:
        return
    before = _lead_before_attribution(text, cand, mark, _ATTRIBUTION_TAIL, in_name)
    if before is None:
        return
    lead = before[0]
    n = _words(text, *lead)
    first = text[cand.parts[0][0]]
    if not (first.islower() or (n == 1 and text[lead[0] : lead[1]].lower() in _CONNECTIVES)):
        return  # "Asked why, Smith said: "Because …"": an adverbial of the attribution
    if not 1 <= n <= _MAX_LEAD_WORDS or any(
            ch in _OPEN or ch in _CLOSE or ch in "()[]" for ch in text[lead[0] : lead[1]]):
        return
    cand.parts.insert(0, lead)
    cand.kind = "mixed"


def _indirect_lead_in(text: str, cand: Candidate, in_name: frozenset[str]) -> None:
    """``In his county, Lind said, old ferries are sent to the yard``, ``If the
    bridge closes, she said, the valley will suffer``: the words opening a
    sentence before a parenthetical attribution belong to the reported clause
    after it and are the first part of an indirect or mixed quote's content
    (``For most families, she said, the bridge is "a lifeline."``; not before a
    quoted sentence, ``Asked about it, she said, "It …"``, an adverbial of the
    attribution). A sentence connective opening them is left out (``But over the
    winter, she said, …``); a connective alone (``Still, he said, …``) is no part,
    except ``But``, ``Instead`` and ``Now`` (``Instead, she said, the crews …``).
    ``in_name``: the keys
    of the abbreviations that stand in a name (titles: ``Mr.``, ``Gov.``), whose
    full stop opens no sentence."""
    if cand.kind == "direct" or cand.speaker is None or cand.cue is None:
        return
    content = cand.parts[0][0]
    if text.find(",", cand.cue[1], content) < 0:
        return  # no comma between the cue and the content (the common case)
    if cand.kind == "mixed" and _SENTENCE_QUOTATION.match(text, content) is not None:
        return  # a quoted sentence: the words before are an adverbial of the attribution
    before = _lead_before_attribution(text, cand, content, _rare(_PARENTHETICAL_COMMA_SOURCE),
                                      in_name)
    if before is None:
        return
    lead = before[0]
    first = text[lead[0]]
    if not (first.isupper() or first.isdigit() or first in "'\"“‘"):
        return  # no sentence start: an abbreviation's full stop ("U.N. officials")
    alone = lead if _WORD.fullmatch(text, *lead) is not None else None
    while True:
        word = _WORD.match(text, *lead)
        if word is None or word.group().lower() not in _CONNECTIVES:
            break
        lead = _trim(text, word.end(), lead[1], _SPACE + ",")
    if (alone is not None and text[alone[0] : alone[1]].lower() in _LEAD_ALONE
            and (_span_start(cand.speaker) or 0) < cand.cue[0]):
        cand.parts.insert(0, alone)  # "But, she said, …" (not "But, said Lind, …")
        return
    if _rare(_DISCOURSE_SOURCE).fullmatch(text, *lead) is not None:
        return  # "In the end, he said, …": it links to what came before
    n = _words(text, *lead)
    if not 1 <= n <= _MAX_LEAD_WORDS or any(
            ch in _OPEN or ch in _CLOSE or ch in "()[]" for ch in text[lead[0] : lead[1]]):
        return
    cand.parts.insert(0, lead)


def abbreviation_before(text: str, dot: int, in_name: frozenset[str]) -> bool:
    """True when the full stop at ``dot`` ends an initial (``A.F.L.``) or an
    abbreviation of ``in_name`` (``Sen.``, ``Jr.``)."""
    word = text[max(0, dot - 12) : dot].split()[-1:] or [""]
    w = word[0].lower().lstrip("(")
    return "." in w or len(w) == 1 or w in in_name


def _report_adjunct(text: str, cand: Candidate, verbs: frozenset[str]) -> None:
    """``announced her backing for the harbour plan on Thursday``, ``posted a
    picture of himself on Twitter``: when an indirect quote's content is the
    object of its cue right after it, a noun phrase with no verb of its own (no
    finite verb, participle or infinitive), an adjunct after it telling when
    (a day, a date) or where (a medium, ``in a statement``, ``at a rally``) the
    report was made is the cue's, not the object's: the content ends before it
    (and what follows it). ``in`` and a month, a year or ``recent years`` (``endorsed
    Ruiz in February``) only when it ends the content or a comma follows: an
    object's own noun takes it as often (``a similar ferry plan in 2007 and …``);
    a day without ``on`` (``rejected the offer Tuesday``, ``earlier Sunday``)
    or the go-between (``denied it through a spokeswoman``) only when it ends
    the content. An object holding a relative or ``that`` clause, before the
    adjunct or after it, has a verb of its own (``the ferry that ran to Oslo
    Tuesday``, ``a post on Monday that …``); a word in -ing or a plural right
    after a determiner or a possessive is a noun, never that verb (``her
    reasoning``, ``the charges``); ``in May`` and ``in June 2015`` are months. In a
    relative clause too (``Jo Lind, who endorsed Ana Ruiz on Sunday, …``: the
    content is ``Ana Ruiz``, as PolNeAR reads it)."""
    if cand.kind != "indirect" or cand.cue is None or len(cand.parts) != 1:
        return
    start, end = cand.parts[0]
    if cand.cue[1] > start or text[cand.cue[1] : start].strip(_SPACE) or not text[
            cand.cue[1] - 1].isalpha():
        return  # the content is not the object of a cue verb right after it
    # the pattern is tried only where a preposition opening it stands: a search
    # would try it at every position of the content, several times the cost
    found = None
    for pos in positions_of(text, start, end, _ADJUNCT_PREPOSITIONS):
        m = _rare(_REPORT_ADJUNCT_SOURCE).match(text, pos, end)
        if m is None:
            continue
        time = m.group("time") or m.group("month")
        if time is not None and time.lower() not in TIME_NOUNS and not (
                time == "May" and m.group("month") is not None):
            continue  # ("in May": the month, as "may" after "in" is no modal)
        if m.group("in") is not None and text[m.end() : end].strip(_SPACE + ".")[:1] not in (
                "", ","):
            continue  # "in 2007 and …": "in" and a time ends the content, or it is the object's
        found = m
        break
    tail = text[max(start, end - 40) : end].rstrip(_SPACE + ".").rsplit(None, 1)
    if tail and tail[-1].lower() in _BARE_LAST:
        # (the only words of the content's end it reads: no search along the content)
        m = _rare(_BARE_ADJUNCT_SOURCE).search(text, max(start, end - 70), end)
        if m is not None and (found is None or m.start() < found.start()):
            found = m
    if found is None:
        return  # no adjunct (most contents have a preposition, but few the pattern)
    if any(w.group().lower() in FINITE_VERBS or w.group().lower() in _RELATIVE_OR_THAT
           for w in _TOKEN.finditer(text, found.end(), end)):
        # "his speech in the last council was …": the adjunct is in the clause's
        # subject; "a post on Monday that …": the relative clause is the object's
        return
    tokens = [w.group() for w in _TOKEN.finditer(text, start, found.start())]
    words = [w.lower() for w in tokens]
    if not words or words[0] in ("to", "that") or not _RELATIVE_OR_THAT.isdisjoint(words) or any(
            not (i > 0 and words[i - 1] in _DETERMINERS and (
                w.endswith("ing") or (w.endswith("s") and not w.endswith("ss")))) and (
                w in FINITE_VERBS or w in verbs or w in _IRREGULAR_PAST or (
                    len(w) > 4 and w.endswith(("ing", "ed")) and t.islower()
                    and w not in _NOT_VERB_ENDINGS and w not in TIME_NOUNS))
            for i, (t, w) in enumerate(zip(tokens, words, strict=True))):
        return  # a verb of its own: the adjunct may be its ("to meet him on Monday")
    cand.parts[0] = (start, _trim(text, start, found.start(), _SPACE + ",")[1])


def _finite_like(word: str) -> bool:
    """Whether ``word`` (lower case) looks like a finite verb by its ending: more
    than three letters ending in -s or -ed, and no determiner, subject pronoun or
    other word of those endings known to be no such verb (``this``, ``perhaps``)."""
    return (len(word) > 3 and word.endswith(("s", "ed")) and word not in _DETERMINERS
            and word not in SUBJECT_PRONOUNS and word not in _NOT_VERBS)


def _stop_past_abbreviations(text: str, stop: regex.Pattern[str], pos: int, limit: int,
                             in_name: frozenset[str]) -> regex.Match[str] | None:
    """The first match of ``stop`` in ``text[pos:limit]`` that is not the full
    stop of an initial or a title (``U.S.``, ``Sen.``: ``in_name``), or None."""
    found = stop.search(text, pos, limit)
    while found is not None and text[found.start()] == "." and abbreviation_before(
            text, found.start(), in_name):
        found = stop.search(text, found.end(), limit)
    return found


def _according_inside(text: str, cand: Candidate, in_name: frozenset[str]) -> None:
    """``Notably absent from the talks, according to two members, was any
    mention of the budget``, ``… sold two old ferries and, according to
    officials, approved a new timetable``: an indirect quote's content ending
    right before ``, according to`` goes on after its source when the clause
    does — a comma after the source, then the clause's verb (a finite verb, or
    a word in -s or -ed when the content before has no finite verb) or what
    follows a conjunction ending the content — to the end of the sentence (past
    the full stops of abbreviations of ``in_name``), as a second part."""
    if cand.kind != "indirect" or cand.cue is None or len(cand.parts) != 1:
        return
    cue_start, cue_end = cand.cue
    start, end = cand.parts[0]
    if end > cue_start or text[end:cue_start].strip(_SPACE) != ",":
        return  # the cue does not follow the content after a comma (the common case)
    if " ".join(text[cue_start:cue_end].lower().split()) != "according to":
        return
    source_end = _SOURCE_END.search(text, cue_end, min(len(text), cue_end + 200))
    if source_end is None or text[source_end.start()] != ",":
        return
    nxt = _WORD.search(text, source_end.end(), min(len(text), source_end.end() + 10))
    if nxt is None or not nxt.group().islower() or text[source_end.end() : nxt.start()].strip(
            _SPACE):
        return
    word = nxt.group()
    before = [w.group().lower() for w in _TOKEN.finditer(text, start, end)]
    if not (word in FINITE_VERBS or (before and before[-1] in ("and", "or", "but")) or (
            _finite_like(word) and not any(w in FINITE_VERBS for w in before))):
        return
    stop = _stop_past_abbreviations(text, _rare(_SENTENCE_END_SOURCE), nxt.start(),
                                    min(len(text), nxt.start() + 500), in_name)
    if stop is None:
        return
    cand.parts.append((nxt.start(), _trim(text, nxt.start(), stop.start())[1]))


def _marked(text: str, start: int, matches: Iterator[regex.Match[str]]
            ) -> Iterator[tuple[regex.Match[str], bool]]:
    """Each of ``matches`` (in order, from ``start`` on) and whether it stands
    inside a quotation opened after ``start``: curly marks or guillemets opened and
    not closed before it, or an odd number of straight marks (``"`` or ``''``)."""
    opened = 0
    straight = 0
    pos = start
    for m in matches:
        piece = text[pos : m.start()]  # counted once: linear in the text
        pos = m.start()
        opened += piece.count("“") + piece.count("«") - piece.count("”") - piece.count("»")
        straight += piece.count('"') + piece.count("''")
        yield m, opened > 0 or straight % 2 == 1


def _fronted_clause_end(text: str, cand: Candidate) -> None:
    """``As it grew plain that Ruiz would not back the bridge, the crowd
    booed``, ``Although she says she "loves the harbour," she also blames it …``: when
    the sentence of the cue opens with a subordinating conjunction and no comma
    stands between it and the cue, the cue and its content are inside that
    adverbial clause, and the clause's comma ends the content (the main clause
    after it is the writer's)."""
    cue = cand.cue
    if cue is None or cand.kind not in ("indirect", "mixed") or len(cand.parts) != 1:
        return
    start, end = cand.parts[0]
    if cue[1] > start or text.find(",", start, end) < 0:
        return  # no comma in the content (the common case)
    if text.find(",", cue[1], start) >= 0:
        return  # "As the paper reported, X …": the content is the main clause
    reach = max(0, cue[0] - 300)
    comma = text.rfind(",", reach, cue[0])  # the sentence must start after it
    found = _SENTENCE_START.search(text, comma + 1 if comma >= 0 else reach, cue[0])
    if found is None and (comma >= 0 or reach > 0):
        return  # a comma between the sentence start and the cue, or no start in reach
    lo = found.end() if found is not None else reach
    first = _WORD.match(text, lo)
    if first is None or first.group().lower() not in SUBORDINATORS:
        return
    for m, inside in _marked(text, start, _rare(_CLAUSE_COMMA_SOURCE).finditer(text, start, end)):
        closing = m.end() > m.start() + 1  # the comma ends a quotation (',"')
        if not closing and inside:
            continue  # a comma inside a quotation: the source's
        if _words(text, start, m.start()) < 4 or not text[m.end() : end].strip(_SPACE):
            return
        if _ANY_MARK.search(text, m.end(), end) is not None:
            return  # a quotation after the comma: the source's words go on
        cand.parts[0] = (start, m.end() if closing else m.start())
        return


# the noun phrase of an idiom that finishes its cue verb: "showed no sign of",
# "showed no immediate signs that", "pleaded guilty (in May) to"
_CUE_IDIOM = compile_pattern(
    r"(?:(?P<sign>no[ \u00a0]{1,3}(?:\p{Ll}{2,20}[ \u00a0]{1,3})?signs?[ \u00a0]{1,3}"
    r"(?:of[ \u00a0]{1,3})?)|(?P<plea>(?:not[ \u00a0]{1,3})?guilty[ \u00a0]{1,3}"
    r"(?:[^,.;:\n]{0,40}?[ \u00a0])?)(?=to[ \u00a0]))"
)
_SIGN_VERBS = word_set("show shows showed shown showing give gives gave given giving")
_PLEA_VERBS = word_set("plead pleads pleaded pled pleading")


def _cue_idiom(text: str, cand: Candidate) -> None:
    """``Lind showed no sign of backing down``, ``Roe pleaded guilty in May to
    two counts of fraud``: the noun phrase of an idiom right after its cue verb is
    the cue's, and the content starts after it (after ``of``, at ``to``), as
    PolNeAR marks it."""
    if cand.cue is None:
        return
    cue_start, cue_end = cand.cue
    start, end = cand.parts[0]
    if start < cue_end or text[cue_end:start].strip(_SPACE) or text[start] not in "ng":
        return  # the common case: no "no" nor "guilty" opens the content
    m = _CUE_IDIOM.match(text, start, end)
    if m is None:
        return
    verb = text[cue_start:cue_end].rsplit(None, 1)[-1].lower()
    if verb in (_SIGN_VERBS if m.group("sign") is not None else _PLEA_VERBS) and m.end() < end:
        cand.parts[0] = (m.end(), end)


def _relative_subject(text: str, cand: Candidate) -> None:
    """``the wall, which she said would cost $10 billion``: a relative pronoun
    before the speaker and the cue is the subject of the reported clause when that
    clause opens with its verb; the content starts at the pronoun, as PolNeAR
    marks it. After ``which`` and a subject pronoun (``the wall, which she said the
    town would pay for``, ``the cuts, which they say left …``) it starts there
    whatever opens the clause (its verb need not look finite), but not after a
    preposition (``in which he says …``)."""
    if cand.kind == "direct" or cand.cue is None:
        return
    cue_start, cue_end = cand.cue
    start, end = cand.parts[0]
    if start < cue_end or text[cue_end:start].strip(_SPACE):
        return
    window = text[max(0, cue_start - 80) : cue_start].lower()
    if "which" not in window and "what" not in window:
        return  # no relative pronoun before the cue (the common case)
    if start >= len(text) or not text[start].isalnum():
        return  # no word opens the content
    boundary = _BOUNDARY_BACK.search(text, max(0, cue_start - 80), cue_start)
    lo = boundary.end() if boundary is not None else max(0, cue_start - 80)
    words = [(m.start(), m.end(), m.group().lower())
             for m in _TOKEN.finditer(text, lo, cue_start)]
    relative = _pronoun_relative(words)
    if relative is not None:
        cand.parts[0] = (words[relative][0], end)
        return  # "which they say left a gap", "which he said the town would pay for"
    first = _WORD.match(text, start)
    if first is None or not first.group().islower():
        return  # no word in lower case opens the content
    verb = first.group()
    if not (verb in FINITE_VERBS or verb in _MODALS or _finite_like(verb)):
        return
    for k in range(len(words) - 2, max(-1, len(words) - 6), -1):
        if words[k][2] in ("which", "what"):
            cand.parts[0] = (words[k][0], end)
            return


def _pronoun_relative(words: list[tuple[int, int, str]]) -> int | None:
    """The index of ``which`` when the words before a cue end with it, a subject
    pronoun and at most one adverb or auxiliary (``which they say``, ``which he
    has said``), with no preposition before ``which`` (``in which he says``: the
    clause is the writer's); else None."""
    n = len(words)
    for k in (n - 2, n - 3):
        if k < 0 or words[k][2] != "which" or words[k + 1][2] not in SUBJECT_PRONOUNS:
            continue
        return k if k == 0 or words[k - 1][2] not in PREPOSITIONS else None
    return None


# a passive cue whose subject is what the report is about (``Ruiz was declared
# the winner``), and what opens its complement
_PASSIVE_AFTER = {"declared": frozenset(("the", "a", "an")),
                  "announced": frozenset(("the", "a", "an"))}
# a name's words before the be-form of a passive: capitalised, or an initial
_NAME_TOKEN = compile_pattern(
    r"(?r)(?:^|(?<=[ \u00a0\n(]))(?P<word>\p{Lu}[\p{L}'’.-]{0,30})[ \u00a0]+$")


def _passive_subject(text: str, cand: Candidate) -> None:
    """``Ruiz was declared the winner in Duluth``, ``Lind was announced the
    runner-up``: a passive cue reports its subject with the rest of the clause; no
    one of the clause speaks, and the content starts at that subject (a name,
    with an apposition between commas passed over: ``Jo Lind, the mayor, was
    declared …``), as PolNeAR marks it."""
    cue_start, cue_end = cand.cue  # type: ignore[misc]
    start, end = cand.parts[0]
    if start < cue_end or text[cue_end:start].strip(_SPACE):
        return
    verb = text[cue_start:cue_end].rsplit(None, 1)[-1].lower()
    after = _PASSIVE_AFTER.get(verb)
    if after is None or _first_word(text, start) not in after:
        return
    be = _LAST_WORD.search(text, max(0, cue_start - 40), cue_start)
    if cue_start < cue_end and " " in text[cue_start:cue_end].strip():
        words = text[cue_start:cue_end].split()
        if words[0].lower() not in BE_FORMS:
            return
        pos = cue_start
    elif be is not None and be.group("word").lower() in BE_FORMS:
        pos = be.start("word")
    else:
        return
    comma = _trim(text, max(0, pos - 4), pos)[1] - 1
    if comma >= 0 and text[comma] == ",":
        # an apposition between commas: "Jo Lind, the mayor, was declared …"
        opening = text.rfind(",", max(0, comma - 50), comma)
        if opening < 0 or not text[opening + 1 : comma].strip()[:1].islower():
            return
        pos = opening
    subject = None
    for _ in range(6):
        m = _NAME_TOKEN.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        word = m.group("word").lower()
        if word in _CONNECTIVES or word in SUBORDINATORS or word in BE_FORMS:
            break
        subject = pos = m.start("word")
        if _opens_sentence(text, pos):
            break
    if subject is not None:
        cand.parts[0] = (subject, end)


def _relative_before(words: list[tuple[int, int, str]], verb: int) -> int | None:
    """The index of a relative pronoun opening the clause of the verb at index
    ``verb`` with a short subject between (``which he described``), or None."""
    for k in range(verb - 1, max(-1, verb - 4), -1):
        if words[k][2] in _RELATIVES:
            return k if k < verb - 1 else None
    return None


def _closing_mark_end(text: str, end: int) -> int | None:
    """The end of the closing quotation mark right after a direct part ending at
    ``end`` (or ending the part itself), or None."""
    pos = end
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    if text.startswith("''", pos):
        return pos + 2
    if pos < len(text) and text[pos] in _CLOSE + "’'":
        return pos + 1
    return None


def _carry_clause(text: str, cand: Candidate, in_name: frozenset[str]) -> None:
    """``"It seems quite unlikely" that the ferry can sail by May, said X``:
    a quotation that ends without punctuation of its own, followed by lower-case
    words of the same clause, carries the clause on to where it stops (the
    attribution, a sentence end, a relative clause, another verb phrase); the
    full stop of an initial or a title (``U.S.``, ``Sen.``: ``in_name``) ends
    no sentence."""
    if cand.kind not in ("direct", "mixed"):
        return
    start, end = cand.parts[-1]
    if cand.kind == "direct":
        if end <= start or not text[end - 1].isalnum():
            return  # punctuation of its own ends the quotation (the common case)
        mark_end = _closing_mark_end(text, end)
        last = end
    else:
        if end < 2 or text[end - 1] not in _CLOSE + "’'":
            return
        mark_end = end
        last = end - 2 if text.startswith("''", end - 2) else end - 1
    if mark_end is None or last <= start or not text[last - 1].isalnum():
        return
    if not _LOWER_WORD.match(text, mark_end):
        return
    if cand.kind == "direct" and _opens_sentence(text, start) and _first_word(
            text, mark_end) not in _CONTINUERS:
        return  # "Jo! Jo!" were cut short: the words after are said of the quotation
    limit = min(len(text), mark_end + 400)
    for phrase in (cand.speaker, cand.cue):
        pos = _span_start(phrase)
        if pos is not None and pos >= mark_end:
            limit = min(limit, pos)
    stop_m = _stop_past_abbreviations(text, _rare(_CLAUSE_STOP_SOURCE), mark_end, limit, in_name)
    stop = stop_m.start() if stop_m is not None else limit
    stop = _trim(text, mark_end, stop, _SPACE + ",")[1]
    if stop <= mark_end or _words(text, mark_end, stop) > _MAX_CARRIED_WORDS:
        return
    if stop_m is None and limit == mark_end + 400:
        return
    if cand.kind == "direct":
        opening = _trim(text, 0, start, " \u00a0")[1] - 1
        if opening >= 0 and (text[opening] in _OPEN or text[opening] in "‘'"):
            start = opening - 1 if text.startswith("''", opening - 1) else opening
    cand.parts[-1] = (start, stop)
    cand.kind = "mixed"


def _dash_aside(text: str, cand: Candidate) -> None:
    """``called it "a fair deal" - a view the council shares``, ``her "safer
    schools" agenda - was working``: a dash outside the quotations of a
    mixed quote's content, the only one there, with no quotation after it,
    ends the content: what follows is the writer's aside, or the rest of a
    sentence a parenthetical holding the report interrupted. (A quotation after
    the dash, ``the mayor - "a true friend of ferries."``, goes on with the report.)
    In an indirect content only before a concession or a summary (``said the
    ferry would run - though the council disagrees``, ``- all promises of the
    mayor``): anything else after a dash goes on with it as often as not."""
    start, end = cand.parts[0]
    if text.find("-", start, end) < 0 and text.find("—", start, end) < 0 and text.find(
            "–", start, end) < 0:
        return  # no dash at all (most quotes)
    found = None
    for m, inside in _marked(text, start, _rare(_DASH_SOURCE).finditer(text, start, end)):
        if inside:
            continue  # inside a quotation: the source's dash
        if found is not None:
            return  # two dashes: a parenthetical inside the content
        found = m
    if found is None or _ANY_MARK.search(text, found.end(), end) is not None:
        return
    if cand.kind == "indirect" and _first_word(text, found.end()) not in _ASIDE_WORDS:
        return  # an indirect content goes on after a dash as often as not
    stop = _trim(text, start, found.start())[1]
    if _words(text, start, stop) < 2 or _words(text, found.end(), end) < 1:
        return
    cand.parts[0] = (start, stop)


# what may stand after a closing parenthesis at a content's end: a full stop
# or a question mark, quotation marks, spaces
_AFTER_PARENTHESIS = frozenset(".!?\"”'’ \u00a0")


def _parentheses(text: str, cand: Candidate) -> None:
    """``(Ana Ruiz said the ferry would run again.)``: a report inside a
    parenthesis that opened before its content ends before the closing
    parenthesis; the content ending with a ``)`` it did not open, that
    parenthesis and the full stop inside it are no part of it. Likewise a
    content opening with a ``(`` it does not close (``(The fares, she said,
    will rise.)``, the attribution inside the parenthesis) starts after it.
    (A parenthesis the content opens and closes, ``the fares (and the
    timetable)``, stays.)"""
    first = cand.parts[0][0]
    start, end = cand.parts[-1]
    if text[first] != "(" and text.find(")", max(start, end - 7), end) < 0:
        return  # no parenthesis at either end (most quotes)
    close = end - 1
    while close > start and end - close <= 6 and text[close] in _AFTER_PARENTHESIS:
        close -= 1
    if close <= start or text[close] != ")":
        close = -1  # no closing parenthesis at the end (most quotes)
    if text[first] == "(":
        inner = close if close > first else end
        if text.count("(", first + 1, inner) == text.count(")", first + 1, inner):
            opened = _trim(text, first + 1, cand.parts[0][1])[0]
            if _words(text, opened, cand.parts[0][1]) >= 1:
                cand.parts[0] = (opened, cand.parts[0][1])
                first = opened
                start = opened if len(cand.parts) == 1 else start
    if close < 0 or text.count("(", first, close) > text.count(")", first, close):
        return  # none, or the content opened it
    stop = _trim(text, start, close)[1]
    if _words(text, start, stop) >= 1:
        cand.parts[-1] = (start, stop)


# a closing attribution after a quotation that ends the content with its comma
# ('… “a fair deal,” Lind said on Monday', '…,” said Lind'): its verb, then
# at most a short adjunct, to the content's end
_CLOSING_VERB_SOURCE = (
    r"(?:said|says|wrote|writes|told|tells|reported|reports|added|adds|explained|explains|"
    r"noted|notes|argued|argues|recalled|continued|insisted|declared|tweeted|announced)")
_CLOSING_ATTRIBUTION = compile_pattern(
    r"(?P<comma>,)(?:[\"”]|'')[ \u00a0]{1,3}(?:" + _CLOSING_VERB_SOURCE + r"[ \u00a0]{1,3}"
    r"[^\"“”«».!?;:,\n—–-]{1,60}|(?:[\p{L}\p{N}.'’-]{1,20}[ \u00a0]{1,3}){1,6}?"
    + _CLOSING_VERB_SOURCE + r"(?:[ \u00a0]{1,3}[^\"“”«».!?;:,\n—–-]{1,60})?)[ .\u00a0]{0,3}$")


def _closing_attribution(text: str, cand: Candidate) -> None:
    """``Bo Lind said the plan was “a fair deal,” Ana Ruiz said``: a mixed content
    whose last quotation closes with a comma and a short attribution to the
    content's end (``Ana Ruiz said``, ``said Ana Ruiz``, ``the paper reported on
    Monday``) ends with that quotation: the attribution is another report's, no
    part of what the cue before the content reports. Not for ``according to``
    (PolNeAR gives the whole sentence, attribution included, to its source) nor a
    cue after the content's start."""
    start, end = cand.parts[0]
    if cand.cue is None or cand.cue[1] > start or text[cand.cue[0] : cand.cue[0] + 9].lower(
            ) == "according":
        return
    if text.find(",", max(start, end - 140), end) < 0:
        return  # (the pattern opens with a comma: most contents have none near the end)
    m = _CLOSING_ATTRIBUTION.search(text, max(start, end - 140), end)
    if m is None:
        return
    stop = m.start("comma")
    if _words(text, start, stop) >= 2:
        cand.parts[0] = (start, stop)


def _coordinated_report(text: str, cand: C, verbs: frozenset[str],
                        abbreviations: QuoteAbbreviations | None) -> C | None:
    """``called it "shameful" and vowing to appeal``, ``said it was "unfair,"
    and he repeated his claim …``: after a quotation, ``and`` then a reporting
    verb in -ing, or a subject (a pronoun, a name) and a reporting verb, opens
    a report of its own (returned, by the same speaker, with that verb as its
    cue and what follows it as its content); the content ends with the
    quotation. A subject named there speaks the second report."""
    if cand.kind != "mixed" or not cand.parts:
        return None
    start, end = cand.parts[-1]
    if text.find(" and", start, end) < 0 and text.find("\u00a0and", start, end) < 0:
        return None  # no "and" (most quotes)
    last = None
    for m in _MARK_AND.finditer(text, start, end):
        last = m
    if last is None:
        return None
    verb = last.group("verb").lower()
    if verb not in verbs or (last.group("subject") is None and not verb.endswith("ing")):
        return None
    stop = _trim(text, start, last.start() + len(last.group("mark")))[1]
    words = [w.start() for w in _TOKEN.finditer(text, last.end("verb"), end)]
    if _words(text, start, stop) < 2 or not words:
        return None
    cand.parts[-1] = (start, stop)
    second = copy.copy(cand)
    second.parts = [(words[0], end)]
    second.cue = last.span("verb")
    second.kind = "mixed" if _OPENING_MARK.search(text, words[0], end) else "indirect"
    if last.group("subject") is not None:
        subject = speaker_phrase(text, *_trim(text, *last.span("subject")), abbreviations)
        if subject is not None:
            second.speaker = subject  # "… and Trump says …": its own speaker
    return second


def _quotation_after_cue(text: str, cand: C, verbs: frozenset[str],
                         abbreviations: QuoteAbbreviations | None) -> C | None:
    """``… and said, "Who will pay for the bridge?"``, ``He answered, "Not the
    council."``: a quotation opening with a capital after a reporting verb and a
    comma (the verb's object or a short adjunct between, ``told Jo Roe of the
    Harbour Post,``; not after a form of ``be``, ``were told, "…"``, and not a title
    in title case) is what that verb reports, and nothing before it; when it runs
    to the end of the content, the content is the quotation alone. The report
    before the verb, when the verb is joined to it (``said the ferry was sold by
    the council and said, "Who …?"``, ``to "join the school board," and
    telling them, "If …"``), is returned as a quote of its own (same speaker
    and cue)."""
    if cand.kind != "mixed" or len(cand.parts) != 1:
        return None
    start, end = cand.parts[0]
    if text.find(",", start, end) < 0:
        return None  # no comma before a quotation
    mark = None
    for m in _SENTENCE_QUOTATION.finditer(text, start + 1, end):
        mark = m
    if mark is None:
        return None
    inner_start = mark.end()
    inner_end = end
    if text[end - 1] in _CLOSE + "'":
        inner_end = end - 2 if text.startswith("''", end - 2) else end - 1
    inner = text[inner_start:inner_end]
    if inner_end <= inner_start or "''" in inner or not _MARKS.isdisjoint(inner):
        return None  # the quotation does not run to the end of the content
    comma = _trim(text, start, mark.start())[1] - 1
    if comma <= start or text[comma] != "," or title_case(text, inner_start, inner_end):
        return None
    words = [(w.start(), w.end(), w.group().lower())
             for w in _TOKEN.finditer(text, max(start, comma - 120), comma)]
    for k in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if not (words[k][2] in verbs and _verb_like(
                words[k][2], words[k - 1][2] if k >= 1 else "", verbs)):
            continue
        if k >= 1 and words[k - 1][2] in BE_FORMS:
            return None  # "were told, "…"": told by someone else
        first = None
        joined = None
        for m in _JOINED_VERB.finditer(text, start, words[k][1] + 1, overlapped=True):
            if m.end("verb") == words[k][1]:
                joined = m
        if joined is not None:
            first_end = _trim(text, start, joined.start() + 1, _SPACE + ",")[1]
            if text[joined.start()] == ",":
                first_end = _trim(text, start, joined.start("verb"), _SPACE + ",")[1]
            if _words(text, start, first_end) >= 2:
                first = copy.copy(cand)
                first.parts = [(start, first_end)]
                if _OPENING_MARK.search(text, start, first_end) is None and (
                        text[start] not in _OPEN):
                    first.kind = "indirect"
        cand.parts[0] = _trim(text, inner_start, inner_end)
        cand.cue = words[k][:2]
        cand.kind = "direct"
        boundary = _BOUNDARY_BACK.search(text, max(start, words[k][0] - 60), words[k][0])
        if boundary is not None:
            subject = speaker_phrase(text, *_trim(text, boundary.end(), words[k][0]),
                                     abbreviations)
            if subject is not None:
                cand.speaker = subject  # "…, Trump boasted, "That …"": its subject speaks
        return first
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """True when the quotation holding ``start`` opens its sentence: the words
    after it are then said of the quotation (``"Jo! Jo!" were cut short``)."""
    before = text[max(0, start - 6) : start].rstrip(_SPACE + _OPEN + "'‘")
    return not before or before[-1] in ".!?:\"”'’\n"


def _first_word(text: str, pos: int) -> str:
    m = _WORD.search(text, pos, min(len(text), pos + 40))
    return "" if m is None else m.group().lower()


def _span_start(span: Any) -> int | None:
    if span is None:
        return None
    if isinstance(span, tuple):
        return int(span[0])
    return int(span.start)
