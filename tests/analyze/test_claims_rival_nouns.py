"""The one a contest, a lead or a challenge is against, over or from, named on a noun the verb
acts on or acts in, is the other side of the act (RIVAL_NOUN_RULE), on real parses."""

from __future__ import annotations

from claims_reads import roles

# The publication date the texts are given.
PUBLISHED = "2016-04-21"


def test_a_challenge_fought_off_is_from_the_rival(nlp):
    text = "Mrs. Clinton fought off another challenge from Bernie Sanders."
    assert sorted(roles(nlp, text, "v:fight", PUBLISHED)) == [
        ("agent", "person:clinton"),
        ("with", "person:sanders"),
    ]


def test_a_lead_widened_over_a_rival_the_parser_hangs_on_the_verb(nlp):
    # "over Ted Cruz" hangs on "widened", past its object "his lead"
    text = "Marco Rubio widened his lead over Ted Cruz in Florida on Tuesday."
    assert sorted(roles(nlp, text, "v:widen", PUBLISHED)) == [
        ("agent", "person:rubio"),
        ("with", "person:cruz"),
    ]


def test_the_race_left_is_against_the_rival(nlp):
    text = "Ted Cruz withdrew from the race against Donald Trump on Tuesday."
    assert sorted(roles(nlp, text, "v:withdraw", PUBLISHED)) == [
        ("agent", "person:cruz"),
        ("with", "person:trump"),
    ]


def test_a_lawsuit_against_someone_is_no_rivalry(nlp):
    text = "Jeb Bush dropped a lawsuit against Donald Trump on Monday."
    assert roles(nlp, text, "v:drop", PUBLISHED) == [("agent", "person:bush")]


def test_a_letter_from_someone_is_no_rivalry(nlp):
    text = "Hillary Clinton received a letter from Bernie Sanders."
    assert roles(nlp, text, "v:receive", PUBLISHED) == [("agent", "person:clinton")]
