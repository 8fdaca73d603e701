"""A place told by a short distance and a compass bearing from a named place (BEARING_RULE), on
real parses: the event is near that place, as "near X" places it."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words

from corroborator.analyze.claims import BEARING_WORDS, DISTANCE_KM


def place_of(nlp, text: str, predicate: str) -> str | None:
    claim = only(event_claims(nlp, text), predicate)
    return words(text, claim.place.span) if claim.place is not None else None


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("The quake struck 60 km southwest of Bandar Abbas on Sunday.", "quake", "Bandar Abbas"),
        ("A bomb exploded about 30 miles north of Baghdad on Tuesday.", "explode", "Baghdad"),
        ("The plane crashed 20 miles east of Houston.", "crash", "Houston"),
        ("The gunman was arrested in a motel 10 miles north of Detroit.", "arrest", "Detroit"),
    ],
)
def test_a_short_bearing_from_a_place_places_the_event_there(nlp, text, predicate, place):
    assert place_of(nlp, text, predicate) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a distance past NEAR_TOWNS_KM measures from a landmark, not where it happened
        ("A bomb exploded about 300 miles north of Baghdad on Tuesday.", "explode"),
        ("The plane crashed 200 kilometres east of Houston.", "crash"),
        # a bearing with no distance may be a whole region
        ("A bomb exploded north of Baghdad on Tuesday.", "explode"),
    ],
)
def test_a_far_or_unmeasured_bearing_places_nothing(nlp, text, predicate):
    assert place_of(nlp, text, predicate) is None


def test_the_bearing_tables_read_units_and_points():
    assert {"north", "southwest", "south-east"} <= BEARING_WORDS
    assert DISTANCE_KM["miles"] == pytest.approx(1.609)
    assert DISTANCE_KM["km"] == 1.0


def counts_of(nlp, text: str, predicate: str) -> list[str | None]:
    return [words(text, q.span) for q in only(event_claims(nlp, text), predicate).quantities]


def test_a_distance_beside_a_bearing_is_no_count(nlp):
    text = "The magnitude 6.1 quake hit 60 kilometers (37 miles) southwest of the port city."
    assert counts_of(nlp, text, "quake") == []


def test_a_distance_travelled_is_still_read(nlp):
    text = "Fiorina flew 100,000 miles to sell the merger."
    assert counts_of(nlp, text, "v:fly") == ["100,000 miles"]
