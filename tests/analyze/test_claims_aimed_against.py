"""Who an act is done against undergoes it, unless the act is a contest, where the one run or
played against is the other side (AGAINST_TARGET_RULE), on real parses."""

from __future__ import annotations

from claims_reads import roles

from corroborator.analyze.claims import CONTEST_WORDS

# The publication date the texts are given.
PUBLISHED = "2016-02-05"


def test_who_is_railed_against_undergoes_it(nlp):
    text = "In New Hampshire, Marco Rubio has railed against Chris Christie this week."
    assert sorted(roles(nlp, text, "v:rail", PUBLISHED)) == [
        ("agent", "person:rubio"),
        ("patient", "person:christie"),
    ]


def test_a_lawsuit_filed_against_someone_is_aimed_at_them(nlp):
    text = "The inquiry came to include a lawsuit filed against Bill Clinton by Paula Jones."
    assert sorted(roles(nlp, text, "v:file", PUBLISHED)) == [
        ("agent", "person:jones"),
        ("patient", "person:clinton"),
    ]


def test_who_is_run_against_is_the_other_side_of_the_contest(nlp):
    text = "Bernie Sanders ran against Hillary Clinton in the primary."
    assert sorted(roles(nlp, text, "v:run", PUBLISHED)) == [
        ("agent", "person:sanders"),
        ("with", "person:clinton"),
    ]
    assert "run" in CONTEST_WORDS
