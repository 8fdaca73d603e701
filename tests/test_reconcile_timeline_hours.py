"""Within one day the timeline keeps the order of the day's hours: an event of Sunday
afternoon comes before one of Sunday night, whatever their names, and an event dated by the
day alone comes first, as the whole day (reconcile._time_of_day). Real spaCy parses."""

from __future__ import annotations

import pytest

from corroborator import reconcile
from corroborator.analyze import analyze_doc
from corroborator.model import Article, Story

TEXT = (
    "Police arrested a suspect in Tampa on Sunday night.\n\n"
    "A gunman shot two officers in Orlando on Sunday afternoon.\n\n"
    "A man was killed in Miami on Sunday."
)


def _timeline(nlp):
    article = Article(id="a0", text=TEXT, source="test/0", outlet="Wire", published="2016-06-13")
    analyses = {"a0": analyze_doc(nlp(TEXT), article, "test")}
    _, timeline, _ = reconcile.reconcile(Story(id="s", articles=["a0"]), {"a0": article}, analyses)
    return timeline


def test_a_day_keeps_the_order_of_its_hours(nlp):
    rows = [(e.start, e.event.split(" (")[0]) for e in _timeline(nlp)]
    assert rows == [
        ("2016-06-12", "killing"),
        ("2016-06-12", "shooting"),
        ("2016-06-12", "arrest"),
    ]


@pytest.mark.parametrize(
    ("value", "hour"),
    [("2016-06-12TAF", "14"), ("2016-06-12TNI", "21"), ("2016-06-12T09:30", "09:30"),
     ("2016-06-12", ""), ("PRESENT_REF", "")],
)  # fmt: skip
def test_the_hour_a_value_sorts_at(value, hour):
    assert reconcile._time_of_day(value) == hour
