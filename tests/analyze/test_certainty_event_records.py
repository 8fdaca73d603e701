"""A record of what happened speaking ("Video shows", "Police records show", "The footage
shows") is evidence on the record, in the plural too; hearsay of no one ("Reports say", "Polls
show", "Sources say") stays anonymous (real parses through ``analyze_doc``)."""

from __future__ import annotations

import pytest
from claims_reads import claims_of, words


def _grade_at(nlp, text: str, trigger: str) -> tuple[str, list[str]]:
    (claim,) = [c for c in claims_of(nlp, text) if words(text, c.trigger) == trigger]
    return claim.certainty.grade, [words(text, s) for s in claim.certainty.cues]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Video shows that Crutcher had his hands in the air.", "shows", "Video"),
        ("Police records show that the man paid no tax in 2015.", "paid", "Police records"),
        ("Photos show the crowd filled the square.", "filled", "Photos"),
        ("The footage shows officers firing at the car.", "firing", "The footage"),
        ("Data show that the economy grew by 3 percent.", "grew", "Data"),
    ],
)
def test_a_record_of_what_happened_is_on_the_record(nlp, text, trigger, source) -> None:
    assert _grade_at(nlp, text, trigger) == ("on_record", [source])


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Reports say that the company hid the losses.", "hid", "Reports"),
        ("Polls show that Smith leads the race by six points.", "show", "Polls"),
        ("Sources say that the man paid no tax in 2015.", "paid", "Sources"),
        ("Witnesses say officers fired at the car.", "fired", "Witnesses"),
    ],
)
def test_hearsay_of_no_one_stays_anonymous(nlp, text, trigger, source) -> None:
    assert _grade_at(nlp, text, trigger) == ("anonymous", [source])
