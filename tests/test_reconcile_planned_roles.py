"""Who will do the story's announced plan (reconcile.LEDE_ROLE_INSTANCES, _lede_role_claims):
an announcement has one doer as a deed has, so when the ledes of two reports or more say one
person will host, direct or sign, another report's lede naming someone else there whom no
other report names disputes it. A person a report's sentence names and a pronoun then takes
up ("Maria Keller tweeted she will be hosting") is named there (_named_where_told).
Hand-written reports, real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets


def doer_facets(facets):
    return [f for f in facets if f.attribute.startswith("participant: doer of")]


WIRE = "Ellen DeGeneres will host the Oscars next year. The Academy announced the choice on Friday."
DAILY = (
    "Ellen DeGeneres will host the Oscars for a second time. The producers said they were thrilled."
)


@pytest.mark.parametrize(
    ("third", "disputed"),
    [
        # a stranger will host, said in the report's own words
        ("Maria Keller will host the Oscars. The show airs in March.", True),
        # the stranger names herself through a pronoun in her own tweet
        ("Maria Keller just tweeted she will be hosting the Oscars. The show airs in March.", True),
        # the same host: agreement
        ("Ellen DeGeneres will host the Oscars. The show airs in March.", False),
        # a pronoun the sentence names no one for: no name is told there
        ("She will host the Oscars. The show airs in March.", False),
    ],
)
def test_one_host_of_the_announced_show(nlp, third, disputed):
    facets = story_facets(nlp, [("Wire", WIRE), ("Daily", DAILY), ("Post", third)])
    found = [f for f in doer_facets(facets) if f.verdict == "contradicted"]
    assert bool(found) is disputed
    if disputed:
        assert {v.label for v in found[0].values} == {"Ellen DeGeneres", "Maria Keller"}


def test_a_plan_told_by_one_lede_holds_no_doer(nlp):
    """Only one report's lede names the host: nothing tells which of the two is the story's."""
    facets = story_facets(
        nlp, [("Wire", WIRE), ("Post", "Maria Keller will host the Oscars. The show airs soon.")]
    )
    assert all(f.verdict != "contradicted" for f in doer_facets(facets))


def test_a_past_deed_of_another_year_is_not_the_plan(nlp):
    """A report recalling who hosted an earlier show names another host of another event."""
    third = (
        "Ellen DeGeneres will host the Oscars. "
        "Seth MacFarlane hosted the Oscars in 2013, to mixed reviews."
    )
    facets = story_facets(nlp, [("Wire", WIRE), ("Daily", DAILY), ("Post", third)])
    assert all(f.verdict != "contradicted" for f in doer_facets(facets))


def test_only_plans_join_the_story_events_whose_doer_is_disputed():
    assert reconcile.PLANNED_INSTANCE in reconcile.LEDE_ROLE_INSTANCES
    assert reconcile.SERIES_INSTANCE not in reconcile.LEDE_ROLE_INSTANCES
