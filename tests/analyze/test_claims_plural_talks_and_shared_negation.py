"""Two readings of plain news English, on the real parse: "talks" (plural) are a meeting, "talk"
(singular) is what goes round (PLURAL_ONLY_SENSE_RULE); a bare verb conjoined under one "did
not" is denied with the first ("didn't seek or receive", CONJOINED_NEGATION_RULE)."""

from __future__ import annotations

import pytest
from claims_reads import event_claims


def _meetings(nlp, text):
    return [c for c in event_claims(nlp, text) if c.predicate == "meet"]


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders held talks in Geneva on Monday.",
        "Talks between the two sides broke down on Friday.",
    ],
)
def test_talks_in_the_plural_are_a_meeting(nlp, text):
    assert len(_meetings(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The campaign is going to great lengths to quash any talk that she won't bounce back.",
        "There was talk of a coup in the capital.",
    ],
)
def test_talk_in_the_singular_is_no_meeting(nlp, text):
    assert _meetings(nlp, text) == []


def _negated(nlp, text):
    return {c.predicate: c.negated for c in event_claims(nlp, text)}


def test_a_bare_verb_under_one_did_not_is_denied_too(nlp):
    assert _negated(nlp, "The police did not arrest or charge the driver.") == {
        "arrest": True,
        "charge": True,
    }
    assert _negated(nlp, "Trump said he didn't seek or receive the endorsement.")["v:receive"]


def test_a_verb_with_its_own_tense_is_not_denied_with_the_first(nlp):
    told = _negated(nlp, "He did not win the primary, and lost the general election.")
    assert told["win"] is True and told["v:lose"] is False
