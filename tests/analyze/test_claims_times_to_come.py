"""TIME_TO_COME_RULE on real parses: a once/when/until clause in the present tense tells a time
to come, not where someone is or what happened; the same clause in the past tense tells one."""

from __future__ import annotations

from claims_reads import event_claims


def located(claims):
    return {
        (c.participants[0].entity, c.place.entity)
        for c in claims
        if c.predicate == "locate" and c.place is not None
    }


def test_once_clause_in_the_present_places_no_one(nlp):
    text = (
        "Elian Gonzalez is in Miami. Once Gonzalez arrives in the United States, the agency "
        "will begin the process."
    )
    places = located(event_claims(nlp, text))
    assert ("person:gonzalez", "place:miami") in places
    assert ("person:gonzalez", "place:united states") not in places


def test_when_clause_in_the_present_places_no_one(nlp):
    text = (
        "Bernie Sanders campaigned in Nevada. When he comes to South Carolina, Sanders will "
        "face black voters."
    )
    places = located(event_claims(nlp, text))
    assert ("person:sanders", "place:south carolina") not in places


def test_when_clause_in_the_past_still_places(nlp):
    text = "Bernie Sanders returned to Vermont on Tuesday, when he was in Burlington."
    places = located(event_claims(nlp, text))
    assert ("person:sanders", "place:burlington") in places
    assert ("person:sanders", "place:vermont") in places


def test_once_clause_in_the_past_still_places(nlp):
    text = "Once Gonzalez arrived in the United States, the agency began the process."
    places = located(event_claims(nlp, text))
    assert ("person:gonzalez", "place:united states") in places


def test_once_sentence_cut_short_by_the_parser_places_no_one(nlp):
    text = (
        "Once Gonzalez comes to the United States _ it would be preferable if he went to Miami "
        "rather than to Washington _ only his foes can argue that Elian should stay."
    )
    places = located(event_claims(nlp, text))
    assert ("person:gonzalez", "place:united states") not in places
