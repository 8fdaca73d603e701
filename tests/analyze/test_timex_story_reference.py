"""Time expressions: the story's reference time for "the previous Friday" and "the
following Monday" (read on the real spaCy parse), and the error tallies of eval/tempeval3.py
(--tally) that sort what the system invents, where its extents differ and why its values
differ.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from corroborator.analyze.timex import extract_times, timeml_form
from corroborator.model import Article

ROOT = Path(__file__).resolve().parents[2]


def _times(nlp, text: str, published: str) -> list[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="t", published=published)
    out = []
    for t in extract_times(nlp(text), article):
        start, end, type_, value = timeml_form(t, text)
        out.append((text[start:end], type_, value))
    return out


# STORY_WEEKDAY_STEPS: after a day was named, "the previous <weekday>" and "the following
# <weekday>" count from that day; "the next <weekday>" does so in a past-tense sentence.
# (publication date, sentence, expected (extent, type, value))
STORY_WEEKDAYS = [
    (
        "1989-10-30",
        "The index closed at 2082.1 on Oct. 27, down 4.5% from the previous Friday.",
        ("the previous Friday", "DATE", "1989-10-20"),
    ),
    (
        "2023-06-20",
        "He was arrested on June 3 and charged the following Monday.",
        ("the following Monday", "DATE", "2023-06-05"),
    ),
    (
        "2023-06-20",
        "Police arrested him on Saturday, June 3, and he appeared in court the next Monday.",
        ("the next Monday", "DATE", "2023-06-05"),
    ),
    (
        "2023-06-20",
        "The vote is set for July 12 and the results will be certified the following Monday.",
        ("the following Monday", "DATE", "2023-07-17"),
    ),
]

# ... and without a day named before, or with "the next" outside the past tense, the DCT.
DCT_WEEKDAYS = [
    ("2023-06-20", "Shares rose 3% from the previous Friday.", ("the previous Friday", "DATE",
                                                                "2023-06-16")),
    ("2023-06-20", "The council will meet the following Monday.", ("the following Monday",
                                                                   "DATE", "2023-06-26")),
    (
        "2023-06-21",
        "The hearing was held on June 3. The next Monday he will testify again.",
        ("The next Monday", "DATE", "2023-06-26"),
    ),
    # a month, not a day, named before: nothing to count from
    (
        "2023-06-20",
        "The plant closed in March and reopened the following Monday.",
        ("the following Monday", "DATE", "2023-06-26"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), STORY_WEEKDAYS + DCT_WEEKDAYS)
def test_story_weekdays(nlp, published: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text, published)


def test_story_weekday_never_the_named_day_itself(nlp) -> None:
    # a Friday named, "the previous Friday" is a week before it, not the same day
    found = _times(nlp, "Stocks fell on Friday, Oct. 27, from the previous Friday.", "1989-10-30")
    assert ("the previous Friday", "DATE", "1989-10-20") in found


# STORY_DAY_UNITS: "the next day" after a date named only to its month or year is an unknown
# day of that month or year, not the period's second day; after a day (or a part of a day)
# it is the day after.
STORY_NEXT_DAYS = [
    (
        "2016-08-09",
        "Last month she called the rule unfair. The next day, her Twitter account posted a reply.",
        ("The next day", "DATE", "2016-07-XX"),
    ),
    (
        "2016-01-20",
        "Last September he mocked the rally. He apologized the next day.",
        ("the next day", "DATE", "2015-09-XX"),
    ),
    (
        "2016-09-03",
        "This July he showed me the route he planned to take the following morning.",
        ("the following morning", "TIME", "2016-07-XXTMO"),
    ),
    (
        "2019-05-02",
        "It opened in 2012 and closed the next day.",
        ("the next day", "DATE", "2012-XX-XX"),
    ),
    # ... negatives: a named day, or a part of one, still gives the day after
    (
        "2016-02-11",
        "Clinton spoke on Tuesday night. Sanders had breakfast in Harlem the next morning.",
        ("the next morning", "TIME", "2016-02-10TMO"),
    ),
    (
        "2016-09-07",
        "The paper reported it on March 2, 2015, and the following day the committee asked.",
        ("the following day", "DATE", "2015-03-03"),
    ),
    # ... and a month before gives a month for a month ("the next month"), a year for a year
    (
        "2016-02-19",
        "The panel met in September. The next month, a former staffer spoke out.",
        ("The next month", "DATE", "2015-10"),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), STORY_NEXT_DAYS)
def test_story_next_day_after_a_coarser_date(
    nlp, published: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _times(nlp, text, published)


# --------------------------------------------------------------------------------------------
# eval/tempeval3.py --tally
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def te3() -> Iterator[ModuleType]:
    path = ROOT / "eval" / "tempeval3.py"
    spec = importlib.util.spec_from_file_location("tempeval3_tally_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _pair(te3, text: str, gold: str, system: str, gv: str = "X", sv: str = "X"):
    gs, ss = text.index(gold), text.index(system)
    g = te3.GoldTimex(gs, gs + len(gold), "DATE", gv, gold)
    s = te3.SysTimex(ss, ss + len(system), "DATE", sv)
    return g, s


@pytest.mark.parametrize(
    ("text", "gold", "system", "kind"),
    [
        ("over the past decade.", "past decade", "the past decade",
         "system adds determiner before"),
        ("earlier this week, he", "this week", "earlier this week",
         "system adds part of a period before"),
        ("in about a decade", "about a decade", "a decade", "system lacks approximator before"),
        ("on Friday night he", "Friday", "Friday night", "system adds part of the day after"),
        ("A day earlier, he", "A day earlier", "A day", "system lacks shift word after"),
        ("weeks or months ago", "weeks or months", "weeks", "system lacks coordination+unit noun "
         "after"),
        ("next week.", "next week.", "next week", "same"),
    ],
)  # fmt: skip
def test_extent_kind(te3, text: str, gold: str, system: str, kind: str) -> None:
    g, s = _pair(te3, text, gold, system)
    assert te3.extent_kind(text, g, s) == kind


@pytest.mark.parametrize(
    ("gv", "sv", "cause"),
    [
        ("1968-XX", "1968", "notation"),
        ("2000-01-05", "2000-01-05TNI", "notation"),
        ("1990-08-07", "1990-08-14", "day: 7 days apart"),
        ("1999-02-08", "1999-02-09", "day: 1 apart"),
        ("1989-WXX", "1989-W43", "week: other"),
        ("1988-Q3", "1988", "grain quarter -> year"),
        ("1998-10", "1998-W42", "grain month -> week"),
        ("1989-Q2", "1989-Q3", "quarter: another quarter"),
        ("P1D", "PT24H", "grain duration -> time"),
    ],
)
def test_value_cause(te3, gv: str, sv: str, cause: str) -> None:
    g = te3.GoldTimex(0, 1, "DATE" if not gv.startswith("P") else "DURATION", gv, "x")
    s = te3.SysTimex(0, 1, "DATE" if not sv.startswith("P") else "DURATION", sv)
    assert te3.value_cause(g, s) == cause


def test_value_cause_type(te3) -> None:
    g = te3.GoldTimex(0, 1, "DURATION", "P1W", "x")
    s = te3.SysTimex(0, 1, "DATE", "1998-W33")
    assert te3.value_cause(g, s) == "type DURATION -> DATE"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("now", "reference word"),
        ("Currently", "reference word"),
        ("the future", "reference word"),
        ("daily", "frequency or rate"),
        ("a year", "frequency or rate"),
        ("24-hour", "compound modifier"),
        ("years", "bare or vague plural"),
        ("several months", "bare or vague plural"),
        ("the day", "definite unit"),
        ("less than an hour", "counted period"),
        ("13 days", "counted period"),
        ("last month", "calendar or other"),
        ("August 11", "calendar or other"),
    ],
)
def test_invented_kind(te3, phrase: str, kind: str) -> None:
    assert te3.invented_kind(phrase) == kind


def test_gold_share_and_verdict(te3) -> None:
    text = "He is now here. Now we go. It is now or never."
    start = text.index("now")
    doc = te3.TmlDoc("d", text, "2000-01-01", [te3.GoldTimex(start, start + 3, "DATE",
                                                             "PRESENT_REF", "now")])  # fmt: skip
    assert te3.gold_share([doc], "now") == (3, 1)
    assert te3.gold_verdict(3, 1) == "gold split"  # 1 of the 2 others
    assert te3.gold_verdict(4, 3) == "gold tags it elsewhere"
    assert te3.gold_verdict(4, 0) == "gold leaves it elsewhere"
    assert te3.gold_verdict(1, 0) == "seen once"
    assert te3.gold_share([doc], "nowhere") == (0, 0)


def test_error_tallies(te3) -> None:
    text = "Sales rose the past decade and now fell Friday."
    d, f = text.index("past decade"), text.index("Friday")
    gold = [te3.GoldTimex(d, d + 11, "DURATION", "P10Y", "past decade"),
            te3.GoldTimex(f, f + 6, "DATE", "2000-01-07", "Friday")]  # fmt: skip
    doc = te3.TmlDoc("d", text, "2000-01-10", gold)
    n = text.index("now")
    system = [te3.SysTimex(d - 4, d + 11, "DURATION", "P10Y"),
              te3.SysTimex(n, n + 3, "DATE", "PRESENT_REF"),
              te3.SysTimex(f, f + 6, "DATE", "2000-01-14")]  # fmt: skip
    counts = te3.Counts()
    pairs = [(doc, g, s) for g, s in te3.score_doc(gold, system, counts, text)]
    tally = te3.error_tallies([doc], pairs)
    assert tally == {
        "invented": {"reference word / seen once": 1},
        "extent": {"system adds determiner before": 1},
        "value": {"day: 7 days apart": 1},
    }
