"""Places read from a "where" clause (WHERE_RULE), unrest told as "violence" (EVENT_NOUNS,
OTHER_SENSE_MODIFIERS) and the date of the occasion an event is done in (OCCASION_RULE), on real
parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, words

# --- WHERE_RULE ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        (
            "He forced them to drive to Baytown, Texas, where he restrained the officers in the "
            "back of the van.",
            "v:restrain",
            "Baytown",
        ),
        ("She was taken to a hospital in Santiago, where she died on Friday.", "die", "Santiago"),
    ],
)
def test_an_event_in_a_where_clause_happened_at_the_place_it_describes(nlp, text, predicate, place):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert words(text, claim.place.span) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("It was a case where police arrested the wrong man.", "arrest"),  # no place described
        ("The room where the meeting took place was small.", "meet"),  # a room, no named place
        ("Police arrested him in Lagos after he fled Accra.", "v:flee"),  # no where clause
    ],
)
def test_no_where_clause_of_a_place_gives_no_place(nlp, text, predicate):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert claim.place is None


# --- "violence" as unrest --------------------------------------------------------------------


def test_a_week_of_violence_is_unrest_placed_where_it_happened(nlp):
    text = "A week of violence in Greece has taken its toll on the government."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "riot"]
    assert words(text, claim.place.span) == "Greece"


@pytest.mark.parametrize(
    "text",
    [
        "Gun violence in Chicago rose sharply last year.",
        "She campaigned against domestic violence in Ohio.",
    ],
)
def test_violence_of_a_kind_is_no_unrest(nlp, text):
    assert [c for c in event_claims(nlp, text) if c.predicate == "riot"] == []


# --- OCCASION_RULE: the date of the occasion an event is done in -------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "when"),
    [
        (
            "DiLeo will coach the Sixers in Saturday's game at Washington.",
            "v:coach@planned",
            "Saturday",
        ),
        ("Iverson scored 30 points in Friday's game against Boston.", "v:score", "Friday"),
    ],
)
def test_an_event_done_in_a_dated_occasion_takes_its_date(nlp, text, predicate, when):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert words(text, claim.time.span) == when


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("He bought tickets for Saturday's game in Boston.", "acquire@repeated"),  # "for", not "in"
        ("Police praised the March 11 rally in Boston.", "v:praise"),  # a rally is no occasion noun
    ],
)
def test_a_dated_noun_that_holds_no_event_dates_nothing_above_it(nlp, text, predicate):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert claim.time is None


# --- LANDMARK_PREPOSITIONS ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Putin met Prigozhin on June 29 in the Kremlin.", "Kremlin"),
        ("Biden met Zelensky at the White House on Thursday.", "White House"),
    ],
)
def test_a_seat_of_power_named_as_an_organisation_places_an_event_after_in_or_at(nlp, text, place):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "meet"]
    assert claim.place is not None and words(text, claim.place.span) == place
    assert claim.place.entity.startswith("place:")


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Prigozhin after the Kremlin said the revolt was over.",  # a speaker
        "Putin met Prigozhin to discuss sanctions on the Kremlin.",  # not after in/at
        "Putin met Prigozhin at Gazprom headquarters.",  # an organisation, not a landmark
    ],
)
def test_an_organisation_is_no_place_unless_a_landmark_after_in_or_at(nlp, text):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "meet"]
    assert claim.place is None or words(text, claim.place.span) not in ("Kremlin", "Gazprom")
