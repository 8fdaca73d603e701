"""The timeline puts an event dated by a week ("last week": 2016-W37) where the week starts
(its Monday), not after every day of its year as its value written out would sort, and says
its granularity is a week (reconcile._value_start). Real spaCy parses."""

from __future__ import annotations

from corroborator import reconcile
from corroborator.analyze import analyze_doc
from corroborator.model import Article, Story

TEXT = (
    "Officer Betty Shelby shot Terence Crutcher in Tulsa last week.\n\n"
    "On Tuesday, police arrested two protesters in Tulsa."
)


def _timeline(nlp):
    article = Article(id="a0", text=TEXT, source="test/0", outlet="Wire", published="2016-09-23")
    analyses = {"a0": analyze_doc(nlp(TEXT), article, "test")}
    _, timeline, _ = reconcile.reconcile(Story(id="s", articles=["a0"]), {"a0": article}, analyses)
    return timeline


def test_a_week_sorts_from_its_monday(nlp):
    rows = [(e.start, e.granularity, e.event.split(" (")[0]) for e in _timeline(nlp)]
    assert rows[:2] == [("2016-09-12", "week", "shooting"), ("2016-09-20", "day", "arrest")]


def test_the_week_is_shown_as_the_week_of_its_monday(nlp):
    (week,) = [e for e in _timeline(nlp) if e.granularity == "week"]
    assert week.when == "the week of 2016-09-12"
