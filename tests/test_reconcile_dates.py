"""How reconcile compares the dates of one happening told by several reports: an event
around midnight is dated by the evening by some and by the morning after by others
(reconcile._one_night). Hand-written reports on both sides, real spaCy parses."""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from corroborator.model import Article, Claim, Span
from reconcile_reads import story_facets


def date_verdicts(facets):
    return [f.verdict for f in facets if f.attribute == "date"]


LATE = "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage late Thursday night."


@pytest.mark.parametrize(
    ("second", "disputed"),
    [
        # the small hours after Thursday night: one check-in, dated two ways
        (
            "Early Friday morning, Lindsay Lohan checked into the Betty Ford Center in "
            "Rancho Mirage.",
            False,
        ),
        # a morning two days on is another day
        (
            "Early Saturday morning, Lindsay Lohan checked into the Betty Ford Center in "
            "Rancho Mirage.",
            True,
        ),
        # the night after is not the small hours after
        (
            "On Friday night, Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage.",
            True,
        ),
    ],
)
def test_a_night_and_the_morning_after_are_one_night(nlp, second, disputed):
    facets = story_facets(nlp, [("Wire", LATE), ("Daily", second)])
    verdicts = date_verdicts(facets)
    assert verdicts, [(f.subject, f.attribute) for f in facets]
    assert ("contradicted" in verdicts) is disputed


# a sentence with no words, for statements compared by their values alone
SILENT = Article(id="a", text="", source="test", outlet="Wire", published=None)
SILENT_CLAIM = Claim(
    id="a:0", article="a", sentence=Span(0, 0), trigger=Span(0, 0), predicate="die"
)


def statement(value, start=None):
    interval = (start, start) if start else None
    return reconcile._Statement(
        claim=SILENT_CLAIM, article=SILENT, evidence=None, value=value, label=value, kind="date",
        interval=interval,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("earlier", "later", "one_night"),
    [
        (statement("XXXX-WXX-4TNI"), statement("XXXX-WXX-5TMO"), True),
        (statement("XXXX-WXX-4"), statement("XXXX-WXX-5T01:30"), True),
        (statement("XXXX-WXX-7TEV"), statement("XXXX-WXX-1TMO"), True),  # Sunday to Monday
        (statement("XXXX-WXX-4TMO"), statement("XXXX-WXX-5TMO"), False),  # two mornings
        (statement("XXXX-WXX-4TNI"), statement("XXXX-WXX-5T09:00"), False),  # 9 a.m.
        (statement("XXXX-WXX-4TNI"), statement("XXXX-WXX-6TMO"), False),
        (statement("2013-05-02TNI", "2013-05-02"), statement("2013-05-03TMO", "2013-05-03"), True),
        (statement("2013-05-02", "2013-05-02"), statement("2013-05-04TMO", "2013-05-04"), False),
    ],
)
def test_one_night(earlier, later, one_night):
    assert reconcile._one_night(earlier, later) is one_night
    assert reconcile._one_night(later, earlier) is False
    assert reconcile._dates_agree(earlier, later) is one_night
