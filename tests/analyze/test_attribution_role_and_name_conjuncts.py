"""A role and the name after it that the parser makes two conjuncts ("GOP presidential contender
and former neurosurgeon Ben Carson") are one person: the source is the named person, with the
role kept. Real spaCy parses."""

from __future__ import annotations

from attribution_reads import read, span_text

CARSON = (
    "GOP presidential contender and former neurosurgeon Ben Carson said Friday that the "
    "story about his past was a lie."
)


def test_a_role_and_a_name_as_conjuncts_are_one_named_person(nlp):
    article, atts = read(nlp, CARSON)
    (said,) = [a for a in atts if span_text(article, a.cue).startswith("said")]
    assert said.source.kind == "person"
    assert said.source.name == "Ben Carson"


def test_a_role_with_its_article_and_a_name_stay_two_people(nlp):
    # must not: "the spokesman and Donald Trump" are two speakers, not Trump named twice
    article, atts = read(
        nlp, "The spokesman and Donald Trump said Friday that the debate was unfair."
    )
    (said,) = [a for a in atts if span_text(article, a.cue).startswith("said")]
    assert said.source.name != "Donald Trump"
