"""Agreement on an act whose one named party in common is its doer in one telling and the one
it is done to in the other (ROLES_CROSSED, _roles_crossed). Hand-written reports, real spaCy
parses (reconcile_reads.story_facets).

Campaign news tells attacks, wins and endorsements by and on the same people: "Senator Ann
Cole attacked the governor" and "The governor attacked Senator Ann Cole" name one person in
common, in their ledes, but tell two attacks, not one that two voices agree took place. An
organisation's name is left alone: it is as often the owner of the thing done ("the INS
decision").
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import occurred_facet

TAIL = " The race is close."
CROSSED = (
    "Senator Ann Cole attacked the governor on Monday." + TAIL,
    "The governor attacked Senator Ann Cole in a new ad." + TAIL,
)


@pytest.mark.parametrize(
    ("wire", "daily", "verdict"),
    [
        # the senator the doer of one attack and the one attacked in the other: two attacks
        (*CROSSED, "single_source"),
        # the senator the doer of both: one attack two voices tell
        (
            "Senator Ann Cole attacked the governor on Monday." + TAIL,
            "Senator Ann Cole attacked the governor in a new ad." + TAIL,
            "corroborated",
        ),
    ],
)
def test_one_party_in_crossed_roles_is_two_acts(nlp, wire, daily, verdict):
    facet = occurred_facet(nlp, wire, daily, "attack (Cole)")
    assert facet.verdict == verdict
    if verdict == "single_source":
        assert facet.why.startswith(reconcile.UNTIED_VOICES)


def test_an_organisation_named_in_two_roles_is_left_alone(nlp):
    # "the INS decision" reads the agency as what was announced: one announcement all the same
    facet = occurred_facet(
        nlp,
        "Since the INS decision was announced Wednesday, they have said they will appeal.",
        "They said they would appeal the decision, announced Wednesday by INS Commissioner "
        "Doris Meissner, that Elian must be returned to his father by Jan. 14.",
        "announce (INS, Meissner)",
    )
    assert facet.verdict == "corroborated"


def test_without_the_reading_the_crossed_attacks_agree(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "ROLES_CROSSED", False)
    assert occurred_facet(nlp, *CROSSED, "attack (Cole)").verdict == "corroborated"
