"""Shifts told after a date of the story count from that date, not from the publication date.

CLOCK_SHIFT_UNITS: "About 10:03 p.m. ... More than 40 minutes later" (PolNeAR, Benghazi, 2012)
falls on the story's day, not on the DCT's; "His second tweet, an hour and a half later" after
"early Sunday" is that Sunday. With no day told before, or only a month or a year, the DCT's day.

VAGUE_LATER_AFTER_STORY_DATE (in _norm_ago): "Hours later, Intel said the event was canceled"
after "on Tuesday", "Weeks later, Putin annexed Crimea" after "in 2014": some time after the
story's date (mod AFTER), not FUTURE_REF, a time still to come. TimeML still marks up the length
("<hours> later", DURATION PTXH), as TimeBank does "<a few days> later". Real spaCy parses.
"""

from __future__ import annotations

from timex_reads import times_of

from corroborator.analyze.timex import extract_times
from corroborator.model import Article

DCT = "2016-06-03"  # a Friday


def _refs(nlp, text: str, published: str = DCT):
    article = Article(id="t", text=text, source="test", published=published)
    return {text[t.span.start : t.span.end]: t for t in extract_times(nlp(text), article)}


def test_minutes_later_after_a_clock_time_of_a_told_day_is_that_day(nlp):
    text = (
        "Bob met the ambassador on Sept. 10, 2012. About 10:03 p.m., the contractors left for "
        "the compound. More than 40 minutes later, they reached the villa."
    )
    ref = _refs(nlp, text)["More than 40 minutes later"]
    assert ref.value == "2012-09-10"


def test_the_day_after_a_shift_in_hours_stays_the_story_s(nlp):
    # the shift no longer makes the DCT the story's day: "that evening" is the told day's
    text = (
        "The attack began on Sept. 11, 2012. Two hours later, the contractors reached the "
        "villa. A second officer there that evening backed his account."
    )
    refs = _refs(nlp, text)
    assert refs["Two hours later"].value == "2012-09-11"
    assert refs["that evening"].value == "2012-09-11TEV"


def test_hours_later_with_no_day_told_is_the_publication_day(nlp):
    text = "Three hours later, Obama addressed the attack."
    assert _refs(nlp, text)["Three hours later"].value == DCT


def test_minutes_later_after_a_year_only_is_the_publication_day(nlp):
    # a year names no day for a shift of minutes to fall on
    text = "He moved to Asmara in 2009. The power returned 20 minutes later."
    assert _refs(nlp, text)["20 minutes later"].value == DCT


def test_hours_ago_still_counts_from_publication(nlp):
    text = "The attack began on Sept. 11, 2012. Officials said three hours ago that it was over."
    assert _refs(nlp, text)["three hours ago"].value == DCT


def test_vague_later_after_a_told_day_is_after_that_day(nlp):
    text = (
        "An Intel spokeswoman said on Tuesday the meeting went well. Hours later, Intel said "
        "the event was canceled."
    )
    ref = _refs(nlp, text)["Hours later"]
    assert (ref.value, ref.start, ref.end, ref.mod) == ("2016-05-31", "2016-05-31", None, "AFTER")
    # TimeML marks up the length, as before
    assert ("Hours later", "DURATION", "PTXH") in times_of(nlp, text, DCT)


def test_vague_later_after_a_told_year_is_after_that_year(nlp):
    text = "He spoke at the Munich Security Conference in 2014. Weeks later, Putin annexed Crimea."
    ref = _refs(nlp, text)["Weeks later"]
    assert (ref.value, ref.mod) == ("2014", "AFTER")
    assert ("Weeks later", "DURATION", "PXW") in times_of(nlp, text, DCT)


def test_a_few_years_later_is_marked_up_as_its_length(nlp):
    text = "The war began in 2003. A few years later, the war turned sour."
    assert _refs(nlp, text)["A few years later"].value == "2003"
    assert ("A few years later", "DURATION", "PXY") in times_of(nlp, text, DCT)


def test_vague_later_with_no_date_told_stays_the_future(nlp):
    text = "Minutes later, the campaign issued a statement."
    assert _refs(nlp, text)["Minutes later"].value == "FUTURE_REF"


def test_vague_earlier_stays_the_past(nlp):
    text = "An Intel spokeswoman said on Tuesday that it had been planned weeks earlier."
    assert _refs(nlp, text)["weeks earlier"].value == "PAST_REF"
