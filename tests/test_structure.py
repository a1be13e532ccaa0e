"""The built-in ``structure`` extractor: blocks and sentences."""

from __future__ import annotations

import itertools

import pytest

from newskit import hookimpl
from newskit.lexicons import Lexicons
from newskit.structure import StructureExtractor, abbreviation_sets, find_blocks, sentence_spans
from newskit.structure.abbreviations import CLASSES, abbreviation_key
from newskit.testing import ExtractorContract, make_registry
from newskit.types import Article


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lee arrived late. He left early.",
        "Dr. Amal Haddad spoke first. The hall was full.",
        "Officials in the U.S. Senate disagreed. Nobody voted.",
        "The vote is set for Jan. 14 in the capital. It may slip.",
        "Gen. Ortiz inspected the troops. They saluted.",
        "Shares of Brightwater Inc. rose sharply. Traders cheered.",
        "John F. Kennedy was elected in 1960. He was young.",
        "Growth reached 3.5 percent last year. Few expected it.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_end_sentences(text: str) -> None:
    first, second = sentences(text)
    assert first + " " + second == text


def test_quotes() -> None:
    text = '"We will not give up," she said. "The work goes on." Then she left.'
    assert sentences(text) == [
        '"We will not give up," she said.',
        '"The work goes on."',
        "Then she left.",
    ]


def test_question_inside_quote_followed_by_lower_case_is_one_sentence() -> None:
    assert len(sentences('"Why now?" he asked. Nobody knew.')) == 2


def test_abbreviation_that_ends_a_sentence() -> None:
    assert sentences("The firm moved to the U.S. It grew fast.") == [
        "The firm moved to the U.S.",
        "It grew fast.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a state's abbreviation, then a capitalised common word that names nobody
        "The talks were led by Rob Dorn of Wichita, Kan. Critics said they went badly.",
        "The plant is in Erie, Pa. Officials plan to close it.",
        "The ruling came in Fresno, Calif. Together the groups appealed.",
        # a company's abbreviation
        "The loan came from Tarvex Holdings Inc. Shares fell on the news.",
        "She joined Brightwater Corp. Analysts welcomed the move.",
        # an abbreviation that ends a name, then a pronoun
        "The speech was given by Arlo Benn Jr. He spoke for an hour.",
        # dotted abbreviations, then a sentence adverb or a pronoun
        "The rule was meant to limit flights into the U.S. Initially it applied to few airlines.",
        "The shops shut at 8 p.m. Others stayed open later.",
        "The vote was held at 10 a.m. It took an hour.",
        # a capital letter read as an initial, then a word that never goes on a name
        "They play in group C. The other teams are weaker.",
        "The deal was struck with AT&T. And the price rose.",
        # a town, its state, then a first name
        "They met at his club in Dunmore, N.J. Roger Hale joined them later.",
        "The firm is based in Ripley, Tenn. Mark Olsen runs it.",
    ],
)
def test_an_abbreviation_ends_a_sentence_before_a_word_that_opens_one(text: str) -> None:
    first, second = sentences(text)
    assert first + " " + second == text
    assert first.endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        "The Acme Inc. Chief Executive spoke first.",  # a title goes on the name
        "The Tarvex Inc. Long Term Fund grew.",  # a surname may go on a name
        "Schools close for Martin Luther King Jr. Day next week.",  # a name's abbreviation
        "Warner Bros. Pictures released it.",
        "The U.S. Postal Service and the U.S. Census Bureau agreed.",  # dotted: closed words only
        "It starts at 9 a.m. Eastern time on Monday.",
        "It ended at 5 p.m. Friday and resumed later.",
        "The bill was signed by Harry S. Truman in May.",
        "The Dunmore, N.J. Mayor Ana Ruiz spoke.",  # a title after a town and state
        "The N.J. Roger Hale Fund paid.",  # a first name after a state without a town
        "Sen. Critics is an odd name but a name.",  # titles always precede a name
        "He met Gov. Officials and Dr. Shares.",
    ],
)
def test_an_abbreviation_before_a_name_goes_on(text: str) -> None:
    assert sentences(text) == [text]


LAYOUT = (
    "Harbour plan wins approval\n\n"
    "By Jane Doe and John Roe, Staff Writers\n\n"
    "LISBON (Reuters) — The city council approved the harbour plan on Tuesday. "
    "Work starts in May.\n\n"
    "What comes next\n\n"
    "The mayor said the cranes would arrive first.\n\n"
    "  • Cranes at the old pier\n"
    "  • Reuters\n"
    "  • © Ana Lima/Reuters\n\n"
    "Residents will be consulted again in autumn.\n"
)


def test_layout_blocks() -> None:
    blocks = find_blocks(LAYOUT)
    typed = [(b.type, b.span.text(LAYOUT)) for b in blocks]
    assert typed == [
        ("heading", "Harbour plan wins approval"),
        ("byline", "By Jane Doe and John Roe, Staff Writers"),
        ("dateline", "LISBON (Reuters) —"),
        ("paragraph", "The city council approved the harbour plan on Tuesday. Work starts in May."),
        ("heading", "What comes next"),
        ("paragraph", "The mayor said the cranes would arrive first."),
        ("caption", "Cranes at the old pier"),
        ("credit", "Reuters"),
        ("credit", "© Ana Lima/Reuters"),
        ("paragraph", "Residents will be consulted again in autumn."),
    ]
    byline = blocks[1]
    assert byline.attributes["authors"] == "Jane Doe; John Roe"
    assert blocks[2].attributes == {"place": "LISBON", "source": "Reuters"}
    caption_blocks = blocks[6:9]
    assert len({b.group for b in caption_blocks}) == 1 and blocks[6].group is not None
    assert blocks[8].attributes == {"photographer": "Ana Lima", "agency": "Reuters"}


def test_sentences_only_in_body_blocks() -> None:
    analysis = StructureExtractor().extract(Article(id="a", text=LAYOUT), {})
    texts = [s.text(LAYOUT) for s in analysis["sentences"]]
    assert texts == [
        "The city council approved the harbour plan on Tuesday.",
        "Work starts in May.",
        "The mayor said the cranes would arrive first.",
        "Residents will be consulted again in autumn.",
    ]


class TestStructureContract(ExtractorContract):
    name = "structure"


def typed(text: str) -> list[tuple[str, str]]:
    return [(b.type, b.span.text(text)) for b in find_blocks(text)]


@pytest.mark.parametrize(
    ("line", "place", "source"),
    [
        ("WASHINGTON (Reuters) — ", "WASHINGTON", "Reuters"),
        ("LONDON, May 3 (AP) - ", "LONDON", "AP"),
        ("ORLANDO, Fla. (Reuters) - ", "ORLANDO", "Reuters"),
        ("MEXICO CITY -- ", "MEXICO CITY", None),
        ("Kyiv (AFP) — ", "Kyiv", "AFP"),
    ],
)
def test_datelines(line: str, place: str, source: str | None) -> None:
    text = line + "Officials met on Friday to discuss the budget. No deal was reached.\n"
    blocks = find_blocks(text)
    assert blocks[0].type == "dateline"
    assert blocks[0].span.text(text) == line.rstrip()
    assert blocks[0].attributes["place"] == place
    assert blocks[0].attributes.get("source") == source
    assert blocks[1].type == "paragraph"
    assert blocks[1].span.text(text).startswith("Officials met")


def test_lower_case_or_unmarked_lead_is_not_a_dateline() -> None:
    text = "The committee - after long talks - agreed on a plan. It is final.\n"
    assert [k for k, _ in typed(text)] == ["paragraph"]
    for label in ("UPDATE — ", "EDITOR'S NOTE — ", "BREAKING - ", "FAREWELL— ",
                  "CLAIMS UNDER FIRE — ", "Sen. Ada Hart (D-Ohio) — "):
        text = label + "The committee agreed on a plan. It is final.\n"
        kinds = typed(text)
        assert "dateline" not in [k for k, _ in kinds], label
        # a label of two words or more in capitals is a heading run into the paragraph
        assert kinds[-1][0] == "paragraph" and kinds[-1][1].endswith("It is final."), label


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("By Jane Doe and John Roe", "Jane Doe; John Roe"),
        ("BY MARIA LOPEZ", "MARIA LOPEZ"),
        ("By Jane Doe | Reuters", "Jane Doe"),
        ("BYLINE: Tom Reed.", "Tom Reed"),
        ("By Ana María de la Cruz, Carl Hunt and Li Wei, Associated Press",
         "Ana María de la Cruz; Carl Hunt; Li Wei"),
    ],
)
def test_bylines(line: str, authors: str) -> None:
    text = f"{line}\n\nThe report was published on Monday. It runs to 300 pages.\n"
    blocks = find_blocks(text)
    assert blocks[0].type == "byline"
    assert blocks[0].attributes["authors"] == authors


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "By Monday the water had gone down.\n\nBy contrast, the east bank flooded.\n"
    assert [k for k, _ in typed(text)] == ["paragraph", "paragraph"]


def test_what_is_not_a_heading() -> None:
    text = (
        '"We will not move."\n\n'  # a one-line quotation
        "Talks went on all night.\n\n"  # a one-line paragraph
        "Related links\n"
        "Ferry prices rise\n"
        "Lighthouse reopens\n\n"  # a run of short lines: links, not headings
        "The council will meet again on Thursday to vote on the final text.\n\n"
        "Follow us for more"  # the last line leads nowhere
    )
    assert "heading" not in [k for k, _ in typed(text)]


def test_title_case_headline_with_a_full_stop_opens_the_text() -> None:
    body = "\n\nThe harbour board voted on Tuesday to close the old pier for repairs.\n"
    for headline in (
        "Harbour Board Closes The Old Pier For Repairs.",
        "Mayor Ada Hart: Pier Will Reopen in the Spring.",
        "Ferry Fares Rise Again. Commuters Are Not Amused.",
    ):
        assert typed(headline + body)[0] == ("heading", headline)
    for line in (
        "The harbour board closed the pier.",  # a sentence: not title case
        "\u201cWe Will Not Move.\u201d",  # a one-line quotation
        "By Jo Roe And Ada Hart.",  # a byline
    ):
        assert typed(line + body)[0][0] != "heading"
    # only at the top of the text: further down it is a sentence or a credit line
    text = "Pier Closes\n\nThe board met.\n\nFollow Ada Hart On Twitter.\n\nThe board met again.\n"
    assert [k for k, _ in typed(text)] == ["heading", "paragraph", "paragraph", "paragraph"]
    # the last line of the text introduces nothing
    assert typed("Harbour Board Closes The Old Pier.")[0][0] == "paragraph"


def test_wire_subheading_between_dashes() -> None:
    text = ("The delegates arrived on Sunday.\n\n"
            "– Familiar faces –\n\n"
            "The rallies are meant to energise the party.\n")
    assert typed(text)[1] == ("heading", "– Familiar faces –")


def test_line_with_an_inner_sentence_end_is_not_a_heading() -> None:
    text = ("Quick links\n\n"
            "Farm labels are coming Calories count, right? [Daily]\n\n"
            "The agency will publish the rules in May.\n")
    assert typed(text)[1][0] == "paragraph"
    # in capitals, the title is a heading run into its paragraph, the line is not one
    text = text.replace("Farm labels are coming", "FARM LABELS ARE COMING")
    assert typed(text)[1:3] == [
        ("heading", "FARM LABELS ARE COMING"), ("paragraph", "Calories count, right? [Daily]")]


@pytest.mark.parametrize(
    ("line", "head", "body"),
    [
        # a newsletter item: its title in capitals, the text on the same line
        ("HOW TO KEEP BASIL ALIVE Water it less than you think. [Garden Weekly]",
         "HOW TO KEEP BASIL ALIVE", "Water it less than you think. [Garden Weekly]"),
        ("TOWN’S ‘NEW’ BRIDGE OPENS “It took nine years,” the mayor said.",
         "TOWN’S ‘NEW’ BRIDGE OPENS", "“It took nine years,” the mayor said."),
        ("RIVER TOWNS BRACE FOR FLOODS\u00a0The water rose two feet overnight.",
         "RIVER TOWNS BRACE FOR FLOODS", "The water rose two feet overnight."),
        ("‘WE ARE NOT LEAVING’“Nobody asked us,” a tenant said.",
         "‘WE ARE NOT LEAVING’", "“Nobody asked us,” a tenant said."),
        # a poll digest: the title, a dash, the item
        ("POLLS ARE NOT WRONG, JUST EARLY - Ana Ruiz: “Turnout decides it.”",
         "POLLS ARE NOT WRONG, JUST EARLY", "Ana Ruiz: “Turnout decides it.”"),
        ("ARE THE SURVEYS RIGHT? - A new study compares online panels.",
         "ARE THE SURVEYS RIGHT?", "A new study compares online panels."),
        ("GALLERY MOVES—\"Dealers head uptown,\" by the Courier's Jo Lin.",
         "GALLERY MOVES", "\"Dealers head uptown,\" by the Courier's Jo Lin."),
    ],
)
def test_run_in_heading_in_capitals(line: str, head: str, body: str) -> None:
    text = f"Good morning, readers.\n\n{line}\n\nSee you tomorrow.\n"
    assert typed(text)[1:3] == [("heading", head), ("paragraph", body)]
    layers = StructureExtractor().extract(Article(id="r", text=text), {})
    assert [s.text(text) for s in layers["sentences"]][0:2] == [
        "Good morning, readers.", sentences(body)[0]]


@pytest.mark.parametrize(
    "line",
    [
        "JAKE ROE: Well, we will see what the voters say.",  # a transcript's speaker
        "SEN. ADA HART: I think the bill will pass.",
        "NATO allies met on Monday in the capital.",  # an acronym opens a sentence
        "AFL-CIO PRESIDENT Jo Roe said the union would wait.",  # two words, no dash
        "A CITY NEWS/Civic Poll found most voters undecided.",  # no space after the capitals
        "THE FAR SIDE OF THE MOON",  # all capitals, nothing run into it
        "BIG NEWS Today.",  # too short to hold a heading and a text
        "ANA B. RUIZ President The Harbour Fund Lisbon",  # a letter's signature, no prose
    ],
)
def test_not_a_run_in_heading(line: str) -> None:
    text = f"Good morning, readers.\n\n{line}\n\nSee you tomorrow in the square.\n"
    kinds = typed(text)
    assert ("heading", line) in kinds or ("paragraph", line) in kinds


def test_loader_paragraph_is_not_split_at_capitals() -> None:
    text = "HOW TO KEEP BASIL ALIVE Water it less than you think."
    given = [{"type": "paragraph", "start": 0, "end": len(text)}]
    article = Article(id="m", text=text, metadata={"blocks": given})
    layers = StructureExtractor().extract(article, {})
    assert [(b.type, b.span.text(text)) for b in layers["blocks"]] == [("paragraph", text)]


def test_heading_before_a_list_and_list_sentences() -> None:
    text = (
        "Key points\n\n"
        "- The vote is on Sunday. Polls open at 8.\n"
        "- Results come on Monday.\n"
    )
    assert typed(text) == [
        ("heading", "Key points"),
        ("list", "The vote is on Sunday. Polls open at 8."),
        ("list", "Results come on Monday."),
    ]
    layers = StructureExtractor().extract(Article(id="l", text=text), {})
    assert [s.text(text) for s in layers["sentences"]] == [
        "The vote is on Sunday.", "Polls open at 8.", "Results come on Monday."]


def test_unbulleted_caption_with_agency_photo_credit() -> None:
    text = (
        "The minister arrived in the morning.\n\n"
        "The minister greets officials at the airport on Monday.\n"
        "(AP Photo/Evan Marsh)\n\n"
        "She left in the evening.\n"
    )
    blocks = find_blocks(text)
    assert [(b.type, b.span.text(text)) for b in blocks[1:3]] == [
        ("caption", "The minister greets officials at the airport on Monday."),
        ("credit", "(AP Photo/Evan Marsh)"),
    ]
    assert blocks[2].attributes == {"photographer": "Evan Marsh", "agency": "AP"}
    assert blocks[1].group == blocks[2].group is not None


@pytest.mark.parametrize(
    ("line", "attributes"),
    [
        ("Ana Lima via Getty Images.", {"photographer": "Ana Lima", "agency": "Getty Images"}),
        ("Tom Reed/Reuters.", {"photographer": "Tom Reed", "agency": "Reuters"}),
        ("Tom Reed / Reuters", {"photographer": "Tom Reed", "agency": "Reuters"}),
        ("Getty.", {"agency": "Getty"}),
        ("ASSOCIATED PRESS.", {"agency": "ASSOCIATED PRESS"}),
    ],
)
def test_credit_on_a_line_of_its_own(line: str, attributes: dict[str, str]) -> None:
    """A picture the text lost leaves its credit between two paragraphs."""
    text = f"The mayor spoke on Monday.\n\n{line}\n\nThe crowd cheered her plan.\n"
    blocks = find_blocks(text)
    assert [(b.type, b.span.text(text)) for b in blocks] == [
        ("paragraph", "The mayor spoke on Monday."), ("credit", line),
        ("paragraph", "The crowd cheered her plan.")]
    assert blocks[1].attributes == attributes and blocks[1].group == "g1"
    layers = StructureExtractor().extract(Article(id="c", text=text), {})
    assert [s.text(text) for s in layers["sentences"]] == [
        "The mayor spoke on Monday.", "The crowd cheered her plan."]


@pytest.mark.parametrize(
    "line",
    [
        "Handout/Reuters.",  # names no photographer
        "Tom Reed/Gazette.",  # no known agency: anything may have this shape alone
        "Democrats/Republicans.",
        "Tom Reed via Twitter.",
        "Tickets are sold via Reuters.",
    ],
)
def test_not_a_credit_on_its_own(line: str) -> None:
    text = f"The mayor spoke on Monday.\n\n{line}\n\nThe crowd cheered her plan.\n"
    assert [k for k, _ in typed(text)] == ["paragraph"] * 3


def test_bullet_list_without_credit_is_a_list() -> None:
    text = "Intro paragraph here.\n\n• apples\n• pears\n• plums\n"
    assert [k for k, _ in typed(text)] == ["paragraph", "list", "list", "list"]


def test_loader_blocks_are_kept() -> None:
    text = ("Storm warning\n\nRain will fall tonight.\n\n"
            "A flooded street\nPhoto: Kim Lee/AFP\n\nBye.")

    def at(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    given = [
        dict(zip(("start", "end"), at(part), strict=True), type=kind, **extra)
        for kind, part, extra in [
            ("heading", "Storm warning", {}),
            ("paragraph", "Rain will fall tonight.", {}),
            ("caption", "A flooded street", {"group": "1"}),
            ("credit", "Photo: Kim Lee/AFP", {"group": "1"}),
        ]
    ]
    article = Article(id="m", text=text, metadata={"blocks": given})
    layers = StructureExtractor().extract(article, {})
    blocks = layers["blocks"]
    assert [(b.type, b.span.text(text)) for b in blocks] == [
        ("heading", "Storm warning"),
        ("paragraph", "Rain will fall tonight."),
        ("caption", "A flooded street"),
        ("credit", "Photo: Kim Lee/AFP"),
        ("paragraph", "Bye."),  # not listed by the loader: typed by the text rules
    ]
    assert blocks[3].attributes == {"photographer": "Kim Lee", "agency": "AFP"}
    assert blocks[2].group == blocks[3].group == "g1"


def test_bad_loader_blocks_are_ignored() -> None:
    text = "Storm warning\n\nRain will fall tonight."
    for bad in ([{"type": "banner", "start": 0, "end": 5}],
                [{"type": "heading", "start": 0, "end": 500}],
                [{"type": "heading", "start": 15, "end": 20}, {"type": "heading", "start": 0,
                                                               "end": 5}],
                "not a list"):
        article = Article(id="m", text=text, metadata={"blocks": bad})
        blocks = StructureExtractor().extract(article, {})["blocks"]
        assert [b.type for b in blocks] == ["heading", "paragraph"]


def test_wrapped_lines_are_one_paragraph() -> None:
    text = ("The council voted on the plan after a debate that\n"
            "lasted well into the night. It passed.\n")
    assert typed(text) == [("paragraph", text.strip())]


def _check_cover(text: str) -> None:
    blocks = find_blocks(text)
    for a, b in itertools.pairwise(blocks):
        assert a.span.end <= b.span.start
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        if line.strip():
            assert any(b.span.start < e and s < b.span.end for b in blocks), line
        pos = e + 1


def test_blocks_cover_every_line_of_messy_text() -> None:
    for text in ["", "\n\n", "•\n*\n-", "By\n\nWASHINGTON —", "  x  \n\t\n y", "a\rb\r\nc",
                 "(AP Photo/X)\n\n© \n", "\u2028line\u2029", "Mr.", ". . .", "\"\"\"", "A" * 5000]:
        _check_cover(text)
        StructureExtractor().extract(Article(id="x", text=text), {})


def test_seed_headings_and_caption_groups(seed_text: str, seed_gold: dict) -> None:
    blocks = find_blocks(seed_text)
    assert [b.span.text(seed_text) for b in blocks if b.type == "heading"] == \
        seed_gold["structure"]["headings"]
    groups: dict[str, list] = {}
    for b in blocks:
        if b.group is not None:
            groups.setdefault(b.group, []).append(b)
    found = []
    for members in groups.values():
        entry = {}
        for b in members:
            key = ("caption" if b.type == "caption"
                   else "credit" if "photographer" in b.attributes else "agency")
            entry[key] = b.span.text(seed_text)
        found.append(entry)
    assert found == seed_gold["structure"]["captions"]


def test_polnear_train_layouts(corpus) -> None:
    """On real articles: blocks cover every line, and headings are rare and short."""
    texts = sorted((corpus / "polnear" / "train" / "text").glob("*.txt"))
    if not texts:
        pytest.skip("PolNeAR train texts not found")
    headings = paragraphs = run_ins = 0
    for path in texts:
        text = path.read_text("utf-8")
        _check_cover(text)
        for b in find_blocks(text):
            if b.type == "heading":
                headings += 1
                line = b.span.text(text)
                framed = line[0] in "-–—" and line.rstrip(".")[-1] in "-–—"
                headline = b.span.start == len(text) - len(text.lstrip())  # the top line
                run_in = line.isupper() and b.span.end < len(text) and text[b.span.end] != "\n"
                assert (headline and len(b.span) <= 200) or (
                    len(b.span) <= 100 and (framed or line[-1] not in ".,;:!?")
                ) or (run_in and len(b.span) <= 300 and line[-1] not in ".,;:")
                run_ins += run_in and not headline
            elif b.type == "paragraph":
                paragraphs += 1
    assert headings - run_ins < paragraphs / 50
    assert run_ins < paragraphs / 200  # newsletters' item titles run into their text


# -- abbreviations lexicon ----------------------------------------------------------


class _Abbreviations:
    """A plugin that teaches the splitter two abbreviations."""

    @hookimpl
    def newskit_lexicon_entries(self, lexicon: str) -> list[dict[str, object]] | None:
        if lexicon == "abbreviations":
            return [
                {"form": "Cllr.", "class": "title"},
                {"form": "Bhd.", "class": "company"},
            ]
        return None


def test_a_plugin_abbreviation_changes_sentence_splitting() -> None:
    text = "The motion came from Cllr. Okafor on Monday. It passed."
    article = Article(id="a", text=text)
    default = StructureExtractor().extract(article, {})["sentences"]
    assert text[default[0].start : default[0].end] == "The motion came from Cllr."
    registry = make_registry(_Abbreviations())
    extended = StructureExtractor(registry.lexicons).extract(article, {})["sentences"]
    assert [text[s.start : s.end] for s in extended] == [
        "The motion came from Cllr. Okafor on Monday.",
        "It passed.",
    ]
    # a company abbreviation may end a sentence: it splits before a usual opener only
    assert sentence_spans("Shares of Acme Bhd. The rest fell.", lexicons=registry.lexicons) == [
        (0, 19),
        (20, 34),
    ]
    assert len(sentence_spans("Acme Bhd. Chief Jo Roe left.", lexicons=registry.lexicons)) == 1
    assert len(sentence_spans("Acme Bhd. Chief Jo Roe left.")) == 2
    # the built-in plugin passes the registry's lexicons: a pipeline sees the plugin's entry
    analysis = registry.pipeline(extractors=["structure"], scorers=[]).run(article)
    assert [s.text(article) for s in analysis.sentences] == [
        "The motion came from Cllr. Okafor on Monday.",
        "It passed.",
    ]


def test_abbreviation_sets_by_class() -> None:
    found = abbreviation_sets()
    assert {"mr", "gen", "sens", "gens", "messrs"} <= found.title
    assert {"jan", "sept", "thurs"} <= found.calendar
    assert {"no", "art", "sec"} <= found.number
    assert {"inc", "corp", "bros"} <= found.company
    assert found.suffix == {"jr", "sr"}
    assert {"calif", "pa", "n.j", "d.c"} <= found.state
    assert {"u.s", "etc"} <= found.may_end
    assert found.never_final == found.title | found.calendar | found.non_final
    assert found.maybe_final == found.company | found.suffix | found.state | found.may_end
    assert found.ends_name == {"jr", "sr", "bros"}
    assert found.classes("title", "suffix") == found.title | found.suffix
    with pytest.raises(ValueError):
        found.classes("titles")
    assert abbreviation_sets() is found
    registry = make_registry(_Abbreviations())
    extended = abbreviation_sets(registry.lexicons)
    assert "cllr" in extended.title and "cllr" not in found.title
    assert abbreviation_sets(registry.lexicons) is extended


def test_shipped_abbreviations_are_well_formed() -> None:
    entries = Lexicons().get("abbreviations")
    keys = [abbreviation_key(e["form"]) for e in entries]
    assert len(keys) == len(set(keys))
    for entry in entries:
        assert entry["form"].endswith(".")
        assert entry["class"] in CLASSES
        assert set(entry) <= {"form", "class", "ends_name"}


@pytest.mark.parametrize(
    "text",
    [
        "Gens. Ortiz and Lee inspected the troops. They saluted.",
        "She left on Thurs. Oct. 3 after the vote. Nobody followed.",
        "He cited Art. 5 of the treaty. Allies agreed.",
    ],
)
def test_more_abbreviations_do_not_end_sentences(text: str) -> None:
    first, second = sentences(text)
    assert first + " " + second == text


def test_shipped_structure_patterns_are_those_the_modules_compile() -> None:
    # The structure patterns ship compiled (start-up): the file must hold exactly the
    # patterns blocks, bylines and captions compile, as the installed regex compiles
    # them. Rewrite it with `python -m newskit.structure.shipped` when this fails.
    from newskit.structure import shipped
    from shipped_patterns import assert_shipped_patterns_are_fresh

    keys = shipped.keys()
    assert keys
    assert_shipped_patterns_are_fresh(shipped.PATTERNS, keys)


def test_a_structure_pattern_missing_from_the_shipped_file_is_compiled() -> None:
    from newskit.structure.shipped import PATTERNS, compile_pattern
    from shipped_patterns import assert_missing_pattern_is_compiled

    assert_missing_pattern_is_compiled(PATTERNS, compile_pattern, r"[\p{Lu}]{2,7}", "abc")
