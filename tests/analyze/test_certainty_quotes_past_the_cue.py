"""A statement is graded by its words up to the end of the sentence of its cue: a quote that
goes on past it ('"They try to demonize me," said Adm. Harris. "I think …"') is the speaker's
statement as told there, on the record for an official; the later sentences are claims of
their own, graded by their own words. Words before the cue, or in its sentence, still grade
it (real spaCy parses)."""

from __future__ import annotations

import pytest
from certainty_reads import graded_statement


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"They try to demonize me, and that is really ugly," said Adm. Harry Harris. '
            '"I think the statements that come out of Beijing are aimed at home."',
            "Adm. Harry Harris",
        ),
        (
            '"Things are picking up in every town," said state Rep. Justin Bamberg. '
            '"It is going to be a lot closer than people believed."',
            "state Rep. Justin Bamberg",
        ),
    ],
)
def test_a_quote_going_on_past_the_cue_is_graded_up_to_the_cue(nlp, text, source):
    assert graded_statement(nlp, text) == ("on_record", [source])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            '"Are we where we need to be? Probably not," said Gov. Jane Moore. '
            '"We will get there."',
            "Probably",
        ),
        (
            '"That frustrates many analysts. I doubt the policy will shift," said Sen. Tom Hof.',
            "doubt",
        ),
    ],
)
def test_words_before_the_cue_or_in_its_sentence_still_grade_it(nlp, text, cue):
    grade, cues = graded_statement(nlp, text)
    assert grade == "speculation"
    assert cue in cues
