"""A dateline's town names where a story was filed, not who did anything (DATELINE_RULE), on
real parses; a sentence that opens with a name and no dateline keeps its doer."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, roles

from corroborator.analyze import claims


@pytest.mark.parametrize(
    ("text", "predicate", "doer"),
    [
        (
            "CONCORD, N.H. - Sen. Bernie Sanders scored a decisive victory in Tuesday's primary.",
            "win",
            "person:sanders",
        ),
        (
            "CONCORD, N.H. (AP) — Sen. Bernie Sanders won the primary on Tuesday.",
            "win",
            "person:sanders",
        ),
    ],
)
def test_a_dateline_town_is_no_doer(nlp, text, predicate, doer):
    found = roles(nlp, text, predicate)
    assert ("agent", doer) in found
    assert not [key for _, key in found if "concord" in key]


def test_a_dateline_town_still_places_the_event(nlp):
    text = "CONCORD, N.H. (AP) — Sen. Bernie Sanders won the primary in Concord on Tuesday."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "win"]
    assert text[claim.place.span.start : claim.place.span.end] == "Concord"


@pytest.mark.parametrize(
    ("text", "predicate", "doer"),
    [
        # a name set off by an apposition, no dash: no dateline
        ("CONCORD, the state capital, met Sanders on Tuesday.", "meet", "org:concord"),
        ("NATO, the alliance, met Russia on Tuesday.", "meet", "org:nato"),
    ],
)
def test_a_name_with_no_dateline_stays_the_doer(nlp, text, predicate, doer):
    assert ("agent", doer) in roles(nlp, text, predicate)


def test_a_heading_in_capitals_is_no_dateline(nlp):
    # more words than a town's name before the dash: a section's heading
    text = "CONGRESS HAS INVESTIGATED HIM — Oz's dubious medical advice earned him a hearing."
    doc = nlp(text)
    assert not any(claims._in_dateline(t) for t in doc)
    doc = nlp("Concord, the state capital, voted for Sanders on Tuesday.")
    assert not any(claims._in_dateline(t) for t in doc)
