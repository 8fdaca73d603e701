"""A town named before the officials who do an act places it (OFFICIALS_PLACE_RULE): "An
Atlanta judge sentenced Nichols" happened in Atlanta; not a state (often ambiguous: "a Georgia
judge"), not officials an act is done to, not a name a town begins. On real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("An Atlanta judge sentenced Brian Nichols to life Saturday.", "sentence", "Atlanta"),
        ("A Philadelphia jury convicted her of murder.", "convict", "Philadelphia"),
    ],
)
def test_a_town_before_the_acting_officials_places_the_act(nlp, text, predicate, place):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.place.span if claim.place else None) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("A Georgia judge sentenced Brian Nichols on Saturday.", "sentence"),  # state or country
        ("A Chicago police officer was shot on Monday.", "shoot"),  # done to the officials
        ("An Atlanta reporter interviewed Nichols on Saturday.", "v:interview"),  # no official
        ("A Miami judge turned legal logic on its head.", "v:turn"),  # no act of the tables
    ],
)
def test_no_place_from_other_nouns_before_or_officials_acted_upon(nlp, text, predicate):
    claim = only(event_claims(nlp, text), predicate)
    assert claim.place is None
