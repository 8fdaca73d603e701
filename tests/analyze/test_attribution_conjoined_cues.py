"""A second, subjectless predicate the parser hangs on the complement of a first cue (issue
#5, PolNeAR sources): "Mr. Putin forecast that the economy would rebound and praised …" puts
"praised" under "rebound". Its speaker is the first cue's subject when that cue is a speech
verb (any complement) or another cue verb (``CONJOINED_CUE_HEADS``) whose complement is
marked as subordinate (``COMPLEMENT_MARKS``: "that", "would", "has"); checked on literal
sentences it must read and sentences it must leave alone, on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import source_of as _source_of

from corroborator.analyze.attribution import (
    COMPLEMENT_MARKS,
    CONJOINED_CUE_HEADS,
    SPEECH_VERBS,
)

CONJOINED_POSITIVE = [
    # a forecast's complement with "would"; "praised" parsed under "rebound"
    (
        "Mr. Putin forecast that the slumping economy would soon rebound and praised efforts "
        "by Secretary of State John Kerry.",
        "praised",
        "Mr. Putin",
    ),
    # a belief's complement with "has"; "admit" parsed under "joined"
    (
        "Therefore, Gulf sources believe Erdogan has joined an axis with Iran, and admit that "
        "the Gulf States have lost.",
        "admit",
        "Gulf sources",
    ),
    # a speech verb, as before: any complement
    (
        "Clinton adds that she has released 30 years of tax returns and called on Sanders "
        "to do the same.",
        "called",
        "Clinton",
    ),
]

CONJOINED_NEGATIVE = [
    # the second predicate has its own subject
    (
        "Mr. Putin forecast that the economy would rebound, and Mr. Kerry praised the talks.",
        "praised",
        "Mr. Kerry",
    ),
    # an unmarked complement of a stance verb: the two predicates are one speaker's pair
    (
        "Republicans want policies that create less revenue in the immediate term (they want "
        "lower tax rates and suggest that such rates would spur the economy).",
        "suggest",
        "they",
    ),
]


def test_constants_are_cue_verbs_outside_speech() -> None:
    assert {"believe", "forecast"} <= CONJOINED_CUE_HEADS and "say" not in CONJOINED_CUE_HEADS
    assert not CONJOINED_CUE_HEADS & SPEECH_VERBS
    assert {"mark", "aux"} <= COMPLEMENT_MARKS


@pytest.mark.parametrize(("sentence", "cue", "source"), CONJOINED_POSITIVE)
def test_second_predicate_shares_first_cue_subject(nlp, sentence, cue, source) -> None:
    assert _source_of(nlp, sentence, cue) == source


@pytest.mark.parametrize(("sentence", "cue", "source"), CONJOINED_NEGATIVE)
def test_second_predicate_keeps_its_own_speaker(nlp, sentence, cue, source) -> None:
    assert _source_of(nlp, sentence, cue) == source
