"""A published record speaking ("the poll found", "the letter says") is on the record; plural
hearsay ("polls show", "reports say") stays anonymous (real parses through ``analyze_doc``)."""

from __future__ import annotations

import pytest
from claims_reads import claims_of, words


def _grade_at(nlp, text: str, trigger: str) -> tuple[str, list[str]]:
    (claim,) = [c for c in claims_of(nlp, text) if words(text, c.trigger) == trigger]
    return claim.certainty.grade, [words(text, s) for s in claim.certainty.cues]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("The poll found that Smith leads the race by six points.", "found", "The poll"),
        (
            "A Quinnipiac poll shows Smith leading the race by six points.",
            "shows",
            "A Quinnipiac poll",
        ),
        ("The letter says the company hid the losses.", "hid", "The letter"),
    ],
)
def test_a_published_record_speaks_on_the_record(nlp, text, trigger, source) -> None:
    assert _grade_at(nlp, text, trigger) == ("on_record", [source])


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Polls show that Smith leads the race by six points.", "show", "Polls"),
        ("Reports say that the company hid the losses.", "hid", "Reports"),
    ],
)
def test_plural_hearsay_stays_anonymous(nlp, text, trigger, source) -> None:
    assert _grade_at(nlp, text, trigger) == ("anonymous", [source])
