"""A contest outcome is a repeated act, and a denial denies what had happened when it was
written (CONTEST_READING, CONTEST_CLASSES, _other_contests, _one_contest; DENIAL_UNTIL_PUBLISHED,
_stated_later). Hand-written reports, real spaCy parses (reconcile_reads.story_facets).

A candidate wins one state after another: two dates of a win are of one contest only when both
claims name the same place, two places only when both give the same day and neither sentence
names the other place as one of a set. "Rubio has not won a state" (March 1) denies no win told
for March 15.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

JUNE_8 = ["2016-06-08", "2016-06-08"]


@pytest.fixture(autouse=True)
def one_event_of_wins(monkeypatch):
    """The readings within one event of wins: not split into events by contest first
    (CONTEST_EVENTS, tests/test_reconcile_contest_events.py)."""
    monkeypatch.setattr(reconcile, "CONTEST_EVENTS", False)


def _verdict(facets, attribute: str) -> str:
    found = [f for f in facets if f.attribute == attribute and f.subject == "win (Clinton)"]
    assert len(found) == 1, [(f.subject, f.attribute, f.verdict) for f in facets]
    return found[0].verdict


@pytest.mark.parametrize(
    ("wire", "daily", "attribute", "disputed"),
    [
        # one state, two days: one contest told on two dates, a dispute
        (
            "Hillary Clinton won in South Dakota on Tuesday.",
            "Hillary Clinton won in South Dakota on Saturday.",
            "date",
            True,
        ),
        # two states, two days: two wins, not rival dates
        (
            "Hillary Clinton won the South Dakota primary on June 7.",
            "Hillary Clinton won the Kentucky primary on May 17.",
            "date",
            False,
        ),
        # one night, one state each: one contest told in two places, a dispute
        (
            "Hillary Clinton won in Delaware on April 26.",
            "Hillary Clinton won in Maryland on April 26.",
            "place",
            True,
        ),
        # one night, a set of states: wins told as a set, not rival places
        (
            "Hillary Clinton won in Delaware, Connecticut, Maryland and Pennsylvania on April 26.",
            "Hillary Clinton won in Maryland and Pennsylvania on April 26.",
            "place",
            False,
        ),
    ],
)
def test_a_win_is_one_contest_only_by_its_place_or_day(nlp, wire, daily, attribute, disputed):
    facets = story_facets(nlp, [("Wire", wire), ("Daily", daily)], published=JUNE_8)
    assert (_verdict(facets, attribute) == "contradicted") is disputed


@pytest.mark.parametrize(
    ("wire", "daily", "attribute"),
    [
        (
            "Hillary Clinton won the South Dakota primary on June 7.",
            "Hillary Clinton won the Kentucky primary on May 17.",
            "date",
        ),
        (
            "Hillary Clinton won in Delaware, Connecticut, Maryland and Pennsylvania on April 26.",
            "Hillary Clinton won in Maryland and Pennsylvania on April 26.",
            "place",
        ),
    ],
)
def test_without_the_contest_reading_wins_dispute(nlp, monkeypatch, wire, daily, attribute):
    monkeypatch.setattr(reconcile, "CONTEST_READING", False)
    facets = story_facets(nlp, [("Wire", wire), ("Daily", daily)], published=JUNE_8)
    assert _verdict(facets, attribute) == "contradicted"


def _rubio_occurred(facets) -> str:
    found = [f for f in facets if f.attribute == "occurred" and f.subject == "win (Rubio)"]
    assert len(found) == 1, [(f.subject, f.attribute, f.verdict) for f in facets]
    return found[0].verdict


@pytest.mark.parametrize(
    ("stated", "disputed"),
    [
        # a win dated after the denial was published: it happened later, no dispute
        ("Marco Rubio won a state on March 15.", False),
        # a win dated before it: the denial denies it
        ("Marco Rubio won a state on February 25.", True),
    ],
)
def test_a_denial_denies_what_had_happened_when_written(nlp, stated, disputed):
    facets = story_facets(
        nlp,
        [("Wire", "Marco Rubio has not won a state."), ("Daily", stated)],
        published=["2016-03-01", "2016-03-16"],
    )
    assert (_rubio_occurred(facets) == "contradicted") is disputed


def test_without_the_reading_a_later_win_is_denied(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "DENIAL_UNTIL_PUBLISHED", False)
    facets = story_facets(
        nlp,
        [
            ("Wire", "Marco Rubio has not won a state."),
            ("Daily", "Marco Rubio won a state on March 15."),
        ],
        published=["2016-03-01", "2016-03-16"],
    )
    assert _rubio_occurred(facets) == "contradicted"


# --- a verb outside the tables done to two things is two acts (_objects_apart) ----------------

CONTEST_NEVER = "She must brace for the kind of contest Hillary Clinton never envisioned."


def _envision(facets) -> str:
    found = [f for f in facets if f.attribute == "occurred" and f.subject == "envision (Clinton)"]
    assert len(found) == 1, [(f.subject, f.attribute, f.verdict) for f in facets]
    return found[0].verdict


@pytest.mark.parametrize(
    ("stated", "disputed"),
    [
        # the relative clause hangs on another noun: another thing envisioned
        ("This is not the campaign Hillary Clinton envisioned.", False),
        # on the same noun: the same thing, denied and stated
        ("This is the kind of contest Hillary Clinton envisioned.", True),
    ],
)
def test_a_relative_clause_names_what_was_done(nlp, stated, disputed):
    facets = story_facets(nlp, [("Wire", CONTEST_NEVER), ("Daily", stated)])
    assert (_envision(facets) == "contradicted") is disputed


def test_without_the_reading_two_objects_dispute(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "RELATIVE_OBJECTS", False)
    facets = story_facets(
        nlp,
        [
            ("Wire", CONTEST_NEVER),
            ("Daily", "This is not the campaign Hillary Clinton envisioned."),
        ],
    )
    assert _envision(facets) == "contradicted"


# --- two winners dispute only of one contest: the same place, the same day -------------------

SUPER_TUESDAY = (
    "Hillary Clinton won in Virginia on Tuesday, while Bernie Sanders won in Vermont on Tuesday."
)


def _winner(facets) -> str:
    found = [f for f in facets if f.attribute == "participant: winner"]
    assert len(found) == 1, [(f.subject, f.attribute, f.verdict) for f in facets]
    return found[0].verdict


@pytest.mark.parametrize(
    ("other", "disputed"),
    [
        # Virginia that Tuesday: one contest, two winners
        ("Bernie Sanders won in Virginia on Tuesday.", True),
        # Michigan a week later: another contest
        ("Bernie Sanders won in Michigan on March 8.", False),
    ],
)
def test_two_winners_dispute_only_one_contest(nlp, other, disputed):
    facets = story_facets(
        nlp, [("Wire", SUPER_TUESDAY), ("Daily", other)], published=["2016-03-23"] * 2
    )
    assert (_winner(facets) == "contradicted") is disputed


def test_without_the_contest_reading_winners_of_two_contests_dispute(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "CONTEST_READING", False)
    facets = story_facets(
        nlp,
        [("Wire", SUPER_TUESDAY), ("Daily", "Bernie Sanders won in Michigan on March 8.")],
        published=["2016-03-23"] * 2,
    )
    assert _winner(facets) == "contradicted"
