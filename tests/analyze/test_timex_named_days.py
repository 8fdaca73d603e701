"""Time expressions: named days of the movable calendar (EASTER_FEASTS, EASTER_WEEKS,
ELECTION_DAY_NAMES, SUPER_TUESDAYS), weekdays inside names (WEEKDAY_NAME_BEFORE), the story's
"that evening" (STORY_THAT_DAY), "today's world" (GENERIC_TODAY_NOUNS), times that are quoted
titles (TITLE_OPEN_BEFORE, TITLE_CLOSE_AFTER) and the night's "early hours of Monday"
(NIGHT_HOURS_OF), each with positive and negative literal sentences on the real spaCy parse.
"""

from __future__ import annotations

import datetime as dt

import pytest
from timex_reads import times_of

from corroborator.analyze.timex import _easter

DCT = "2013-03-21"  # a Thursday


def _times(nlp, text: str, published: str | None = DCT) -> list[tuple[str, str, str]]:
    return times_of(nlp, text, published)


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2000, dt.date(2000, 4, 23)), (2013, dt.date(2013, 3, 31)), (2019, dt.date(2019, 4, 21)),
     (2024, dt.date(2024, 3, 31)), (1998, dt.date(1998, 4, 12))],
)  # fmt: skip
def test_easter_computus(year: int, easter: dt.date) -> None:
    assert _easter(year) == easter


# (sentence, DCT, an expected (extent, type, value) among the results)
POSITIVE = [
    # EASTER_FEASTS: the feast of the DCT's year, or the last / next one by tense
    ("The pope will celebrate Mass on Easter Sunday.", DCT,
     ("Easter Sunday", "DATE", "2013-03-31")),
    ("Pilgrims will gather on Good Friday.", DCT, ("Good Friday", "DATE", "2013-03-29")),
    ("Crowds filled the square on Palm Sunday.", "2013-03-26",
     ("Palm Sunday", "DATE", "2013-03-24")),
    ("The bombing took place during Easter 1998.", DCT, ("Easter 1998", "DATE", "1998-04-12")),
    ("Revelers celebrated Mardi Gras in New Orleans.", "2013-02-14",
     ("Mardi Gras", "DATE", "2013-02-12")),
    # EASTER_WEEKS: the ISO week that ends on Easter Sunday
    (
        "Earlier Sunday, protesters prayed as Easter week began.",
        "2000-04-17",
        ("Easter week", "DATE", "2000-W16"),
    ),
    # ELECTION_DAY_NAMES: the Tuesday after the first Monday of November
    (
        "It will be a major theme of our campaign from now to Election Day.",
        "1998-10-26",
        ("Election Day", "DATE", "1998-11-03"),
    ),
    ("Voters went to the polls on Election Day.", DCT, ("Election Day", "DATE", "2012-11-06")),
    # SUPER_TUESDAYS: the table's date, the last one before the DCT in the past tense
    ("Romney won big on Super Tuesday.", DCT, ("Super Tuesday", "DATE", "2012-03-06")),
    ("Romney won ten states on Super Tuesday.", "2012-03-08",
     ("Super Tuesday", "DATE", "2012-03-06")),
    ("Clinton will campaign hard before Super Tuesday.", "2016-02-20",
     ("Super Tuesday", "DATE", "2016-03-01")),
    # STORY_THAT_DAY: the day named before
    ("The bomb exploded on Jan. 5. Police arrived that evening.", DCT,
     ("that evening", "TIME", "2013-01-05TEV")),
    ("The bomb exploded on Jan. 5. That morning, the city was calm.", DCT,
     ("That morning", "TIME", "2013-01-05TMO")),
    ("Shares fell on Monday, and trades made that day were reviewed.", DCT,
     ("that day", "DATE", "2013-03-18")),
    # "that same day" after a month or a year: a day of it, not the DCT
    ("Slepian was killed last October by a sniper. His name was crossed out that same day.",
     "1999-02-06", ("that same day", "DATE", "1998-10-XX")),
    ("The riots began in 2011. Later that day, police fired.", DCT,
     ("Later that day", "DATE", "2011-XX-XX")),
    # GENERIC_TODAY_NOUNS: "today's" of an event is the DCT (the present age is left out)
    ("Today's vote was delayed.", DCT, ("Today", "DATE", "2013-03-21")),
    ("The minister spoke today about the world.", DCT, ("today", "DATE", "2013-03-21")),
    # a short quote that is speech, not a title, keeps its time
    ('"Next Tuesday," she said.', DCT, ("Next Tuesday", "DATE", "2013-03-26")),
    ('He said "Monday" twice.', DCT, ("Monday", "DATE", "2013-03-18")),
    ('The report, "Iran in 2012," was published Monday.', DCT, ("2012", "DATE", "2012")),
    # NIGHT_HOURS_OF: the day stays; "the early hours" alone is still a length of hours
    ("The bailout was agreed in the early hours of Monday.", DCT, ("Monday", "DATE", "2013-03-18")),
    ("He worked through the early hours.", DCT, ("the early hours", "DURATION", "PTXH")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), POSITIVE)
def test_named_days_found(nlp, text: str, published: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text, published)


# (sentence, a phrase that must not be marked up as a time, alone or as part of one)
NEGATIVE = [
    # HOLIDAY_THING_AFTER and WEEKDAY_NAME_BEFORE: names, not dates
    ("The Good Friday agreement ended the conflict.", "Friday"),
    ("Children hunted for Easter eggs in the park.", "Easter"),
    ("The Easter Rising of 1916 failed.", "Easter"),
    ("Shoppers crowded the malls for Black Friday deals.", "Friday"),
    ("Bloody Sunday is remembered in Derry.", "Sunday"),
    # ELECTION_DAY_NAMES: only the capitalised (US) name
    ("The country's election day was peaceful.", "election day"),
    # STORY_THAT_DAY: no day named before (a generic day), or "that" of a clause
    ("You get a news item, it hits, you have strong redemptions that day.", "that day"),
    ("He said that day care centers were closed.", "that day"),
    ("He stayed so that night shifts could continue.", "that night"),
    # TITLE_OPEN_BEFORE / TITLE_CLOSE_AFTER: shows and films named after times
    ("Gonzalez said on CBS's ''60 Minutes.'' The case continues.", "60 Minutes"),
    ('Baker, speaking on ABC News\' "This Week," said the request was legal.', "This Week"),
    ("The poster showed Gary Cooper from the film ``High Noon.'' It helped.", "Noon"),
    # GENERIC_TODAY_NOUNS: the present age, no date
    ("It makes no sense in today's world.", "today"),
    ("Many of today's personal computers use the chip.", "today"),
    # NIGHT_HOURS_OF: a part of the night before a day, no length of hours
    ("The bailout was agreed in the early hours of Monday.", "hours"),
    ("The attack came in the small hours of the morning.", "hours"),
]


@pytest.mark.parametrize(("text", "phrase"), NEGATIVE)
def test_named_days_not_found(nlp, text: str, phrase: str) -> None:
    found = _times(nlp, text)
    assert not any(phrase in extent for extent, _, _ in found), found
