"""Time expressions: which Monday a weekday is, read from the verb in news sentences the parser
gets wrong or the tense alone does not decide: a weekday right after a past reporting verb
dates the saying (REPORTED_DAY_BEFORE), a present passive or progressive of a verb that looks
ahead puts it in the coming week (FORWARD_PRESENT_VERBS), and the same verbs, a scheduled
present ("starts on Dec. 5") or a future tense put a year-less month or date ahead
(YEAR_SHIFT_MONTHS_FUTURE). Positive and negative literal sentences on the real spaCy parse.
"""

from __future__ import annotations

import pytest
from timex_reads import times_of

DCT = "2013-03-20"  # a Wednesday: last Monday 03-18, next Monday 03-25


def _times(nlp, text: str, published: str | None = DCT) -> list[tuple[str, str, str]]:
    return times_of(nlp, text, published)


# (sentence, an expected (extent, type, value) among the results)
CASES = [
    # REPORTED_DAY_BEFORE: the saying's day, though the parser hangs it on "would travel"
    ("The minister said on Monday he would travel to Paris on Friday.",
     ("Monday", "DATE", "2013-03-18")),
    ("The minister said on Monday he would travel to Paris on Friday.",
     ("Friday", "DATE", "2013-03-22")),
    ("He said Tuesday that talks would resume.", ("Tuesday", "DATE", "2013-03-19")),
    # ... but not after "be" or "to", nor a weekday owning a noun: the day is ahead
    ("He said Monday's vote would be close.", ("Monday", "DATE", "2013-03-25")),
    ("The winner will be announced on Friday.", ("Friday", "DATE", "2013-03-22")),
    # FORWARD_PRESENT_VERBS: present passive / progressive / "is due" look ahead
    ("The funeral is scheduled for Saturday.", ("Saturday", "DATE", "2013-03-23")),
    ("Voters are preparing for Sunday's election.", ("Sunday", "DATE", "2013-03-24")),
    ("The report is due on Friday.", ("Friday", "DATE", "2013-03-22")),
    # ... while a present of another verb, or a past, keeps the last such day
    ("Officials say the plan worked on Monday.", ("Monday", "DATE", "2013-03-18")),
    ("The market opened higher on Tuesday.", ("Tuesday", "DATE", "2013-03-19")),
    ("Voters prepared for Sunday's election.", ("Sunday", "DATE", "2013-03-17")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_weekday_side(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text)


# (sentence, an expected (extent, type, value) among the results); DCT Wednesday 2013-03-20
PAST_INFINITIVE_CASES = [
    # under a simple past, an infinitive happened then ("forced ... to resign"), through an
    # adjective or noun too ("were quick to offer", "had another opportunity to show")
    ("The scandal forced the minister to resign on Monday.", ("Monday", "DATE", "2013-03-18")),
    ("Leaders were quick to offer condolences on Tuesday.", ("Tuesday", "DATE", "2013-03-19")),
    ("Voters had another opportunity to show their clout Tuesday.",
     ("Tuesday", "DATE", "2013-03-19")),
    # INTENDING_WORDS: a plan made in the past is for the nearer such day, on either side
    ("The ambassador was to arrive in Washington on Monday.", ("Monday", "DATE", "2013-03-18")),
    ("The ambassador was to arrive in Washington on Friday.", ("Friday", "DATE", "2013-03-22")),
    ("He urged them to vote Friday.", ("Friday", "DATE", "2013-03-22")),
    ("He was planning to hold a fund-raiser on Tuesday night.",
     ("Tuesday night", "TIME", "2013-03-19TNI")),
    # DISCLOSING_VERBS: "would not say" reports a refusal, which is past
    ("Schumer wouldn't say Tuesday how the party would vote.", ("Tuesday", "DATE", "2013-03-19")),
    ("The company would not comment Monday.", ("Monday", "DATE", "2013-03-18")),
    # ... but under a present tense the infinitive still looks ahead
    ("The minister plans to visit on Tuesday.", ("Tuesday", "DATE", "2013-03-26")),
    ("The minister wants to leave on Monday.", ("Monday", "DATE", "2013-03-25")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAST_INFINITIVE_CASES)
def test_weekday_under_a_past_infinitive(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text)


# (sentence, an expected (extent, type, value) among the results); DCT Wednesday 2013-03-20
PLACED_THING_CASES = [
    # a weekday owning a noun ("Tuesday's results"), or placing the subject of its clause
    # ("her victories on Tuesday"), dates a thing, and the verb's future or present does not
    # push it a week ahead: the nearer such day
    ("Her victories on Tuesday will accelerate that shift.", ("Tuesday", "DATE", "2013-03-19")),
    ("Tuesday's results will reverberate for weeks.", ("Tuesday", "DATE", "2013-03-19")),
    ("Analysts want to understand the meaning of Monday's debate.",
     ("Monday", "DATE", "2013-03-18")),
    ("She hopes to win Friday's primary.", ("Friday", "DATE", "2013-03-22")),
    # ... but an adverbial of the future verb is its day, and a copula's subject is at the
    # verb's time ("would be close")
    ("The committee will meet on Tuesday.", ("Tuesday", "DATE", "2013-03-26")),
    ("He will travel to Paris on Monday.", ("Monday", "DATE", "2013-03-25")),
    ("He said Monday's vote would be close.", ("Monday", "DATE", "2013-03-25")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACED_THING_CASES)
def test_weekday_placing_a_thing(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text)


# (sentence, an expected (extent, type, value) among the results); DCT March 20, 2013
MONTH_CASES = [
    # a future tense: any month before the DCT's is next year's
    ("The law will take effect in January.", ("January", "DATE", "2014-01")),
    ("Talks will resume in May.", ("May", "DATE", "2013-05")),
    # ... but a month modifying a noun keeps the usual slack ("data for February")
    ("Data for February will be released on Tuesday.", ("February", "DATE", "2013-02")),
    ("January figures will be published next week.", ("January", "DATE", "2013-01")),
    # FORWARD_PRESENT_VERBS and a scheduled present look ahead
    ("Elections are due in October.", ("October", "DATE", "2013-10")),
    ("The vote is set for November.", ("November", "DATE", "2013-11")),
    ("The tournament starts on Dec. 5.", ("Dec. 5", "DATE", "2013-12-05")),
    # ... but a present tense read as a schedule admits a month just gone (a report's present)
    ("Inflation rises in February.", ("February", "DATE", "2013-02")),
    # ... a past tense, or a year written out, does not
    ("The company was founded in October.", ("October", "DATE", "2012-10")),
    ("The tournament started on Dec. 5.", ("Dec. 5", "DATE", "2012-12-05")),
    ("The law took effect in January.", ("January", "DATE", "2013-01")),
    ("The vote is set for November 2012.", ("November 2012", "DATE", "2012-11")),
    # DEFERRAL_END_WORDS: put off "through/until/into" a month still ahead; a stay is not
    ("Lenders have extended the loans through January.", ("January", "DATE", "2014-01")),
    ("The talks were postponed until February.", ("February", "DATE", "2014-02")),
    ("He stayed in Rome through February.", ("February", "DATE", "2013-02")),
    # LAST_MONTH_NAME_SKIPS: "last February" in March is last year's, "last January" this year's
    ("Two helicopters crashed last February.", ("last February", "DATE", "2012-02")),
    ("Prices rose last January.", ("last January", "DATE", "2013-01")),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_CASES)
def test_month_side(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text)


# (sentence, DCT, an expected (extent, type, value) among the results)
WEEKEND_AND_REPORT_CASES = [
    # LAST_WEEKEND_DAYS: "this weekend" in the past tense early in the week is the one gone
    ("The president spoke this weekend.", "2013-03-18", ("this weekend", "DATE", "2013-W11-WE")),
    # ... in the future tense, or late in the week, the coming one
    ("The president will speak this weekend.", "2013-03-18",
     ("this weekend", "DATE", "2013-W12-WE")),
    ("The caucuses set the stage for a rout this weekend.", "2013-03-22",
     ("this weekend", "DATE", "2013-W12-WE")),
    # _reports_a_thing: announcing a thing, or a date before the clause, dates the announcing,
    # which is past
    ("He announced his candidacy in May.", "2013-03-20", ("May", "DATE", "2012-05")),
    ("He announced in May that he would run.", "2013-03-20", ("May", "DATE", "2012-05")),
    # ... a date after the clause is the clause's ("said it would pay ... on May 15")
    ("The company said it would pay the dividend on May 15.", "2013-03-20",
     ("May 15", "DATE", "2013-05-15")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), WEEKEND_AND_REPORT_CASES)
def test_weekend_and_reported_dates(nlp, text: str, dct: str, expected) -> None:
    assert expected in _times(nlp, text, dct)


# (sentence, an expected (extent, type, value) among the results); DCT Wednesday 2013-03-20
STORY_DAY_CASES = [
    # _after_dct_in_past: a day named for what is to come is not the day of a past clause
    ("West Virginia votes on March 26. Votes were counted by 9:30 p.m.",
     ("9:30 p.m.", "TIME", "2013-03-20T21:30")),
    # ... but it is the day of a clause about it, and of "that night" in any tense
    ("West Virginia votes on March 26. Polls will close at 9:30 p.m.",
     ("9:30 p.m.", "TIME", "2013-03-26T21:30")),
    ("He has a rally on March 26. He had a speech scheduled for that night.",
     ("that night", "TIME", "2013-03-26TNI")),
    # ... and a past day named before is the day of a past clause
    ("Slepian was shot on March 16. He was killed at 10 p.m.",
     ("10 p.m.", "TIME", "2013-03-16T22:00")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STORY_DAY_CASES)
def test_story_day_of_a_clock_time(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, text)


# (sentence, DCT, an expected (extent, type, value) among the results)
AHEAD_CASES = [
    # AHEAD_PREPOSITIONS: the day of a thing something comes ahead of is ahead...
    ("She is in a tight race ahead of the Iowa caucuses on Monday.", "2016-01-29",
     ("Monday", "DATE", "2016-02-01")),
    ("Sanders continued a fierce contest ahead of voting Tuesday.", "2016-06-06",
     ("Tuesday", "DATE", "2016-06-07")),
    # ... and, told in the past, the nearer such day, the coming one when about as near
    ("The fight turned nasty ahead of New York's delegate-rich Tuesday primary.", "2016-04-15",
     ("Tuesday", "DATE", "2016-04-19")),
    ("Candidates campaigned hard ahead of Tuesday's primary.", "2016-04-20",
     ("Tuesday", "DATE", "2016-04-19")),
    # YEAR_DAYS: a four-yearly day weeks ahead is the one meant, whatever the tense
    ("He has a chance to win many of the states voting on Super Tuesday.", "2016-02-10",
     ("Super Tuesday", "DATE", "2016-03-01")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), AHEAD_CASES)
def test_day_of_a_thing_ahead(nlp, text: str, dct: str, expected) -> None:
    assert expected in _times(nlp, text, dct)


# (sentence, an expected (extent, type, value) among the results); DCT Wednesday 2013-03-20
SUBORDINATE_PRESENT_CASES = [
    # _future_main: the present of a clause of time under a future one is future
    ("The new age will begin this week, as Yellen speaks to the club on Friday.",
     ("Friday", "DATE", "2013-03-22")),
    ("When he arrives on Monday, he will meet the king.", ("Monday", "DATE", "2013-03-25")),
    # ... under a past one it reports
    ("The market fell on Monday as investors sold.", ("Monday", "DATE", "2013-03-18")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE_PRESENT_CASES)
def test_present_under_a_future_clause(nlp, text: str, expected) -> None:
    assert expected in _times(nlp, text)


# (sentence, an expected (extent, type, value) among the results); DCT Friday 2013-03-22:
# last Monday 03-18 (four days back), next Monday 03-25 (three days ahead)
NEARER_BACK_CASES = [
    # a thing's weekday in the present tense: the past one unless the coming one is nearer by
    # more than a day (news reports in the present)
    ("The impact of Monday's debate is still small.", ("Monday", "DATE", "2013-03-18")),
    ("Trump is raising questions about his microphone during Monday's debate.",
     ("Monday", "DATE", "2013-03-18")),
    # ... in the future tense the nearer one
    ("Monday's debate will decide the race.", ("Monday", "DATE", "2013-03-25")),
    # AHEAD_PREPOSITIONS "up to": what a swing leads up to is ahead
    ("He starts a campaign swing up to Monday night's caucuses.",
     ("Monday night", "TIME", "2013-03-25TNI")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEARER_BACK_CASES)
def test_thing_weekday_in_the_present(nlp, text: str, expected) -> None:
    assert expected in _times(nlp, text, "2013-03-22")
