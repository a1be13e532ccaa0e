"""The finder's precompiled patterns, and the word lists they are built from.

The patterns (cue shapes, clause openers, raising and written cues, relative clauses
between dashes, …) are compiled once, on first use, and shared by every article; the
word tuples that spell their alternations live here too, since the finder also uses
them as pre-tests (no match without one of the words).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .lexicon import CLAUSE_STOP, word_set
from .shipped import compile_pattern

# the words the ``opener`` and ``opener_last`` patterns open with (whole words)
_OPENER_WORDS = ("after", "when", "while", "because", "as", "since", "if", "although", "though",
                 "and", "but", "that", "where", "so", "until", "unless", "once", "before", "whom",
                 "which", "what", "how", "why")

# a quantifier before a relative pronoun ("some of whom", "two of which")
_RELATIVE_QUANTIFIER = r"(?:all|each|many|some|most|both|none|several|half|one|two|three)\s{1,3}of"

_WRITTEN_FORMS = ("said", "says", "read", "reads", "noted", "notes", "stated", "states")
"""The forms the ``written_cue`` pattern opens with (its alternation, and a pre-test:
no match without one)."""

_RAISING_BE = ("is", "are", "was", "were", "be", "been", "being")
_RAISING_ADVERBS = ("widely", "also", "not", "now", "still", "generally", "largely")
_RAISING_TAILS = _RAISING_BE + _RAISING_ADVERBS
"""The words the ``raising`` pattern can end with before its spaces (its
alternations: a form of ``be``, then an adverb or not; a pre-test)."""

_CAUSE_WORDS = word_set("led leads leading caused causes causing prompted prompts prompting "
                        "spurred spurs drove drives inspired inspires force forces forced "
                        "forcing leaving leave leaves left")


@lru_cache(maxsize=1)
def _dash_relative() -> Any:
    """A relative clause between dashes before the verb (``Ruiz - who sailed home
    to Oslo - has vowed``), from its first dash; compiled on first use (rare)."""
    return compile_pattern(
        r"(?:\s[-–—]{1,2}\s|[—–])(?:who|whose|which)\s[^\n]{1,200}?"
        r"(?:\s[-–—]{1,2}\s*|[—–]\s*)"
        r"(?:(?:has|have|had|also|then|later|again|previously|is|are|was|were)\s+){0,2}$"
    )


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    import regex

    return {
        "according": compile_pattern(r"(?i)(?<![\p{L}])according\s+to(?![\p{L}])"),
        "view": compile_pattern(
            r"(?i)(?<![\p{L}])(?:from|in)\s+(?P<np>[^,.;:\"“”]{1,80}?)['’]s?\s+"
            r"(?:point\s+of\s+view|view|opinion|words)(?![\p{L}])"
        ),
        "agent": compile_pattern(
            r"(?i)(?<![\p{L}])(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+"
            r"(?:commented\s+on|described|called|criticized|criticised|praised|confirmed|"
            r"announced|reported|denied|echoed|questioned|dismissed|welcomed|condemned)"
            r"\s+by$"
        ),
        "that": compile_pattern(r"(?i)\s{0,20}that(?![\p{L}])"),
        # "that" and at most a short subject before a quotation mark (searched up to it)
        "that_subject": compile_pattern(
            r"(?i)(?<![\p{L}])that\s{1,3}(?:[\p{L}\p{N}'’.-]{1,25}\s{1,3}){0,3}$"
        ),
        "adjunct": compile_pattern(
            r"(?i)\s{0,20}(?:(?:on|late|early|last|this)\s{1,5})?(?:(?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday)(?:\s{1,5}(?:night|morning|afternoon|evening))?|"
            r"(?:last|this|next|that)\s{1,5}(?:week|weekend|month|year|morning|afternoon|evening|"
            r"night)|today|yesterday|tonight|earlier|later|recently|again|also|"
            r"in\s+a\s+(?:statement|interview|tweet|speech|post|letter|conversation)"
            r"(?:\s+with\s+[\p{L} ]{1,40}?)?|on\s+twitter|on\s+facebook|in\s+(?:an|the)\s+"
            r"[\p{L}-]{1,20}|at\s+(?:a|the)\s+[\p{L}-]{1,20}(?:\s+[\p{L}-]{1,20})?)(?![\p{L}])"
        ),
        "word": compile_pattern(r"[\p{L}\p{N}]+"),
        "adjunct_colon": compile_pattern(
            r"\s{0,5}(?P<first>\p{L}{1,20})[^,.;:!?\"“”«»\n]{0,100}:\s{0,3}[\"“«]"
        ),
        "tail_attribution": compile_pattern(
            r",\s{1,5}(?:[\p{L}\p{N}.'’&-]{1,30}\s{1,5}){1,6}(?:said|says|say|reported|reports|"
            r"show|shows|showed|added|adds|wrote|writes|told|argued|argues|noted|notes|"
            r"believe|believes|contend|contends)\s{0,5}$"
        ),
        # a report closing its sentence: ", the newspaper reported." / ", Lea Stone
        # said Monday." (at most six words of speaker, three of adjunct)
        "outer_report": compile_pattern(
            r",[\"”']{0,2}\s{1,5}(?P<np>(?:[\p{L}\p{N}.'’&-]{1,30}\s{1,5}){1,6})"
            r"(?P<verb>said|says|say|reported|reports|wrote|writes|told|added|adds|noted|notes|"
            r"announced|announces|recalled|recalls|"
            r"show|shows|showed|indicates|indicated|maintains|maintained|found|finds)"
            r"(?P<rest>(?:\s{1,5}[\p{L}\p{N}.'’-]{1,20}){0,3})\s{0,3}$"
        ),
        # a comma and a participle (a clause stop before the participle's clause)
        "participle_comma": compile_pattern(r",\s{1,5}\p{Ll}{2,20}ing\s"),
        # a source closing its sentence: ", according to CNN." (searched up to the end)
        "according_tail": compile_pattern(
            r",\s{1,5}(?P<verb>according\s{1,3}to)\s{1,3}[^,;:!?\"“”«»()]{1,100}$"
        ),
        "raising": compile_pattern(
            r"(?i)(?<![\p{L}])(?:" + "|".join(_RAISING_BE) + r")(?:\s{1,5}(?:"
            + "|".join(_RAISING_ADVERBS) + r"))?\s{1,5}$"
        ),
        "raising_after": compile_pattern(r"(?i)\s{1,5}(?:to|that)\s"),
        "to_comment": compile_pattern(
            r"(?i)to\s{1,5}(?:comment|elaborate|speculate)\s{1,5}(?:on|about)\s{1,5}"
        ),
        "stop": CLAUSE_STOP,
        "connective": compile_pattern(
            r"(?i)(?:however|still|nevertheless|nonetheless|yet|in\s{1,3}fact|even\s{1,3}so|"
            r"(?:in|by)\s{1,3}contrast),\s{1,3}"),
        # " and" before a past tense: the content's own verb phrase when the
        # content is a clause ("that …", a subject pronoun)
        "and_past": compile_pattern(r"\sand\s+(?:also\s+)?\p{Ll}{2,20}ed\s"),
        "finite_content": compile_pattern(r"(?:that|he|she|they|it|we|i)\s", regex.I),
        "nonfinite": compile_pattern(r"(?:to|\p{Ll}{2,20}ing)\s"),
        # a participle or relative pronoun opening a modifier of a subject
        # (not a verb after an auxiliary: "Ruiz is counting on …")
        "modifier": compile_pattern(
            r"(?<=\s)(?<!(?:is|are|was|were|be|been|has|have|had)\s)"
            r"(?:who|that|\p{Ll}{2,20}(?:ing|ed))\s"),
        # what may follow a title in a subject's apposition before the cue: the
        # rest of the apposition ("“Harbour Days,” about the old port, said")
        "title_tail": compile_pattern(r"[,\s]*(?:[^,;:\"“”«».!?\n]{1,80},\s*)?$"),
        "concessive": compile_pattern(r",\s{1,5}(?:while|though|although)\s"),
        # ", but" before a verb phrase, a second "that", or a contrasted phrase
        # ("said she had left, but would return", ", but that …", ", but not …"):
        # the reported clause goes on
        "contrast_goes_on": compile_pattern(
            r",\s{1,5}but\s{1,5}(?:(?:that|not|also|rather|only|instead|never)(?![\p{L}'’])"
            r"(?!\s{1,5}\p{Ll}{2,20}ed\s)"
            r"(?!\s{1,5}(?:is|was|isn['’]t|wasn['’]t|has|had|will|would)\s)|"
            r"(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|"
            r"(?:is|was|has|had|wo|would|ca|could)n['’]t)\s)"),
        # what opens a concessive clause that is no clause of the content: a
        # participle or an adverb-adjective fragment ("while raising …", "though not")
        "concessive_next": compile_pattern(r"(?:also\s{1,3})?(?:\p{Ll}{2,20}ing|not)\s"),
        # a comma, then a subordinator or "also" before a participle cue ("…, before
        # adding that …", "…, while also saying …"; searched up to the cue)
        "led_participle": compile_pattern(
            r",\s{1,3}(?:(?:before|while|after|then)\s{1,3})?(?:also\s{1,3})?(?<=\p{Ll}\s{1,3})\Z"),
        # between a report's content and the subject of a second clause going on it
        "joined_clause": compile_pattern(
            r"[\"”'’]{0,2}(?:,\s{1,3}(?:and|but|while)|\s{1,3}and|;|\s{0,2}[-—–]{1,2}\s{0,2}but)"
            r"(?:\s{1,3}(?:now|then|only|also|still))?\s{1,3}"),
        # a comma, or a closing mark and a comma, then a participle
        "participle": compile_pattern(
            r"(?:,[\"”']{0,2}|[\"”'],)\s{1,3}(?P<verb>\p{Ll}{2,12}ing)\s"),
        # the main verb (or an adverb before it) right after a subject phrase
        "main_verb": compile_pattern(r"[ \u00a0]{1,3}(?!(?:and|or|of|who|which|whose)\b)\p{Ll}"),
        "said_relative": compile_pattern(r",\s{1,3}who\s[^,;:\"“”«»]{1,150},"),
        "relative_tail": compile_pattern(
            r",\s{1,3}(?:which|who|whom|whose)\s[^,;:()\"“”«»]{0,400}$"
        ),
        # what goes on describing a source after its comma: a relative clause, an
        # apposition opening with an article or a number, "including …"
        "source_tail": compile_pattern(
            r"(?:which|who|whom|whose|where|including|a|an|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|both|all|each)\s"),
        # a closing appositive: ", a/an" and a noun phrase of two words or more
        # to the end ("…, a claim the ministry denies"); not a list ("a speech, a
        # visit or a letter")
        "appositive_tail": compile_pattern(
            r",\s{1,3}(?:a|an)\s(?![^,;:()\"“”«»]{0,300}?\s(?:or|and)\s(?:a|an|the)\s)"
            r"[^\s,;:()\"“”«»]{1,40}\s[^,;:()\"“”«»]{1,300}$"
        ),
        # content opening with a subordinate clause, whose main clause may follow a
        # comma and an article ("when she started, a boss told her …")
        "subordinate_lead": compile_pattern(
            r"(?i)(?:\G|(?<=,\s{1,3}))(?:that\s{1,3})?(?:even\s{1,3})?(?:when|if|while|although|"
            r"though|because|as|after|before|since|until|once|not\s{1,3}only)\b"
        ),
        "after_quote": compile_pattern(
            r"\s{0,3}[,—–-]?\s{0,3}(?P<np>[^\s,.;:!?\"“”«»][^,.;:!?\"“”«»\n]{0,60}?)\s+"
            r"(?P<verb>\p{Ll}{3,20}(?:ed|s)|went\s(?:on|further))(?=[\s,.;:!?])"
        ),
        "after_quote_inv": compile_pattern(
            r"\s{0,3}[,—–-]?\s{0,3}(?P<verb>\p{Ll}{3,20}ed)\s+(?=\p{Lu})"
        ),
        "before_quote": compile_pattern(
            r"(?<![\p{L}\p{N}'’-])(?P<verb>\p{Ll}{3,20}(?:ed|s))(?:\s+[^,:;.\"“”«»]{1,30})?"
            r"\s*[,:]\s{0,3}$"
        ),
        # a relative pronoun right before the cue, after a noun ("a sign that read",
        # "the report, which notes")
        "written_relative": compile_pattern(
            r"(?:(?<![\p{L}'’-])(?P<noun>\p{Ll}{2,20})\s{1,3}(?P<who>(?P<that>that))"
            r"|,\s{1,3}(?P<who>which))\s{1,3}$"
        ),
        # a verb of what a text says, then its quotation
        "written_cue": compile_pattern(
            "(?:" + "|".join(_WRITTEN_FORMS) + r")\s{0,3}[,:]?\s{0,3}[\"“]"
        ),
        "relative": compile_pattern(
            r"\s{0,20}(?P<who>who|" + _RELATIVE_QUANTIFIER + r"\s{1,3}whom)"
            r"(?:['’](?:d|s|ve))?(?:\s{1,5}(?:also|once|later|has|had|have|then|first|earlier|"
            r"just|never|still|often|has\s+long|had\s+long|\p{Ll}{2,15}ly)){0,6}\s{0,20}$"
        ),
        # a relative pronoun after a noun and without a comma (``critics who say``), or
        # one whose clause has a verb phrase before ``and``/``but`` and the cue
        # (``Lea Stone, who came out and said``); searched in a comma segment
        "relative_in": compile_pattern(
            r"(?:^\s{0,3}|(?<=[\p{L}\p{N}%)’'])\s{1,3}|,\s{0,3})(?P<who>who|which|"
            + _RELATIVE_QUANTIFIER + r"\s{1,3}(?:whom|which))"
            r"(?:['’](?:d|s|ve))?(?P<vp>\s{1,3}(?!(?:he|she|they|we|I|it|you)\s)"
            r"[^,;:()\"“”«»\n]{1,80}?\s(?:and|but))?"
            r"(?:\s{1,5}(?:also|once|later|has|had|have|then|first|earlier|just|never|still|"
            r"often|has\s+long|had\s+long|\p{Ll}{2,15}ly)){0,6}\s{0,20}$"
        ),
        "evidence": compile_pattern(
            r"(?i)(?P<np>(?<![\p{L}])(?:(?:a|an|the|one|this|its|their|his|her|new|latest|"
            r"recent)\s+)?(?:[\p{L}\p{N}/'’.&-]+\s+){0,5}?(?:polls?|polling|surveys?|"
            r"stud(?:y|ies)|paper|reports?|analysis|data|figures|results|records|research|"
            r"review|audit))(?![\p{L}])[^.;:!?\"“”]{0,110}$"
        ),
        # a poll or survey a sentence opens with, with no verb ("In a council poll
        # released Monday, 52 percent backed …"): the source of the clause after it
        # (not "In a memo released as polls closed": the poll is the phrase's head)
        "poll_opening": compile_pattern(
            r"In\s{1,3}(?P<np>(?:a|an|the|this|that|its|their|one|another)\s{1,3}"
            r"(?:(?!(?:as|of|for|about|by|released|conducted|published|on|at|with|to|"
            r"that|which|when|after|before|while|and|but|or)\s)[^\s,.;:!?\"“”]{1,40}\s{1,3})"
            r"{0,6}?(?:polls?|surveys?)(?![\p{L}])[^,;:.!?\"“”\n]{0,60}?"
            r"(?:\s{0,3},\s{1,3}(?:conducted|released|published|taken)\s[^,;:.!?\"“”\n]{1,60}?)?)"
            r"\s{0,3},"
        ),
        # a share of respondents as a subject, and the poll before it
        "poll_share": compile_pattern(
            r"(?:(?:just|only|about)\s{1,3})?(?:\d{1,3}(?:\.\d)?|\p{L}{3,9}(?:-\p{L}{3,5})?)"
            r"\s{0,2}(?:%|percent)\s{1,3}of\s"
        ),
        # the poll the answers were given in, closing the sentence after the report
        # ("… said they would stay in a council poll this month.")
        "poll_closing": compile_pattern(
            r"(?i)\s(?:in|according\s{1,3}to)\s{1,3}(?P<np>(?:a|an|the)\s[^,;:.!?\"“”]{0,80}?"
            r"(?P<head>poll|survey)(?![\p{L}])[^,;:.!?\"“”]{0,40}?)\s{0,3}(?:[,.;]|$)"
        ),
        "poll_opener": compile_pattern(
            r"(?i)(?<![\p{L}])(?:in|according\s{1,3}to)\s{1,3}(?P<np>(?:a|an|the|its|their)\s"
            r"[^,;:.!?\"“”]{0,80}?(?P<head>poll|survey)(?![\p{L}])[^,;:!?\"“”]{0,60}),\s{1,3}$"
        ),
        "asked": compile_pattern(
            r"\s{1,20}(?:(?P<prep>on|by|in)\s{1,5}(?P<np>[^,;:]{1,40}?)\s{1,5})?(?:about\s{1,5})?"
            r"(?P<q>(?:whether|if|how|why|what|who|when|where|which)\s|(?<=about\s{1,5})\S)"
        ),
        "label": compile_pattern(
            r"(?P<name>\p{Lu}[\p{L}.'’-]{1,20}(?:\s\p{Lu}[\p{L}.'’-]{0,20}){0,3}):\s+"
        ),
        "opener": compile_pattern(r"(?<![\p{L}])(?:" + "|".join(_OPENER_WORDS) + r")\s+"),
        # the same, searched from the end: the last opener of a stretch (matches never
        # overlap: each is a whole word and the white space after it)
        "causer": compile_pattern(
            r"(?i)(?<![\p{L}])(?:" + "|".join(sorted(_CAUSE_WORDS)) + r")\s+"
            r"(?P<np>[^\s,;:()\"“”]{1,40}(?:\s+[^\s,;:()\"“”]{1,40}){0,7}?)\s+to\s+$"
        ),
        # a possessor, a noun (of saying, checked after) and its link to a quoted
        # fragment: "her remark that ", "Ruiz's bold pledge to be "
        "possessed_report": compile_pattern(
            r"(?<![\p{L}'’])(?P<poss>his|her|their|its|our|my|His|Her|Their|Its|Our|My|"
            r"(?:\p{Lu}[\p{L}.'’-]{0,20}\s{1,2}){0,3}\p{Lu}[\p{L}.-]{0,20}['’]s)"
            r"\s{1,3}(?:[\p{Ll}-]{2,20}\s{1,3}){0,2}(?P<noun>\p{Ll}{3,20})"
            r"(?:\s{1,3}[^,;:.!?\"“”«»\n]{1,60}?)?\s{1,3}(?:that|to)"
            r"(?:\s{1,3}[\p{L}'’-]{1,20}){0,3}\s{0,3}$"
        ),
        # a form of "be" and at most two adverbs ending at a cue: a passive
        "be_before": compile_pattern(
            r"(?i)(?<![\p{L}'’])(?:is|are|was|were|been|being|be)"
            r"(?:\s{1,3}(?:also|not|never|later|then|\p{Ll}{2,15}ly)){0,2}\s{1,3}$"
        ),
        "by_agent": compile_pattern(r"\s{1,3}by\s{1,3}"),
        # a parenthetical report right after a cue ("He hoped, he said, that …",
        # "… hard to predict, many economists say, because …"): it reports the
        # clause around it, the cue before it included
        "parenthetical_after": compile_pattern(
            r",\s{1,3}(?:he|she|they|we|I|(?:many\s{1,3}|some\s{1,3})?\p{Ll}{3,20}s"
            r"|\p{Lu}[\p{L}.'’-]{1,20}(?:\s{1,3}\p{Lu}[\p{L}.'’-]{1,20}){0,2})"
            r"\s{1,3}(?:said|says|say),"
        ),
        # where a speaker phrase after a cue stops, at the latest (see phrase_after)
        "stop_char": compile_pattern(r"[,.;:!?\"“”«»(\n]"),
        "opener_last": compile_pattern(
            r"(?r)(?<![\p{L}])(?:" + "|".join(_OPENER_WORDS) + r")\s+"),
        # what "evidence" needs somewhere: one of its nouns (searched first, about a
        # twentieth of the cost of the whole pattern)
        "evidence_noun": compile_pattern(
            r"(?i)poll|survey|stud|paper|report|analysis|data|figures|results|records|"
            r"research|review|audit"
        ),
        "back": compile_pattern(r"(?r)(?:[;:—–(\u2014\"“”«»]|,(?!\d{3}))"),
        "clause_end": compile_pattern(r"[,.;:!?\"“”«»]|''"),
        "colon_quote": compile_pattern(r"(?P<colon>:)\s{0,3}$"),
        # a time adjunct between a subject and its verb ("on Tuesday", "last week",
        # "earlier Thursday")
        "time_tail": compile_pattern(
            r"(?<=[\p{L}.)])\s{1,3}(?:(?:on|earlier|later|late|early)\s{1,3})?"
            r"(?:(?:last|this)\s{1,3}(?:week|month|year|weekend)|(?<!Super\s)(?:Monday|Tuesday|Wednesday|"
            r"Thursday|Friday|Saturday|Sunday)(?:\s{1,3}(?:night|morning|afternoon|evening))?)"
            r"\s{0,3}$"
        ),
        "fronted_pronoun": compile_pattern(
            r"(?<=[\p{L}\p{N}])\s{1,3}(?P<pro>he|she|they|it|we|I|He|She|They|It|We)"
            r"(?:\s{1,3}\p{Ll}{2,15}ly)?\s{0,3}$"
        ),
        "as_clause": compile_pattern(r"\s{1,3}(?:he|she|they|it|we|I|you)\s"),
        "token": compile_pattern(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]{0,40}"),
    }
