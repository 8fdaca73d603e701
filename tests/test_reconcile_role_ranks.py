"""A rank written in short before a name ("panel Chairman Rep. Jason Chaffetz") is no part of
the one-person role the speaker holds (reconcile.TRAILING_RANKS): the report that writes the
rank and the one that does not name the same role, so the two agree on who holds it. A rank
alone is no such role. Hand-written reports, real spaCy parses."""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

WITH_RANK = (
    '"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz said on Tuesday after '
    "Bryan Pagliano failed to appear. The committee voted 19-15 to hold him in contempt."
)
WITHOUT_RANK = (
    "Panel Chairman Jason Chaffetz said on Tuesday that the aide had defied a subpoena. "
    "The committee voted to hold Bryan Pagliano in contempt."
)
RANK_ONLY = (
    "Rep. Elijah Cummings said on Tuesday that the vote was a political ploy. "
    "The committee voted to hold Bryan Pagliano in contempt."
)


def _holders(nlp, *texts):
    reports = list(zip(("Politico", "Wire", "Post"), texts, strict=False))
    return [f for f in story_facets(nlp, reports) if f.attribute == reconcile.ROLE_HOLDER]


def test_the_role_with_and_without_the_rank_is_one_role(nlp):
    (holder,) = _holders(nlp, WITH_RANK, WITHOUT_RANK)
    assert holder.subject.casefold() == "panel chairman"
    assert holder.verdict == "corroborated"
    (value,) = holder.values
    assert value.label == "Jason Chaffetz" and len(value.evidence) == 2


def test_without_the_rule_the_rank_splits_the_role(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "TRAILING_RANKS", frozenset())
    holders = _holders(nlp, WITH_RANK, WITHOUT_RANK)
    assert sorted(h.subject.casefold() for h in holders) == ["panel chairman", "panel chairman rep"]


def test_a_rank_alone_is_no_one_person_role(nlp):
    assert _holders(nlp, RANK_ONLY, WITHOUT_RANK)[0].subject.casefold() == "panel chairman"
    assert len(_holders(nlp, RANK_ONLY, WITHOUT_RANK)) == 1


def test_a_committee_chairman_is_not_the_chairman_of_every_committee(nlp):
    """'Committee Chairman Rep. Jason Chaffetz' (of the Oversight committee) and 'House
    Judiciary Committee Chairman Bob Goodlatte' hold two roles: "committee" tells no one body
    (ORG_COMMON_WORDS), so the bare role is not renamed after the Judiciary committee."""
    oversight = (
        "Committee Chairman Rep. Jason Chaffetz said the questioning will start with Comey on "
        "Thursday. The hearing was called after the FBI closed its inquiry."
    )
    judiciary = (
        "House Judiciary Committee Chairman Bob Goodlatte told MSNBC on Thursday that he spoke "
        "with Comey. The hearing was called after the FBI closed its inquiry."
    )
    holders = _holders(nlp, oversight, judiciary)
    assert not [h for h in holders if h.verdict == "contradicted"]
    assert {v.label for h in holders for v in h.values} == {"Jason Chaffetz", "Bob Goodlatte"}
