"""A named person telling a named outlet or body ("told CNN", "told Congress") speaks on the
record, like one who "told reporters"; telling a person is not public (real spaCy parses)."""

from __future__ import annotations

import pytest

from corroborator.analyze.attribution import extract_attributions
from corroborator.analyze.certainty import assess_certainty
from corroborator.model import Article, Span


def _grade(nlp, sentence: str) -> str:
    doc = nlp(sentence)
    atts = extract_attributions(doc, Article(id="t", text=sentence, source="test"), [])
    return assess_certainty(doc, Span(0, len(sentence)), atts[0] if atts else None).grade


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are doing very well with young voters," Sanders told Rolling Stone in late May.',
        "John Smith told CNN on Sunday that the plan would pass.",
        "John Smith told The Washington Post that he had resigned.",
        "John Smith told Congress that the plan would pass.",
    ],
)
def test_telling_a_named_body_is_on_the_record(nlp, sentence):
    assert _grade(nlp, sentence) == "on_record"


@pytest.mark.parametrize(
    "sentence",
    [
        "John Smith told Mary Jones that the plan would pass.",
        "John Smith told his wife that he had resigned.",
        "John Smith said that the plan would pass.",
    ],
)
def test_telling_a_person_stays_named(nlp, sentence):
    assert _grade(nlp, sentence) == "named"
