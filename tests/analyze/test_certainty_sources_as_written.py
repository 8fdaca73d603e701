"""Sources the attribution leaves unnamed whose own words name who speaks, graded as they read:
a person named after a long role, or by a surname the article gives a person; a named
outlet's or body's article, analysis or review; a group the article named before, told again;
a police constable's rank. And the risks: an unnamed official, analysis or group, a source
that only mentions a name ("a spokesman for Bernie Sanders", "people close to Clinton", "Ben
Carson's aides") stay anonymous (real spaCy parses; review of round 22)."""

from __future__ import annotations

import pytest
from certainty_reads import graded, graded_last


def test_a_name_after_a_long_role_is_a_named_person(nlp):
    # the parser joins the role and the name as two conjuncts
    sentence = (
        "GOP presidential contender and former neurosurgeon Ben Carson responded on Sunday to "
        "accusations that he exaggerated details of his life story."
    )
    assert graded(nlp, sentence)[0] == "named"


def test_a_surname_the_article_gives_a_person_is_that_person(nlp):
    # "Trump" parsed as a common noun, no entity
    text = (
        "Donald Trump spoke in Ohio on Monday. Trump charges that countries that stand to "
        "benefit from the deal donated millions of dollars to the Clinton Foundation."
    )
    assert graded_last(nlp, text)[0] == "named"


@pytest.mark.parametrize(
    "sentence",
    [
        "However, a Wall Street Journal article published Friday found no record of the class.",
        "A Washington Post analysis found that turnout fell.",
        "An analysis by the Pew Research Center found that turnout fell.",
    ],
)
def test_a_named_authors_work_is_on_the_record(nlp, sentence):
    assert graded(nlp, sentence)[0] == "on_record"


def test_a_group_named_before_told_again_is_on_the_record(nlp):
    text = (
        "Putin met the Wagner mercenary group’s chief Yevgeny Prigozhin. The mercenary groups "
        "took control of Rostov-on-Don but did not proceed further and agreed to live in exile "
        "in Belarus."
    )
    assert graded_last(nlp, text)[0] == "on_record"


def test_a_constable_is_an_office(nlp):
    sentence = "Constable Tim Fanning said the suspect had been fired from his job."
    assert graded(nlp, sentence)[0] == "on_record"


@pytest.mark.parametrize(
    "sentence",
    [
        "A senior official said the talks had failed.",
        "An analysis shows that turnout fell.",
        "Patient advocacy groups note that Sanders co-sponsored bans.",
        "A spokesman for Bernie Sanders said the rally would go on.",
        "People close to Clinton said she would run.",
        "Sources close to Ben Carson said he would stay in the race.",
        "Ben Carson's aides said he would stay in the race.",
        # a plural's conjunct is someone else: the leaders stay unnamed
        "Democratic leaders and Senate Minority Leader Harry Reid said the bill was dead.",
    ],
)
def test_an_unnamed_source_that_mentions_a_name_stays_anonymous(nlp, sentence):
    assert graded(nlp, sentence)[0] == "anonymous"


def test_a_group_never_named_told_again_stays_anonymous(nlp):
    text = "Advocacy groups met on Monday. The groups said the law was unfair."
    assert graded_last(nlp, text)[0] == "anonymous"
