"""Agreement on a kind of happening a story tells again and again (IDENTIFIED_AGREEMENT,
REPEATED_CLASSES, _identified_alike, _told_alike). Hand-written reports, real spaCy parses
(reconcile_reads.story_facets).

A campaign's news tells wins, votes, meetings and the acts of common verbs (losing, backing,
heading into) many times over. Two ledes that share no name, place, day or thing tell two of
them; past the ledes, a name in common needs something more told alike. A story's attack told
bare in two ledes is still its own event.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import occurred_facet

# six sentences of filler: what comes after it is past the ledes, what comes before is a lede
FILLER = (
    "Voters went to the polls on Tuesday. Turnout was high. Lines were long at many schools. "
    "The polls closed in the evening. Results came in late. Officials counted through the "
    "night. "
)
TWO_MEETINGS = (
    "The city council held a meeting on the budget. " + FILLER,
    "Fans packed the meeting of the chess club. " + FILLER,
)
TWO_LOSSES = (
    FILLER + "Donald Trump lost six points in the final week of polling.",
    FILLER + "Donald Trump lost by a wide margin among voters who decided late.",
)


@pytest.mark.parametrize(
    ("wire", "daily", "subject", "verdict"),
    [
        # two ledes, two meetings: nothing told alike
        (*TWO_MEETINGS, "meeting", "single_source"),
        # two ledes, one meeting: the same place and day
        (
            "The city council held a meeting in Springfield on Monday. " + FILLER,
            "A meeting took place in Springfield on Monday. " + FILLER,
            "meeting",
            "corroborated",
        ),
        # past the ledes, a name alone: two losses of one candidate
        (*TWO_LOSSES, "lose (Trump)", "single_source"),
        # past the ledes, a name and a thing in common (points): one loss
        (
            FILLER + "Donald Trump lost six points in the final week of polling.",
            FILLER + "Donald Trump lost points among voters who decided late.",
            "lose (Trump)",
            "corroborated",
        ),
        # the story's attack, bare in two ledes, is its own event: not a repeated kind
        (
            "The attack killed 12 people. " + FILLER,
            "Officials condemned the attack. " + FILLER,
            "attack",
            "corroborated",
        ),
    ],
)
def test_a_repeated_kind_agrees_on_what_identifies_it(nlp, wire, daily, subject, verdict):
    facet = occurred_facet(nlp, wire, daily, subject)
    assert facet.verdict == verdict
    if verdict == "single_source":
        assert facet.why.startswith(reconcile.UNTIED_VOICES)


@pytest.mark.parametrize(
    ("reports", "subject"), [(TWO_MEETINGS, "meeting"), (TWO_LOSSES, "lose (Trump)")]
)
def test_without_the_reading_two_happenings_agree(nlp, monkeypatch, reports, subject):
    monkeypatch.setattr(reconcile, "IDENTIFIED_AGREEMENT", False)
    assert occurred_facet(nlp, *reports, subject).verdict == "corroborated"


def test_repeated_classes():
    assert reconcile._repeated_class("win")
    assert reconcile._repeated_class("v:lose")
    assert not reconcile._repeated_class("attack")
    assert not reconcile._repeated_class("kill")
