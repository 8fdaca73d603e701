"""A public figure named before and described again ("the billionaire businessman said") is a
named source; an indefinite description ("a candidate said") stays anonymous (real parses
through ``analyze_doc``)."""

from __future__ import annotations

import pytest
from claims_reads import claims_of, words


def _statement_grade(nlp, text: str) -> tuple[str, list[str]]:
    (claim,) = [c for c in claims_of(nlp, text) if c.predicate == "statement"]
    return claim.certainty.grade, [words(text, s) for s in claim.certainty.cues]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Donald Trump spoke in Iowa on Monday. The billionaire businessman said the wall "
            "would be built.",
            "The billionaire businessman",
        ),
        (
            "Hillary Clinton spoke in Ohio. The Democratic nominee said she would raise taxes "
            "on the wealthy.",
            "The Democratic nominee",
        ),
    ],
)
def test_a_figure_described_again_is_named(nlp, text, source) -> None:
    assert _statement_grade(nlp, text) == ("named", [source])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A candidate said the wall would be built.", "A candidate"),
        ("A man said the wall would be built.", "A man"),
    ],
)
def test_an_indefinite_description_stays_anonymous(nlp, text, source) -> None:
    assert _statement_grade(nlp, text) == ("anonymous", [source])
