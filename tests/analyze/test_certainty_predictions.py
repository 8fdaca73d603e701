"""A prediction told with "be going to" or "be expected to" ("that election is going to be
rigged", "The Senate is expected to vote on Tuesday") tells what will happen, not what
happened: speculation at "going"/"expected". Going somewhere, and a past "was going to", are
no prediction of the writer's or the speaker's (real spaCy parses)."""

from __future__ import annotations

import pytest
from certainty_reads import graded as _graded


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("That election is going to be rigged.", "going"),
        ("Carolina’s going to win that one.", "going"),
        ("The Democrats are going to lose the Senate in November.", "going"),
        ("The Senate is expected to vote on the bill on Tuesday.", "expected"),
        ("Clinton is expected to name her running mate this week.", "expected"),
    ],
)
def test_be_going_to_and_be_expected_to_are_speculation(nlp, sentence, cue):
    grade, cues = _graded(nlp, sentence)
    assert grade == "speculation"
    assert cue in cues


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator is going to Iowa on Tuesday.",
        "He was going to win the lion's share of the vote.",
        "The Senate voted on the bill on Tuesday.",
        "The result was expected.",
    ],
)
def test_going_somewhere_or_a_past_plan_is_no_prediction(nlp, sentence):
    assert _graded(nlp, sentence)[0] == "asserted"
