"""Time expressions: rules found by reading the output on modern (2016) news, not TimeBank.

Each named rule list of ``corroborator.analyze.timex`` added for them is tested here with
positive and negative literal sentences, on the real spaCy parse.
"""

from __future__ import annotations

import pytest
from timex_reads import times_of

from corroborator.analyze.timex import extract_times, timeml_form
from corroborator.model import Article

DCT = "2016-09-29"  # a Thursday


def _times(nlp, text: str, published: str | None = DCT) -> list[tuple[str, str, str]]:
    return times_of(nlp, text, published)


# (sentence, an expected (extent, type, value) among the results)
POSITIVE = [
    # PAST_SIDE_WORDS: "since" puts a year-less date before the DCT, with or without a verb
    (
        "In Chicago, thousands of shootings since January 1st.",
        ("January 1st", "DATE", "2016-01-01"),
    ),
    ("Prices have doubled since March 3.", ("March 3", "DATE", "2016-03-03")),
    # NAME_PART_WORDS: a time word is still one at the start of a sentence or after a verb
    ("Today, the senator spoke in Ohio.", ("Today", "DATE", "2016-09-29")),
    ("The senator said Today that he would resign.", ("Today", "DATE", "2016-09-29")),
    ("The paper is published daily in Ohio.", ("daily", "SET", "P1D")),
    # ... and in a title-case headline, where capitals mark no name (_title_case_line)
    ("Clinton Leads Trump Today in Three Key States", ("Today", "DATE", "2016-09-29")),
    ("Clinton is now ahead in Ohio.", ("now", "DATE", "PRESENT_REF")),
    ("Today Clinton said she would run.", ("Today", "DATE", "2016-09-29")),
    ("He reads the daily papers.", ("daily", "SET", "P1D")),
    ('He said: "Today we celebrate."', ("Today", "DATE", "2016-09-29")),
    ("He met her this morning.", ("this morning", "TIME", "2016-09-29TMO")),
    # ... while a company's quarter or half stays one
    ("Earnings rose in the fourth quarter.", ("the fourth quarter", "DATE", "2015-Q4")),
    (
        "Profit rose 5% in the second half, helped by field sales.",
        ("the second half", "DATE", "2016-H2"),
    ),
    # FRACTION_OF_AFTER / FRACTION_NUMERATORS: lengths of time stay
    (
        "Losses continued for several quarters of the decade.",
        ("several quarters", "DURATION", "PXQ"),
    ),
    ("Sales rose in the first two quarters of 1990.", ("1990", "DATE", "1990")),
    ("He waited a quarter before selling.", ("a quarter", "DURATION", "P1Q")),
    # UNIT_MANNER_AFTER: a day of a length is still found
    ("The strike lasted a day, and then ended.", ("a day", "DURATION", "P1D")),
    # holiday without tense: the occurrence nearest the DCT (Labor Day 2016 was Sept. 5)
    (
        "He continues to insist, most recently in a Labor Day interview, that he is right.",
        ("Labor Day", "DATE", "2016-09-05"),
    ),
    ("We will meet again at Christmas.", ("Christmas", "DATE", "2016-12-25")),
    # SEPT_11_SLASHED / SEPT_11_NOUNS_AFTER: the attacks of 2001 named by their date
    ("The raid killed 9/11 plotter Osama bin Laden.", ("9/11", "DATE", "2001-09-11")),
    ("The Sept. 11 attacks changed everything.", ("Sept. 11", "DATE", "2001-09-11")),
    ("The network trafficked in Sept. 11 conspiracy theories.", ("Sept. 11", "DATE", "2001-09-11")),
    # ... but a ceremony on Sept. 11 this year is this year's
    ("She left a Sept. 11 memorial event early.", ("Sept. 11", "DATE", "2016-09-11")),
    ("The survey ran from 9/11/16 to 9/14/16.", ("9/11/16", "DATE", "2016-09-11")),
    # fiscal_year rule: "the year 2000" is one expression
    (
        "It pledged that in the year 2000 it would lift the limits.",
        ("the year 2000", "DATE", "2000"),
    ),
    # part_month rule: not before a day ("early Jan. 6" is early on Jan. 6)
    ("He was arrested early Jan. 6 on suspicion of DUI.", ("Jan. 6", "DATE", "2016-01-06")),
    ("Prices rose in early January.", ("early January", "DATE", "2016-01")),
    # month_day rule: a dateline in capitals
    ("MONDAY, MAY 23, 2005", ("MONDAY, MAY 23, 2005", "DATE", "2005-05-23")),
    (
        "Apple unveils a laptop\nMONDAY, JUNE 11TH, 2012 AT 10:49 AM",
        ("MONDAY, JUNE 11TH, 2012", "DATE", "2012-06-11"),
    ),
    # decade rule: the older New York Times style with an apostrophe
    ("He ruled in the early 1990's inside the Commission.", ("the early 1990's", "DATE", "199")),
    ("He has been disabled since the late 1960’s.", ("the late 1960’s", "DATE", "196")),
]

# (sentence, an extent that must not be found as a time expression)
NEGATIVE = [
    # NAME_PART_WORDS after a capitalised word mid-sentence: a name ("USA Today")
    ("A reporter for USA Today spotted Stein.", "Today"),
    ("Caddell told Breitbart News Daily host Alex Marlow about the race.", "Daily"),
    ("The ad was paid for by the Liberty Now PAC.", "Now"),
    ("A witness told the Daily News that the officers jumped out.", "Daily"),
    ("Robby Mook told CBS This Morning on Monday that the campaign expected it.", "This Morning"),
    ('Lester Holt, the anchor of NBC\'s "Nightly News," moderated.', "Nightly"),
    # "the second" alone is the ordinal, no length of one second
    ("She had an affair with the second before divorcing the first.", "the second"),
    # SPORTS_WORDS: a period of play in a game report is no calendar quarter or half
    ("Luck found Wayne for a touchdown late in the fourth quarter.", "the fourth quarter"),
    ("He grabbed 11 rebounds in the second half.", "the second half"),
    # SHOW_NAME_AFTER: a capitalised weekday and part of the day before a name is a show
    ("He hosted Saturday Night Live last fall.", "Saturday Night"),
    ("Schilling called Sunday Night Baseball games.", "Sunday Night"),
    # FRACTION_OF_AFTER with FRACTION_NUMERATORS: a fraction of people, not three months
    ("Less than a quarter of her donors are small donors.", "Less than a quarter"),
    ("Less than a quarter of her donors are small donors.", "a quarter"),
    ("Three quarters of the voters stayed home.", "Three quarters"),
    ("Such systems use one quarter the power of their rivals.", "one quarter"),
    ("The machine is a quarter-inch thinner.", "a quarter"),
    # UNIT_MANNER_AFTER: "day-to-day" is a manner
    ("People do not feel it on a day-to-day basis.", "a day"),
    # HOLIDAY_THING_AFTER: things named after a holiday
    ("Mexico retaliated against Christmas trees from Oregon.", "Christmas"),
    ("She sent him a Christmas card.", "Christmas"),
    # fiscal_year rule: no separate "the year" next to the year
    ("It pledged that in the year 2000 it would lift the limits.", "the year"),
]

# (sentence, an extent whose value must differ from this one)
NOT_VALUE = [
    # PAST_SIDE_WORDS: without "since", no verb, September DCT: January is ahead (next year)
    ("In Chicago, thousands of shootings since January 1st.", ("January 1st", "2017-01-01")),
]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_found(nlp, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, sentence)


@pytest.mark.parametrize(("sentence", "extent"), NEGATIVE)
def test_not_found(nlp, sentence: str, extent: str) -> None:
    assert extent not in [t[0] for t in _times(nlp, sentence)]


@pytest.mark.parametrize(("sentence", "pair"), NOT_VALUE)
def test_not_value(nlp, sentence: str, pair: tuple[str, str]) -> None:
    assert pair not in [(t[0], t[2]) for t in _times(nlp, sentence)]


def test_fraction_of_an_hour_is_time(nlp) -> None:
    """'a quarter of an hour' is a length, even though 'a quarter of' is a fraction elsewhere."""
    found = [t[0] for t in _times(nlp, "The talks lasted a quarter of an hour.")]
    assert any("quarter" in f for f in found)


# _done_in_past / FORWARD_PAST_VERBS: (sentence, DCT, extent, value)
DONE_IN_PAST = [
    # a thing done in the simple past cannot lie after the DCT: last year's March
    ("Mr. Cruz first stirred Iowa crowds in March at a Pastors and Pews event.", "2016-01-12",
     "March", "2015-03"),
    ("The company opened the plant on Feb. 3 after a long delay.", "2016-01-12", "Feb. 3",
     "2015-02-03"),
    ("The deputy was killed on June 24 while investigating an attack.", "2007-05-03",
     "June 24", "2006-06-24"),
    # ... but a date ahead stays ahead after a verb that sets or moves it, a reporting verb, a
    # future, or a written year
    ("Directors authorized a split, payable Dec. 7 to stock of record Nov. 22.", "1989-10-27",
     "Dec. 7", "1989-12-07"),
    ("The judge moved the hearing to March.", "2016-01-12", "March", "2016-03"),
    ("The offer was extended to June 16.", "2007-05-03", "June 16", "2007-06-16"),
    ("She will be 60 in May.", "2016-01-12", "May", "2016-05"),
    ("He stirred Iowa crowds in March 2016.", "2016-01-12", "March 2016", "2016-03"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "dct", "extent", "value"), DONE_IN_PAST)
def test_done_in_past(nlp, sentence: str, dct: str, extent: str, value: str) -> None:
    assert (extent, value) in [(t[0], t[2]) for t in _times(nlp, sentence, dct)]


def test_live_blog_time_stamp_is_of_the_dct(nlp) -> None:
    """_clock_heading / CLOCK_HEADING_AFTER: a clock time on a line of its own is a time stamp
    of the day of publication, not of the last date the previous entry named."""
    text = "Trump spoke about Monday's debate.\n\n___.\n\n3:25 p.m.\n\nTrump defends his tweets."
    assert ("3:25 p.m.", "TIME", "2016-09-29T15:25") in _times(nlp, text)


def test_clock_in_running_text_keeps_the_story_day(nlp) -> None:
    """... while a clock time inside a sentence is on the story's last named day."""
    text = "The debate was on Monday.\n\nThe candidates spoke at 9 p.m. to a crowd."
    assert ("9 p.m.", "TIME", "2016-09-26T21:00") in _times(nlp, text)


# PAST_EVENT_PREPOSITIONS / _dates_past_event: (sentence, DCT, extent, value)
PAST_EVENT = [
    # the event behind "after"/"since" is past in a present-tense sentence: last June
    ("Guns are an emotional issue in the state after the church massacre in June.",
     "2016-02-25", "June", "2015-06"),
    ("Prices are higher since the election in November.", "2016-02-25", "November", "2015-11"),
    # ... not in a future sentence, nor without such a preposition
    ("After the vote in June, they will decide.", "2016-02-25", "June", "2016-06"),
    ("Guns are an emotional issue before the primary in June.", "2016-02-25", "June",
     "2016-06"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "dct", "extent", "value"), PAST_EVENT)
def test_dates_past_event(nlp, sentence: str, dct: str, extent: str, value: str) -> None:
    assert (extent, value) in [(t[0], t[2]) for t in _times(nlp, sentence, dct)]


def test_surname_june_is_no_month(nlp) -> None:
    """A month name the tagger reads inside a person's name is no date; the month stays."""
    names = (
        "The members are Tim Hagle, Bob Haus, Joe Henry, Drew Ivers, Jill June and Jeff Kaufmann."
    )
    assert "June" not in [t[0] for t in _times(nlp, names)]
    assert ("June", "DATE", "2017-06") in _times(nlp, "The vote will be in June.", "2016-09-29")


def test_a_named_day_with_a_part_sets_the_story_day(nlp) -> None:
    """_names_a_day: "Friday evening" makes Friday the story's day for "later that night" and
    "the next night"; a bare clock time does not move the story's day."""
    text = "The woman was hit on Friday evening near the temple. She died later that night."
    assert ("later that night", "TIME", "2016-09-23TNI") in _times(nlp, text)
    text = "A Monday evening vigil turned violent; a second protest followed the next night."
    assert ("the next night", "TIME", "2016-09-27TNI") in _times(nlp, text)
    text = "The debate was on Monday.\n\nAt 9 p.m. they spoke. Later that night they left."
    assert ("Later that night", "TIME", "2016-09-26TNI") in _times(nlp, text)


# BARE_SHIFT_UNITS / VAGUE_SHIFT_VALUES: (sentence, the TimeML (extent, type, value))
VAGUE_SHIFTS = [
    ("She returned minutes later with a handgun.", ("minutes", "DURATION", "PTXM")),
    ("Days later a necklace was stolen.", ("Days", "DURATION", "PXD")),
    ("A few years later he died.", ("A few years", "DURATION", "PXY")),
    ("Several years earlier he had moved.", ("Several years", "DURATION", "PXY")),
    # a counted shift below a year stays a length, a counted year shift a date; "ago" counts
    # from the DCT and stays the vague past
    ("Three days later he died.", ("Three days", "DURATION", "P3D")),
    ("He died years ago.", ("years ago", "DATE", "PAST_REF")),
]


@pytest.mark.parametrize(("sentence", "expected"), VAGUE_SHIFTS)
def test_vague_shift_is_a_length(nlp, sentence: str, expected: tuple[str, str, str]) -> None:
    article = Article(id="t", text=sentence, source="test", published=DCT)
    found = [timeml_form(t, sentence) for t in extract_times(nlp(sentence), article)]
    assert expected in [(sentence[s:e], type_, value) for s, e, type_, value in found]


# IMPLICATIVE_VERBS: (sentence, DCT, extent, value); 2016-02-03 is a Wednesday
IMPLICATIVE = [
    # the infinitive of a verb of failing or trying happened when it did: last Tuesday
    ("Although the polls failed to predict the Iowa win on Tuesday night, they were close.",
     "2016-02-03", "Tuesday night", "2016-02-02TNI"),
    ("Police tried to reach him Friday.", "2016-02-03", "Friday", "2016-01-29"),
    # ... a plan still looks ahead
    ("He planned to leave on Thursday.", "2016-02-03", "Thursday", "2016-02-04"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "dct", "extent", "value"), IMPLICATIVE)
def test_implicative_infinitive(nlp, sentence: str, dct: str, extent: str, value: str) -> None:
    assert (extent, value) in [(t[0], t[2]) for t in _times(nlp, sentence, dct)]


# COUNT_BEFORE_RATE: a count per unit of time is a SET; a day before an event is a length
RATES = [
    ("Permanent workers earn 163 pesos a day.", ("a day", "SET", "P1D")),
    ("He held multiple rallies a day in the state.", ("a day", "SET", "P1D")),
    ("She sent more than 50 men a day the same text.", ("a day", "SET", "P1D")),
    ("He takes three days a week off.", ("a week", "SET", "P1W")),
    ("The ad comes only a day before the primary.", ("a day", "DURATION", "P1D")),
]


@pytest.mark.parametrize(("sentence", "expected"), RATES)
def test_count_rate(nlp, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, sentence)


# ONE_DAY_FUTURE_BEFORE / ONE_DAY_FUTURE_AFTER: "one day" as some day ahead, or a length
ONE_DAY = [
    ("Islam will one day be the second largest religion.", ("one day", "DATE", "FUTURE_REF")),
    ("Researchers hope one day to harness that power.", ("one day", "DATE", "FUTURE_REF")),
    ("He had only been in the job one day.", ("one day", "DURATION", "P1D")),
    ("The strike lasted one day.", ("one day", "DURATION", "P1D")),
]


@pytest.mark.parametrize(("sentence", "expected"), ONE_DAY)
def test_one_day(nlp, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _times(nlp, sentence)


# (sentence, DCT, an expected (extent, type, value) among the results)
PERIOD_CASES = [
    # a quarter-century is 25 years ("quarter[- ]century" in UNIT, _unit_name)
    ("Sanders has spent a quarter-century in Congress.", "2016-03-15",
     ("a quarter-century", "DURATION", "P25Y")),
    ("The show went off the air a quarter-century ago.", "2016-03-15",
     ("a quarter-century ago", "DATE", "1991")),
    ("Over the past quarter century, prices rose.", "2016-03-15",
     ("the past quarter century", "DURATION", "P25Y")),
    # "the second half of July" is the end of July, not the second half of the year
    ("The conventions come in the second half of July.", "2016-03-15",
     ("the second half of July", "DATE", "2016-07")),
    # "the third quarter of the year" in a report of January is last year's
    ("He raised 12 million dollars during the third quarter of the year.", "2016-01-15",
     ("the third quarter of the year", "DATE", "2015-Q3")),
    # FORECAST_VERBS: the present of forecasting looks ahead
    ("Analysts expect growth in the second half.", "2016-03-15",
     ("the second half", "DATE", "2016-H2")),
    ("Analysts expected growth in the second half.", "2016-03-15",
     ("the second half", "DATE", "2015-H2")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), PERIOD_CASES)
def test_periods_of_modern_news(nlp, text: str, dct: str, expected) -> None:
    assert expected in _times(nlp, text, dct)


# (sentence, words that must not be read as a time expression)
NOT_PERIODS = [
    # QUARTER_OF_OTHER: a quarter of people or of a percent is a share
    ("Sanders did well with the quarter of Democratic voters who are liberal.", "quarter"),
    ("It was just a quarter of 1 percent of China's trade.", "quarter"),
    ("Turnout fell by between a quarter and a third.", "quarter"),
    ("The quarter-century-old brigade still exists.", "The quarter"),
    # period_code: a visa's name is no half-year
    ("Huckabee called the H1-B program worse than amnesty.", "H1"),
    # BARE_CLOCK: a verse or a place in a recording is no clock time
    ("The photo quotes Romans 8:31 as its motto.", "8:31"),
    ("The comments start around the 2:05 mark.", "2:05"),
]


@pytest.mark.parametrize(("text", "words"), NOT_PERIODS)
def test_shares_and_names_are_no_periods(nlp, text: str, words: str) -> None:
    found = _times(nlp, text)
    assert not any(words.lower() in extent.lower() for extent, _, _ in found), found


# (sentence, an expected (extent, type, value) among the results); DCT 2016-06-01
NAMED_ANCHOR_CASES = [
    # ANCHOR_DATE_REACH: an anchor event named with its date resolves at once
    ("Clinton campaigned the day before the June 7 primary.", ("the day", "DATE", "2016-06-06")),
    ("Trump spoke in the hours before the June 7 primary.", ("hours", "DATE", "2016-06-07")),
    # ... a vague count of days stays unresolved, and so does a date in a later clause
    ("Clinton campaigned in the days before the June 7 primary.",
     ("days", "DATE", "XXXX-XX-XX")),
    ("It came the day after Republicans met in Cleveland and on June 7 she spoke.",
     ("the day", "DATE", "XXXX-XX-XX")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED_ANCHOR_CASES)
def test_anchor_named_with_its_date(nlp, text: str, expected) -> None:
    assert expected in _times(nlp, text, "2016-06-01")


def test_a_bare_clock_time_after_a_leading_word_is_kept(nlp):
    # CLOCK_LEAD_WORDS: "At 9:42" opens a sentence with a clock time, not a verse
    assert ("9:42", "TIME", "2016-09-29T09:42") in _times(nlp, "At 9:42 the power failed.")


# (sentence, an expected (extent, type, value) among the results); DCT 2016-06-23
THAT_MONTH_CASES = [
    # rel_month "that": the month in the year of the story's last date
    ("Chicago hosted the convention in 1968. Riots contributed to Humphrey's loss that November.",
     ("that November", "DATE", "1968-11")),
    ("The war began in 2003. That March, troops invaded.", ("That March", "DATE", "2003-03")),
    # ... not "that" as a conjunction, nor the determiner of a noun after the month
    ("He said in 2012 that November would be decisive.", ("November", "DATE", "2016-11")),
    ("He spoke in 2015. In that October speech, she agreed.", ("October", "DATE", "2015-10")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THAT_MONTH_CASES)
def test_that_month_is_the_story_year(nlp, text: str, expected) -> None:
    assert expected in _times(nlp, text, "2016-06-23")
