"""Nested reports: a report inside the content of another is the outer one's (short
texts written here)."""

from __future__ import annotations

import pytest

from quote_helpers import described


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue, speaker mention) of each quote of ``text``."""
    return described(text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [('"Thank you," Bo Lind answered, before adding that he thinks the toll was fair.',
      "adding", "Bo Lind"),
     ('"We will manage," she added, while also saying that she expects to win.',
      "saying", "she"),
     ("Ana Ruiz left the hall, after telling reporters that she believes the plan is dead.",
      "telling", "Ana Ruiz")],
)
def test_a_participle_after_a_subordinator_reports_for_the_clause_subject(
        text: str, cue: str, speaker: str) -> None:
    # the participle's content holds the inner report ("he thinks …"), not the
    # other way round
    last = found(text)[-1]
    assert (last[2], last[3]) == (cue, speaker)
    assert last[1].startswith("that ")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [("The ferryman brooded on what he said worries him about the bridge.",
      "what he said worries him about the bridge", "The ferryman"),
     ("The teachers also dwelled on what they said was a shortage of books.",
      "what they said was a shortage of books", "The teachers"),
     ('Bo Lind has grumbled about what he calls the "toll gang."',
      'the "toll gang."', "Bo Lind"),
     ("The engineer has offered few details on how he planned to mend the bridge.",
      "how he planned to mend the bridge", "The engineer"),
     ("Moderator Bo Lind started by asking Ruiz why he decided to attack the mayor.",
      "why he decided to attack the mayor", "Moderator Bo Lind")],
)
def test_what_a_pronoun_says_as_an_object_is_the_subjects_report(
        text: str, content: str, speaker: str) -> None:
    assert [(q[1], q[3]) for q in found(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("But he brooded on what he said were faults in the council's plan.", "he"),
     ("The ferries keep up with what she said is rising traffic.", "she"),
     ("The mayor, a lawyer, helped ferries keep up with what she said is rising traffic.", "she"),
     ("The teachers brooded on what he said worries him about the bridge.", "he")],
)
def test_the_pronoun_stays_without_a_subject_it_can_stand_for(text: str,
                                                               speaker: str) -> None:
    assert [q[3] for q in found(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [("Ms. Lee said she weighed how parents would react, but she hoped to be "
      "honest.",
      "she weighed how parents would react, but she hoped to be honest"),
     ("Bo Lind said the toll is high and he feels he can lower it.",
      "the toll is high and he feels he can lower it"),
     ("Bo Lind says he knew little about the plan, but now Lind plans to vote for it.",
      "he knew little about the plan, but now Lind plans to vote for it")],
)
def test_a_clause_of_thought_coordinated_after_a_report_goes_on_its_content(
        text: str, content: str) -> None:
    assert [q[1] for q in found(text)] == [content]


@pytest.mark.parametrize(
    "text",
    ["Ana Ruiz said the fee was fair, and I think the council agrees with her.",
     "I think the bridge is safe, and I think the council will reopen it.",
     "Bo Lind said the bridge was safe, but Ana Ruiz, who runs the ferry, also "
     "believes the fee is fair."],
)
def test_a_second_report_of_its_own_stays(text: str) -> None:
    assert len(found(text)) == 2


def test_a_paragraph_announced_by_a_verb_and_a_colon_is_the_report() -> None:
    text = ("Lea Stone writes:\n\nThe film names neither the mayor nor the judge. The "
            "council thinks it was unfair.\n\nThe film opens Friday.")
    assert [(q[0], q[1], q[2], q[3]) for q in found(text)] == [
        ("indirect", "The film names neither the mayor nor the judge. The council thinks "
         "it was unfair.", "writes", "Lea Stone")]


def test_no_paragraph_report_after_an_object_before_the_colon() -> None:
    text = "The paper noted the sparse crowd:\n\nFew people came to the hall, Ana Ruiz says."
    assert [q[3] for q in found(text) if "Few" in q[1]] == ["Ana Ruiz"]
