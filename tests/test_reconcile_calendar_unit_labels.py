"""A date that is a calendar unit reads in a dossier as the report named it, still exactly
(reconcile._unit_label, SEASON_NAMES, HALF_NAMES, UNIT_PART_LABELS): "last week" is "the week
of 2016-09-12", not "2016-09-12 to 2016-09-18", which reads like a span of days a report gave;
"last summer" is "summer 2015", "the third quarter" "2016 Q3", "the 1990s" "the 1990s". Days,
months and years keep their ISO dates. The timeline still sorts each unit from its first day
(_value_start). Real spaCy parses, through reconcile."""

from __future__ import annotations

import pytest

from corroborator import reconcile
from corroborator.analyze import analyze_doc
from corroborator.model import Article, Span, Story, TimeRef

EVENT = "Officer Betty Shelby shot Terence Crutcher in Tulsa {}."
STATEMENT = "{}, Mayor Jennifer Roberts told reporters that the city would review the video."


def _reconcile(nlp, text):
    article = Article(id="a0", text=text, source="test/0", outlet="Wire", published="2016-09-23")
    analyses = {"a0": analyze_doc(nlp(text), article, "test")}
    return reconcile.reconcile(Story(id="s", articles=["a0"]), {"a0": article}, analyses)


def _event_date(nlp, when):
    """The labels of the shooting's date facet and of its timeline row (and the row)."""
    facets, timeline, _ = _reconcile(nlp, EVENT.format(when))
    (facet,) = [f for f in facets if f.attribute == "date"]
    (row,) = [e for e in timeline if e.event.startswith("shooting")]
    assert [label for label, _ in row.datings] == [row.when]
    return [v.label for v in facet.values], row


@pytest.mark.parametrize(
    ("when", "label", "start", "granularity"),
    [
        ("last week", "the week of 2016-09-12", "2016-09-12", "week"),
        ("last weekend", "the weekend of 2016-09-17", "2016-09-17", "weekend"),
        ("last summer", "summer 2015", "2015-06", "season"),
        ("last winter", "winter 2015-16", "2015-12", "season"),
        ("in the third quarter of 2015", "2015 Q3", "2015-07", "quarter"),
        ("in the first half of 2015", "the first half of 2015", "2015-01", "half"),
        ("in the 1990s", "the 1990s", "1990", "decade"),
        ("in the late 1990s", "the end of the 1990s", "1990", "decade"),
        ("in the 19th century", "the 19th century", "1800", "century"),
    ],
)
def test_an_event_dated_by_a_calendar_unit_reads_as_the_unit(nlp, when, label, start, granularity):
    labels, row = _event_date(nlp, when)
    assert labels == [label]
    assert (row.when, row.start, row.granularity) == (label, start, granularity)


@pytest.mark.parametrize(
    ("when", "label"),
    [
        ("on Tuesday", "2016-09-20"),
        ("in August", "2016-08"),
        ("in 2015", "2015"),
    ],
)
def test_days_months_and_years_keep_their_iso_dates(nlp, when, label):
    labels, row = _event_date(nlp, when)
    assert labels == [label] and row.when == label


@pytest.mark.parametrize(
    ("when", "label", "granularity"),
    [
        ("Last week", "the week of 2016-09-12", "week"),
        ("Last weekend", "the weekend of 2016-09-17", "weekend"),
        ("Last summer", "summer 2015", "season"),
        ("In the third quarter", "2016 Q3", "quarter"),
        ("In the first half of the year", "the first half of 2016", "half"),
    ],
)
def test_a_statement_dated_by_a_calendar_unit_reads_as_the_unit(nlp, when, label, granularity):
    _, timeline, _ = _reconcile(nlp, STATEMENT.format(when))
    (row,) = [e for e in timeline if "Roberts" in e.event]
    assert (row.when, row.granularity) == (label, granularity)
    assert row.datings == [(label, "Wire")]


def test_units_sort_from_their_first_day(nlp):
    text = (
        "Officer Betty Shelby shot Terence Crutcher in Tulsa last weekend.\n\n"
        "On Thursday, police arrested two protesters in Tulsa.\n\n"
        "Rebels shot two soldiers in Aleppo in the 1990s."
    )
    _, timeline, _ = _reconcile(nlp, text)
    rows = [(e.start, e.when) for e in timeline]
    assert rows == sorted(rows)
    whens = [e.when for e in timeline]
    assert whens.index("the 1990s") < whens.index("the weekend of 2016-09-17")
    assert whens.index("the weekend of 2016-09-17") < whens.index("2016-09-22")


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("PAST_REF", "the past"),
        ("PRESENT_REF", "the present"),
        ("FUTURE_REF", "the future"),
        ("2016-SP", "spring 2016"),
        ("2016-FA", "fall 2016"),
        ("2016-H2", "the second half of 2016"),
        ("20", "the 21st century"),
        ("2016-W53", None),  # 2016 has no 53rd ISO week
        ("2016-09", None),
        ("XXXX-SU", None),
    ],
)
def test_unit_labels_of_values_the_parses_above_do_not_reach(value, label):
    assert reconcile._unit_label(value) == label


def test_a_part_of_a_unit_says_which_part():
    time = TimeRef(Span(0, 1), "DATE", "2016-SU", "2016-06-01", "2016-06-30", "season", "START")
    assert reconcile._date_label(time) == "the start of summer 2016"
