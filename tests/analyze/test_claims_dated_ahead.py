"""An event noun dated after the day its article was published is a coming one (DATED_AHEAD_RULE:
"invited Trump for a meeting with GOP leaders next week" is a planned meeting, class
"meet@planned"), on real parses; one dated that day or before, or with no publication date,
stays a happening."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

PUBLISHED = "2016-05-06"  # a Friday


def predicates(nlp, text: str, published: str | None = PUBLISHED) -> list[str]:
    return [c.predicate for c in event_claims(nlp, text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "Ryan invited Trump for a meeting with GOP leaders next week.",
        "The November election is close.",
    ],
)
def test_an_event_noun_dated_ahead_is_planned(nlp, text):
    found = predicates(nlp, text)
    assert any(p.endswith("@planned") for p in found)
    assert not {"meet", "elect"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday's meeting with GOP leaders was tense.",
        "The meeting with GOP leaders took place last week.",
    ],
)
def test_an_event_noun_dated_before_publication_happened(nlp, text):
    assert "meet" in predicates(nlp, text)


def test_with_no_publication_date_nothing_is_ahead(nlp):
    text = "Ryan invited Trump for a meeting with GOP leaders next week."
    assert "meet" in predicates(nlp, text, published=None)
