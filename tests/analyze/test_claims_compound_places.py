"""A town named before a noun of violence or disaster places the event (COMPOUND_PLACE_RULE:
"the Paris attacks", "the San Bernardino shooting"), on real parses; a country or a state before
it, or a topic before talks, places nothing."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("The Paris attacks killed 130 people.", "attack", "Paris"),
        ("Obama spoke after the San Bernardino shooting on Wednesday.", "shoot", "San Bernardino"),
        ("The Oklahoma City bombing killed 168 people.", "attack", "Oklahoma City"),
        ("Trump addressed the Benghazi attack again.", "attack", "Benghazi"),
    ],
)
def test_a_town_before_an_event_noun_is_where_it_happened(nlp, text, predicate, place):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.place.span if claim.place else None) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("A U.S. raid killed the leader.", "attack"),  # a country names a side
        ("The Texas shooting shocked the nation.", "shoot"),  # a state: too wide to place
        ("The Geneva talks resumed on Monday.", "meet"),  # talks: a modifier may be the topic
        ("The Kraft shooting shocked the town.", "shoot"),  # a company, no place
    ],
)
def test_no_town_before_the_event_noun_gives_no_place(nlp, text, predicate):
    claim = only(event_claims(nlp, text), predicate)
    assert claim.place is None


def test_a_place_phrase_of_the_noun_comes_before_the_town_it_is_named_for(nlp):
    text = "The Paris attacks in Saint-Denis killed three people."
    claim = only(event_claims(nlp, text), "attack")
    assert words(text, claim.place.span) == "Saint-Denis"
