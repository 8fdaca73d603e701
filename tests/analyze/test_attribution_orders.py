"""Orders told to an addressee (``ORDER_VERBS``): "he told Jeb Bush to quiet down" reports what
was said, the infinitive its content and the addressee outside it, as PolNeAR marks it; checked
on the real parse, with the forms the rule must leave alone."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

ORDERS = [
    (
        "Real estate mogul Donald Trump drew boos when he told Jeb Bush to quiet down.",
        "told",
        "he",
        "to quiet down",
    ),
    (
        "Since October, officials have told Flint residents not to drink the water.",
        "have told",
        "officials",
        "not to drink the water",
    ),
    (
        "The mayor told residents to stay indoors on Monday.",
        "told",
        "The mayor",
        "to stay indoors on Monday",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "source", "content"), ORDERS)
def test_an_order_told_to_an_addressee_is_read(nlp, sentence, cue, source, content):
    article, atts = _read(nlp, sentence)
    rows = [
        (_text(article, a.cue), _text(article, a.source.span), _text(article, a.content))
        for a in atts
    ]
    assert rows == [(cue, source, content)]


def test_a_told_clause_stays_the_content(nlp):
    article, atts = _read(nlp, "He told reporters he would win.")
    assert [_text(article, a.content) for a in atts] == ["he would win"]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("She was told to smile.", []),  # the addressee of a passive is told, says nothing
        ('"I would tell them to go home," he said.', ["said"]),  # the speaker's own words
    ],
)
def test_orders_the_rule_leaves_alone(nlp, sentence, cues):
    article, atts = _read(nlp, sentence)
    assert [_text(article, a.cue) for a in atts] == cues
