"""Certainty of the writer's own tellings that look like attributions (real spaCy parses): an
agentless passive or a cue with no speaker ("was charged with", "fears that"), the reader
addressed ("you"), a negated "could" (a past inability), and a verb of seeming (the writer's
impression, hedged, whose subject is no source)."""

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
        # no speaker at the cue: the writer's own statement, not an unnamed source
        ("The mayor was charged with fraud in March.", "asserted"),
        ("The candidate was accused of lying about his taxes.", "asserted"),
        # a speaker shown, unnamed: still anonymous
        ("Officials said the mayor was charged with fraud.", "anonymous"),
    ],
)
def test_a_cue_with_no_speaker_is_the_writers_telling(nlp, sentence, grade):
    assert _grade(nlp, sentence)[0] == grade


def test_the_reader_addressed_is_no_source(nlp):
    assert _grade(nlp, "How do you know when a school is worth the price?") == ("asserted", [])


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("Five of the donors could not be located.", "asserted"),
        ("The donors could be located in Ohio.", "speculation"),
        ("The donors could not have known.", "speculation"),
    ],
)
def test_a_negated_could_is_a_past_inability(nlp, sentence, grade):
    assert _grade(nlp, sentence)[0] == grade


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The senator seemed to be losing ground.", "seemed"),
        ("The senator appeared to concede the race.", "appeared to concede"),
    ],
)
def test_seeming_is_the_writers_hedge(nlp, sentence, cue):
    assert _grade(nlp, sentence) == ("hedged", [cue])


def test_a_named_speaker_is_not_seeming(nlp):
    assert _grade(nlp, "John Smith said he was losing ground.")[0] == "named"
