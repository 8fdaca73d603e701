"""A "hit and run" is one event, a crash (HIT_AND_RUN_RULE), told at "run" with hyphens or
without, and placed where the phrase says; before a noun ("a hit-and-run driver") it only
describes the noun, and no word of it tells a hitting or a running. On real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, words

from corroborator.analyze.claims import HIT_AND_RUN_CLASS


def test_a_fatal_hit_and_run_is_a_crash_where_it_happened(nlp):
    text = (
        "The man police say is behind a fatal hit and run outside a Sam's Club store in "
        "Bloomington, now faces a murder charge."
    )
    claims = event_claims(nlp, text)
    (crash,) = [c for c in claims if c.predicate == HIT_AND_RUN_CLASS]
    assert words(text, crash.place.span) == "Bloomington"
    assert not [c for c in claims if c.predicate in ("v:run", "v:hit")]


@pytest.mark.parametrize(
    "text",
    [
        "Bloomington officers questioned people who saw the hit-and-run.",
        "He's expected to be charged with the hit-and-run by noon on Friday.",
    ],
)
def test_a_hyphenated_hit_and_run_is_a_crash(nlp, text):
    claims = event_claims(nlp, text)
    assert [c.predicate for c in claims if c.predicate == HIT_AND_RUN_CLASS]
    assert not [c for c in claims if c.predicate in ("v:run", "v:hit")]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man in the hit-and-run death of a woman in Bloomington.",
        "A man has been charged in a hit and run accident that killed a woman.",
    ],
)
def test_a_hit_and_run_before_a_noun_tells_no_event_of_its_own(nlp, text):
    claims = event_claims(nlp, text)
    assert not [c for c in claims if c.predicate in (HIT_AND_RUN_CLASS, "v:run", "v:hit")]


def test_a_driver_who_hit_a_car_and_ran_is_no_hit_and_run_phrase(nlp):
    claims = event_claims(nlp, "Somebody hit another car and ran away.")
    assert not [c for c in claims if c.predicate == HIT_AND_RUN_CLASS]
