"""Dates and metadata precedence when building an Article."""

from __future__ import annotations

import pytest

from corroborator.ingest.article import normalise_date


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2023-07-10", "2023-07-10"),
        ("2023-07-10T08:00:00Z", "2023-07-10"),
        ("2023-07-10 08:00:00+02:00", "2023-07-10"),
        ("Mon, 10 Jul 2023 09:30:00 GMT", "2023-07-10"),
        ("July 10, 2023", "2023-07-10"),
        ("10 July 2023", "2023-07-10"),
        ("10th July 2023", "2023-07-10"),
    ],
)
def test_unambiguous_dates(value: str, iso: str) -> None:
    assert normalise_date(value) == iso


@pytest.mark.parametrize(
    "value",
    ["", "yesterday", "3 days ago", "10/07/2023", "July 2023", "2023-13-45", "Monday", "soon"],
)
def test_ambiguous_or_invalid_dates_are_refused(value: str) -> None:
    assert normalise_date(value) is None
