"""An infinitive after a past "used" with the thing used tells the act was done with it, on real
parses (INSTRUMENT_USE_RULE): "the firearm he used to kill Trayvon Martin" is a killing; the
habit "used to", a use to come and a denied use tell none."""

from __future__ import annotations

import pytest
from claims_reads import agents, event_claims, words

from corroborator.analyze.claims import INSTRUMENT_USE_VERBS


def test_the_verb_of_use_is_known():
    assert "use" in INSTRUMENT_USE_VERBS


def test_the_weapon_a_relative_clause_says_was_used_tells_the_killing(nlp):
    text = (
        "George Zimmerman tried to auction off the firearm he used to kill 17-year-old "
        "Trayvon Martin in Florida in 2012."
    )
    (kill,) = [c for c in event_claims(nlp, text) if c.predicate == "kill"]
    assert "Trayvon Martin" in [words(text, p.span) for p in kill.participants]
    assert words(text, kill.place.span) == "Florida"
    assert words(text, kill.time.span) == "2012"


def test_a_weapon_used_as_the_object_tells_the_shooting(nlp):
    text = "The gunman used a rifle to shoot the officer in Dallas on Thursday."
    (shoot,) = [c for c in event_claims(nlp, text) if c.predicate == "shoot"]
    assert words(text, shoot.place.span) == "Dallas"


def test_who_used_the_gun_is_the_killer_not_who_holds_it(nlp):
    text = (
        "Sanford police officer Timothy Smith holds up the gun used by George Zimmerman to kill "
        "Trayvon Martin during the 2013 trial."
    )
    assert agents(nlp, text, "kill") == ["person:zimmerman"]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The veteran, who used to work on Capitol Hill, said the mood had changed.", "v:work"),
        (
            "One group has run ads with both outlets reminding Republicans that their leaders "
            "used to support market-based solutions to climate change.",
            "v:support",
        ),
        ("The mine sells thermal coal, which is used to produce electric power.", "v:produce"),
        ("STARS, an automated system used to track documents, was searched.", "v:track"),
    ],
)
def test_a_habit_or_what_a_thing_is_for_tells_no_act(nlp, text, predicate):
    assert predicate not in [c.predicate for c in event_claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Police said he did not use a gun to kill her.",
        "The army will use drones to attack the rebels.",
        "He wanted a rifle to kill the officer.",
    ],
)
def test_a_use_denied_to_come_or_wanted_tells_no_act(nlp, text):
    assert not [c for c in event_claims(nlp, text) if c.predicate in ("kill", "attack", "shoot")]
