"""A time counted from an event is never that event's own time (SELF_ANCHOR_RULE), on real
parses."""

from __future__ import annotations

from claims_reads import event_claims, words


def test_the_anchor_event_does_not_take_the_time_counted_from_it(nlp):
    text = "Six weeks before Obama takes office, the Bush administration issued the rule."
    claims = event_claims(nlp, text, "2008-12-12")
    (taking,) = [c for c in claims if c.predicate == "v:take"]
    assert taking.time is None


def test_the_event_counted_from_its_anchor_keeps_the_time(nlp):
    text = "Five days after the failed coup attempt, Putin met Prigozhin."
    (meeting,) = [c for c in event_claims(nlp, text, "2023-07-10") if c.predicate == "meet"]
    assert meeting.time is not None and meeting.time.anchor is not None
    assert words(text, meeting.time.anchor.event) == "the failed coup attempt"
