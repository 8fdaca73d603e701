"""CLOCK_DAY_VALUE: a clock time with its day keeps the day in its value.

"9:40 p.m. Friday" is resolved like a bare "Friday" against the publication date, with the
clock time on it; in an undated report it stays a weekday (TIMEX3 "XXXX-WXX-5T21:40"), not a
time of no day ("XXXX-XX-XXT21:40"). Literal sentences of ECB+ reports, real spaCy parse.
"""

from __future__ import annotations

import pytest

from corroborator.analyze.timex import extract_times
from corroborator.model import Article

DCT = "2008-12-13"  # a Saturday

FIRE = (
    "Firefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 p.m. "
    "Friday and found flames and smoke coming out windows at the back of the three-story "
    "structure."
)
PAGE = (
    "Bettie Page passed away at 6:41pm PST this evening (0241 GMT Friday) in a Los Angeles "
    "hospital."
)
QUAKE = "The quake struck at 0241 GMT Wednesday, officials said."


def _values(nlp, text: str, published: str | None) -> dict[str, str]:
    article = Article(id="t", text=text, source="test", published=published)
    return {text[t.span.start : t.span.end]: t.value for t in extract_times(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        (FIRE, "9:40 p.m. Friday", "XXXX-WXX-5T21:40"),
        (PAGE, "0241 GMT Friday", "XXXX-WXX-5T02:41"),
        (QUAKE, "0241 GMT Wednesday", "XXXX-WXX-3T02:41"),
        # the day after the clock time ("at 8 p.m. local time on Sunday", CLOCK_DAY_AFTER)
        ("Polls closed at 8 p.m. local time on Sunday.", "8 p.m.", "XXXX-WXX-7T20:00"),
        # a month and day with no year keep their month and day
        ("The deadline is 5 p.m. Nov. 9, officials said.", "5 p.m. Nov. 9", "XXXX-11-09T17:00"),
    ],
)
def test_an_undated_clock_time_keeps_its_day(nlp, text, extent, value):
    assert _values(nlp, text, None)[extent] == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # resolved like a bare weekday: the Friday on or before the Saturday DCT
        (FIRE, "9:40 p.m. Friday", "2008-12-12T21:40"),
        (QUAKE, "0241 GMT Wednesday", "2008-12-10T02:41"),
    ],
)
def test_a_dated_clock_time_takes_its_weekdays_date(nlp, text, extent, value):
    assert _values(nlp, text, DCT)[extent] == value


def test_a_clock_time_with_no_day_names_none(nlp):
    # negative: no day word, so no day in the value of an undated report
    text = "The fire started about 9:40 p.m. and burned for hours."
    assert _values(nlp, text, None)["about 9:40 p.m."] == "XXXX-XX-XXT21:40"


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # ZONE: the broadcasters' "ET" and European zones stay in the clock time's extent, so
        # the day after it is found; a scheduled present puts that day ahead
        ("The vote is at 2 p.m. ET on Friday.", "2 p.m. ET on Friday", "2008-12-19T14:00"),
        ("The summit opened at 10 a.m. CET.", "10 a.m. CET", "2008-12-13T10:00"),
        # the British "11.30am"
        ("At 11.30am, the president arrived.", "11.30am", "2008-12-13T11:30"),
    ],
)
def test_zones_and_british_clock_times(nlp, text, extent, value):
    assert _values(nlp, text, DCT)[extent] == value


@pytest.mark.parametrize(
    "text",
    [
        # negative: a dotted number with no a.m./p.m. is no clock time, nor a capitalised
        # word that merely looks like a zone
        "The index rose 11.30 points.",
        "Shares of ET Corp rose 3 percent.",
    ],
)
def test_no_clock_time_without_its_marks(nlp, text):
    assert _values(nlp, text, DCT) == {}
