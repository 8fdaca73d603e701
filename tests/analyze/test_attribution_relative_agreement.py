"""A relative clause's speaker is the noun its verb agrees with (``_agreeing_antecedent``,
RELATIVE_AGREEMENT): "a focal point for demonstrators here, who have taken to the streets and
called for footage" is the demonstrators' call (the parser hung "who" on "point"), "a lawyer
for the families, who has said" the lawyer's. Where the verb agrees with the noun the parser
chose, that noun stays. Checked on the real parse, the rule on and off."""

from __future__ import annotations

import pytest
from attribution_reads import read, span_text

from corroborator.analyze import attribution

FOCAL_POINT = (
    "The video has become a focal point for demonstrators here, who have taken to the "
    "streets and called for footage to be released."
)
LAWYER = "It was a lawyer for the families, who has said the videos should be released."
FAMILIES = "It was a lawyer for the families, who have said the videos should be released."


def _speaker(nlp, text: str, cue: str) -> str:
    article, atts = read(nlp, text)
    hits = [a for a in atts if span_text(article, a.cue).startswith(cue)]
    assert hits, [(span_text(article, a.cue), a.source.name) for a in atts]
    return hits[0].source.name


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (FOCAL_POINT, "called", "demonstrators here"),
        (LAWYER, "has said", "a lawyer for the families"),
    ],
)
def test_the_noun_the_verb_agrees_with_speaks(nlp, text, cue, speaker):
    assert _speaker(nlp, text, cue) == speaker


def test_without_the_rule_the_parsed_noun_would_speak(nlp, monkeypatch):
    monkeypatch.setattr(attribution, "_agreeing_antecedent", lambda verb, pronoun, head: None)
    assert _speaker(nlp, FOCAL_POINT, "called") == "a focal point for demonstrators here"
    assert _speaker(nlp, LAWYER, "has said") == "the families"


def test_an_agreeing_parsed_antecedent_stays(nlp):
    assert _speaker(nlp, FAMILIES, "have said") == "the families"
