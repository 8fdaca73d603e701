"""A contest's outcome is an event of the contest its telling names (CONTEST_EVENTS,
_contests_named, _contest_groups). Hand-written reports, real spaCy parses.

A campaign's news tells one candidate's wins again and again: "won the Iowa caucuses" and
"won the Nevada caucuses" are two events, each standing alone; a telling naming no contest
("Clinton's victory was narrow") is of the one contest its report's lede names, and apart
from every named one when the lede names several.
"""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

IOWA = "Hillary Clinton won the Iowa caucuses on Monday night. The race goes on."
FILLER = (
    " She thanked her staff. The crowd cheered. Her aides were pleased. Rain fell outside."
    " Buses left the hotel."
)
UNNAMED = " Clinton's victory was narrow."


def win_facets(nlp, wire, daily, attribute="occurred"):
    facets = story_facets(nlp, [("Wire", wire), ("Daily", daily)], "2016-03-16")
    return [f for f in facets if f.attribute == attribute and f.subject.startswith("win")]


def win_events(nlp, monkeypatch, wire, daily):
    """The story's win events, as lists of (report, trigger start)."""
    found = {}
    events = reconcile._events

    def recorded(*args, **kwargs):
        found.update(events(*args, **kwargs))
        return found

    monkeypatch.setattr(reconcile, "_events", recorded)
    story_facets(nlp, [("Wire", wire), ("Daily", daily)], "2016-03-16")
    return [
        sorted((c.article, c.trigger.start) for c in group)
        for key, group in found.items()
        if key.startswith("win")
    ]


def test_wins_of_two_named_contests_are_two_events(nlp):
    facets = win_facets(nlp, IOWA, "Hillary Clinton won the Nevada caucuses. The race goes on.")
    assert [f.verdict for f in facets] == ["single_source", "single_source"]


def test_wins_of_one_named_contest_agree(nlp):
    facets = win_facets(nlp, IOWA, "Hillary Clinton narrowly won the Iowa caucuses. The end.")
    assert [f.verdict for f in facets] == ["corroborated"]


def test_without_the_reading_two_contests_agree(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "CONTEST_EVENTS", False)
    facets = win_facets(nlp, IOWA, "Hillary Clinton won the Nevada caucuses. The race goes on.")
    assert [f.verdict for f in facets] == ["corroborated"]


def test_unnamed_telling_joins_its_ledes_contest(nlp, monkeypatch):
    daily = "Hillary Clinton won the Iowa caucuses." + FILLER + UNNAMED
    events = win_events(nlp, monkeypatch, IOWA, daily)
    victory = ("a1", daily.index("victory"))
    assert any(victory in group and ("a0", IOWA.index("won")) in group for group in events)


def test_unnamed_telling_stays_apart_when_the_lede_names_two_contests(nlp, monkeypatch):
    daily = (
        "Hillary Clinton won the Iowa caucuses. She won the Nevada caucuses too." + FILLER + UNNAMED
    )
    events = win_events(nlp, monkeypatch, IOWA, daily)
    victory = ("a1", daily.index("victory"))
    assert [victory] in events


def test_two_winners_of_one_named_contest_dispute(nlp):
    facets = story_facets(
        nlp,
        [
            (
                "Wire",
                "Hillary Clinton won in Virginia on Tuesday, while Bernie Sanders won in"
                " Vermont on Tuesday.",
            ),
            ("Daily", "Bernie Sanders won in Virginia on Tuesday."),
        ],
        ["2016-03-23"] * 2,
    )
    winners = [f for f in facets if f.attribute == "participant: winner"]
    assert [f.verdict for f in winners if f.verdict == "contradicted"] == ["contradicted"]
    assert [set(v.value for v in f.values) for f in winners if f.verdict == "contradicted"] == [
        {"person:clinton", "person:sanders"}
    ]


def test_a_denial_naming_no_contest_denies_each_contest(nlp, monkeypatch):
    reports = [
        ("Wire", "Marco Rubio has not won a state."),
        ("Daily", "Marco Rubio won a state on February 25."),
    ]
    dates = ["2016-03-01", "2016-03-16"]
    occurred = [
        f.verdict
        for f in story_facets(nlp, reports, dates)
        if f.attribute == "occurred" and f.subject.startswith("win")
    ]
    assert occurred == ["contradicted"]
    monkeypatch.setattr(reconcile, "DENIED_EVERY_CONTEST", False)
    occurred = [
        f.verdict
        for f in story_facets(nlp, reports, dates)
        if f.attribute == "occurred" and f.subject.startswith("win")
    ]
    assert "contradicted" not in occurred


TWO_STATES = (
    "Donald Trump won in Georgia on March 1. Donald Trump also won in Alabama on March 1."
    " The race goes on."
)
ONE_DAY = "Donald Trump won big on March 1. The race goes on."


def test_a_day_of_several_contests_is_told_of_each(nlp, monkeypatch):
    events = win_events(nlp, monkeypatch, TWO_STATES, ONE_DAY)
    day = ("a1", ONE_DAY.index("won"))
    assert sum(day in group for group in events) == 2
    assert [day] not in events


def test_without_the_reading_a_day_of_several_contests_stays_apart(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "SHARED_DAY_EACH", False)
    events = win_events(nlp, monkeypatch, TWO_STATES, ONE_DAY)
    assert [("a1", ONE_DAY.index("won"))] in events
