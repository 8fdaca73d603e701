"""Time expressions: adjectival lengths ("day-long", "years-long": the unit_long rule), vague
decades counted in years (PXY, as TimeBank writes "decades-long"), and no length made of an
article and a plural ("a decades-long feud" is not "a decades"), and "the summer months" as
one season. Positive and negative literal
sentences on the real spaCy parse.
"""

from __future__ import annotations

import pytest
from timex_reads import times_of

DCT = "2013-03-21"


def _times(nlp, text: str, published: str | None = DCT) -> list[tuple[str, str, str]]:
    return times_of(nlp, text, published)


POSITIVE = [
    ("The day-long meeting ended without a deal.", ("day-long", "DURATION", "P1D")),
    ("A year-long inquiry followed.", ("year-long", "DURATION", "P1Y")),
    ("The years-long dispute ended.", ("years-long", "DURATION", "PXY")),
    ("A decades-long feud divides the families.", ("decades-long", "DURATION", "PXY")),
    ("The months-long siege was lifted.", ("months-long", "DURATION", "PXM")),
    # a counted adjectival length with "-long" is the whole count, not one unit
    ("A three-month-long inquiry followed.", ("three-month-long", "DURATION", "P3M")),
    ("The conflict has lasted for decades.", ("decades", "DURATION", "PXY")),
    ("He ruled for almost two decades.", ("almost two decades", "DURATION", "P20Y")),
    # a season's months are the season
    ("Tourism peaks in the summer months.", ("the summer months", "DATE", "2013-SU")),
    ("The winter months of 2012 were cold.", ("The winter months of 2012", "DATE", "2012-WI")),
    # a fortnight before or ahead is two weeks' length; "a fortnight ago" a week
    ("Prices rose over the past fortnight.", ("the past fortnight", "DURATION", "P2W")),
    ("Talks will go on for the next fortnight.", ("the next fortnight", "DURATION", "P2W")),
    ("A fortnight ago, they fell.", ("A fortnight ago", "DATE", "2013-W10")),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_lengths_found(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text)


NEGATIVE = [
    # an article before a plural unit is no count
    ("A decades-long feud divides the families.", "A decades"),
    ("A years-long effort paid off.", "A years"),
    # "long" as an adverb after a unit is no adjectival length
    ("All day long, the crowds waited.", "day long"),
    # the months of a season's thing are no season's months
    ("The summer months of the campaign were hard.", "summer months"),
]


@pytest.mark.parametrize(("text", "phrase"), NEGATIVE)
def test_lengths_not_found(nlp, text: str, phrase: str) -> None:
    found = _times(nlp, text)
    assert not any(phrase in extent for extent, _, _ in found), found
