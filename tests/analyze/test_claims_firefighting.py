"""Fighting a fire is one act however it is worded (FIREFIGHTING_RULE): "fought the blaze",
"were tackling the last of the blaze", "battled the flames" are all FIREFIGHTING_CLASS, with
the fire as their argument and the engines a counted subject came with counted; fighting
anything else is no firefighting. On real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze.claims import FIREFIGHTING_CLASS


@pytest.mark.parametrize(
    ("text", "fire"),
    [
        ("Ten fire engines fought the blaze.", "blaze"),
        ("Four fire engines were tackling the last of the blaze which began on the roof.", "blaze"),
        ("Crews battled the flames for hours.", "flame"),
    ],
)
def test_verbs_of_fighting_a_fire_are_one_act(nlp, text, fire):
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == FIREFIGHTING_CLASS]
    assert fire in claim.arguments


def test_the_engines_a_counted_crew_came_with_are_counted(nlp):
    text = "More than 50 firefighters with 10 fire engines fought the blaze in Banstead."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == FIREFIGHTING_CLASS]
    assert {(q.value, q.unit) for q in claim.quantities} == {(50, "firefighter"), (10, "engine")}


@pytest.mark.parametrize(
    "text",
    [
        "She battled cancer for years.",
        "The team tackled the problem on Monday.",
        "Police battled protesters with 20 water cannons.",
    ],
)
def test_fighting_anything_else_is_no_firefighting(nlp, text):
    assert not [c for c in event_claims(nlp, text) if c.predicate == FIREFIGHTING_CLASS]
