"""Words of an act read in a sense that tells no act make no claim, on real parses: a standing
held ("held a sizable lead", OTHER_SENSE_OBJECTS), a reliance ("counting on the fervor of his
supporters", OTHER_SENSE_PREPOSITIONS), a state shown ("proved adept at", an adjective
completing the verb), and a participle describing a noun ("758 pledged delegates",
"elected officials", DESCRIBING_PARTICIPLE_RULE); the acts those words tell otherwise keep
their claims."""

from __future__ import annotations

import pytest
from claims_reads import event_claims


def predicates(nlp, text: str) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Donald Trump held a sizable lead in the Republican race.", "v:hold"),
        ("Sanders holds an edge among young voters.", "v:hold"),
        ("Sanders is counting on the fervor of his supporters.", "v:count"),
        ("She also proved adept at filibustering questions.", "v:prove"),
        ("Trump so far has won 758 pledged delegates.", "v:pledge"),
        ("Most registered voters stayed home.", "v:register"),
        ("Elected officials met with Obama on Friday.", "elect"),
    ],
)
def test_a_word_in_a_sense_that_is_no_act_makes_no_claim(nlp, text, predicate):
    assert predicate not in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Albright held the documents aloft on Friday.", "v:hold"),
        ("Officials counted the ballots on Tuesday.", "v:count"),
        ("Sanders pledged his delegates to Clinton on Tuesday.", "v:pledge"),
        ("He was pronounced dead at the scene.", "v:pronounce"),
    ],
)
def test_the_act_the_word_tells_otherwise_keeps_its_claim(nlp, text, predicate):
    assert predicate in predicates(nlp, text)


def test_a_participle_of_another_act_keeps_its_act(nlp):
    assert "v:steal" in predicates(nlp, "Police found the stolen car on Friday.")
