"""Agreement that a happening took place is of two tellings of one mood (MOOD_APART,
_tied_voices). Hand-written reports, real spaCy parses (reconcile_reads.story_facets).

A report that a candidate won and another's guess that he may have won are a report and a
speculation: the facet holds both values ("happened", "speculated"), which do not dispute, and
its voices do not corroborate that the win took place.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

WON = "Donald Trump won the New Hampshire primary on Tuesday, beating John Kasich."
MAY_WIN = "Donald Trump may have won the New Hampshire primary on Tuesday, pollsters say."
WON_TOO = "Donald Trump won the New Hampshire primary on Tuesday by a wide margin."


def _occurred(facets):
    found = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("win")]
    assert len(found) == 1, [(f.subject, f.attribute, f.verdict) for f in facets]
    return found[0]


@pytest.mark.parametrize(
    ("daily", "verdict"),
    [
        (MAY_WIN, "single_source"),  # a report and a speculation
        (WON_TOO, "corroborated"),  # two reports of the win
    ],
)
def test_a_speculation_corroborates_no_happening(nlp, daily, verdict):
    facet = _occurred(story_facets(nlp, [("Wire", WON), ("Daily", daily)]))
    assert facet.verdict == verdict


def test_without_the_reading_a_speculation_corroborates(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "MOOD_APART", False)
    facet = _occurred(story_facets(nlp, [("Wire", WON), ("Daily", MAY_WIN)]))
    assert {v.value for v in facet.values} == {"happened", "speculated"}
    assert facet.verdict == "corroborated"
