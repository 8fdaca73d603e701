"""A country's government read as a doer (claims' GOVERNMENT_DOER_RULE) has no entity of its
own: the dossier names it from the gazetteer ("Government of Cuba"), never by its key.
Hand-written reports, real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

from reconcile_reads import story_facets

CUBA = "The Cuban government on Friday condemned the bomb attacks in Nairobi. The city mourned."
CUBA_AGAIN = "The Cuban government condemned the bomb attacks in Nairobi on Friday. It was angry."


def test_a_government_doer_is_named_by_its_country(nlp):
    facets = story_facets(nlp, [("Outlet0", CUBA), ("Outlet1", CUBA_AGAIN)])
    subjects = {f.subject for f in facets if f.subject.startswith("condemn")}
    assert subjects == {"condemn (Government of Cuba)"}, subjects
