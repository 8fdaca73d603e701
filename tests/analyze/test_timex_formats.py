"""Time expressions: written forms of dates in international news (day-first numeric dates,
ISO 8601 time stamps) and pairs of days of one month ("from 21 to 24 March", "April 24 and
25", DAY_PAIR_GAP / DAY_PAIR_SECOND), each with positive and negative literal sentences on the
real spaCy parse; also "the final quarter of last year", "a fortnight ago" and "the day before
yesterday".
"""

from __future__ import annotations

import pytest
from timex_reads import times_of

DCT = "2013-03-21"  # a Thursday


def _times(nlp, text: str, published: str | None = DCT) -> list[tuple[str, str, str]]:
    return times_of(nlp, text, published)


# (sentence, an expected (extent, type, value) among the results)
POSITIVE = [
    # day first where the first number cannot be a month, and dotted European dates
    ("The report was released on 21/03/2013 in London.", ("21/03/2013", "DATE", "2013-03-21")),
    ("Updated 21.03.2013, 14:05 GMT.", ("21.03.2013", "DATE", "2013-03-21")),
    ("The law took effect on 1.7.2012 in Berlin.", ("1.7.2012", "DATE", "2012-07-01")),
    # ... while a date that reads both ways keeps the US reading
    ("The match is on 3/4/2013.", ("3/4/2013", "DATE", "2013-03-04")),
    # ISO 8601 time stamps: the date and the clock time, without the offset
    ("Posted: 2013-03-21T10:15:00Z", ("2013-03-21T10:15:00Z", "TIME", "2013-03-21T10:15")),
    ("Last modified 2013-03-20 18:40 by the desk.",
     ("2013-03-20 18:40", "TIME", "2013-03-20T18:40")),
    ("The file is dated 2013-03-20.", ("2013-03-20", "DATE", "2013-03-20")),
    # DAY_PAIR_GAP: the first day of a pair before its month takes that month and year
    ("The festival runs from 21 to 24 March.", ("21", "DATE", "2013-03-21")),
    ("The festival runs from 21 to 24 March.", ("24 March", "DATE", "2013-03-24")),
    ("The talks, on 10 and 11 June 2013, failed.", ("10", "DATE", "2013-06-10")),
    # DAY_PAIR_SECOND: the second day of a pair after a month and day
    ("A ceremony will be held at the summit on April 24 and 25.", ("25", "DATE", "2013-04-25")),
    ("Between March 21 and 24, the roads are closed.", ("24", "DATE", "2013-03-24")),
    # "the last/final quarter of <year>" is the fourth quarter of it
    ("The economy contracted in the final quarter of last year.",
     ("the final quarter of last year", "DATE", "2012-Q4")),
    ("GDP fell in the last quarter of 2012.", ("the last quarter of 2012", "DATE", "2012-Q4")),
    # ... while a slashed date after other words, and a year before other names, stay dates
    ("The meeting was on 1/8.", ("1/8", "DATE", "2013-01-08")),
    ("Ford sold more cars in 1987 than Toyota.", ("1987", "DATE", "1987")),
    # "fiscal" belongs to the quarter, the possessive does not (TimeBank)
    ("Sales in its fiscal first quarter rose.", ("fiscal first quarter", "DATE", "2013-Q1")),
    ("Profit in the fiscal-first quarter fell.", ("the fiscal-first quarter", "DATE", "2013-Q1")),
    # "a fortnight ago" is a week, like "two weeks ago"
    ("He left a fortnight ago.", ("a fortnight ago", "DATE", "2013-W10")),
    # two units off the DCT's: "the week before last", "the year after next"
    ("The week before last, the rebels attacked.", ("The week before last", "DATE", "2013-W10")),
    ("The games open the year after next.", ("the year after next", "DATE", "2015")),
    # NAMED_DAYS: two days off the DCT, one expression
    ("The day before yesterday he flew to Rome.",
     ("The day before yesterday", "DATE", "2013-03-19")),
    ("He returns the day after tomorrow.", ("the day after tomorrow", "DATE", "2013-03-23")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_formats_found(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text)


# (sentence, a phrase that must not be marked up as a time on its own)
NEGATIVE = [
    # a count after a date is no second day ("24 people"), nor a lower number than the first
    ("Fighting on March 21 and 24 people were killed.", "24"),
    ("It happened on March 21 and 4 more followed.", "4"),
    ("The fair ran on Feb. 27 and 30.", "30"),  # no Feb. 30
    # a number before a length is no day of a month
    ("The babies were aged 21 to 24 months.", "21"),
    # a version number or a score is no dotted date
    ("The firm released version 2.1.2013 of its app.", "2.1.2013"),
    # PRICE_MOVE_BEFORE: a price move in fractions of a dollar is no date
    ("Intel eased 1/8 to 31 7/8.", "1/8"),
    ("The stock fell 7/8 Thursday.", "7/8"),
    # MODEL_YEAR_MAKE_AFTER: a model year is part of a car's name
    ("Kopp's 1987 Chevrolet Cavalier was found at the airport.", "1987"),
    # a quarter of a game stays no calendar quarter
    ("He scored twice in the final quarter.", "the final quarter"),
]


@pytest.mark.parametrize(("text", "phrase"), NEGATIVE)
def test_formats_not_found(nlp, text: str, phrase: str) -> None:
    found = _times(nlp, text)
    assert not any(extent == phrase for extent, _, _ in found), found
