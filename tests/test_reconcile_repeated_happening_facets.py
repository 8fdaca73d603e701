"""Agreement on the day, place and doers of a kind of happening a story tells again and again
(IDENTIFIED_KINDS, _tied_kind, _identified_alike). Hand-written reports, real spaCy parses
(reconcile_reads.story_facets).

A candidate wins one contest after another: two reports that each name her the winner agree on
one winner only when they tell one contest, identified alike (a thing, a place, a day, a count,
or a second name past the ledes), as their agreement that a win happened must be.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

# six sentences of filler: what comes after it is past the ledes
FILLER = (
    "Voters went to the polls on Tuesday. Turnout was high. Lines were long at many schools. "
    "The polls closed in the evening. Results came in late. Officials counted through the "
    "night. "
)
# one winner of two contests: a state's primary and a share of the vote abroad
TWO_WINS = (
    FILLER + "Hillary Clinton won the Florida primary by a wide margin.",
    FILLER + "Hillary Clinton won 31 percent among Democrats Abroad.",
)
ONE_WIN = (
    FILLER + "Hillary Clinton won the Florida primary by a wide margin.",
    FILLER + "Hillary Clinton won the Florida primary on Tuesday night.",
)


def _facet(nlp, reports, attribute):
    facets = story_facets(nlp, [("Wire", reports[0]), ("Daily", reports[1])])
    found = [f for f in facets if f.subject == "win (Clinton)" and f.attribute == attribute]
    assert len(found) == 1, [(f.subject, f.attribute) for f in facets]
    return found[0]


@pytest.mark.parametrize(
    ("reports", "verdict"), [(TWO_WINS, "single_source"), (ONE_WIN, "corroborated")]
)
def test_a_winner_agrees_only_of_one_contest(nlp, monkeypatch, reports, verdict):
    monkeypatch.setattr(reconcile, "CONTEST_EVENTS", False)  # the agreement reading alone
    facet = _facet(nlp, reports, "participant: winner")
    assert facet.verdict == verdict
    if verdict == "single_source":
        assert facet.why.startswith(reconcile.UNTIED_VOICES)


def test_without_the_reading_one_winner_of_two_contests_agrees(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "IDENTIFIED_KINDS", frozenset())
    monkeypatch.setattr(reconcile, "CONTEST_EVENTS", False)
    assert _facet(nlp, TWO_WINS, "participant: winner").verdict == "corroborated"
    # the happening itself is still held to it (IDENTIFIED_AGREEMENT)
    assert _facet(nlp, TWO_WINS, "occurred").verdict == "single_source"


def test_held_kinds_are_those_of_repeated_events():
    win = reconcile._Facet("win (Clinton)", "participant: winner", "win")
    attack = reconcile._Facet("attack", "date", "attack")
    role = reconcile._Facet("Secretary of State", reconcile.ROLE_HOLDER)
    assert reconcile._tied_kind(win, "participants")
    assert reconcile._tied_kind(reconcile._Facet("meeting", "date", "meet@2004"), "date")
    assert not reconcile._tied_kind(attack, "date")
    # a role's holder is no event's doer, whatever verb names him
    assert not reconcile._tied_kind(role, "participants")
    assert not reconcile._tied_kind(win, "number")
