"""Days told by clocks: a clock time told with no day ("the 3:30 a.m. fire") dates no day to
dispute (CLOCK_ONLY), and a day next to another is the same moment when a sentence gives it by
two clocks that fall on two days ("6:41pm PST Thursday (0241 GMT)" and "Friday": ZONED_TIME,
CLOCK_TIME). Hand-written reports on the real parse."""

from __future__ import annotations

import re

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import contradicted, story_facets

# A warehouse fire, dated by weekday in one report; the other, written a day later, gives
# a clock time with no day, or with one.
DATED = (
    "A fire broke out at the Matanuska Maid Dairy warehouse in Palmer on Tuesday, officials "
    "said. Firefighters fought the blaze for hours. No one was hurt. The building was empty. "
    "Arson is suspected."
)
CLOCK = (
    "A fire broke out at the Matanuska Maid Dairy warehouse in Palmer at 3:30 a.m.{day}, "
    "officials said. Firefighters fought the blaze for hours. No one was hurt. The building "
    "was empty. Arson is suspected."
)
PUBLISHED = ["2012-08-08", "2012-08-09"]

# A death told by the agent in Los Angeles time, and by a report giving another day.
LOCAL = (
    "Pinup icon Bettie Page died {when} in a Los Angeles hospital, her agent said. She was 85. "
    "Page had a heart attack. She was in a coma. Fans mourned."
)
OTHER_DAY = (
    "Pinup icon Bettie Page died in a Los Angeles hospital on {day}, her agent said. She was "
    "85. Page had a heart attack. She was in a coma. Fans mourned."
)
NEVER = re.compile(r"(?!)")


def fire_facets(nlp, day):
    return story_facets(
        nlp, [("Wire", DATED), ("Daily", CLOCK.format(day=day))], published=PUBLISHED
    )


def test_a_clock_time_with_no_day_dates_nothing(nlp):
    # "at 3:30 a.m." in a report of the 9th is no claim that the fire was on the 9th
    facets = fire_facets(nlp, "")
    assert not contradicted(facets, "date")
    (dated,) = [f for f in facets if f.attribute == "date"]
    assert [v.label for v in dated.values] == ["2012-08-07"]


@pytest.mark.parametrize("day", [" Thursday", " (0735 GMT) Thursday"])
def test_a_clock_time_with_its_day_still_disputes(nlp, day):
    # the day may lie past the time expression, beyond the zone: its sentence tells it
    facets = fire_facets(nlp, day)
    (disputed,) = contradicted(facets, "date")
    assert len(disputed.values) == 2


def test_without_the_reading_a_bare_clock_time_disputes(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "CLOCK_ONLY", NEVER)
    assert contradicted(fire_facets(nlp, ""), "date")


def death_facets(nlp, when, day):
    return story_facets(
        nlp, [("Wire", LOCAL.format(when=when)), ("Daily", OTHER_DAY.format(day=day))]
    )


def test_a_day_told_by_two_clocks_agrees_with_the_next(nlp):
    # 6:41 p.m. in Los Angeles on Thursday is 02:41 GMT on Friday, the wire desk's day
    facets = death_facets(nlp, "at 6:41pm PST Thursday (0241 GMT)", "Friday")
    assert not contradicted(facets, "date")


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("Thursday evening", "Friday"),  # no zone: one clock
        ("at 9:10 a.m. (0440 GMT) Thursday", "Friday"),  # two clocks, one day
        ("at 6:41pm PST Thursday (0241 GMT)", "Saturday"),  # two days apart
    ],
)
def test_days_told_by_one_clock_or_two_apart_dispute(nlp, when, day):
    assert contradicted(death_facets(nlp, when, day), "date")


def test_without_the_reading_a_day_by_two_clocks_disputes_the_next(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "ZONED_TIME", NEVER)
    assert contradicted(death_facets(nlp, "at 6:41pm PST Thursday (0241 GMT)", "Friday"), "date")
