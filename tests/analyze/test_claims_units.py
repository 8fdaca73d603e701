"""One unit written two ways is one unit (UNIT_ALIASES), on real parses: "30%" and "30 percent"
count the same share; percentage points stay points."""

from __future__ import annotations

import pytest
from claims_reads import event_claims


def units_of(nlp, text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for c in event_claims(nlp, text) for q in c.quantities]


@pytest.mark.parametrize(
    "text",
    [
        "Trump garnered 30% of the votes in Indiana.",
        "Trump garnered 30 percent of the votes in Indiana.",
    ],
)
def test_a_share_is_percent_however_written(nlp, text):
    assert units_of(nlp, text) == [(30.0, "percent")]


def test_percentage_points_stay_points(nlp):
    assert units_of(nlp, "Clinton gained five points in Ohio.") == [(5.0, "point")]
