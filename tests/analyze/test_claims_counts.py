"""Counts of someone's children told in passing (FAMILY_COUNT_RULE), events named by the noun
of a contest's outcome (NOMINAL_EVENTS, BEATEN_PREPOSITIONS) and a fighter's knockouts at a
record (RECORD_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, words

from corroborator.analyze.claims import FAMILY_CLASS, RECORD_CLASS


def family_counts(nlp, text):
    return [
        (words(text, q.span), q.value, q.unit)
        for c in event_claims(nlp, text)
        if c.predicate == FAMILY_CLASS
        for q in c.quantities
    ]


# --- FAMILY_COUNT_RULE ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A sheriff's deputy — a recently married father of two sons — died after a shooting "
            "Friday afternoon.",
            ("two sons", 2.0, "son"),
        ),
        (
            "Born in 1923 in Nashville, Bettie Page was one of six children from a poor family.",
            ("six children", 6.0, "child"),
        ),
        (
            "The second of six children, she helped raise her younger siblings.",
            ("six children", 6.0, "child"),
        ),
        (
            "She was born in Nashville, Tennessee, in an impoverished family with six children.",
            ("six children", 6.0, "child"),
        ),
        ("He is survived by his wife, two sons, and mother.", ("two sons", 2.0, "son")),
    ],
)
def test_a_count_of_someones_children_is_read(nlp, text, count):
    assert family_counts(nlp, text) == [count]


def test_a_family_count_names_whose_children_they_are(nlp):
    text = "Detective Sam Ortiz, the father of two boys, was shot on Friday."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == FAMILY_CLASS]
    assert [p.entity for p in claim.participants] == ["person:ortiz"]


@pytest.mark.parametrize(
    "text",
    [
        "She was one of the 12 children who survived the fire.",  # a group, not a family
        "The school has 300 children.",  # no parent, sibling, household or survivor
        "Police arrested two boys and a girl on Friday.",  # counted by the event
        "He is survived by about a dozen grandchildren.",  # no exact count
        "A gunman shot the father of the two boys on Friday.",  # "the two boys": named, not counted
    ],
)
def test_other_counts_of_children_are_no_family_count(nlp, text):
    assert family_counts(nlp, text) == []


# --- NOMINAL_EVENTS ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "beaten"),
    [
        (
            "Wladimir Klitschko retained his titles with a one-sided seventh-round stoppage of "
            "Hasim Rahman in Mannheim.",
            "v:stop",
            "Hasim Rahman",
        ),
        (
            "Wladimir Klitschko displayed his dominance by scoring a sixth round stoppage against "
            "American contender Tony Thompson.",
            "v:stop",
            "Tony Thompson",
        ),
        ("It was Wladimir Klitschko's victory over Tony Thompson.", "win", "Tony Thompson"),
    ],
)
def test_the_noun_of_a_contests_outcome_names_who_was_beaten(nlp, text, predicate, beaten):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert beaten in [words(text, p.span) for p in claim.participants]


def test_a_stoppage_and_the_verb_it_names_are_one_class(nlp):
    verb = event_claims(nlp, "Klitschko stopped Tony Thompson in the sixth round.")
    noun = event_claims(nlp, "Klitschko won with a stoppage of Tony Thompson in the sixth round.")
    assert {c.predicate for c in verb} & {c.predicate for c in noun} == {"v:stop"}


def test_an_over_phrase_of_another_event_noun_names_no_one_beaten(nlp):
    text = "The dispute over Tony Thompson's contract ended on Friday."
    assert [p for c in event_claims(nlp, text) for p in c.participants if p.role == "patient"] == []


# --- RECORD_RULE ---------------------------------------------------------------------------


def records(nlp, text):
    return [
        (c.predicate, words(text, c.participants[0].span), q.value, q.unit, words(text, q.span))
        for c in event_claims(nlp, text)
        if c.predicate.startswith(RECORD_CLASS + "@")
        for q in c.quantities
    ]


def test_a_fighters_record_beside_the_name_counts_knockouts_at_that_record(nlp):
    text = (
        "Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in "
        "Mannheim on Saturday night."
    )
    assert records(nlp, text) == [
        ("record@52-3", "Wladimir Klitschko", 46.0, "knockout", "46 KOs"),
        ("record@45-7-2", "Hasim Rahman", 36.0, "knockout", "36 KOs"),
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Hasim Rahman, 45-7-2, 36 KO's, lost in the seventh round.", "36 KO's"),
        ("The champion Klitschko, 58-3 with 51 knockouts, floored Thompson.", "51 knockouts"),
        ("The 36-year-old champion Klitschko improved to 58-3 (51 KO).", "51 KO"),
    ],
)
def test_the_ways_a_record_is_written_are_one_count(nlp, text, written):
    ((_, _, value, unit, span),) = records(nlp, text)
    assert (unit, span) == ("knockout", written)
    assert value == float(written.split()[0])


@pytest.mark.parametrize(
    "text",
    [
        "The Sixers (9-14) fired Cheeks on Saturday.",  # a team's record counts no knockouts
        "Spain beat Germany 2-1 with 10 men on the field.",  # a score, no knockouts
        "The Lakers won 101-99 in overtime.",
    ],
)
def test_a_tally_without_knockouts_is_no_record(nlp, text):
    assert records(nlp, text) == []
