"""A contest taken, swept or carried is a contest won (CONTEST_TAKING_RULE): the win is read at
the contest noun, with the taker as its winner and the verb's date and place, on real parses of
PolNeAR train sentences; a part taken in a contest, a state carried and a sweep only expected
stay no win."""

from __future__ import annotations

from claims_reads import event_claims, only, words

from corroborator.analyze import claims

# The publication date the texts are given (a Wednesday: "Tuesday" is 2016-05-17).
PUBLISHED = "2016-05-18"

# PolNeAR train (huff-post, 2016-05-18; wash-post 2016-03-23)
TAKEN_COUNT = (
    "SEATTLE — Climbing off the mat after five morale-busting losses last week, Bernie Sanders "
    "won the Democrats Abroad primary on Monday and followed that up by taking two of the three "
    "Democratic contests Tuesday."
)
TAKEN = (
    "In other voting Tuesday in Oregon, Trump won the Republican primary, and Sanders took the "
    "Democratic contest."
)


def _wins(text: str, nlp) -> list:
    return [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate.startswith("win")]


def test_contests_taken_by_count_are_won_on_the_verbs_date(nlp):
    taken = [c for c in _wins(TAKEN_COUNT, nlp) if words(TAKEN_COUNT, c.trigger) == "contests"]
    (win,) = taken
    assert win.predicate == "win" and win.relation == "take contest"
    assert [(p.role, p.entity) for p in win.participants] == [("agent", "person:sanders")]
    assert win.time is not None and words(TAKEN_COUNT, win.time.span) == "Tuesday"
    assert win.time.value == "2016-05-17"
    assert not win.negated


def test_a_contest_taken_is_won_by_the_taker(nlp):
    taken = [c for c in _wins(TAKEN, nlp) if c.relation == "take contest"]
    (win,) = taken
    assert words(TAKEN, win.trigger) == "contest"
    assert [(p.role, p.entity) for p in win.participants] == [("agent", "person:sanders")]


def test_contests_swept_are_won(nlp):
    text = "Clinton swept the contests in the South on Tuesday."
    win = only(_wins(text, nlp), "win")
    assert win.relation == "sweep contest"
    assert win.time is not None and win.time.value == "2016-05-17"


def test_without_the_rule_no_win_is_read(nlp, monkeypatch):
    monkeypatch.setattr(claims, "CONTEST_TAKING_VERBS", frozenset())
    assert [c for c in _wins(TAKEN_COUNT, nlp) if c.relation == "take contest"] == []
    assert [c for c in _wins(TAKEN, nlp) if c.relation == "take contest"] == []


def test_a_part_taken_in_primaries_is_no_win(nlp):
    text = "Cruz was taking part in the Republican primaries in March."
    assert _wins(text, nlp) == []


def test_a_state_carried_is_no_contest_won(nlp):
    # "carried Iowa": a place, not a contest noun; the win stays unread here
    text = "Sanders carried Iowa in the caucus."
    assert _wins(text, nlp) == []


def test_a_sweep_expected_is_no_win(nlp):
    text = "Clinton is expected to sweep the first three contests."
    assert _wins(text, nlp) == []
