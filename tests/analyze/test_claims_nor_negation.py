"""'nor' and 'neither' deny what they join (NOR_RULE, claims._negated_by_nor): "has not been
charged with nor convicted" denies the conviction too; "Neither Clinton nor her allies have
been charged" denies the charge; "neither confirmed nor denied" denies the denial. A plain
"and" denies nothing. Real spaCy parses."""

from __future__ import annotations

import importlib

import pytest
from claims_reads import event_claims

# the module, not the function the package exports under the same name
claims = importlib.import_module("corroborator.analyze.claims")


def negation(nlp, text: str) -> dict[str, bool]:
    return {c.predicate: c.negated for c in event_claims(nlp, text)}


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Clinton has not been charged with nor convicted of any crime.", "convict"),
        ("Neither Clinton nor her allies have been charged with a crime.", "charge"),
        ("Neither man was injured in the crash.", "injure"),
        ("The police neither confirmed nor denied the arrest.", "v:deny"),
    ],
)
def test_nor_and_neither_deny(nlp, text, predicate):
    assert negation(nlp, text)[predicate] is True


def test_without_the_rule_nor_denies_nothing(nlp, monkeypatch):
    monkeypatch.setattr(claims, "_negated_by_nor", lambda token: False)
    text = "Clinton has not been charged with nor convicted of any crime."
    assert negation(nlp, text)["convict"] is False


def test_and_denies_nothing(nlp):
    found = negation(nlp, "He was charged with murder and convicted on Friday.")
    assert found["charge"] is False and found["convict"] is False
