"""Time expressions: TimeML conventions found by grouping the TimeBank/AQUAINT training errors.

Each named rule list of ``corroborator.analyze.timex`` added for them is tested here with
positive and negative literal sentences, on the real spaCy parse.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from corroborator.analyze.timex import extract_times, timeml_form
from corroborator.model import Article

DCT = "1989-10-26"  # a Thursday, like the Wall Street Journal files of TimeBank


def _times(nlp, text: str, published: str | None = DCT) -> list[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test", published=published)
    return [(text[t.span.start : t.span.end], t.type, t.value)
            for t in extract_times(nlp(text), article)]  # fmt: skip


# (sentence, an expected (extent, type, value) among the results)
POSITIVE = [
    # MONTH_NOT_DAY: an abbreviation's period belongs to the day after it
    ("He was shot to death last Oct. 23 at his home.", ("Oct. 23", "DATE", "1989-10-23")),
    # DATE_SIDE_WORDS: "last" and "next" pick the side of the DCT, whatever the tense
    ("He was shot to death last Nov. 3 at his home.", ("Nov. 3", "DATE", "1988-11-03")),
    ("The vote is next Sept. 3.", ("Sept. 3", "DATE", "1990-09-03")),
    # EFFECTIVE_WORDS: the day something takes effect is ahead, even after a past verb
    ("The bank created an office of the chairman, effective Feb. 1.",
     ("Feb. 1", "DATE", "1990-02-01")),
    ("Costs rose under the new labor pact effective June 1.", ("June 1", "DATE", "1990-06-01")),
    # PAST_PERFECT_REACH: a plan in the past perfect was for a day already gone
    ("The offer had been scheduled to expire at midnight Friday.",
     ("midnight Friday", "TIME", "1989-10-20T24")),
    ("It had been due to expire Friday evening.", ("Friday evening", "TIME", "1989-10-20TEV")),
    # NOUN_MODIFIER_DEPS: a month naming a thing is not moved ahead by an infinitive
    ("The bank is trying to sell itself under a June agreement with its holders.",
     ("June", "DATE", "1989-06")),
    # FUZZY_PERIOD_REFS: unquantified years are the vague past
    ("The yen soared in recent years.", ("recent years", "DATE", "PAST_REF")),
    ("There were sell programs in past years, too.", ("past years", "DATE", "PAST_REF")),
    ("Attitudes have changed in recent decades.", ("recent decades", "DATE", "PAST_REF")),
    # quarter rule: "the last half of" a year is its second half
    ("Earnings will be lower for the last half of 1989.",
     ("the last half of 1989", "DATE", "1989-H2")),
    # decade rule: half of a decade keeps the decade's value
    ("Sales have been flat in the last half of the '80s.",
     ("the last half of the '80s", "DATE", "198")),
    # QUARTER_OF_OTHER leaves "of the year" and "of the fiscal year" in the quarter
    ("Profit rose in the first half of the year.",
     ("the first half of the year", "DATE", "1989-H1")),
    ("Profit rose in the third quarter of the fiscal year.",
     ("the third quarter of the fiscal year", "DATE", "1989-Q3")),
    # LAST_NOT_VERB: "last" as a lead of a span is kept where it is no verb
    ("Prices rose in the last six weeks.", ("the last six weeks", "DURATION", "P6W")),
    ("The trial is expected to last six weeks.", ("six weeks", "DURATION", "P6W")),
    # period_last_year: the same fiscal period one year back
    ("Profit rose in the third quarter. For the quarter a year ago, it earned $16 million.",
     ("the quarter a year ago", "DATE", "1988-Q3")),
    ("Net rose in the third quarter from the corresponding period last year.",
     ("the corresponding period last year", "DATE", "1988-Q3")),
    ("Profit rose in the third quarter. Sales for last year's quarter were $3 million.",
     ("last year's quarter", "DATE", "1988-Q3")),
    ("Home prices rose in January from the same month a year ago.",
     ("the same month a year ago", "DATE", "1988-01")),
    # plural_weekday: a plural part of the day makes the days repeat, both of a pair
    ("Flights leave Bombay on Monday and Tuesday nights.", ("Monday", "SET", "XXXX-WXX-1TNI")),
    ("Flights leave Bombay on Monday and Tuesday nights.",
     ("Tuesday nights", "SET", "XXXX-WXX-2TNI")),
    ("The shop is closed on Mondays.", ("Mondays", "SET", "XXXX-WXX-1")),
    # CLOCK_DAY_AFTER: a clock time takes the day named just after it, as that day resolved
    ("Voting ends at 8 p.m. local time (1900 GMT) on Sunday.",
     ("8 p.m.", "TIME", "1989-10-29T20:00")),
    ("Voting ends at 8 p.m. local time (1900 GMT) on Sunday.",
     ("1900 GMT", "TIME", "1989-10-29T19:00")),
    ("The blast came at 10 a.m. local time Friday.", ("10 a.m.", "TIME", "1989-10-20T10:00")),
    # ordinal_day: one day of a stretch, today's when the sentence says so (ORDINAL_DAY_TODAY)
    ("It's the second day of an offensive by the security forces.",
     ("the second day", "DATE", "1989-10-26")),
    ("He vowed to do so on his first day in office.", ("first day", "DATE", "XXXX-XX-XX")),
    # APPOSITION_GAP: "the day before ..." in apposition to a date is that date
    ("Stocks fell eight days after Oct. 12, the day before the plunge.",
     ("the day", "DATE", "1989-10-12")),
    # PART_IN_BEFORE: "later in the day" is the story's day
    ("Clinton spoke on Wednesday and arrived in Philadelphia later in the day.",
     ("the day", "DATE", "1989-10-25")),
    # every rule: vague counts, seasons, parts of the day, a weekday's night
    ("The index is updated every few minutes.", ("every few minutes", "SET", "PTXM")),
    ("Every summer, tourists flock to the island.", ("Every summer", "SET", "XXXX-SU")),
    ("Each morning, he walks to work.", ("Each morning", "SET", "XXXX-XX-XXTMO")),
    ("He runs every Tuesday night.", ("every Tuesday night", "SET", "XXXX-WXX-2TNI")),
    ("She works on weekends.", ("weekends", "SET", "XXXX-WXX-WE")),
    # COORDINATION_GAP: a weekday coordinated with a weekly SET repeats too
    ("The group meets every Tuesday and Thursday.", ("Thursday", "SET", "XXXX-WXX-4")),
    # the_unit: "the week's" is kept, the week of the story's day (STORY_WEEK_DAYS)
    ("Shares fell on Friday, ending the week's rally.", ("the week", "DATE", "1989-W42")),
    ("Volume was the week's highest.", ("the week", "DATE", "1989-W43")),
    # STORY_SHIFT_WORDS: "later" and "earlier" count from the story's last date ...
    ("He joined the firm in 2005. Two years later, he became chief executive.",
     ("Two years later", "DATE", "2007")),
    ("She moved to Paris in 1980 and died there a decade later.",
     ("a decade later", "DATE", "1990")),
    # ... no finer than that date (GRAIN_RANK)
    ("The bank collapsed in 1985. Three months later, it was nationalized.",
     ("Three months later", "DATE", "1985")),
    # BACKWARD_SHIFT_WORDS: a comparison does not move the story's date
    ("Net rose to $5 million in 1988 from $4 million a year earlier. Sales were flat "
     "compared with a year earlier.", ("a year earlier", "DATE", "1987")),
    # STORY_RELATIVE_STEPS: in a past story, "the next year" follows the story's date
    ("The company was founded in 1978. The next year, it went public.",
     ("The next year", "DATE", "1979")),
    ("He won in 1984; the previous year he had lost.", ("the previous year", "DATE", "1983")),
    # part_the_unit: "the end of that year" is the story's year
    ("In March 1981, protests began. By the end of that year, thousands had died.",
     ("the end of that year", "DATE", "1981")),
    # SPELLED_YEAR: transcripts spell the year of a month or a season
    ("January nineteen ninety-seven. Atlanta again.",
     ("January nineteen ninety-seven", "DATE", "1997-01")),
    ("Oil fell to the level we saw in the winter of nineteen ninety-four.",
     ("the winter of nineteen ninety-four", "DATE", "1994-WI")),
    # PERIOD_BOUND_AFTER: a year bounded by its end is a length; "for the year" alone is this one
    ("It earned #50 million in the year ended March 31.", ("the year", "DURATION", "P1Y")),
    ("Sales rose in the fiscal year ending June 30, 1990.",
     ("the fiscal year", "DURATION", "P1Y")),
    ("For the year, pet food volume was flat.", ("the year", "DATE", "1989")),
    ("Sales for the full year were $6.6 billion.", ("the full year", "DATE", "1989")),
    ("Profitability should increase throughout the fiscal year.",
     ("the fiscal year", "DURATION", "P1Y")),
    # FORWARD_PARTICIPLES: "expected in June" looks ahead with the main verb
    ("The ruling, expected in December, could change the law.",
     ("December", "DATE", "1989-12")),
    # period_code: quarter, half and fiscal-year codes of financial news
    ("Profit rose in Q3.", ("Q3", "DATE", "1989-Q3")),
    # (a future verb does not move a quarter ahead: "will report Q3 results" is about the past)
    ("The company will report Q3 results.", ("Q3", "DATE", "1989-Q3")),
    ("Revenue in Q3 1988 was flat.", ("Q3 1988", "DATE", "1988-Q3")),
    ("The firm expects growth in 2H 1990.", ("2H 1990", "DATE", "1990-H2")),
    ("In FY1988, sales rose.", ("FY1988", "DATE", "1988")),
    ("Results for 3Q'88 were weak.", ("3Q'88", "DATE", "1988-Q3")),
    # a fraction of a week is counted in days (ISO weeks take no other unit)
    ("It takes a week and a half.", ("a week and a half", "DURATION", "P10DT12H")),
    ("It takes two and a half weeks.", ("two and a half weeks", "DURATION", "P17DT12H")),
    # APPROX_BEFORE: "around" joins a date's extent
    ("The sale is to be completed around Nov. 1.", ("around Nov. 1", "DATE", "1989-11-01")),
    ("The deal is expected to close around year end.", ("around year end", "DATE", "1989")),
    # story_that: the last date mentioned, not the DCT
    ("Slepian was killed on Oct. 23, 1988. Earlier that day, his family sent a fax.",
     ("Earlier that day", "DATE", "1988-10-23")),
    ("Munero fled to Florida in June 1988 and returned to Cuba later that year.",
     ("later that year", "DATE", "1988")),
    ("The site went up on Oct. 2, 1988, and was crossed out that same day.",
     ("that same day", "DATE", "1988-10-02")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE, ids=[p[1][0] for p in POSITIVE])
def test_conventions_positive(nlp, sentence, expected):
    assert expected in _times(nlp, sentence)


# (sentence, a (extent, type, value) that must NOT be among the results)
NEGATIVE = [
    # MONTH_NOT_DAY: "last Oct" is no longer cut out of "last Oct. 23" ...
    ("He was shot to death last Oct. 23 at his home.", ("last Oct", "DATE", "1988-10")),
    # DATE_SIDE_WORDS: without the word, a date just ahead of the DCT after a past reporting
    # verb is this year's (YEAR_SHIFT_MONTHS); a thing done, "was shot to death on Nov. 3",
    # is last year's (_done_in_past, test_timex_modern.py)
    ("The company said it on Nov. 3 in a filing.", ("Nov. 3", "DATE", "1988-11-03")),
    # EFFECTIVE_PAST_VERBS: "became effective" reports a past day
    ("The rule became effective Feb. 1.", ("Feb. 1", "DATE", "1990-02-01")),
    # PAST_PERFECT_REACH: an infinitive without a past perfect looks ahead
    ("The offer is scheduled to expire at midnight Friday.",
     ("midnight Friday", "TIME", "1989-10-20T24")),
    # NOUN_MODIFIER_DEPS only matters for a month alone, not for a future verb's own month
    ("The company will sell the unit in June.", ("June", "DATE", "1989-06")),
    # quarter rule: "the last quarter" is not read as the fourth
    ("Sales fell in the last quarter.", ("the last quarter", "DATE", "1989-Q4")),
    # QUARTER_OF_OTHER: a part of a season, a game or a debt is no calendar quarter
    ("He spent the first half of the season injured.", ("the first half", "DATE", "1989-H1")),
    ("The index fell in the second quarter of the game.",
     ("the second quarter", "DATE", "1989-Q2")),
    ("The partner would be responsible for half of its debt.", ("half", "DURATION", "P1Y")),
    # LAST_NOT_VERB: "to last", "will last", "may not last" are the verb
    ("The trial is expected to last six weeks.", ("last six weeks", "DURATION", "P6W")),
    ("The truce may not last two days.", ("last two days", "DURATION", "P2D")),
    # period_last_year: the year's own quarter stays this year's
    ("Profit rose in the quarter.", ("the quarter", "DATE", "1988-Q3")),
    # story_that: "the same day as" compares, it names no day of the story
    ("Shares fell on Oct. 2, 1988. Bonds rose the same day as stocks fell.",
     ("the same day", "DATE", "1988-10-02")),
    # plural_weekday: a single night of a pair is one day
    ("He left on Monday and returned Tuesday night.", ("Monday", "SET", "XXXX-WXX-1TNI")),
    ("He left on Monday and returned Tuesday night.", ("Tuesday night", "SET", "XXXX-WXX-2TNI")),
    # CLOCK_DAY_AFTER: a day in another clause is not the clock time's day
    ("He called at 9 a.m. and left on Friday.", ("9 a.m.", "TIME", "1989-10-20T09:00")),
    # ordinal_day: a past "Nth day" is no longer today; "a second day-long meeting" is no day
    ("It was the second day of the offensive.", ("the second day", "DATE", "1989-10-26")),
    ("They emerged from their third day-long meeting.", ("third day", "DATE", "XXXX-XX-XX")),
    # PART_IN_BEFORE: "later in the day before returning" is no offset before "returning"
    ("She spent hours in Nairobi later in the day before returning home.",
     ("the day", "DURATION", "P1D")),
    # every rule: "each of the summer ..." is no repetition; "weekends" needs "on" or "at"
    ("Each of the summer months was hot.", ("Each of the summer", "SET", "XXXX-SU")),
    ("Weekends are busy.", ("Weekends", "SET", "XXXX-WXX-WE")),
    # COORDINATION_GAP: a weekday in another clause stays a date
    ("He came every Monday, but then he left on Friday.", ("Friday", "SET", "XXXX-WXX-5")),
    # the_unit: a story day long ago does not move "the week" off the DCT's week
    ("He was born on May 2, 1950. Volume was the week's highest.",
     ("the week", "DATE", "1950-W18")),
    # STORY_SHIFT_WORDS: "ago" counts from the DCT, whatever date came before
    ("He joined the firm in 2005. He left two years ago.", ("two years ago", "DATE", "2007")),
    # BACKWARD_SHIFT_WORDS: the second comparison is not a year before the first
    ("Net rose to $5 million in 1988 from $4 million a year earlier. Sales were flat "
     "compared with a year earlier.", ("a year earlier", "DATE", "1986")),
    # STORY_RELATIVE_STEPS: in the future tense "the next year" counts from the DCT
    ("The company was founded in 1978. It will go public in the next year.",
     ("the next year", "DATE", "1979")),
    # SPELLED_YEAR: a count after a month is no year
    ("In January nineteen people died.", ("January nineteen", "DATE", "1919-01")),
    # FORWARD_PARTICIPLES: other reduced clauses still report the past
    ("The decision, announced in January, will take effect soon.",
     ("January", "DATE", "1990-01")),
    # period_code: codes need capitals and a whole word
    ("The q3 file and the H2O molecule were lost.", ("q3", "DATE", "1989-Q3")),
    ("The H2O molecule is small.", ("H2", "DATE", "1989-H2")),
    # APPROX_BEFORE: "get around" is a verb's particle
    ("They looked for ways to get around Wednesday's ruling.",
     ("around Wednesday", "DATE", "1989-10-25")),
    # FUZZY_PERIOD_REFS: weeks and months stay unknown lengths
    ("Prices fell in recent weeks.", ("recent weeks", "DATE", "PAST_REF")),
    ("Prices will rise in the coming months.", ("the coming months", "DATE", "FUTURE_REF")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "unexpected"), NEGATIVE, ids=[n[1][0] for n in NEGATIVE])
def test_conventions_negative(nlp, sentence, unexpected):
    assert unexpected not in _times(nlp, sentence)


def test_recent_weeks_stay_a_duration(nlp):
    assert ("recent weeks", "DURATION", "PXW") in _times(nlp, "Prices fell in recent weeks.")


# ------------------------------------------------------------------------------------------
# The harness's error grouping (eval/tempeval3.py --groups)
# ------------------------------------------------------------------------------------------


def _tempeval3():
    path = Path(__file__).resolve().parents[2] / "eval" / "tempeval3.py"
    spec = importlib.util.spec_from_file_location("tempeval3_groups_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_error_kind_checks_presence_extent_type_then_value():
    te3 = _tempeval3()
    text = "Talks resume next week. It rained Friday night."
    gold = te3.GoldTimex(13, 22, "DATE", "2023-W29", "next week")
    assert te3.error_kind(gold, None, text) == "missed"
    assert te3.error_kind(None, te3.SysTimex(13, 22, "DATE", "2023-W29"), text) == "invented"
    # the sentence's period is trimmed from both extents before they are compared
    assert te3.error_kind(gold, te3.SysTimex(13, 23, "DATE", "2023-W29"), text) is None
    assert te3.error_kind(gold, te3.SysTimex(18, 22, "DATE", "2023-W29"), text) == "extent"
    assert te3.error_kind(gold, te3.SysTimex(13, 22, "DURATION", "P1W"), text) == "type"
    assert te3.error_kind(gold, te3.SysTimex(13, 22, "DATE", "2023-W28"), text) == "value"


@pytest.mark.parametrize(
    ("phrase", "pattern"),
    [
        ("Friday night", "WEEKDAY night"),
        ("Oct. 23", "MONTH NUMBER"),
        ("the past 20 years", "the past NUMBER years"),
        ("two  decades", "NUMBER decades"),
        # words that merely contain a class stay as they are
        ("last month", "last month"),
        ("the weekend", "the weekend"),
        ("next week.", "next week"),
    ],
)
def test_error_pattern_folds_word_classes(phrase, pattern):
    assert _tempeval3().error_pattern(phrase) == pattern


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # DEFINITE_UNIT: "the day after his death" is a day (DATE); the offset stays in the anchor
        ("The men showed up at his house the day after his death.",
         ("the day", "DATE", "XXXX-XX-XX")),
        # ... and resolved when the anchor is a date
        ("He left the day before last Tuesday's hearing.", ("the day", "DATE", "1989-10-23")),
        # DEFINITE_PLURAL_UNIT: "in the weeks before the shooting" is a time, not a length
        ("His car was seen in the weeks before the shooting.", ("weeks", "DATE", "XXXX-XX-XX")),
        # a counted offset stays the DURATION of its length
        ("Sales rose five days after the launch.", ("five days", "DURATION", "P5D")),
        ("Sales rose weeks after the launch.", ("weeks", "DURATION", "PXW")),
    ],
)  # fmt: skip
def test_timeml_form_of_anchored_expressions(nlp, sentence, expected):
    refs = extract_times(nlp(sentence), Article(id="t", text=sentence, source="t", published=DCT))
    forms = [timeml_form(t, sentence) for t in refs]
    assert expected in [(sentence[a:b], ty, v) for a, b, ty, v in forms]
    assert all(t.anchor is not None for t in refs if sentence[t.span.start:t.span.end] in {
        "the day", "five days", "weeks"})  # fmt: skip


# The harness's notation diagnostic (eval/tempeval3.py, NOTATION_VARIANTS)
@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ("2000-01-05", "2000-01-05TNI", True),  # AQUAINT leaves the part of the day out
        ("1968-XX", "1968", True),
        ("1994-XX-XX", "1994", True),
        ("199X", "199", True),
        ("2000-W7", "2000-W07", True),
        ("2000-01-05", "2000-01-12TNI", False),  # another day
        ("1998-W15", "1998-W14", False),
        ("P6D", "P6M", False),
        ("1989", "1989", False),  # equal values are no error at all
    ],
)
def test_notation_only(gold, system, expected):
    assert _tempeval3().notation_only(gold, system) is expected


# The harness's payoff ranking (eval/tempeval3.py --payoff, pattern_payoff)
# ------------------------------------------------------------------------------------------


def test_pattern_payoff_ranks_patterns_below_break_even_first():
    te3 = _tempeval3()
    # 100 gold, 100 found, 80 right values: value F1 80, break-even share 0.40
    counts = te3.Counts(gold=100, system=100, relaxed=90, value_ok=80)
    tallies = {
        "now": te3.PatternTally(found=10, right=9),  # well above break-even: it pays
        "days": te3.PatternTally(found=10, right=1),  # far below: it costs
        "weeks": te3.PatternTally(found=5, right=2),  # at break-even: nothing either way
    }
    ranked = te3.pattern_payoff(tallies, counts)
    assert [pattern for pattern, _, _ in ranked] == ["days", "weeks", "now"]
    effects = {pattern: effect for pattern, _, effect in ranked}
    assert effects["days"] < 0 < effects["now"]
    assert effects["weeks"] == pytest.approx(0.0)
    # without the "days" finds: 2 x 79 / 190
    assert effects["days"] == pytest.approx(80.0 - 200 * 79 / 190)


def test_pattern_payoff_of_nothing_is_empty():
    te3 = _tempeval3()
    assert te3.pattern_payoff({}, te3.Counts()) == []
