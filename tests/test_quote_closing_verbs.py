"""Closing reports with a verb besides ``said``, ``reported`` (``…, records show.``,
``…, the aide recalled.``, ``…, a report indicates.``, ``…, Stone maintains.``): the
closing source speaks the whole clause, as with ``…, Lea Stone said.`` (short texts
written here)."""

from __future__ import annotations

import pytest

from quote_helpers import speakers


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The council agreed to sell the old ferry to a private buyer in 2012, records show.",
         "The council agreed to sell the old ferry to a private buyer in 2012", "records"),
        ("The harbour board spent more than $2 million on new cranes last year, the "
         "audits show.",
         "The harbour board spent more than $2 million on new cranes last year",
         "the audits"),
        ("The driver had been trying to park near the station for an hour, a police "
         "report indicates.",
         "The driver had been trying to park near the station for an hour",
         "a police report"),
        ("Lind, a lawyer who has argued cases before the court, will run the port "
         "well, Stone maintains.",
         "Lind, a lawyer who has argued cases before the court, will run the port well",
         "Stone"),
        ("Lind said the mayor “would never win the harbour vote,” the aide recalled.",
         "Lind said the mayor “would never win the harbour vote,”", "the aide"),
    ],
)
def test_a_closing_report_with_a_less_common_verb_speaks_the_clause(
        text: str, content: str, source: str) -> None:
    assert (content, source) in speakers(text)


def test_a_closing_verb_with_an_object_is_not_a_report() -> None:
    # "found the keys" has an object: the tail is no report of the clause
    text = "Lind said the ferry will run at night, and the aide found the keys."
    assert all(source != "the aide" for _content, source in speakers(text))
