"""Events only in view, on the real parse: an infinitive under a chance or opportunity that was
not had, got, taken or seized (CHANCE_RULE), and an event noun after "the prospect of" or "the
possibility of" (PROSPECT_RULE), tell no happening."""

from __future__ import annotations

import pytest
from claims_reads import event_claims


def _predicates(nlp, text):
    return {c.predicate for c in event_claims(nlp, text)}


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "It's a grass-roots campaign, and that is why we stand an excellent chance to win "
            "it on Tuesday.",
            "win",
        ),
        ("Sanders has a chance to win in Iowa next week.", "win"),
        ("The debate gives Rubio an opportunity to attack Trump.", "attack"),
    ],
)
def test_a_chance_not_taken_tells_no_happening(nlp, text, predicate):
    assert predicate not in _predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("He had the opportunity to meet with President Putin in Moscow.", "meet"),
        ("She took the opportunity to attack Trump at the rally.", "attack"),
    ],
)
def test_a_chance_had_or_taken_tells_the_happening(nlp, text, predicate):
    assert predicate in _predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Republicans fear the prospect of a Donald J. Trump nomination.", "appoint"),
        ("Officials warned of the possibility of another attack in Paris.", "attack"),
    ],
)
def test_the_prospect_of_an_event_is_no_happening(nlp, text, predicate):
    assert predicate not in _predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The nomination of Pence was announced in July.", "appoint"),
        ("The attack in Paris killed 130 people.", "attack"),
    ],
)
def test_an_event_noun_not_in_prospect_still_happened(nlp, text, predicate):
    assert predicate in _predicates(nlp, text)
