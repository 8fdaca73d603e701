"""Subjects that are spoken of, not speakers (issue #5, PolNeAR source precision).

``_without_patient_source`` clears the source of impressions ("seems to recognize"), bare
"Asked …" participles and passives whose patient was taken for the speaker; light verbs of
receiving (``RECEIVING_VERBS``: "faced criticism") keep only a "from" source; a noun cue that is
a copula's predicate (``PREDICATE_NOUN_DEPS``: "was a supporter of") has the copula's subject as
its source. Literal sentences, both sides, on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import (
    BARE_PARTICIPLE_NOT,
    EXPLETIVE_HOSTS,
    NOUN_ORIGIN_PREPS,
    PREDICATE_NOUN_DEPS,
    RECEIVING_VERBS,
)


def _cue(article, atts, cue):
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    return hits[0]


NO_SOURCE = [
    ("Trump has faced criticism for his remarks about the judge.", "faced criticism"),
    (
        "President Obama has endured criticism for telling the British people to stay.",
        "endured criticism",
    ),
    (
        "Carson seems to recognize his credibility problem on national security.",
        "seems to recognize",
    ),
    ("Asked what a firm commitment looks like, Devine replied: “We are a long way off.”", "Asked"),
    # an anticipatory "it" and a passive's patient under the cue word
    ("It's hard to imagine Republican incumbents surviving in Wisconsin.", "'s hard to imagine"),
    ("All three Republican candidates are expected to speak at the gala.", "are expected"),
]


@pytest.mark.parametrize(("text", "cue"), NO_SOURCE)
def test_the_one_spoken_of_is_no_source(nlp, text, cue):
    article, atts = _read(nlp, text)
    assert _cue(article, atts, cue).source.span is None


WITH_SOURCE = [
    # the critics after "from" speak
    ("Trump has faced criticism from Democrats for his remarks.", "faced criticism", "Democrats"),
    # an active light verb's subject speaks
    ("Senator Cruz took aim at the new tax plan.", "took aim", "Senator Cruz"),
    # the answer after "Asked …" keeps its speaker
    (
        "Asked what a firm commitment looks like, Devine replied: “We are a long way off.”",
        "replied:",
        "Devine",
    ),
    # a predicate noun cue: the copula's subject holds the stance
    (
        "Hillary Clinton, a member of the Armed Services Committee, has been a consistent "
        "supporter of NATO and of solidarity with its allies.",
        "supporter",
        "Hillary Clinton, a member of the Armed Services Committee,",
    ),
    # an organisation's "it" speaks; its trailing participle shares it
    ("It said it would appeal, saying the ruling was wrong.", "saying", "It"),
    # a statement under an impression keeps its speaker
    (
        "Donald Trump is drawing criticism after he appeared to suggest that veterans are weak.",
        "appeared to suggest",
        "he",
    ),
    # a noun cue with "from": the one it comes from
    (
        "The vote took place despite repeated warnings from his attorney that the showdown "
        "was fruitless.",
        "warnings",
        "his attorney",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), WITH_SOURCE)
def test_speakers_stay(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    assert _text(article, _cue(article, atts, cue).source.span) == source


def test_tables():
    assert {"face", "endure", "field"} <= RECEIVING_VERBS
    assert "say" not in RECEIVING_VERBS
    assert NOUN_ORIGIN_PREPS == frozenset({"from"})
    assert PREDICATE_NOUN_DEPS == frozenset({"attr"})
    assert "aux" in BARE_PARTICIPLE_NOT
    assert EXPLETIVE_HOSTS == frozenset({"be", "mean"})
