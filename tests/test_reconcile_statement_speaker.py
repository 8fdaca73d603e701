"""A statement is its speaker's, the one named at its cue, even where its chain runs on to
whom the speaker relays: "Libération has claimed secret service sources had located him" is
Libération's claim, relaying the sources (reconcile's statement facets). Hand-written reports,
real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

from reconcile_reads import story_facets

RELAYED = (
    "Yevgeny Prigozhin met Vladimir Putin in Moscow, the tabloid said. French publication "
    "Libération has claimed secret service sources had located the former army boss."
)
DIRECT = "Alexander Lukashenko said the Wagner fighters would not come to Belarus."


def test_a_relayed_claim_is_the_statement_of_the_one_named_at_its_cue(nlp):
    facets = story_facets(nlp, [("Tabloid", RELAYED), ("Wire", DIRECT)])
    speakers = {f.subject for f in facets if f.attribute == "statement"}
    assert "Libération" in speakers
    assert "secret service sources" not in speakers
    # the chain still runs on to the sources the claim relays
    (claimed,) = [f for f in facets if f.attribute == "statement" and f.subject == "Libération"]
    (evidence,) = claimed.values[0].evidence
    assert evidence.chain[-2:] == ("Libération", "secret service sources")


def test_a_direct_statement_keeps_its_speaker(nlp):
    facets = story_facets(nlp, [("Tabloid", RELAYED), ("Wire", DIRECT)])
    speakers = {f.subject for f in facets if f.attribute == "statement"}
    assert "Alexander Lukashenko" in speakers
