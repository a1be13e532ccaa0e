"""Which subject in the sentence speaks a cue when another clause's subject stands
before it (short texts written here)."""

from __future__ import annotations

from quote_helpers import speakers


def test_participle_after_a_coordinated_clause_is_that_clauses() -> None:
    # a quotation in the report: the participle goes with the clause ", and" opens
    text = ('The mayor made the pier a priority, but the plan stalled, and she has fought '
            'the council since, at one point calling its chair a "liar."')
    assert speakers(text) == [('its chair a "liar."', "she")]
    text = ('Lind backed the toll on Monday, and the Ferry Riders Union sued the port '
            'last week, saying the toll is "a robbery."')
    assert speakers(text) == [('the toll is "a robbery."', "the Ferry Riders Union")]


def test_participle_after_one_clause_is_its_subjects() -> None:
    text = 'Ana Ruiz toured the new pier on Monday, calling it "a fine start."'
    assert speakers(text) == [('it "a fine start."', "Ana Ruiz")]


def test_coordinated_cue_after_a_semicolon_is_that_clauses() -> None:
    text = ("The mayor's plan ushered in a thaw; she helped broker a truce that fall and "
            "decided to make the pier the first stop of her tour.")
    assert speakers(text) == [("to make the pier the first stop of her tour", "she")]
    text = "Ruiz left the hall after the vote and decided to appeal the toll."
    assert speakers(text) == [("to appeal the toll", "Ruiz")]


def test_cue_coordinated_with_a_verb_phrase_is_its_subjects() -> None:
    # the cue's verb phrase joins the one after the pronoun, an adverbial between
    text = ("Lind founded the ferry line. A Democrat, he backed Ruiz in 2012 and, in later "
            "contests, has supported Sen. Jo Stone and Ana Berg.")
    assert speakers(text) == [("Sen. Jo Stone and Ana Berg", "he")]
    text = ("Along with her husband, Milo Berg, a banker, she has given to many candidates, "
            "but plans to narrow her support to one.")
    assert speakers(text) == [("to narrow her support to one", "she")]


def test_an_apposition_before_the_cue_keeps_its_name() -> None:
    text = "Milo Berg, a banker from Dover, plans to narrow his support to one."
    assert speakers(text) == [("to narrow his support to one", "Milo Berg")]


def test_a_quantifier_before_a_parenthetical_cue_is_the_speaker() -> None:
    # "many" between commas is the subject of the cue, not an apposition of the name
    text = "Lind's endorsement of Ruiz, many think, is only a matter of time."
    found = speakers(text)
    assert len(found) == 1
    assert found[0][1] == "many"
    text = "Ana Ruiz, the mayor's deputy, thinks the fares will rise."
    assert speakers(text) == [("the fares will rise", "Ana Ruiz")]


def test_a_nominal_with_a_perfect_after_a_subordinator_speaks() -> None:
    text = ("The ferry is late after the mayor had said on Saturday that the fares would "
            "rise by May.")
    assert speakers(text) == [("that the fares would rise by May", "the mayor")]


def test_a_cue_participle_after_a_parenthetical_report_is_its_speakers() -> None:
    text = ("Ruiz knows the cost firsthand. Her sister had struggled her whole life, Ruiz "
            "explained, recalling the time she and her father visited her at a shelter.")
    assert ("the time she and her father visited her at a shelter", "Ruiz") in speakers(text)


def test_a_noun_in_s_before_the_comma_carries_nothing() -> None:
    text = ("Lind has worked to calm Danish fears, reassuring his counterpart Ana Ruiz that "
            "Dover has no plans to counter her country's dominance.")
    found = speakers(text)
    assert found and all(speaker != "Danish" for _, speaker in found)
