"""A counted offset set off by a comma after a named day is that day: "was fired from the
network Wednesday, a day after he drew criticism", "on Thursday, hours after Trump retweeted
the image", "on Wednesday, just six days before the primary" (_apposition_day).

PolNeAR (2015-16) writes it about a dozen times in train. Without the rule the offset stays an
unresolved date (XXXX-XX-XX) waiting for a date of its event that the sentence already gives.
The anchor stays (as resolve_anchor keeps it), and so does the TimeML form, the DURATION of
the offset. Where no named day stands just before it ("The ad comes a day before the
primary"), or where a full stop ends the day's sentence, the value stays unresolved. Real
spaCy parses.
"""

from __future__ import annotations

from timex_reads import times_of

from corroborator.analyze.timex import extract_times
from corroborator.model import Article

DCT = "2016-04-21"  # a Thursday


def _refs(nlp, text: str):
    article = Article(id="t", text=text, source="test", published=DCT)
    return {text[t.span.start : t.span.end]: t for t in extract_times(nlp(text), article)}


def test_a_day_after_in_apposition_to_a_weekday_is_that_weekday(nlp):
    text = "Schilling was fired from the network Wednesday, a day after he drew intense criticism."
    ref = _refs(nlp, text)["a day"]
    assert (ref.value, ref.start, ref.granularity) == ("2016-04-20", "2016-04-20", "day")
    assert (ref.anchor.offset, ref.anchor.direction) == ("P1D", "after")
    assert ("a day", "DURATION", "P1D") in times_of(nlp, text, DCT)


def test_hours_after_in_apposition_to_a_weekday_is_that_weekday(nlp):
    text = (
        'Trump defended his campaign manager as a "very decent man" Tuesday, hours after the '
        "staffer was charged."
    )
    assert _refs(nlp, text)["hours"].value == "2016-04-19"


def test_just_hours_after_a_part_of_a_day_is_that_day(nlp):
    text = "Clinton weighed in with her support on Tuesday evening, just hours after Sanders spoke."
    assert _refs(nlp, text)["hours"].value == "2016-04-19"


def test_an_offset_with_no_named_day_before_it_stays_anchored(nlp):
    text = "The ad comes only a day before the New Hampshire primary."
    ref = _refs(nlp, text)["a day"]
    assert ref.value == "XXXX-XX-XX" and ref.anchor is not None


def test_an_offset_after_a_full_stop_stays_anchored(nlp):
    text = "He spoke on Wednesday. A day after the vote, the party met again."
    ref = _refs(nlp, text)["A day"]
    assert ref.value == "XXXX-XX-XX" and ref.anchor is not None
