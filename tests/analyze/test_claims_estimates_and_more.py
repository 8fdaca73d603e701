"""Counts told as an estimate or as "N more", on real parses: "an estimated 50 people" is about
50 (ESTIMATED_COUNT_RULE); "injuring 80 more" counts what its sentence counted before, else
people (MORE_UNIT_RULE)."""

from __future__ import annotations

import importlib

import pytest
from claims_reads import event_claims, only

# the module (the package's name "claims" is its function)
RULES = importlib.import_module("corroborator.analyze.claims")


def count(nlp, text: str, predicate: str) -> tuple[float, str, str]:
    (quantity,) = only(event_claims(nlp, text), predicate).quantities
    return quantity.value, quantity.unit, quantity.bound


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 50 people were killed in the blast.",
        "The blast killed an estimated 50 people.",
    ],
)
def test_an_estimated_count_is_about(nlp, text):
    assert count(nlp, text, "kill") == (50, "people", "about")


def test_a_plain_count_stays_exact(nlp):
    # "estimated" as the verb of someone else's estimate is no bound of this count
    text = "The blast killed 50 people, officials said."
    assert count(nlp, text, "kill") == (50, "people", "exact")


def test_an_estimated_count_is_exact_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(RULES, "ESTIMATE_WORDS", frozenset())
    assert count(nlp, "An estimated 50 people were killed in the blast.", "kill")[2] == "exact"


def test_more_counts_the_people_of_the_count_before(nlp):
    text = "The bomb killed 10 people, injuring 80 more."
    assert count(nlp, text, "injure") == (80, "people", "exact")
    assert count(nlp, "The quake injured 80 more.", "injure") == (80, "people", "exact")


def test_more_is_the_unit_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(RULES, "MORE_WORDS", frozenset())
    assert count(nlp, "The bomb killed 10 people, injuring 80 more.", "injure")[1] == "more"
