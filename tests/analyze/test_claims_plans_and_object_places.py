"""Plans told as a headline infinitive or as an event set for a time, and the place of an event
noun that is a verb's object, on real parses."""

from __future__ import annotations

from claims_reads import event_claims, only

from corroborator.analyze.claims import HEADLINE_PLAN_AUX, SCHEDULE_HEADS, SCHEDULED_PREPOSITIONS


def predicates(nlp, text: str) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text)]


def test_a_headline_infinitive_is_a_plan(nlp):
    assert "to" in HEADLINE_PLAN_AUX
    assert "v:reunite@planned" in predicates(nlp, "Elian, Dad to be reunited")
    assert "v:endorse@planned" in predicates(nlp, "AFL-CIO to endorse Clinton.")


def test_a_purpose_fragment_or_a_told_reunion_is_no_plan(nlp):
    assert not [p for p in predicates(nlp, "To create an environment of growth.") if "@" in p]
    assert "v:reunite" in predicates(nlp, "Elian and his father were reunited on Saturday.")


def test_an_event_set_for_a_time_is_a_plan(nlp):
    assert "set" in SCHEDULE_HEADS and "for" in SCHEDULED_PREPOSITIONS
    preds = predicates(nlp, "Leaders argued over a NATO summit set for April.")
    assert "meet@planned" in preds and "meet" not in preds
    assert "meet@planned" in predicates(nlp, "The summit is scheduled for next week.")


def test_an_event_held_or_set_alight_is_no_plan(nlp):
    assert "meet" in predicates(nlp, "The summit was held in April.")
    assert "blaze" in predicates(nlp, "The fire was set on Friday night at the church.")


def test_an_object_event_keeps_its_place(nlp):
    claims = event_claims(nlp, "Obama condemned the bomb attacks in Kenya.")
    assert only(claims, "v:condemn").place is None
    assert only(claims, "attack").place.entity == "place:kenya"


def test_an_object_person_places_the_act(nlp):
    claims = event_claims(nlp, "Gunmen killed a woman in Queens.")
    assert only(claims, "kill").place.entity == "place:queens"
    claims = event_claims(nlp, "The two leaders held talks in Geneva.")
    assert [c.place.entity for c in claims if c.predicate == "meet"] == ["place:geneva"]


def test_a_gerund_under_a_wanted_infinitive_is_wanted(nlp):
    text = (
        "We really need to bring a close to this primary process and get on to defeating "
        "Donald Trump."
    )
    assert "v:defeat" not in predicates(nlp, text)
    assert "v:defeat" not in predicates(nlp, "Cruz wants to focus on defeating Trump.")


def test_a_gerund_told_as_done_is_an_event(nlp):
    assert "v:defeat" in predicates(nlp, "After defeating Trump in Iowa, Cruz flew to Ohio.")
    assert "v:defeat" in predicates(nlp, "Cruz won the state by defeating Trump in the suburbs.")


def test_a_means_under_a_wanted_infinitive_was_done(nlp):
    text = "He has sought to regain the initiative by pledging further police reform."
    assert "v:pledge" in predicates(nlp, text)
