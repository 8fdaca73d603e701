"""Two winners dispute one contest only: the same place, and the same day when each report gives
a full day (reconcile._one_contest reads _full_day, FULL_DAY, as _dated_alike does). A month or a
year of the contest's own event tells no other day: "won in Virginia this month" and "won in
Virginia on Tuesday" (Mar. 22) name two winners of one contest. Two full days apart are two
contests. Hand-written reports, real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

import pytest

from reconcile_reads import story_facets

WIRE = "Hillary Clinton won in Virginia on Tuesday, while Bernie Sanders won in Vermont on Tuesday."


def _winners_disputed(facets) -> bool:
    return any(f.attribute == "participant: winner" and f.verdict == "contradicted" for f in facets)


@pytest.mark.parametrize(
    ("other", "disputed"),
    [
        # a month, no day: the Virginia contest all the same
        ("Bernie Sanders won in Virginia this month.", True),
        # the same full day
        ("Bernie Sanders won in Virginia on March 22.", True),
        # another full day: another contest in Virginia
        ("Bernie Sanders won in Virginia on March 8.", False),
    ],
)
def test_winners_of_one_place_dispute_unless_their_full_days_differ(nlp, other, disputed):
    facets = story_facets(nlp, [("Wire", WIRE), ("Daily", other)], published=["2016-03-23"] * 2)
    assert _winners_disputed(facets) is disputed
