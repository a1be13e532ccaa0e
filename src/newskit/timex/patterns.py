"""The recognition grammar: one regular expression per rule, in priority order.

:func:`rules` gives ``(name, pattern)`` pairs; :mod:`newskit.timex.recognize`
compiles each at its first use (when a trigger word's kind first allows it) and
tries them only where a trigger word makes them possible, in this order. Groups
have the same names across rules (``month``, ``day``, ``year``…), so handlers read
them by name.

Spans follow the TimeML/TempEval-3 conventions: determiners and modifiers are
part of the expression (``the end of January``, ``the past two years``, ``about
a decade``, ``two years ago``, ``earlier this month``), prepositions are not
(``in 2024`` → ``2024``).

Nothing is compiled at import.
"""

from __future__ import annotations

__all__ = ["rules"]

# One gap between words: spaces, possibly one line break (never a blank line).
S = r"(?:(?:[ \t\xa0]{1,3}\n?|\n)[ \t\xa0]{0,3})"

MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH_ABBR = r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Sept|Oct\.|Nov\.|Dec\."
# Capitalised month names only: ``may``/``march`` in lower case are verbs.
MONTH = rf"(?-i:(?:{MONTH_FULL}|{MONTH_ABBR}))"
MONTH_SAFE = (
    r"(?-i:(?:January|February|April|June|July|August|September|October|November|December"
    rf"|{MONTH_ABBR}))"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?<![\d$€£¥.,/])(?<!\d-)(?:1[5-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-\d\d\d)"

UNITW = "one|two|three|four|five|six|seven|eight|nine"
TEENW = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENSW = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMW = (
    rf"(?:(?:{TENSW})(?:[- ](?:{UNITW}))?|{TEENW}|{UNITW}|(?:a|one)[ -]hundred|hundreds|"
    r"a[ -]thousand|thousands|a[ -]dozen|dozens)"
)
NUMD = r"(?<![\d.,])\d{1,4}(?:\.\d{1,2})?(?:[ -]\d/\d)?(?![\d,])"
VAGUE = (
    rf"(?:a{S}few|a{S}couple{S}of|a{S}couple|couple{S}of|several|some|many|a{S}number{S}of|few|"
    rf"dozens{S}of|hundreds{S}of|thousands{S}of|numerous|countless)"
)
# Quantity of a duration (``two``, ``24``, ``a``, ``several``, ``one and a half``).
QTY = rf"(?P<num>{NUMD}|{NUMW}|{VAGUE}|an?|half{S}an?)(?P<half>{S}and{S}a{S}half)?"
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
    r"quarters?|years?|decades?|century|centuries|millennium|millennia)"
)
# "a year and a half", "two hours and a half": the half after the unit.
HALF_AFTER = rf"(?:(?P<half>{S}and{S}a{S}half)\b)?"
UNIT_SG = r"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade|century)"
AMOD = (
    rf"(?P<amod>about|around|approximately|roughly|nearly|almost|more{S}than|less{S}than|"
    rf"fewer{S}than|at{S}least|at{S}most|up{S}to|no{S}more{S}than|no{S}less{S}than|"
    rf"over|under|some|another|an{S}additional|an{S}extra|well{S}over)"
)
# Position modifiers (TIMEX3 mod START / MID / END).
PMOD = (
    rf"(?:(?P<pmod>early|earlier|late|later|mid|middle|"
    rf"(?:the{S})?(?:end|beginning|start|middle|rest|remainder|close|turn){S}of|"
    rf"the{S}(?:early|late|mid)|(?:the{S})?(?:first|second|last|latter){S}half{S}of)"
    rf"(?:{S}|-))"
)
PREP_MONTH = (
    r"(?<=\b(?:in|In|since|Since|until|Until|till|through|before|Before|after|After|"
    r"during|During|from|From|between|and|or|early|late|mid|last|Last|this|This|next|"
    r"Next|of|by|By)[ \-])"
)
REL = (
    rf"(?P<rel>last|this{S}past|this{S}coming|this|next|the{S}coming|coming|the{S}past|past|"
    rf"the{S}previous|previous|the{S}following|the{S}current|current|the{S}latest|"
    rf"the{S}last|the{S}next|the{S}upcoming|upcoming|the{S}same|that|the{S}prior|prior)"
)
TOD = r"(?P<tod>morning|afternoon|evening|night)"
AMPM = r"(?P<ampm>[ap]\.m\.?|[ap]m\b|(?-i:[AP]M)\b|o'clock)"
TZ = (
    rf"(?:{S}(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|MSK|JST)\b|local{S}time|"
    r"(?-i:[A-Z][a-z]+){S}time))?"
)
ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)"
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
DECADEW = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
ORDW_CENT = (
    "eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    "nineteenth|twentieth|twenty-first|21st|20th|19th|18th|17th|16th|15th|14th|13th|12th|11th"
)


def rules() -> list[tuple[str, str]]:
    """(rule, pattern) in priority order: at one position the first that matches wins."""
    day_month = (
        rf"(?P<day>{DAY})(?:{S}?[-–]{S}?(?P<day2>{DAY}))?{S}(?:of{S})?(?P<month>{MONTH})"
        rf"(?:,?{S}(?P<year>{YEAR}))?"
    )
    month_day = (
        rf"(?P<month>{MONTH}){S}(?:the{S})?(?P<day>{DAY})"
        rf"(?:{S}?[-–]{S}?(?:(?P<month2>{MONTH}){S})?(?P<day2>{DAY}))?"
        rf"(?:,?{S}(?P<year>{YEAR}))?(?![\d%])"
    )
    return [
        # Clock times, optionally with a day.
        (
            "clock",
            rf"(?:(?P<amod>about|around|approximately|shortly{S}(?:before|after)|"
            rf"just{S}(?:before|after)){S})?"
            rf"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?{S}?{AMPM}{TZ}"
            rf"(?:,?{S}(?:on{S})?(?:(?P<wd>{WEEKDAY})|(?P<month>{MONTH}){S}(?P<day>{DAY})))?",
        ),
        (
            "clock24",
            rf"(?:(?<=\b(?:at|At|by|until|from|since){S})|(?=\d{{1,2}}:\d\d{S}"
            rf"(?-i:[A-Z]{{2,4}}\b|local)))"
            rf"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:.]\d){TZ}",
        ),
        (
            "noon",
            rf"(?:(?P<amod>about|around|shortly{S}(?:before|after)|just{S}(?:before|after)){S})?"
            rf"(?P<noon>noon|midnight|midday)(?:,?{S}(?:on{S})?(?P<wd>{WEEKDAY}))?",
        ),
        ("iso", r"(?<![\d-])(?P<year>1[5-9]\d\d|20\d\d)-(?P<mnum>0[1-9]|1[0-2])-"
                r"(?P<day>0[1-9]|[12]\d|3[01])(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?"
                r"(?![\d-])"),
        ("numeric", r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
                    r"(?P<c>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d)"),
        # Weekday + date: "Monday, Oct. 26", "Friday Oct. 13".
        (
            "date",
            rf"(?:(?P<wd>{WEEKDAY}),?{S}(?:the{S})?)?{PMOD}?(?:{month_day}|{day_month})",
        ),
        ("month_rel", rf"{PMOD}?(?P<month>{MONTH}){S}(?:of{S})?(?P<yrel>last|this|next){S}year"),
        ("month_year", rf"{PMOD}?(?P<month>{MONTH}),?{S}(?:of{S})?(?P<year>{YEAR})"),
        ("rel_month", rf"{PMOD}?(?P<rel>last|this{S}past|this|next|this{S}coming){S}"
                      rf"(?P<month>{MONTH})"),
        ("month", rf"(?:{PMOD}(?P<month>{MONTH})|{PREP_MONTH}(?P<month>{MONTH})|"
                  rf"(?P<month>{MONTH_SAFE}))(?!{S}(?-i:\d|[A-Z][a-z]+\b))"),
        ("decade", rf"{PMOD}?(?:the{S})?(?:(?P<cent2>1[0-9]|20)(?P<dec>\d)0'?s\b|"
                   rf"'(?P<dec>\d)0s\b|(?<=\bthe{S}|\bthe{S}(?:early|late|mid)[ -])"
                   rf"(?P<decw>{DECADEW})\b)"),
        ("century", rf"{PMOD}?(?:the{S})?(?P<cent>{ORDW_CENT}){S}century"),
        ("season", rf"{PMOD}?(?:{REL}{S}|the{S}(?=(?:spring|summer|fall|autumn|winter){S}"
                   rf"(?:of{S})?\d)|(?<=\b(?:in|during|over|until|by|since|through|into|throughout){S})"
                   rf"the{S})"
                   rf"{SEASON}(?:{S}(?:of{S})?(?P<year>{YEAR}))?"),
        ("season_year", rf"{PMOD}?{SEASON}{S}(?:of{S})?(?P<year>{YEAR})"),
        # Quarters and halves.
        (
            "quarter",
            rf"(?:(?:the|its|this|next|last|(?P<year>{YEAR})){S})?"
            rf"(?:(?P<qrel>fiscal|current|latest|last|past|previous|same|year-earlier|year-ago|"
            rf"comparable|corresponding|next|coming|final|recent|most{S}recent){S})?"
            rf"(?:(?P<year>{YEAR}){S})?(?:fiscal[ -])?"
            rf"(?:{ORD}(?:{S}|-)(?:fiscal[ -])?)?(?P<qh>quarter|half|period)\b"
            rf"(?!{S}(?:of{S})?(?:a|an|the|its|his|her|their|one)\b)"
            rf"(?:{S}of{S}(?:fiscal{S})?(?P<year2>{YEAR}))?",
        ),
        # Durations with a direction: "the past two years", "the next few days".
        (
            "span",
            rf"(?:(?P<amod>at{S}least|about|nearly|almost|more{S}than|less{S}than){S})?"
            rf"(?:the{S})?(?P<dir>past|last|next|first|final|coming|previous|"
            rf"following|remaining|latest|initial){S}{QTY}{S}(?:more{S}|additional{S}|"
            rf"straight{S}|consecutive{S}|(?:trading|business|working|calendar){S})?{UNIT}"
            rf"(?:{S}or{S}so)?",
        ),
        # "two years ago", "a week or so ago", "a year earlier".
        (
            "ago",
            rf"(?:{AMOD}{S})?{QTY}{S}{UNIT}{HALF_AFTER}(?:{S}or{S}(?:so|more|two|three))?{S}"
            rf"(?P<ago>ago|earlier|from{S}now|hence|back)\b"
            rf"(?!{S}(?:the|a|an|his|her|their|its|this|that)\b)",
        ),
        # Relative units: "last week", "this year", "next Monday", "the coming year".
        (
            "relative",
            rf"{PMOD}?{REL}{S}(?:(?P<wd>{WEEKDAY})(?:{S}{TOD})?|"
            rf"(?P<runit>week|weekend|month|year|decade|century|fiscal{S}year|day)\b"
            rf"(?:{S}or{S}so\b|(?!-|{S}(?:ago|earlier|later|or)\b)))",
        ),
        ("end_of", rf"{PMOD}(?:the|this|that){S}(?P<runit>week|weekend|month|year|decade"
                   rf"|century|day)\b"),
        ("year_end", r"(?P<runit>year|month)(?:-end|'s end|\s+end)\b"),
        # Day words.
        (
            "dayword",
            rf"{PMOD}?(?:(?P<dw>today|yesterday|tomorrow|tonight)(?:{S}{TOD})?|"
            rf"(?P<dw>the{S}day{S}before{S}yesterday|the{S}day{S}after{S}tomorrow)|"
            rf"(?P<this>this){S}{TOD}|(?P<last>last){S}(?P<tod>night)|overnight)\b",
        ),
        (
            "weekday",
            rf"{PMOD}?(?P<wd>{WEEKDAY})(?:{S}{TOD})?\b(?!{S}(?:Times|Telegraph|Express|Mail"
            r"|Post|Herald|Mirror|Morning)\b)",
        ),
        (
            "year",
            rf"{PMOD}?(?:(?:fiscal|FY){S}?|the{S}year{S})?(?P<year>{YEAR})\b"
            rf"(?:{S}?[-–/]{S}?(?P<year2>(?:19|20)?\d\d)\b)?"
            rf"(?!{S}(?:people|persons|troops|soldiers|members|votes|voters|workers|jobs|users|cases|"
            r"deaths|dollars|euros|pounds|yuan|rubles|roubles|yen|rupees|tons|tonnes|miles|"
            r"kilometres|kilometers|km|meters|metres|feet|acres|barrels|shares|units|copies|"
            r"homes|cars|vehicles|students|children|refugees|migrants|signatures|delegates|"
            r"employees|residents|officers|police|casualties|hectares|rounds|points)\b)",
        ),
        (
            "spelled_year",
            rf"(?:the{S}year{S})?(?:nineteen{S}(?P<tens>{TENSW})(?:[- ](?P<ones>{UNITW}))?|"
            rf"(?P<y2k>two{S}thousand))\b",
        ),
        ("weekend", rf"{PMOD}?the{S}weekend\b"),
        (
            "the_year",
            rf"(?:the{S}(?:full{S}|current{S})?(?P<fiscal>fiscal{S})?year\b(?!-|{S}\d)"
            rf"(?={S}(?P<ended>ended|ending|to{S}date))?|(?P<adj>year-earlier|year-ago)\b)",
        ),
        # Sets.
        (
            "set",
            rf"(?:(?P<every>every|each|per){S}(?:other{S}|single{S})?(?:(?P<wd>{WEEKDAY})|"
            rf"(?P<month>{MONTH_FULL})|"
            rf"(?P<sunit>day|week|month|year|quarter|decade|morning|afternoon|evening|night|"
            rf"hour|minute|summer|spring|winter|fall|autumn|weekend)\b)|"
            rf"(?P<adv>daily|weekly|monthly|yearly|hourly|nightly)\b|(?P<times>once|twice|(?:three|four|five|\d{{1,2}})"
            rf"{S}times){S}(?:a|an|per|every|each){S}(?P<sunit>day|week|month|year|decade"
            rf"|hour|minute|quarter)\b|(?<=\b(?:on|On){S})(?P<wds>Mondays|Tuesdays|Wednesdays"
            rf"|Thursdays|Fridays|Saturdays|Sundays)\b)",
        ),
        # Hyphenated durations: "five-year", "16-hour", "8-month-old".
        (
            "hyphen",
            rf"(?<![\w-])(?P<num>\d{{1,3}}|{NUMW}|several|multi|half)-(?:and-a-half-)?{UNIT_SG}"
            rf"(?P<old>-old|-long)?\b",
        ),
        (
            "plural",
            rf"(?:(?P<pre>recent|the{S}coming|coming|the{S}next|the{S}past|past|the{S}last|"
            rf"the{S}recent|the{S}previous|the{S}following|the{S}ensuing|the{S}intervening|"
            rf"the(?={S}(?:days|weeks|months|years|decades){S}ahead\b)){S}|(?<=\b(?:for|For|over|Over|in|In|within|took|take|takes|lasted|last){S}))"
            r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b"
            rf"(?!{S}(?:ago|of|old)\b)(?:{S}ahead\b)?",
        ),
        # Plain durations: "three years", "a decade", "several decades".
        (
            "duration",
            rf"(?:{AMOD}{S})?(?:the{S}(?=(?:\d|{NUMW})))?{QTY}{S}(?:more{S}|additional{S}|"
            rf"straight{S}|consecutive{S}|full{S}|(?:trading|business|working|calendar){S})?"
            rf"{UNIT}\b(?!-){HALF_AFTER}(?:{S}or{S}so)?",
        ),
        # Vague references.
        (
            "vague",
            rf"(?P<vg>right{S}now|just{S}now|now|nowadays|currently|these{S}days|"
            rf"recently|lately|more{S}recently|"
            rf"the{S}(?:near{S}|foreseeable{S}|distant{S}|immediate{S})?future|the{S}past|"
            rf"the{S}other{S}day|the{S}(?:short|long|medium|near){S}term|"
            rf"(?<=\bas{S}of{S})today|current|recent)\b(?!-)",
        ),
    ]
