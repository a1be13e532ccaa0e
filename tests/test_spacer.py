"""Spacer blanks characters without moving offsets, on any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.spacer import Spacer

CHARS = '.,;:!?"()[]\u201c\u201d\u2018\u2019\u2014\u2013\u2026-'
_PIECES = st.sampled_from([*CHARS, "a", "é", "Ω", "中", "\U0001f600", " ", "\ud800", "\x80"])


def _reference(text: str) -> str:
    return text.translate({ord(c): " " for c in CHARS})


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_spacer_blanks_exactly_its_characters(text: str) -> None:
    assert Spacer(CHARS)(text) == _reference(text)


@given(st.text(max_size=80))
def test_spacer_keeps_length_and_every_other_character(text: str) -> None:
    spaced = Spacer(CHARS)(text)
    assert len(spaced) == len(text)
    assert spaced == _reference(text)


def test_a_lone_surrogate_and_astral_characters_stay_where_they_are() -> None:
    text = "\u201cA\ud800b\u201d \U0001f600\u2014c."
    assert Spacer(CHARS)(text) == " A\ud800b  \U0001f600 c "
