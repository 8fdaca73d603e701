"""An event noun that a verb of asking or wanting takes is what someone asks for, not something
that happened: speculation (ASKED_FOR_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only

from corroborator.analyze import claims


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Activists called for the resignation of the governor on Monday.", "resign"),
        ("Thousands of protesters demanded a referendum on independence.", "elect"),
        ("The Islamic State has previously called for attacks using vehicles.", "attack"),
        ("The administration withdrew notices seeking the arrest of 14 fugitives.", "arrest"),
    ],
)
def test_an_event_asked_for_is_speculation(nlp, text, predicate):
    assert only(event_claims(nlp, text), predicate).certainty.grade == "speculation"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # an event a verb outside the asking verbs takes is told as it is
        ("Activists condemned the attack on the embassy.", "attack"),
        ("Police announced the arrest of 14 fugitives on Monday.", "arrest"),
    ],
)
def test_an_event_not_asked_for_keeps_its_grade(nlp, text, predicate):
    assert only(event_claims(nlp, text), predicate).certainty.grade != "speculation"


def test_without_the_rule_a_called_for_resignation_is_told(nlp, monkeypatch):
    monkeypatch.setattr(claims, "REQUEST_FOR_VERBS", frozenset())
    text = "Activists called for the resignation of the governor on Monday."
    assert only(event_claims(nlp, text), "resign").certainty.grade != "speculation"
