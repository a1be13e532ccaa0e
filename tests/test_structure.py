"""The built-in ``structure`` extractor: blocks and sentences."""

from __future__ import annotations

import pytest

from newskit.structure import StructureExtractor, find_blocks, sentence_spans
from newskit.testing import ExtractorContract
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
