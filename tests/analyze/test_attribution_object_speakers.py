"""An object described as speaking is who speaks, not what is said: "The builder hired an
architect who said he was never paid" gives the cue model no reading of "hired" with the
architect as its content (``_object_names_a_speaker``, ``OBJECT_SPEAKER_RELATIVES``), and the
rules' "said" keeps the architect as its speaker. And the cue model's conjunction features
(``_cue_conjunctions``: the cue word joined to where it stands). Real parses."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze import attribution
from corroborator.analyze.attribution import _Finder, cue_features


def _model_reading(nlp, text: str, word: str):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    return _Finder(doc, text).model_cue(verb)


SPEAKING_OBJECTS = [
    ("The builder hired an architect who said he was never paid.", "hired"),
    ("The senator thanked a voter who asked about the tax plan.", "thanked"),
]


@pytest.mark.parametrize(("text", "word"), SPEAKING_OBJECTS)
def test_object_described_as_speaking_is_no_content(nlp, text, word):
    assert _model_reading(nlp, text, word) is None


@pytest.mark.parametrize(("text", "word"), SPEAKING_OBJECTS)
def test_without_the_rule_the_object_is_read_as_content(nlp, monkeypatch, text, word):
    monkeypatch.setattr(attribution, "OBJECT_SPEAKER_RELATIVES", frozenset())
    assert _model_reading(nlp, text, word) is not None


def test_object_described_by_a_document_relative_stays_content(nlp):
    # "which"/"that" describe a thing: a released letter that says something is a message
    text = "He released a letter from his doctor that says he is in good health."
    found = _model_reading(nlp, text, "released")
    assert found is not None


def test_the_relative_speaker_keeps_the_statement(nlp):
    article, atts = _read(nlp, "The builder hired an architect who said he was never paid.")
    said = [a for a in atts if _text(article, a.cue) == "said"]
    assert said and said[0].source.name == "an architect"
    assert not any(_text(article, a.cue) == "hired" for a in atts)


def test_cue_conjunctions_join_the_word_to_its_place(nlp):
    doc = nlp('"We will win," he said.\n\nShe said the deal was dead.')
    first = next(t for t in doc if t.text == "said")
    feats = cue_features(first, quoted=False, ruled=True)
    assert "lqn=say|True" in feats and "lsp=say|last" in feats and "lq=say|False" in feats
    second = [t for t in doc if t.text == "said"][1]
    feats = cue_features(second, quoted=False, ruled=True)
    assert "lpp=say|True" in feats and "lsp=say|first" in feats
    assert "lhp=say|ROOT|VERB" in feats
