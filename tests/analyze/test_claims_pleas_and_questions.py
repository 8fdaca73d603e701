"""A plea or a question tells no happening, on real parses (PLEA_RULE, QUESTION_RULE): the words
'"Don't shoot him," she says' and '"Did you shoot him?"' are no one's evidence of a shooting;
the shooting told as done, or a question's answer told as a statement, keeps its claim."""

from __future__ import annotations

import pytest
from claims_reads import event_claims


def predicates(nlp, text: str) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        '"Don\'t shoot him," she says.',
        "Rakeyia Scott's \"Don't shoot him,\" she says.",
        '"Don\'t shoot him."',
        'She pleaded with officers: "Don\'t shoot him."',
    ],
)
def test_a_plea_is_no_happening(nlp, text):
    assert "shoot" not in predicates(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Did you shoot him?" she asked.',
        '"Did you shoot him?',
        "Has the FBI arrested anyone in the case?",
    ],
)
def test_a_question_is_no_happening(nlp, text):
    assert not {"shoot", "arrest"} & set(predicates(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        '"They shot him," she says.',
        "Police shot him on Tuesday.",
        "Did you know police had shot him on Tuesday?",  # the shooting is told, not asked
        "Had the police shot him, the crowd said, there would have been riots.",
    ],
)
def test_a_shooting_told_keeps_its_claim(nlp, text):
    claims = [c for c in event_claims(nlp, text) if c.predicate in ("shoot", "kill")]
    if text.startswith("Had"):
        assert not claims  # a condition told by inversion stays none, as before
    else:
        assert claims
