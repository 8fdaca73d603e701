"""A named building or grounds followed by its town is placed by that town, which other reports
name too (SITE_TOWN_RULE), on real parses; a site told alone, or a town followed by its region,
keeps its own name."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words

from corroborator.analyze import claims


def place_of(nlp, text: str, predicate: str) -> str | None:
    return words(text, only(event_claims(nlp, text), predicate).place.span)


@pytest.mark.parametrize(
    ("text", "predicate", "town"),
    [
        ("Five people were killed at the Grand Hotel in Baltimore on Friday.", "kill", "Baltimore"),
        (
            "Two guards were shot at the Buffalo Shooting Club in Amherst on Friday.",
            "shoot",
            "Amherst",
        ),
    ],
)
def test_a_named_site_is_placed_by_its_town(nlp, text, predicate, town):
    assert place_of(nlp, text, predicate) == town


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        # a site told alone keeps its own name
        ("Five people were killed at the Grand Hotel on Friday.", "kill", "Grand Hotel"),
        # a town followed by its region is where it says
        ("A man was shot in Brooklyn in New York on Tuesday.", "shoot", "Brooklyn"),
    ],
)
def test_no_site_town(nlp, text, predicate, place):
    assert place_of(nlp, text, predicate) == place


def test_the_rule_reads_only_buildings_and_grounds():
    assert {"hotel", "library", "club"} <= claims.SITE_NOUNS
    assert "meeting" not in claims.SITE_NOUNS
