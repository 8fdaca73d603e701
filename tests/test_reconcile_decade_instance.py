"""An event of the past dated to a decade is named for the decade ("Attack in the 1990s"), not
for the decade's first year ("Attack in 1990", which no report says). Hand-written reports,
real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

from reconcile_reads import story_facets

REPORTS = [
    (
        "Wire",
        "The FBI said on Monday it had foiled a plot against the building. "
        "The first World Trade Center bombing in the 1990s killed six people.",
    ),
    ("Daily", "The FBI said on Monday it had foiled a plot against the building in New York."),
]


def test_a_past_event_dated_to_a_decade_is_named_for_the_decade(nlp):
    facets = story_facets(nlp, REPORTS, published="2016-07-05")
    subjects = {f.subject for f in facets}
    decade = [s for s in subjects if "1990" in s]
    assert decade, subjects
    assert all("in the 1990s" in s for s in decade), decade
