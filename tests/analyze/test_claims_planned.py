"""Events told as coming (PLANNED_RULE), events told by a stop verb's object (OBJECT_EVENT_RULE),
numbers that name rather than count (COUNT_BEFORE_NOUN) and the outcome a past act achieved
(RESULT_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, words

from corroborator.analyze.claims import PLANNED_INSTANCE

PLANNED = f"@{PLANNED_INSTANCE}"


# --- PLANNED_RULE: coming events are read, as an instance of their own -------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "when", "where"),
    [
        (
            "The elder Klitschko will defend his WBC title against Manuel Charr in Moscow on "
            "Sept. 8.",
            "v:defend",
            "Sept. 8",
            "Moscow",
        ),
        ("Putin will meet Erdogan in Sochi on Friday.", "meet", "Friday", "Sochi"),
        (
            "The Hollywood Reporter says Ross is set to meet with Lionsgate officials on Monday.",
            "meet",
            "Monday",
            None,
        ),
        ("Smith is scheduled to fly to Beijing on Tuesday.", "v:fly", "Tuesday", None),
        ("The upcoming summit in Geneva will be held on June 16.", "meet", "June 16", "Geneva"),
    ],
)
def test_a_coming_event_is_read_with_its_date_and_place(nlp, text, predicate, when, where):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate + PLANNED]
    assert words(text, claim.time.span) == when
    assert words(text, claim.place.span if claim.place else None) == where
    assert not claim.negated


def test_a_coming_event_keeps_its_people(nlp):
    text = "Robert Pitman, 24, from the town is due to appear before magistrates on Tuesday."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "v:appear" + PLANNED]
    assert [words(text, p.span) for p in claim.participants] == ["Robert Pitman"]
    assert words(text, claim.time.span) == "Tuesday"


def test_a_coming_event_is_not_the_class_that_happened(nlp):
    claims = event_claims(nlp, "Putin will meet Erdogan in Sochi on Friday.")
    assert [c for c in claims if c.predicate == "meet"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Hunger Games director Gary Ross will not helm the adaptation of Catching Fire.",
        "Putin will not meet Erdogan in Sochi on Friday.",
        "The elections will not be held on a two-party basis.",
    ],
)
def test_a_denied_plan_makes_no_claim(nlp, text):
    assert [c for c in event_claims(nlp, text) if PLANNED in c.predicate] == []
    assert [c for c in event_claims(nlp, text) if c.negated] == []


@pytest.mark.parametrize(
    "text",
    [
        "Smith would meet Jones in Paris if the talks resumed.",  # a condition
        "Smith could meet Jones in Paris on Friday.",  # possible only
        "He set out to prove that the company had collapsed in Paris.",  # "set out to"
        "Smith is expected to meet Jones in Paris on Friday.",  # a forecast, not a plan
    ],
)
def test_conditions_possibilities_and_forecasts_are_no_plan(nlp, text):
    assert [c for c in event_claims(nlp, text) if PLANNED in c.predicate] == []


# --- OBJECT_EVENT_RULE: a stop verb tells an event by its object ------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "person"),
    [
        (
            "Tara Reid is seeking help at a rehabilitation facility in California.",
            "v:seek",
            "Tara Reid",
        ),
        ("Ahmed Khan sought asylum in Norway in 2015.", "v:seek", "Ahmed Khan"),
        ("Robert Pitman appeared in court on Tuesday.", "v:appear", "Robert Pitman"),
    ],
)
def test_a_stop_verb_with_an_event_object_makes_a_claim(nlp, text, predicate, person):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert [words(text, p.span) for p in claim.participants] == [person]


def test_a_denied_help_seeking_is_read_as_denied(nlp):
    text = "Tara Reid is not seeking help at a rehabilitation facility."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "v:seek"]
    assert claim.negated


@pytest.mark.parametrize(
    "text",
    [
        "Reid appeared tired on Tuesday.",
        "Reid seeks to win the title.",
        "Reid sought the best lawyers in town.",
        "Reid appeared in the film in 2004.",
    ],
)
def test_a_stop_verb_without_an_event_object_makes_no_claim(nlp, text):
    assert [c for c in event_claims(nlp, text) if c.predicate in ("v:seek", "v:appear")] == []


# --- COUNT_BEFORE_NOUN: a number after its noun names it ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Klitschko defended his title in Bern on Sept. 8.",
        "Flight 370 crashed into the sea.",
    ],
)
def test_a_number_after_its_noun_counts_nothing(nlp, text):
    assert [q for c in event_claims(nlp, text) for q in c.quantities] == []


def test_a_number_before_its_noun_still_counts(nlp):
    text = "Police arrested 12 people in Athens on Sept. 8."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "arrest"]
    assert [(q.value, q.unit) for q in claim.quantities] == [(12.0, "people")]


# --- RESULT_RULE: the outcome a past act achieved ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "when", "where"),
    [
        (
            "Wladimir Klitschko blasted a sluggish Hasim Rahman in Mannheim on Saturday night to "
            "retain the IBF, WBO and IBO world heavyweight titles.",
            "v:retain",
            "Saturday night",
            "Mannheim",
        ),
        ("Spain beat Germany 1-0 in Vienna on Sunday to win the title.", "win", "Sunday", "Vienna"),
    ],
)
def test_the_outcome_of_a_past_act_happened_when_and_where_the_act_did(
    nlp, text, predicate, when, where
):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert words(text, claim.time.span) == when
    assert words(text, claim.place.span) == where
    assert not claim.negated


def test_the_outcome_is_achieved_by_the_doer_of_the_act(nlp):
    text = "Wladimir Klitschko stopped Tony Thompson in the sixth round to retain his titles."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "v:retain"]
    assert [words(text, p.span) for p in claim.participants] == ["Wladimir Klitschko"]


@pytest.mark.parametrize(
    "text",
    [
        "Klitschko fought hard to retain his titles in Bern.",  # an effort, no act on someone
        "Klitschko will face Thompson in Bern to retain his titles.",  # not a past act
        "Klitschko did not stop Thompson in Bern to retain his titles.",  # a denied act
        "Klitschko hired a new trainer to help him keep the belts.",  # "help", not the outcome
    ],
)
def test_an_infinitive_after_no_past_act_tells_no_outcome(nlp, text):
    assert [c for c in event_claims(nlp, text) if c.predicate in ("v:retain", "v:keep")] == []
