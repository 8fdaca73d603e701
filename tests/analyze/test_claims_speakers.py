"""First-person pronouns inside a quotation stand for whoever is quoted (SPEAKER_RULE), and a
he/she of reported speech for the speaker (REPORTED_SELF_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, words


@pytest.mark.parametrize(
    ("text", "predicate", "role", "name"),
    [
        (
            '"I checked into a clinic in Malibu on Tuesday," Tara Reid said.',
            "v:check",
            "agent",
            "Tara Reid",
        ),
        ('Tara Reid said: "I met him in Paris on Monday."', "meet", "agent", "Tara Reid"),
        (
            '"They arrested me in Lagos on Friday," Samuel Okafor said.',
            "arrest",
            "patient",
            "Samuel Okafor",
        ),
    ],
)
def test_a_first_person_in_a_quotation_is_the_speaker(nlp, text, predicate, role, name):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert [(p.role, words(text, p.span)) for p in claim.participants] == [(role, name)]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("I met him in Paris on Monday.", "meet"),  # the writer's own first person
        ('"He checked into a clinic," Tara Reid said.', "v:check"),  # the speaker is not "he"
    ],
)
def test_no_quoted_first_person_makes_no_speaker_a_participant(nlp, text, predicate):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert claim.participants == []


# --- REPORTED_SELF_RULE: "X said he ..." -----------------------------------------------------


def participants(nlp, text, predicate):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    return [(p.role, words(text, p.span), p.entity) for p in claim.participants]


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Tony Reagins said he met Mark Teixeira in Dallas on Monday.",
            "meet",
            [("agent", "he", "person:reagins"), ("patient", "Mark Teixeira", "person:teixeira")],
        ),
        (
            "Tara Reid said police arrested her in Malibu on Tuesday.",
            "arrest",
            [("patient", "her", "person:reid")],
        ),
    ],
)
def test_a_he_or_she_of_reported_speech_is_the_speaker(nlp, text, predicate, expected):
    assert participants(nlp, text, predicate) == expected


def test_a_person_named_first_in_what_is_reported_is_the_he(nlp):
    text = "Police said Smith was arrested after he fled to Dallas."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "locate"]
    assert [p.entity for p in claim.participants] == ["person:smith"]


def test_a_she_in_a_direct_quotation_is_not_the_speaker(nlp):
    text = '"She met him in France on Monday," Anna Nagy said.'
    assert [p for c in event_claims(nlp, text) for p in c.participants if "nagy" in p.entity] == []
