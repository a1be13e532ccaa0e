"""The finder's closed word lists: the words and marks its rules test a stretch
against (verbs that take an object before the content, clause openers, finite and
adverbial first words, raising verbs, intent and commitment lemmas, report
participles, …), and the substring test some of them are used with.

Not lexicon data: these lists are the rules' own, fixed for English news; the cue
lexicon and the shared pronoun and determiner lists are in ``lexicon``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import BE_FORMS, DETERMINERS, VERB_ADVERBS, word_set
from .lexicon import SPACE as _SPACE
from .patterns import _OPENER_WORDS
from .speakers import ADVERBIAL_OPENERS, PREPOSITIONS, SENTENCE_ADVERBS

_SPACE_STOPS = _SPACE + ".!?"
# after these verbs an object comes before the content: "told reporters that …"
_OBJECT_VERBS = word_set(
    """
    tell tells told telling ask asks asked asking inform informs informed informing remind
    reminds reminded reminding assure assures assured assuring reassure reassures reassured
    reassuring warn warns warned warning urge urges urged
    """
)
# verbs whose object may stand before a "that" clause though their content often
# follows them directly ("promised Mr. Lee that …" but "promised a new deal")
_THAT_OBJECT_VERBS = _OBJECT_VERBS | word_set(
    """
    promise promises promised promising convince convinces
    convinced convincing persuade persuades persuaded persuading advise advises advised
    advising notify notifies notified notifying teach teaches taught teaching
    """
)


# before a cue, a passive's auxiliary ("is known as"); the words that open a
# nominal subject of a cue right before a quotation ("a ferry captain shouted")
_BE_ENDINGS = tuple(BE_FORMS)
# clause openers that are never prepositions
_CLAUSE_OPENERS = word_set("when while because although though whereas where unless if")
# the clause openers ``opener_last`` finds: a stretch holding none of them has no
# clause opener to read (a pre-test)
_CLAUSE_OPENER_TEXTS = tuple(sorted(_CLAUSE_OPENERS.intersection(_OPENER_WORDS)))
_ARTICLE_WORDS = word_set("a an the this that one")
# the word (and space) before a pronoun opening an embedded question or free relative
_WH_LEADS = frozenset({"what ", " how ", " why "})
# what follows a subject as its verb phrase's first word, besides a verb in -s/-ed
_FINITE_FIRST = BE_FORMS | word_set(
    "has have had will would can could did does also often then still just again")
# comparatives opening a sentence adverbial before a comma with an adverb in -ly
# ("More recently,", "Most importantly,")
_COMPARATIVES = word_set("more less most")
# words opening a sentence adverbial before a comma: those comparatives, or one
# opening it alone ("Back in 1999,", "Well,")
_ADVERBIAL_FIRST = ADVERBIAL_OPENERS | _COMPARATIVES
_POSSESSIVES = word_set("his her their its our my your")
_IRREGULAR_PASTS = word_set("said told wrote spoke thought knew felt")
# participles after "be" that name a state of their subject's mind, or make it
# speak: "is worried that", "was prompted to say", "is quoted as saying"
_STATE_PARTICIPLES = word_set(
    "worried concerned convinced assured pleased surprised disappointed prompted quoted "
    "determined frustrated angered alarmed encouraged committed inclined poised")
# verbs whose content after them is a quotation, never a paraphrase ("spoke about
# the plan", "began the meeting"); a quotation before them is reported ("“…,” he began")
_QUOTATION_AFTER = word_set("speak begin")
# cue forms that are as often nouns (or participles: "a mayor considered one of the
# best"): content after them must open with "that" or a quotation mark
_NOUN_OR_VERB = word_set("state states tweet tweets attack attacks point points email emails "
                   "comment comments consider considers considered")
# the double quotation marks a clause boundary may sit behind
_DOUBLE_MARKS = '"“”«»'
# the characters that stop a cue's reach: punctuation, brackets, quotation marks
_STOP_MARKS = frozenset(".;:!?()\"“”«»")
# what a gap between a cue and its quotation holds none of
_GAP_STOPS = frozenset(",\"“”:;")
# "is expected to", "are believed to", "was intended to": reports with no source
_TAIL_REPORT_WORDS = ("said", "say", "report", "wrote", "writes", "told", "add", "note",
                      "announc", "recall", "show", "indicat", "maintain", "found", "finds")
"""Words one of which a closing report (``outer_report``) holds (a pre-test)."""


def _holds_any(low: str, words: Sequence[str], start: int, end: int) -> bool:
    """True when one of ``words`` occurs in ``low[start:end]``."""
    for word in words:  # noqa: SIM110 - a loop is faster than any() over a generator
        if low.find(word, start, end) >= 0:
            return True
    return False


_RAISING = word_set(
    "expected believed thought said reported rumored rumoured understood known considered seen "
    "intended"
)
# words before a cue form that make it a noun
_NOUN_MARKERS = word_set("the a an his her their its our my your these those every each")
# openers of an embedded question after a cue ("asked Trump if …")
_QUESTION_OPENERS = word_set("if whether how why what")
# first words of an adjunct between a cue and its content ("said back in May: …")
_ADJUNCT_FIRST = PREPOSITIONS | SENTENCE_ADVERBS | VERB_ADVERBS | word_set("back earlier last late")
# first words of what may stand between a cue and its "that" besides prepositions
# and adverbs: a particle of the verb ("pointed out that"), a time ("Tuesday night")
_GAP_FIRST = word_set("out up back off down tonight")
# verbs that report only direct quotations ("“…,” he continued"), never a clause before them
_NOT_BEFORE = word_set("continue begin know find feel propose recognize project consider regard")

# intentions and requests: "wants to …", "vowed to …", "urged Congress to …"
_INTENT_LEMMAS = word_set(
    "want hope plan expect intend promise vow pledge seek refuse decline agree threaten urge "
    "ask tell wish prefer decide"
)
# intentions and decisions, not acts of speech: in a headline ("Ministers agree to
# reopen talks") the verb states the news, and the lead gives its source
_COMMIT_LEMMAS = word_set(
    "agree decide plan intend refuse decline want hope seek expect wish prefer")
_NOT_LABELS = word_set(
    """
    CORRECTION UPDATE UPDATED NOTE WATCH READ RELATED PHOTOS PHOTO VIDEO BREAKING EXCLUSIVE
    ANALYSIS OPINION SOURCE SOURCES HUFFPOLLSTER EDITOR'S EDITOR’S ABSTRACT POLL
    CONTRIBUTING CONTRIBUTORS REVEALED LOOK BOOM LISTEN PAID DELEGATE REPORTING
    WOW WHOA BUSTED BOMBSHELL SHOCK SHOCKING YIKES OUCH OOPS HUGE UNREAL INCREDIBLE
    """
)
_EVIDENCE_VERBS = word_set("show shows showed shown find finds found indicate indicates indicated")
_EVIDENCE_NOUNS = word_set(
    "poll polls polling survey surveys study studies paper report reports analysis data "
    "figures results records research review audit"
)

# content after a cue does not start with these ("spoke in Iowa", "posted on Twitter")
_CONTENT_NOT_FIRST = word_set(
    """
    in on at to with about for from during after before by into over under as of than
    through since until without against among across around near via per
    """
)
# participles that join a second report to the first one's content ("X attacked
# Lind, saying he would …", "insisted that he has “…,” claiming that …"): the
# participle frames its own content, with the same speaker
# words opening a sentence before a comma that are no name ("Yes, …", "Likewise, …")
_INTERJECTIONS = SENTENCE_ADVERBS | word_set(
    "yes no wait well ok okay likewise similarly given sure look listen oh")

_REPORT_PARTICIPLES = word_set(
    "saying adding telling noting arguing claiming explaining insisting writing stating "
    "asserting contending declaring warning citing"
)


# subordinators before an opening participle that reports for the main subject
# ("After saying …, the man …")
_OPENING_SUBORDINATORS = word_set("after while since before upon despite")

_AFTER_PARTICIPLE = PREPOSITIONS | DETERMINERS | {"to", "that", "so", "of", "counter"}
