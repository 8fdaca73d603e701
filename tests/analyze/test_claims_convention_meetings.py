"""A meeting of a season or a calendar is a convention or an assembly, not people meeting
(CONVENTION_MEETINGS in OTHER_SENSE_MODIFIERS), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze.claims import (
    OTHER_SENSE_MODIFIERS,
    PARTNERED_SENSE_NOUNS,
    PARTNERED_SENSE_PREPOSITIONS,
)


@pytest.mark.parametrize(
    "text",
    [
        "The Yankees also headed to Las Vegas for the winter meetings.",
        "The annual meeting of shareholders took place in Omaha.",
    ],
)
def test_a_convention_is_no_meeting_of_people(nlp, text):
    assert [c for c in event_claims(nlp, text) if c.predicate == "meet"] == []
    assert "winter" in OTHER_SENSE_MODIFIERS["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Boras held a meeting with Teixeira in Texas.",
        "The secret meeting took place in Texas on Monday.",
    ],
)
def test_people_meeting_is_a_meeting(nlp, text):
    assert [c.predicate for c in event_claims(nlp, text) if c.predicate == "meet"] == ["meet"]


def test_a_calendar_meeting_with_people_is_people_meeting(nlp):
    text = "In May 2001, Fiorina ended her quarterly meeting with HP's nine directors."
    (meeting,) = [c for c in event_claims(nlp, text) if c.predicate == "meet"]
    assert [p.entity for p in meeting.participants] == ["person:fiorina"]
    assert "with" in PARTNERED_SENSE_PREPOSITIONS and "meeting" in PARTNERED_SENSE_NOUNS
