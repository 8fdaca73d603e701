"""A he/she stands for no one the article shows to be of the other gender, by a courtesy title
or by the pronouns it uses of them where no one else can be meant (GENDER_AGREEMENT_RULE), on
real parses."""

from __future__ import annotations

import pytest
from claims_reads import agents

from corroborator.analyze import claims

# The publication date the texts are given: 2016 news, as the texts are.
PUBLISHED = "2016-06-13"


@pytest.mark.parametrize(
    "text",
    [
        # a title shows Trump a man
        "Mr. Trump spoke in Ohio on Monday. The crowd cheered for Hillary Clinton. "
        "She tweeted a note of concern.",
        # so do the pronouns told of him while he is the only person named
        "Donald Trump spoke in Ohio on Monday. He said he would win the state. He praised the "
        "crowd. The crowd cheered for Hillary Clinton. She tweeted a note of concern.",
    ],
)
def test_she_is_not_the_man_last_a_subject(nlp, text):
    assert agents(nlp, text, "v:tweet", PUBLISHED) == ["person:clinton"]


def test_a_pronoun_of_the_shown_gender_still_stands_for_the_last_subject(nlp):
    text = (
        "Mr. Trump spoke in Ohio on Monday. The crowd cheered for Hillary Clinton. "
        "He tweeted a note of concern."
    )
    assert agents(nlp, text, "v:tweet", PUBLISHED) == ["person:trump"]


def test_one_pronoun_is_no_proof_of_gender(nlp):
    # "she" told once of the only person named shows nothing: Trump stays the last subject
    text = (
        "Donald Trump spoke in Ohio on Monday. She said the crowd was large. The crowd cheered "
        "for Hillary Clinton. He tweeted a note of concern."
    )
    assert agents(nlp, text, "v:tweet", PUBLISHED) == ["person:trump"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # Mrs. Clinton is a woman: "he" is Trump, though she was the last subject
        (
            "Mrs. Clinton spoke in Ohio on Monday. The crowd cheered for Donald Trump. "
            "He tweeted a note of concern.",
            "person:trump",
        ),
        # "Mrs. Clinton" and "Mr. Clinton" under one name show no gender: the last subject
        (
            "Mrs. Clinton spoke in Ohio on Monday. Mr. Clinton spoke in Iowa. The crowd cheered "
            "for Donald Trump. He tweeted a note of concern.",
            "person:clinton",
        ),
    ],
)
def test_a_title_shows_a_gender_unless_titles_differ(nlp, text, agent):
    assert agents(nlp, text, "v:tweet", PUBLISHED) == [agent]


def test_without_the_titles_she_is_the_last_subject(nlp, monkeypatch):
    monkeypatch.setattr(claims, "title_gender", lambda word: None)
    text = (
        "Mr. Trump spoke in Ohio on Monday. The crowd cheered for Hillary Clinton. "
        "She tweeted a note of concern."
    )
    assert agents(nlp, text, "v:tweet", PUBLISHED) == ["person:trump"]
