"""Time expressions: a report's quarter named by the day it closed ("the quarter ended July
31") is the calendar quarter holding most of it (QUARTER_ENDED_AFTER, _quarter_ended), read
on the real spaCy parse."""

from __future__ import annotations

import pytest
from timex_reads import times_of

# (publication date, sentence, expected (extent, type, value))
QUARTER_ENDED = [
    # the close, not the fiscal quarter named before, decides: May-July is mostly Q2
    (
        "1989-10-30",
        "Jayark posted a loss for its fiscal first quarter. In the quarter ended July 31, "
        "Jayark had an average of 5.6 million shares outstanding.",
        ("the quarter", "DATE", "1989-Q2"),
    ),
    (
        "1989-10-26",
        "Sun reported a loss for its fourth quarter ended June 30. Sun reported sales of "
        "$538.5 million for the quarter ended Sept. 29, up 39% from a year earlier.",
        ("the quarter", "DATE", "1989-Q3"),
    ),
    # a close with its year: that year's quarter
    (
        "1989-10-26",
        "Delta earned $100 million in the quarter ended Sept. 30, 1988.",
        ("the quarter", "DATE", "1988-Q3"),
    ),
    # without a year, the close nearest the publication date: last December in March ...
    (
        "2013-03-14",
        "The company earned $5 million in the quarter ended Dec. 31.",
        ("the quarter", "DATE", "2012-Q4"),
    ),
    # ... and this March when the quarter is still ending
    (
        "2013-03-14",
        "The company will report results for the quarter ending March 31 next month.",
        ("the quarter", "DATE", "2013-Q1"),
    ),
]

# Without a closing day, "the quarter" stays the reporting quarter the story named.
QUARTER_NOT_ENDED = [
    (
        "1989-10-26",
        "Sun reported a loss for its fiscal first quarter. Sales in the quarter rose 39%.",
        ("the quarter", "DATE", "1989-Q1"),
    ),
    # an ordinal quarter keeps its fiscal name ("its fourth quarter ended Sept. 30")
    (
        "1989-11-02",
        "Oshkosh estimated earnings for its fourth quarter ended Sept. 30 fell 50%.",
        ("fourth quarter", "DATE", "1989-Q4"),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), QUARTER_ENDED + QUARTER_NOT_ENDED)
def test_quarter_named_by_its_close(nlp, published: str, text: str, expected) -> None:
    found = times_of(nlp, text, published)
    assert expected in found, found
