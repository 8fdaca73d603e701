"""An act or a feeling of its subject ("have opposed", "are still uneasy") is the writer's
telling, not a report by that subject: the claim is graded as the writer's own, while speech
and belief ("have said", "are confident that") keep their source (real parses through
``analyze_doc``; attribution.is_report tells them apart)."""

from __future__ import annotations

import pytest
from claims_reads import claims_of, words


def _grade_at(nlp, text: str, trigger: str) -> tuple[str, list[str]]:
    (claim,) = [c for c in claims_of(nlp, text) if words(text, c.trigger) == trigger]
    return claim.certainty.grade, [words(text, s) for s in claim.certainty.cues]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Meanwhile, both presidential candidates have opposed an expansive new trade deal "
            "with Asia.",
            "opposed",
        ),
        (
            "Republican lawmakers are still uneasy about the new trade deal with Asia.",
            "are still uneasy",
        ),
        ("Senators have endorsed the new trade deal with Asia.", "endorsed"),
    ],
)
def test_an_act_or_feeling_is_the_writers_telling(nlp, text, trigger) -> None:
    assert _grade_at(nlp, text, trigger) == ("asserted", [])


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "Both candidates have said the new trade deal with Asia is a mistake.",
            "have said",
            "Both candidates",
        ),
        (
            "Republican lawmakers are confident that the new trade deal will pass.",
            "are confident",
            "Republican lawmakers",
        ),
    ],
)
def test_speech_and_belief_keep_their_source(nlp, text, trigger, source) -> None:
    assert _grade_at(nlp, text, trigger) == ("anonymous", [source])
