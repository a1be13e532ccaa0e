"""Quotation marks and labels that quote nobody: digest entries, quoted terms, a
rundown of names with a few words each. And the reports next to them that stay."""

from __future__ import annotations

from quote_helpers import contents, speakers


def test_a_digest_headline_and_its_excerpt_are_no_quotes() -> None:
    text = ("HARBOUR WATCH—\"Ferry fares to rise in spring,\" by the Courier's Ana Ruiz: "
            "\"The harbour board voted on Monday to lift fares by a tenth from March.\" "
            "http://example.com/a.\n\n"
            "—\"Old pier to close for repairs,\" by Tide Weekly's Bo Lind: "
            "\"Work starts next week and will run through the summer.\"")
    assert contents(text) == []


def test_a_quotation_before_by_inside_a_sentence_is_no_digest_entry() -> None:
    text = "The crowd chanted “we sail at dawn, we sail,” by the harbour until late."
    assert contents(text) != []


def test_a_quotation_after_a_byline_that_quotes_someone_in_the_story_stays() -> None:
    text = ("Reporting by Ana Ruiz in Harbour Town.\n\n"
            "Mayor Bo Lind said: \"The ferry will run all winter.\"")
    assert speakers(text) == [("The ferry will run all winter.", "Mayor Bo Lind")]


def test_a_so_called_term_is_no_quote() -> None:
    text = "The board relied on so-called “harbour levies” that owners pay each spring."
    assert contents(text) == []


def test_a_term_after_a_plain_adjective_is_still_read_as_before() -> None:
    text = "Mayor Bo Lind called the plan “a disgrace” on Monday."
    assert contents(text) != []


def test_a_quoted_word_joined_by_a_hyphen_is_no_quote() -> None:
    text = "A quick look at “gloom”-laden headlines shows how the mood has turned."
    assert contents(text) == []


def test_a_rundown_of_names_with_a_few_words_each_is_no_quote() -> None:
    text = ("What each captain needs on Tuesday.\n\n"
            "Ruiz: Win the race.\n\nLind: Finish second.\n\nStone: A miracle.")
    assert contents(text) == []


def test_a_label_with_a_sentence_after_it_still_quotes() -> None:
    text = ("What each captain said on Tuesday.\n\n"
            "Ruiz: We will win the race by a length.")
    assert speakers(text) == [("We will win the race by a length", "Ruiz")]


def test_a_short_headline_label_still_quotes() -> None:
    text = "Lind: Ferry must run\n\nThe harbour board met on Monday."
    assert speakers(text) == [("Ferry must run", "Lind")]


def test_a_short_transcript_line_still_quotes() -> None:
    text = ("The interview ran long.\n\nROE: Why not sail?\n\n"
            "LIND: Because the harbour is closed until the storm has passed.")
    assert [s for _, s in speakers(text)] == ["ROE", "LIND"]


def test_a_quoted_word_opening_its_sentence_as_its_subject_is_no_quote() -> None:
    text = ("The board met again. \"Resilience\" has been its motto since the flood.\n\n"
            "“Dredging” (clearing the channel) is banned in the bay.")
    assert contents(text) == []


def test_a_quoted_word_after_an_initialism_is_left_as_before() -> None:
    base = "The mayor said the U.S. “clearly” needed more ferries."
    assert contents(base) != []


def test_a_quoted_word_opening_a_sentence_then_an_attribution_still_quotes() -> None:
    text = "“Never,” Mayor Bo Lind said when asked about the toll."
    assert speakers(text) == [("Never,", "Mayor Bo Lind")]
