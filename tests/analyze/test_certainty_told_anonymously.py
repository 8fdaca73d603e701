"""How a statement was made is read outside what is said: a speaker who speaks "on condition of
anonymity" is an anonymous source whatever name the parse finds at the cue, and a public word
("statement", "interview") counts where the statement was made, not inside what is said
("said Ivanka Trump's statement didn't clarify the matter" is no public statement of the
speaker's) (real spaCy parses)."""

from __future__ import annotations

import pytest

from corroborator.analyze.attribution import extract_attributions
from corroborator.analyze.certainty import assess_certainty
from corroborator.model import Article


def _graded(nlp, sentence: str) -> str:
    doc = nlp(sentence)
    atts = extract_attributions(doc, Article(id="t", text=sentence, source="test"), [])
    assert atts, sentence
    return assess_certainty(doc, atts[0].content, atts[0]).grade


@pytest.mark.parametrize(
    "sentence",
    [
        "John Smith said on condition of anonymity that the talks had failed.",
        "He was unable to find a single taker, he said, on condition of anonymity.",
        "Mary Jones, speaking anonymously, said the deal was signed on Monday.",
    ],
)
def test_a_speaker_on_condition_of_anonymity_is_anonymous(nlp, sentence):
    assert _graded(nlp, sentence) == "anonymous"


def test_a_named_speaker_without_anonymity_stays_named(nlp):
    assert _graded(nlp, "John Smith said that the talks had failed.") == "named"


@pytest.mark.parametrize(
    "sentence",
    [
        "Aparna Mathur said Ivanka Trump's statement didn't clarify the matter.",
        "John Smith said the interview had gone badly.",
    ],
)
def test_a_public_word_inside_what_is_said_is_not_where_it_was_said(nlp, sentence):
    assert _graded(nlp, sentence) == "named"


@pytest.mark.parametrize(
    "sentence",
    [
        "John Smith said in a statement that the talks had failed.",
        "“The talks have failed,” John Smith told reporters.",
        "“We raised nothing,” John Smith said in an interview with Fox Business.",
    ],
)
def test_a_public_word_where_it_was_said_is_on_the_record(nlp, sentence):
    assert _graded(nlp, sentence) == "on_record"
