"""Who said quoted words: a relay is not a rival speaker (_original_source, _relays,
_credit_relayed, _relayed_words, RELAY_READING). Hand-written reports, real spaCy parses
(reconcile_reads.story_facets).

"Bill McAllister said Sarah Palin apologized ..., telling him she was sorry if the fire was
related to the 'undeserved negative attention' ..." gives Palin's words, passed on by her
spokesman; a report that gives the same words to Palin agrees with it. Two people who are each
given the words, neither named where the other report gives them, still dispute them.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

LEDE = (
    "A fire badly damaged the Wasilla Bible Church in Wasilla, Alaska, on Friday night. "
    "No one was hurt. Gov. Sarah Palin attends the church. "
)
# the words given to Palin herself, her spokesman named as the chain's first link
PALIN = (
    "Palin spokesman Bill McAllister said that Palin told an assistant pastor she was sorry if "
    'the fire was related to the "undeserved negative attention" the church had received since '
    "she became the Republican vice presidential candidate earlier this year."
)
# the same words, the spokesman the speaker the attribution stage reads at the cue
RELAYED = (
    "Bill McAllister said Sarah Palin apologized to an assistant pastor, telling him she was "
    'sorry if the fire was related to the "undeserved negative attention" the church had '
    "received since she became the Republican vice presidential candidate."
)
# the same words given to someone else, who names no Palin where he gives them
OTHER = (
    "Pastor Larry Kroon said he was sorry if the fire was related to the "
    '"undeserved negative attention" the church had received since she became the '
    "Republican vice presidential candidate."
)


def _speaker_facets(facets):
    return [f for f in facets if f.attribute == reconcile.SPEAKER]


def test_a_relayed_quote_is_its_original_speakers(nlp):
    facets = _speaker_facets(story_facets(nlp, [("Wire", LEDE + PALIN), ("Daily", LEDE + RELAYED)]))
    assert facets
    assert all(f.verdict != "contradicted" for f in facets)
    assert {v.label for f in facets for v in f.values} == {"Sarah Palin"}
    assert any(f.verdict == "corroborated" for f in facets)


def test_two_people_given_the_same_words_dispute_them(nlp):
    facets = _speaker_facets(story_facets(nlp, [("Wire", LEDE + PALIN), ("Daily", LEDE + OTHER)]))
    assert [f.verdict for f in facets] == ["contradicted"]
    assert {v.label for v in facets[0].values} == {"Sarah Palin", "Larry Kroon"}


def test_without_the_reading_the_relayer_disputes_the_speaker(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "RELAY_READING", False)
    facets = _speaker_facets(story_facets(nlp, [("Wire", LEDE + PALIN), ("Daily", LEDE + RELAYED)]))
    assert [f.verdict for f in facets] == ["contradicted"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # named outside the quoted words: the relayed speaker and the relayer
        (
            '"I am sorry," Sarah Palin told the pastor, according to Bill McAllister.',
            {"person:palin", "person:mcallister"},
        ),
        # named inside the quotation marks: not a speaker of them
        (
            'Bill McAllister said, "Sarah Palin went to the church this morning."',
            {"person:mcallister"},
        ),
    ],
)
def test_relays_are_the_people_named_outside_the_words(nlp, text, people):
    from corroborator.analyze import analyze_doc
    from corroborator.model import Article

    article = Article(id="a", text=text, source="t", outlet="o", published=None)
    analysis = analyze_doc(nlp(text), article, "test")
    said = [c for c in analysis.claims if c.predicate == "statement" and c.attribution]
    assert said
    assert reconcile._relays(said[0], article, analysis) == frozenset(people)
