"""A country, or a nationality's government or president, named as the subject of an act is
the doer of that act: the country's government (GOVERNMENT_DOER_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze import claims


def agents(nlp, text: str, predicate: str) -> list[str]:
    return [
        p.entity
        for c in event_claims(nlp, text, "1998-03-01")
        if c.predicate == predicate
        for p in c.participants
        if p.role == "agent"
    ]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Iran Saturday condemned the attack on the embassy.", "org:government of ir"),
        (
            "The Cuban government Friday condemned the attack on the embassy.",
            "org:government of cu",
        ),
        ("Philippine president condemns the attack on the embassy.", "org:government of ph"),
        ("Iran's foreign ministry condemned the attack on the embassy.", "org:government of ir"),
    ],
)
def test_a_country_or_its_office_is_the_doer(nlp, text, agent):
    assert agents(nlp, text, "v:condemn") == [agent]


def test_two_governments_are_two_doers(nlp):
    text = (
        "Iran Saturday condemned the attack on the embassy. "
        "The Cuban government Friday condemned the attack on the embassy."
    )
    assert agents(nlp, text, "v:condemn") == ["org:government of ir", "org:government of cu"]


@pytest.mark.parametrize(
    "text",
    [
        # a state of a country, its people, or a nationality's people are no government
        "Texas condemned the attack on the embassy.",
        "Iranian students condemned the attack on the embassy.",
        # the one it is done to is no doer
        "Iran was condemned for the attack on the embassy.",
    ],
)
def test_no_government_doer(nlp, text):
    assert agents(nlp, text, "v:condemn") == []


def test_a_named_person_stays_the_doer(nlp):
    text = "Iranian President Mohammad Khatami condemned the attack on the embassy."
    assert agents(nlp, text, "v:condemn") == ["person:hatami"]


def test_switched_off_no_doer(nlp, monkeypatch):
    monkeypatch.setattr(claims, "GOVERNMENT_DOER_RULE", False)
    assert agents(nlp, "Iran Saturday condemned the attack on the embassy.", "v:condemn") == []


def test_a_former_office_is_no_government(nlp):
    text = "The former Mexican president condemned the attack on the embassy."
    assert "org:government of mx" not in agents(nlp, text, "v:condemn")
