"""Quote boundaries: a dash after the quotation of a mixed quote (short texts
written here)."""

from __future__ import annotations

import pytest

from test_quote_boundaries import contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the writer's aside after a dash is no part of the report
        ('Ana Ruiz called the plan "a fair deal" - a view the council does not share.',
         'the plan "a fair deal"'),
        ('Ana Ruiz called the plan "a fair deal" — a view the council does not share.',
         'the plan "a fair deal"'),
        ('Ana Ruiz said the town would "fix the bridge" -- and the mayor agreed.',
         'the town would "fix the bridge"'),
    ],
)
def test_a_dash_after_the_quotation_ends_a_mixed_quote(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quotation after the dash goes on with the report
        ('Ana Ruiz asked the crowd to greet the mayor - "my new best friend."',
         'the crowd to greet the mayor - "my new best friend."'),
        # a dash inside the quotation is the source's
        ('Ana Ruiz said the plan was "fair - and cheap" for the town.',
         'the plan was "fair - and cheap" for the town'),
        # two dashes: a parenthetical inside the content
        ('Ana Ruiz said the plan - a "fair deal" - would pass this week.',
         'the plan - a "fair deal" - would pass this week'),
    ],
)
def test_a_dash_before_a_quotation_or_inside_one_stays(text: str, content: str) -> None:
    assert contents(text) == [content]
