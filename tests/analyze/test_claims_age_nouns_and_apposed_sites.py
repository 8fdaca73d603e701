"""An age standing for a person is someone an arrest or a charge is done to (AGE_NOUN_RULE:
"the 25-year-old was arrested"), and a name described in apposition as a site somewhere places
the event there (APPOSED_SITE_RULE: "at the Ritz, a hotel in Paris"), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("The 25-year-old was arrested at a house in Leeds.", "arrest", "Leeds"),
        ("Police arrested a 25-year-old in Leeds on Monday.", "arrest", "Leeds"),
        ("A 40-year-old was arrested in Leeds on Monday.", "arrest", "Leeds"),
    ],
)
def test_an_age_standing_alone_is_the_person_arrested(nlp, text, predicate, place):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.place.span if claim.place else None) == place


def test_an_age_standing_alone_is_the_person_charged(nlp):
    text = "The 19-year-old was charged with murder on Friday."
    claim = only(event_claims(nlp, text), "charge")
    assert words(text, claim.time.span) == "Friday"


def test_an_age_describing_no_person_is_no_one_arrested(nlp):
    # "old" with no years counted says no age: nobody is named as arrested
    assert not event_claims(nlp, "The old was arrested in Leeds.")


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("He was arrested at the Ritz, a hotel in Paris, on Monday.", "arrest", "Paris"),
        (
            "Tara Reid has checked into Promises Treatment Center, a prominent rehab clinic in "
            "Los Angeles.",
            "v:check",
            "Los Angeles",
        ),
        (
            "The meeting was held at Camp David, the presidential retreat in Maryland.",
            "meet",
            "Maryland",
        ),
    ],
)
def test_a_site_described_in_apposition_places_the_event(nlp, text, predicate, place):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.place.span if claim.place else None) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a person so described lives or works there: the meeting is not placed by it
        ("Obama met with Chipok, a lawyer in Orlando, on Monday.", "meet"),
        ("He was arrested at the home of Smith, a lawyer in Orlando.", "arrest"),
    ],
)
def test_a_person_described_in_apposition_places_nothing(nlp, text, predicate):
    claim = only(event_claims(nlp, text), predicate)
    assert claim.place is None
