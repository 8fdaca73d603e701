"""Agreement on an act of a verb outside the tables told once with no doer, in a story whose
other tellings name different doers (DOERLESS_APART, _doers_told). Hand-written reports, real
spaCy parses (reconcile_reads.story_facets).

Reactions to one happening are many acts of one verb: "Senator Ann Cole condemned the bomb
attacks", "Governor Tom Reed condemned the bomb attacks", and a report's "The attacks were
condemned in a resolution" names no doer. That telling agrees with one doer's telling only
when a thing it shares picks that doer alone; otherwise it bridges no two doers' acts.
"""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

COLE = "Senator Ann Cole condemned the bomb attacks on Friday. The city mourned."
REED_ATTACKS = "Governor Tom Reed condemned the bomb attacks on Saturday. The city mourned."
REED_TAX = "Governor Tom Reed condemned the new tax on Saturday. The city mourned."
NO_DOER = "The bomb attacks were condemned in a resolution on Friday. The city mourned."


def condemned(nlp, *texts):
    facets = story_facets(nlp, [(f"Outlet{n}", t) for n, t in enumerate(texts)])
    found = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("condemn")]
    assert len(found) == 1, [(f.subject, f.attribute) for f in facets]
    return found[0]


def test_a_doerless_telling_bridges_no_two_doers(nlp):
    # the resolution's telling shares "attacks" with Cole's and with Reed's: no act picked
    facet = condemned(nlp, COLE, REED_ATTACKS, NO_DOER)
    assert facet.verdict == "single_source"
    assert facet.why.startswith(reconcile.UNTIED_VOICES)


def test_a_thing_in_common_picks_one_doer(nlp):
    # only Cole's telling is of the attacks: the doerless telling is of her act
    assert condemned(nlp, COLE, REED_TAX, NO_DOER).verdict == "corroborated"


def test_without_the_reading_the_doerless_telling_agrees(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "DOERLESS_APART", False)
    assert condemned(nlp, COLE, REED_ATTACKS, NO_DOER).verdict == "corroborated"
