"""Where indirect content ends: a trailing participle that is no cue (short texts
written here)."""

from __future__ import annotations

from quote_helpers import contents


def test_a_participle_that_is_no_cue_goes_on_the_content() -> None:
    text = "Ana Ruiz said the ferry would stop in March, leaving the island towns cut off."
    assert contents(text) == ["the ferry would stop in March, leaving the island towns cut off"]


def test_a_participle_that_reports_ends_the_content() -> None:
    text = "Ana Ruiz said the ferry would stop in March, adding that the bridge could wait."
    assert "the ferry would stop in March" in contents(text)
    text = "Ana Ruiz said the ferry would stop in March, according to the harbour office."
    assert not any("according" in c for c in contents(text))


def test_a_second_participle_that_reports_ends_the_content() -> None:
    text = ("Bo Lind said the bridge was in poor shape, pointing at the cracks and "
            "warning that it could close.")
    assert "the bridge was in poor shape" in contents(text)


def test_after_an_infinitive_the_participle_is_the_subjects() -> None:
    text = "Ana Ruiz vowed to keep the ferry running, defying the council once again."
    assert contents(text) == ["to keep the ferry running"]


def test_after_a_quotation_the_participle_is_the_writers() -> None:
    text = 'Bo Lind said the plan was “a good start” for the towns, drawing cheers from the crowd.'
    assert contents(text) == ["the plan was “a good start” for the towns"]


def test_an_asked_question_goes_on_past_an_initials_full_stop() -> None:
    text = ("“We will see,” Ana Ruiz said when asked whether the ferry would run to the "
            "U.S. from Canada next year.")
    assert "whether the ferry would run to the U.S. from Canada next year" in contents(text)


def test_a_closing_attribution_after_a_quotation_is_no_part_of_the_content() -> None:
    text = ("Ana Ruiz said the ferry was late again, adding that it was “a disgrace for "
            "the island towns,” she told reporters on Monday.")
    found = contents(text)
    assert "that it was “a disgrace for the island towns" in found
    assert not any(c.endswith("on Monday") for c in found)


def test_a_closing_attribution_of_according_to_stays() -> None:
    text = ("According to Ana Ruiz, the new timetable was “a fair deal for the island "
            "towns,” Bo Lind said.")
    assert not any(c.endswith("island towns") for c in contents(text))


def test_the_reports_occasion_after_an_object_with_two_words_before_its_noun() -> None:
    text = "Ana Ruiz blasted the harbour master during a long campaign rally."
    assert contents(text) == ["the harbour master"]


def test_a_word_in_ing_after_a_possessive_is_a_noun_of_the_object() -> None:
    text = "Ana Ruiz explained her reasoning in an appearance on Harbour Radio."
    assert contents(text) == ["her reasoning"]


def test_an_adjunct_before_a_that_clause_of_the_object_stays() -> None:
    text = "Bo Lind repeated his warning on Monday that the old bridge needed repairs."
    assert not any(c == "his warning" for c in contents(text))


def test_the_reports_month_may_carry_a_year_and_may_be_may() -> None:
    assert contents("Ana Ruiz announced her candidacy in June 2015.") == ["her candidacy"]
    assert contents("Ana Ruiz endorsed Bo Lind in late May.") == ["Bo Lind"]


def test_a_plural_after_a_determiner_is_a_noun_of_the_object() -> None:
    assert contents("Ana Ruiz denied the charges through her lawyer.") == ["the charges"]
