""" "He leaves behind a wife and seven children" counts someone's children (FAMILY_COUNT_RULE,
LEFT_BEHIND_VERBS), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze.claims import FAMILY_CLASS, LEFT_BEHIND_VERBS, LEFT_BEHIND_WORD


def families(nlp, text: str) -> list[tuple[list[str], list[tuple[float, str]]]]:
    return [
        ([p.entity for p in c.participants], [(q.value, q.unit) for q in c.quantities])
        for c in event_claims(nlp, text)
        if c.predicate == FAMILY_CLASS
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "behind" parsed as a preposition whose object is the family
        (
            "Deputy Juan Escalante was shot dead on Sunday. He leaves behind a wife and seven "
            "children.",
            (7.0, "child"),
        ),
        # "behind" parsed with no object, the family the verb's object
        ("Deputy Juan Escalante left behind his wife and three young sons.", (3.0, "son")),
    ],
)
def test_the_family_left_behind_is_counted(nlp, text, count):
    assert families(nlp, text) == [(["person:escalante"], [count])]
    assert "leave" in LEFT_BEHIND_VERBS and LEFT_BEHIND_WORD == "behind"


@pytest.mark.parametrize(
    "text",
    [
        # leaving children somewhere without "behind" is no family
        "Juan Escalante left two children at the school on Monday.",
        # "behind" with an object of its own is a place
        "Juan Escalante left two children behind the school on Monday.",
    ],
)
def test_leaving_children_somewhere_is_no_family(nlp, text):
    assert families(nlp, text) == []
