"""Who an act of the story's own verb was done to, told in one lede and in reports past their
ledes (ROLE_HELD_ANYWHERE, _one_holder_dispute), and the victim facet beside a role facet of
another act (VICTIMS_TOLD_ELSEWHERE). Hand-written reports, real spaCy parses
(reconcile_reads.story_facets).

Reports often name the story's person in its lede by a description ("A worker was suspended")
and by name only further down ("Police said Hiller was suspended"): the one person the reports
give the role is the one three reports name there, even if one lede alone names her.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import contradicted, story_facets

FILLER = (
    " The plant makes snacks. It opened in 1950. Workers there make cookies. Many live nearby."
    " The town is quiet."
)
NAMED_IN_LEDE = (
    "Yvonne Hiller was suspended from her job at the Kraft plant on Thursday. "
    "She then shot two co-workers."
)
NAMED_PAST_LEDE = (
    "A worker was suspended from her job at the Kraft plant on Thursday."
    + FILLER
    + " Police said Hiller was suspended after a feud."
)
NAMED_PAST_SHOOTING = (
    "Two workers were shot at the Kraft plant on Thursday."
    + FILLER
    + " Hiller was suspended from her job minutes before."
)
STRANGER = (
    "Ingrid Solberg was suspended from her job at the Kraft plant on Thursday. "
    "She then shot two co-workers."
)
SUSPENDED = "participant: object of suspend"


def _reports(past_lede: str = NAMED_PAST_LEDE) -> list[tuple[str, str]]:
    return [
        ("Wire", NAMED_IN_LEDE),
        ("Daily", past_lede),
        ("Post", NAMED_PAST_SHOOTING),
        ("Star", STRANGER),
    ]


def test_a_holder_three_reports_name_is_disputed_by_a_stranger_in_a_lede(nlp):
    (facet,) = contradicted(story_facets(nlp, _reports()), SUSPENDED)
    assert facet.subject == "suspend (Hiller, Solberg)"
    # the reports that name her past their ledes back the holder too
    hiller = next(v for v in facet.values if v.value == "person:hiller")
    assert len(hiller.evidence) == 3


def test_without_the_reading_one_lede_names_no_holder(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "ROLE_HELD_ANYWHERE", False)
    facets = story_facets(nlp, _reports())
    assert not [f for f in facets if f.attribute == SUSPENDED]


def test_a_person_another_report_names_is_no_stranger(nlp):
    # a second suspended co-worker, named by another report too: no dispute
    named_twice = NAMED_PAST_LEDE + " Ingrid Solberg, a co-worker, saw it."
    assert not contradicted(story_facets(nlp, _reports(named_twice)), SUSPENDED)


def test_two_reports_are_too_few_to_hold_the_role(nlp):
    # the holder named in the role by two reports only: not enough to hold it
    facets = story_facets(
        nlp, [("Wire", NAMED_IN_LEDE), ("Daily", NAMED_PAST_LEDE), ("Star", STRANGER)]
    )
    assert not contradicted(facets, SUSPENDED)


SHOT_BY_POLICE = (
    "Police officers fatally shot Kimani Gray, 16, in Brooklyn on Saturday night. "
    "Gray pointed a revolver at the officers, police said."
)
SHOOTING_OF_GRAY = (
    "The fatal shooting of Kimani Gray on Saturday sparked protests in Brooklyn. "
    "Police say Gray pointed a revolver at them."
)
SHOOTING_OF_STRANGER = (
    "The fatal shooting of Carlos Mendes on Saturday sparked protests in Brooklyn. "
    "Police say Mendes pointed a revolver at them."
)
SHOT = "participant: shot or killed"


@pytest.mark.parametrize(("reading", "shown"), [(True, 1), (False, 0)])
def test_who_was_shot_is_shown_beside_who_pointed_the_gun(nlp, monkeypatch, reading, shown):
    # the role facet of pointing holds both names, from other sentences than the shootings'
    monkeypatch.setattr(reconcile, "VICTIMS_TOLD_ELSEWHERE", reading)
    facets = story_facets(
        nlp, [("Wire", SHOT_BY_POLICE), ("Daily", SHOOTING_OF_GRAY), ("Post", SHOOTING_OF_STRANGER)]
    )
    assert len(contradicted(facets, "participant: doer of point")) == 1
    assert len(contradicted(facets, SHOT)) == shown
