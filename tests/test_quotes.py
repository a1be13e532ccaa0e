"""Quote constructions, each on short texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newskit.lexicons import Lexicons
from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _fallback_blocks, _Finder
from newskit.types import Actor, Article, Block, Mention, Quote, Span


def run(text: str, actors: tuple[Actor, ...] = (), blocks: Any = None) -> dict[str, Any]:
    layers = {
        "blocks": tuple(blocks) if blocks is not None else tuple(_fallback_blocks(text)),
        "sentences": (),
        "actors": actors,
    }
    return dict(QuoteExtractor(Lexicons()).extract(Article(id="t", text=text), layers))


def quotes(text: str, **kw: Any) -> list[Quote]:
    return list(run(text, **kw)["quotes"])


def parts(text: str, q: Quote) -> list[str]:
    return [p.text(text) for p in q.parts]


def said(text: str, q: Quote) -> tuple[str | None, str | None]:
    sm = q.speaker_mention.text(text) if q.speaker_mention else None
    cue = q.cue.text(text) if q.cue else None
    return sm, cue


def person(actor_id: str, name: str, text: str, *more: str, **kw: Any) -> Actor:
    spans = []
    for needle in (name, *more):
        start = text.index(needle)
        spans.append(Mention(span=Span(start=start, end=start + len(needle))))
    return Actor(id=actor_id, name=name, kind=kw.pop("kind", "person"), mentions=spans, **kw)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"The plan is dead," Anna Berg said.', "The plan is dead,"),
        ("“The plan is dead,” Anna Berg said.", "The plan is dead,"),
        ("« The plan is dead », Anna Berg said.", "The plan is dead"),
        ("„The plan is dead“, Anna Berg said.", "The plan is dead"),
    ],
)
def test_direct_quote_in_each_mark_style(text: str, content: str) -> None:
    (q,) = quotes(text)
    assert q.kind == "direct"
    assert parts(text, q) == [content]
    assert said(text, q) == ("Anna Berg", "said")
    assert q.speaker is not None


def test_speaker_before_the_quote() -> None:
    text = 'Mayor Tom Hale said: "We will rebuild the bridge."'
    (q,) = quotes(text)
    assert q.kind == "direct"
    assert parts(text, q) == ["We will rebuild the bridge."]
    assert said(text, q) == ("Mayor Tom Hale", "said")


def test_inverted_cue_and_title() -> None:
    text = '"Prices will fall," said Finance Minister Lea Stone.'
    (q,) = quotes(text)
    assert said(text, q) == ("Finance Minister Lea Stone", "said")


def test_single_quotes_in_a_headline() -> None:
    text = "Stone: 'Prices will fall soon'\n\nThe minister spoke in Oslo on Monday."
    blocks = [
        Block(type="heading", span=Span(start=0, end=29)),
        Block(type="paragraph", span=Span(start=31, end=len(text))),
    ]
    (q,) = quotes(text, blocks=blocks)
    assert parts(text, q) == ["Prices will fall soon"]


def test_apostrophes_do_not_pair_in_a_headline() -> None:
    text = "Stone's plan: prices won't fall\n\nNothing else."
    blocks = [
        Block(type="heading", span=Span(start=0, end=31)),
        Block(type="paragraph", span=Span(start=33, end=len(text))),
    ]
    assert quotes(text, blocks=blocks) == []


def test_nested_quote_stays_inside() -> None:
    text = "“They told us ‘wait’ and then “go home,” which we did,” Lea Stone said."
    (q,) = quotes(text)
    assert parts(text, q) == ["They told us ‘wait’ and then “go home,” which we did,"]


def test_split_quote_is_one_quote_with_two_parts() -> None:
    text = '"The first part," he said, "and the second part."'
    (q,) = quotes(text)
    assert q.kind == "direct"
    assert parts(text, q) == ["The first part,", "and the second part."]
    assert said(text, q) == ("he", "said")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a one-word quotation with its own attribution is a quote
        ('The mayor paused. "Fine," she said.', ["Fine,"], ("she", "said")),
        ('The mayor paused. "Fine," wrote a reader.', ["Fine,"], ("a reader", "wrote")),
        ('"Honestly," he said, "the bridge is safe."', ["Honestly,", "the bridge is safe."],
         ("he", "said")),
    ],
)
def test_one_word_quotation_with_an_attribution(
        text: str, content: list[str], speaker: tuple[str, str]) -> None:
    (q,) = quotes(text)
    assert q.kind == "direct"
    assert parts(text, q) == content
    assert said(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('The mayor wrote to us. "We will open the bridge," read the letter. "It is safe."',
         ["We will open the bridge,", "It is safe."], ("the letter", "read")),
        ('"We will open the bridge," reads the letter.', ["We will open the bridge,"],
         ("the letter", "reads")),
    ],
)
def test_read_after_a_quotation(text: str, content: list[str],
                                speaker: tuple[str, str]) -> None:
    (q,) = quotes(text)
    assert parts(text, q) == content
    assert said(text, q) == speaker


def test_read_after_a_comma_reports_nothing() -> None:
    assert quotes("Ana Ruiz bought apples at the market, read the paper and left.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the object of a cue before a colon is no speaker label: the clause's
        # subject speaks the quotation
        ('Tom Lee later Thursday told Fox News: "We will open the bridge."', "Tom Lee"),
        ('He said of the council: "They need to act now."', "He"),
        # a label, also after a cue opening the sentence
        ('Pollster Ana Ruiz: "We will open the bridge."', "Pollster Ana Ruiz"),
    ],
)
def test_colon_after_an_object_of_a_cue(text: str, speaker: str) -> None:
    (q,) = quotes(text)
    assert said(text, q)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name after the preposition of a participle or relative clause is its
        # object; the noun the clause modifies is the subject
        ('Another city source speaking to The Daily Star said, "The bridge will open soon."',
         ("Another city source", "said")),
        ("Two officials who spoke with The Daily Star said the bridge would open in May.",
         ("Two officials", "said")),
        # a verb after an auxiliary is no modifier
        ("Ana Ruiz is seizing upon a Daily Star report that the bridge will open.",
         ("a Daily Star", "report")),
    ],
)
def test_object_of_a_modifier_is_no_speaker(text: str, speaker: tuple[str, str]) -> None:
    (q,) = quotes(text)
    assert said(text, q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Jo Hemsley, the co-author of "Low Tide," said the old ferry days are over.',
        'Jo Hemsley, the co-author of "Low Tide," about the harbour towns, said the old '
        "ferry days are over.",
    ],
)
def test_title_in_the_apposition_of_a_subject(text: str) -> None:
    (q,) = quotes(text)
    assert parts(text, q) == ["the old ferry days are over"]
    assert said(text, q) == ("Jo Hemsley", "said")


def test_split_quote_across_sentences() -> None:
    text = "“We are ready,” Berg told reporters. “The door is open.”"
    (q,) = quotes(text)
    assert parts(text, q) == ["We are ready,", "The door is open."]
    assert said(text, q) == ("Berg", "told")


def test_multi_paragraph_quote() -> None:
    text = (
        'Lea Stone said: "The first paragraph of the statement.\n\n'
        '"The second paragraph ends it."\n\n'
        "Then the meeting closed."
    )
    (q,) = quotes(text)
    assert parts(text, q) == [
        "The first paragraph of the statement.",
        "The second paragraph ends it.",
    ]
    assert said(text, q) == ("Lea Stone", "said")


def test_misplaced_closing_mark_glued_to_the_next_word() -> None:
    text = (
        '"The office will open next year, and it will be small, "the newspaper writes.\n\n'
        "Later, the talks resumed."
    )
    (q,) = quotes(text)
    assert q.kind == "direct"
    assert parts(text, q) == ["The office will open next year, and it will be small,"]
    assert said(text, q) == ("the newspaper", "writes")


def test_unbalanced_marks_do_not_swallow_the_article() -> None:
    text = (
        'He called it "unfair and went home.\n\n'
        '"We will appeal," Lea Stone said.\n\n'
        'A third paragraph without marks.'
    )
    qs = quotes(text)
    assert [parts(text, q) for q in qs] == [["We will appeal,"]]
    assert all(q.end < text.index("A third") for q in qs)


def test_many_unbalanced_marks_finish() -> None:
    text = 'x "' * 3000
    result = run(text)
    assert all(len(q.span) < 10 for q in result["quotes"])


def test_mixed_quote_content_starts_at_the_paraphrase() -> None:
    text = "Clinton “is dogged, resilient,” the newspaper wrote."
    (q,) = quotes(text)
    assert q.kind == "mixed"
    assert q.start == 0
    assert parts(text, q)[0].startswith("Clinton “is dogged")
    assert said(text, q) == ("the newspaper", "wrote")


def test_mixed_quote_after_the_cue() -> None:
    text = "Lea Stone said the plan was “dead on arrival” in the Senate."
    (q,) = quotes(text)
    assert q.kind == "mixed"
    assert parts(text, q)[0].startswith("the plan was")
    assert said(text, q) == ("Lea Stone", "said")


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("Lea Stone said that the bridge would reopen in May.",
         "that the bridge would reopen in May", "Lea Stone", "said"),
        ("The minister stressed that talks must continue.",
         "that talks must continue", "The minister", "stressed"),
        ("The company announced a new plant in Ohio.",
         "a new plant in Ohio", "The company", "announced"),
        ("The bridge will reopen in May, Lea Stone said.",
         "The bridge will reopen in May", "Lea Stone", "said"),
        ("According to Lea Stone, the bridge will reopen in May.",
         "the bridge will reopen in May", "Lea Stone", "According to"),
        ("The bridge will reopen in May, according to Lea Stone.",
         "The bridge will reopen in May", "Lea Stone", "according to"),
    ],
)
def test_indirect_attribution(text: str, content: str, speaker: str, cue: str) -> None:
    (q,) = quotes(text)
    assert q.kind == "indirect"
    assert parts(text, q) == [content]
    assert said(text, q) == (speaker, cue)


def test_point_of_view_frame() -> None:
    text = "From the mayor's point of view, the bridge is safe."
    (q,) = quotes(text)
    assert parts(text, q) == ["the bridge is safe"]
    assert said(text, q)[0] == "the mayor"


def test_agent_phrase() -> None:
    text = "The plans to close the bridge were commented on by Mayor Lea Stone."
    (q,) = quotes(text)
    assert said(text, q) == ("Mayor Lea Stone", "were commented on by")
    assert parts(text, q) == ["The plans to close the bridge"]


@pytest.mark.parametrize(
    "text",
    [
        "According to newspaper sources, the two sides will sign a deal.",
        "The two sides will sign a deal, officials said.",
    ],
)
def test_anonymous_sourcing(text: str) -> None:
    (q,) = quotes(text)
    assert q.anonymous


def test_speaker_resolution_pronoun_role_noun_and_surname() -> None:
    text = (
        "Foreign Minister Lea Stone arrived in Oslo.\n\n"
        '"We are ready," the minister said.\n\n'
        "According to her, the talks will last a week.\n\n"
        '"Nothing is decided," Stone added.'
    )
    stone = person("a1", "Lea Stone", text, "Foreign Minister Lea Stone", roles=("minister",))
    result = run(text, actors=(stone,))
    qs = result["quotes"]
    assert [q.speaker for q in qs] == ["a1", "a1", "a1"]
    (actor,) = result["actors"]
    kinds = {m.span.text(text): m.kind for m in actor.mentions}
    assert kinds["the minister"] == "nominal"
    assert kinds["her"] == "pronoun"
    assert kinds["Stone"] == "alias"


def test_the_newspaper_is_the_medium() -> None:
    text = (
        "The newspaper Nikkei reported the plan on Monday.\n\n"
        '"The office will open next year," the newspaper writes.'
    )
    nikkei = person("m1", "Nikkei", text, kind="media")
    result = run(text, actors=(nikkei,))
    assert result["quotes"][-1].speaker == "m1"


def test_unnamed_group_source_is_anonymous_group_actor() -> None:
    text = "Analysts say the market will recover next year."
    result = run(text)
    (q,) = result["quotes"]
    assert q.anonymous
    (group,) = result["actors"]
    assert (q.speaker, group.kind, group.name) == (group.id, "group", "Analysts")


def test_a_plural_organisation_noun_is_a_group_not_the_person_before() -> None:
    text = "Ana Ruiz met Ed Park in Oslo. The bridge will reopen in May, the two ministries said."
    ruiz = person("a1", "Ana Ruiz", text)
    park = person("a2", "Ed Park", text)
    result = run(text, actors=(ruiz, park))
    (q,) = result["quotes"]
    group = next(a for a in result["actors"] if a.id == q.speaker)
    assert (group.kind, group.name) == ("group", "the two ministries")


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [("Harbour Talks Will Reopen In May, Ana Ruiz Says.", "Harbour Talks Will Reopen In May",
      "Ana Ruiz"),
     ("Toll Could Rise Again, Former Mayor Says.", "Toll Could Rise Again", "Former Mayor")])
def test_a_title_case_headline_closing_with_its_attribution(headline: str, content: str,
                                                           speaker: str) -> None:
    text = headline + "\n\nThe talks will start in May."
    blocks = [Block(type="heading", span=Span(start=0, end=len(headline))),
              Block(type="paragraph", span=Span(start=len(headline) + 2, end=len(text)))]
    (q,) = quotes(text, blocks=blocks)
    assert parts(text, q) == [content]
    assert said(text, q) == (speaker, "Says")


def test_a_title_case_cue_inside_a_headline_is_no_report() -> None:
    # the words of a title-case headline are no cue unless they close it as its
    # attribution
    headline = "Ana Ruiz Says Harbour Talks Will Reopen, Lists Her Terms."
    text = headline + "\n\nThe talks will start in May."
    blocks = [Block(type="heading", span=Span(start=0, end=len(headline))),
              Block(type="paragraph", span=Span(start=len(headline) + 2, end=len(text)))]
    assert quotes(text, blocks=blocks) == []


def test_a_commitment_in_the_headline_is_no_report() -> None:
    text = "Ministers agree to reopen harbour talks\n\nThe talks will start in May."
    blocks = [
        Block(type="heading", span=Span(start=0, end=39)),
        Block(type="paragraph", span=Span(start=41, end=len(text))),
    ]
    assert quotes(text, blocks=blocks) == []
    # a report in the headline stays one, and so does a commitment in the body
    text = "Minister says harbour talks will reopen\n\nThe talks will start in May."
    (q,) = quotes(text, blocks=blocks)
    assert said(text, q) == ("Minister", "says")
    text = "Ana Ruiz agreed to reopen the harbour talks."
    (q,) = quotes(text)
    assert parts(text, q) == ["to reopen the harbour talks"]


def test_unnamed_sources_have_no_speaker() -> None:
    text = "The deal will be signed in May, sources said."
    (q,) = quotes(text)
    assert q.anonymous
    assert q.speaker is None
    assert said(text, q) == ("sources", "said")


def test_ids_in_text_order_and_spans_fit() -> None:
    text = (
        '"One," said Lea Stone. She added that two would follow.\n\n'
        "According to officials, three is next."
    )
    qs = quotes(text)
    assert [q.id for q in qs] == [f"q{i}" for i in range(1, len(qs) + 1)]
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    assert all(q.end <= len(text) for q in qs)


def test_captions_and_credits_are_never_quotes() -> None:
    text = '"Storm over Oslo," the photographer said\n\nAP'
    blocks = [
        Block(type="caption", span=Span(start=0, end=40)),
        Block(type="credit", span=Span(start=42, end=44)),
    ]
    assert quotes(text, blocks=blocks) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Lea Stone cut the ribbon on Monday, saying the town had no choice.",
         "the town had no choice", "Lea Stone"),
        ("A new poll showed Stone leading the race by ten points.",
         "Stone leading the race by ten points", "A new poll"),
        ("Stone vowed to rebuild the bridge before winter.",
         "to rebuild the bridge before winter", "Stone"),
        ("Within the council, two members said, the mood has changed.",
         "the mood has changed", "two members"),
    ],
)
def test_more_indirect_frames(text: str, content: str, speaker: str) -> None:
    (q,) = quotes(text)
    assert parts(text, q)[-1] == content
    assert said(text, q)[0] == speaker


def test_relative_pronoun_speaker_resolves_to_the_antecedent() -> None:
    text = "Mayor Lea Stone, who said that the bridge was safe, left the meeting early."
    stone = person("a1", "Lea Stone", text)
    result = run(text, actors=(stone,))
    (q,) = result["quotes"]
    assert said(text, q) == ("who", "said")
    assert q.speaker == "a1"


def test_speaker_label_of_a_transcript() -> None:
    text = "TAPPER: Let me ask you about the bridge and the budget.\n\nSTONE: It will reopen."
    qs = quotes(text)
    assert [said(text, q)[0] for q in qs] == ["TAPPER", "STONE"]
    assert parts(text, qs[0]) == ["Let me ask you about the bridge and the budget"]


def test_participle_subject_is_never_inside_the_quotation() -> None:
    text = '"Never again. Never," Lena Park replied, adding that the vote would wait.'
    qs = quotes(text)
    assert [said(text, q)[0] for q in qs] == ["Lena Park", "Lena Park"]


def test_time_phrase_is_not_a_speaker() -> None:
    text = "A week later, however, Tom Reyes said he was open to the deal."
    (q,) = quotes(text)
    assert said(text, q) == ("Tom Reyes", "said")


def test_name_before_an_apposition_is_the_speaker() -> None:
    text = "Mira Holt, the town's deputy manager, said the road would close for a month."
    (q,) = quotes(text)
    assert said(text, q)[0] == "Mira Holt"
    assert parts(text, q) == ["the road would close for a month"]


def test_quotation_after_a_paraphrase_continues_it() -> None:
    text = 'Ines Roy said she had made real progress. "We are not done yet."'
    (q,) = quotes(text)
    assert q.kind == "mixed"
    assert parts(text, q) == ["she had made real progress", "We are not done yet."]
    assert said(text, q)[0] == "Ines Roy"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Cruz said the mill would close, and the town council voted to fight it.",
         "the mill would close"),
        ("Ana Cruz said the mill would close and warned that jobs would go.",
         "the mill would close"),
        ("Ana Cruz said the mill would close; the council disagreed.", "the mill would close"),
        # a relative clause stays in the content
        ("Ana Cruz said the mill, which opened in 1920, would close.",
         "the mill, which opened in 1920, would close"),
    ],
)
def test_content_ends_before_a_coordinated_clause(text: str, content: str) -> None:
    (q, *_) = quotes(text)
    assert parts(text, q) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a concessive clause with a subject of its own goes on the report
        ("Ana Cruz said 40 percent of the staff backed the plan, while 31 percent were "
         "against it.",
         "40 percent of the staff backed the plan, while 31 percent were against it"),
        ("Ana Cruz said the mill was safe, although the roof needs new beams.",
         "the mill was safe, although the roof needs new beams"),
        # one opening with a participle or holding a report of its own does not
        ("Ana Cruz said the mill would close, while praising its workers.",
         "the mill would close"),
        ("Ana Cruz said the mill would close, while Tom Berg said it would stay open.",
         "the mill would close"),
    ],
)
def test_concessive_clause_without_a_report_of_its_own(text: str, content: str) -> None:
    (q, *_) = quotes(text)
    assert parts(text, q) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # ", but" before a verb phrase of the content's subject, a second "that"
        # or a contrasted phrase goes on the report
        ("Ana Cruz said the mill would close in May, but would reopen in June.",
         "the mill would close in May, but would reopen in June"),
        ("Ana Cruz said that the mill would close, but that the jobs would stay.",
         "that the mill would close, but that the jobs would stay"),
        ("Ana Cruz said the mill makes paper, but not cardboard.",
         "the mill makes paper, but not cardboard"),
        # "but that" before a verb is a pronoun subject; a clause, a past tense
        # after "also", and a verb phrase after an infinitive still stop it
        ("Ana Cruz said the mill would close, but that was not certain.",
         "the mill would close"),
        ("Ana Cruz said the mill would close, but the council wants it open.",
         "the mill would close"),
        ("Ana Cruz praised the mill workers at length, but also warned of cuts.",
         "the mill workers at length"),
        ("Ana Cruz vowed to keep the mill open, but was outvoted by the council.",
         "to keep the mill open"),
    ],
)
def test_contrast_sharing_the_content_subject(text: str, content: str) -> None:
    (q, *_) = quotes(text)
    assert parts(text, q) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # " and" before a past tense goes on a content that is a clause
        ("Ana Cruz said she was weary of the delays and missed the old ferry.",
         "she was weary of the delays and missed the old ferry"),
        ("Ana Cruz said that the mill had closed and moved its looms to Leeds.",
         "that the mill had closed and moved its looms to Leeds"),
        # not before a cue (a second report), nor after an object
        ("Ana Cruz said she was weary of the delays and insisted on a new bridge.",
         "she was weary of the delays"),
        ("Ana Cruz praised the mill workers and visited the new bridge.",
         "the mill workers"),
    ],
)
def test_coordinated_verb_phrase_of_a_reported_clause(text: str, content: str) -> None:
    (q, *_) = quotes(text)
    assert parts(text, q) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("However, the bridge will stay closed until May, Ana Ruiz said.",
         "the bridge will stay closed until May"),
        ("In fact, the mill made a profit last year, according to Tom Berg.",
         "the mill made a profit last year"),
        ("Ana Ruiz said, however, that the bridge would reopen.",
         "that the bridge would reopen"),
        # an adverbial of time is part of the report
        ("In May, the bridge will close, Ana Ruiz said.", "In May, the bridge will close"),
    ],
)
def test_contrastive_connective_is_not_content(text: str, content: str) -> None:
    (q, *_) = quotes(text)
    assert parts(text, q) == [content]


def test_scare_quoted_word_without_a_speaker_is_not_a_quote() -> None:
    text = "For years there was a “sanctuary” for artists and their patrons."
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an object noun phrase before "that" is part of the content
        ("The mayor noted the council's decision that the pool would stay shut.",
         "the council's decision that the pool would stay shut"),
        # an adjunct before "that" is not
        ("The mayor said on Monday that the pool would stay shut.",
         "that the pool would stay shut"),
        ("A harbour spokesman declined to comment on new budget figures.",
         "new budget figures"),
        # a leading adverbial stays in content before "according to"
        ("In 2019, most farms lost money on grain, according to the county office.",
         "In 2019, most farms lost money on grain"),
    ],
)
def test_where_indirect_content_starts(text: str, content: str) -> None:
    (q,) = quotes(text)
    assert parts(text, q) == [content]


def test_participle_subject_before_an_inner_quotation() -> None:
    text = 'Omar Lind called the plan "reckless" on Friday, saying that costs would double.'
    qs = quotes(text)
    assert all(said(text, q)[0] == "Omar Lind" for q in qs)
    assert any(parts(text, q) == ["that costs would double"] for q in qs)


def test_mixed_content_ends_with_a_quotation_ending_its_sentence() -> None:
    text = ('Lars Berg said the fund was "nearly empty." Her father, Tom, worried '
            "that too many voters ignore the news.")
    q = quotes(text)[0]
    assert q.kind == "mixed"
    assert parts(text, q) == ['the fund was "nearly empty."']


def test_later_cue_does_not_take_an_earlier_report_as_its_content() -> None:
    text = "Mia Lund said the mill had closed, but Mia Lund did not say when."
    qs = quotes(text)
    assert [parts(text, q) for q in qs] == [["the mill had closed"]]


@pytest.mark.parametrize(
    "text",
    ['"We will win," said Rick Olsen, a strategist.',
     '"We will win," The Daily Herald reported.'],
)
def test_speaker_mention_holds_no_verb(text: str) -> None:
    (q,) = quotes(text)
    sm = said(text, q)[0]
    assert sm is not None and not sm.endswith(("said", "reported")) and "said" not in sm


def test_passive_report_has_no_speaker_and_keeps_its_subject() -> None:
    text = "The central bank is widely expected to hold rates steady next month."
    (q,) = quotes(text)
    assert q.speaker_mention is None and q.speaker is None
    assert parts(text, q) == ["The central bank is widely expected to hold rates steady next month"]
    assert said(text, q)[1] == "is widely expected"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a report inside an opening subordinate clause ends at the clause's comma,
        # however short it is
        ("While many owners opposed those rules, the council has shown little interest.",
         "those rules"),
        ("When Ana Ruiz said she would vote, the council cheered.", "she would vote"),
    ],
)
def test_a_report_in_an_opening_subordinate_clause_ends_at_its_comma(text: str,
                                                                     content: str) -> None:
    (q,) = quotes(text)
    assert parts(text, q) == [content]


def test_passive_intended_to_is_a_report_with_no_speaker() -> None:
    # "was intended to" like "is expected to": nobody is named for the intention
    text = "The new tax was intended to cut pollution from the old plants."
    (q,) = quotes(text)
    assert q.speaker_mention is None and q.speaker is None
    assert parts(text, q) == ["The new tax was intended to cut pollution from the old plants"]


@pytest.mark.parametrize(
    "text",
    ["His comments on the plan drew wide attention in the town.",
     "Many of the states voted for the measure last year.",
     "Ada Moss spoke about the plan at length on Tuesday night."],
)
def test_nouns_and_intransitive_speech_verbs_are_not_cues(text: str) -> None:
    assert quotes(text) == []


def test_noun_or_verb_cue_needs_that_or_a_quotation() -> None:
    text = "Clinton won most of the primaries, and Sanders took his home state."
    assert quotes(text) == []
    text = "Ada Holm states that the pool will stay shut."
    (q,) = quotes(text)
    assert parts(text, q) == ["that the pool will stay shut"]


def test_quoted_fragment_in_a_subordinate_clause_takes_its_subject() -> None:
    text = ('The aide was loyal, in what Rosa Lind later called "a test of nerve" '
            "at the time.")
    (q,) = quotes(text)
    assert said(text, q)[0] == "Rosa Lind"


def test_thousands_comma_is_not_a_phrase_boundary() -> None:
    text = "Jon Vik wrote to his 20,000 followers, “The race is not over.”"
    (q,) = quotes(text)
    assert said(text, q)[0] == "Jon Vik"


def test_sentence_opening_preposition_is_not_a_speaker() -> None:
    text = 'Outside the hall, about 200 people gathered, chanting "Vote them out."'
    assert all(said(text, q)[0] != "Outside" for q in quotes(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ivo Dahl said the bridge would reopen in May, city engineers said.",
         "the bridge would reopen in May"),
        ("When Ivo Dahl said the bridge would reopen, the crowd cheered loudly.",
         "the bridge would reopen"),
        ("Ivo Dahl said most voters want change, and those voters backed him.",
         "most voters want change"),
    ],
)
def test_where_indirect_content_ends(text: str, content: str) -> None:
    q = quotes(text)[0]
    assert parts(text, q) == [content]


def test_sentence_adverb_is_not_a_speaker() -> None:
    text = "Significantly, the judge said the fine could not be imposed."
    (q,) = quotes(text)
    assert said(text, q)[0] == "the judge"


@pytest.mark.parametrize(
    "text",
    ["Nora Lee, head of the council, took notes as the mayor spoke.",
     "Joe Park, a host considered one of the best in town, retired in May."],
)
def test_no_report_without_a_reported_clause(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    ['“The bridge stays shut for now," Anna Berg said. Traffic was light.',
     '"The bridge stays shut for now,” Anna Berg said. Traffic was light.'],
)
def test_curly_and_straight_marks_close_each_other(text: str) -> None:
    # wire copy mixes the two styles; the quote must still end at its closing mark
    (q,) = quotes(text)
    assert parts(text, q) == ["The bridge stays shut for now,"]
    assert said(text, q) == ("Anna Berg", "said")


def test_age_noun_after_the_cue_is_the_speaker() -> None:
    text = "“We will win in May,” said the 46-year-old. “Then we rebuild.”"
    (q,) = quotes(text)
    assert parts(text, q) == ["We will win in May,", "Then we rebuild."]
    assert said(text, q) == ("the 46-year-old", "said")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Jeb Bush called Trump “unhinged.” Voters shrugged.", "Trump “unhinged.”", "called"),
        ('Ann Ray demanded that ship owners "pay their way" for the dredging.',
         'that ship owners "pay their way" for the dredging', "demanded"),
    ],
)
def test_quoted_fragment_is_part_of_the_verbs_complement(text: str, content: str,
                                                         cue: str) -> None:
    # the content of a quoted fragment starts after the reporting verb of its clause
    q = quotes(text)[0]
    assert q.kind == "mixed"
    assert parts(text, q) == [content]
    assert said(text, q)[1] == cue


def test_adjunct_then_colon_before_the_quotation() -> None:
    text = "Mayor Ann Ray said back in the spring of 2009: “We will not raise taxes.”"
    (q,) = quotes(text)
    assert q.kind == "direct"
    assert parts(text, q) == ["We will not raise taxes."]
    assert said(text, q) == ("Mayor Ann Ray", "said")


def test_quotation_after_a_paragraph_ending_in_a_colon() -> None:
    text = "Cruz turned to the moderators:\n\n“These questions are unfair to every voter.”"
    (q,) = quotes(text)
    assert parts(text, q) == ["These questions are unfair to every voter."]
    assert said(text, q)[0] == "Cruz"


def test_quotation_signed_by_the_next_paragraph() -> None:
    text = ('"Nobody pays the tax they owe here."\n\n- Bernie Sanders.\n\n'
            "The claim is only half true.")
    q = quotes(text)[0]
    assert parts(text, q) == ["Nobody pays the tax they owe here."]
    assert said(text, q)[0] == "Bernie Sanders"


def test_quotation_signed_by_a_list_item_whose_dash_is_its_marker() -> None:
    # the structure extractor reads "- Bernie Sanders." as a list item without its dash
    text = ('"Nobody pays the tax they owe here."\n\n- Bernie Sanders.\n\n'
            "The claim is only half true.")
    start = text.index("Bernie")
    blocks = [Block(type="paragraph", span=Span(start=0, end=text.index("\n"))),
              Block(type="list", span=Span(start=start, end=text.index("\n", start))),
              Block(type="paragraph", span=Span(start=text.index("The claim"), end=len(text)))]
    q = quotes(text, blocks=blocks)[0]
    assert said(text, q)[0] == "Bernie Sanders"


def test_long_titled_object_before_that() -> None:
    text = 'She told harbour radio host Ivo Marsh on Friday that her letter was "a mistake."'
    (q,) = quotes(text)
    assert parts(text, q) == ['that her letter was "a mistake."']
    assert said(text, q) == ("She", "told")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ada Holm told the crowd he would fix the roads by spring.",
         "he would fix the roads by spring"),
        ("Ada Holm told reporters on Monday she's ready to run.", "she's ready to run"),
        ("Ada Holm warned voters it would open in May.", "it would open in May"),
        ("Ada Holm told them Berg has no plan for the bridge.", "Berg has no plan for the bridge"),
        ("Ada Holm told radio host Lee Pardo the plan was dead.", "the plan was dead"),
        ('Ada Holm told the council the pool is "beyond repair."', 'the pool is "beyond repair."'),
    ],
)
def test_clause_after_an_object_without_that_starts_at_its_subject(text: str,
                                                                   content: str) -> None:
    # the object (a pronoun, a noun phrase, a titled name, a time after it) is not
    # reported: the content opens at the clause's subject
    (q,) = quotes(text)
    assert parts(text, q) == [content]
    assert said(text, q) == ("Ada Holm", text.split()[2])


@pytest.mark.parametrize(
    "text",
    [
        "Ada Holm told the crowd the story of her life in the mill town.",
        "Ada Holm told Lee Pardo as he left the hall.",
        "Ada Holm urged voters to back the plan.",
    ],
)
def test_object_without_a_clause_after_it_is_not_content(text: str) -> None:
    # no finite verb after the noun phrase, a clause opened by a subordinator, an
    # infinitive: nothing is reported
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The firm promised Ada Holm that she could run the plant alone.",
         "that she could run the plant alone"),
        ("Ada Holm met the press, warning farmers in the valley that the dam could fail.",
         "that the dam could fail"),
    ],
)
def test_object_of_promise_or_warning_stays_out_of_the_content(text: str,
                                                               content: str) -> None:
    q = quotes(text)[-1]
    assert parts(text, q) == [content]


def test_an_infinitive_after_promises_is_no_object_before_that() -> None:
    # "promises" a noun here: the "that" of "so routine that" opens no content
    text = "The promises to rebuild the town are so routine that aides expect them."
    finder = _Finder(text, QuoteExtractor(Lexicons())._cue_patterns())
    cue_end = text.index(" to ")
    assert finder.content_after(cue_end, len(text), "promises") == cue_end + 1


def test_quotation_after_a_report_in_the_attribution_continues_the_first() -> None:
    text = ('"That is the real question," Holm said, noting she would back any plan. '
            '"We have a deep bench here."')
    q = quotes(text)[0]
    assert q.kind == "direct"
    assert parts(text, q) == ["That is the real question,", "We have a deep bench here."]
    assert said(text, q) == ("Holm", "said")


def test_military_title_abbreviation_stays_in_the_speaker() -> None:
    text = "“They do not understand us,” said Army Capt. Lee Pardo, who served twice."
    q = quotes(text)[0]
    assert said(text, q)[0] == "Army Capt. Lee Pardo"


def test_time_adverbial_before_the_subject_is_skipped() -> None:
    text = "Twenty years ago, The Times hailed the mayor as “the comeback kid” of the city."
    q = quotes(text)[0]
    assert said(text, q)[0] == "The Times"


def test_whether_clause_is_no_speaker() -> None:
    text = 'The form asks whether any pupil has "trouble getting to school."'
    q = quotes(text)[0]
    # a speaker phrase never runs into a "whether" clause
    assert "whether" not in (said(text, q)[0] or "")


def test_the_asker_speaks_an_embedded_question() -> None:
    text = "At the school hall, Ruiz asked Lind if he would close just “the old wings.”"
    q = quotes(text)[0]
    assert said(text, q)[0] == "Ruiz"


def test_quoted_term_after_an_article_is_no_quote() -> None:
    text = "Party elders, the “establishment” of old, backed the mayor in May."
    assert [q for q in quotes(text) if q.kind == "direct"] == []


def test_quotation_paragraphs_after_an_attributed_quote_go_on() -> None:
    text = ("“We will rebuild the bridge,” Mayor Ann Ray said.\n\n"
            "“It will take two years.”\n\n“Then the ferry stops.”\n\nTraffic was light.")
    q = quotes(text)[0]
    assert parts(text, q) == ["We will rebuild the bridge,", "It will take two years.",
                              "Then the ferry stops."]
    assert said(text, q) == ("Mayor Ann Ray", "said")


@pytest.mark.parametrize("chunk", [
    "Mr. Obama said",
    "the U.S. envoy's remarks",
    "--dash-led and .dotted starts",
    "a" * 90 + " b",
    "x" * 41 + "-" + "y" * 5,
    "Ségolène Royal, l’ancienne ministre",
    "O’Neill & Sons / A&B",
    # ASCII stretches split without looking at each run, unless a run opens with a
    # joiner or is longer than the pattern's bound
    "'tis the season",
    "rates fell -5 points",
    "said 'no' twice",
    "the .com boom",
    "a /slash",
    "short words only here",
    "ok " + "z" * 45,
    "y" * 41,
    "y" * 42,
])
def test_words_agree_with_the_word_pattern(chunk: str) -> None:
    from newskit.quotes.speakers import _word_pattern, _words

    assert _words(chunk) == _word_pattern().findall(chunk)


def test_speaker_phrase_is_the_same_wherever_the_stretch_is() -> None:
    from newskit.quotes.speakers import speaker_phrase

    text = "The plan, and then the senator also said it."
    pad = "Words before it. " * 3
    first = speaker_phrase(text, 10, 35)
    moved = speaker_phrase(pad + text, len(pad) + 10, len(pad) + 35)
    assert first is not None and moved is not None
    assert text[first.start : first.end] == "the senator"  # "and then" and "also" left out
    assert (moved.start - len(pad), moved.end - len(pad), moved.kind) == (
        first.start, first.end, first.kind)


@pytest.mark.parametrize("seg", [
    'he said: "no (not yet)" -- and/or *maybe*...',
    "“curly,” she wrote — ‘twice’ … then",
    "josé’s café, à la carte\u00a0— said",
])
def test_punctuation_blanked_like_the_pattern(seg: str) -> None:
    import regex

    from newskit.quotes.lexicon import _TOKEN_PUNCT, _blank_punctuation

    pattern = regex.compile("[" + regex.escape(_TOKEN_PUNCT) + "]")
    assert _blank_punctuation(seg) == pattern.sub(" ", seg)


def test_last_tokens_agree_with_tokenising_the_whole_stretch() -> None:
    from newskit.quotes.extractor import _Finder
    from newskit.quotes.patterns import _patterns

    text = ("In a long aside about the U.S.-backed plan, O’Neill's aides - and then "
            "a spokeswoman for the Democratic candidate, Jane Q. Public - said")
    finder = _Finder(text, QuoteExtractor(Lexicons())._cue_patterns())
    hi = text.rindex(" said")
    for lo in range(0, hi, 7):
        whole = [m.span() for m in _patterns()["token"].finditer(text, lo, hi)]
        assert finder.last_tokens(lo, hi, 6) == whole[-6:]



@pytest.mark.parametrize(("text", "kind", "content"), [
    # a relative clause closing indirect content describes a noun: the writer's words
    ("Mayor Lea Stone said the council had hired Bob Lane, who ran the water board.",
     "indirect", "the council had hired Bob Lane"),
    # one inside the content (a comma after it) stays
    ("Mayor Lea Stone said the bridge, which opened in 1990, would close in May.",
     "indirect", "the bridge, which opened in 1990, would close in May"),
    # words that only lead into a quotation are not content
    ("Mayor Lea Stone added this: \u201cWe will rebuild the bridge before winter.\u201d",
     "direct", "We will rebuild the bridge before winter."),
    # a reported clause before a quotation is
    ("Mayor Lea Stone argued that as the river rises, \u201cthe bridge will not hold.\u201d",
     "mixed", "that as the river rises, \u201cthe bridge will not hold.\u201d"),
])
def test_where_content_starts_and_ends(text: str, kind: str, content: str) -> None:
    (q,) = quotes(text)
    assert (q.kind, parts(text, q)[0]) == (kind, content)
    assert said(text, q)[0] == "Mayor Lea Stone"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ada Holm has assured me she is ready for the vote.", "assured"),
        ("Ada Holm reassures her donors the campaign will go on.", "reassures"),
    ],
)
def test_assure_reports_what_the_speaker_promised(text: str, cue: str) -> None:
    # assure/reassure are speech cues (data/cues.json): their object is skipped
    # like told's, and the clause after it is the content
    (q,) = quotes(text)
    assert said(text, q) == ("Ada Holm", cue)
    assert parts(text, q)[0].split()[0] in ("she", "the")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [("Mayor Ana Ruiz attacked the council, saying it would close the harbor.",
      "it would close the harbor", "saying"),
     ("The senator praised Bo Lind, noting that he had kept the budget balanced.",
      "that he had kept the budget balanced", "noting")],
)
def test_an_object_before_a_report_participle_is_no_content(text: str, content: str,
                                                            cue: str) -> None:
    # "attacked X, saying …": the participle reports, for the subject of the clause
    qs = quotes(text)
    assert [(parts(text, q), said(text, q)[1]) for q in qs] == [([content], cue)]


def test_a_report_participle_after_a_quotation_ends_the_first_content() -> None:
    text = ("Mayor Ana Ruiz insisted that she has “rebuilt the harbor,” claiming that "
            "she is responsible for the new jobs in the city.")
    qs = quotes(text)
    assert [parts(text, q) for q in qs] == [
        ["that she has “rebuilt the harbor,”"],
        ["that she is responsible for the new jobs in the city"]]
    assert [said(text, q) for q in qs] == [("Mayor Ana Ruiz", "insisted"),
                                           ("Mayor Ana Ruiz", "claiming")]


def test_a_participle_opening_the_content_after_a_cue_reports_itself() -> None:
    text = ("Ivo Marsh will hold a rally at the pier in Dover this month, Ms. Park said, "
            "adding that he would then visit schools to close his \"funding gap.\"")
    second = quotes(text)[-1]
    assert parts(text, second) == ['that he would then visit schools to close his "funding gap."']
    assert said(text, second) == ("Ms. Park", "adding")


def test_a_report_participle_after_an_inverted_frame_keeps_its_speaker() -> None:
    text = ("“The pool will stay shut,” said Ada Holm at the time, adding that “we have "
            "been fixing it for a long time.”")
    qs = quotes(text)
    assert [parts(text, q) for q in qs] == [
        ["The pool will stay shut,"], ["that “we have been fixing it for a long time.”"]]
    assert [said(text, q) for q in qs] == [("Ada Holm", "said"), ("Ada Holm", "adding")]


def test_a_participle_finds_a_subject_with_a_relative_clause() -> None:
    text = ("Ivo Marsh, who is fighting Lind for the harbour board seat, has taken up the "
            "complaints about Lind, telling the Dover Post that there is \"something odd "
            "going on\" with the ferry contract.")
    qs = quotes(text)
    assert [parts(text, q) for q in qs] == [
        ['that there is "something odd going on" with the ferry contract']]
    assert said(text, qs[0]) == ("Ivo Marsh", "telling")


def test_a_relative_clause_after_the_quotation_of_a_mixed_content_ends_it() -> None:
    text = ("Ivo Marsh told the Dover Post he was “not there yet” on supporting Lind, who "
            "will face a rival in the spring.")
    qs = quotes(text)
    assert [parts(text, q) for q in qs] == [["he was “not there yet” on supporting Lind"]]


def test_cue_scan_finds_words_phrases_and_according_to() -> None:
    from newskit.quotes.lexicon import compile_cues

    cues = compile_cues([
        {"lemma": "say", "forms": ["say", "said"]},
        {"lemma": "warn", "forms": ["warned"]},
        {"lemma": "draw attention to", "forms": ["drew attention to"]},
    ])
    assert {"said", "warned", "drew", "according"} <= cues.openers
    low = "he said, according to aides, and she drew attention to it; 'said' unsaid warned-"
    found = [(low[s:e], how) for s, e, how in cues.scan(low)]
    # "unsaid" holds no cue, "'said" follows an apostrophe, "warned-" runs on
    assert found == [("said", "verb"), ("according to", "according"),
                     ("drew attention to", "phrase")]
    assert cues.scan(low, 0, 8) == [(3, 7, "verb")]
    assert cues.scan("nothing to see here") == []


def test_has_words_counts_runs_of_letters_and_digits_within_the_bounds() -> None:
    from newskit.quotes.units import _has_words

    text = "Ab, cd—ef 12!  “gé” ..."
    assert _has_words(text, 0, len(text), 5)
    assert not _has_words(text, 0, len(text), 6)
    # a word cut by the start bound counts from the bound on
    assert _has_words(text, 1, 6, 2) and not _has_words(text, 1, 6, 3)
    assert not _has_words(text, 2, 4, 1)  # ", " only
    assert not _has_words("", 0, 0, 1)
    assert _has_words("a b c d e f", 0, 11, 6) and not _has_words("a b c d e f", 0, 10, 6)


def test_a_pronoun_speaker_is_the_nearest_person_of_its_gender_before_it() -> None:
    text = (
        "Chairwoman Ana Ruiz met Tom Hale, a businessman, in Leeds.\n\n"
        '"We agreed on the plan," she said.\n\n'
        '"It will take a year," he said.'
    )
    ruiz = person("a1", "Ana Ruiz", text, roles=("chairwoman",))
    hale = person("a2", "Tom Hale", text, roles=("businessman",))
    far = "Ida Bell spoke first. " + "The town waited. " * 200 + '"Not now," she said.'
    bell = person("a3", "Ida Bell", far)
    qs = run(text, actors=(ruiz, hale))["quotes"]
    assert [q.speaker for q in qs] == ["a1", "a2"]
    # a mention more than 3,000 characters back is out of reach
    assert [q.speaker for q in run(far, actors=(bell,))["quotes"]] == [None]


def test_an_organisation_noun_speaker_is_the_nearest_organisation_past_the_persons() -> None:
    text = (
        "The Harbor Council met Ana Ruiz and Tom Hale on Monday.\n\n"
        "The council said the port would reopen in May."
    )
    council = person("o1", "Harbor Council", text, kind="organization")
    ruiz = person("a1", "Ana Ruiz", text)
    hale = person("a2", "Tom Hale", text)
    (q,) = run(text, actors=(council, ruiz, hale))["quotes"]
    assert said(text, q) == ("The council", "said")
    assert q.speaker == "o1"


def test_cues_are_found_where_lower_casing_changes_the_length_of_the_text() -> None:
    # "İ" lower-cases to two characters: the finder scans with the cue patterns
    # compiled at their first use instead of the lower-cased text
    text = ("The İzmir council warned that the bridge would close. Mayor Lea Stone "
            "drew attention to the rising cost of the repairs.")
    assert len(text.lower()) != len(text)
    qs = quotes(text)
    assert [said(text, q)[1] for q in qs] == ["warned", "drew attention to"]
    from newskit.quotes.lexicon import compile_cues

    cues = compile_cues([{"lemma": "say", "forms": ["said"]},
                         {"lemma": "draw attention to", "forms": ["drew attention to"]}])
    assert cues.verbs.search("unsaid, SAID").span() == (8, 12)
    assert cues.phrases.search("they Drew  attention to it").group() == "Drew  attention to"


def test_cue_patterns_compiled_on_demand_stay_linear_on_adversarial_text() -> None:
    # compiled at first use, they escape a probe of the patterns compiled by a run:
    # each searched here over long runs of what it is made of (a timeout raises)
    cues = QuoteExtractor(Lexicons())._cue_patterns()
    for text in ("a" * 20_000 + "!", "drew attention " * 2_000, "'s-" * 7_000,
                 "\u00e9" * 20_000, " \u00a0\n" * 7_000):
        assert cues.verbs.search(text, timeout=1.0) is None
        assert cues.phrases.search(text, timeout=1.0) is None
    said = "said " * 4_000
    assert len(cues.verbs.findall(said, timeout=1.0)) == 4_000
    assert cues.phrases.search(said + "drew  attention to", timeout=1.0).start() == 20_000


def test_has_words_shortcut_for_a_letter_or_digit_first_agrees_with_the_pattern() -> None:
    # one word is found without the regex when the stretch opens with a character
    # str.isalnum accepts: each of them is a letter or number to the pattern
    from newskit.quotes.units import _has_words, _n_words

    pattern = _n_words(1)
    for code in [*range(0x3400), *range(0x3400, 0x110000, 97)]:
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        text = ch + " x"
        assert _has_words(text, 0, 1) == (pattern.match(text, 0, 1) is not None), hex(code)
    assert _has_words("²", 0, 1) and _has_words("é!", 0, 2) and not _has_words("—", 0, 1)
