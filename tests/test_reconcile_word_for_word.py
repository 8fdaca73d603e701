"""A sentence two reports print alike but for a word or two tells one thing (_word_for_word,
WORD_FOR_WORD_SHARE): a wire story and its update a day later, one saying "the January 1998
bombing" and the other "the April 1998 bombing" in the same words, disagree on that bombing's
date even though nothing else ties the two claims (an earlier event the story recalls is tied
only by a name in common). Hand-written reports, real spaCy parses (reconcile_reads).
"""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import contradicted, story_facets

PUBLISHED = ["1999-05-06", "1999-05-07"]

RECALLED = (
    "Eric Rudolph has been on the run since the {month} 1998 bombing of a Birmingham, Ala., "
    "abortion clinic that killed an off-duty police officer and maimed a nurse."
)
WIRE = "An abortion foe was charged with murder on Thursday in the slaying of a doctor. " + RECALLED
UPDATE = "Federal agents searched a house in Vermont on Friday for the suspect. " + RECALLED
# the same bombing told in other words, naming no one the first report's claim names
OTHER_WORDS = (
    "Federal agents searched a house in Vermont on Friday for the suspect. Investigators "
    "still seek the bomber of a Birmingham clinic, attacked in April 1998."
)


def _dates_disputed(nlp, second: str) -> bool:
    reports = [("Wire", WIRE.format(month="January")), ("Times", second)]
    facets = story_facets(nlp, reports, PUBLISHED)
    return bool(contradicted(facets, "date"))


def test_one_sentence_printed_twice_with_two_months_disputes(nlp):
    assert _dates_disputed(nlp, UPDATE.format(month="April"))


def test_the_same_sentence_with_the_same_month_agrees(nlp):
    assert not _dates_disputed(nlp, UPDATE.format(month="January"))


def test_without_the_reading_nothing_ties_a_recalled_event(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "WORD_FOR_WORD_SHARE", 1.01)
    assert not _dates_disputed(nlp, UPDATE.format(month="April"))


def test_the_event_told_in_other_words_is_not_tied_by_them(nlp):
    assert not _dates_disputed(nlp, OTHER_WORDS)
