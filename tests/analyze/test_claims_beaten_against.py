"""A contest outcome's "against" phrase names the one beaten, as its "over" phrase does
(BEATEN_PREPOSITIONS), on real parses."""

from __future__ import annotations

from claims_reads import roles

from corroborator.analyze.claims import BEATEN_PREPOSITIONS

# The publication date the texts are given.
PUBLISHED = "2013-03-12"


def test_a_stoppage_against_someone_stops_them(nlp):
    text = "Klitschko scored a sixth round stoppage against Tony Thompson on Saturday."
    assert roles(nlp, text, "v:stop", PUBLISHED) == [("patient", "person:thompson")]
    assert "against" in BEATEN_PREPOSITIONS


def test_training_against_someone_is_no_contest_outcome(nlp):
    # "against" under a verb outside the contest classes is still a partner
    text = "Klitschko sparred against Tony Thompson on Saturday."
    assert ("with", "person:thompson") in roles(nlp, text, "v:spar", PUBLISHED)
