"""A participle set off before the verb it modifies is inside the reported clause, not the
speaker's next act: "She said the company, citing losses, will cut jobs" keeps "citing losses"
in what was said, even when the cue model reads "citing" as a cue of its own (PolNeAR train
marks it 27 times in 29). A participle after its verb still ends the content ("He argued that
there is precedent, citing a case"). ``PARTICIPLE_BEFORE_ITS_VERB`` switches the rule;
``_without_trailing_statement`` applies it. Checked on the real parse with the readings built
by hand, so that the rule is seen whatever the shipped model adds."""

from __future__ import annotations

import pytest

from corroborator.analyze import attribution
from corroborator.analyze.attribution import _Finder, _without_trailing_statement
from corroborator.model import Attribution, Source, Span


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def _cut(nlp, text: str, cue: str, content: str, second: str, second_content: str) -> str:
    """The content of the ``cue`` reading once the ``second`` reading inside it is weighed."""
    doc = nlp(text)
    source = Source(name="x", kind="person")
    first = Attribution(_span(text, cue), _span(text, content), source, "indirect", ())
    other = Attribution(_span(text, second), _span(text, second_content), source, "indirect", ())
    out = _without_trailing_statement(first, [other], doc, _Finder(doc, text))
    return text[out.content.start : out.content.end]


KEPT = [
    # a participle before the verb it modifies, inside the reported clause
    (
        "She said the company, citing losses, will cut 300 jobs next year.",
        "said",
        "the company, citing losses, will cut 300 jobs next year",
        "citing",
        "losses",
    ),
    (
        "Officials said the mayor, pointing to the budget, would veto the plan.",
        "said",
        "the mayor, pointing to the budget, would veto the plan",
        "pointing",
        "to the budget",
    ),
]

CUT = [
    # a participle of speech after the reported clause: the speaker's next act
    (
        "He argued that there is precedent, citing a case from the 1990s.",
        "argued",
        "that there is precedent, citing a case from the 1990s",
        "citing",
        "a case from the 1990s",
        "that there is precedent",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "second", "second_content"), KEPT)
def test_participle_of_the_reported_stays_in_the_content(
    nlp, text, cue, content, second, second_content
):
    assert _cut(nlp, text, cue, content, second, second_content) == content


@pytest.mark.parametrize(("text", "cue", "content", "second", "second_content"), KEPT)
def test_without_the_rule_the_participle_cuts(
    nlp, monkeypatch, text, cue, content, second, second_content
):
    monkeypatch.setattr(attribution, "PARTICIPLE_BEFORE_ITS_VERB", False)
    assert _cut(nlp, text, cue, content, second, second_content) != content


@pytest.mark.parametrize(("text", "cue", "content", "second", "second_content", "kept"), CUT)
def test_speech_participle_after_its_verb_still_cuts(
    nlp, text, cue, content, second, second_content, kept
):
    assert _cut(nlp, text, cue, content, second, second_content) == kept
