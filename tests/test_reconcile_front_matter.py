"""A report's lede is its first sentences, not counting the lines that only label a part of
the page (FRONT_MATTER_LABEL, _lede_end): a database copy of a newspaper story opens
"headline; / Obituary. / ABSTRACT. / abstract / FULL TEXT. / lede", and its lede is where the
story tells its own event. Hand-written reports, real spaCy parses (reconcile_reads).
"""

from __future__ import annotations

import re

import pytest

import corroborator.reconcile as reconcile
from corroborator.model import Span
from reconcile_reads import contradicted, story_facets

PUBLISHED = "2016-09-07"  # a Wednesday

DATABASE_COPY = (
    "Margaret Ellison, conservative voice of a generation, dies at 92; \n"
    "Obituary.\n\n"
    "ABSTRACT.\n\n"
    "Angered by the changes of the 1960s, Ellison led campaigns against the amendment.\n\n"
    "FULL TEXT.\n\n"
    "Margaret Ellison, whose campaigns against the amendment galvanized conservatives for "
    "two generations, died on Monday at her home in St. Louis. She was 92.\n\n"
    "Her death was confirmed by the Eagle Forum, the group she founded in 1975.\n"
)
# the same story with five sentences of prose before the death: told past the lede
LONG_OPENING = (
    "Margaret Ellison, conservative voice of a generation, dies at 92; \n"
    "Ellison wrote columns for decades.\n\n"
    "Her readers were many.\n\n"
    "Angered by the changes of the 1960s, Ellison led campaigns against the amendment.\n\n"
    "Her books sold well.\n\n"
    "Margaret Ellison, whose campaigns against the amendment galvanized conservatives for "
    "two generations, died on Monday at her home in St. Louis. She was 92.\n\n"
    "Her death was confirmed by the Eagle Forum, the group she founded in 1975.\n"
)
# names no one: only the ledes tie its death to the one the first report dates
OTHER_DAY = (
    "The conservative columnist died Saturday at the age of 92, her family said. She had "
    "written a final column."
)


def _date_disputed(nlp, first: str) -> bool:
    facets = story_facets(nlp, [("Times", first), ("Journal", OTHER_DAY)], PUBLISHED)
    return bool(contradicted(facets, "date"))


def test_a_death_dated_in_the_lede_after_the_page_labels_is_disputed(nlp):
    assert _date_disputed(nlp, DATABASE_COPY)


def test_without_the_labels_reading_the_same_sentence_is_past_the_lede(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "FRONT_MATTER_LABEL", re.compile(r"(?!)"))
    assert not _date_disputed(nlp, DATABASE_COPY)


def test_sentences_of_prose_before_it_still_end_the_lede(nlp):
    assert not _date_disputed(nlp, LONG_OPENING)


@pytest.mark.parametrize(
    ("text", "sentence", "label"),
    [
        ("Headline;\nFULL TEXT.\n\nThe lede.", "FULL TEXT.", True),
        ("Headline;\nABSTRACT.\nThe abstract.", "ABSTRACT.", True),
        ("Headline;\nObituary.\n\nThe lede.", "Obituary.", True),
        # a headline in title case is the report's own first sentence
        ("Clinton Wins Nevada.\n\nThe lede.", "Clinton Wins Nevada.", False),
        # a one-word sentence inside a paragraph is prose
        ("He waited. Nothing.\nThe lede.", "Nothing.", False),
        ("Trump won.\nThe lede.", "Trump won.", False),
    ],
)
def test_front_matter_labels(text, sentence, label):
    start = text.index(sentence)
    assert reconcile._front_matter_label(Span(start, start + len(sentence)), text) is label
