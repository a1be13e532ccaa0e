"""Closed word lists that several passes of the actor extractor share.

Not lexicon data: these classes are the rules' own, fixed for English news (months,
days and other capitalised words that are no names, function words that open
sentences, verbs after which a capital stands for its state, the kinds that count
as organisations). A list used by one pass lives in that pass's module.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OF_FOR = frozenset({" of ", " for "})

# what stands between a sentence's start and its first word (spaces, opening quotes and
# brackets, dashes, bullets): skipped by chunks (where a sentence's first word starts)
# and groups (whether a word opens a sentence)
_LEADING_SKIP = frozenset(" \t\u00a0\"'“‘«([—–-•*")


_ORGS = ("organization", "media")
_CITY = ("city",)


_STATE_VERBS = _words(
    """
    said says say has have had is was will would could should can may might must wants
    wanted warned warns accused accuses believes believed insists insisted denied denies
    rejected rejects called calls announced announces responded responds urged urges
    demanded demands refused refuses hopes hoped plans planned intends intended
    considers considered sees saw views viewed does did agreed agrees signed signs
    expects expected claims claimed blamed blames sought seeks threatened threatens
    criticized criticised condemned condemns welcomed welcomes
    """
)


_NOT_NAMES = _words(
    """
    I I'm I'd I've I'll OK Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec AM PM A.M. P.M.
    TV GMT EST CET UTC Internet God Christmas Easter
    """
)
# Closed-class words (prepositions, conjunctions, determiners, pronouns, sentence
# adverbs, small numbers): opening a sentence they are that word, not a first name
# ("In", "So", "My" are given names too), unless the article writes them capitalised
# mid-sentence ("the group One Voice").
_FUNCTION_OPENERS = _words(
    """
    a an the and but or nor so yet if as because while when whenever where wherever
    whether though although unless until once since then than why how after before
    during in on at by for from to with without of about into onto upon over under
    among amid between against despite like unlike per via within across along around
    behind beyond near toward towards through throughout i he she it we they you me him
    us them who what which whom whose this that these those my his her its our their
    your any all both each every either neither some many most much more few several
    no not such another other also just even still now here there only instead however
    meanwhile yes one two three four five six seven eight nine ten
    """
)
