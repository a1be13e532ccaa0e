"""Which phrase a quote's speaker is: a source closing the sentence, a cue opening
it after a conjunction (short texts written here)."""

from __future__ import annotations

from quote_helpers import speakers


def test_according_to_after_a_closing_mark_is_the_source() -> None:
    text = 'The minister said the talks would "go on for years," according to the report.'
    assert speakers(text) == [
        ('The minister said the talks would "go on for years,"', "the report")]


def test_inverted_report_closing_the_sentence_is_the_source() -> None:
    text = ('The vote signals "the beginning of the end" for the union, said Geert Lind, '
            "founder of the Harbour Party.")
    assert speakers(text) == [
        ('The vote signals "the beginning of the end" for the union', "Geert Lind")]
    text = 'Ana Ruiz noted that the ferry was "central" to the town, reported the Daily Ledger.'
    assert speakers(text) == [
        ('Ana Ruiz noted that the ferry was "central" to the town', "the Daily Ledger")]


def test_inverted_tail_needs_a_speaker_phrase_up_to_its_end() -> None:
    # "said the Ruiz family deserved better": a clause after the cue, no closing source
    text = ("Gov. Ana Lind of Ohio, who has refused to endorse Mr. Berg, said the Ruiz "
            "family deserved better.")
    assert ("the Ruiz family deserved better", "Gov. Ana Lind of Ohio") in speakers(text)


def test_a_cue_opening_the_sentence_after_a_conjunction() -> None:
    text = 'Ruiz was calm. But, said Ana Solovey, "I do not want a fight."'
    found = speakers(text)
    assert len(found) == 1
    assert found[0][1] == "Ana Solovey"
    assert found[0][0].endswith("I do not want a fight.")
    text = "But, said Lind, the plan is late."
    assert speakers(text) == [("the plan is late", "Lind")]


def test_verbs_of_praise_and_blame_report_their_object() -> None:
    assert speakers("Mayor Ana Lind condemned the new toll on the harbour bridge.") == [
        ("the new toll on the harbour bridge", "Mayor Ana Lind")]
    assert speakers("Lind likened the toll to a robbery.") == [("the toll to a robbery", "Lind")]
    assert speakers("Lind bemoaned the state of the harbour roads.") == [
        ("the state of the harbour roads", "Lind")]


def test_portraying_and_quoting_report_their_object() -> None:
    assert speakers("Lind portrayed the toll as a robbery of drivers.") == [
        ("the toll as a robbery of drivers", "Lind")]
    found = speakers('The Harbour Post quoted an official as saying the bridge was "unsafe."')
    assert found and found[0][1] == "The Harbour Post"


def test_a_colon_clause_of_its_own_after_a_quote_names_its_speaker() -> None:
    # not the quotation before going on with its speaker
    text = ('"We could pass an order," said Bo Loomis, head of the union. Ana Ruiz '
            'resisted: "Mayors do not have the power to suspend rights."')
    assert speakers(text) == [("We could pass an order,", "Bo Loomis"),
                              ("Mayors do not have the power to suspend rights.", "Ana Ruiz")]


def test_the_object_of_a_preposition_before_a_colon_is_no_label() -> None:
    text = ("The mayor spoke first. Bo Ruiz then broke down what was wrong with the plan "
            'to the Harbour Courier: "The plan is too costly."')
    assert speakers(text) == [("The plan is too costly.", "Bo Ruiz")]
    assert speakers('More from the report: "The harbour is closed."') == [
        ("The harbour is closed.", "the report")]


def test_a_quotation_in_a_clause_of_its_own_is_that_clause_subjects() -> None:
    text = ("During an interview in April, Lind was talking about the harbour when he told "
            'Bo Ruiz of the Courier, "So, the ferry has no crew."')
    assert speakers(text) == [("the harbour", "Lind"), ("So, the ferry has no crew.", "he")]
    text = ("Lind said he has backed bills that would curb the regional bodies, which he "
            'called "a cartel for higher education."')
    found = speakers(text)
    assert found[0] == ("he has backed bills that would curb the regional bodies", "Lind")
    assert found[1][1] == "he" and found[1][0].endswith('"a cartel for higher education."')
    # a causal clause stays in the content
    text = 'Lind said she had waited because she believed "the town needs calm."'
    assert [s for _, s in speakers(text)] == ["Lind"]


def test_a_passive_cue_without_agent_leaves_a_later_report_its_quotation() -> None:
    text = ("Ruiz, who called Lind shortly after the winner was declared, told her "
            'supporters, "I still love the harbour."')
    assert speakers(text) == [("I still love the harbour.", "Ruiz")]
    # but "was asked" keeps its question
    text = 'Lind was asked to list the ferries.'
    assert speakers(text) == [("to list the ferries", None)]


def test_a_coordinated_cue_after_a_quotation_takes_its_own_clause_subject() -> None:
    text = ("Gov. Bo Jindal on Monday signed an order to block the ferry, while Ana "
            'Huckabee, the former governor, proposed we "wake up and smell the sea" and '
            "said Speaker Lind should resign.")
    assert speakers(text)[-1] == ("Speaker Lind should resign", "Ana Huckabee")


def test_an_adverb_between_subject_and_cue_is_left_out() -> None:
    assert speakers('"This is your movement," it now says.') == [
        ("This is your movement,", "it")]
    assert speakers('"This is your movement," Ana Lind usually says.') == [
        ("This is your movement,", "Ana Lind")]


def test_a_cue_coordinated_after_a_report_shares_its_subject() -> None:
    text = ("Speaking to the Harbour Radio on Monday, Lind referred to Ruiz as "
            '"a bright leader" but described his leadership skills as a "work in progress."')
    assert speakers(text)[-1] == (
        'his leadership skills as a "work in progress."', "Lind")
    text = "The spokesman said there was no call planned and refused to answer questions."
    assert speakers(text)[0][1] == "The spokesman"


def test_a_verb_between_a_name_and_a_plural_noun_makes_no_speaker_phrase() -> None:
    from newskit.quotes.speakers import speaker_phrase

    for text in ("Lind highlighted polls", "Ruiz said private contractors",
                 "Lind gestured as"):
        assert speaker_phrase(text, 0, len(text)) is None
    for text in ("Iowa elected officials", "Protest groups", "Iowa biofuels advocates"):
        assert speaker_phrase(text, 0, len(text)) is not None


def test_a_title_full_stop_before_a_colon_label_ends_no_segment() -> None:
    text = ('Ana Diaz, a former aide to Mr. Ruiz, said of Mr. Ruiz: "He is in touch '
            'with his roots."')
    assert speakers(text) == [("He is in touch with his roots.", "Ana Diaz")]
    assert speakers('Gov. Bo Lind: "The race is tied."') == [
        ("The race is tied.", "Gov. Bo Lind")]


def test_the_object_of_a_verb_of_blame_is_no_inverted_speaker() -> None:
    text = ("The mayor was calmer than her staff, who, on a press call Friday, criticized "
            'Ruiz for "misrepresenting what had occurred."')
    assert all(s != "Ruiz" for _, s in speakers(text))
    assert speakers("The plan is a disaster, insisted Ana Ruiz.") == [
        ("The plan is a disaster", "Ana Ruiz")]


def test_a_relative_pronoun_with_an_adjunct_before_its_cue_is_the_speaker() -> None:
    text = ("The mayor was calmer than her staff, who, on a press call Friday, criticized "
            'Ruiz for "misrepresenting what had occurred."')
    assert speakers(text) == [
        ('Ruiz for "misrepresenting what had occurred."', "who")]
    text = "Bo Lind, who through his lawyer declined to comment, lives in Bangor."
    assert speakers(text) == [("to comment", "who")]
    text = "Bo Lind, who in two rulings had made clear that he opposed the dam, retired."
    assert speakers(text) == [("that he opposed the dam", "who")]
    # the noun of the adjunct is no cue of the relative pronoun
    text = "Ana Ruiz, who, on a conference call, was calm."
    assert all(s != "who" for _, s in speakers(text))


def test_a_capitalised_cue_after_a_quotation_and_its_speaker() -> None:
    text = ('"We cannot argue with it!" Ruiz, the head of the harbour board, Tweeted on '
            "Friday with a photo.")
    assert speakers(text) == [("We cannot argue with it!", "Ruiz")]
    # a headline in title case, and a name ending in a cue word, report nothing
    assert speakers('"Harbour Plan" Ana Ruiz, Mayor, Stressed The Value Of Ferries') == []
    text = 'His call for "a total ban" on ships entering the United States was calm.'
    assert all(s != "the United" for _, s in speakers(text))


def test_a_run_of_three_apostrophes_closes_or_opens_a_doubled_mark() -> None:
    from newskit.quotes.marks import pair_marks

    text = "''He told me, 'Stay calm,''' Ruiz said. ''It worked.''"
    assert pair_marks(text, 0, len(text)).pairs == [(0, 26), (40, 52)]
    assert speakers(text) == [("He told me, 'Stay calm,''' Ruiz said. ''It worked.", "Ruiz")]
    text = "Lind said, '''Sir, we stay.' That is all.''"
    assert pair_marks(text, 0, len(text)).pairs == [(11, 41)]
    # four or more in a row pair nothing
    assert pair_marks("''a'''' b", 0, 9).pairs == []


def test_a_name_before_an_age_and_an_apposition_is_the_speaker() -> None:
    text = 'Ana Ruiz, 35, the daughter of the mayor, said, "We will keep the bridge open."'
    assert speakers(text) == [("We will keep the bridge open.", "Ana Ruiz")]
    # no name before the age: the apposition stays
    text = 'The clerk, 35, the daughter of the mayor, said, "We will keep it open."'
    assert speakers(text) == [("We will keep it open.", "the daughter of the mayor")]


def test_voiced_and_thanked_report_their_object() -> None:
    # PolNeAR reads "voiced support/concern for …" and "thanked X for …" as reports
    text = "Lea Stone voiced support for the plan on Monday, saying the town had no choice."
    assert speakers(text) == [("support for the plan on Monday", "Lea Stone"),
                              ("the town had no choice", "Lea Stone")]
    assert speakers("Ruiz thanked Lind for his help.") == [("Lind for his help", "Ruiz")]
    # a passive of the actor's sense names no report
    assert speakers("The cartoon mayor was voiced by Ana Ruiz in the first season.") == []


def test_a_participle_after_by_in_a_relative_clause_reports_for_the_pronoun() -> None:
    text = "The mayor sat with Bo Lind, who last week surprised Ruiz by declaring he would quit."
    assert speakers(text) == [("he would quit", "who")]
    # in the main clause the subject stays
    text = "The mayor surprised Ruiz by declaring he would quit."
    assert speakers(text) == [("he would quit", "The mayor")]
