"""UNANCHORED_SHIFT_WORD: "two years later" with no date told before it counts from an event of
the story, not from the publication date.

"But the drinking continued, and four years later, Freddy was dead" (PolNeAR, 2016) is no date
in 2020: with no date named before, the shift is an unknown date of its grain, and TimeML marks
up its length ("<four years> later", as TimeBank does "<three days> later"). After a date it
still counts from that date ("In 2008 ... four years later" is 2012). Real spaCy parse.
"""

from __future__ import annotations

from timex_reads import times_of

from corroborator.analyze.timex import extract_times
from corroborator.model import Article

DCT = "2016-06-01"


def _refs(nlp, text: str):
    article = Article(id="t", text=text, source="test", published=DCT)
    return {text[t.span.start : t.span.end]: t for t in extract_times(nlp(text), article)}


def test_later_with_no_date_before_is_no_date_after_publication(nlp):
    text = "But the drinking continued, and four years later, Freddy was dead."
    ref = _refs(nlp, text)["four years later"]
    assert ref.value == "XXXX"
    assert ("four years later", "DURATION", "P4Y") in times_of(nlp, text, DCT)


def test_decades_later_with_no_date_before_is_unknown(nlp):
    text = "Nearly three decades later, the case was reopened."
    assert _refs(nlp, text)["Nearly three decades later"].value == "XXXX"


def test_later_after_a_date_counts_from_that_date(nlp):
    text = "Obama narrowly won North Carolina in 2008 but narrowly lost it four years later."
    assert _refs(nlp, text)["four years later"].value == "2012"


def test_earlier_with_no_date_before_still_counts_back_from_publication(nlp):
    # "earlier" may compare with the publication date ("up from $4 million a year earlier")
    text = "Profit rose to $5 million, up from $4 million two years earlier."
    assert _refs(nlp, text)["two years earlier"].value == "2014"
