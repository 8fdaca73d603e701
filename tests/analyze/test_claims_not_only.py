"""A negation that restricts affirms, on real parses: "isn't just attacking Trump but also the
Republicans" and "did not merely meet him" tell the act happened (NOT_ONLY_RULE); a plain "did
not" still denies it."""

from __future__ import annotations

import importlib

import pytest
from claims_reads import event_claims, only

# the module (the package's name "claims" is its function)
RULES = importlib.import_module("corroborator.analyze.claims")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Her top priority wasn't just attacking Trump but also the Republicans.", "attack"),
        ("Clinton did not just attack Trump on Monday but also the Republicans.", "attack"),
        ("Obama did not merely meet Putin in Moscow on Friday.", "meet"),
        ("Sanders did not only win Michigan but also Indiana.", "win"),
    ],
)
def test_a_restricting_negation_affirms(nlp, text, predicate):
    assert not only(event_claims(nlp, text), predicate).negated


def test_a_plain_negation_still_denies(nlp):
    assert only(event_claims(nlp, "Clinton did not attack Trump on Monday."), "attack").negated


def test_the_restriction_is_a_denial_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(RULES, "NOT_ONLY_WORDS", frozenset())
    text = "Clinton did not just attack Trump on Monday but also the Republicans."
    assert only(event_claims(nlp, text), "attack").negated
