"""Event words told figuratively make no claim, on real parses: fire in an idiom ("hold their
feet to the fire", "a cease-fire"), fire aimed or faced (criticism or shots), fire of a weapon or
a side, a person who "caught fire", "The Blaze" the outlet, and an explosion or exploding that
is a growth or an outburst ("an explosion in fund-raising", "deaths are exploding"); and the real
fires and blasts told with the same words, which still read."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze.claims import (
    AIMED_OBJECT_HEADS,
    CAUGHT_FIRE_VERBS,
    EXPLOSION_WORDS,
    FLOOD_NOUNS,
    IDIOM_PHRASES,
    NAME_PRONE_NOUNS,
    OTHER_SENSE_MODIFIERS,
    OUTBURST_INFINITIVE_DEPS,
    OUTBURST_NOUNS,
    PERSON_OBJECT_VERBS,
)


def predicates(nlp, text: str) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "You've really got to hold their feet to the fire.",
        "The West has to shut down its borders, and then you're playing with fire.",
        "She chose to step back into obscurity, out of the line of fire.",
        "The goal, he said, is to forge a durable cease-fire that would halt the bombings.",
        "PolitiFact rated 32% of Republican claims as false or pants on fire.",
    ],
)
def test_fire_in_an_idiom_is_no_blaze(nlp, text):
    assert IDIOM_PHRASES["fire"]
    assert "blaze" not in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters fought the fire for three hours on Friday.",
        "The fire destroyed the warehouse in Oakland on Friday.",
    ],
)
def test_a_fire_told_plainly_is_a_blaze(nlp, text):
    assert "blaze" in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Rubio and Mr. Cruz will direct their fire against Mr. Trump.",
        "Mrs. Clinton spent Monday in Kentucky even as she turns her fire on Donald Trump.",
        "Mrs. Clinton had begun concentrating her fire on Mr. Trump.",
    ],
)
def test_fire_aimed_is_no_blaze(nlp, text):
    assert "direct" in AIMED_OBJECT_HEADS["fire"]
    assert "blaze" not in predicates(nlp, text)


def test_fire_that_turns_is_still_a_blaze(nlp):
    # the fire is the subject of "turn", not its object
    assert "blaze" in predicates(nlp, "The fire turned deadly when the roof of the store fell.")


@pytest.mark.parametrize(
    "text",
    [
        "But Mrs. Clinton will face the same partisan fire Mr. Obama has.",
        "Dr. Slepian was gunned down by sniper fire in his home outside Buffalo.",
    ],
)
def test_fire_of_a_weapon_or_a_side_is_no_blaze(nlp, text):
    assert "sniper" in OTHER_SENSE_MODIFIERS["fire"]
    assert "blaze" not in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The showing by Sanders, who began as a protest candidate and quickly caught fire with"
        " the party's progressive activists, was enough for him to claim a moral victory.",
        "Ben Carson, the physician who briefly caught fire last year in his presidential"
        " campaign, spoke on Tuesday.",
    ],
)
def test_a_person_who_caught_fire_is_no_blaze(nlp, text):
    assert "catch" in CAUGHT_FIRE_VERBS
    assert "blaze" not in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two women died at a branch of the Marfin bank which caught fire on Wednesday.",
        "The river was once so polluted that it caught fire in 1969.",
    ],
)
def test_a_thing_that_caught_fire_burned(nlp, text):
    assert "blaze" in predicates(nlp, text)


def test_the_blaze_is_an_outlet(nlp):
    assert "blaze" in NAME_PRONE_NOUNS
    text = "Gowdy spokesman Jamal Ware said in a statement according to The Blaze."
    assert "blaze" not in predicates(nlp, text)
    assert "blaze" in predicates(nlp, "Three people died in the blaze in Athens on Wednesday.")


@pytest.mark.parametrize(
    "text",
    [
        "A win in Iowa would lead to an explosion in fund-raising to help them.",
        "Tonight, we saw an explosion of anger from the youth in my community.",
        "U.S. deaths from Alzheimer's are exploding.",
        "It was hard to hear his words because the audience was exploding in applause.",
        "In 1998 a simmering dispute over the Yirga triangle exploded into two years of warfare.",
        "The prison population stood at 200,000 in 1972 and has since exploded to hold a record"
        " of 2.3 million inmates.",
    ],
)
def test_an_outburst_is_no_explosion(nlp, text):
    assert "explosion" in EXPLOSION_WORDS and "anger" in OUTBURST_NOUNS
    assert "xcomp" in OUTBURST_INFINITIVE_DEPS
    assert "explode" not in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a West Coast Bank branch in Woodburn on Friday.",
        "An explosion in Baghdad killed 12 people on Monday.",
        "The explosion of a car bomb killed a police officer in Athens.",
        "An explosion in the building injured three workers on Friday.",
        "The bomb exploded after officers took it inside.",
    ],
)
def test_a_blast_is_an_explosion(nlp, text):
    assert "explode" in predicates(nlp, text)


def test_a_person_who_caught_fire_did_no_catching(nlp):
    text = "Ben Carson, the physician who briefly caught fire last year, spoke on Tuesday."
    assert not [c for c in event_claims(nlp, text) if c.predicate == "v:catch"]


def test_a_church_told_with_a_person_in_its_subject_caught_fire(nlp):
    # the parse hangs Palin as a second subject beside the church
    text = (
        "The Wasilla Bible Church, the Alaskan church made famous as being the religious outpost"
        " for failed VP candidate and Alaska Governor Sarah Palin has caught fire."
    )
    assert "blaze" in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Remington designed and executed an immoral marketing campaign that targets young men.",
        "My senior team remains in place, and they will continue to execute our campaign plan.",
        "The Clinton team has done what they need to do, and they will execute with aplomb.",
        "We weren't executing the philosophy that we want to have as Sixers basketball.",
    ],
)
def test_a_plan_executed_is_no_killing(nlp, text):
    assert "execute" in PERSON_OBJECT_VERBS
    assert "kill" not in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The worker found her foes in a break room and executed two of them with a single bullet.",
        "A jury recommended on April 3 that Jose Orozco be executed.",
        "Security forces began executing thousands of dissidents, including many students.",
        "The militants executed the hostages on Tuesday.",
    ],
)
def test_a_person_executed_is_killed(nlp, text):
    assert "kill" in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "I recently received this 28-page tsunami of questions about my plumbing.",
        "Every election cycle brings a tsunami of political books from campaign reporters.",
    ],
)
def test_a_tsunami_of_things_is_no_wave(nlp, text):
    assert "tsunami" in FLOOD_NOUNS
    assert "quake" not in predicates(nlp, text)


def test_a_tsunami_told_plainly_is_a_wave(nlp):
    assert "quake" in predicates(nlp, "The tsunami of 2004 killed thousands in Aceh.")
    assert "quake" in predicates(nlp, "A tsunami struck the coast of Sumatra on Sunday.")
