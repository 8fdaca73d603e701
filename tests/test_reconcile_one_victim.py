"""Readings of reconcile, each with reports that truly disagree and
reports that tell different things. Hand-written reports, real spaCy parses
(reconcile_reads.story_facets).

- One killing of a story took one victim (VICTIM_ROLES, _lede_victim_claims): the shooting,
  killing or death of one person told in the ledes of two reports or more is disputed by
  another report's lede giving it to someone no other report names, when that report names
  no such victim of its own story; a story of two killings, each named by several reports, or
  a report recalling an earlier killing beside the story's own, disputes nothing.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

# --- one killing, one victim (_lede_victim_claims) -------------------------------------------

GREEK_SHOOTING = (
    "The fatal shooting of Alexandros Grigoropoulos, 15, on Saturday sparked riots across "
    "Greece. Students marched in Athens."
)
GREEK_CHARGE = (
    "A police officer was charged on Monday with killing Alexandros Grigoropoulos in Athens. "
    "Shops were closed."
)
GREEK_DEATH = (
    "Riots spread across Greece after the death of 15-year-old Alexandros Grigoropoulos. "
    "Schools were shut."
)


def _victim_verdicts(facets) -> list[str]:
    return [f.verdict for f in facets if f.attribute in reconcile.VICTIM_WORDS]


@pytest.mark.parametrize(
    ("third", "disputed"),
    [
        # another teenager named by this report alone as the one the shooting took
        (
            "The fatal shooting of Nikos Petridis, 15, on Saturday sparked riots across "
            "Greece. Students marched in Athens.",
            True,
        ),
        # the same victim, through another word ("killing"): agreement
        (
            "The killing of Alexandros Grigoropoulos, 15, on Saturday sparked riots across "
            "Greece. Students marched in Athens.",
            False,
        ),
        # a report that recalls an earlier killing beside the story's own victim
        (
            "The death of Alexandros Grigoropoulos recalled the killing of Michalis Kaltezas, "
            "15, by a policeman. Students marched in Athens.",
            False,
        ),
        # a report about someone else, told as wounded, not killed: no victim role
        (
            "A police officer injured Nikos Petridis, 15, in Athens on Saturday. Students "
            "marched in Athens.",
            False,
        ),
    ],
)
def test_one_killing_has_one_victim(nlp, third, disputed):
    facets = story_facets(nlp, [("Wire", GREEK_SHOOTING), ("Daily", GREEK_CHARGE), ("Post", third)])
    verdicts = _victim_verdicts(facets)
    assert ("contradicted" in verdicts) is disputed


def test_the_victim_named_by_a_pronoun_before_his_name_counts(nlp):
    # "Before he was fatally shot, Deputy X was ...": the victim is named in the sentence
    third = (
        "Before he was fatally shot, Deputy Nikos Petridis was looking for a suspect in "
        "Athens. Students marched in Athens."
    )
    facets = story_facets(nlp, [("Wire", GREEK_SHOOTING), ("Daily", GREEK_CHARGE), ("Post", third)])
    assert "contradicted" in _victim_verdicts(facets)


def test_two_killings_of_a_story_are_two_victims(nlp):
    # each victim named by two reports: a story that mixes two shootings, no dispute
    brooklyn = (
        "The fatal shooting of Kimani Gray, 16, on Saturday sparked protests in Brooklyn. "
        "Police kept watch."
    )
    brooklyn2 = (
        "Protests followed the death of 16-year-old Kimani Gray in Brooklyn. Police kept watch."
    )
    facets = story_facets(
        nlp,
        [("Wire", GREEK_SHOOTING), ("Daily", GREEK_DEATH), ("Post", brooklyn), ("Sun", brooklyn2)],
    )
    assert "contradicted" not in _victim_verdicts(facets)


def test_a_stranger_named_by_another_report_is_no_dispute(nlp):
    # the third report's victim is named by another report too (a second victim, a relative)
    third = (
        "The fatal shooting of Nikos Petridis, 15, on Saturday sparked riots across Greece. "
        "Students marched in Athens."
    )
    daily = GREEK_CHARGE + " Nikos Petridis, a friend, was with him."
    facets = story_facets(nlp, [("Wire", GREEK_SHOOTING), ("Daily", daily), ("Post", third)])
    assert "contradicted" not in _victim_verdicts(facets)


def test_a_death_names_its_dead_not_a_victim(nlp):
    # deaths and killings only: the facet is of the dead (an obituary's death is no one's
    # victim), under the word most of its reports use
    third = (
        "Riots spread across Greece after the death of 15-year-old Nikos Petridis. Schools shut."
    )
    facets = story_facets(nlp, [("Wire", GREEK_DEATH), ("Daily", GREEK_CHARGE), ("Post", third)])
    told = [
        (f.subject, f.attribute, f.verdict) for f in facets if f.attribute in reconcile.VICTIM_WORDS
    ]
    # one report tells a death, one a killing: the story's event is "killing" (a tie breaks by
    # the class name), its facet of the dead
    assert ("killing (Alexandros Grigoropoulos)", "participant: dead", "contradicted") in told
    assert all(attribute != "participant: shot or killed" for _, attribute, _ in told)


def test_one_dispute_is_told_once(nlp):
    # an obituary's dead, named by one event's role facet already: no second facet for it
    reports = [
        ("Wire", "Pinup icon Bettie Page died Thursday in Los Angeles at 85. Fans mourned."),
        ("Daily", "Bettie Page, the pin-up queen, died Thursday at age 85. Fans mourned."),
        ("Post", "Pinup icon Ingrid Solberg died Thursday in Los Angeles at 85. Fans mourned."),
    ]
    told = [
        f.subject
        for f in story_facets(nlp, reports)
        if f.attribute == "participant: dead" and f.verdict == "contradicted"
    ]
    assert len(told) == 1
