"""A common noun for a person and a name set off by a comma after it are one person, however
the parser hung the name (ROLE_NAME_APPOSITION_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze.claims import MISHUNG_APPOSITION_DEPS


def patients(nlp, text: str, predicate: str) -> list[str]:
    return [
        p.entity
        for c in event_claims(nlp, text, "2013-03-12")
        if c.predicate == predicate
        for p in c.participants
        if p.role == "patient"
    ]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # the parser hangs "Kimani Gray" on "shot" as a bare noun modifier
        ("Police shot the teenager, Kimani Gray, on Saturday night in Brooklyn.", "shoot"),
        ("Two officers shot and killed the teenager, Kimani Gray, 16, in East Flatbush.", "kill"),
    ],
)
def test_the_name_after_a_role_noun_is_the_one_it_happened_to(nlp, text, predicate):
    assert patients(nlp, text, predicate) == ["person:gray"]
    assert "npadvmod" in MISHUNG_APPOSITION_DEPS


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a name after a comma that starts a new clause is someone else
        ("Police shot the teenager, and Mayor Michael Bloomberg spoke on Sunday.", "shoot"),
        # the speaker after a comma is no apposition of the victim
        ("Police shot the teenager on Saturday, Ray Kelly said.", "shoot"),
    ],
)
def test_a_name_after_a_comma_that_is_not_set_off_is_no_one_it_happened_to(nlp, text, predicate):
    assert patients(nlp, text, predicate) == []
