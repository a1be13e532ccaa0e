"""Quote boundaries: when a second quotation goes on with the first one (short
texts written here)."""

from __future__ import annotations

import pytest

from newskit.quotes.boundaries import own_report_between
from test_quote_boundaries import contents, quotes


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of its own between the attribution and the next quotation
        '"We will build the bridge next year," the mayor said. The council wants '
        'the plans "finished before the winter."',
        '"The road is closed," Ana Ruiz said on the radio. Drivers were angry. '
        '"We waited for an hour."',
        # a colon: a cue of its own announces the second quotation
        '"The vote was fair," the mayor said, and then warned: "Do not test us again."',
        '"We lost the vote," Ana Ruiz said as a man shouted: "Resign!"',
    ],
)
def test_a_quotation_after_a_report_of_its_own_does_not_go_on(text: str) -> None:
    first = text[1 : text.index(",") + 1]
    found = contents(text)
    assert first in found
    assert not any(c.startswith(first) and len(c) > len(first) for c in found)


@pytest.mark.parametrize(
    "text",
    [
        '"We will build the bridge," the mayor said. "It will be ready next year."',
        '"We will build the bridge," said Mr. Ruiz, the mayor. "It will be ready."',
        '"We will build the bridge," Mr. Ruiz said, "and it will be ready next year."',
        '"We will build the bridge," the mayor said outside City Hall. But "the money '
        'is not there yet."',
    ],
)
def test_a_quotation_after_its_attribution_goes_on(text: str) -> None:
    (q,) = quotes(text)
    assert len(q.parts) == 2
    assert text[q.parts[0].start : q.parts[0].end] == "We will build the bridge,"


def test_a_sentence_after_a_quotation_that_closed_one_opens_a_report_of_its_own() -> None:
    text = ('"We will win this," Ann Lee said at the rally. "We always do." Her supporters '
            'stood on the chairs in the hall, "Four more years!" on their red signs.')
    found = contents(text)
    assert "Four more years!" in found
    assert not any(c.startswith("We will win this") and "Four" in c for c in found)


def test_own_report_between_reads_the_words_after_the_first_closing_mark() -> None:
    text = '"Stop!" Ana Ruiz said. "Now."'
    said = (text.index("said"), text.index("said") + 4)
    # the attribution of the first quotation stands between: it goes on
    assert not own_report_between(text, text.index("!") + 1, text.index('"Now'),
                                  attribution=(said, None))
    # nobody's words named between: a sentence of its own
    assert own_report_between(text, text.index("!") + 1, text.index('"Now'))
    text = '"In other words," explained Ana Ruiz: "no."'
    assert own_report_between(text, text.index(',"'), text.index('"no'))
    assert not own_report_between(text, text.index(',"'), text.index('"no'), colon=False)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"The lake is drying up," said Ann Lee, the author of "Blue Roads."', "Blue Roads."),
        ('"The lake is drying up," Ann Lee said in an interview on "Morning Talk."',
         "Morning Talk."),
        ("\"The lake is drying up,\" Ann Lee told the hosts of CBS's \"Morning Talk.\"",
         "Morning Talk."),
    ],
)
def test_a_title_in_the_attribution_is_no_part_of_the_quote(text: str, title: str) -> None:
    found = contents(text)
    assert "The lake is drying up," in found
    assert not any(title in c for c in found)


def test_a_report_of_its_own_in_the_attribution_is_split_off() -> None:
    text = ('"The lake is drying up," said Ann Lee, a farmer, adding that "the wells '
            'will be next."')
    first, second = sorted(quotes(text), key=lambda q: q.start)
    assert text[first.start : first.end] == "The lake is drying up,"
    assert text[second.start : second.end].endswith('"the wells will be next."')
    assert second.speaker_mention is not None
    assert text[second.speaker_mention.start : second.speaker_mention.end] == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        # after a verb or a conjunction the quotation goes on
        '"The lake is drying up," Ann Lee said, and "the wells will be next."',
        # a clause the cue reports, with its subject
        '"The lake is drying up," Ann Lee said she had not "seen it so bad."',
    ],
)
def test_a_quotation_in_the_clause_after_the_attribution_goes_on(text: str) -> None:
    (q,) = quotes(text)
    assert len(q.parts) == 2


@pytest.mark.parametrize(
    "text",
    [
        'The mayor, a fan of the cooking show "Kitchen Wars," opened the fair.',
        'The town library lent out the novel "Blue Roads of Home," then closed.',
    ],
)
def test_a_title_inside_a_clause_without_a_cue_is_no_quote(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The crowd had one message: "Save Our Park."', "Save Our Park."),
        ('The fans in the hall chanted "Go Team! Go Team!"', "Go Team! Go Team!"),
    ],
)
def test_a_title_case_quotation_after_a_colon_or_with_exclamations_stays(
        text: str, content: str) -> None:
    assert content in contents(text)
