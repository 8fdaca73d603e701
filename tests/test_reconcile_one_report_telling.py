"""One report is one telling (ONE_REPORT_ONE_TELLING, _tied_voices, _one_report): a report's own
words and a speaker it quotes are two voices, but not two reports that agree a happening took
place, nor on any other value of it (a count, a length, a place).
Hand-written reports, real spaCy parses (reconcile_reads.story_facets).

Read on PolNeAR train: a headline and the Trump quote under it ("DEATH, LIES AND PANDERING" and
'Trump said Clinton "caused death"'), a live blog's entries on two wins, a candidate quoted on
his own attack: each corroborated by one article alone.
"""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

# one report tells the meeting twice: in its own words and in Mook's
TOLD_TWICE = (
    "Robby Mook met with senior staff in Brooklyn on Monday. "
    '"We had a long meeting with the senior staff," Mook told reporters. '
)
OTHER = "Voters went to the polls on Tuesday in New Hampshire. Turnout was high. "
# a second report of the same meeting
TOLD_AGAIN = "Robby Mook met with senior staff in Brooklyn on Monday to plan ahead. "


def _meeting(facets):
    found = [f for f in facets if f.attribute == "occurred" and f.subject == "meeting (Mook)"]
    assert len(found) == 1, [(f.subject, f.attribute) for f in facets]
    return found[0]


def _voices(facet):
    return {e.voice for v in facet.values for e in v.evidence}


def test_one_report_and_its_quote_are_one_telling(nlp):
    facet = _meeting(story_facets(nlp, [("Wire", TOLD_TWICE), ("Daily", OTHER)]))
    assert len(_voices(facet)) >= 2  # two voices, one report
    assert facet.verdict == "single_source"
    assert facet.why.startswith(reconcile.ONE_REPORT_VOICES)


def test_two_reports_still_agree(nlp):
    facet = _meeting(story_facets(nlp, [("Wire", TOLD_TWICE), ("Daily", TOLD_AGAIN)]))
    assert facet.verdict == "corroborated"


def test_without_the_reading_one_report_corroborates_itself(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "ONE_REPORT_ONE_TELLING", False)
    facet = _meeting(story_facets(nlp, [("Wire", TOLD_TWICE), ("Daily", OTHER)]))
    assert facet.verdict == "corroborated"


# one report gives the toll twice, in its own words and the police chief's; the other none
TOLL_TWICE = (
    "A gunman killed five people at a mall in Omaha on Monday. "
    '"Five people were killed," police chief Tom Warren said.'
)
NO_TOLL = "Shoppers fled the mall in Omaha. The mall will stay closed this week."
TOLL_AGAIN = "A gunman killed five people at a mall in Omaha on Monday, police said."


def _toll(facets):
    found = [f for f in facets if f.attribute == "number of people killed"]
    assert len(found) == 1, [(f.subject, f.attribute) for f in facets]
    return found[0]


def test_one_report_gives_a_count_once(nlp):
    facet = _toll(story_facets(nlp, [("Wire", TOLL_TWICE), ("Daily", NO_TOLL)]))
    assert len(_voices(facet)) >= 2  # the writer and the police chief, one report
    assert facet.verdict == "single_source"
    assert facet.why.startswith(reconcile.ONE_REPORT_VOICES)


def test_two_reports_agree_on_a_count(nlp):
    facet = _toll(story_facets(nlp, [("Wire", TOLL_TWICE), ("Daily", TOLL_AGAIN)]))
    assert facet.verdict == "corroborated"


def test_without_the_reading_one_report_corroborates_its_count(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "ONE_REPORT_ONE_TELLING", False)
    facet = _toll(story_facets(nlp, [("Wire", TOLL_TWICE), ("Daily", NO_TOLL)]))
    assert facet.verdict == "corroborated"
