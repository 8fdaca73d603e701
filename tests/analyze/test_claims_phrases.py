"""Phrases that tell an event of the tables (PHRASE_CLASSES), emergency call-outs (CALLOUT_RULE)
and groups of people whose arrest is an arrest (PEOPLE_NOUNS), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, words

# --- PHRASE_CLASSES ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yvonne Hiller was taken into custody after a standoff with the SWAT team.",
        "Yvonne Hiller was placed under arrest on Friday.",
    ],
)
def test_custody_and_arrest_phrases_are_arrests_of_their_subject(nlp, text):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "arrest"]
    assert [(p.role, words(text, p.span)) for p in claim.participants] == [
        ("patient", "Yvonne Hiller")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The boy was taken into the house by his mother.",  # into a house, not custody
        "The court placed the case under review on Friday.",  # under review, not arrest
    ],
)
def test_other_takings_and_placings_are_no_arrest(nlp, text):
    assert [c for c in event_claims(nlp, text) if c.predicate == "arrest"] == []


# --- CALLOUT_RULE --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when", "where"),
    [
        (
            "Firefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 p.m. "
            "Friday and found flames.",
            "9:40 p.m. Friday",
            "Wasilla",
        ),
        (
            "The fire service was called at 06:00 BST to the Waitrose store in High Street, "
            "Wellington, on Sunday.",
            "06:00 BST",
            "High Street",
        ),
    ],
)
def test_a_call_out_is_placed_at_the_scene(nlp, text, when, where):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "v:call"]
    assert words(text, claim.time.span) == when
    assert words(text, claim.place.span) == where


@pytest.mark.parametrize(
    "text",
    [
        "They called on the government to act in Athens.",  # a demand, not a call-out
        "Residents called the police from Wasilla.",  # active: the caller, no call-out
        "She called him a liar in Paris.",
    ],
)
def test_other_calls_are_no_call_out(nlp, text):
    assert [c for c in event_claims(nlp, text) if c.predicate == "v:call"] == []


# --- PEOPLE_NOUNS --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("At least 46 demonstrators were arrested along Church Ave.", (46.0, "demonstrator")),
        ("Police arrested 12 rioters in Athens on Sunday.", (12.0, "rioter")),
    ],
)
def test_an_arrest_of_a_group_of_people_is_an_arrest(nlp, text, count):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "arrest"]
    assert [(q.value, q.unit) for q in claim.quantities] == [count]


def test_a_thing_arrested_is_no_arrest(nlp):
    text = "The drug arrested the growth of the tumour in 2004."
    assert [c for c in event_claims(nlp, text) if c.predicate == "arrest"] == []
