"""Event verbs and nouns read in a sense that is no event, on real parses: a retort ("shot
back"), a rise ("shot up"), a tense mood or an accusation ("politically charged", "charged
that"), a description ("cast him as"), a response drawn ("drew boos"), a call not returned, an
abstract building ("built his campaign"), a standing ("moving ahead of Cruz"), a party's
nomination, violence urged; and the event senses of the same words, which still read."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze.claims import (
    AS_FRAME_VERBS,
    CHARGED_DEGREE_ADVERBS,
    KIND_OBJECT_HEADS,
    OTHER_SENSE_HEADS,
    OTHER_SENSE_MODIFIERS,
    OTHER_SENSE_OBJECTS,
    OTHER_SENSE_SUBJECTS,
    RETORT_PARTICLES,
    RISE_PARTICLES,
    STANDING_WORDS,
)


def predicates(nlp, text: str) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        '"Jeb wants to be a tough guy tonight," Trump shot back.',
        "Rubio fired back at Christie over New Jersey's credit rating.",
        "The anchor asked about immigration when Trump shot back that the journalist was rude.",
    ],
)
def test_a_retort_is_no_shooting(nlp, text):
    assert "back" in RETORT_PARTICLES
    assert "shoot" not in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Police shot back at the gunman.", "The gunman shot two officers on Monday."],
)
def test_shots_fired_back_are_a_shooting(nlp, text):
    assert "shoot" in predicates(nlp, text)


def test_a_steep_rise_is_no_shooting(nlp):
    assert "up" in RISE_PARTICLES
    assert "shoot" not in predicates(nlp, "Health care spending shot back up last year.")
    assert "shoot" in predicates(nlp, "The gunman shot up a school in Ohio.")


@pytest.mark.parametrize(
    "text",
    [
        "Francis made a politically charged visit to the border on Wednesday.",
        "She maneuvered around the charged term, radical Islam.",
        "Critics charged that the hearing failed to provide any new information.",
    ],
)
def test_charged_mood_or_accusation_is_no_charge(nlp, text):
    assert "politically" in CHARGED_DEGREE_ADVERBS
    assert "charge" not in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. McGraw was charged with assault on Tuesday.",
        "Prosecutors charged the officer with murder.",
    ],
)
def test_a_criminal_charge_is_a_charge(nlp, text):
    assert "charge" in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cruz has cast him as weak on immigration.",
        "Sanders has cast the Clintons as part of the Democratic establishment.",
        "The ad portrays Cruz as a flip-flopper.",
    ],
)
def test_cast_as_describes(nlp, text):
    assert {"cast", "portray"} <= AS_FRAME_VERBS
    assert not [p for p in predicates(nlp, text) if p in ("v:cast", "v:portray")]


def test_ballots_cast_are_an_event(nlp):
    assert "v:cast" in predicates(nlp, "Voters cast their ballots in Iowa on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The senator drew boos from the crowd in Houston.",
        "Bernie Sanders is drawing animated crowds in New Hampshire.",
        "His comments have drawn criticism from Berlin and Paris.",
        "Ted Cruz is drawing sharp contrasts between himself and Trump.",
    ],
)
def test_a_response_drawn_is_no_event(nlp, text):
    assert "crowd" in OTHER_SENSE_OBJECTS["draw"]
    assert "v:draw" not in predicates(nlp, text)


def test_a_constitution_drawn_up_is_an_event(nlp):
    assert "v:draw" in predicates(nlp, "The generals drew up a constitution in 2008.")


@pytest.mark.parametrize(
    "text",
    [
        "Others did not return calls seeking comment.",
        "A spokeswoman did not return a message for comment.",
        "Attention returned to the economy on Tuesday.",
    ],
)
def test_calls_and_attention_returned_are_no_return(nlp, text):
    assert "call" in OTHER_SENSE_OBJECTS["return"]
    assert "attention" in OTHER_SENSE_SUBJECTS["return"]
    assert "v:return" not in predicates(nlp, text)


def test_people_returning_is_a_return(nlp):
    assert "v:return" in predicates(nlp, "The troops returned home on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "He built his campaign on anger.",
        "He has built a formidable fundraising base.",
        "Momentum builds to tax consumption more.",
    ],
)
def test_an_abstract_building_is_no_construction(nlp, text):
    assert "momentum" in OTHER_SENSE_SUBJECTS["build"]
    assert "v:build" not in predicates(nlp, text)


def test_a_wall_built_is_construction(nlp):
    assert "v:build" in predicates(nlp, "They built a wall along the border in 2015.")


def test_moving_ahead_in_a_poll_is_a_standing(nlp):
    assert "ahead" in STANDING_WORDS
    text = "A new poll showed Trump moving ahead of Cruz in Iowa."
    assert "v:move" not in predicates(nlp, text)
    assert "v:move" in predicates(nlp, "The family moved to Phoenix in 2010.")


@pytest.mark.parametrize(
    "text",
    [
        "Clinton secured the Democratic nomination in June.",
        "Walker ran for the Republican nomination but dropped out.",
        "Cruz finished second in the race for the GOP nomination.",
    ],
)
def test_a_party_nomination_is_no_appointment(nlp, text):
    assert "gop" in OTHER_SENSE_MODIFIERS["nomination"]
    assert "seek" in OTHER_SENSE_HEADS["nomination"]
    assert "appoint" not in predicates(nlp, text)


def test_a_nomination_of_a_person_is_an_appointment(nlp):
    text = "Obama announced the nomination of Merrick Garland on Wednesday."
    assert "appoint" in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The video was meant to incite violence.",
        "Ms. Arnold said she did not condone violence.",
    ],
)
def test_violence_urged_is_no_riot(nlp, text):
    assert "incite" in KIND_OBJECT_HEADS["violence"]
    assert "riot" not in predicates(nlp, text)


def test_the_violence_condemned_is_the_unrest(nlp):
    assert "riot" in predicates(nlp, "Police condemned the violence in Athens.")
