"""A count of more of what was counted ("two more people were injured", "another 20"): an
increment, not the whole another report counts (INCREMENT), unless its sentence counts
something else first that "more" adds to ("ten killed and two more injured"). Hand-written
reports on the real parse."""

from __future__ import annotations

import re

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import contradicted, story_facets

TOLL = (
    "A powerful earthquake struck southern Iran on Sunday, killing 10 people and injuring 80, "
    "officials said. The quake hit near Bandar Abbas. Rescue teams arrived. Buildings "
    "collapsed. Roads were closed."
)
MORE = (
    "A strong earthquake hit southern Iran on Sunday, killing 10 people, officials said. "
    "Two more people were injured in the quake near Bandar Abbas, the governor said. "
    "Rescuers searched the rubble."
)
MORE_AFTER_A_COUNT = (
    "A strong earthquake hit southern Iran on Sunday, officials said. Ten people were killed "
    "and two more people were injured in the quake near Bandar Abbas, the governor said. "
    "Rescuers searched the rubble."
)
INJURED = "number of people injured"


def injured_disputed(nlp, second):
    return contradicted(story_facets(nlp, [("Wire", TOLL), ("Daily", second)]), INJURED)


def test_two_more_injured_is_no_count_of_all_the_injured(nlp):
    assert not injured_disputed(nlp, MORE)


def test_more_after_another_count_is_the_whole_and_disputes(nlp):
    # "ten killed and two more injured": two is all the injured this report tells
    assert injured_disputed(nlp, MORE_AFTER_A_COUNT)
    assert injured_disputed(nlp, MORE.replace("Two more people", "Two people"))


def test_without_the_reading_two_more_disputes(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "INCREMENT", re.compile(r"(?!)"))
    assert injured_disputed(nlp, MORE)


@pytest.mark.parametrize(
    ("words", "increment"),
    [
        ("two more people", True),
        ("another 20 people", True),
        ("three other people", True),
        ("more than 20 people", False),  # a bound, not more of something
        ("20 or more people", False),
        ("20 people", False),
    ],
)
def test_the_words_of_an_increment(words, increment):
    assert bool(reconcile.INCREMENT.search(words)) is increment
