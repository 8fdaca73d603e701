"""How reconcile matches a claim told with a light verb ("made an offer to Teixeira") to one
told with the verb itself ("offered Teixeira an eight-year contract"): the light verb's noun
is the happening, not a thing of its own (reconcile._names_itself, LIGHT_VERB_THINGS).
Hand-written reports, real spaCy parses."""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from corroborator.analyze import analyze_doc
from corroborator.model import Article
from reconcile_reads import contradicted, story_facets

OFFERED = (
    "The Los Angeles Angels offered first baseman Mark Teixeira an eight-year contract at the "
    "Winter Meetings in Las Vegas."
)


def place_disputes(nlp, first, second=OFFERED):
    return contradicted(story_facets(nlp, [("Wire", first), ("Daily", second)]), "place")


def test_an_offer_made_is_the_offer_another_report_tells(nlp):
    made = (
        "The Los Angeles Angels made an eight-year offer to first baseman Mark Teixeira "
        "during winter meetings in Manila."
    )
    assert place_disputes(nlp, made)


def test_an_offer_made_by_another_team_disputes_nothing(nlp):
    made = (
        "The Boston Red Sox made an eight-year offer to first baseman Mark Teixeira during "
        "winter meetings in Manila."
    )
    assert not place_disputes(nlp, made)


def test_without_the_reading_the_made_offer_names_another_thing(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "LIGHT_VERB_THINGS", False)
    made = (
        "The Los Angeles Angels made an eight-year offer to first baseman Mark Teixeira "
        "during winter meetings in Manila."
    )
    assert not place_disputes(nlp, made)


@pytest.mark.parametrize(
    ("text", "itself"),
    [
        ("The Los Angeles Angels made an eight-year offer to Mark Teixeira.", True),
        ("The Los Angeles Angels offered Mark Teixeira an eight-year contract.", False),
    ],
)
def test_only_the_verbs_own_noun_names_the_happening(nlp, text, itself):
    article = Article(id="a", text=text, source="test/a", outlet="Wire")
    claims = [c for c in analyze_doc(nlp(text), article, "test").claims if "offer" in c.predicate]
    assert claims
    assert reconcile._names_itself(claims[0]) is itself
