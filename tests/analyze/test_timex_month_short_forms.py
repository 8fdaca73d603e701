"""Time expressions: short month names that are words too ("Mar", "Sep", "May.") and month
abbreviations in capitals ("MAR. 14, 2013", "22 JUL 2013"), as web news prints them in the
date line under a headline. The MONTH pattern reads them only before a day and a year, or a
year ("Mar 4, 2009", "Sep 10, 2010"), so the verb "mar", a bare "Sep 14" and the capital
modal "MAY" stay words. Positive and negative literal sentences on the real spaCy parse.
"""

from __future__ import annotations

import pytest
from timex_reads import times_of

DCT = "2013-03-21"  # a Thursday


def _times(nlp, text: str, published: str | None = DCT) -> list[tuple[str, str, str]]:
    return times_of(nlp, text, published)


# (text, an expected (extent, type, value) among the results)
POSITIVE = [
    ("Mar 4, 2009", ("Mar 4, 2009", "DATE", "2009-03-04")),
    ("The rule was overturned on Mar 4, 2009 by the new administration.",
     ("Mar 4, 2009", "DATE", "2009-03-04")),
    ("Saturday, Sep 14, 2013", ("Saturday, Sep 14, 2013", "DATE", "2013-09-14")),
    ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT", ("Friday, Sep 10, 2010", "DATE", "2010-09-10")),
    ("Fri., May. 3, 2013 11:45 AM PDT", ("May. 3, 2013", "DATE", "2013-05-03")),
    ("MAY 3, 2013 AT 1:10PM", ("MAY 3, 2013", "DATE", "2013-05-03")),
    ("MAR. 14, 2013, 8:12 PM", ("MAR. 14, 2013", "DATE", "2013-03-14")),
    ("10:24 AM, MON 22 JUL 2013", ("22 JUL 2013", "DATE", "2013-07-22")),
    # a clock time before the date is one TIME with it
    ("UPDATED 3:09 AM EST DEC 19, 2008",
     ("3:09 AM EST DEC 19, 2008", "TIME", "2008-12-19T03:09")),
    ("The plant closed in Sep 2012 after the strike.", ("Sep 2012", "DATE", "2012-09")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_short_month_found(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text)


# (text, a word that must not be read as (part of) a time)
NEGATIVE = [
    # the verb "mar" and a bare "Sep" before a number with no year
    ("Mar the surface and it will rust.", "Mar"),
    ("Clashes may mar 2013 celebrations.", "mar"),
    ("Sep 14 was the code name of the plan.", "Sep"),
    # the capital modal "MAY" of a headline, and a capital abbreviation before no year
    ("YOU MAY WIN 10 TICKETS", "MAY"),
    ("THE DEC 19 FILE", "DEC"),
]


@pytest.mark.parametrize(("text", "word"), NEGATIVE)
def test_short_month_not_found(nlp, text: str, word: str) -> None:
    found = _times(nlp, text)
    assert not any(word in extent for extent, _, _ in found), found
