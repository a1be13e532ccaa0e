"""Speaker choice for a cue inside a clause a conjunction opens, and the questions
verbs of asking report (short texts written here)."""

from __future__ import annotations

from quote_helpers import speakers


def test_a_coordinated_cue_in_a_when_clause_is_that_clause_subjects() -> None:
    text = ("The anger spilled over at a meeting in Bangor on Monday when Ana Ruiz took "
            "the floor and accused the council of neglecting the harbour.")
    assert speakers(text) == [("the council of neglecting the harbour", "Ana Ruiz")]


def test_an_infinitive_cue_after_but_is_the_later_clause_subjects() -> None:
    text = ("Ruiz lacks the backing of the union, but she is expected to argue that the "
            "harbour needs a new bridge.")
    assert speakers(text) == [("that the harbour needs a new bridge", "she")]


def test_an_infinitive_cue_after_a_subordinator_is_its_clause_subjects() -> None:
    text = ("The council lost the case because the harbour board had tried to deny that "
            "the ferry was unsafe.")
    assert speakers(text) == [("that the ferry was unsafe", "the harbour board")]


def test_the_conjunction_clause_needs_a_subject_with_a_verb() -> None:
    # "after the vote on Tuesday": no clause, the cue is the main subject's
    text = ("Ana Ruiz spoke after the vote on Tuesday and said that the ferry would run "
            "again in May.")
    assert speakers(text) == [("that the ferry would run again in May", "Ana Ruiz")]
    # an expletive "it" names nobody
    text = ("Ana Ruiz hesitated, and it is hard to say whether the ferry will run again "
            "in May.")
    assert all(s != "it" for _c, s in speakers(text))


def test_an_as_clause_opening_the_sentence_is_an_adverbial() -> None:
    text = ("As news of the vote spread on Tuesday, she gave a speech in Bangor, predicting "
            "she would win the county.")
    assert speakers(text) == [("she would win the county", "she")]


def test_an_as_clause_that_reports_is_no_adverbial() -> None:
    # the segment's verb introduces the quotation after its comma
    text = ('Under the new rules, the ferry is late. As the harbour choir sang in 1990, '
            '"The tide will turn for all of us."')
    found = speakers(text)
    assert len(found) == 1 and found[0][1].startswith("the harbour choir")


def test_an_embedded_question_after_asked_is_the_askers_report() -> None:
    text = "Later, a reporter asked Ruiz if the ferry would run again."
    assert speakers(text) == [("if the ferry would run again", "a reporter")]
    text = "The pilots' union asked whether the council would pay for the new ferry."
    assert speakers(text) == [
        ("whether the council would pay for the new ferry", "The pilots' union")]


def test_asked_with_an_object_and_no_question_is_no_report() -> None:
    text = "Ana Ruiz asked the harbour board for a new ferry timetable last week."
    assert speakers(text) == []


def test_a_question_in_a_when_clause_ends_at_its_comma() -> None:
    text = ('Last month, when I asked Ana Ruiz if she would ever back the ferry plan, she '
            'looked at me and said, "Never."')
    assert speakers(text) == [("if she would ever back the ferry plan", "I"),
                              ("Never.", "she")]


def test_questioning_or_wondering_whether_reports_the_question() -> None:
    text = "Lind is questioning whether the council can pay for the ferry."
    assert speakers(text) == [("whether the council can pay for the ferry", "Lind")]
    text = "Many pilots are wondering if the ferry will run again."
    assert speakers(text) == [("if the ferry will run again", "Many pilots")]


def test_a_contracted_pronoun_opens_the_later_clause() -> None:
    text = ("Ruiz doesn’t have the backing of the union, but she’s expected to argue that "
            "the harbour needs a new bridge.")
    assert speakers(text) == [("that the harbour needs a new bridge", "she")]


def test_may_well_stands_between_a_speaker_and_the_cue() -> None:
    text = "She may well argue that the harbour needs a new bridge."
    assert speakers(text) == [("that the harbour needs a new bridge", "She")]
    text = ("The pilots remain on the sidelines, though they may well endorse Ruiz in "
            "coming weeks.")
    assert [s for _c, s in speakers(text)] == ["they"]


def test_an_infinitive_of_questioning_reports_the_question() -> None:
    text = "The delays led some pilots to question whether the ferry would ever run."
    assert speakers(text) == [("whether the ferry would ever run", "some pilots")]
    # no question, no report of the weak cue
    text = "The delays led some pilots to question the ferry timetable."
    assert speakers(text) == []
