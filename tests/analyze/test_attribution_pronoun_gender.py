"""A he/she speaker never stands for a person the article shows to be of the other gender
(PRONOUN_GENDER_AGREEMENT): a courtesy title before the surname ("Mr. Trump", "Mrs. Clinton")
shows it, unless two people of the article bear that surname. Checked with the real parse."""

from __future__ import annotations

from attribution_reads import read as _read
from attribution_reads import span_text as _text


def _speakers(nlp, text: str) -> list[tuple[str | None, str]]:
    article, atts = _read(nlp, text)
    return [(_text(article, a.source.span), a.source.name) for a in atts]


def test_she_skips_the_last_speaker_titled_mister(nlp):
    # the last speaker is Mr. Trump; "she" is the woman titled Mrs. before him
    speakers = _speakers(
        nlp,
        "Mrs. Clinton spoke in Ohio on Monday. Mr. Trump said the plan would fail. "
        "She said it would work.",
    )
    assert ("She", "Clinton") in speakers
    assert ("She", "Trump") not in speakers


def test_he_keeps_the_last_speaker_of_his_gender(nlp):
    speakers = _speakers(
        nlp,
        "Mrs. Clinton said the plan would work. Mr. Trump said the plan would fail. "
        "He said it would cost jobs.",
    )
    assert ("He", "Trump") in speakers


def test_a_surname_two_people_bear_shows_no_gender(nlp):
    # "Mr. Clinton" is Bill; Chelsea Clinton, the last speaker, may still be "she"
    speakers = _speakers(
        nlp,
        "Bill Clinton spoke first. Mr. Clinton said the plan would fail. Chelsea Clinton said "
        "the plan would work. She said it would cost nothing.",
    )
    assert ("She", "Chelsea Clinton") in speakers
