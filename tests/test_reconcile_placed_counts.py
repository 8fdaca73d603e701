"""How reconcile disputes the counts of an event named by a verb outside the tables (the
firefighting of a blaze): told by one voice a side, they dispute when both claims do the act to
the same thing in sentences naming the same town (PLACED_THING_BACKS), not in two towns."""

from __future__ import annotations

import corroborator.reconcile as reconcile
import reconcile_reads
from reconcile_reads import contradicted

WIRE = (
    "More than 50 firefighters with 10 fire engines fought the blaze which virtually destroyed "
    "the store in Banstead, Surrey."
)
DAILY = (
    "Four fire engines were tackling the last of the blaze which began on the roof of the "
    "store in Banstead, Surrey, before 9."
)


def engine_disputes(nlp, first, second):
    facets = reconcile_reads.story_facets(nlp, [("Wire", first), ("Daily", second)])
    return contradicted(facets, "number of engine")


def test_engines_fighting_one_blaze_in_one_town_dispute(nlp):
    assert engine_disputes(nlp, WIRE, DAILY)


def test_engines_fighting_blazes_in_two_towns_of_one_county_do_not(nlp):
    # the county both name is no tie: Reigate's fire is another
    other = DAILY.replace("Banstead", "Reigate")
    assert not engine_disputes(nlp, WIRE, other)


def test_switched_off_the_one_voice_counts_are_held_apart(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "PLACED_THING_BACKS", False)
    assert not engine_disputes(nlp, WIRE, DAILY)
