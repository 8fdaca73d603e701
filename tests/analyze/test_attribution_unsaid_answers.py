"""A speaker who "did not say when": the question word closing the clause is what was (not)
said (``_bare_wh_complement``), and a speech verb coordinated after "but" never reports the
first clause before it, which holds the first verb's own statement (``_sentence_rest``).
Real parses."""

from __future__ import annotations

from attribution_reads import read as _read
from attribution_reads import span_text as _text


def _readings(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    article, atts = _read(nlp, text)
    return [
        (_text(article, a.cue), _text(article, a.source.span), _text(article, a.content))
        for a in atts
    ]


def test_a_question_word_closing_the_clause_is_what_was_not_said(nlp):
    readings = _readings(nlp, "Cook said Carter stopped the practice, but Cook did not say when.")
    assert ("did not say", "Cook", "when") in readings
    assert ("said", "Cook", "Carter stopped the practice") in readings


def test_a_question_word_alone_after_the_cue_is_the_content(nlp):
    assert _readings(nlp, "He would not say why.") == [("would not say", "He", "why")]


def test_a_question_word_opening_a_clause_keeps_the_clause(nlp):
    # must not: "why" opens the reported clause, it is not the whole of it
    readings = _readings(nlp, "The mayor did not say why the vote was delayed.")
    assert ("did not say", "The mayor", "why the vote was delayed") in readings


def test_a_speech_verb_after_but_does_not_report_the_first_clause(nlp):
    readings = _readings(nlp, "Pence said he would win the state, but he would not say.")
    assert readings == [("said", "Pence", "he would win the state")]


def test_a_speech_verb_closing_its_sentence_still_reports_the_clause_before(nlp):
    # must not: with no "but", the clause before the final speaker is what was told
    text = (
        "The deal includes a special force to assist Kurdish fighters, Defense Secretary "
        "Ash Carter told a Senate panel Wednesday."
    )
    assert (
        "told",
        "Defense Secretary Ash Carter",
        "The deal includes a special force to assist Kurdish fighters",
    ) in _readings(nlp, text)
