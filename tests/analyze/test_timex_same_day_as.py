"""SAME_DAY_AS: "the same day as the rally", "the same day that Trump railed against the judge",
"On the same day he won the Iowa caucus" name the day of the event that follows.

PolNeAR (2015-16) writes it about ten times in train: a DATE (TimeML marks "that same day" up,
TE3 train AQUAINT) anchored on the event phrase, the day of that event (offset P0D), not the
story's last date ("the same night he won the Indiana primary" after a 2008 rally was 2008).
"Others made donations on the same day, totaling $12,500" with nothing after it is still the
story's day. Real spaCy parses.
"""

from __future__ import annotations

from timex_reads import times_of

from corroborator.analyze.timex import extract_times
from corroborator.model import Article

DCT = "2016-06-06"


def _refs(nlp, text: str):
    article = Article(id="t", text=text, source="test", published=DCT)
    return {text[t.span.start : t.span.end]: t for t in extract_times(nlp(text), article)}


def _anchor_words(text: str, ref) -> str:
    return text[ref.anchor.event.start : ref.anchor.event.end]


def test_the_same_day_as_an_event_is_that_event_s_day(nlp):
    text = "Sanders was on CNN on the same day as the rally."
    ref = _refs(nlp, text)["the same day"]
    assert (ref.value, ref.anchor.offset) == ("XXXX-XX-XX", "P0D")
    assert _anchor_words(text, ref) == "the rally"
    assert ("the same day", "DATE", "XXXX-XX-XX") in times_of(nlp, text, DCT)


def test_the_same_day_that_a_clause_tells(nlp):
    text = "Curiel's order came the same day that Trump railed against the judge."
    ref = _refs(nlp, text)["the same day"]
    assert _anchor_words(text, ref).startswith("Trump railed against the judge")


def test_the_same_night_with_a_clause_and_no_that(nlp):
    text = (
        "Trump held a rally in 2008. He drew 7,000 people to the park, the same night he won "
        "the Indiana primary."
    )
    ref = _refs(nlp, text)["the same night"]
    assert ref.anchor is not None and ref.value == "XXXX-XX-XX"
    assert _anchor_words(text, ref).startswith("he won the Indiana primary")


def test_an_event_with_a_date_gives_its_day(nlp):
    text = "Trump won on the same day as the June 7 primary."
    assert _refs(nlp, text)["the same day"].value == "2016-06-07"


def test_the_same_day_alone_is_the_story_s_day(nlp):
    text = "The donors gave on June 2. Others made donations on the same day, totaling $12,500."
    ref = _refs(nlp, text)["the same day"]
    assert (ref.value, ref.anchor) == ("2016-06-02", None)
