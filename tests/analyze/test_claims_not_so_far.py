"""A negation that denies no past event ("has never been nominated", "had never met", "has
not been determined", "nobody has ever dominated him") tells no happening either: no claim,
never an affirmed one (NOT_SO_FAR_RULE). A negated past stays a denial. Real spaCy parses."""

from __future__ import annotations

import pytest
from claims_reads import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Garland has never been nominated.",
        "He claimed they had never met in person.",
        "The cause has not been determined.",
        "Nobody has ever dominated him.",
    ],
)
def test_a_negation_of_no_past_event_tells_no_happening(nlp, text):
    assert [c.predicate for c in claims_of(nlp, text) if c.predicate != "statement"] == []


@pytest.mark.parametrize(
    ("text", "predicate"),
    [("Putin did not meet Prigozhin.", "meet"), ("Police never arrested the suspect.", "arrest")],
)
def test_a_negated_past_stays_a_denial(nlp, text, predicate):
    (claim,) = [c for c in claims_of(nlp, text) if c.predicate == predicate]
    assert claim.negated is True


def test_an_affirmed_perfect_is_a_happening(nlp):
    (claim,) = [c for c in claims_of(nlp, "They have met in Moscow.") if c.predicate == "meet"]
    assert claim.negated is False
