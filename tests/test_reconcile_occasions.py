"""An occasion tagged as a place (OCCASION_WORDS, _occasion_place): "the Winter Meetings" is held
somewhere, it is no town, so a report's place of it is the place it names with it ("at the
Winter Meetings in Las Vegas"), and an occasion it does not place is no place to set against a
town. Hand-written reports, real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

OFFER = "The Angels offered Mark Teixeira an eight-year contract"
PLACED = OFFER + " at the Winter Meetings in Las Vegas."
UNPLACED = OFFER + " at the Winter Meetings."
MANILA = OFFER + " in Manila."


def place_facet(nlp, wire, daily):
    facets = story_facets(nlp, [("Wire", wire), ("Daily", daily)])
    found = [f for f in facets if f.attribute == "place"]
    assert len(found) == 1, [(f.subject, f.attribute) for f in facets]
    return found[0]


def test_an_occasion_is_where_its_report_places_it(nlp):
    facet = place_facet(nlp, PLACED, MANILA)
    assert facet.verdict == "contradicted"
    assert sorted(v.label for v in facet.values) == ["Las Vegas", "Manila"]
    assert place_facet(nlp, PLACED, OFFER + " in Las Vegas.").verdict == "corroborated"


def test_an_occasion_placed_nowhere_agrees_with_no_town(nlp):
    facet = place_facet(nlp, UNPLACED, MANILA)
    assert facet.verdict == "single_source"
    assert [v.label for v in facet.values] == ["Manila"]


def test_without_the_reading_an_occasion_is_compared_as_a_town(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "OCCASION_WORDS", frozenset())
    facet = place_facet(nlp, UNPLACED, MANILA)
    assert facet.verdict == "corroborated"  # "Winter Meetings" agreeing with "Manila"
    assert sorted(v.label for v in facet.values) == ["Manila", "Winter Meetings"]


def test_a_town_of_one_word_is_a_town(nlp):
    facet = place_facet(
        nlp,
        "Police arrested John Smith in Summit on Monday.",
        "Police arrested John Smith in Manila on Monday.",
    )
    assert facet.verdict == "contradicted"
    assert sorted(v.label for v in facet.values) == ["Manila", "Summit"]
