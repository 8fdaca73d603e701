"""Anchored times whose anchor event is dated by a weekday alone (resolve_weekday_anchor): in an
undated report "a few hours after the Monday morning attack" falls on the Monday, "two days
after Saturday's shooting" on a Monday. Each case reads two real sentences: one dating the
anchor event by a weekday, one with the anchored expression; positive and negative literal
cases (WEEKDAY_ANCHOR_SAME_DAY_PARTS, WEEK_DAYS).
"""

from __future__ import annotations

import pytest

from corroborator.analyze.timex import extract_times, resolve_weekday_anchor
from corroborator.model import Article, TimeRef


def _times(nlp, text: str) -> list[TimeRef]:
    return extract_times(nlp(text), Article(id="t", text=text, source="test"))


def _anchor_date(nlp, text: str) -> str:
    """The weekday value of the one weekday-dated time of ``text`` (undated report)."""
    values = [t.value for t in _times(nlp, text) if t.value.startswith("XXXX-WXX-")]
    assert len(values) == 1, values
    return values[0]


def _anchored(nlp, text: str) -> TimeRef:
    anchored = [t for t in _times(nlp, text) if t.anchor is not None]
    assert len(anchored) == 1, anchored
    return anchored[0]


# (sentence dating the anchor event, sentence with the anchored time, weekday value expected)
POSITIVE = [
    ("The attack came on Monday morning.",
     "Police arrested him a few hours after the attack.", "XXXX-WXX-1"),
    ("Lohan checked in on Thursday.",
     "She left less than an hour after checking in.", "XXXX-WXX-4"),
    ("The boy was shot on Saturday.",
     "Riots broke out two days after the shooting.", "XXXX-WXX-1"),
    ("The vote was held on Tuesday.",
     "The minister resigned one day before the vote.", "XXXX-WXX-1"),
    ("The fire broke out Sunday.",
     "The mayor visited the site three days after the fire.", "XXXX-WXX-3"),
]  # fmt: skip


@pytest.mark.parametrize(("dated", "text", "expected"), POSITIVE)
def test_weekday_anchor_resolves(nlp, dated: str, text: str, expected: str) -> None:
    resolved = resolve_weekday_anchor(_anchored(nlp, text), _anchor_date(nlp, dated))
    assert resolved is not None
    assert (resolved.value, resolved.granularity) == (expected, "day")


# (sentence dating the anchor event, sentence with the anchored time): no weekday follows
NEGATIVE = [
    # hours after a night or an evening may be the next day
    ("The shooting happened on Saturday night.",
     "Police arrested him hours after the shooting."),
    ("The blast came on Friday evening.", "Two men were held a few hours after the blast."),
    # a week or more, or a vague count of days, gives no weekday
    ("The vote was held on Tuesday.", "The minister resigned a week after the vote."),
    ("The vote was held on Tuesday.", "The minister resigned days after the vote."),
    ("The vote was held on Tuesday.", "The minister resigned two months after the vote."),
]  # fmt: skip


@pytest.mark.parametrize(("dated", "text"), NEGATIVE)
def test_weekday_anchor_gives_no_weekday(nlp, dated: str, text: str) -> None:
    assert resolve_weekday_anchor(_anchored(nlp, text), _anchor_date(nlp, dated)) is None


def test_weekday_anchor_needs_a_weekday(nlp) -> None:
    """An anchor dated by a calendar date is resolve_anchor's; a month alone gives nothing."""
    anchored = _anchored(nlp, "Riots broke out two days after the shooting.")
    assert resolve_weekday_anchor(anchored, "2023-06-24") is None
    assert resolve_weekday_anchor(anchored, "XXXX-06") is None
