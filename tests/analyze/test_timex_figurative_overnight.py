"""FIGURATIVE_OVERNIGHT: "overnight" meaning "all at once, in no time" is no night.

PolNeAR (2015-16) writes it on a denied verb ("But it's not going to happen overnight", "you
can't do that overnight") and on verbs of becoming ("Overnight, Faso became a serious
contender", "she transformed from 'Queen Nancy' to 'Bag Lady' overnight", "virtually doubling
HP's size and stature overnight"): none is the night before publication. A night told as
"overnight" stays ("Trump took to Twitter overnight", "the overnight nuclear test"), and so do
the story dates after it ("had moved a year earlier" counts from the story's 2000, not from an
"overnight" on the DCT). Real spaCy parses.
"""

from __future__ import annotations

from corroborator.analyze.timex import extract_times
from corroborator.model import Article

DCT = "2016-05-31"


def _refs(nlp, text: str):
    article = Article(id="t", text=text, source="test", published=DCT)
    return {text[t.span.start : t.span.end]: t for t in extract_times(nlp(text), article)}


def test_overnight_on_a_denied_verb_is_no_night(nlp):
    assert "overnight" not in _refs(nlp, "But it's not going to happen overnight.")
    assert "overnight" not in _refs(nlp, "You can't do that overnight, said Komar.")


def test_overnight_on_a_verb_of_becoming_is_no_night(nlp):
    assert "Overnight" not in _refs(nlp, "Overnight, Faso became a serious contender.")
    text = "She transformed from Queen Nancy to Bag Lady overnight."
    assert "overnight" not in _refs(nlp, text)


def test_a_night_told_as_overnight_stays(nlp):
    refs = _refs(nlp, "Trump took to Twitter overnight to accuse Clinton's campaign.")
    assert refs["overnight"].value == "2016-05-31TNI"
    assert _refs(nlp, "Prices fell overnight in Asia.")["overnight"].value == "2016-05-31TNI"


def test_the_story_date_is_not_moved_by_a_figurative_overnight(nlp):
    text = (
        "In late 2000, Keyworth met with Fiorina. The deal would double HP's size overnight. "
        "But Fiorina, who had moved a year earlier from Lucent, tossed the idea."
    )
    refs = _refs(nlp, text)
    assert "overnight" not in refs
    assert refs["a year earlier"].value == "1999"
