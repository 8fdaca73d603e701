"""Time expressions: readings found by comparing our TimeRefs with spaCy's own
DATE/TIME entities on modern news (eval/timex_modern.py over PolNeAR 2015-16), each with
positive and negative literal sentences read on the real spaCy parse; and the helpers of the
comparison harness and of the spaCy-fallback experiment of eval/tempeval3.py.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from timex_reads import times_of

from corroborator.analyze.timex import CAPS_NAME_BEFORE, CENTURY_COMPANY_AFTER

EVAL = Path(__file__).resolve().parents[2] / "eval"

# (publication date, sentence, an expected (extent, type, value) among the results)
POSITIVE = [
    # century rule: the hyphened modifier is the century alone, without the noun's "the"
    (
        "2016-07-21",
        "She called Mrs. Clinton a student of Saul Alinsky, the 20th-century activist.",
        ("20th-century", "DATE", "19"),
    ),
    (
        "2015-12-28",
        "This is reputed to have been a 7th-century stop for Silk Road merchants.",
        ("7th-century", "DATE", "06"),
    ),
    (
        "2016-09-08",
        "Coal would have a declining role in a 21st-century economy.",
        ("21st-century", "DATE", "20"),
    ),
    # ... and the spaced noun keeps its "the", as before
    ("2016-09-08", "Wars defined the 20th century.", ("the 20th century", "DATE", "19")),
    # CENTURY_COMPANY_AFTER: a capitalised century not followed by "Fox" stays a century
    (
        "2016-09-08",
        "The 19th Century Industrial Revolution changed the town.",
        ("The 19th Century", "DATE", "18"),
    ),
    # CAPS_NAME_BEFORE: a capitalised TODAY after a word that is not in capitals stays a time
    ("2016-03-10", "The UN said TODAY that it would act.", ("TODAY", "DATE", "2016-03-10")),
    # ... and a headline written in capitals keeps its TODAY
    ("2016-03-10", "CLINTON WINS OHIO PRIMARY TODAY", ("TODAY", "DATE", "2016-03-10")),
    # QUOTE_OPEN_BEFORE / QUOTE_CLOSE_AFTER: a quoted answer keeps its punctuation inside
    (
        "2016-03-10",
        "\u201cToday,\u201d he said, \u201cwe vote.\u201d",
        ("Today", "DATE", "2016-03-10"),
    ),
    (
        "2016-03-10",
        "\u201cToday\u2019s speech shows that,\u201d she said.",
        ("Today", "DATE", "2016-03-10"),
    ),
    ("2016-03-10", "Asked when, he said \u201cToday.\u201d", ("Today", "DATE", "2016-03-10")),
    # FREQUENCY_NAME_WORDS: the adverb of a title-case headline stays a SET before a function word
    ("2016-03-10", "Trump Attacks Clinton Daily On Trade Deals And Jobs", ("Daily", "SET", "P1D")),
    (
        "2016-05-12",
        "Democrats blast Portman almost daily for his decision.",
        ("daily", "SET", "P1D"),
    ),
    # AWARD_TITLE_BEFORE: "the year" with a small y, or "the Year" after no title, is the year
    ("2016-03-10", "It was the warmest day of the year.", ("the year", "DATE", "2016")),
    # every rule: "every single day" is every day
    (
        "2016-06-05",
        "If you are undocumented, you get cheated and you get exploited every single day.",
        ("every single day", "SET", "P1D"),
    ),
    (
        "2016-06-20",
        "He will be reminding voters every single week between now and November.",
        ("every single week", "SET", "P1W"),
    ),
    # that_month: the story's month, as "that year" is the story's year
    (
        "2016-09-16",
        "McConnell said in June 2012 that Burma had changed. That month, he introduced a "
        "resolution.",
        ("That month", "DATE", "2012-06"),
    ),
    (
        "2016-01-20",
        "In August 2001, she met the board. At a conference that month in Aspen, she spoke.",
        ("that month", "DATE", "2001-08"),
    ),
    # STORY_PART_UNKNOWN: after a date named only to its year, a month of that year, unknown
    (
        "2016-01-07",
        "The 2012 request was sparked by an alias. CREW filed a request that month.",
        ("that month", "DATE", "2012-XX"),
    ),
    ("2016-01-07", "In 2012 he moved. He left that week.", ("that week", "DATE", "2012-WXX")),
]

NEGATIVE = [
    # century rule: "the" of the modified noun is not part of the century
    (
        "2016-07-21",
        "She called Mrs. Clinton a student of Saul Alinsky, the 20th-century activist.",
        ("the 20th-century", "DATE", "19"),
    ),
    # CENTURY_COMPANY_AFTER: the company "21st Century Fox"
    (
        "2016-05-18",
        "The network is owned by 21st Century Fox, the company said.",
        ("21st Century", "DATE", "20"),
    ),
    ("2016-05-18", "He starred in a 20th Century Fox film.", ("20th Century", "DATE", "19")),
    # FREQUENCY_NAME_WORDS: a publication or a show, even in a title-case headline
    (
        "2015-11-18",
        "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA.",
        ("Daily", "SET", "P1D"),
    ),
    (
        "2015-11-11",
        "The Daily Show Takes A Closer Look At The GOP Candidates So You Don't Have To",
        ("Daily", "SET", "P1D"),
    ),
    (
        "2016-08-12",
        "\u201cDaily Show\u201d host Trevor Noah on Thursday showed the clip.",
        ("Daily", "SET", "P1D"),
    ),
    # QUOTE_OPEN_BEFORE / QUOTE_CLOSE_AFTER: NBC's show
    (
        "2016-02-29",
        "Trump told NBC\u2019s \u201cToday\u201d on Monday that he could not hear.",
        ("Today", "DATE", "2016-02-29"),
    ),
    (
        "2016-05-18",
        "Billy Bush is joining the ''Today'' show as an anchor.",
        ("Today", "DATE", "2016-05-18"),
    ),
    # AWARD_TITLE_BEFORE: an award's name
    (
        "2015-12-09",
        "Time magazine chose Angela Merkel as its Person of the Year for 2015.",
        ("the Year", "DATE", "2015"),
    ),
    ("2015-11-17", "Liar-of the Year Barack Obama spoke.", ("the Year", "DATE", "2015")),
    # that_month: no date named before, nothing to refer to; "month after month" is no month
    (
        "2016-04-10",
        "He is most likely to win contests that month.",
        ("that month", "DATE", "2016-04"),
    ),
    (
        "2016-04-10",
        "In April he won. He said that month after month the polls moved.",
        ("that month", "DATE", "2015-04"),
    ),
    # every rule: "single" needs a unit after it
    ("2016-06-05", "He answered every single question.", ("every single", "SET", "P1D")),
    # STORY_PART_UNKNOWN: after a month, "that month" is that month, never a month of unknown
    (
        "2016-09-16",
        "In June 2012 he moved. He left that month.",
        ("that month", "DATE", "2012-XX"),
    ),
    # CAPS_NAME_BEFORE: the newspaper USA TODAY, at a sentence start and in a byline
    (
        "2015-11-20",
        "The money came from Turkey. USA TODAY reported last month that the movement grew.",
        ("TODAY", "DATE", "2015-11-20"),
    ),
    (
        "2016-06-27",
        "Contributing: Brittney Bennett and Greg Toppo, USA TODAY.",
        ("TODAY", "DATE", "2016-06-27"),
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), POSITIVE)
def test_reads(nlp, dct: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in times_of(nlp, text, dct)


@pytest.mark.parametrize(("dct", "text", "unexpected"), NEGATIVE)
def test_does_not_read(nlp, dct: str, text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in times_of(nlp, text, dct)


def test_usa_today_byline_still_reads_its_other_times(nlp):
    found = times_of(nlp, "USA TODAY reported last month that the movement grew.", "2015-11-20")
    assert found == [("last month", "DATE", "2015-10")]


def test_name_patterns_are_literal():
    assert CAPS_NAME_BEFORE.search("USA ") and not CAPS_NAME_BEFORE.search("said ")
    assert CENTURY_COMPANY_AFTER.match(" Fox film") and not CENTURY_COMPANY_AFTER.match(" Foxes")


def _load(name: str):
    path = EVAL / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_spacy_readings_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("the past eight years", "the past N years"),
        ("Sunday's debate", "WEEKDAY's debate"),
        ("the 2016 campaign", "the YYYY campaign"),
        ("74-year-old", "N-year-old"),
        ("Nov. 3", "MONTH N"),
        ("the 1990s", "the YYYY"),
        ("the 21st-century", "the Nth-century"),
    ],
)
def test_modern_shape_folds_numbers_months_weekdays(phrase: str, key: str) -> None:
    assert _load("timex_modern").shape(phrase) == key


def test_modern_compare_finds_both_kinds_of_candidate(nlp):
    tm = _load("timex_modern")
    sys.path.insert(0, str(EVAL))
    text = "Kopp, a 44-year-old protester, left on Friday. He was seen recently."
    doc = nlp(text)
    # compare() parses through eval/polnear.parse_cached; call its per-document part directly
    from corroborator.analyze.timex import extract_times
    from corroborator.model import Article

    refs = extract_times(doc, Article(id="t", text=text, source="t", published="2016-03-10"))
    ents = [e for e in doc.ents if e.label_ in tm.ENTITY_LABELS]
    missed = [e.text for e in ents if not any(
        r.span.start < e.end_char and e.start_char < r.span.end for r in refs)]  # fmt: skip
    assert "44-year-old" in missed  # an age: spaCy's DATE, no TimeML markable
    assert any(text[r.span.start : r.span.end] == "Friday" for r in refs)


def test_modern_groups_orders_by_count_then_key():
    tm = _load("timex_modern")
    cases = [{"shape": k, "phrase": p} for k, p in
             [("b", "x"), ("a", "y"), ("a", "y"), ("b", "z"), ("c", "w")]]  # fmt: skip
    rows = tm.groups(cases, "shape", 2)
    assert [(r["key"], r["count"]) for r in rows] == [("a", 2), ("b", 2)]
    assert rows[0]["phrases"] == [("y", 2)]


def test_modern_skips_without_data(tmp_path, capsys):
    assert _load("timex_modern").main(["--data", str(tmp_path)]) == 0
    assert "skipped: dataset not found" in capsys.readouterr().out


def test_fallback_adds_only_entities_our_rules_miss(nlp):
    te3 = _load("tempeval3")
    text = "Kopp, a 44-year-old protester, left on Friday."
    doc = nlp(text)
    tml = te3.TmlDoc("d.tml", text, "1999-05-07", [])
    found = te3.system_timexes(doc, tml)
    assert [text[s.start : s.end] for s in found] == ["Friday"]
    assert te3.fallback_timexes(doc, tml, found, "read") == found  # an age: nothing read
    added = te3.fallback_timexes(doc, tml, found, "all")
    assert [(text[s.start : s.end], s.value) for s in added] == [
        ("44-year-old", "XXXX-XX-XX"),
        ("Friday", "1999-05-07"),
    ]
