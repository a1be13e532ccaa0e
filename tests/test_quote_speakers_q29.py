"""Speakers of quotes (q29): shares of respondents and polls (short texts written here)."""

from __future__ import annotations

import pytest

from newskit.quotes.speakers import speaker_phrase


@pytest.mark.parametrize(
    "phrase",
    ["just 8 percent of voters", "Only 12 percent of Democrats",
     "Nearly 40 voters", "almost half of voters"],
)
def test_a_share_with_just_only_or_nearly_is_a_speaker(phrase: str) -> None:
    found = speaker_phrase(phrase, 0, len(phrase))
    assert found is not None
    assert (found.start, found.end) == (0, len(phrase))


def test_only_before_a_name_is_left_out() -> None:
    found = speaker_phrase("Only Ruiz", 0, 9)
    assert found is not None and (found.start, found.end) == (5, 9)
