"""Time expressions: recognition, TIMEX3 values and spans, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newskit.precompiled import ShippedPatterns
from newskit.timex import TimexExtractor, find_timexes
from newskit.types import Article
from shipped_patterns import assert_shipped_patterns_are_fresh

ANCHOR = dt.date(2023, 5, 4)  # a Thursday, ISO week 18


def found(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str, str, str | None]]:
    return [(text[f.start:f.end], f.type, f.value, f.mod) for f in find_timexes(text, anchor)]


def one(text: str, anchor: dt.date | None = ANCHOR) -> tuple[str, str, str, str | None]:
    result = found(text, anchor)
    assert len(result) == 1, result
    return result[0]


VALUE_CASES = [
    ("The office will open in 2024.", ("2024", "DATE", "2024", None)),
    ("The fair will run on July 11-12.",
     ("July 11-12", "DATE", "2023-07-11/2023-07-12", None)),
    ("They met at the end of January.", ("the end of January", "DATE", "2023-01", "END")),
    ("The draft circulated in mid-April.", ("mid-April", "DATE", "2023-04", "MID")),
    ("He visited in early April 2023.", ("early April 2023", "DATE", "2023-04", "START")),
    ("The forum met in November last year.",
     ("November last year", "DATE", "2022-11", None)),
    ("Ministers met in Delhi last week.", ("last week", "DATE", "2023-W17", None)),
    ("Prices rose two years ago.", ("two years ago", "DATE", "2021", None)),
    ("Talks resume next month.", ("next month", "DATE", "2023-06", None)),
    ("Music changed in the 1990s.", ("the 1990s", "DATE", "199", None)),
    ("Planting begins this spring.", ("this spring", "DATE", "2023-SP", None)),
    ("The filing is dated 2023-03-14.", ("2023-03-14", "DATE", "2023-03-14", None)),
    ("The filing is dated 3/14/2023.", ("3/14/2023", "DATE", "2023-03-14", None)),
    ("Polls close at 3 p.m. local time on the coast.",
     ("3 p.m. local time", "TIME", "2023-05-04T15:00", None)),
    ("The region grew for several decades.", ("several decades", "DURATION", "PXDE", None)),
    ("He served three years in office.", ("three years", "DURATION", "P3Y", None)),
    ("The report is published every year.", ("every year", "SET", "P1Y", None)),
    ("The other day, a paper reported it.", ("The other day", "DATE", "PAST_REF", None)),
    ("Recently, trade has slowed.", ("Recently", "DATE", "PAST_REF", None)),
    ("The country is now a member.", ("now", "DATE", "PRESENT_REF", None)),
    ("Nobody can predict the future.", ("the future", "DATE", "FUTURE_REF", None)),
    ("Results for the third quarter were weak.",
     ("the third quarter", "DATE", "2022-Q3", None)),
    ("Sales fell over the past two years.", ("the past two years", "DURATION", "P2Y", None)),
    ("It lasted about a decade.", ("about a decade", "DURATION", "P10Y", "APPROX")),
    ("The vote was yesterday.", ("yesterday", "DATE", "2023-05-03", None)),
    ("They will sign the deal tomorrow morning.",
     ("tomorrow morning", "TIME", "2023-05-05TMO", None)),
    ("Sales slowed earlier this year.", ("earlier this year", "DATE", "2023", "START")),
    ("They met at noon.", ("noon", "TIME", "2023-05-04T12:00", None)),
    ("It began at 10:35 a.m. Wednesday.",
     ("10:35 a.m. Wednesday", "TIME", "2023-05-03T10:35", None)),
    ("The deadline is 14.03.2023 here.", ("14.03.2023", "DATE", "2023-03-14", None)),
    ("An editorial on Saturday, April 29: the court erred.",
     ("Saturday, April 29", "DATE", "2023-04-29", None)),
    ("Rock changed in the '80s.", ("the '80s", "DATE", "198", None)),
    ("Nothing will change in the near future.",
     ("the near future", "DATE", "FUTURE_REF", None)),
    ("Prices rose late last week.", ("late last week", "DATE", "2023-W17", "END")),
    ("Markets calmed over the weekend.", ("the weekend", "DATE", "2023-W17-WE", None)),
    ("The plant runs three shifts daily.", ("daily", "SET", "P1D", None)),
    ("They meet twice a week.", ("twice a week", "SET", "P1W", None)),
    ("Growth was strong in the first half of 2022.",
     ("the first half of 2022", "DATE", "2022-H1", None)),
    ("Shops close for a 24-hour strike.", ("24-hour", "DURATION", "PT24H", None)),
    ("It has grown for nearly forty years.",
     ("nearly forty years", "DURATION", "P40Y", "LESS_THAN")),
    ("The club was founded in nineteen eighty-four.",
     ("nineteen eighty-four", "DATE", "1984", None)),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    VALUE_CASES,
)
def test_values_against_publication_date(sentence: str, expected: tuple[str, ...]) -> None:
    assert one(sentence) == expected


def test_weekday_follows_tense_of_clause() -> None:
    assert one("The minister said on Monday that it was over.")[2] == "2023-05-01"
    assert one("The minister will travel on Monday.")[2] == "2023-05-08"
    # The anchor is itself a Thursday: a past Thursday is that very day.
    assert one("The minister spoke on Thursday.")[2] == "2023-05-04"


def test_weekday_tense_of_plans_and_narratives() -> None:
    # A plan in the pluperfect is over: the day is the past one.
    assert one("The vote had been scheduled to take place on Monday.")[2] == "2023-05-01"
    assert one("The offer had been due to expire Tuesday.")[2] == "2023-05-02"
    assert one("The vote is scheduled to take place on Monday.")[2] == "2023-05-08"
    # "N days later" tells a past story; "later" alone still points ahead.
    assert found("Two hours later, on Tuesday, the index was down.")[-1][2] == "2023-05-02"
    assert one("They will meet later, on Tuesday.")[2] == "2023-05-09"
    # "is to" + verb: a scheduled future.
    assert one("The exchange is to reopen Tuesday.")[2] == "2023-05-09"
    assert one("The envoys are to meet on Monday.")[2] == "2023-05-08"


def test_a_half_after_the_unit() -> None:
    assert one("The vote took a year and a half.")[:3] == (
        "a year and a half", "DURATION", "P1Y6M")
    assert one("They waited an hour and a half.")[:3] == (
        "an hour and a half", "DURATION", "PT1H30M")
    # Half a minute is thirty seconds, not fifteen days.
    assert one("The pilot called a minute and a half later.")[2] == "PT1M30S"
    assert one("The call lasted 1.5 minutes.")[2] == "PT1M30S"
    # Not a whole unit back: a vague past reference, not last year.
    assert one("They met a year and a half ago.")[:3] == (
        "a year and a half ago", "DATE", "PAST_REF")


def test_vague_and_approximate_spans() -> None:
    assert one("Prices may rise over the next couple of years.")[:3] == (
        "the next couple of years", "DURATION", "P2Y")
    assert one("Investors will watch the market in the weeks ahead.")[:3] == (
        "the weeks ahead", "DURATION", "PXW")
    assert one("The mill will reopen within the next year or so.") == (
        "the next year or so", "DATE", "2024", "APPROX")
    # A season after "into"/"throughout" (not only after "in"), in the clause's tense.
    assert one("The shortage lasted well into the summer.")[:3] == (
        "the summer", "DATE", "2022-SU")
    assert one("The fight is expected to last into the summer.")[:3] == (
        "the summer", "DATE", "2023-SU")


def test_effective_dates_lie_ahead() -> None:
    # "effective <date>" says when a change takes effect: the coming one, whatever the
    # tense of the announcement.
    assert one("The board named a new chief, effective Feb. 1.")[2] == "2024-02-01"
    assert one("The tariff was cut, effective on Jan. 15.")[2] == "2024-01-15"
    assert one("The tariff was cut on Jan. 15.")[2] == "2023-01-15"


def test_prepositions_and_focus_words_stay_outside_the_span() -> None:
    # "within" is a preposition, "just"/"only" focus words: TimeML leaves them out,
    # while quantity modifiers ("about", "almost") stay in.
    assert one("The report is due within six months.")[:3] == ("six months", "DURATION", "P6M")
    assert one("They left just two years ago.")[:3] == ("two years ago", "DATE", "2021")
    assert one("The talks lasted only three days.")[:3] == ("three days", "DURATION", "P3D")
    assert one("The talks lasted almost three days.")[0] == "almost three days"


def test_month_without_year_follows_tense() -> None:
    assert one("Elections were held in October.")[2] == "2022-10"
    assert one("Elections will be held in October.")[2] == "2023-10"
    assert one("Elections will be held in February.")[2] == "2024-02"


def test_without_anchor_relative_values_stay_unresolved() -> None:
    [last_week] = find_timexes("They met last week.", None)
    assert (last_week.value, last_week.resolved) == ("XXXX-WXX", False)
    [monday] = find_timexes("They met on Monday.", None)
    assert (monday.value, monday.resolved) == ("XXXX-WXX-1", False)
    [year] = find_timexes("They met in 2021.", None)
    assert (year.value, year.resolved) == ("2021", True)
    [ago] = find_timexes("They met two years ago.", None)
    assert ago.resolved is False and "X" in ago.value


@pytest.mark.parametrize(
    "sentence",
    [
        "May said the plan would work.",
        "Protesters march through the city.",
        "Thousands will march on the capital.",
        "She finished second in the race.",
        "The second reading passed.",
        "You may leave whenever you want.",
        "A quarter of voters stayed home.",
        "He paid 2000 dollars for 15 tickets.",
        "A six-year-old boy was found.",
    ],
)
def test_not_dates_without_context(sentence: str) -> None:
    assert found(sentence) == []


def test_may_and_march_with_context_are_dates() -> None:
    assert one("The law takes effect in May.")[2] == "2023-05"
    assert one("They voted on March 3.")[2] == "2023-03-03"


def test_extractor_ids_spans_and_determinism() -> None:
    text = "Talks began on Monday. A deal is expected next week, officials said."
    article = Article(id="a", text=text, published=ANCHOR)
    first = TimexExtractor().extract(article, {})["timexes"]
    second = TimexExtractor().extract(article, {})["timexes"]
    assert first == second
    assert [t.id for t in first] == ["t1", "t2"]
    assert [t.span.text(text) for t in first] == ["Monday", "next week"]
    assert first[1].value == "2023-W19"


def test_messy_text_does_not_raise() -> None:
    text = "31/31/2023 99:99 p.m. February 30, 2023 the 1990s-2000s " * 20 + "\x00\n\n"
    article = Article(id="m", text=text, published=ANCHOR)
    result = TimexExtractor().extract(article, {})["timexes"]
    assert all(t.span.end <= len(text) for t in result)


def test_seed_article_values(seed_text: str, seed_gold: dict) -> None:
    article = Article(id="seed", text=seed_text, published=dt.date(2023, 5, 4))
    timexes = TimexExtractor().extract(article, {})["timexes"]
    values = {(t.span.text(seed_text).lower(), t.value) for t in timexes}
    for gold in seed_gold["timexes"]:
        assert (gold["text"].lower(), gold["value"]) in values, gold


def test_shared_words_split_at_whitespace_and_hyphens() -> None:
    from newskit.textwords import article_words

    text = "Talks in mid-April ended;\tthe year-end\nreview (on long-term-plans) follows."
    words = article_words(text)
    assert article_words(text) is words  # the next extractor reuses them
    assert words.tokens == text.lower().split()
    hyphen_split = set(text.lower().replace("-", " ").split())
    assert set(words.tokens) - {t for t in words.tokens if "-" in t} | set(
        words.hyphen_pieces()) == hyphen_split
    assert article_words("Talks in mid-April ended.") is not words
    # Tokens longer than the stretches the token ends are looked for in.
    url = "https://example.org/" + "-".join(["long-path"] * 20) + "/x"
    long_text = f"See {url}\n{'a' * 70}-{'b' * 70} now, x-{'c' * 63} then."
    assert article_words(long_text).hyphen_pieces() == " ".join(
        t for t in long_text.lower().split() if "-" in t).replace("-", " ").split()


def test_the_scorers_word_pass_reads_the_lower_case_copy_of_the_same_text_only() -> None:
    from newskit.scoring.sources import words_of
    from newskit.textwords import article_words, last_lower

    text = "Officials SAID on Monday the talks in Geneva had “FAILED”."
    words = article_words(text)
    assert last_lower(text) is words.lower
    assert last_lower("".join(list(text))) is None  # an equal text, another object
    assert words_of(text).forms == ["officials", "said", "on", "monday", "the", "talks",
                                    "in", "geneva", "had", "failed"]
    longer = "İstanbul’s mayor SAID so."  # lower case longer: the copy keeps the length
    article_words(longer)
    assert last_lower(longer) is None
    assert words_of(longer).forms == ["i̇stanbul's", "mayor", "said", "so"]


def test_known_tokens_are_those_of_every_registered_spelling_set() -> None:
    # Each extractor intersects its spellings with TextWords.known(): the same words as
    # with all the tokens, also for a set registered after the text was first looked at.
    from newskit.textwords import TextWords, register_spellings

    words = TextWords("Talks (on Monday) ended, officials said; the summit's end.")
    first = frozenset({"monday", "(on", "ended,", "nothing"})
    register_spellings(first)
    assert first.intersection(words.known()) == first.intersection(words.tokens) == {
        "(on", "ended,"}
    later = frozenset({"summit's", "said;", "talks"})
    register_spellings(later)
    register_spellings(later)  # once only
    assert later.intersection(words.known()) == {"summit's", "said;", "talks"}
    assert first.intersection(words.known()) == {"(on", "ended,"}


def test_expressions_inside_hyphenated_words_and_unusual_case() -> None:
    assert one("Prices rose in mid-April.")[:3] == ("mid-April", "DATE", "2023-04")
    # Characters whose lower case is longer keep positions exact.
    text = "\u0130stanbul talks ended last week."
    assert found(text) == [("last week", "DATE", "2023-W17", None)]


def test_every_rule_match_contains_a_word_its_prefilter_looks_for() -> None:
    # A rule is only tried where one of its required words occurs; a rule that could
    # match without one (a new alternative) would silently lose expressions.
    from newskit.timex import recognize

    sentences = [sentence for sentence, _ in VALUE_CASES] + [
        "The fiscal year ended in March last year; the year-end figures came at 14:30 GMT.",
        "It was the year two thousand, in the summer 2021 and last March, and Friday night.",
        "By the end of the week, for years, a five-year plan, this Friday, on Mondays.",
        "He left two days earlier, in the twentieth century, at the end of the month.",
        "Sales for the period rose in the year-earlier quarter, last weekend, at midnight.",
        "They meet every week, each other month and per year, report daily and hourly, "
        "vote once a year, twice a month, three times a day, 12 times a year, on Sundays.",
        "Right now and nowadays, as currently these days, recently, lately and more "
        "recently, in the foreseeable future or the past, the other day, in the long term, "
        "as of today, the current and recent ones.",
    ]
    seen = set()
    for text in sentences:
        lower = text.lower()
        for s in range(len(text)):
            if s and text[s - 1].isalnum():
                continue
            rules = zip(recognize._rule_patterns(), recognize._needs(), strict=True)
            for (name, pattern), needs in rules:
                m = pattern.match(text, s, s + 120)
                if m is None or not needs:
                    continue
                seen.add(name)
                # Capitalised words (month names) are looked for in the text itself.
                where = text if needs[0][:1].isupper() else lower
                assert any(w in where[s:m.end()] for w in needs), (name, m.group(0))
                near = recognize._NEAR_DIGIT.get(name[2:])
                if near is None:
                    continue
                # At a number, the unit (the hyphen) follows it closely.
                for d in range(s, m.end()):
                    if text[d].isdigit():
                        after = lower[d:d + (recognize._NEAR_HYPHEN if near == ("-",)
                                              else recognize._NEAR)]
                        assert any(w in after for w in near), (name, m.group(0))
    assert {f"r_{name}" for name in recognize._NEEDS} <= seen


def test_month_rules_need_a_capitalised_month_and_numbers_a_close_unit() -> None:
    # Lower-case month-like words ("may", "decision", "market") and a unit far after a
    # number try no rule; the expressions found stay the same.
    assert found("He may go, a decision on the market is due on 5 May.") == [
        ("5 May", "DATE", "2023-05-05", None)]
    assert found("Some 125 people waited, and many more spent two days there.") == [
        ("two days", "DURATION", "P2D", None)]
    gap = "\xa0\t \n \t\xa0"  # the longest gap between two words of an expression
    longest = f"12{gap}and{gap}a{gap}half{gap}consecutive{gap}years"
    assert one(f"It took {longest}.")[:3] == (longest, "DURATION", "P12Y6M")
    assert one("a 30-day delay")[:2] == ("30-day", "DURATION")


def test_tense_from_the_nearest_words_agrees_with_the_whole_clause() -> None:
    # tense_near reads a dozen words on each side first and the whole clause only when
    # the marker lies further: both must give the same tense everywhere.
    from newskit.timex.recognize import _PUNCT
    from newskit.timex.tense import tense_around, tense_near

    filler = "the committee of regional and national delegates from the northern provinces "
    texts = [
        "The ministers met on Friday, officials said.",
        "They will meet on Friday to discuss the plan, the spokesman says.",
        f"On Friday {filler * 3}gathered in the capital.",
        f"The talks, {filler * 2}, are expected to be held on Friday {filler}.",
        f"Friday {filler * 4}",
        f"{filler * 3} was held on Friday",
        "It is going to be signed on Friday; the deal was drafted in March.",
    ]
    checked = 0
    for text in texts:
        lower = text.lower()
        for start in range(len(lower)):
            if start and lower[start - 1].isalnum():
                continue
            for end in (start, min(len(lower), start + 6)):
                lo, hi = max(0, start - 300), min(len(lower), end + 300)
                whole = tense_around(_PUNCT(lower[lo:start]), _PUNCT(lower[end:hi]))
                assert tense_near(lower, lo, start, end, hi, _PUNCT) == whole, (text, start)
                checked += 1
    assert checked > 300
    # The far marker decides when no nearer word has a tense.
    far = f"The delegates met {filler * 2}on Friday"
    assert tense_near(far.lower(), 0, len(far) - 9, len(far), len(far), _PUNCT) == -1


def test_digit_runs_of_any_script_are_triggers() -> None:
    # ASCII-only digits are found with a cheaper pattern; a digit of another script
    # anywhere in the text must still be found, as before.
    from newskit.textwords import TextWords
    from newskit.timex.recognize import _triggers

    def digit_runs(text: str) -> list[str]:
        out = []
        for i, word in _triggers(TextWords(text)):
            if not word:
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                out.append(text[i:j])
        return out

    assert digit_runs("\u201cTalks\u201d began in 2024, 3 days late.") == ["2024", "3"]
    arabic = "\u0662\u0660\u0662\u0664"
    assert digit_runs(f"Talks in 2024 and {arabic}, 3 days.") == ["2024", arabic, "3"]
    assert digit_runs("Plain text, no digits.") == []


def test_spacer_replaces_exactly_its_characters_by_spaces() -> None:
    # Class metacharacters (backslash, brackets, caret, hyphen) are taken literally,
    # and the result is what str.translate with the same table gives.
    from newskit.spacer import Spacer

    chars = "\\.,;:!?\"()[]{}<>/-\u2013\u2014\u2018\u2019\u201c\u201d*&%$#@+=|~^`"
    spacer = Spacer(chars)
    # Characters beyond the table (CJK, emoji) are kept, as with a dict table.
    text = ("a\\b^c-d]e[f \u201cg\u201d h\u2019s x\u00e9\u0130 \u3000\u4e2d\U0001f600 " + chars
            + " word\ttab\n")
    table = str.maketrans({c: " " for c in chars})
    assert spacer(text) == text.translate(table)
    assert Spacer("-")("a-b^c") == "a b^c"


def test_numbers_dropped_as_triggers_are_in_no_expression(monkeypatch: pytest.MonkeyPatch) -> None:
    # Amounts ("47.3 percent"), digit runs longer than any rule's (ids), either side of
    # a lone slash ("9/11") and a number before a comma not after a month are not
    # triggers; with every digit run a trigger the expressions found must be the same,
    # around numbers that are parts of dates, times, fractions and durations.
    import regex

    from newskit.textwords import TextWords
    from newskit.timex import recognize

    text = (
        "On October 26, 2016 at 7.30 pm, 47.3 percent of 1,200 voters backed it; "
        "the 2015-16 budget of $2.5 million ran for 2.5 years and 2 1/2 months. "
        "Tweet 783499116076687360 came on 26.10.2016 and 10/26/16, 9/11 and 24/7, "
        "after 12345 days, 0.1 percentage points, 1.5 per cent and 3.25 billion, "
        "in 1999 and in 20161. The 9/11 families, open 24/7, met on October 9/11. "
        'Mr. Clarke, 61, posted <tweet date="January 20, 2016"> and on Oct. 21, 2015.'
    )
    kept = {i for i, word in recognize._triggers(TextWords(text)) if not word}
    all_runs = {m.start() for m in regex.finditer(r"\d+", text)
                if not (m.start() and text[m.start() - 1].isdigit())}
    assert {text.find(s) for s in ("47.3", "783499", "12345", "0.1", "1.5 per", "3.25",
                                   "20161")}.isdisjoint(kept)
    assert {text.find(s) for s in ("9/11 f", "11 f", "24/7", "7,", "61,")}.isdisjoint(kept)
    assert {text.find(s) for s in ("26,", "7.30", "2015", "2.5 y", "2 1/2", "1999", "9/11.",
                                   "10/26", "26/16", "16,", "20,", "21,")} <= kept
    found = find_timexes(text, dt.date(2016, 10, 27))
    assert [text[f.start:f.end] for f in found][:2] == ["October 26, 2016", "7.30 pm"]
    spans = {text[f.start:f.end] for f in found}
    assert {"2.5 years", "January 20, 2016", "Oct. 21, 2015"} <= spans

    original = recognize._triggers

    def every_run(words: TextWords) -> list[tuple[int, str]]:
        return sorted({*original(words), *((i, "") for i in all_runs)})

    monkeypatch.setattr(recognize, "_triggers", every_run, raising=True)
    assert find_timexes(text, dt.date(2016, 10, 27)) == found


def test_spacer_ascii_path_blanks_like_its_table() -> None:
    from newskit.spacer import Spacer

    chars = '.,;:!?"()[]\u201c\u201d\u2014-'
    spaced = Spacer(chars)

    def spacer(text: str) -> str:
        return text.translate({ord(c): " " for c in chars})
    ascii_text = "".join(chr(c) for c in range(128)) + ' He said: "talks (on Monday)."'
    for text in (ascii_text, "", "no punctuation here", "\u201cTalks\u201d \u2014 on Monday.",
                 "caf\xe9, 9.5"):
        assert spaced(text) == spacer(text)
        assert len(spaced(text)) == len(text)
    assert spaced('"Talks," he said.') == " Talks   he said "


def test_candidate_rules_of_a_head_are_those_of_all_rules_that_the_kind_allows() -> None:
    # The rules that may match at a head are found by partial matching, only for the rules
    # the trigger's kind allows, and kept by head and rule: the same head asked for by
    # several kinds must give each kind its own rules, as testing every rule would.
    from newskit.timex import recognize

    rules = recognize._rule_patterns()
    heads = ("the ", "last ", "next ", "10 ", "1999 ", "1999-", "may ", "monday,", "every ",
             "early ", "x ")
    for _ in range(2):  # the second time from what was kept
        for kind in recognize._RULES_BY_KIND:
            allowed = recognize._allowed(kind)
            for head in heads:
                expected = [
                    i for i, (_, pattern) in enumerate(rules)
                    if i in allowed and any(
                        pattern.match(ctx + head, len(ctx), partial=True) is not None
                        for ctx in recognize._CONTEXTS)
                ]
                assert recognize._candidates(head, allowed) == expected, (kind, head)
    assert recognize._candidates("the ", recognize._allowed("unit"))  # not vacuous


def test_rules_are_compiled_only_when_a_trigger_kind_allows_them() -> None:
    # Compiling all the rules is most of the extractor's start-up; a text whose trigger
    # words allow only some of them compiles only those, and finds the same expressions.
    from newskit.timex import recognize

    recognize._COMPILED.clear()
    recognize._OPENS.clear()
    recognize._ALLOWED_CANDIDATES.clear()
    text = "The talks resume on Monday."
    found = find_timexes(text)
    names = recognize._rule_names()
    compiled = {names[i] for i in recognize._COMPILED}
    assert "r_weekday" in compiled
    assert "r_month_year" not in compiled and "r_iso" not in compiled
    assert [text[t.start:t.end] for t in found] == ["Monday"]
    assert len(recognize._rule_patterns()) == len(names) == len(recognize._COMPILED)


def test_shipped_rules_are_those_of_the_grammar_compiled_by_the_installed_regex() -> None:
    # The package ships the rules compiled (start-up); the file must hold every rule of
    # the current grammar, compiled to the code the installed regex makes of it.
    # Rewrite it with `python -m newskit.timex.compiled` when this fails.
    from newskit.timex import compiled, recognize

    keys = [(text, compiled.FLAGS) for _, text in recognize._rule_sources()]
    assert_shipped_patterns_are_fresh(compiled.RULES, keys)
    assert compiled.precompiled(keys[0][0] + "x") is None


def test_rules_are_compiled_when_the_shipped_file_is_for_another_regex(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file written for another regex version is not unpickled (its engine code may
    # not suit this one): every rule is compiled instead, and finds the same expressions.
    import pickle

    from newskit.timex import compiled, recognize

    with compiled.RULES.path.open("rb") as stream:
        key, patterns = pickle.load(stream)
    stale = tmp_path / "rules.pickle"
    stale.write_bytes(pickle.dumps((("0.0", *key[1:]), patterns)))
    text = "Talks resumed at 10 a.m. on Monday, 4 May 2023, after two weeks."
    expected = [(t.start, t.end, t.value) for t in find_timexes(text, anchor=dt.date(2023, 5, 5))]
    monkeypatch.setattr(compiled, "RULES", ShippedPatterns(stale))
    recognize._COMPILED.clear()
    recognize._ALLOWED_CANDIDATES.clear()
    try:
        assert compiled.RULES.table() == {}
        assert compiled.precompiled(recognize._rule_sources()[0][1]) is None
        found = find_timexes(text, anchor=dt.date(2023, 5, 5))
        assert [(t.start, t.end, t.value) for t in found] == expected
        assert len(expected) == 3
    finally:
        recognize._COMPILED.clear()
        recognize._ALLOWED_CANDIDATES.clear()


def test_shipped_head_table_gives_the_rules_partial_matching_finds() -> None:
    # The package ships which rules can open an expression at the common heads (start-up
    # of each process and --jobs worker); the file must answer for the current rules as
    # partial matching does. Rewrite it with `python -m newskit.timex.compiled` when this
    # fails.
    from newskit.timex import compiled, recognize

    compiled.head_table.cache_clear()
    heads, masks = compiled.head_table()
    assert len(heads) == len(masks) // 4 == len(compiled.head_samples()) > 5000
    sample = [*heads[::97], "Monday,", "the ", "1999-", "last ", "10 ", "’8"]
    for head in sample:
        expected = sum(1 << i for i in recognize._opening_rules(head))
        assert compiled.head_mask(head) == expected, head
    assert compiled.head_mask("Monday,") and compiled.head_mask("the ")  # not vacuous
    assert compiled.head_mask("Mondays?!") is None


def test_a_head_in_the_shipped_table_is_answered_without_partial_matching() -> None:
    # A head the table holds costs no rule compiled and no partial match; one it lacks
    # is answered by partial matching, the same way as before the table.
    from newskit.timex import recognize

    recognize._COMPILED.clear()
    recognize._OPENS.clear()
    recognize._ALLOWED_CANDIDATES.clear()
    try:
        allowed = recognize._allowed("weekday")
        found = recognize._candidates("Monday,", allowed)
        assert found and recognize._COMPILED == {}
        assert found == [i for i in recognize._opening_rules("Monday,") if i in allowed]
        lacking = recognize._candidates("mOnDaY,", allowed)
        assert recognize._COMPILED
        assert lacking == [i for i in recognize._opening_rules("mOnDaY,") if i in allowed]
    finally:
        recognize._OPENS.clear()
        recognize._ALLOWED_CANDIDATES.clear()


def test_head_table_of_other_rules_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A table written for other rules (or another regex) is not read: every head is then
    # answered by partial matching, and the same expressions are found.
    import pickle

    from newskit.timex import compiled, recognize

    key, heads, masks = pickle.loads(compiled.HEADS.read_bytes())
    stale = tmp_path / "heads.pickle"
    stale.write_bytes(pickle.dumps(((*key[:-1], key[-1] + 1), heads, masks)))
    text = "Talks resumed at 10 a.m. on Monday, 4 May 2023, after two weeks."
    expected = [(t.start, t.end, t.value) for t in find_timexes(text, anchor=dt.date(2023, 5, 5))]
    monkeypatch.setattr(compiled, "HEADS", stale)
    compiled.head_table.cache_clear()
    recognize._OPENS.clear()
    recognize._ALLOWED_CANDIDATES.clear()
    try:
        assert compiled.head_table() == ([], b"")
        assert compiled.head_mask("Monday,") is None
        found = find_timexes(text, anchor=dt.date(2023, 5, 5))
        assert [(t.start, t.end, t.value) for t in found] == expected
        assert len(expected) == 3
        # answered for the rules a kind allowed only (the table answers for every rule)
        assert 0 < len(recognize._OPENS["10 "]) < len(recognize._rule_names())
    finally:
        compiled.head_table.cache_clear()
        recognize._OPENS.clear()
        recognize._ALLOWED_CANDIDATES.clear()
