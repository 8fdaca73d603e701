"""A dismissal "as a/an Y" belittles, as "cast X as Y" describes: no firing (DISMISS_AS_RULE),
on real parses; dismissed as an office, or with no "as", is still a firing."""

from __future__ import annotations

import pytest
from claims_reads import event_claims

from corroborator.analyze import claims


def firings(nlp, text: str) -> list:
    return [c for c in event_claims(nlp, text) if c.predicate == "fire"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump on Tuesday dismissed Wisconsin Gov. Scott Walker as an ineffective leader.",
        "While liberals dismissed him as a Hollywood actor, he was a successful governor.",
        "Lazio was quickly dismissed by the media and voters as an un-senatorial bumbler.",
    ],
)
def test_dismissed_as_a_description_is_no_firing(nlp, text):
    assert firings(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lewandowski was dismissed on Monday as Trump's campaign manager.",
        "The team dismissed Smith on Monday.",
    ],
)
def test_dismissed_from_an_office_is_a_firing(nlp, text):
    assert len(firings(nlp, text)) == 1


def test_the_rule_reads_dismiss_with_a_or_an():
    assert claims.DISMISS_AS_VERBS == {"dismiss"}
    assert claims.DISMISS_AS_DESCRIBING_DETERMINERS == {"a", "an"}
