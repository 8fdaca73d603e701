"""Clock times said in "o'clock" (F["OCLOCK"], OCLOCK_TEXT), and "tonight" as the evening's
half of the day for a clock time.

TimeML marks "6 o'clock" as a TIME like "6 p.m."; the half of the day comes from what follows
("6 o'clock this afternoon", "four o'clock in the morning", "seven o'clock tonight") or stays
as said. Sentences of the kind PolNeAR's 2016 news has ("by 6 o'clock this afternoon"), real
spaCy parse.
"""

from __future__ import annotations

import pytest
from timex_reads import times_of

DCT = "2016-09-12"  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I think the plan should be developed by 6 o'clock this afternoon.",
            ("6 o'clock this afternoon", "TIME", "2016-09-12T18:00"),
        ),
        ("The polls close at 8 o'clock.", ("8 o'clock", "TIME", "2016-09-12T08:00")),
        (
            "The meeting starts at seven o'clock tonight.",
            ("seven o'clock tonight", "TIME", "2016-09-12T19:00"),
        ),
        (
            "He woke at three o’clock in the morning.",
            ("three o’clock in the morning", "TIME", "2016-09-12T03:00"),
        ),
        (
            "The show airs at eleven o'clock p.m. EDT.",
            ("eleven o'clock p.m. EDT", "TIME", "2016-09-12T23:00"),
        ),
    ],
)
def test_an_oclock_time_is_a_clock_time(nlp, text, expected):
    assert expected in times_of(nlp, text, DCT)


@pytest.mark.parametrize(
    "text",
    [
        # no "o'clock": a bare number is no time
        "The polls close at 8 and the count starts at once.",
        # a direction on a clock face is no time of day
        "Gunfire came from the building at his two o'clockwise side.",
    ],
)
def test_a_number_without_oclock_is_no_clock_time(nlp, text):
    assert [t for t in times_of(nlp, text, DCT) if t[1] == "TIME"] == []


def test_a_clock_time_tonight_is_in_the_evening(nlp):
    # "tonight" gives a clock time without a.m./p.m. the evening's half of the day
    text = "The meeting starts at 10:30 tonight."
    assert ("10:30 tonight", "TIME", "2016-09-12T22:30") in times_of(nlp, text, DCT)
