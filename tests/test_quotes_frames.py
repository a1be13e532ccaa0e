"""The prefilter that spares the speaker search for cue forms read as nouns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.lexicons import Lexicons
from newskit.quotes import QuoteExtractor
from newskit.quotes.extractor import _Finder
from newskit.quotes.lexicon import _blank_punctuation, _find_all
from newskit.types import Article


def noun_only(text: str, cue: str, strong: bool = False) -> bool:
    """``_Finder.noun_only`` for the first ``cue`` of a one-unit ``text``."""
    finder = _Finder(text, QuoteExtractor(Lexicons())._cue_patterns())
    cs = text.index(cue)
    before = text[:cs].rstrip()
    return finder.noun_only(0, len(text), cs, cs + len(cue), 0, before[-1:], strong)


@pytest.mark.parametrize(
    ("text", "cue"),
    [("Voters in swing states backed the plan on Tuesday.", "states"),
     ("Terror attacks rose in the region last year.", "attacks"),
     ("Ada Holm points to the budget gap.", "points")],
)
def test_a_noun_reading_frames_nothing(text: str, cue: str) -> None:
    assert noun_only(text, cue)


@pytest.mark.parametrize(
    ("text", "cue", "strong"),
    [("Ada Holm states that the pool will stay shut.", "states", False),
     ('Ada Holm attacks "a plan that nobody read."', "attacks", False),
     ('"The pool will stay shut," Ada Holm tweets.', "tweets", False),
     ("Ada Holm tweets: the pool will stay shut.", "tweets", False),
     ("The pool will stay shut, states the town report.", "states", True),
     ("Ada Holm states", "states", False)],
)
def test_a_possible_frame_is_left_to_the_speaker_search(text: str, cue: str,
                                                        strong: bool) -> None:
    # content opened by "that" or a quotation mark, a quotation before the cue, a
    # colon or the unit's end after it, an inverted frame after a comma
    assert not noun_only(text, cue, strong)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ada Holm questions the budget, and the council backs her.", True),
     # a question's "whether" opens content as "that" does (PolNeAR marks it)
     ("Ada Holm questions whether the pool can stay open, and the council agrees.", False),
     ("Ada Holm questions that the pool can stay open.", False),
     ("The pool can stay open, Ada Holm questions today.", False)],
)
def test_a_weak_cue_frames_only_that_a_quotation_or_content_before(text: str,
                                                                   expected: bool) -> None:
    assert noun_only(text, "questions") is expected


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [('The bridge closed in May. Ana Ruiz grumbled, "We waited for years for it."',
      "Ana Ruiz", "grumbled"),
     ('The bridge closed in May. Ana Ruiz grumbled,\n  "We waited for years for it."',
      "Ana Ruiz", "grumbled"),
     ('The bridge closed in May. Pollster Ana Ruiz: "We waited for years for it."',
      "Pollster Ana Ruiz", ":")],
)
def test_a_verb_the_lexicon_lacks_or_a_label_before_a_quotation(text: str, speaker: str,
                                                                 cue: str) -> None:
    # asked only when a comma or colon stands right before the quotation mark
    (quote,) = QuoteExtractor(Lexicons()).extract(Article(id="t", text=text), {})["quotes"]
    assert quote.speaker_mention is not None and quote.cue is not None
    assert text[quote.speaker_mention.start : quote.speaker_mention.end] == speaker
    assert text[quote.cue.start : quote.cue.end] == cue



_CUE_PIECES = ["made it clear", "made clear", "made it", " it ", "clear", "in x's view",
               "in x’s opinion", " x ", "x's", "from", " point of view", "pointed out", "said",
               "according to", " ", ", ", "-", "$", "'", "drew attention to", "attention"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=12))
def test_cue_scan_finds_every_multiword_cue(pieces: list[str]) -> None:
    # a multiword cue is looked for only when the words inside it stand in the text;
    # the scan still finds what looking for every one of them finds
    low = "".join(pieces).lower()
    cues = QuoteExtractor(Lexicons())._cue_patterns()
    words = set(_blank_punctuation(low).split())  # the scan looks for words it sees
    expected: list[tuple[int, int, str]] = []
    for form in cues.words & words:
        _find_all(low, form, 0, len(low), "verb", expected)
    for first in cues.first_words.keys() & words:
        for phrase in cues.first_words[first]:
            _find_all(low, phrase, 0, len(low), "phrase", expected)
    if "according" in words:
        _find_all(low, "according to", 0, len(low), "according", expected)
    assert cues.scan(low) == sorted(expected)
