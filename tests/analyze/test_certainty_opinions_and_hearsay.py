"""Certainty of first-person opinions ("I doubt", "I assume"), of hearsay with an empty subject
("It has been reported that …"), and of published records named with what follows them ("A
court document filed Thursday says", a headline's "Poll finds", "The ad renews"): real spaCy
parses."""

from __future__ import annotations

import pytest

from corroborator.analyze.attribution import extract_attributions
from corroborator.analyze.certainty import assess_certainty
from corroborator.model import Article, Span


def _grade(nlp, sentence: str):
    article = Article(id="t", text=sentence, source="test")
    doc = nlp(sentence)
    atts = extract_attributions(doc, article, [])
    c = assess_certainty(doc, Span(0, len(sentence)), atts[0] if atts else None)
    return c.grade, [sentence[s.start : s.end] for s in c.cues]


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ('"I doubt the voters will agree," Smith said.', "speculation"),
        ('"I assume they saw the market returning," Smith said.', "speculation"),
        ('"The voters will agree," Smith said.', "named"),
    ],
)
def test_a_first_person_opinion_is_speculation(nlp, sentence, grade):
    assert _grade(nlp, sentence)[0] == grade


def test_hearsay_with_an_empty_subject_is_hedged(nlp):
    sentence = "It has been reported that the senator is ill."
    assert _grade(nlp, sentence) == ("hedged", ["has been reported"])
    assert _grade(nlp, "The senator is ill.")[0] == "asserted"


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("A court document filed Thursday says the manager will not be charged.", "on_record"),
        ("Poll finds Clinton would win.", "on_record"),
        ("The ad also renews accusations that Trump hired illegal workers.", "on_record"),
        ("Officials familiar with the document say the manager will not be charged.", "anonymous"),
    ],
)
def test_a_published_record_is_on_the_record(nlp, sentence, grade):
    assert _grade(nlp, sentence)[0] == grade
