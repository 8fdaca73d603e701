"""An event noun told as "a"/"an"/"another" one, the subject of a verb with a modal of
possibility or condition, is an event supposed, not one that happened (HYPOTHETICAL_NOUN_RULE:
"a California victory would keep Sanders' campaign going"), on real parses; a definite noun, a
perfect that hedges a past and what could be perceived of one keep their happening."""

from __future__ import annotations

import pytest
from claims_reads import event_claims


def predicates(nlp, text: str) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "But a California victory would keep Sanders' campaign going and help him make his "
            "case to superdelegates.",
            "win",
        ),
        ("A win for Cruz would go a long way in complicating Trump's hopes.", "win"),
        ("A Sanders win in California would powerfully underscore her weakness.", "win"),
        ("Analysts said another attack on the capital might push the government to act.", "attack"),
        ("A meeting between the two leaders could ease tensions, diplomats said.", "meet"),
    ],
)
def test_a_supposed_event_noun_is_no_happening(nlp, text, predicate):
    assert predicate not in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # definite: a known event, whatever may be said of it
        ("The victory could give Sanders a boost in California.", "win"),
        ("The blast could be heard miles away.", "explode"),
        # perceived: a real one
        ("An explosion could be heard across the city on Tuesday.", "explode"),
        # a perfect hedges a past happening
        ("A shooting at a mall in Omaha may have been a robbery, police said.", "shoot"),
        # no modal: told as happened
        ("A bombing killed 12 people in Baghdad on Sunday.", "attack"),
    ],
)
def test_a_known_or_hedged_event_noun_keeps_its_happening(nlp, text, predicate):
    assert predicate in predicates(nlp, text)
