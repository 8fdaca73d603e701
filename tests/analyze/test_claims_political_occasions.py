"""A campaign's dated occasions date what is done in them, on real parses: "clashed at Saturday's
debate", "beat Sanders in Tuesday's primary", "his victory in Tuesday's primary"
(POLITICAL_OCCASION_RULE); a date that modifies another noun dates nothing above it."""

from __future__ import annotations

import importlib

import pytest
from claims_reads import event_claims, only

# the module (the package's name "claims" is its function)
RULES = importlib.import_module("corroborator.analyze.claims")


def date_of(nlp, text: str, predicate: str) -> str | None:
    claim = only(event_claims(nlp, text, published="2016-04-21"), predicate)
    return claim.time.value if claim.time else None


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Rubio clashed with Cruz at Tuesday's debate.", "v:clash"),
        ("Clinton beat Sanders in Tuesday's New York primary.", "v:beat"),
        ("Trump's victory in Tuesday's New York primary was decisive.", "win"),
        ("Cruz rallied his supporters at Tuesday's caucuses.", "v:rally"),
    ],
)
def test_a_dated_campaign_occasion_dates_its_act(nlp, text, predicate):
    assert date_of(nlp, text, predicate) == "2016-04-19"


def test_a_dated_noun_of_another_kind_dates_nothing_above_it(nlp):
    text = "Trump's victory in Tuesday's rally speech was decisive."
    assert date_of(nlp, text, "win") is None


def test_the_occasion_dates_nothing_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(RULES, "POLITICAL_OCCASION_NOUNS", frozenset())
    text = "Trump's victory in Tuesday's New York primary was decisive."
    assert date_of(nlp, text, "win") is None
