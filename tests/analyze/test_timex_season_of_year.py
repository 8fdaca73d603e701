"""Time expressions: a season, or a part of one, followed by a year is that year's season, one
expression ("in early summer 2015" is 2015-SU with mod START, not this year's early summer and a
separate 2015; the season rule, SEASON_OF_YEAR), read on the real spaCy parse."""

from __future__ import annotations

import pytest

from corroborator.analyze.timex import extract_times
from corroborator.model import Article

# Published in August 2016: a season without its year would be 2016's.
PUBLISHED = "2016-08-10"


def times_with_mod(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """Each time expression of ``text`` as (its words, its value, its mod)."""
    article = Article(id="t", text=text, source="test", published=PUBLISHED)
    return [
        (text[t.span.start : t.span.end], t.value, t.mod) for t in extract_times(nlp(text), article)
    ]


SEASON_OF_YEAR = [
    ("The plant opened in early summer 2015.", ("early summer 2015", "2015-SU", "START")),
    ("Sales fell by late fall 2015, the company said.", ("late fall 2015", "2015-FA", "END")),
    ("The plant opened in late spring of 2014.", ("late spring of 2014", "2014-SP", "END")),
    ("The talks stalled in mid-winter 2015.", ("mid-winter 2015", "2015-WI", "MID")),
    ("The talks stalled in midsummer 2014.", ("midsummer 2014", "2014-SU", "MID")),
    ("Voters met in the fall 2015 primaries.", ("the fall 2015", "2015-FA", None)),
    # the forms that already read as one expression stay so
    ("The plant opened in the summer of 2015.", ("the summer of 2015", "2015-SU", None)),
    ("The plant opened in spring 2014.", ("spring 2014", "2014-SP", None)),
    (
        "The plant opened in the early summer of 2015.",
        ("the early summer of 2015", "2015-SU", "START"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_OF_YEAR)
def test_season_followed_by_year_is_that_years_season(nlp, text, expected):
    assert times_with_mod(nlp, text) == [expected]


# A comma ends the season: the year after it starts another phrase, the sentence's subject.
SEASON_THEN_OTHER_YEAR = [
    (
        "In early summer, 2015 looked like a record year.",
        [("early summer", "2016-SU", "START"), ("2015", "2015", None)],
    ),
    (
        "This summer, 2015 was still the record year.",
        [("This summer", "2016-SU", None), ("2015", "2015", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_THEN_OTHER_YEAR)
def test_year_after_a_comma_is_its_own_expression(nlp, text, expected):
    assert times_with_mod(nlp, text) == expected


def test_part_of_season_without_year_is_this_years(nlp):
    assert times_with_mod(nlp, "The plant opened in late summer.") == [
        ("late summer", "2016-SU", "END")
    ]
