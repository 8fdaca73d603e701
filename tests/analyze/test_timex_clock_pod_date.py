"""MONTH_BEFORE_DAY: "on March 3 in the evening" is the evening of March 3, not 3 p.m.

The clock_pod rule reads "4 in the morning" as a clock time with its half of the day; after a
month name the number is the day of a date, so the date and "the evening" are read instead.
Real spaCy parse.
"""

from __future__ import annotations

from timex_reads import times_of

DCT = "2013-03-22"


def test_a_day_number_before_in_the_evening_is_no_clock_hour(nlp):
    found = times_of(nlp, "He was arrested on March 3 in the evening.", DCT)
    assert ("March 3", "DATE", "2013-03-03") in found
    assert ("the evening", "TIME", "2013-03-03TEV") in found
    assert all(type_ != "TIME" or "T15" not in value for _, type_, value in found)


def test_a_clock_hour_before_in_the_morning_is_still_read(nlp):
    found = times_of(nlp, "He woke at 4 in the morning.", DCT)
    assert ("4 in the morning", "TIME", "2013-03-22T04:00") in found
