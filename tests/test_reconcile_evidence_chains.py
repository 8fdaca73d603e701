"""The chain an evidence line shows (_evidence, _cited_links): only sources the outlet cites.
Hand-written reports, real spaCy parses (reconcile_reads.story_facets).

The writer's own first person ("as we saw in 2009") is the outlet itself, not "nyt ← nyt"; an
agentless passive ("Shelby ... was charged") names no one, so the outlet states it alone, not
"wash-post ← unnamed"; a claim the writer states outright is the writer's (certainty grades it
asserted), so it shows no publication the article cites elsewhere ("nyt ← Wall Street
Journal"), while a wire credit still speaks for every sentence of the copy.
"""

from __future__ import annotations

from reconcile_reads import story_facets


def _evidence(facets, subject_word, attribute="occurred"):
    return [
        e
        for f in facets
        if subject_word in f.subject and f.attribute == attribute
        for v in f.values
        for e in v.evidence
    ]


def test_the_writers_first_person_shows_the_outlet_once(nlp):
    text = (
        "After all, as we saw in 2009, banks can change their minds in a heartbeat. "
        "The Wall Street Journal reported that the bank collapsed on Monday."
    )
    facets = story_facets(nlp, [("nyt", text)])
    own = [e for e in _evidence(facets, "nyt", "statement") if "we saw" in e.quote]
    assert own and all(e.chain == ("nyt",) for e in own)
    assert all(e.voice == "outlet:nyt" for e in own)
    # another outlet cited by name stays in the chain
    cited = [e for f in facets for v in f.values for e in v.evidence if "Journal" in e.quote]
    assert cited and all(e.chain == ("nyt", "Wall Street Journal") for e in cited)


def test_an_agentless_passive_is_the_outlets_alone(nlp):
    text = (
        "Officer Betty Shelby, who shot and killed Terence Crutcher in Tulsa on Friday, was "
        "charged with manslaughter on Thursday. Two officials, who spoke on condition of "
        "anonymity, said Shelby resigned on Friday."
    )
    facets = story_facets(nlp, [("wash-post", text)])
    killing = _evidence(facets, "killing")
    assert killing
    assert all(e.chain == ("wash-post",) for e in killing)
    assert all(e.voice == "outlet:wash-post" for e in killing)  # no unnamed voice apart
    # an anonymous source the text words stays a link of its own
    resignation = _evidence(facets, "resignation")
    assert resignation and all(len(e.chain) == 2 for e in resignation)
    assert all(e.voice.startswith("outlet:wash-post~two officials") for e in resignation)


def test_an_asserted_claim_shows_no_publication_cited_elsewhere(nlp):
    text = (
        "The network is funded by the Russian government, The Wall Street Journal reported. "
        "The anchor quit on Wednesday in Washington."
    )
    quit_ = _evidence(story_facets(nlp, [("nyt", text)]), "resignation")
    assert quit_ and all(e.grade == "asserted" for e in quit_)
    assert all(e.chain == ("nyt",) and e.voice == "outlet:nyt" for e in quit_)


def test_a_wire_credit_still_speaks_for_the_copy(nlp):
    text = "MOSCOW (Reuters) - The anchor quit on Wednesday in Moscow."
    quit_ = _evidence(story_facets(nlp, [("daily", text)]), "resignation")
    assert quit_ and all(e.chain[:2] == ("daily", "Reuters") for e in quit_)
