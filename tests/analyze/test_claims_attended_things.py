"""Joining or attending what is not the event at hand is an act of its own, on the real parse
(ATTENDED_THING_RULE): "formally joined NATO on Friday" is a joining (v:join) with its date and
denial; "Kerry also joined the meeting" stays the meeting, attended."""

from __future__ import annotations

from claims_reads import event_claims, only, words


def test_a_body_joined_is_dated_as_an_act_of_its_own(nlp):
    text = "Poland, Hungary and the Czech Republic on Friday formally joined NATO at a ceremony."
    claim = only(event_claims(nlp, text), "v:join")
    assert words(text, claim.time.span) == "Friday"
    assert not claim.negated


def test_a_body_not_joined_is_denied(nlp):
    text = "Poland, Hungary and the Czech Republic on Friday formally did not join NATO."
    claim = only(event_claims(nlp, text), "v:join")
    assert claim.negated


def test_a_gathering_attended_counts_who_came(nlp):
    text = "About 200 people attended the vigil on Sunday."
    claim = only(event_claims(nlp, text), "v:attend")
    assert claim.quantities[0].value == 200


def test_the_event_at_hand_joined_stays_attended(nlp):
    text = "Putin met Obama in Paris on Monday. Kerry also joined the meeting."
    claims = event_claims(nlp, text)
    assert [c.predicate for c in claims] == ["meet", "meet"]
