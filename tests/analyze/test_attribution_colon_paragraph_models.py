"""A colon paragraph is read before the reading model weighs the reading, so that the model
sees the statement below the colon ("He told his Democratic audience, to rowdy applause:"),
and only for cues a rule reads: a verb only the cue model takes for a cue announces no
paragraph (``COLON_PARAGRAPH_BY_RULES_ONLY``). Real parses and the shipped models."""

from __future__ import annotations

from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze import attribution

LIST = "The campaign tallied these numbers on Monday:\n\nClinton won Ohio and Florida."
TOLD = (
    "He told his Democratic audience, to rowdy applause:\n\n“I can say with confidence there "
    "has never been a man or a woman more qualified.”"
)


def test_a_verb_only_the_model_reads_announces_no_paragraph(nlp):
    _, atts = _read(nlp, LIST)
    assert atts == []


def test_without_the_rule_the_model_verb_announces_the_paragraph(nlp, monkeypatch):
    monkeypatch.setattr(attribution, "COLON_PARAGRAPH_BY_RULES_ONLY", False)
    article, atts = _read(nlp, LIST)
    assert [_text(article, a.content) for a in atts] == ["Clinton won Ohio and Florida"]


def test_a_rule_cue_reads_the_paragraph_below_its_colon(nlp):
    article, atts = _read(nlp, TOLD)
    told = [a for a in atts if _text(article, a.cue) == "told"]
    assert told and _text(article, told[0].content).startswith("“I can say")
