"""Agreement that a happening took place is not given by one speaker's words that two reports
both quote (QUOTE_COPIED, _one_quote_copied). Hand-written reports, real spaCy parses
(reconcile_reads.story_facets).

Campaign news quotes a candidate's question or claim word for word in several outlets: each
report relays the candidate's words, so the act the quote tells has one voice behind it, not
two reports that agree it happened. Two reports telling the act in their own words still agree.
"""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

WORDS = "Governor Ann Cole met the lobbyists at the lake house in secret last spring"
COPIED = (
    f'The race tightened on Monday. "{WORDS}," Senator Bob Hale said in a speech.',
    f'Hale went further on Tuesday. "{WORDS}." The crowd cheered.',
)


def _meeting(facets):
    found = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("meeting")]
    assert len(found) == 1, [(f.subject, f.attribute, f.verdict) for f in facets]
    return found[0]


def test_one_quote_copied_by_two_reports_is_one_voice(nlp):
    facet = _meeting(story_facets(nlp, [("Wire", COPIED[0]), ("Daily", COPIED[1])]))
    assert facet.verdict == "single_source"


def test_without_the_reading_the_copied_quote_agrees(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "QUOTE_COPIED", False)
    facet = _meeting(story_facets(nlp, [("Wire", COPIED[0]), ("Daily", COPIED[1])]))
    assert facet.verdict == "corroborated"


def test_two_reports_in_their_own_words_still_agree(nlp):
    facet = _meeting(
        story_facets(
            nlp,
            [
                ("Wire", "Governor Ann Cole met the lobbyists at the lake house last spring."),
                ("Daily", "Governor Ann Cole met the lobbyists at her lake house in the spring."),
            ],
        )
    )
    assert facet.verdict == "corroborated"
