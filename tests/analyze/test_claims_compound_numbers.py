"""Numbers written over several words are read whole (COMPOUND_NUMBER_RULE), on real parses:
"Twenty-nine people" counts 29, not the "nine" the parse hangs on the noun; a score ("5-4") or
two counts joined by "and" ("between 20 and 30") are no one number."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only

from corroborator.analyze.claims import _compound_value


@pytest.mark.parametrize(
    ("text", "predicate", "value", "bound"),
    [
        ("Twenty-nine people were injured tonight.", "injure", 29, "exact"),
        ("Twenty nine people were arrested on Monday.", "arrest", 29, "exact"),
        ("One hundred and five people were killed.", "kill", 105, "exact"),
        ("Two dozen people were arrested.", "arrest", 24, "exact"),
        ("Police arrested a dozen protesters.", "arrest", 12, "exact"),
        ("About 2 million people were displaced.", "v:displace", 2_000_000, "about"),
        ("More than twenty-five people were killed.", "kill", 25, "at_least"),
        ("Seventeen people died.", "die", 17, "exact"),
        ("The blast killed twenty-two.", "kill", 22, "exact"),
        ("Dozens of people were injured.", "injure", 24, "at_least"),
    ],
)
def test_a_number_in_several_words_is_read_whole(nlp, text, predicate, value, bound):
    (quantity,) = only(event_claims(nlp, text), predicate).quantities
    assert (quantity.value, quantity.bound) == (value, bound)


def test_the_death_toll_in_words_is_read_whole(nlp):
    (quantity,) = only(event_claims(nlp, "The death toll rose to thirty-one."), "die").quantities
    assert quantity.value == 31


def test_two_counts_joined_by_and_stay_apart(nlp):
    claim = only(event_claims(nlp, "Between 20 and 30 people were arrested."), "arrest")
    assert [q.value for q in claim.quantities] == [20]  # not 50


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["twenty", "-", "nine"], 29),
        (["one", "hundred", "and", "five"], 105),
        (["two", "thousand", "five", "hundred"], 2500),
        (["two", "dozen"], 24),
        (["1.5", "million"], 1_500_000),
        (["5", "-", "4"], None),  # a score
        (["20", "and", "30"], None),  # two counts
        (["3", "4"], None),  # two numbers side by side
        (["hundreds", "thousands"], None),  # vague words are read on their own
    ],
)
def test_the_words_of_one_number_and_of_none(words, value):
    assert _compound_value(words) == value
