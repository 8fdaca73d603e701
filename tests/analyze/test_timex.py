"""Time expressions: the seed articles, each rule table (positive and negative sentences),
tense-driven resolution, anchors, and the TempEval-3 scorer."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import spacy

from corroborator.analyze import timex
from corroborator.analyze.timex import extract_times, resolve_anchor, with_reference_year
from corroborator.errors import AnalysisError
from corroborator.model import Article, Span, TimeAnchor, TimeRef

DCT = "2023-07-10"  # a Monday


def _article(text: str, published: str | None = DCT) -> Article:
    return Article(id="t", text=text, source="test", published=published)


def _times(nlp, text: str, published: str | None = DCT) -> list[tuple[str, str, str]]:
    refs = extract_times(nlp(text), _article(text, published))
    return [(text[t.span.start : t.span.end], t.type, t.value) for t in refs]


def _ref(nlp, text: str, phrase: str, published: str | None = DCT) -> TimeRef:
    """The TimeRef lying inside ``phrase`` (the first occurrence of the phrase)."""
    at = text.index(phrase)
    refs = extract_times(nlp(text), _article(text, published))
    inside = [t for t in refs if at <= t.span.start and t.span.end <= at + len(phrase)]
    assert inside, f"no time found in {phrase!r}: {_times(nlp, text, published)}"
    return inside[0]


def _refs_in(refs: list[TimeRef], text: str, phrase: str, nth: int = 0) -> TimeRef:
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    inside = [t for t in refs if at <= t.span.start and t.span.end <= at + len(phrase)]
    assert inside, f"no time found in {phrase!r} (occurrence {nth})"
    return inside[0]


# ------------------------------------------------------------------------------------------
# Seed articles
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wion(nlp, examples_dir: Path) -> tuple[str, list[TimeRef]]:
    raw = (examples_dir / "002_0987eb7d379886d6.txt").read_text(encoding="utf-8")
    prefix = " date 2023-07-10 "
    assert raw.startswith(prefix)
    text = raw[len(prefix) :]
    return text, extract_times(nlp(text), _article(text, "2023-07-10"))


@pytest.fixture(scope="module")
def tabloid(nlp, examples_dir: Path) -> tuple[str, list[TimeRef]]:
    text = (examples_dir / "000_3952b77df38d3d1b.txt").read_text(encoding="utf-8")
    return text, extract_times(nlp(text), _article(text, None))


class TestWionSeed:
    def test_on_monday_is_the_publication_day(self, wion):
        text, refs = wion
        t = _refs_in(refs, text, "said on Monday")
        assert (text[t.span.start : t.span.end], t.value, t.start, t.end) == (
            "Monday", "2023-07-10", "2023-07-10", "2023-07-10"
        )  # fmt: skip

    def test_calendar_dates(self, wion):
        text, refs = wion
        assert _refs_in(refs, text, "June 29").value == "2023-06-29"
        for nth in (0, 1):
            t = _refs_in(refs, text, "June 24", nth)
            assert (t.value, t.granularity) == ("2023-06-24", "day")

    def test_thursday_in_past_tense_is_the_previous_thursday(self, wion):
        text, refs = wion
        assert _refs_in(refs, text, "On Thursday").value == "2023-07-06"
        assert _refs_in(refs, text, "on Thursday").value == "2023-07-06"

    def test_five_days_after_the_coup_is_anchored(self, wion):
        text, refs = wion
        t = _refs_in(refs, text, "five days after the failed coup attempt")
        assert t.anchor is not None
        assert (t.anchor.offset, t.anchor.direction) == ("P5D", "after")
        event = text[t.anchor.event.start : t.anchor.event.end]
        assert event == "the failed coup attempt"
        assert t.value == "XXXX-XX-XX" and t.start is None

    def test_three_hours_is_a_duration(self, wion):
        text, refs = wion
        t = _refs_in(refs, text, "three hours")
        assert (t.type, t.value) == ("DURATION", "PT3H")

    def test_sorted_and_offsets_point_into_the_text(self, wion):
        text, refs = wion
        assert [t.span for t in refs] == sorted(t.span for t in refs)
        extents = [text[t.span.start : t.span.end] for t in refs]
        assert all(e and e == e.strip() for e in extents)


class TestTabloidSeed:
    def test_undated_july_1_keeps_unknown_year(self, tabloid):
        text, refs = tabloid
        t = _refs_in(refs, text, "July 1")
        assert (t.value, t.start, t.end, t.granularity) == ("XXXX-07-01", None, None, "day")

    def test_a_mere_week_after_the_revolt(self, tabloid):
        text, refs = tabloid
        t = _refs_in(refs, text, "a mere week after the Wagner mercenary army began a revolt")
        assert t.anchor is not None and (t.anchor.offset, t.anchor.direction) == ("P1W", "after")
        event = text[t.anchor.event.start : t.anchor.event.end]
        assert "began a revolt" in event and "after" not in event

    @pytest.mark.parametrize(
        ("phrase", "event_words"),
        [
            ("just weeks after he was banished from Russia", "banished"),
            (
                "just a few weeks after Prigozhin attempted a military coup",
                "attempted a military coup",
            ),
        ],
    )
    def test_vague_anchors(self, tabloid, phrase, event_words):
        text, refs = tabloid
        t = _refs_in(refs, text, phrase)
        assert t.anchor is not None and t.anchor.direction == "after"
        assert t.anchor.offset == "PXW"
        assert event_words in text[t.anchor.event.start : t.anchor.event.end]

    def test_reference_year_fills_the_undated_date(self, tabloid):
        text, refs = tabloid
        filled = with_reference_year(_refs_in(refs, text, "July 1"), 2023)
        assert (filled.value, filled.start, filled.end) == (
            "2023-07-01",
            "2023-07-01",
            "2023-07-01",
        )


# ------------------------------------------------------------------------------------------
# Rule tables: positive and negative literal sentences
# ------------------------------------------------------------------------------------------

# (sentence, expected (extent, type, value) among the results), DCT Monday 2023-07-10
POSITIVE = [
    # DATE_RULES
    ("The law took effect on 2023-06-29.", ("2023-06-29", "DATE", "2023-06-29")),
    ("Ballots were counted on 6/29/2023.", ("6/29/2023", "DATE", "2023-06-29")),
    ("He arrived on 6/29.", ("6/29", "DATE", "2023-06-29")),
    ("The meeting was held on June 29.", ("June 29", "DATE", "2023-06-29")),
    ("The meeting was held on 29 June 2023.", ("29 June 2023", "DATE", "2023-06-29")),
    ("It was signed on Monday, June 26, 2023.", ("Monday, June 26, 2023", "DATE", "2023-06-26")),
    ("Sales fell in June 2023.", ("June 2023", "DATE", "2023-06")),
    ("Talks began in early July.", ("early July", "DATE", "2023-07")),
    ("Prices rose in mid-November 2022.", ("mid-November 2022", "DATE", "2022-11")),
    ("She was elected in 2019.", ("2019", "DATE", "2019")),
    ("The company was founded in the 1990s.", ("the 1990s", "DATE", "199")),
    ("He resigned in May.", ("May", "DATE", "2023-05")),
    ("It reopened last November.", ("last November", "DATE", "2022-11")),
    ("The plant closed in July last year.", ("July last year", "DATE", "2022-07")),
    ("Crowds gathered on Christmas Eve.", ("Christmas Eve", "DATE", "2022-12-24")),
    ("He was born in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996")),
    ("Sales rose in fiscal 2022.", ("fiscal 2022", "DATE", "2022")),
    ("Sales will grow in the current fiscal year.", ("the current fiscal year", "DATE", "2023")),
    ("It expects a loss next fiscal year.", ("next fiscal year", "DATE", "2024")),
    ("Snow fell in late-November.", ("late-November", "DATE", "2022-11")),
    # DAY_RULES
    ("Officials met last Thursday.", ("last Thursday", "DATE", "2023-07-06")),
    ("The summit will open on Friday.", ("Friday", "DATE", "2023-07-14")),
    ("Protesters gathered on Tuesday evening.", ("Tuesday evening", "TIME", "2023-07-04TEV")),
    ("The vote was held yesterday.", ("yesterday", "DATE", "2023-07-09")),
    ("The shelling stopped at 10 a.m.", ("10 a.m.", "TIME", "2023-07-10T10:00")),
    ("The blast happened at 10:30 p.m. Sunday.", ("10:30 p.m. Sunday", "TIME", "2023-07-09T22:30")),
    ("Troops withdrew this morning.", ("this morning", "TIME", "2023-07-10TMO")),
    ("The power failed last night.", ("last night", "TIME", "2023-07-09TNI")),
    ("The convoy left at 1400 GMT.", ("1400 GMT", "TIME", "2023-07-10T14:00")),
    ("Bids are due by 5 p.m. Nov. 9.", ("5 p.m. Nov. 9", "TIME", "2023-11-09T17:00")),
    ("Cyprus has until Friday to pay.", ("Friday", "DATE", "2023-07-14")),
    ("He will leave at 4 in the morning.", ("4 in the morning", "TIME", "2023-07-10T04:00")),
    ("The vote ends at 9:30 in the evening.", ("9:30 in the evening", "TIME", "2023-07-10T21:30")),
    ("Dealers placed buy orders in the morning.", ("the morning", "TIME", "2023-07-10TMO")),
    ("By mid afternoon the shelling had stopped.", ("mid afternoon", "TIME", "2023-07-10TAF")),
    # RELATIVE_RULES
    ("Prices rose last week.", ("last week", "DATE", "2023-W27")),
    ("Exports fell last month.", ("last month", "DATE", "2023-06")),
    ("The plan was announced earlier this month.", ("earlier this month", "DATE", "2023-07")),
    ("Elections are due next year.", ("next year", "DATE", "2024")),
    # a spaced dash is punctuation, not a hyphenated compound ("next year-end")
    ("Premiums may rise next year - a subject of debate.", ("next year", "DATE", "2024")),
    ("Prices rose this year -- sharply.", ("this year", "DATE", "2023")),
    ("Talks resume this week.", ("this week", "DATE", "2023-W28")),
    ("The dam was finished in mid-2023.", ("mid-2023", "DATE", "2023")),
    ("Tourists are expected this summer.", ("this summer", "DATE", "2023-SU")),
    ("Tourism slumped last fall.", ("last fall", "DATE", "2022-FA")),
    ("Profit rose in the fourth quarter.", ("the fourth quarter", "DATE", "2022-Q4")),
    ("The deal closed two days ago.", ("two days ago", "DATE", "2023-07-08")),
    ("A year ago it burned down.", ("A year ago", "DATE", "2022")),
    ("Years ago the town flooded.", ("Years ago", "DATE", "PAST_REF")),
    ("Output was 5% higher a year earlier.", ("a year earlier", "DATE", "2022")),
    ("Talks start the week of March 6.", ("the week of March 6", "DATE", "2023-W10")),
    ("Profit beat the year-ago quarter.", ("the year-ago quarter", "DATE", "2022-Q2")),
    ("Sales topped the year-earlier levels.", ("year-earlier", "DATE", "2022")),
    ("Crops failed this past spring.", ("this past spring", "DATE", "2023-SP")),
    ("Snow fell this past winter.", ("this past winter", "DATE", "2022-WI")),
    ("Talks resume this coming fall.", ("this coming fall", "DATE", "2023-FA")),
    ("Prices will stabilise by the end of the year.", ("the end of the year", "DATE", "2023")),
    ("Sales peaked in the nineties.", ("the nineties", "DATE", "199")),
    ("Such laws date from the 20th century.", ("the 20th century", "DATE", "19")),
    ("Shops closed on Thanksgiving.", ("Thanksgiving", "DATE", "2022-11-24")),
    ("The meeting will end the next day.", ("the next day", "DATE", "2023-07-11")),
    # past tense, no date named before: after an undated past event, not after publication
    ("The meeting ended the next day.", ("the next day", "DATE", "XXXX-XX-XX")),
    ("They met again the next morning.", ("the next morning", "TIME", "XXXX-XX-XXTMO")),
    ("The talks collapsed the following week.", ("the following week", "DATE", "XXXX-WXX")),
    ("He resigned the following year.", ("the following year", "DATE", "XXXX")),
    (
        "It opened on May 2, 2019, and the following year it closed.",
        ("the following year", "DATE", "2020"),
    ),
    (
        "Prices rose this year and fell the following summer.",
        ("the following summer", "DATE", "2024-SU"),
    ),
    # DURATION_RULES
    ("The siege lasted five days.", ("five days", "DURATION", "P5D")),
    ("He served two years in prison.", ("two years", "DURATION", "P2Y")),
    ("He was 52 years older than her.", ("52 years", "DURATION", "P52Y")),
    ("The blast lasted a second.", ("a second", "DURATION", "PT1S")),
    ("Talks resumed in March for the first time.", ("March", "DATE", "2023-03")),
    ("Inflation doubled over the past two months.", ("the past two months", "DURATION", "P2M")),
    ("It signed a five-year contract.", ("five-year", "DURATION", "P5Y")),
    ("The war has gone on for years.", ("years", "DURATION", "PXY")),
    ("Crime fell during the past decade.", ("the past decade", "DURATION", "P10Y")),
    ("Rescuers searched for more than four hours.", ("more than four hours", "DURATION", "PT4H")),
    ("Rescuers needed 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
    ("The break lasted half an hour.", ("half an hour", "DURATION", "PT30M")),
    ("Shares fell for eight trading days.", ("eight trading days", "DURATION", "P8D")),
    ("Payment is due within three business days.", ("three business days", "DURATION", "P3D")),
    # SET_RULES
    ("The market is held every Monday.", ("every Monday", "SET", "XXXX-WXX-1")),
    ("The newspaper is published weekly.", ("weekly", "SET", "P1W")),
    ("He spoke in his weekly radio address.", ("weekly", "SET", "P1W")),
    ("Inspectors visit twice a month.", ("twice a month", "SET", "P1M")),
    ("The contract pays $1 million a year.", ("a year", "SET", "P1Y")),
    # FUZZY_RULES
    ("The army now controls the city.", ("now", "DATE", "PRESENT_REF")),
    ("He has recently returned.", ("recently", "DATE", "PAST_REF")),
    ("Bob Dudley - now the head of BP - spoke.", ("now", "DATE", "PRESENT_REF")),
    ("Reforms are planned for the future.", ("the future", "DATE", "FUTURE_REF")),
]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE, ids=[p[1][0] for p in POSITIVE])
def test_rule_tables_positive(nlp, sentence, expected):
    assert expected in _times(nlp, sentence)


# Sentences with no time expression at all, though each holds a look-alike.
NEGATIVE = [
    "She may resign if the vote fails.",  # modal "may", not the month
    "Troops will march on the capital.",  # verb "march"
    "The 54-year-old general was dismissed.",  # an age, not a duration
    "The company employs 2,023 people.",  # a number with a comma
    "He paid $2023 for the flight.",  # money
    "Turnout reached 2019 percent of the target.",  # a percentage
    "The monthly magazine ran the story.",  # adjectival "monthly"
    "Quarterly earnings beat expectations.",  # adjectival "quarterly"
    "He once again denied the report.",  # "once again"
    "The past tense is tricky.",  # "past" as an adjective of a noun
    "Room 1998 was locked.",  # a room number
    "Mr. Schwarz, 52 years old, will succeed him.",  # an age (AGE_AFTER)
    "It would be a second betrayal.",  # the ordinal "second"
    "Two thousand people marched.",  # a count, not the year 2000
    "Protesters joined the annual March for Life.",  # an event's name (NAME_AFTER_MONTH)
    "This fiscal policy failed.",  # "fiscal" without "year"
    "The now-defunct airline sued.",  # "now" in a hyphenated compound
    "The morning was cold and wet.",  # no preposition before it (POD_PREPOSITIONS)
    "He wrote poems in the morning of his life.",  # "the morning of ..."
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_rule_tables_negative(nlp, sentence):
    assert _times(nlp, sentence) == []


# ------------------------------------------------------------------------------------------
# Resolution against the DCT and tense
# ------------------------------------------------------------------------------------------


def test_year_ago_follows_the_fiscal_quarter_in_the_document(nlp):
    text = "Profit rose in the second quarter. A year earlier, the company lost money."
    doc = nlp(text)
    refs = extract_times(doc, _article(text))
    assert [t.value for t in refs] == ["2023-Q2", "2022-Q2"]


def test_the_report_is_about_the_first_recent_quarter_named(nlp):
    # REPORTING_QUARTER_DAYS: the lede's quarter is the reference, not a later comparison ...
    text = (
        "The company posted a 20% gain in third-quarter net income from a year ago. "
        "After a flat second quarter, sales rose. In the 2023 period, costs fell."
    )
    refs = extract_times(nlp(text), _article(text, "2023-11-01"))
    assert _refs_in(refs, text, "a year ago").value == "2022-Q3"
    assert _refs_in(refs, text, "the 2023 period").value == "2023-Q3"
    # ... nor a quarter of long ago
    text = (
        "It stopped paying a dividend in the third quarter of 1984. It reported "
        "second-quarter net of $68 million, up from $50 million a year ago."
    )
    refs = extract_times(nlp(text), _article(text, "2023-08-01"))
    assert _refs_in(refs, text, "a year ago").value == "2022-Q2"


def test_year_ago_without_a_figure_is_the_year(nlp):
    # FIGURE_CUES: a quarter named earlier does not make every "a year ago" a quarter
    text = (
        "Her rating fell 13 points from the first quarter. "
        "It is doubtful she imagined a year ago that the race would be close."
    )
    refs = extract_times(nlp(text), _article(text))
    assert _refs_in(refs, text, "a year ago").value == "2022"


def test_year_ago_after_a_year_to_date_period_is_the_year(nlp):
    text = (
        "Profit rose in the second quarter. For the nine months, net income was $5 million, "
        "up from $4 million a year earlier."
    )
    refs = extract_times(nlp(text), _article(text))
    assert _refs_in(refs, text, "a year earlier").value == "2022"


def test_a_day_earlier_follows_the_story_date(nlp):
    text = "The toll rose to 20 on Sunday, up from 12 a day earlier."
    assert _ref(nlp, text, "a day earlier").value == "2023-07-08"


def test_a_year_without_an_amount_is_not_a_rate(nlp):
    assert ("a year", "DURATION", "P1Y") in _times(nlp, "The talks took a year.")


def test_the_past_decade_is_the_ten_years_to_the_dct(nlp):
    t = _ref(nlp, "Crime fell during the past decade.", "the past decade")
    assert (t.start, t.end) == ("2013-07-10", "2023-07-10")


def test_month_keeps_its_granularity(nlp):
    t = _ref(nlp, "Exports fell in June 2023.", "June 2023")
    assert (t.start, t.end, t.granularity) == ("2023-06-01", "2023-06-30", "month")


def test_early_month_narrows_the_interval(nlp):
    t = _ref(nlp, "Talks began in early July.", "early July")
    assert (t.value, t.mod, t.start) == ("2023-07", "START", "2023-07-01")
    assert t.end is not None and t.end < "2023-07-15"


def test_earlier_this_month_ends_at_the_dct(nlp):
    t = _ref(nlp, "The plan was announced earlier this month.", "earlier this month")
    assert (t.start, t.end, t.granularity) == ("2023-07-01", "2023-07-10", "month")


def test_week_is_monday_to_sunday(nlp):
    t = _ref(nlp, "Prices rose last week.", "last week")
    assert (t.start, t.end, t.granularity) == ("2023-07-03", "2023-07-09", "week")


def test_future_weekday_is_the_next_one(nlp):
    text = "Ministers will meet on Thursday."
    assert _ref(nlp, text, "Thursday").value == "2023-07-13"


def test_past_weekday_is_the_previous_one(nlp):
    text = "Ministers met on Thursday."
    assert _ref(nlp, text, "Thursday").value == "2023-07-06"


# (sentence, time phrase, value): the verb governing a weekday or month picks its side of
# the DCT (Monday 2023-07-10). PAST_MODALS and FORWARD_INFINITIVE_DEPS.
TENSE_CASES = [
    # "could" is no future: the weekday is the past one
    ("The mayor could not be reached Friday.", "Friday", "2023-07-07"),
    ("Officials said the bank could collapse on Friday.", "Friday", "2023-07-14"),
    ("Neither he nor his aides could be located Friday.", "Friday", "2023-07-07"),
    # "will" and "may" are future
    ("The mayor will be reached Friday.", "Friday", "2023-07-14"),
    ("The mayor may resign Friday.", "Friday", "2023-07-14"),
    # a purpose infinitive takes the tense of the verb above it
    ("Crowds gathered to mark the anniversary on Friday.", "Friday", "2023-07-07"),
    # a complement infinitive looks ahead, whatever the tense of its head
    ("The minister plans to visit on Friday.", "Friday", "2023-07-14"),
    ("The firm announced a plan to sell the unit in January.", "January", "2024-01"),
    # a reduced passive clause happened, whatever the future verb above it (PARTICIPLE_CLAUSE_DEPS)
    # the present of a schedule looks ahead; the present of a report, or of a verb whose past
    # looks the same, looks back (REPORTING_VERBS, SAME_FORM_PAST_VERBS)
    ("Arafat and Netanyahu meet separately Friday with Albright.", "Friday", "2023-07-14"),
    ("The minister says Friday that talks failed.", "Friday", "2023-07-07"),
    ("Weak stocks hurt the index on Friday.", "Friday", "2023-07-07"),
    ("Shares rose after Friday's announcement.", "Friday", "2023-07-07"),
    # after "until" and a past verb, the nearer of the last and the next day (SPAN_END_WORDS)
    ("Officials postponed the vote until Tuesday.", "Tuesday", "2023-07-11"),
    ("The envoy stayed until Saturday.", "Saturday", "2023-07-08"),
    ("The deadline was extended until 9 a.m. Tuesday.", "9 a.m. Tuesday", "2023-07-11T09:00"),
    # ... but a verb of putting off looks ahead (DEFERRAL_VERBS)
    ("Officials postponed the vote until Saturday.", "Saturday", "2023-07-15"),
    ("The envoy stayed until Saturday.", "Saturday", "2023-07-08"),
    # the past of arranging: the arranged day is ahead (SCHEDULING_VERBS) ...
    ("Prosecutors have scheduled a news conference Friday.", "Friday", "2023-07-14"),
    ("Protesters planned a large rally on Saturday.", "Saturday", "2023-07-15"),
    # ... unless the day comes first or the verb is a participle of a past event
    ("On Friday, the government planned to pay the claims.", "Friday", "2023-07-07"),
    ("A service planned for Saturday was canceled.", "Saturday", "2023-07-08"),
    # a deadline phrase before the weekday looks ahead (DEADLINE_PHRASE_BEFORE)
    ("Shares are rising ahead of Friday's vote.", "Friday", "2023-07-14"),
    (
        "They said they would appeal the decision, announced Wednesday by the commissioner.",
        "Wednesday",
        "2023-07-05",
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), TENSE_CASES)
def test_governing_tense_picks_the_side_of_the_dct(nlp, sentence, phrase, value):
    assert _ref(nlp, sentence, phrase).value == value


def test_part_of_day_takes_the_story_day(nlp):
    text = "Stocks fell on Friday. Dealers placed heavy buy orders in the morning."
    assert ("the morning", "TIME", "2023-07-07TMO") in _times(nlp, text)


def test_bare_clock_time_takes_the_story_day(nlp):
    text = "Gunmen attacked the embassy on Friday. The blast came at about 10:35 a.m."
    assert ("about 10:35 a.m.", "TIME", "2023-07-07T10:35") in _times(nlp, text)
    # without an earlier day in the story, the clock time is on the DCT
    assert ("10:35 a.m.", "TIME", "2023-07-10T10:35") in _times(nlp, "The blast came at 10:35 a.m.")


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # the present perfect (progressive) looks back: a date well after the DCT is last year's
        ("Police have been searching since the Oct. 23 slaying.", "Oct. 23", "2022-10-23"),
        # the plain present may be a schedule: a date soon after the DCT stays ahead
        ("The summit is on Oct. 2.", "Oct. 2", "2023-10-02"),
        # a future verb keeps it ahead
        ("The summit will open on Oct. 23.", "Oct. 23", "2023-10-23"),
    ],
)
def test_year_of_a_yearless_date(nlp, sentence, phrase, value):
    assert _ref(nlp, sentence, phrase).value == value


def test_past_tense_month_after_the_dct_is_last_year(nlp):
    text = "The rebels seized the town in November."
    assert _ref(nlp, text, "November").value == "2022-11"


def test_undated_article_relative_day_is_unresolved(nlp):
    t = _ref(nlp, "The vote was held yesterday.", "yesterday", published=None)
    assert t.start is None and "X" in t.value


def test_anchor_with_a_dated_event_is_resolved_at_once(nlp):
    text = "The ceasefire collapsed two days after June 24."
    t = _ref(nlp, text, "two days")
    assert t.anchor is not None and (t.value, t.granularity) == ("2023-06-26", "day")


@pytest.mark.parametrize(
    ("text", "extent", "event", "offset", "direction"),
    [
        ("The truce collapsed the day after the talks ended.", "the day", "the talks ended",
         "P1D", "after"),
        ("Two days before the election, he resigned.", "Two days", "the election", "P2D",
         "before"),
        ("Hours after the attack, police made arrests.", "Hours", "the attack", "PTXH", "after"),
    ],
)  # fmt: skip
def test_anchor_rules(nlp, text, extent, event, offset, direction):
    refs = [t for t in extract_times(nlp(text), _article(text)) if t.anchor is not None]
    assert len(refs) == 1
    t = refs[0]
    assert text[t.span.start : t.span.end] == extent
    assert text[t.anchor.event.start : t.anchor.event.end] == event
    assert (t.anchor.offset, t.anchor.direction) == (offset, direction)


def test_no_anchor_without_a_time_unit(nlp):
    text = "Police arrived after the attack."
    assert [t for t in extract_times(nlp(text), _article(text)) if t.anchor] == []


def test_extract_times_is_deterministic(nlp):
    text = "On Monday, two days after the blast, officials said talks would resume next week."
    doc = nlp(text)
    assert extract_times(doc, _article(text)) == extract_times(doc, _article(text))


def test_works_on_a_pipeline_without_parser():
    blank = spacy.blank("en")
    text = "The vote was held on June 29, five days after the coup, and lasted three hours."
    refs = extract_times(blank(text), _article(text))
    found = {(text[t.span.start : t.span.end], t.value) for t in refs}
    assert {("June 29", "2023-06-29"), ("three hours", "PT3H")} <= found
    anchored = [t for t in refs if t.anchor is not None]
    assert [text[t.anchor.event.start : t.anchor.event.end] for t in anchored] == ["the coup"]


def test_parse_of_another_text_is_refused(nlp):
    with pytest.raises(AnalysisError):
        extract_times(nlp("Something else."), _article("The vote was held yesterday."))


def test_bad_publication_date_is_refused(nlp):
    text = "The vote was held yesterday."
    with pytest.raises(AnalysisError):
        extract_times(nlp(text), _article(text, "last tuesday"))


# ------------------------------------------------------------------------------------------
# resolve_anchor / with_reference_year
# ------------------------------------------------------------------------------------------


def _anchored(offset: str, direction: str = "after") -> TimeRef:
    return TimeRef(Span(0, 9), "DATE", "XXXX-XX-XX", granularity="day",
                   anchor=TimeAnchor(Span(16, 40), offset, direction))  # fmt: skip


@pytest.mark.parametrize(
    ("offset", "direction", "anchor", "expected"),
    [
        (
            "P5D",
            "after",
            ("2023-06-24", "2023-06-24", "day"),
            ("2023-06-29", "2023-06-29", "2023-06-29", "day"),
        ),
        (
            "P1W",
            "after",
            ("2023-06-24", "2023-06-24", "day"),
            ("2023-07-01", "2023-07-01", "2023-07-01", "day"),
        ),
        (
            "P2D",
            "before",
            ("2023-06-24", "2023-06-24", "day"),
            ("2023-06-22", "2023-06-22", "2023-06-22", "day"),
        ),
        (
            "P1M",
            "after",
            ("2023-06-01", "2023-06-30", "month"),
            ("2023-07", "2023-07-01", "2023-07-31", "month"),
        ),
    ],
)
def test_resolve_anchor(offset, direction, anchor, expected):
    r = resolve_anchor(_anchored(offset, direction), *anchor)
    assert (r.value, r.start, r.end, r.granularity) == expected
    assert r.anchor is not None  # the link to the event is kept


def test_resolve_anchor_from_a_time_of_day_counts_days():
    r = resolve_anchor(_anchored("P1Y"), "2023-06-24", "2023-06-24", "time-of-day")
    assert (r.value, r.granularity) == ("2024-06-24", "day")


def test_resolve_anchor_vague_offset_is_an_open_interval():
    r = resolve_anchor(_anchored("PXW"), "2023-06-24", "2023-06-24", "day")
    assert (r.start, r.end, r.mod) == ("2023-06-24", None, "AFTER")


def test_resolve_anchor_rejects_bad_dates():
    with pytest.raises(AnalysisError):
        resolve_anchor(_anchored("P5D"), "June 24", "June 24", "day")


def test_with_reference_year_month_and_passthrough():
    month = TimeRef(Span(0, 4), "DATE", "XXXX-07", granularity="month")
    assert with_reference_year(month, 2023).end == "2023-07-31"
    resolved = TimeRef(Span(0, 4), "DATE", "2022-01-01", "2022-01-01", "2022-01-01", "day")
    assert with_reference_year(resolved, 2023) is resolved


def test_unit_windows_find_what_a_full_scan_finds(examples_dir: Path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples_dir.glob("*.txt"))]
    texts.append("; ".join(sentence for sentence, _ in POSITIVE))
    for text in texts:
        windows = timex._unit_windows(text)
        for table in timex.RULE_TABLES:
            for rule in table:
                full = [m.span() for m in rule.pattern.finditer(text)]
                assert [m.span() for m in timex._matches(rule, text, windows)] == full, rule.name


# (sentence, expression, its TimeML (extent, type, value)): SHIFT_AS_DURATION_UNITS
TIMEML_FORMS = [
    # a shift below a year: the length alone, "later" is a signal
    ("He was arrested on June 2. Three days later he escaped.", "Three days later",
     ("Three days", "DURATION", "P3D")),
    ("The rebels left on Sunday. A few days later the army came.", "A few days later",
     ("A few days", "DURATION", "PXD")),
    ("The toll rose to 20 on Sunday, up from 12 a day earlier.", "a day earlier",
     ("a day", "DURATION", "P1D")),
    ("Talks collapsed on May 3; a month earlier they had looked certain.", "a month earlier",
     ("a month", "DURATION", "P1M")),
    # negative: a year-scale shift stays a DATE, "ago" is part of the date, plain dates pass
    ("Output was 5% higher a year earlier.", "a year earlier",
     ("a year earlier", "DATE", "2022")),
    ("The deal closed two days ago.", "two days ago", ("two days ago", "DATE", "2023-07-08")),
    ("The vote was held yesterday.", "yesterday", ("yesterday", "DATE", "2023-07-09")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "expected"), TIMEML_FORMS)
def test_timeml_form(nlp, text, phrase, expected):
    start, end, type_, value = timex.timeml_form(_ref(nlp, text, phrase), text)
    assert (text[start:end], type_, value) == expected


def test_timeml_form_of_an_anchor_is_its_offset(nlp):
    text = "Five days after the failed coup attempt, he spoke."
    start, end, type_, value = timex.timeml_form(_ref(nlp, text, "Five days"), text)
    assert (text[start:end], type_, value) == ("Five days", "DURATION", "P5D")


def test_public_api_is_sorted_and_complete():
    assert timex.__all__ == sorted(timex.__all__)
    assert {"extract_times", "resolve_anchor", "timeml_form", "with_reference_year"} <= set(
        timex.__all__
    )


# ------------------------------------------------------------------------------------------
# The TempEval-3 harness's parser and scorer (eval/tempeval3.py)
# ------------------------------------------------------------------------------------------


def _tempeval3():
    path = Path(__file__).resolve().parents[2] / "eval" / "tempeval3.py"
    spec = importlib.util.spec_from_file_location("tempeval3_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_tml_offsets_are_rebuilt_from_inline_markup():
    te3 = _tempeval3()
    markup = (
        'Sales <EVENT eid="e1">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" '
        'value="2013-W11">the last week</TIMEX3>, said <TIMEX3 tid="t2" type="DATE" '
        'value="2013-03-22">Friday</TIMEX3>.'
    )
    text, tags = te3._strip_tml(markup)
    assert text == "Sales fell & rose the last week, said Friday."
    assert [text[s:e] for s, e, _ in tags] == ["the last week", "Friday"]
    assert tags[0][2]["value"] == "2013-W11"


def test_scorer_strict_relaxed_and_value():
    te3 = _tempeval3()
    gold = [
        te3.GoldTimex(0, 10, "DATE", "2013", "x"),
        te3.GoldTimex(20, 25, "DATE", "2013-03", "y"),
        te3.GoldTimex(40, 45, "DURATION", "P1D", "z"),
    ]
    system = [
        te3.SysTimex(0, 10, "DATE", "2013"),
        te3.SysTimex(18, 25, "DATE", "2013-04"),
        te3.SysTimex(60, 65, "DATE", "PAST_REF"),
    ]
    counts = te3.Counts()
    te3.score_doc(gold, system, counts)
    f = te3.figures(counts)
    assert (counts.strict, counts.relaxed, counts.value_ok) == (1, 2, 1)
    assert f["strict_f1"] == pytest.approx(100 / 3)
    assert f["relaxed_f1"] == pytest.approx(200 / 3)
    assert f["value_f1"] == pytest.approx(100 / 3)


def test_scorer_trims_edge_punctuation_for_strict_matches():
    te3 = _tempeval3()
    text = "They meet next week. Then"
    gold = [te3.GoldTimex(10, 20, "DATE", "2013-W13", "next week.")]
    system = [te3.SysTimex(10, 19, "DATE", "2013-W13")]
    trimmed, raw = te3.Counts(), te3.Counts()
    te3.score_doc(gold, system, trimmed, text)
    te3.score_doc(gold, system, raw)
    assert (trimmed.strict, raw.strict, raw.relaxed) == (1, 0, 1)


def test_train_split_keeps_one_corpus(tmp_path):
    te3 = _tempeval3()
    tml = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13">1998-02-13</TIMEX3></DCT>'
        '<TEXT>Talks ended <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3>.'
        "</TEXT></TimeML>"
    )
    for corpus in ("TimeBank", "AQUAINT"):
        folder = tmp_path / "tempeval3" / "Training" / "TBAQ-cleaned" / corpus
        folder.mkdir(parents=True)
        (folder / f"{corpus}_doc.tml").write_text(tml, encoding="utf-8")
    assert [d.name for d in te3.load_split(tmp_path, "train", "AQUAINT")] == ["AQUAINT_doc.tml"]
    both = te3.load_split(tmp_path, "train")
    assert [d.name for d in both] == ["AQUAINT_doc.tml", "TimeBank_doc.tml"]
    assert both[0].dct == "1998-02-13" and both[0].timexes[0].text == "Thursday"
