"""A named person saying something in an opinion piece they published ("wrote in a Baltimore
Sun op-ed that", "noted in a guest column") speaks on the record (``OPINION_PIECES``); a
column that is no place of the statement ("flip to his column") is not (real spaCy parses)."""

from __future__ import annotations

import pytest
from certainty_reads import graded


@pytest.mark.parametrize(
    "sentence",
    [
        "Helen Bentley wrote in a Baltimore Sun op-ed that he penned the scathing remarks.",
        "Chris Collins noted in a guest column that anger over the political climate is rising.",
    ],
)
def test_saying_it_in_an_opinion_piece_is_on_the_record(nlp, sentence):
    assert graded(nlp, sentence)[0] == "on_record"


@pytest.mark.parametrize(
    "sentence",
    [
        "Helen Bentley said that delegates from her state should flip to his column.",
        "Chris Collins noted in a meeting that anger over the political climate is rising.",
    ],
)
def test_a_column_that_is_no_place_of_the_statement_stays_named(nlp, sentence):
    assert graded(nlp, sentence)[0] == "named"
