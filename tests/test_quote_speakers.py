"""Speakers of quotes: the words that name the source (short texts written here)."""

from __future__ import annotations

from typing import Any

import pytest

from newskit.hookspecs import hookimpl
from newskit.lexicons import Lexicons
from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks
from newskit.quotes.speakers import speaker_phrase
from newskit.testing import make_registry
from newskit.types import Article
from quote_helpers import described


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, content, speaker mention) of each quote of ``text``."""
    return [(kind, content, speaker) for kind, content, _, speaker in described(text)]


# -- a sentence that only attributes the quotation closed before it ----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('"We will win the vote." Ana Ruiz said.', "Ana Ruiz"),
     ('"We will win the vote…" Ana Ruiz said on Tuesday.', "Ana Ruiz"),
     ("\"What do you need?’” Ana Ruiz said.", "Ana Ruiz"),
     ('"We will win the vote." said Ana Ruiz.', "Ana Ruiz")],
)
def test_a_bare_attribution_after_a_full_stop_names_the_speaker(text: str,
                                                                 speaker: str) -> None:
    assert found(text)[0][2] == speaker


def test_a_sentence_with_content_of_its_own_is_no_bare_attribution() -> None:
    text = '"We will win the vote." Ana Ruiz said the bridge would open.'
    assert found(text) == [("direct", "We will win the vote.", None),
                           ("indirect", "the bridge would open", "Ana Ruiz")]


# -- a relative clause in the subject ------------------------------------------------


def test_a_relative_clause_in_the_subject_ends_at_its_comma() -> None:
    text = ('"The answer is no," Lea Stone, who has opposed the toll for years, '
            "said on Monday.")
    assert found(text) == [("direct", "The answer is no,", "Lea Stone"),
                           ("indirect", "the toll for years", "who")]


def test_what_comes_before_a_relative_pronoun_is_no_content() -> None:
    text = "The mayor met Lea Stone, who said the toll would rise."
    assert found(text) == [("indirect", "the toll would rise", "who")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [("Lea Stone, as mayor, raised the toll, drawing the ire of drivers who thought it "
      "was too high.", ("indirect", "it was too high", "who")),
     ("The mayor met Lea Stone, who came out and said the toll would rise.",
      ("indirect", "the toll would rise", "who")),
     ("Marlow, which declined to comment, sold the old dock to the city.",
      ("indirect", "to comment", "which")),
     # also when the cue is coordinated with the clause's verb ("and said" is read
     # as a participle of the subject before it)
     ("The mayor hugged Bo Lind, who saw the crash and said the bridge was unsafe.",
      ("indirect", "the bridge was unsafe", "who"))],
)
def test_a_relative_pronoun_right_before_the_cue_is_its_subject(
        text: str, quote: tuple[str, str, str]) -> None:
    # not the subject of the main clause, nor the noun the clause describes
    assert found(text) == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [('The mayor met drivers who say the toll is "a tax on the poor."',
      ("mixed", 'the toll is "a tax on the poor."', "who")),
     ("The vote sparked a debate over the toll, with Senator Bo Lind telling reporters he "
      "viewed the mayor as “directly responsible” for the delay.",
      ("mixed", "he viewed the mayor as “directly responsible” for the delay",
       "Senator Bo Lind"))],
)
def test_a_quoted_fragment_is_spoken_by_the_subject_nearest_its_cue(
        text: str, quote: tuple[str, str, str]) -> None:
    # a relative pronoun, or the subject of an absolute construction (with X V-ing),
    # not the subject of the sentence
    assert found(text) == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [("The mayor is at the heart of a drive, one he calls “Safe Bridges,” but it is "
      "not new.", ("direct", "Safe Bridges,", "he")),
     ("The park was quiet one evening, when a young boy shouted, “The bus is coming!”",
      ("direct", "The bus is coming!", "a young boy")),
     # the object of a preposition before the cue is no subject
     ("Drivers marching through the streets chanted “No toll!” and kept going.",
      ("direct", "No toll!", "Drivers"))],
)
def test_the_subject_right_before_a_cue_speaks_the_quotation_after_it(
        text: str, quote: tuple[str, str, str]) -> None:
    assert found(text) == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [("The concerns go beyond Bo Lind’s pledge to be “neutral” on the toll.",
      ("mixed", "“neutral” on the toll", "Bo Lind’s")),
     ("The mayor came under fire over his claim that the toll was “fair to everyone.”",
      ("mixed", "that the toll was “fair to everyone.”", "his")),
     # the noun as the subject of what is quoted: the report is the sentence's
     ("The town says Bo Lind’s comments “are not based on facts.”",
      ("mixed", "Bo Lind’s comments “are not based on facts.”", "The town"))],
)
def test_the_possessor_of_a_noun_of_saying_speaks_the_fragment_after_it(
        text: str, quote: tuple[str, str, str]) -> None:
    assert found(text) == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [("Lea Stone was asked to name a bridge she had built.",
      ("indirect", "to name a bridge she had built", None)),
     ("I was told that the bridge would close.",
      ("indirect", "that the bridge would close", None)),
     # a state of mind is its subject's
     ("The mayor is worried that the toll will rise.",
      ("indirect", "that the toll will rise", "The mayor"))],
)
def test_the_subject_of_a_passive_cue_is_no_source(
        text: str, quote: tuple[str, str, str | None]) -> None:
    assert found(text) == [quote]


# -- speaker mentions are whole words ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('Lea Stone wrote to her friends in Maine, "The river does not wait."', "Lea Stone"),
     ('The mayor was harsh, telling Reuters, "The river does not wait."', "The mayor"),
     ('Lea has the view common among some Catholics in town: "The river does not wait."',
      "Lea"),
     ('"The river does not wait," said Kristen Day, a council member.', "Kristen Day"),
     ('Continued Stone: "The river does not wait."', "Stone")],
)
def test_a_speaker_mention_never_cuts_a_word(text: str, speaker: str | None) -> None:
    assert found(text)[0][2] == speaker


# -- a participle's speaker is the subject after an opening adverbial -------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('Hours later, Lea Stone thanked the donors, telling reporters, "The river does not '
      'wait for anyone."', "Lea Stone"),
     ('Two days earlier, the mayor had visited the dam, telling reporters, "The river does '
      'not wait for anyone."', "the mayor"),
     ('When the judge returned, he began by saying, "The river does not wait for anyone."',
      "he"),
     ('Because the vote was late, Lea Stone spoke to the council, saying, "The river does '
      'not wait for anyone."', "Lea Stone")],
)
def test_a_participle_reports_for_the_subject_after_an_adverbial(text: str,
                                                                 speaker: str) -> None:
    assert found(text)[0][2] == speaker


def test_an_as_clause_is_the_report_not_an_adverbial() -> None:
    text = 'As Lea Stone put it, "The river does not wait for anyone."'
    assert found(text)[0][2] == "Lea Stone"


# -- a written thing says its text through its relative pronoun --------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('The volunteers handed out buttons that said, "The river does not wait."', "that"),
     ('The mayor linked to the report, which notes, "Half the bridges are old."', "which")],
)
def test_a_relative_pronoun_before_a_verb_of_text_is_the_source(text: str,
                                                                speaker: str) -> None:
    assert found(text)[0][2] == speaker


def test_a_relative_pronoun_before_another_cue_is_no_source() -> None:
    assert found('The mayor said that "the river does not wait."')[0][2] == "The mayor"


# -- a poll reports its respondents' answers ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("In a Harbour Post poll released Monday, 31% of voters said the bridge should close.",
      "a Harbour Post poll released Monday"),
     ("In a survey of the town taken last week, 38 percent of voters said the mayor "
      "should resign.", "a survey of the town taken last week")],
)
def test_a_share_of_respondents_reports_for_the_poll_before_it(text: str,
                                                               speaker: str) -> None:
    assert found(text)[0][2] == speaker


def test_a_share_without_a_poll_speaks_for_itself() -> None:
    text = "Last week, 38 percent of voters said the mayor should resign."
    assert found(text)[0][2] == "38 percent of voters"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('"We will win the vote," said Ana Ruiz as she left the hall.', "Ana Ruiz"),
     ('"We will win the vote," said Ana Ruiz while the crowd cheered.', "Ana Ruiz"),
     ('"We will win the vote," said the chief known as Bob.', "the chief known as Bob")],
)
def test_a_clause_after_an_inverted_speaker_is_no_part_of_it(text: str,
                                                             speaker: str) -> None:
    assert found(text)[0][2] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('"Close the bridge now!" some protesters chanted, two days after the vote.',
      "some protesters"),
     ('"She wants to look tough tonight," Lea Stone shot back.', "Lea Stone"),
     ('"She wants to look tough tonight," the mayor fired back.', "the mayor")],
)
def test_chants_and_retorts_are_cues(text: str, speaker: str) -> None:
    assert found(text)[0][2] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Ana Ruiz on Tuesday said the bridge would close.", "Ana Ruiz"),
     ("Rep. Ana Ruiz (D-Calif.) on Tuesday said the bridge would close.", "Rep. Ana Ruiz"),
     ("The union last week warned that the bridge would close.", "The union"),
     ('The toll, which Ana Ruiz earlier Thursday called "a disgrace," will rise.',
      "Ana Ruiz")],
)
def test_a_time_adjunct_between_subject_and_cue_is_no_part_of_the_speaker(
        text: str, speaker: str) -> None:
    assert found(text)[0][2] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('In an interview he said, "The bridge will close next year."', "he"),
     ('When the judge returned he said, "The bridge will close next year."', "he"),
     ('Although the vote was close she told reporters, "The bridge will close."', "she"),
     ('At the bottom of the letter it reads, "The bridge will close next year."', "it"),
     ('At the rally they chanted, "Close the bridge now!"', "they")],
)
def test_a_pronoun_after_a_fronted_phrase_without_a_comma_is_the_speaker(
        text: str, speaker: str) -> None:
    assert found(text)[0][2] == speaker


def test_a_pronoun_after_a_fronted_phrase_does_not_think_aloud() -> None:
    # a verb of thought with no quotation makes no report of its own
    assert found("In the end they prefer a mayor who listens.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('Ana Ruiz, president of the Harbour Institute, tied the scores to the new rules, '
      'saying the law helped "hundreds of pupils who might have left school."', "Ana Ruiz"),
     ('Ruiz, 35, the daughter of the mayor, waved to the crowd, saying, "We will keep the '
      'bridge open."', "Ruiz")],
)
def test_a_participle_reports_for_a_name_before_its_apposition(text: str,
                                                               speaker: str) -> None:
    assert found(text)[0][2] == speaker


def test_a_state_after_a_town_goes_with_the_opening_adverbial() -> None:
    text = ('Speaking at a school fair in Bath, New York, Lea Stone went after the '
            'mayor, calling him "a slow coach."')
    assert found(text)[0][2] == "Lea Stone"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [('Another said, "The river does not wait for anyone."', "Another"),
     ('"The river does not wait for anyone," read one.', "one"),
     ('Some chanted, "Close the bridge now!"', "Some")],
)
def test_a_determiner_standing_alone_names_the_speaker(text: str, speaker: str) -> None:
    assert found(text)[0][2] == speaker


def test_a_calendar_word_is_never_a_speaker() -> None:
    assert found('"The river does not wait," said Monday.')[0][2] is None


# -- paragraphs that are only a quotation ---------------------------------------------


def test_a_quotation_paragraph_after_a_report_takes_its_speaker() -> None:
    text = ("Lea Stone praised the council for its work on the bridge.\n\n"
            '"We need people who get things done."')
    assert found(text)[-1] == ("direct", "We need people who get things done.", "Lea Stone")


def test_a_quotation_paragraph_after_a_report_in_mid_paragraph_stays_unattributed() -> None:
    text = ("Lea Stone praised the council. The bridge opened in May.\n\n"
            '"We need people who get things done."')
    assert found(text)[-1][2] is None


def test_a_paragraph_opening_with_its_own_attribution_keeps_it() -> None:
    text = ('"The bridge is not for sale," Lea Stone said.\n\n'
            '"Would you sell the ferry?" Tom Hall pressed. "Maybe."')
    assert found(text)[1] == ("direct", 'Would you sell the ferry?" Tom Hall pressed. "Maybe.',
                              "Tom Hall")


# -- a parenthesis after the name ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Sen. Lea Stone (D-Maine) said the bridge would open in May.",
     # also before an apposition
     "Sen. Lea Stone (R), a staunch ally of the mayor, said the bridge would open in May."],
)
def test_a_party_label_in_parentheses_is_not_the_speaker(text: str) -> None:
    assert found(text) == [("indirect", "the bridge would open in May", "Sen. Lea Stone")]


def test_a_title_in_quotation_marks_before_the_speaker_is_no_content() -> None:
    text = ('In an interview on "Meet the Press," Lea Stone (D-Maine) said the bridge '
            "would open in May.")
    assert found(text) == [("indirect", "the bridge would open in May", "Lea Stone")]


def test_an_attribution_without_content_announces_the_next_quotation() -> None:
    text = 'Lea Stone said in a statement. "The harbour gates stay shut tonight."'
    assert found(text) == [("direct", "The harbour gates stay shut tonight.", "Lea Stone")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The tests came back clean, while the F.B.I. has stated that it found no trace of a leak.",
      "the F.B.I."),
     ('"We will open the bridge," J.J. Stone said.', "J.J. Stone")],
)
def test_an_initialism_with_full_stops_stays_in_the_speaker_phrase(text: str,
                                                                  speaker: str) -> None:
    assert [s for _, _, s in found(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "quote"),
    [("Many parents were upset about the fee; most said they were quite upset.",
      ("indirect", "they were quite upset", "most")),
     ("The two candidates met on Monday. Both vowed to lower the toll.",
      ("indirect", "to lower the toll", "Both"))],
)
def test_a_determiner_standing_for_its_noun_is_a_speaker(
        text: str, quote: tuple[str, str, str]) -> None:
    assert found(text) == [quote]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The mayor cut the toll last year, though the city lawyer says it rose again.",
      "the city lawyer"),
     ("It makes people listen when a leader says the bridge is unsafe.", "a leader")],
)
def test_a_nominal_subject_after_a_clause_opener_is_the_speaker(text: str,
                                                                speaker: str) -> None:
    assert [s for _, _, s in found(text)] == [speaker]


def test_the_subject_of_a_coordinated_clause_speaks_its_fragment() -> None:
    # ", and X shows …": not the subject of the clause before the comma
    text = ("Lea Stone started her channel in 2009, and her first videos show a very "
            "different person than the “ambush journalist” of today.")
    assert [s for _, _, s in found(text)] == ["her first videos"]


def test_an_opening_adverb_is_no_speaker() -> None:
    text = ("Shortly after the vote, the parents of the pupils had organised, warning "
            "that the school would close.")
    assert found(text) == [("indirect", "that the school would close",
                            "the parents of the pupils")]


@pytest.mark.parametrize(
    "text",
    ['"We will build the bridge," she went on.',
     '"We will build the bridge," she went on, as if nobody had heard her.'],
)
def test_went_on_after_a_quotation_names_its_speaker(text: str) -> None:
    assert found(text) == [("direct", "We will build the bridge,", "she")]


def test_a_report_right_after_a_comma_names_its_speaker_after_it() -> None:
    # a parenthetical "…, says X, …", not the subject before the comma
    assert [s for _, _, s in found("The problem with the bridge, says Carl Anthony, is "
                                   "the toll.")] == ["Carl Anthony"]


@pytest.mark.parametrize(
    "state",
    # the places lexicon's states, their abbreviation fields and the abbreviations
    # lexicon's state class; "Washington State" is written "Washington" here
    ["Mich.", "Tex.", "Penn.", "District of Columbia", "Washington", "New York"],
)
def test_the_state_of_a_city_state_apposition_is_not_the_speaker(state: str) -> None:
    text = f"Tom Hall, 22, of Flint, {state}, said he had not given up hope."
    assert found(text) == [("indirect", "he had not given up hope", "Tom Hall")]


def test_the_states_come_from_the_places_lexicon_and_its_plugins() -> None:
    from newskit.quotes.lexicon import quote_abbreviations

    def extra(name: str) -> list[tuple[str, list[dict[str, str]]]]:
        entry = {"name": "Cascadia", "type": "state", "country_code": "US",
                 "abbreviation": "Casc."}
        return [("test", [entry])] if name == "places" else []

    states = quote_abbreviations(Lexicons(extra)).states
    assert {"cascadia", "casc", "iowa", "calif", "n.j"} <= states
    assert "cascadia" not in quote_abbreviations().states


def test_a_phrase_never_starts_with_of() -> None:
    from newskit.quotes.speakers import speaker_phrase

    assert speaker_phrase("of Flint", 0, 8) is None


# -- a cue opening the sentence, then its speaker --------------------------------------


@pytest.mark.parametrize(
    "text",
    ['Said Lea Stone, who grew up in the town, "The whole town turned out for her."',
     'Stated Lea Stone: "The whole town turned out for her."',
     'Stated Lea Stone:\n\n"The whole town turned out for her."'],
)
def test_a_cue_opening_the_sentence_names_its_speaker_after_it(text: str) -> None:
    assert found(text) == [("direct", "The whole town turned out for her.", "Lea Stone")]


def test_a_capitalised_cue_form_without_a_speaker_after_it_frames_nothing() -> None:
    assert found("Continued growth is expected this year.") == []


@pytest.mark.parametrize(
    "text",
    ["Contributing: Lea Stone and Tom Hall", "Revealed: What the Council Hid From Voters",
     "Paid Notice: Deaths STONE, LEA",
     "Wow: Lea Stone Just Said Something Unexpected About The Bridge",
     "BUSTED: Emails Reveal The Council Hid The Cost"],
)
def test_a_credit_or_kicker_before_a_colon_is_no_speaker_label(text: str) -> None:
    assert found(text) == []


def test_a_clause_before_a_comma_is_content_only_when_adjuncts_follow_the_cue() -> None:
    text = "The bridge will open in May, Lea Stone said, adding that it cost $3 million."
    assert found(text)[0] == ("indirect", "The bridge will open in May", "Lea Stone")
    text = "The bridge was closed, Lea Stone said it would open, according to the paper."
    assert ("indirect", "The bridge was closed", "Lea Stone") not in found(text)


# -- a report closing the sentence owns the report inside it ------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [("The mayor plans to close the old bridge in May, Lea Stone said Monday.",
      "The mayor plans to close the old bridge in May", "Lea Stone"),
     ("During the hearing, Ana Ruiz said the council had hired a new auditor, "
      "the newspaper reported.",
      "During the hearing, Ana Ruiz said the council had hired a new auditor",
      "the newspaper"),
     ('The union wants to "protect every job in the valley," Lea Stone said.',
      'The union wants to "protect every job in the valley,"', "Lea Stone"),
     ("The council has added a second vote to the agenda, she noted.",
      "The council has added a second vote to the agenda", "she"),
     # "announced" closes a report too, with its adjuncts ("announced Monday")
     ("Ana Ruiz and Ed Park agreed on Tuesday to reopen talks on the harbour, "
      "the two ministries announced.",
      "Ana Ruiz and Ed Park agreed on Tuesday to reopen talks on the harbour",
      "the two ministries"),
     ("The mayor plans to close the old bridge in May, a spokesman announced Monday.",
      "The mayor plans to close the old bridge in May", "a spokesman")],
)
def test_a_report_closing_the_sentence_is_the_source_of_the_whole_clause(
        text: str, content: str, speaker: str) -> None:
    quotes = found(text)
    assert [(c, s) for _k, c, s in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [# a coordinated clause: the closing report is the second clause's
     ("Ana Ruiz said the bridge would close, but the ferry will run, officials said.",
      "Ana Ruiz"),
     # the same report resumed by a pronoun
     ("Ana Ruiz said that the bridge would close in May, she said.", "Ana Ruiz"),
     # a verb with an object is no closing report
     ("Ana Ruiz wants to close the old bridge in May, Lea Stone wrote Ed Park.",
      "Ana Ruiz")],
)
def test_a_closing_report_does_not_take_over_another_clause(text: str, speaker: str) -> None:
    assert found(text)[0][2] == speaker


# -- a colon closing a clause before a quotation ------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Ivo Dahl made his position on the bridge plain on Friday: “We will not sign.”",
      "Ivo Dahl"),
     ("Lea Stone has long held this view: “The river comes first, and the road "
      "second.”", "Lea Stone"),
     ("Lea Stone put her case to her neighbours plainly: “The river comes first.”",
      "Lea Stone")],
)
def test_the_subject_of_a_clause_closed_by_a_colon_speaks_the_quotation(
        text: str, speaker: str) -> None:
    assert [(k, s) for k, _c, s in found(text)] == [("direct", speaker)]


def test_a_past_tense_verb_ends_a_clause_subject() -> None:
    text = "The senator paused and recalled that the bridge had closed."
    assert found(text) == [("indirect", "that the bridge had closed", "The senator")]


# -- "according to X" closing the sentence of a report -----------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [("“We will rebuild the bridge,” Lea Stone said Monday, according to the Daily Star.",
      "We will rebuild the bridge,” Lea Stone said Monday"),
     ("Lea Stone said the bridge would reopen in May, according to the Daily Star.",
      "Lea Stone said the bridge would reopen in May")],
)
def test_according_to_closing_a_report_names_its_source(text: str, content: str) -> None:
    assert found(text) == [(found(text)[0][0], content, "the Daily Star")]


def test_a_relative_clause_in_the_subject_does_not_report_the_main_quotation() -> None:
    text = ('Lea Stone, who called the crews on Tuesday, told the crowd, "The bridge '
            'will open in May."')
    assert found(text)[-1] == ("direct", "The bridge will open in May.", "Lea Stone")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The mayor maintained a brisk pace all day.", []),
     ("Crews continued their search of the river on Monday.", []),
     ("Lea Stone maintained that the bridge was safe.",
      [("indirect", "that the bridge was safe", "Lea Stone")]),
     ("“The bridge is safe,” the mayor maintained.",
      [("direct", "The bridge is safe,", "the mayor")]),
     ("“The bridge is safe,” she continued.", [("direct", "The bridge is safe,", "she")])],
)
def test_maintain_and_continued_report_only_a_clause_or_a_quotation(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_parenthetical_report_keeps_the_subject_after_an_opening_adverbial() -> None:
    text = "After the flood, the old bridge, Lea Stone recalled, was closed for a year."
    assert found(text) == [
        ("indirect", "the old bridge, Lea Stone recalled, was closed for a year", "Lea Stone")]


def test_a_participle_clause_opening_the_sentence_is_no_subject() -> None:
    text = ("Walking to the next house, Ana Ruiz talked about her school days and said "
            "the war had changed them both.")
    assert found(text) == [("indirect", "the war had changed them both", "Ana Ruiz")]


def test_a_possessive_name_before_a_noun_is_a_speaker() -> None:
    assert found("“We will win,” Lind’s office said in a statement.") == [
        ("direct", "We will win,", "Lind’s office")]


@pytest.mark.parametrize(
    "words", ["He’s comparing", "It's easy", "Lee pointed to Clinton's support"])
def test_a_contraction_or_a_clause_before_a_possessive_is_no_speaker(words: str) -> None:
    from newskit.quotes.speakers import speaker_phrase

    assert speaker_phrase(words, 0, len(words)) is None


def test_a_quotation_goes_on_after_an_unattributed_question_in_its_attribution() -> None:
    text = ("“It was nice,” Ana Ruiz told reporters when asked if she had met the mayor. "
            "“She was very kind.”")
    quotes = found(text)
    assert quotes[0][0] == "direct" and quotes[0][2] == "Ana Ruiz"
    assert quotes[0][1].endswith("She was very kind.")


# -- an apposition between a closing quotation and its cue ------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("“We would be wrong,” Jo Lind, a spokesman for Acme, said in an interview on "
      "Sunday in Dayton, Ohio.", "Jo Lind"),
     ("''We would be wrong,'' the driver, Jo Lind, told the radio station after the "
      "crash in Dayton, Ohio.", "Jo Lind"),
     ('"We would be wrong," Jo Lind, a former Acme aide, said when asked about the '
      "plan in Dayton, Ohio.", "Jo Lind"),
     ("“We would be wrong,” Rep. Ana Ruiz’s chief of staff, Jo Lind, told the paper "
      "before the vote in Dayton, Ohio.", "Jo Lind")],
)
def test_a_name_and_its_apposition_after_a_quotation_speak_it(text: str,
                                                               speaker: str) -> None:
    assert found(text) == [("direct", text[1 : text.index(",") + 1].strip("'"), speaker)]


def test_the_quotation_after_an_apposed_speaker_goes_on() -> None:
    text = ("“We would be wrong,” Jo Lind, a spokesman for Acme, said on Sunday in "
            "Dayton, Ohio. “The talks are over.”")
    quotes = found(text)
    assert len(quotes) == 1 and quotes[0][2] == "Jo Lind"
    assert quotes[0][1].endswith("The talks are over.")


def test_a_name_after_a_quotation_inside_the_content_is_no_speaker() -> None:
    text = 'The band was named "in honour of" Jo Lind, Ana Ruiz wrote.'
    assert [q[2] for q in found(text)] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    ["Jo Lind, who formally endorsed Ana Ruiz on Sunday, had worked quietly for months.",
     "Jo Lind, who’d previously endorsed Ana Ruiz on Sunday, had worked quietly for months.",
     "Jo Lind, who's often endorsed Ana Ruiz on Sunday, had worked quietly for months."],
)
def test_a_relative_pronoun_after_adverbs_or_a_contraction_is_the_source(text: str) -> None:
    # the report's day is the cue's adjunct, no part of the content (as PolNeAR reads it)
    assert found(text) == [("indirect", "Ana Ruiz", "who")]


@pytest.mark.parametrize(
    ("text", "content", "asker"),
    [("When asked by a pupil whether she would run again, Ana Ruiz smiled.",
      "whether she would run again", "a pupil"),
     ("When asked by Jo Lind on Sunday whether taxes would rise, Ana Ruiz smiled.",
      "whether taxes would rise", "Jo Lind"),
     ("When asked about raising taxes next year, Ana Ruiz smiled.",
      "raising taxes next year", None)],
)
def test_the_agent_of_a_passive_asked_is_the_source_of_the_question(
        text: str, content: str, asker: str | None) -> None:
    assert found(text) == [("indirect", content, asker)]



def _quotes(text: str) -> list[Any]:
    layers: dict[str, Any] = {
        "blocks": tuple(_fallback_blocks(text)), "sentences": (), "actors": ()}
    return list(QuoteExtractor(Lexicons()).extract(Article(id="t", text=text), layers)["quotes"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('As Jo Lane, a professor at Yale, put it, "The bridge will never open."', "Jo Lane"),
        ('Or, as Ana Ruiz put it: "The harbour is full."', "Ana Ruiz"),
    ],
)
def test_as_x_put_it_frames_a_quotation(text: str, speaker: str) -> None:
    # "put it" in "as X put it" is the cue of the quotation; X is the speaker
    (quote,) = _quotes(text)
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "put it"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text(text) == speaker


def test_put_it_without_a_quotation_is_no_report() -> None:
    assert _quotes("The crew put it on the truck before noon.") == []


@pytest.mark.parametrize("mark", ["''", "“"])
def test_a_one_word_title_after_on_is_no_quotation(mark: str) -> None:
    # NBC's "Today", on ''Today'': a show's name, with curly or doubled marks
    close = "''" if mark == "''" else "”"
    text = (f"Mr. Lane is not the only one in his family to work on {mark}Today."
            f"{close} His sister did.")
    assert _quotes(text) == []


# -- abbreviations: the shipped lexicon and a plugin's entries ----------------------


class _Abbreviations:
    """A plugin that adds a title abbreviation and a company ending."""

    @hookimpl
    def newskit_lexicon_entries(self, lexicon: str) -> list[dict[str, object]] | None:
        if lexicon == "abbreviations":
            return [{"form": "Cllr.", "class": "title"}, {"form": "Bhd.", "class": "company"}]
        return None


def _quotes_with(text: str, lexicons: Lexicons) -> list[tuple[str, str | None]]:
    layers: dict[str, Any] = {
        "blocks": tuple(_fallback_blocks(text)), "sentences": (), "actors": ()}
    out = QuoteExtractor(lexicons).extract(Article(id="t", text=text), layers)["quotes"]
    return [(text[q.start : q.end],
             None if q.speaker_mention is None else q.speaker_mention.text(text)) for q in out]


def test_a_plugin_abbreviation_stays_in_the_speaker() -> None:
    text = "Cllr. Jo Okafor said the council would vote on the budget in May."
    assert _quotes_with(text, make_registry(_Abbreviations()).lexicons) == [
        ("the council would vote on the budget in May", "Cllr. Jo Okafor")]
    assert _quotes_with(text, Lexicons()) != [
        ("the council would vote on the budget in May", "Cllr. Jo Okafor")]


def test_a_plugin_abbreviation_reaches_the_speaker_of_a_split_off_report() -> None:
    # the report after ', and X said' is split off by the boundary rules, which read
    # its speaker with the extractor's abbreviations, a plugin's included
    text = ('The mayor said the plan was "a disgrace," and Cllr. Okafor said she would '
            "vote against it.")
    assert _quotes_with(text, make_registry(_Abbreviations()).lexicons) == [
        ('the plan was "a disgrace,"', "The mayor"),
        ("she would vote against it", "Cllr. Okafor")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Sens. Jo Roe and Tom Hale said the bill would pass next week.", "Sens. Jo Roe and Tom Hale"),
     ("Acme Corp. said the plant would close in the spring.", "Acme Corp."),
     ("Jo Roe Jr. said the plant would close in the spring.", "Jo Roe Jr.")])
def test_shipped_abbreviations_stay_in_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, s in _quotes_with(text, Lexicons())] == [speaker]


@pytest.mark.parametrize("words", ["Sept. 14", "Sept. 14 officials"])
def test_a_month_abbreviation_is_no_speaker(words: str) -> None:
    # a date before a cue ('..., Sept. 14 said ...' in a list) names no one
    assert speaker_phrase(words, 0, len(words)) is None


# -- a participle opening the sentence is no speaker --------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [("Continuing to explain his view, Tom Hale rejected the claim that the bridge was "
      "safe, saying that it would need repairs.", "that it would need repairs", "Tom Hale"),
     ("Using a blunt phrase to describe the council, Tom Hale said it was ''asleep at the "
      "wheel.''", "it was ''asleep at the wheel.''", "Tom Hale"),
     ("Pressed with questions, Tom Hale dwelled on the ones that allowed him to reassure "
      "parents that fees would not rise.", "that fees would not rise", "Tom Hale")])
def test_an_opening_participle_is_no_speaker(text: str, content: str, speaker: str) -> None:
    assert ("indirect" if "''" not in content else "mixed", content, speaker) in found(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [("Noting that the bridge was unsafe, Tom Hale voted against the plan.",
      "that the bridge was unsafe", "Tom Hale"),
     ("Having announced that the plant would close, the judge turned to the workers.",
      "that the plant would close", "the judge"),
     ("After saying on Monday that the toll would rise, Ana Ruiz left for Salem.",
      "that the toll would rise", "Ana Ruiz"),
     ("After saying he was tired of the fight, the mayor asked for a vote.",
      "he was tired of the fight", "the mayor"),
     # a reported clause without "that" opening with a subject pronoun
     ("Noting she had voted for the toll, Ana Ruiz asked for a recount.",
      "she had voted for the toll", "Ana Ruiz"),
     # the main verb ends the subject, a past tense too
     ("After saying he was tired of the fight, the man ended up at the harbour.",
      "he was tired of the fight", "the man")])
def test_an_opening_participle_reports_for_the_main_subject(text: str, content: str,
                                                             speaker: str) -> None:
    assert found(text) == [("indirect", content, speaker)]


def test_an_opening_participle_clause_may_end_with_a_quotation() -> None:
    text = 'After saying her knee was "too stiff to climb the stairs," she was taken to a clinic.'
    assert found(text) == [("mixed", 'her knee was "too stiff to climb the stairs,"', "she")]


@pytest.mark.parametrize(
    "text",
    ["Assuming that the bridge opens in May, the mayor might run again.",
     "Writing for a panel that all agreed on the plan, Tom Hale voted against it."])
def test_an_opening_condition_or_object_is_no_report(text: str) -> None:
    assert found(text) == []


def test_a_name_in_ing_stays_a_speaker() -> None:
    # a surname in -ing before its cue is no participle
    assert found("Ebeling said the council would vote on the budget in May.") == [
        ("indirect", "the council would vote on the budget in May", "Ebeling")]


# -- the object of a causative verb does what the infinitive cue says ---------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The defeat led party chairman Jo Okafor to declare that the race was over.",
      "party chairman Jo Okafor"),
     ("The abrupt closure led some to speculate that the plant had been sold.", "some"),
     ("The delay has caused many to wonder whether the bridge will open.", "many"),
     ("The shift in tone prompted Tom Hale to accuse the council of hiding the costs.",
      "Tom Hale"),
     ("The count will force Sen. Bo Lind to admit that the ferry plan is dead.",
      "Sen. Bo Lind"),
     ("The toll stayed, leaving many to wonder if it would ever end.", "many"),
     ("The vote leaves many to wonder whether the bridge will open.", "many"),
     ("The delay left some to speculate that the plant had been sold.", "some"),
     # "left" of departing, its purpose an infinitive: the subject speaks
     ("Ana Ruiz left the meeting early to tell reporters that the bridge was unsafe.",
      "Ana Ruiz")])
def test_the_object_of_a_causative_verb_speaks(text: str, speaker: str) -> None:
    assert [s for _, _, s in found(text)] == [speaker]


# -- an expletive subject names no source --------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [("It is useful to note that the council never voted on the plan.",
      "that the council never voted on the plan"),
     ("It’s difficult not to wonder whether the mayor knew about the deal.",
      "whether the mayor knew about the deal"),
     ("It was revealed on Friday that the mayor had sold the ferry.",
      "that the mayor had sold the ferry")])
def test_an_expletive_report_has_no_speaker(text: str, content: str) -> None:
    assert found(text) == [("indirect", content, None)]


def test_an_expletive_is_no_speaker_of_a_later_report() -> None:
    assert found("It’s a big if, but Tom Hale was in Salem on Tuesday, emphasizing the "
                 "town's importance.") == []


def test_it_before_a_cue_stays_a_speaker() -> None:
    assert found("It says the plan will cost more than the bridge.") == [
        ("indirect", "the plan will cost more than the bridge", "It")]


# -- a cue form after a determiner or possessive and an adverb is a modifier ---------


def test_an_adverb_after_a_possessive_makes_the_cue_form_a_modifier() -> None:
    assert found("The town's emotionally charged vote against the plan was a victory "
                 "for the mayor.") == []
    assert found("Tom Hale repeatedly said the plan would fail.") == [
        ("indirect", "the plan would fail", "Tom Hale")]


# -- the state of an opening "in City, State," is no speaker ------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("During a stop in Bath, Maine, the harbour master repeated his promise to dredge "
      "the port.", "the harbour master"),
     ("Since the floods in Leeds and Santa Rosa, Calif., many engineers have "
      "proclaimed a need for higher levees.", "many engineers")])
def test_the_state_of_an_opening_place_is_no_speaker(text: str, speaker: str) -> None:
    assert [s for _, _, s in found(text)] == [speaker]


def test_the_state_of_an_opening_adverbial_is_no_fallback_speaker() -> None:
    assert found("At a fair in Salem, Ore., 62-year-old Jo Okafor also spoke against the "
                 "toll, and explained how much it worried her.") == [
        ("indirect", "how much it worried her", "62-year-old Jo Okafor")]
    assert found("Following a flood last spring in Bend, Ore., she issued a short plan "
                 "to raise the dikes.") == []


# -- a relative clause between dashes before the verb -------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [("Still, Tom Hale - who flew home on a cross-country flight to Vermont on Wednesday - "
      "has vowed to fight on.", "to fight on", "Tom Hale"),
     ("The mayor — who once said the bridge was safe — said on Monday that it would close.",
      "that it would close", "The mayor")])
def test_the_subject_before_a_dashed_relative_clause_speaks(
        text: str, content: str, speaker: str) -> None:
    assert ("indirect", content, speaker) in found(text)


# -- a sentence adverbial opening the sentence is no speaker -------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("More recently, he has argued against the toll, citing its cost to schools.",
      "he"),
     ("Back in 2002, Mr. Lind expressed respect for the harbour master's craft, telling "
      "a radio show: ''I wish I could sail like her.''", "Mr. Lind")],
)
def test_more_or_back_opening_an_adverbial_is_no_speaker(text: str, speaker: str) -> None:
    assert [q[2] for q in found(text)] == [speaker]


def test_an_interjection_alone_is_no_speaker() -> None:
    assert all(q[2] != "Well" for q in found(
        "Well, Ana Ruiz was not so much saying that the plan failed."))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("About 40 teachers have said that they will join the strike.", "About 40 teachers"),
     ("At least a dozen lawmakers said the bill would fail.",
      "At least a dozen lawmakers"),
     ("About half of residents say they prefer a toll bridge.", "About half of residents")],
)
def test_a_preposition_approximating_a_number_opens_the_speaker(text: str,
                                                                speaker: str) -> None:
    assert [q[2] for q in found(text)] == [speaker]


def test_a_preposition_before_an_article_still_opens_no_speaker() -> None:
    assert speaker_phrase("over a century apart", 0, 20) is None
    assert speaker_phrase("Under a system known as Sam", 0, 27) is None


def test_a_participle_goes_with_the_nearest_coordinated_clause() -> None:
    text = "Ana Ruiz won the vote, and Bo Lind left the hall, saying the count was rigged."
    assert found(text) == [("indirect", "the count was rigged", "Bo Lind")]
    text = "Ana Ruiz praised the mayor, and the council, saying the port was safe."
    assert ("indirect", "the port was safe", "Ana Ruiz") in found(text)


def test_so_called_is_no_report() -> None:
    text = "The second plan, the so called “Bridge Plan” seeks to close the port."
    assert all(q[2] != "the so" for q in found(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The plan went to all four councils, each of whom echoed the worry "
      "that it was too costly.", "each of whom"),
     ("The plan drew praise from three mayors, all of whom said the bridge was needed.",
      "all of whom")],
)
def test_a_quantified_relative_pronoun_is_the_subject(text: str, speaker: str) -> None:
    assert [q[2] for q in found(text)] == [speaker]


def test_citing_after_a_closing_report_is_that_sources_report() -> None:
    text = ("The council turned against the plan, the Gazette reported, citing a second "
            "unnamed official.")
    assert ("indirect", "a second unnamed official", "the Gazette") in found(text)


@pytest.mark.parametrize(("stretch", "expected"), [
    ("Will", "Will"),                     # "“…,” Will wrote."
    ("columnist Ada Will", "columnist Ada Will"),
    ("Dan From", "Dan From"),
    ("Prime Minister Ines May", "Prime Minister Ines May"),
    ("From", "From"),                     # "“…,” From said."
])
def test_a_name_spelt_as_a_function_word_is_a_name(stretch: str, expected: str) -> None:
    phrase = speaker_phrase(stretch, 0, len(stretch))
    assert phrase is not None and phrase.kind == "name"
    assert stretch[phrase.start : phrase.end] == expected


@pytest.mark.parametrize("stretch", ["Will voters", "the Will", "Last May", "From Monday"])
def test_a_function_word_with_a_capital_opening_or_after_a_determiner_is_none(
        stretch: str) -> None:
    assert speaker_phrase(stretch, 0, len(stretch)) is None


def test_a_surname_spelt_as_a_function_word_speaks() -> None:
    assert found('"The ferry is a warning to every town," Will wrote.') == [
        ("direct", "The ferry is a warning to every town,", "Will")]
    text = '"We lost three votes in a row," said Dan From, who ran the party.'
    assert found(text)[0][2] == "Dan From"
    # a gerund after "From" opening the sentence: a preposition, no speaker
    text = "From pointing out the delays to praising the crew, the report covered it all."
    assert all(s != "From" for _, _, s in found(text))


@pytest.mark.parametrize("text", [
    'Soon, Hale wrote to his 20,000 Harbour followers, "It is time to end the ferry plan."',
    'Hale said to his Twitter followers, "It is time to end the ferry plan."',
])
def test_a_plural_noun_after_a_preposition_is_no_verb_framing_a_quotation(text: str) -> None:
    # "followers," before the quotation: the head of the object, not a verb whose
    # subject is "his 20,000 Harbour"
    assert [s for _, _, s in found(text)] == ["Hale"]


def test_in_a_possessors_words_still_frames_a_quotation() -> None:
    text = 'In Lind\'s words, "the ferry is the heart of the town."'
    assert [s for _, _, s in found(text)] == ["Lind's"]


@pytest.mark.parametrize("text", [
    '"Save our boats!" Their voices rose over the water.',
    '"Save our boats," the town\'s boats remained at the pier.',
])
def test_a_noun_in_s_after_a_determiner_or_possessive_is_no_verb_after_a_quotation(
        text: str) -> None:
    # not speaker "Their" with cue "voices"
    assert [s for _, _, s in found(text)] == [None]


def test_the_subject_of_a_relative_clause_with_a_cue_and_as_speaks_its_quotation() -> None:
    text = 'Hale is selling the old bell, what Lind described as a "piece of history."'
    assert found(text) == [("mixed", 'what Lind described as a "piece of history."', "Lind")]
    # without the relative pronoun, "known as" is a participle: no speaker "a unit"
    text = 'The council backed a unit known as "the harbour watch."'
    assert all(s != "a unit" for _, _, s in found(text))


@pytest.mark.parametrize(("stretch", "expected"), [
    ("Recently he", "he"), ("Later Ana Ruiz", "Ana Ruiz"), ("Now the mayor", None),
    ("Just Leaked", None)])
def test_a_sentence_adverb_before_a_subject_is_no_part_of_it(
        stretch: str, expected: str | None) -> None:
    phrase = speaker_phrase(stretch, 0, len(stretch))
    assert (None if phrase is None else stretch[phrase.start : phrase.end]) == expected


def test_a_subject_after_a_sentence_adverb_without_a_comma_speaks() -> None:
    text = 'Recently he rejected the notion that the ferry was "a disgrace."'
    assert found(text) == [("mixed", 'the notion that the ferry was "a disgrace."', "he")]


def test_according_to_after_long_adjuncts_of_a_cue_is_the_source() -> None:
    # PolNeAR gives the whole report to the source closing the sentence, also
    # after a long adjunct of the cue (up to 24 words)
    text = ('"The ferry must stop," Lind said in a long letter filed with the harbour '
            "board on the last day of the session, according to the Ledger.")
    assert [s for _, _, s in found(text)] == ["the Ledger"]


def test_a_cue_after_and_speaks_for_the_subject_of_its_comma_segment() -> None:
    text = ('When Ana Lind, the ferry captain was asked during a lunch if the boats '
            'would sail, she laughed and said, "We will see."')
    # the passive's question has no source (PolNeAR marks it so); "she" speaks the quotation
    assert [(c, s) for _, c, s in found(text)] == [
        ("if the boats would sail", None), ("We will see.", "she")]
    # a list after a state's full stop and semicolons: no segment subject
    text = ("Earlier, Hale praised the crew in Bend, Ore.; met the council; and said that "
            'the ferry was "safe."')
    assert "Ore" not in [s for _, _, s in found(text)]


@pytest.mark.parametrize(("stretch", "expected"), [
    ("Holding signs", None), ("Citing polls", None),
    ("Right-wing parties", "Right-wing parties"), ("Harbour workers", "Harbour workers")])
def test_a_participle_and_its_object_opening_a_sentence_is_no_speaker(
        stretch: str, expected: str | None) -> None:
    phrase = speaker_phrase(stretch, 0, len(stretch))
    assert (None if phrase is None else stretch[phrase.start : phrase.end]) == expected


def test_the_subject_after_an_opening_participle_and_quotation_speaks() -> None:
    text = ('Holding signs calling Hale “the worst mayor,” the dockers chanted “Save '
            'our boats, save our town.”')
    assert {s for _, _, s in found(text)} == {"the dockers"}


@pytest.mark.parametrize(("stretch", "kind"), [
    ("Any", None), ("Whatever", None), ("No", None), ("Neither", "name"), ("Another", "nominal")])
def test_a_quantifier_alone_is_no_speaker(stretch: str, kind: str | None) -> None:
    phrase = speaker_phrase(stretch, 0, len(stretch))
    assert (None if phrase is None else phrase.kind) == kind


@pytest.mark.parametrize("stretch", [
    "Similarly", "Prior", "Whenever", "Alongside the council's plan", "Particularly"])
def test_an_opening_adverb_or_preposition_is_no_speaker(stretch: str) -> None:
    assert speaker_phrase(stretch, 0, len(stretch)) is None


def test_the_subject_after_a_sentence_adverb_speaks_a_quotation_after_adjuncts() -> None:
    text = 'Recently she announced on her blog, in large letters, "I am leaving the party!"'
    assert [s for _, _, s in found(text)] == ["she"]
