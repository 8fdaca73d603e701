"""The main clause of a conditional ("If she could not go on, she would have to cede the
nomination") tells what would happen on a condition, not what happened: speculation at its
"would". A reported "will" ("he said he would resign on Friday") is no condition (real spaCy
parses)."""

from __future__ import annotations

import pytest
from certainty_reads import graded as _graded


@pytest.mark.parametrize(
    "sentence",
    [
        "If Clinton could not continue her candidacy, she would have to cede her nomination.",
        "The electors would cast ballots for the nominee if a replacement were offered.",
        "Unless the talks resume, the union would strike on Monday.",
    ],
)
def test_the_would_of_a_condition_is_speculation(nlp, sentence):
    grade, cues = _graded(nlp, sentence)
    assert grade == "speculation"
    assert "would" in cues


@pytest.mark.parametrize(
    "sentence",
    [
        "The union would strike every spring in those years.",
        "The electors cast ballots for the nominee after a replacement was offered.",
    ],
)
def test_would_without_a_condition_is_not_speculation(nlp, sentence):
    assert _graded(nlp, sentence)[0] == "asserted"
