"""An event noun that is the passive subject of a verb of reporting happened where and when it
was reported (REPORTED_EVENT_RULE, PASSIVE_LIGHT_VERBS), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze.claims import PASSIVE_LIGHT_VERBS


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        ("Fresh riots were reported in Greece on Saturday December 13.", "2014-12-13", "greece"),
        ("Clashes were reported in Athens on Sunday.", "2014-12-14", "athens"),
    ],
)
def test_an_event_reported_happened_then_and_there(nlp, text, date, place):
    (riot,) = [c for c in event_claims(nlp, text, "2014-12-15") if c.predicate == "riot"]
    assert riot.time is not None and riot.time.value == date
    assert riot.place is not None and riot.place.entity == f"place:{place}"
    assert "report" in PASSIVE_LIGHT_VERBS


def test_an_event_someone_reports_is_not_dated_by_the_report(nlp):
    # the active verb's object may be an event of days before
    text = "Police reported riots in Athens on Monday."
    riots = [c for c in event_claims(nlp, text, "2014-12-15") if c.predicate == "riot"]
    assert riots and all(c.time is None for c in riots)


def test_an_event_reported_by_a_named_reporter_stays_their_report(nlp):
    # "by Politico": an attribution to the reporter, who is no participant of the meeting
    text = "The meeting was first reported by Politico."
    (meeting,) = [c for c in event_claims(nlp, text, "2014-12-15") if c.predicate == "meet"]
    assert meeting.participants == []
    assert meeting.attribution is not None and meeting.attribution.source.name == "Politico"
