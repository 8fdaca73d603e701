"""Aims at an object and schedules are not attributions, and a trailing participial cue
speaks with the speaker of the clause it follows (issue #5).

``AIM_OBJECT_VERBS`` ("is seeking a man") are cues only with a clausal complement or an
infinitive (an aim, recorded but no statement: tests/analyze/test_attribution_infinitive_aims.py);
a ``SCHEDULE_ADJECTIVES`` copula ("is due to appear in court") never is: the subject of such a
sentence is a participant of its claim, not a speaker. ``_reported_clause_speaker`` gives
", arguing …" after "X said Y …" X as its speaker. Checked on literal sentences, both sides,
on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import (
    AIM_BELIEF_DEPS,
    AIM_OBJECT_VERBS,
    AIM_VERBS,
    PARTICIPLE_SETOFFS,
    SCHEDULE_ADJECTIVES,
)

NOT_ATTRIBUTIONS = [
    "Robert Pitman, 24, is due to appear in court on Monday.",
    "Robert Pitman, 24, is due to appear at Leeds Crown Court next month.",
    "Police are seeking a man in connection with the attack.",
    "The company is seeking a buyer for its stake.",
    "The minister is due to arrive in Paris on Tuesday.",
    "The defendant is unlikely to appear before the end of the month.",
]


@pytest.mark.parametrize("text", NOT_ATTRIBUTIONS)
def test_aims_and_schedules_are_not_attributions(nlp, text):
    article, atts = _read(nlp, text)
    assert atts == [], [(_text(article, a.cue), _text(article, a.content)) for a in atts]


STILL_ATTRIBUTIONS = [
    # a hope with a clause is a belief held by its subject
    ("The club hopes the stadium will open in May.", "hopes", "The club"),
    ("Officials hope that the talks will resume soon.", "hope", "Officials"),
    # a speech verb beside the aim is read as before
    ("The police said they are seeking a man in connection with the attack.", "said", "The police"),
]


@pytest.mark.parametrize(("text", "cue", "source"), STILL_ATTRIBUTIONS)
def test_beliefs_and_speech_stay_attributions(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue).endswith(cue)]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    assert _text(article, hits[0].source.span) == source


def test_tables_are_named_and_disjoint():
    assert {"seek", "hope"} <= AIM_OBJECT_VERBS <= AIM_VERBS
    assert "due" in SCHEDULE_ADJECTIVES
    assert AIM_BELIEF_DEPS == frozenset({"ccomp"})
    assert "," in PARTICIPLE_SETOFFS


PARTICIPLE_SPEAKERS = [
    (
        "Sen. David Perdue said he didn't believe those characterizations did Romney in, "
        "arguing that it was divisions in the Republican Party that were a bigger hurdle.",
        "arguing",
        "Sen. David Perdue",
    ),
    (
        "Foreign policy analysts said geopolitical factors have contributed to elevating "
        "Burma's appeal, citing the strategic importance of a nation that borders China.",
        "citing",
        "Foreign policy analysts",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), PARTICIPLE_SPEAKERS)
def test_trailing_participle_speaks_with_the_first_speaker(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    assert _text(article, hits[0].source.span) == source


def test_participle_inside_its_clause_keeps_its_subject(nlp):
    # "citing" stands before its head ("will cut"): the company cites, not the speaker
    article, atts = _read(
        nlp, "The union said the company, citing heavy losses, will cut 300 jobs this year."
    )
    citing = [a for a in atts if _text(article, a.cue) == "citing"]
    for a in citing:
        assert _text(article, a.source.span) != "The union"


def test_the_one_asked_is_not_the_source(nlp):
    # PolNeAR marks a passive "was asked" with no source (or the asker after "by")
    article, atts = _read(nlp, "In an interview, Trump was asked what happened to the vote.")
    hits = [a for a in atts if _text(article, a.cue) == "was asked"]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    assert hits[0].source.span is None
    assert "happened" in _text(article, hits[0].content)
