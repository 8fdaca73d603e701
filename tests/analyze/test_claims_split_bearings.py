"""A bearing the parser splits or hangs astray still places the event (SPLIT_BEARING_RULE,
MEASURED_NOUN_BEARING_RULE), on real parses: a short distance and a bearing from a named place
put the event near it, as BEARING_RULE reads them."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, words

from corroborator.analyze.claims import BEARING_HALVES, MEASURING_PARTICIPLES


def places_of(nlp, text: str, predicate: str) -> list[str | None]:
    return [
        words(text, c.place.span) if c.place is not None else None
        for c in event_claims(nlp, text, "2008-09-28")
        if c.predicate == predicate
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two words, the first hung on the second, the distance on the first
        "A 6.1-magnitude earthquake struck 60km south west of Bandar Abbas on Sunday.",
        # two words, "of" hung on the first, the distance the verb's object
        "An earthquake of magnitude 6.1 struck 60 kilometers north east of Bandar Abbas.",
        # one word made the verb's object, the distance its compound
        "An earthquake hit 60 km southwest of Bandar Abbas on Sunday.",
    ],
)
def test_a_split_bearing_places_the_event(nlp, text):
    assert "south" in BEARING_HALVES
    assert places_of(nlp, text, "quake") == ["Bandar Abbas"]


def test_a_bearing_hung_on_the_measuring_scale_places_the_event_noun(nlp):
    text = (
        "Tremors from an earthquake registering 6.1 on the Richter scale 60km south west of "
        "Bandar Abbas in Iran were felt in Dubai today."
    )
    assert "register" in MEASURING_PARTICIPLES
    assert "Bandar Abbas" in places_of(nlp, text, "quake")


@pytest.mark.parametrize(
    "text",
    [
        # far from the place: measured from a landmark, not where it happened
        "An earthquake struck 600 km south west of Bandar Abbas on Sunday.",
        "An earthquake of magnitude 6.1 struck 300 kilometers north east of Bandar Abbas.",
        # no distance: a bearing alone may be a whole region
        "An earthquake struck south west of Bandar Abbas on Sunday.",
    ],
)
def test_a_far_or_unmeasured_split_bearing_places_nothing(nlp, text):
    assert places_of(nlp, text, "quake") == [None]


def test_a_bearing_made_the_object_is_no_count(nlp):
    text = "An earthquake hit 60 km southwest of Bandar Abbas on Sunday."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "quake"]
    assert claim.quantities == []


def test_a_size_told_without_a_measuring_participle_lends_no_bearing(nlp):
    # the bearing is of the rescuers' camp, not of the earthquake
    text = "Rescuers of the earthquake set up a camp 60km south west of Bandar Abbas."
    assert places_of(nlp, text, "quake") in ([], [None])
