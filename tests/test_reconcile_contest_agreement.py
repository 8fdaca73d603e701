"""Agreement on a contest's outcome told of two contests (CONTEST_AGREEMENT, _contests_apart).
Hand-written reports, real spaCy parses (reconcile_reads.story_facets).

A campaign's news tells one candidate's wins again and again: "Clinton won in Iowa"
and "Clinton won in Florida and Texas" name one winner but two contests, told
apart by their places; "won the primary on Feb. 9" and "won the primary on March 15" by their
days. Two voices agree on a win only when nothing they tell of its contest differs.
"""

from __future__ import annotations

import re

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets


@pytest.fixture(autouse=True)
def one_event_of_wins(monkeypatch):
    """The agreement reading on its own: wins not split into events by contest first
    (CONTEST_EVENTS, tests/test_reconcile_contest_events.py)."""
    monkeypatch.setattr(reconcile, "CONTEST_EVENTS", False)


TAIL = " The race goes on."
IOWA = "Hillary Clinton won in Iowa on Monday night." + TAIL


def win_facet(nlp, wire, daily):
    facets = story_facets(nlp, [("Wire", wire), ("Daily", daily)], "2016-03-16")
    found = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("win")]
    assert len(found) == 1, [(f.subject, f.attribute) for f in facets]
    return found[0]


@pytest.mark.parametrize(
    ("wire", "daily"),
    [
        # two states: two contests
        (IOWA, "Hillary Clinton won in Florida and Texas." + TAIL),
        # two days: two contests
        (
            "Hillary Clinton won the primary on Feb. 9." + TAIL,
            "Hillary Clinton won the primary on March 15." + TAIL,
        ),
    ],
)
def test_two_contests_do_not_agree(nlp, wire, daily):
    facet = win_facet(nlp, wire, daily)
    assert facet.verdict == "single_source"
    assert facet.why.startswith(reconcile.UNTIED_VOICES)


def test_one_contest_agrees(nlp):
    facet = win_facet(nlp, IOWA, "Hillary Clinton narrowly won the caucuses in Iowa." + TAIL)
    assert facet.verdict == "corroborated"


def test_without_the_reading_two_contests_agree(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "CONTEST_AGREEMENT", False)
    florida = "Hillary Clinton won in Florida and Texas." + TAIL
    assert win_facet(nlp, IOWA, florida).verdict == "corroborated"


# a day of a known year or month whose day is unknown ("Later that day" after "in February":
# 2016-02-XX) gives no day to set a contest apart by (FULL_DAY, _full_day)
DAY_UNKNOWN = "The voting began in February. Later that day, Hillary Clinton won the primary."
DAY_NAMED = "Hillary Clinton won the primary on Feb. 9, 2016." + TAIL


def test_a_day_of_unknown_date_sets_no_contest_apart(nlp):
    facet = win_facet(nlp, DAY_UNKNOWN + TAIL, DAY_NAMED)
    assert facet.verdict == "corroborated"


def test_a_partial_day_read_as_a_day_sets_the_contests_apart(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "FULL_DAY", re.compile(r"\d{4}-[\dX]{2}-[\dX]{2}"))
    facet = win_facet(nlp, DAY_UNKNOWN + TAIL, DAY_NAMED)
    assert facet.verdict == "single_source"
    assert facet.why.startswith(reconcile.UNTIED_VOICES)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2016-02-09", "2016-02-09"),
        ("2016-02-09TNI", "2016-02-09"),
        ("2016-02-XX", None),
        ("2016-XX-XX", None),
        ("XXXX-02-09", None),
        ("XXXX-WXX-2", None),
        ("2016", None),
    ],
)
def test_full_day(value, day):
    assert reconcile._full_day(value) == day
