"""Time expressions: general readings of English found on modern news (PolNeAR
2015-16 political articles), each rule with positive and negative literal sentences, read on
the real spaCy parse.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from timex_reads import times_of

# (publication date, sentence, an expected (extent, type, value) among the results)
POSITIVE = [
    # CONDITION_MARKERS: the present tense of an open condition looks ahead
    (
        "2016-03-24",
        "Republicans fear a wipeout on Congress if Donald Trump is at the top of the ticket in "
        "November.",
        ("November", "DATE", "2016-11"),
    ),
    (
        "2016-01-05",
        "Gun rules can be overturned unless voters elect a Democrat in November.",
        ("November", "DATE", "2016-11"),
    ),
    # FORWARD_MODALS: a present clause of condition under a modal looks ahead
    (
        "2016-01-05",
        "Ryan said the rules can be overturned if a Republican is elected president in November.",
        ("November", "DATE", "2016-11"),
    ),
    # _ahead_of_thing for a year-less month or date: "before the November elections"
    (
        "2016-03-24",
        "The group aims to spend almost $900 million before the November elections.",
        ("November", "DATE", "2016-11"),
    ),
    # THAT_MONTH_CLOSES: "that November" the tagger reads as a conjunction and a month
    (
        "2016-04-26",
        "In 1972, McGovern lost the general election catastrophically to Richard Nixon that "
        "November, carrying only Massachusetts.",
        ("that November", "DATE", "1972-11"),
    ),
    (
        "2016-04-26",
        "In 2008, he moved to Ohio. He left that October.",
        ("that October", "DATE", "2008-10"),
    ),
    # PERFECT_DONE: an infinitive under the present perfect of "begin", "try" happened
    (
        "2016-05-24",
        "But Sanders has begun to rebut that criticism, fundraising for three House candidates "
        "in April, and for another this past week.",
        ("April", "DATE", "2016-04"),
    ),
    ("2016-05-24", "Aides have tried to reach him on Friday.", ("Friday", "DATE", "2016-05-20")),
    # UNIT: "a quarter of a century" is 25 years, as "a quarter-century" is
    (
        "2013-03-21",
        "He has led the party for a quarter of a century.",
        ("a quarter of a century", "DURATION", "P25Y"),
    ),
    # HUNDREDS_AS_DECADE_FROM: "the 1800s" is a century, "the early 2000s" a decade
    ("2013-03-21", "The town was founded in the 1800s.", ("the 1800s", "DATE", "18")),
    ("2013-03-21", "The mine closed in the early 2000s.", ("the early 2000s", "DATE", "200")),
    # clock_day: a clock time with "this morning", "last night", "Tuesday evening" is one
    # time of that day, and the part of the day tells a.m. from p.m.
    (
        "2013-03-21",
        "He arrived at 8:30 this morning.",
        ("8:30 this morning", "TIME", "2013-03-21T08:30"),
    ),
    (
        "2013-03-21",
        "Shots were fired at 10 p.m. last night.",
        ("10 p.m. last night", "TIME", "2013-03-20T22:00"),
    ),
    (
        "2013-03-21",
        "He arrived at 3:10 yesterday afternoon.",
        ("3:10 yesterday afternoon", "TIME", "2013-03-20T15:10"),
    ),
    (
        "2013-03-21",
        "He arrived at 7:45 on Tuesday evening.",
        ("7:45 on Tuesday evening", "TIME", "2013-03-19T19:45"),
    ),
    # NIGHT_AM_BEFORE: after midnight, the night's next day
    (
        "2013-03-21",
        "The blast came at 2:30 last night.",
        ("2:30 last night", "TIME", "2013-03-21T02:30"),
    ),
    # STORY_THAT_SEASON: "that summer" is the season of the story's year
    (
        "2013-03-21",
        "In May 2010, he moved to Ohio. That summer, he left.",
        ("That summer", "DATE", "2010-SU"),
    ),
    ("2013-03-21", "In 2010, he moved. He left that winter.", ("that winter", "DATE", "2010-WI")),
    # COORDINATED_DATES_GAP: a month listed after another comes after it
    (
        "2015-11-27",
        "The ads were reserved for December and January.",
        ("January", "DATE", "2016-01"),
    ),
    (
        "2015-11-27",
        "Shipments between Dec. 28 and Jan. 3 fell sharply.",
        ("Jan. 3", "DATE", "2016-01-03"),
    ),
    # HOLIDAYS: the other US Monday holidays and the family days, typeset apostrophes too
    (
        "2016-01-19",
        "The debate was held on the eve of Martin Luther King Day.",
        ("Martin Luther King Day", "DATE", "2016-01-18"),
    ),
    ("2016-01-19", "He will visit on Mother's Day.", ("Mother's Day", "DATE", "2016-05-08")),
    (
        "2016-01-19",
        "The parade is on St. Patrick’s Day.",
        ("St. Patrick’s Day", "DATE", "2016-03-17"),
    ),
    ("2016-01-19", "He proposed on Valentine’s Day.", ("Valentine’s Day", "DATE", "2015-02-14")),
    # decade rule: a typeset apostrophe before a two-digit decade ("the late ’80s")
    ("2016-01-19", "Prices rose in the late ’80s.", ("the late ’80s", "DATE", "198")),
    # time_last_year: "this time last year" is the DCT's date a year back, one expression
    (
        "2013-03-21",
        "Sales are up from this time last year.",
        ("this time last year", "DATE", "2012-03-21"),
    ),
    (
        "2016-02-29",
        "We will know more this time next year.",
        ("this time next year", "DATE", "2017-02-28"),
    ),
    # SPAN_END_WORDS: a past state that lasted until a thing named by its day ended then
    (
        "2016-06-17",
        "Until Monday's announcement, both companies' stocks were trading at bargain prices.",
        ("Monday", "DATE", "2016-06-13"),
    ),
    # HALF_UNIT_STEPS: "two and a half years ago" counts 30 months back
    (
        "2013-03-21",
        "He left two and a half years ago.",
        ("two and a half years ago", "DATE", "2010-09"),
    ),
    (
        "2013-03-21",
        "On May 3, 2005, he moved. A year and a half later, he left.",
        ("A year and a half later", "DATE", "2006-11"),
    ),
    # NAME_BEFORE: a word ending its sentence is no name before "Today"
    (
        "2016-01-05",
        "His father refused to call him Ted. Today, Mr. Cruz serves as his surrogate.",
        ("Today", "DATE", "2016-01-05"),
    ),
    # season rule: "late summer" needs no "the"; a left quote typeset for the apostrophe
    ("2016-01-05", "By late summer, she looked vulnerable.", ("late summer", "DATE", "2015-SU")),
    ("2016-01-05", "Zimbabwe in the ‘90s printed money.", ("the ‘90s", "DATE", "199")),
    # BLOCKING_PREVIOUS_WORDS block numbers only: "the briefing room this month"
    (
        "2016-01-05",
        "He appeared in the Pentagon briefing room this month to discuss the plan.",
        ("this month", "DATE", "2016-01"),
    ),
    # story_that: "the same year" after a date is that date's year
    (
        "2016-01-05",
        "Ayotte was elected to the state Senate in 2004, the same year Ayotte became attorney "
        "general.",
        ("the same year", "DATE", "2004"),
    ),
]

NEGATIVE = [
    # a condition in the past tense stays in the past
    (
        "2016-03-24",
        "Republicans feared a wipeout if Trump was on the ticket in November.",
        ("November", "DATE", "2016-11"),
    ),
    # a present sentence with no condition keeps the nearest reading
    ("2016-03-24", "Republicans lost the Senate in November.", ("November", "DATE", "2016-11")),
    # a negated modal does not look ahead ("could not be reached")
    (
        "2016-01-05",
        "The rules could not be overturned when the court sits in November.",
        ("November", "DATE", "2016-11"),
    ),
    # spent before the elections: told in the past, the elections are behind
    (
        "2016-03-24",
        "The group spent $900 million before the November elections.",
        ("November", "DATE", "2016-11"),
    ),
    # a perfect refusal may still hold for days ahead: no past reading
    ("2016-05-24", "Sanders has refused to testify until June.", ("June", "DATE", "2015-06")),
    # an infinitive of intending under a present verb still looks ahead
    ("2016-05-24", "Sanders hopes to campaign on Friday.", ("Friday", "DATE", "2016-05-20")),
    # "quarter" of something else stays no duration of years
    ("2013-03-21", "It was the worst quarter of a decade.", ("a decade", "DURATION", "P25Y")),
    # a clock time and a part of a day apart are two expressions
    (
        "2013-03-21",
        "He arrived at 8:30 and this morning he left.",
        ("8:30 this morning", "TIME", "2013-03-21T08:30"),
    ),
    # before midnight, "last night" is the night of the day before
    (
        "2013-03-21",
        "He arrived at 11:15 last night.",
        ("11:15 last night", "TIME", "2013-03-21T11:15"),
    ),
    # weekdays in a listing are no months: each keeps its own reading
    (
        "1998-02-06",
        "Following are statements made Friday and Thursday by the lawyer.",
        ("Thursday", "DATE", "1999-02-05"),
    ),
    # a month alone keeps its reading; a year written in the second keeps that year
    ("2015-11-27", "The ads were reserved for January.", ("January", "DATE", "2016-01")),
    (
        "2015-11-27",
        "Prices rose in December and January 2015.",
        ("January 2015", "DATE", "2016-01"),
    ),
    # a thing named after a holiday is no date ("a Valentine’s Day card")
    ("2016-01-19", "He sent a Valentine’s Day card.", ("Valentine’s Day", "DATE", "2015-02-14")),
    # "Columbus" alone is a city, no holiday
    ("2016-01-19", "He flew to Columbus on Monday.", ("Columbus", "DATE", "2015-10-12")),
    # a closing quote before a number of no decade
    ("2016-01-19", "He said ‘no’ 90 times.", ("’ 90", "DATE", "199")),
    # "this time" apart from "last year" is no date of last year's
    (
        "2013-03-21",
        "At this time, last year's results look weak.",
        ("this time, last year", "DATE", "2012-03-21"),
    ),
    # putting off until a day's event still looks ahead
    (
        "2016-06-17",
        "The court adjourned until Monday's hearing.",
        ("Monday", "DATE", "2016-06-13"),
    ),
    # counted from a story year, no finer than that year
    (
        "2013-03-21",
        "In 2005 he moved. Two and a half years later, he left.",
        ("Two and a half years later", "DATE", "2007-07"),
    ),
    # a length of two and a half years stays a length
    (
        "2013-03-21",
        "He spent two and a half years in prison.",
        ("two and a half years", "DATE", "2010-09"),
    ),
    # ... while a newspaper's name keeps "Today" a name
    ("2016-01-05", "He writes for USA Today every week.", ("Today", "DATE", "2016-01-05")),
    ("2016-01-05", "He won a spring training game.", ("spring", "DATE", "2016-SP")),
    # ... while "room 2010" stays a room
    ("2016-01-05", "He stayed in room 2010 of the hotel.", ("2010", "DATE", "2010")),
    # with no date named before, "the same day" is no date
    ("2016-01-05", "They were born on the same day.", ("the same day", "DATE", "2016-01-05")),
    # "that" opening a clause before a season: no season of the story
    (
        "2013-03-21",
        "In 2010, he said that summer jobs are scarce.",
        ("that summer", "DATE", "2010-SU"),
    ),
    # "that" opening a clause: the month alone, no story month
    (
        "2016-04-26",
        "In 1972, he said that November would be decisive.",
        ("that November", "DATE", "1972-11"),
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), POSITIVE)
def test_reads(nlp, dct: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in times_of(nlp, text, dct)


@pytest.mark.parametrize(("dct", "text", "unexpected"), NEGATIVE)
def test_does_not_read(nlp, dct: str, text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in times_of(nlp, text, dct)


def _tempeval3():
    path = Path(__file__).resolve().parents[2] / "eval" / "tempeval3.py"
    spec = importlib.util.spec_from_file_location("tempeval3_pairs_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_pair_line_lists_right_wrong_and_unmatched_pairs():
    te3 = _tempeval3()
    text = "He left\tFriday and came back on Monday."
    gold = [te3.GoldTimex(8, 14, "DATE", "1998-10-23", "Friday"),
            te3.GoldTimex(32, 38, "DATE", "1998-10-26", "Monday")]  # fmt: skip
    system = [te3.SysTimex(8, 14, "DATE", "1998-10-23"), te3.SysTimex(32, 38, "DATE", "1998-10-19")]
    doc = te3.TmlDoc("d.tml", text, "1998-10-26", gold)
    pairs = te3.score_doc(gold, system, te3.Counts(), text)
    lines = [te3.pair_line(doc, g, s) for g, s in pairs]
    assert [line.split("\t")[0] for line in lines] == ["OK", "XX"]
    fields = lines[1].split("\t")
    assert fields[1:5] == ["d.tml", "1998-10-26", "32", "gold 'Monday' DATE 1998-10-26"]
    assert fields[5] == "sys 'Monday' DATE 1998-10-19"
    assert fields[6] == "He left Friday and came back on Monday."  # whitespace folded
    unmatched = te3.pair_line(doc, None, te3.SysTimex(0, 2, "DATE", "PRESENT_REF"))
    assert unmatched.split("\t")[0] == "XX" and "\tgold -\t" in unmatched
