"""Time expressions: a hedge after a date or length ("or so", "or later", "and beyond") is part
of its extent and gives its TIMEX3 mod (APPROX_TAIL_AFTER). Read on the real spaCy parse."""

from __future__ import annotations

import pytest

from corroborator.analyze.timex import extract_times
from corroborator.model import Article


def _times(nlp, text: str, published: str) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="test", published=published)
    return [
        (text[t.span.start : t.span.end], t.value, t.mod) for t in extract_times(nlp(text), article)
    ]


# (publication date, sentence, expected (extent, value, mod))
APPLIES = [
    (
        "1989-11-02",
        "The plants will be closed over the next year or so, a spokesman said.",
        ("the next year or so", "1990", "APPROX"),
    ),
    (
        "1989-10-30",
        "Analysts said the company wouldn't be profitable until 1994 or later.",
        ("1994 or later", "1994", "ON_OR_AFTER"),
    ),
    (
        "1989-10-27",
        "It is confident about future earnings and cash flow for 1990 and beyond.",
        ("1990 and beyond", "1990", "ON_OR_AFTER"),
    ),
    (
        "2016-03-07",
        "Democrats have been shedding these voters over the past decade or so.",
        ("the past decade or so", "P10Y", "APPROX"),
    ),
    (
        "2016-03-07",
        "The hearing lasted three weeks or so.",
        ("three weeks or so", "P3W", "APPROX"),
    ),
]


@pytest.mark.parametrize(("published", "sentence", "expected"), APPLIES)
def test_hedge_after_a_time_is_in_its_extent(nlp, published, sentence, expected):
    assert expected in _times(nlp, sentence, published)


def test_or_later_does_not_close_a_length(nlp):
    # "or later" joins the verb after a length, not the length
    found = _times(nlp, "He will serve two years or later be released.", "2016-03-07")
    assert ("two years", "P2Y", None) in found


def test_title_case_and_beyond_is_a_title(nlp):
    text = "Republican pollster Whit Ayres, author of 2016 and Beyond, said so on Monday."
    found = _times(nlp, text, "2016-07-18")
    assert [f for f in found if f[0].startswith("2016")] == [("2016", "2016", None)]


def test_or_so_after_a_count_is_no_time(nlp):
    found = _times(nlp, "About 30 or so people came to the rally.", "2016-03-07")
    assert found == []
