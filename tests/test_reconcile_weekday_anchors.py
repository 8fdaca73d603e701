"""An anchored time whose anchor event the story dates by a weekday alone (_event_dates wiring
timex.resolve_weekday_anchor): in undated reports "arrested a few hours after the attack", the
attack told "on Monday morning", dates the arrest Monday, so a report of a Tuesday arrest
disputes it; "hours after" a night attack may fall the next day and dates nothing.
Hand-written reports, real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

import pytest

from reconcile_reads import contradicted, story_facets


def _anchored_report(part: str) -> str:
    return (
        f"Gunmen attacked a bank in Woodburn on Monday {part}. "
        "Police arrested a suspect a few hours after the attack."
    )


@pytest.mark.parametrize(
    ("part", "other_day", "disputed"),
    [
        # hours after a morning attack: the arrest is the Monday, not the Tuesday
        ("morning", "Tuesday", True),
        # ... and agrees with a Monday arrest
        ("morning", "Monday", False),
        # hours after a night attack may be past midnight: no day is given
        ("night", "Tuesday", False),
    ],
)
def test_hours_after_a_weekday_event_fall_on_its_day(nlp, part, other_day, disputed):
    other = f"Police arrested a suspect in Woodburn on {other_day}. The bank was closed."
    facets = story_facets(nlp, [("Wire", _anchored_report(part)), ("Daily", other)])
    dates = [f for f in facets if f.attribute == "date" and f.subject.startswith("arrest")]
    assert bool([f for f in dates if f.verdict == "contradicted"]) is disputed
    if disputed:
        assert contradicted(facets, "date")


def test_the_anchored_arrest_gets_the_weekday(nlp):
    facets = story_facets(
        nlp, [("Wire", _anchored_report("morning")), ("Daily", "Police arrested a suspect.")]
    )
    arrest_dates = [
        v.label
        for f in facets
        if f.attribute == "date" and f.subject.startswith("arrest")
        for v in f.values
    ]
    assert any("Monday" in label for label in arrest_dates), arrest_dates


@pytest.mark.parametrize(("other_day", "disputed"), [("Tuesday", True), ("Monday", False)])
def test_a_year_of_the_anchor_event_leaves_its_weekday_to_date_by(nlp, other_day, disputed):
    # a third report gives the attack a year only, which dates no day: the Monday still does
    facets = story_facets(
        nlp,
        [
            ("Wire", _anchored_report("morning")),
            (
                "Daily",
                f"Police arrested a suspect in Woodburn on {other_day}. The bank was closed.",
            ),
            ("Herald", "The attack in 2008 shocked the town of Woodburn."),
        ],
    )
    dates = [f for f in facets if f.attribute == "date" and f.subject.startswith("arrest")]
    assert bool([f for f in dates if f.verdict == "contradicted"]) is disputed
