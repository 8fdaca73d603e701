"""Time expressions: find them in an article and normalise them TIMEX3-style.

``extract_times(doc, article)`` reads the shared spaCy parse of ``article.text`` and returns
:class:`~corroborator.model.TimeRef` objects sorted by span. Finding is done by the named rule
tables below (regular expressions built from word lists, most specific first); resolving is done
against the document creation time (``article.published``) and the grammatical tense of the
verb that governs the expression (from the parse): in news, "Monday" in a past-tense sentence is
the most recent Monday on or before publication, in a future-tense sentence the next one.

Narrative expressions count from the story's date, the last date mentioned before them, not
from the DCT: "two years later", "the next year" (in a past-tense sentence), "earlier that
day", "later in the day", "the end of that year"; "ago" and "last week" count from the DCT.
A backward comparison ("up from $4 million a year earlier") does not move the story's date.

Expressions tied to another event ("five days after the failed coup attempt") get a
:class:`~corroborator.model.TimeAnchor` naming the event phrase (found in the parse), the offset
and the direction; their value stays unresolved until :func:`resolve_anchor` is given the
anchor's date. Undated articles keep year-less values ("XXXX-07-01") that
:func:`with_reference_year` can fill in later.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from corroborator.errors import AnalysisError
from corroborator.model import Article, Span, TimeAnchor, TimeRef

__all__ = ["extract_times", "resolve_anchor", "timeml_form", "with_reference_year"]

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

# Month names and their usual news abbreviations (AP style "Aug.", "Sept.").
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Weekday names (ISO numbering, Monday = 1).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}  # fmt: skip

# Cardinal and ordinal number words that quantify durations and name quarters/halves.
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "couple": 2, "a couple of": 2, "a couple": 2, "couple of": 2, "a mere": 1, "mere": 1,
    # The whole quantity is the extent (TimeML 1.2.1 guidelines, 2.2.1 "How to annotate
    # TIMEX3s": the full expression, "almost a hundred years", not "hundred years").
    "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": 4, "final": 4,
}  # fmt: skip

# Quantifiers that make a duration vague ("several days" -> PXD).
VAGUE_QUANTIFIERS = (
    "a few", "few", "several", "many", "some", "a number of", "dozens of", "hundreds of",
    "a couple of",
)  # fmt: skip

# Duration units -> (ISO designator, is a time unit (after "T"), granularity name).
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"), "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
    "quarter-century": ("CE", False, "year"),
}  # fmt: skip

# Seasons -> TIMEX3 code and the months they cover (northern hemisphere, meteorological).
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
    "winter": ("WI", 12),
}  # fmt: skip

# Parts of the day -> TIMEX3 code.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-afternoon": "AF", "mid afternoon": "AF", "midafternoon": "AF",
    "mid-morning": "MO", "mid morning": "MO", "midmorning": "MO",
}  # fmt: skip

# Fuzzy references -> TIMEX3 token value ("now" is PRESENT_REF, "recently" PAST_REF).
FUZZY_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    # TIDES 2005 standard (which TimeML 1.2.1 follows for values), the indexical/non-specific
    # references PAST_REF / PRESENT_REF / FUTURE_REF: "soon" is the near future, as HeidelTime's
    # English resources also encode it (normDateWord: soon, as soon as possible -> FUTURE_REF).
    # TE3 train: "soon" outside "as soon as X" / "soon after" is tagged so 4 of 8 times.
    "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}  # fmt: skip

# "soon" that is part of a connective, not a time: "as soon as Tuesday", "as soon as trading
# opened", "soon after Mr. Davison reaches ...", "sooner or later" (\b keeps "sooner" out).
SOON_CONNECTIVE_BEFORE = re.compile(r"\b(?:as|how|too)\s+$", re.I)
SOON_CONNECTIVE_AFTER = re.compile(r"\s+(?:after|afterwards?|thereafter|before)\b", re.I)

# "Now," opening a sentence: a discourse marker that turns to the next point ("Now, he says,
# it looks like ..."), not a reference to the present. TE3 train gold leaves it untagged in 3
# of 3 (TimeBank 2, AQUAINT 1), while it tags 60 of the 85 other "now"s.
DISCOURSE_NOW = re.compile(r"Now,")

# Unquantified spans of years that TimeML reads as the vague past, not as a length: "in recent
# years", "over past decades" (TimeBank: DATE PAST_REF); "recent weeks" and "coming months"
# stay DURATIONs of an unknown number of units.
FUZZY_PERIOD_REFS: dict[tuple[str, str], str] = {
    ("recent", "years"): "PAST_REF", ("past", "years"): "PAST_REF",
    ("recent", "decades"): "PAST_REF", ("past", "decades"): "PAST_REF",
}  # fmt: skip

# "early/mid/late X" and "the end of X" -> TIMEX3 mod.
PART_MODS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START", "dawn": "START", "mid": "MID",
    "middle": "MID", "late": "END", "end": "END", "close": "END",
}  # fmt: skip

# Modifiers of quantities -> TIMEX3 mod ("more than two years" -> MORE_THAN).
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
}  # fmt: skip

# Adverbs and phrases that repeat an interval -> TIMEX3 SET value.
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    "biannually": "P6M", "semiannually": "P6M",
}  # fmt: skip

# Fixed-date and rule-based holidays -> (month, day) or (month, weekday, nth) (US calendar).
HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "new year's day": (1, 1, 0), "new year's eve": (12, 31, 0), "christmas eve": (12, 24, 0),
    "christmas day": (12, 25, 0), "christmas": (12, 25, 0), "independence day": (7, 4, 0),
    "halloween": (10, 31, 0), "valentine's day": (2, 14, 0), "veterans day": (11, 11, 0),
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1),
    # the other US federal Monday holidays and the family days (month, nth, weekday)
    "martin luther king day": (1, 3, 1), "martin luther king jr. day": (1, 3, 1),
    "martin luther king, jr. day": (1, 3, 1), "mlk day": (1, 3, 1),
    "presidents day": (2, 3, 1), "presidents' day": (2, 3, 1), "president's day": (2, 3, 1),
    "columbus day": (10, 2, 1), "mother's day": (5, 2, 7), "father's day": (6, 3, 7),
    "st. patrick's day": (3, 17, 0), "st patrick's day": (3, 17, 0),
    "saint patrick's day": (3, 17, 0), "boxing day": (12, 26, 0),
}  # fmt: skip

# Movable feasts counted from Easter Sunday (Western, Gregorian computus) -> days after it.
# "Easter" alone is the Sunday ("on Easter", "Easter Sunday").
EASTER_FEASTS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
    "holy saturday": -1, "maundy thursday": -3, "holy thursday": -3, "palm sunday": -7,
    "ash wednesday": -46, "pentecost": 49, "whit sunday": 49, "whitsunday": 49,
    "fat tuesday": -47, "shrove tuesday": -47, "mardi gras": -47,
}  # fmt: skip
# Weeks named after Easter: the week (ISO, Monday to Sunday) that ends on Easter Sunday
# (TimeBank: "as Easter week began" on Palm Sunday 2000 is 2000-W16).
EASTER_WEEKS = frozenset({"holy week", "easter week"})

# The US general Election Day: the Tuesday after the first Monday of November. Only the
# capitalised name is taken ("Election Day"): a lower-case "election day" may be any country's.
ELECTION_DAY_NAMES = frozenset({"election day"})

# Super Tuesday, the day of the most US presidential primaries, in the years it was held
# (election years only); other election years fall back to the first Tuesday of March.
SUPER_TUESDAYS: dict[int, tuple[int, int]] = {
    1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2000: (3, 7), 2004: (3, 2), 2008: (2, 5),
    2012: (3, 6), 2016: (3, 1), 2020: (3, 3), 2024: (3, 5),
}  # fmt: skip
SUPER_TUESDAY_NAMES = frozenset({"super tuesday"})

# Every name the holiday rule takes.
NAMED_DAY_NAMES = frozenset(
    [*HOLIDAYS, *EASTER_FEASTS, *EASTER_WEEKS, *ELECTION_DAY_NAMES, *SUPER_TUESDAY_NAMES]
)

# How far (in years) the search for the last or next occurrence of a named day may go: a
# Super Tuesday comes every four years.
HOLIDAY_YEAR_REACH = 4
# A year, in days: a named day's past (or coming) occurrence further away than this is not
# the one meant when the other lies within it.
YEAR_DAYS = 366

# Words of a game report near "the fourth quarter" or "the second half": a period of play, no
# calendar quarter or half ("a touchdown late in the fourth quarter", "11 rebounds in the
# second half"). Financial words ("points", "earnings") are not among them.
SPORTS_WORDS = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|quarterbacks?|halftime|half-time|rebounds|free\s+throws?"
    r"|innings?|fumbled?|interceptions?|penalty\s+kicks?|overtime|goalkeeper|free\s+kick"
    r"|three-pointers?|layups?|slam\s+dunk|yards?\s+(?:rushing|passing))\b",
    re.I,
)

# Things named after a holiday, not dated by it ("Christmas trees", "a Christmas card").
HOLIDAY_THING_AFTER = re.compile(
    r"\s+(?i:trees?|cards?|carols?|lights|ornaments?|decorations?|songs?|music|presents"
    r"|gifts?|island|movies?|specials?|sweaters?|parade"
    # "Easter eggs", "the Easter Rising" (1916), "the Good Friday agreement" (1998)
    r"|eggs?|bunn(?:y|ies)|rising|agreement|accords?|peace\s+(?:agreement|accord|deal))\b"
)

# Words that make a weekday part of a name ("the Good Friday agreement", "Black Friday
# sales", "Bloody Sunday", "Super Tuesday" when it is no date): the weekday alone is no date.
WEEKDAY_NAME_BEFORE = re.compile(
    r"(?:Good|Super|Palm|Holy|Ash|Black|Cyber|Easter|Maundy|Bloody|Manic|Fat)\s+$"
)

# A short title in quotes whose words are all capitalised: a show, film or book named after a
# time ("CBS's ``60 Minutes''", "ABC's "This Week,"", "the film ``High Noon''"), no time.
# The title may hold other capitalised words around the time ("Good Morning America").
TITLE_OPEN_BEFORE = re.compile(r"(?:``|''|[\"“‘])(?P<words>(?:[A-Z0-9][\w'’-]*\s+){0,4})$")
TITLE_CLOSE_AFTER = re.compile(r"(?P<words>(?:\s+[A-Z0-9][\w'’-]*){0,4})[.,!?]?(?:''|[\"”’])")
TITLE_MIN_WORDS = 2

# "the early hours of Monday", "the small hours of the morning": a part of the night before
# the named day, which TimeML marks up (if at all) as that day, not as a length of hours.
NIGHT_HOURS_OF = re.compile(r"(?i:the\s+(?:early|small|wee)\s+hours)(?=\s+(?i:of)\b)")

# The September 11 attacks of 2001 named by their date: "9/11" without a year, and "Sept. 11"
# before the words that name the attacks ("the Sept. 11 attacks", "9/11 plotter").
SEPT_11_SLASHED = re.compile(r"0?9/11")
SEPT_11_NOUNS_AFTER = re.compile(
    r"\s+(?i:(?:terrorist\s+|terror\s+)?(?:attacks?|hijackers?|plotters?|commission|terrorists?"
    r"|conspiracy|conspiracies|victims|families|era|generation))\b"
)
SEPT_11 = dt.date(2001, 9, 11)

# What may follow a clock time that stands as a line of its own ("7:45 a.m." or "7:45 a.m.
# EDT" between the "___" rules of a live blog).
CLOCK_HEADING_AFTER = re.compile(r"[ \t]*(?:[A-Z]{2,4}\b)?[ \t.:]*(?:\n|$)")

# "one day" as "some day in the future" (TimeBank: "Islam will one day be ..." DATE
# FUTURE_REF): after a modal or a verb of hoping, or before a to-infinitive or a modal; a
# length of one day ("lasted one day", "one day after the vote") stays a DURATION.
ONE_DAY_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|'ll|hopes?|hoped|hoping|dreams?|dreamed)"
    r"\s+$",
    re.I,
)
ONE_DAY_FUTURE_AFTER = re.compile(r"\s+(?:to\s+[a-z]+|(?:will|would|could|might)\b)", re.I)

# A four-digit year written in the expression itself ("March 2016"): its year is not moved.
YEAR_IN_TEXT = re.compile(r"\b\d{4}\b|['’]\d\d\b")

# A year-less month more than this many months after the DCT in a past-tense sentence is
# last year's ("in October" said in May); likewise before the DCT in future tense ("data for
# February will be released" said in March stays this February).
YEAR_SHIFT_MONTHS = 2
# A month that is an adverbial of the future verb itself ("the law will take effect in
# January", said in March; see _adverbial_of_verb) is next year's however near before the DCT.
YEAR_SHIFT_MONTHS_FUTURE = 0

# Words before a weekday that make it a deadline, hence the coming one unless in past tense.
DEADLINE_WORDS = frozenset({"until", "till", "by", "before"})
# Of those, the words ending a span: after a past verb ("postponed until Tuesday", "stayed
# until Thursday") the day is the nearer of the last and the next one.
SPAN_END_WORDS = frozenset({"until", "till"})
# ... and "through": after a verb of putting off, a year-less month or date after these is
# still ahead ("extended the loans through January", said in October).
DEFERRAL_END_WORDS = frozenset({"through", "thru", "to", "into"})
DEADLINE_PHRASE_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+time\s+for|no\s+later\s+than)\s+$", re.I)

# Prepositions whose event lies behind a present-tense sentence ("Guns are an emotional issue
# after the church massacre in June": last June, in a February story; see _dates_past_event).
PAST_EVENT_PREPOSITIONS = frozenset({"after", "since", "following"})

# Words before a date that put it before the DCT whatever the tense ("thousands of shootings
# since January 1st" in a story of September: this January, not next).
PAST_SIDE_WORDS = frozenset({"since"})

# Words before a full year-less date that say which side of the DCT it lies on ("shot to
# death last Oct. 23", "the vote next Nov. 3"); TimeML leaves the word outside the extent.
DATE_SIDE_WORDS: dict[str, int] = {"last": -1, "this past": -1, "next": 1, "this coming": 1}
DATE_SIDE_BEFORE = re.compile(
    r"\b(" + "|".join(w.replace(" ", r"\s+") for w in DATE_SIDE_WORDS) + r")\s+$", re.I
)

# How many heads above a to-infinitive may carry the "had" of a past perfect ("had been
# scheduled to expire": expire -> scheduled; "had been due to expire": expire -> due -> been).
PAST_PERFECT_REACH = 2

# Words right before a date that make it the day something takes effect, hence ahead of the
# report even after a past verb ("created an office, effective Feb. 1"); not after a copula
# or "become" ("became effective Jan. 1" is past): see EFFECTIVE_PAST_VERBS.
EFFECTIVE_WORDS = frozenset({"effective"})
EFFECTIVE_PAST_VERBS = frozenset({"became", "was", "were", "had", "been"})

# Dependency labels of a date that modifies a noun ("under a June agreement"): the noun names
# a thing of its own time, and a future or infinitive verb above it does not move it ahead.
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})

# Said in the past tense on a Monday to this day of the week (Wednesday), "this weekend" is the
# one just gone ("the president spoke this weekend"); later in the week it is the coming one
# ("set the stage for another rout this weekend", on a Friday).
LAST_WEEKEND_DAYS = 3

# Prepositions that put the thing they govern ahead, keyed by the word they hang on ("" for
# any): "ahead of", "in advance of", "before", "(heading, going, leading) into" ("until" is
# left to the rules of deferral in extract_times).
AHEAD_PREPOSITIONS: dict[str, frozenset[str]] = {
    "": frozenset({"before"}),
    "ahead": frozenset({"of"}),
    "advance": frozenset({"of"}),
    "head": frozenset({"into", "toward", "towards"}),
    "go": frozenset({"into"}),
    "lead": frozenset({"into", "up"}),
    "up": frozenset({"to"}),  # "a campaign swing up to Monday night's caucuses"
}
# How many words up from the date the preposition may be ("ahead of [the caucuses [on
# Monday]]").
AHEAD_REACH = 4

# A clock time with neither half of the day nor zone ("8:31"): before "mark" it is a place in
# a recording ("starts around the 2:05 mark"), after a capitalised name a verse ("Romans
# 8:31", "Exodus 18:21"); not after a weekday or month ("Friday 10:30").
BARE_CLOCK = re.compile(r"\d{1,2}:\d\d")
CLOCK_MARK_AFTER = re.compile(r"\s+(?i:mark)\b")
VERSE_BOOK_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# ... and words that lead a clock time at the start of a sentence or a line ("At 9:42 the
# power failed", "Updated 10:15")
CLOCK_LEAD_WORDS = frozenset(
    {"at", "by", "until", "till", "since", "from", "before", "after", "around", "about",
     "updated", "posted", "on", "to", "near", "approximately", "roughly", "circa"}
)  # fmt: skip

# A month name right before a number: the number is the day of a date, not a clock hour ("on
# March 3 in the evening" is the evening of March 3, not 3 p.m.).
MONTH_BEFORE_DAY = re.compile(
    r"(?<![\w.])(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$"
)

# Dependency labels of a date that places a noun ("Tuesday's vote", "the Friday explosions",
# "his address Sunday"); with "on"/"in" ("her victories on Tuesday") the date is the object.
EVENT_NOUN_DEPS = frozenset({"poss", "compound", "nmod", "npadvmod"})
# How many nouns up from the date its clause's subject may be ("the results of Tuesday's
# primaries show").
SUBJECT_REACH = 3

# Verbs of arranging something ahead ("has scheduled a news conference Thursday", "planned a
# demonstration on Saturday"): their past tense reports the arranging, and the weekday is the
# arranged day, on or after publication.
SCHEDULING_VERBS = frozenset({"schedule", "plan", "slate"})
# Verbs that in the present passive or progressive put a weekday ahead ("the funeral is
# scheduled for Saturday", "voters are preparing for Sunday's election", "talks are set for
# Monday", "the report is due on Friday" with the adjective "due").
FORWARD_PRESENT_VERBS = frozenset({"schedule", "plan", "slate", "set", "prepare", "due"})

# A past reporting verb right before a weekday ("said on Monday he would travel ..."): the
# weekday dates the saying, whatever verb the parser hangs it on; not after "be"/"to" ("will be
# announced on Friday", "to announce Friday").
REPORTED_DAY_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bto\s)(?<!\bbeen\s)\b(?i:said|told|announced|reported|added|confirmed"
    r"|denied|warned|stated|insisted|acknowledged|admitted)\s+(?:(?i:on)\s+)?$"
)

# Nouns that make "today's" the present age, not the DCT ("today's youth", "in today's world",
# "many of today's personal computers"), and "tomorrow" the age to come ("the people of
# tomorrow", "tomorrow's leaders"): no date, and TimeBank and AQUAINT mark none of them (not
# even as PRESENT_REF; "of tomorrow" 1 of 1 untagged), so they are left out.
GENERIC_TODAY_NOUNS = frozenset(
    {"world", "youth", "society", "generation", "children", "kids", "economy", "standards",
     "dollars", "terms", "technology", "computers", "culture", "politics", "age", "era",
     "times", "environment", "people", "students", "women", "men", "media", "workplace",
     "leaders"}
)  # fmt: skip
GENERIC_DAY_WORDS = frozenset({"today", "tomorrow"})

# FIGURATIVE_OVERNIGHT: "overnight" as "all at once, in no time", not a night: on a denied
# verb ("it's not going to happen overnight", "you can't do that overnight") or on a verb of
# becoming ("Overnight, Faso became a serious contender", "transformed ... overnight",
# "doubling HP's size overnight"). "Trump took to Twitter overnight", "the overnight nuclear
# test" stay the night.
OVERNIGHT_CHANGE_VERBS = frozenset(
    {"become", "transform", "turn", "change", "double", "triple", "vanish", "disappear"}
)

# Verbs of putting off ("postponed until Tuesday", "extended the deadline until Friday"): the
# day after "until" is still ahead, however past the verb.
DEFERRAL_VERBS = frozenset({"postpone", "delay", "extend", "adjourn", "defer", "recess", "put"})
# Verbs that, in the simple past, can still name a day ahead ("extended to Nov. 16", "set
# the vote for Dec. 1", "moved the hearing to March"): a year-less date after them is not
# pushed back into last year (see _done_in_past).
FORWARD_PAST_VERBS = (
    DEFERRAL_VERBS
    | SCHEDULING_VERBS
    | frozenset(
        {"set", "move", "push", "call", "declare", "authorize", "approve", "vote", "agree", "sign"}
    )
)

# Prepositions that make "the year" a length of time ("results for the year").
PERIOD_PREPOSITIONS = frozenset({"over", "throughout"})
# ... and so do the words after it that bound it ("the year ended Sept. 30", "the fiscal year
# ending June 30"); "for the year" alone is this year (TimeBank: "For the year, volume was
# flat", "a high for the year").
PERIOD_BOUND_AFTER = re.compile(r"\s+(?:ended|ending|through|to\s+date)\b", re.I)

# How many words up the parse the verb whose tense dates an expression may be ("Clinton had
# more than twice the number of delegates as Sanders heading into Tuesday's primaries": seven
# up); past it, the sentence's tenses decide.
TENSE_REACH = 8

# Tense cues read off the parse: auxiliaries that make the governing verb future.
# Dependencies an adjective does not take but a misread verb does: the tagger's JJ for a past
# verb like "glossed" leaves it an adverbial modifier or the root (see _misread_past_verb).
MISREAD_PAST_DEPS = frozenset({"advmod", "ROOT"})
# ... unless a degree word grades it, as only an adjective is graded ("more complicated than")
DEGREE_WORDS = frozenset({"more", "most", "less", "least", "very", "so", "too", "quite"})

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})

# Modals that, negated, report a past failure ("could not be reached Friday", "could not be
# located Wednesday"): the verb above them (or the sentence) decides the tense. Affirmative
# ("could face bankruptcy Monday") they look ahead like "will"; "would" always does.
PAST_MODALS = frozenset({"could"})
# Modals of what may come: a clause of time or condition in the present under them looks
# ahead like one under "will" ("the rules can be overturned if a Republican is elected in
# November", "talks could resume when parliament returns in September").
FORWARD_MODALS = frozenset({"can", "could", "may", "might", "would", "should", "must", "'d"})
# Subordinators of an open condition: the present tense after them speaks of what is still to
# come, whatever the main verb ("Republicans fear a rout if Trump tops the ticket in
# November"); "when" and "until" are left to the main verb's tense (see _future_main).
CONDITION_MARKERS = frozenset({"if", "unless", "once"})
NEGATORS = frozenset({"not", "n't", "never", "neither", "nor", "no"})

# Verbs whose present tense reports what was said or found ("says Friday"): a weekday with
# them is past, where with other present-tense verbs it is a schedule ("meet Monday").
REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "announce", "claim", "add", "note", "confirm", "deny", "insist",
     "argue", "warn", "state", "write", "acknowledge", "admit", "believe", "think", "know",
     "show", "suggest", "indicate", "estimate", "accuse", "quote", "predict", "expect"}
)  # fmt: skip

# Verbs of forecasting: their present tense looks ahead ("analysts expect growth in the second
# half", "the bank forecasts a rebound in January"), where other reporting verbs report.
FORECAST_VERBS = frozenset({"expect", "forecast", "predict", "project", "anticipate", "foresee"})

# Verbs of telling what one knows: negated with "would" ("wouldn't say Tuesday how the party
# would", "would not comment Monday") they report a refusal, which is past.
DISCLOSING_VERBS = frozenset(
    {"comment", "discuss", "elaborate", "disclose", "specify", "identify", "reveal",
     "speculate", "answer", "respond", "name", "detail"}
)  # fmt: skip

# Verbs whose past tense is spelled like their present ("hurt", "cut"): a VBP tag on them says
# nothing of a schedule.
SAME_FORM_PAST_VERBS = frozenset(
    {"hurt", "cut", "put", "set", "hit", "cost", "let", "shut", "quit", "spread", "bet", "cast",
     "burst", "split", "upset", "broadcast", "forecast", "read", "beat", "bid", "shed", "slit"}
)  # fmt: skip

# Dependency labels of a bare past participle heading a reduced clause ("the ruling announced
# Wednesday", "..., announced Wednesday by the INS,"): it happened, whatever the main verb says.
PARTICIPLE_CLAUSE_DEPS = frozenset({"acl", "amod", "advcl", "relcl"})

# Participles of expecting and arranging: a reduced clause of theirs ("the ruling, expected
# in June, could change the law") reports no past event; the verb above decides.
FORWARD_PARTICIPLES = frozenset(
    {"expect", "schedule", "plan", "slate", "set", "anticipate", "propose", "due"}
)

# Dependency labels of a to-infinitive that looks ahead of its head ("plans to leave on
# Thursday", "is scheduled to close Monday", "an agreement to buy the bank in January"); a
# purpose infinitive ("staged celebrations to mark the entry on Friday") takes the tense of
# the verb above it instead.
FORWARD_INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "acl", "ROOT"})

# Words of intending, planning and asking: under a simple past an infinitive names a plan
# made in the past ("was to arrive at the White House on Monday", "urged them to vote
# Tuesday", "planned to leave Nairobi on Thursday"), which may be for a day on either side of
# publication; under any other simple past the infinitive happened then ("forced Schultz to
# resign Sunday", "were quick to offer condolences on Monday").
# The word the infinitive hangs on is read: a verb, or an adjective or noun of intending
# ("were likely to buy", "scrapped plans to attend").
INTENDING_WORDS = frozenset(
    {"plan", "schedule", "slate", "set", "expect", "intend", "hope", "want", "wish", "aim",
     "agree", "promise", "pledge", "vow", "threaten", "urge", "ask", "order", "call", "invite",
     "tell", "decide", "vote", "be", "due", "prepare", "propose", "offer", "arrange", "need",
     "encourage", "advise", "instruct", "summon", "direct", "require", "allow", "permit",
     "likely", "ready", "poised", "eager", "about", "decision", "intention", "agreement",
     "deal", "bid", "proposal", "chance", "invitation", "effort", "campaign", "push"}
)  # fmt: skip

# Verbs whose infinitive happened when they did ("failed to predict Cruz's win on Tuesday
# night", "tried to reach him Friday", "began to fall on Monday"): under their simple past,
# the infinitive is past too, not ahead.
# Of them, those whose present perfect also says the infinitive has happened ("has begun to
# rebut that criticism, fundraising in April", "have tried to reach him Friday"); a refusal in
# the perfect may still hold for days ahead ("has refused to testify until March").
PERFECT_DONE = frozenset(
    {"fail", "manage", "try", "attempt", "begin", "start", "continue", "stop", "cease",
     "happen", "struggle", "neglect", "forget"}
)  # fmt: skip
IMPLICATIVE_VERBS = frozenset(
    {"fail", "manage", "refuse", "decline", "try", "attempt", "begin", "start", "continue",
     "stop", "cease", "seem", "appear", "happen", "rush", "hurry", "struggle", "neglect",
     "forget", "dare", "bother", "use"}
)  # fmt: skip


def _alt(words: object) -> str:
    """A regex alternation of the words, longest first, spaces matching any whitespace."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# --------------------------------------------------------------------------------------------
# Pattern fragments (shared by the rule tables)
# --------------------------------------------------------------------------------------------

_NUMW = _alt(k for k in NUMBER_WORDS if k not in {"a", "an", "a mere", "mere"})
F: dict[str, str] = {
    # A month name, capitalised (so the modal "may" and the verb "march" are not months).
    "MONTH": r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?"
    r"|Dec\.?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER"
    # short forms that are words too ("mar", "sep", "may") or capitals of page heads ("MAY 3,
    # 2013", "MON 22 JUL 2013", "MAR. 14, 2013"), read only before a day and year or a year
    r"|(?:Mar|Sep|May\.|MAY|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)"
    r"(?=\s+(?:(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+)?(?:1[5-9]|20)[0-9]{2}(?!\d))"
    r")(?!\w)",
    "WEEKDAY": r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY"
    r"|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)",
    "DAYNUM": r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?",
    "YEAR": r"(?:1[5-9][0-9]{2}|20[0-9]{2})",
    "NUM": r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+\d/\d)?"
    rf"|(?i:{_NUMW})(?:[- ](?i:one|two|three|four|five|six|seven|eight|nine))?)",
    # "a quarter-century", "a quarter of a century" (25 years) before "quarter" (3 months)
    "UNIT": r"(?i:second|minute|hour|day|night|week|fortnight|month"
    r"|quarter(?:[- ]|\s+of\s+a\s+)centur(?:y|ie)"
    r"|quarter|year|decade|centur(?:y|ie))",
    "POD": r"(?i:morning|afternoon|evening|night)",
    "SEASON": r"(?i:spring|summer|fall|autumn|winter)",
    # the part of a season before its name: "early summer", "late fall", "mid-winter"
    "SEASON_PART": r"(?i:early|late)\s+|(?i:mid)-?",
}
# The words between two day numbers of one month ("21 to 24 March", "March 21 and 24"); a
# hyphen is left out ("March 21-24" is one range to TimeML).
F["DAY_PAIR_GAP"] = r"\s+(?:to|and|or|through|until)\s+"
# What may follow the second day number of a pair ("March 21 and 24, the roads ..."): a
# punctuation mark or a word that cannot be the counted noun of a number ("24 people").
DAY_PAIR_SECOND = re.compile(
    F["DAY_PAIR_GAP"] + r"(?P<d>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|for|when|while|before|after|and|or)\b)"
)
# "last February" said in March is not the month just gone (that is "last month" or "in
# February") but last year's: the months right before the DCT's that "last <Month>" skips.
LAST_MONTH_NAME_SKIPS = 1
# Verbs of a price move right before a year-less slashed number: a fraction of a dollar, as
# stock tables wrote prices ("Intel eased 1/8 to 31 7/8", "the stock fell 7/8 Thursday").
PRICE_MOVE_BEFORE = re.compile(
    r"\b(?i:rose|fell|eased|gained|added|lost|slipped|climbed|dropped|declined|advanced"
    r"|jumped|firmed|edged|up|down|off)\s+$"
)
# Car makes after a year: a model year, part of the car's name ("Kopp's 1987 Chevrolet
# Cavalier", "a 2010 Toyota Camry"), no date.
MODEL_YEAR_MAKE_AFTER = re.compile(
    r"\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Buick|Cadillac|Dodge|Chrysler|Volkswagen"
    r"|BMW|Mercedes|Pontiac|Oldsmobile|Jeep|Mazda|Hyundai|Kia|Subaru|Volvo|Audi|Plymouth"
    r"|Lincoln|Mercury|GMC|Porsche|Ferrari|Lexus|Acura|Saab|Peugeot|Renault|Fiat)\b"
)
# Words before a dotted number that make it a version, not a date ("version 2.1.2013").
DOTTED_VERSION_BEFORE = re.compile(r"(?i:version|v\.?|release|build|update|firmware)\s*$")
# What may not follow a month name standing alone: a day number, also after the period of an
# abbreviation the month pattern left out ("Oct" of "Oct. 23").
F["MONTH_NOT_DAY"] = r"\.?\s+\d"
# What may not follow "the first half" or "the second quarter": "of" and a determiner of
# another noun than the year ("of the season", "of its debt").
F["QUARTER_OF_OTHER"] = (
    r"\s+of\s+(?:(?i:the|a|an|this|that|his|her|its|their|each)\b"
    # ... nor a quarter of people ("the quarter of voters who ..."), nor a half of a month
    # ("the second half of July", the part_of_date rule)
    r"|[A-Za-z])"
)
# "last" as no verb: not after "to", a modal or a negation ("to last", "will last", "may not
# last"); the look-behinds run only once "last" has matched.
F["LAST_NOT_VERB"] = "last" + "".join(
    rf"(?<!\b{w}\slast)"
    for w in (
        "to",
        "will",
        "would",
        "could",
        "may",
        "might",
        "can",
        "should",
        "must",
        "not",
        "did",
        "does",
        "do",
    )
)
# A year spelled out, as broadcast transcripts write it ("nineteen ninety-six", "two thousand").
F["SPELLED_YEAR"] = (
    r"(?i:nineteen|eighteen|twenty)"
    r"\s+(?:(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen))|(?i:two\s+thousand)(?:\s+(?:and\s+)?"
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten))?"
)
F["VAGUE"] = rf"(?i:{_alt(VAGUE_QUANTIFIERS)})"
# "about" and "over" stay outside the extent (TimeML: "over <the past two years>").
F["QMOD"] = rf"(?i:{_alt(k for k in QUANTITY_MODS if k not in {'about', 'over', 'some'})})"
# Time zones written after a clock time: "EDT", "GMT", the US "ET"/"PT" of broadcasters, and
# the European and Asian abbreviations of wire copy ("CET", "BST", "JST", "MSK").
F["ZONE"] = (
    r"(?:[A-Z]{1,2}[SD]T|GMT|UTC|[ECMP]T|CET|CEST|EET|EEST|BST|MSK|JST|KST|HKT|SGT|IST|WAT|EAT"
    r"|CAT|SAST)(?![\w])"
)
# The hours a clock says "o'clock" to, in figures or words ("6 o'clock", "seven o'clock").
CLOCK_HOUR_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
F["OCLOCK"] = rf"(?:1[0-2]|0?[1-9]|(?i:{_alt(CLOCK_HOUR_WORDS)}))\s+(?i:o['’]clock)"
F["CLOCK"] = (
    (
        # "6 o'clock", "seven o'clock": the full hour, the half of the day from what follows
        # ("6 o'clock this afternoon") or a.m./p.m. ("8 o'clock p.m.")
        r"(?:{OCLOCK}(?:\s+(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?!\w))?(?:\s+{ZONE})?"
        # "11.30am", the British spelling of "11:30 a.m.", needs its a.m./p.m.
        r"|(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?\s*(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?!\w)"
        r"(?:\s+{ZONE})?"
        r"|(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:\s+{ZONE})?"
        r"|(?:[01][0-9]|2[0-3])[0-5][0-9]\s+(?:GMT|UTC|[A-Z]{1,2}[SD]T)"
        r"|(?i:noon|midnight|midday))"
    )
    .replace("{OCLOCK}", F["OCLOCK"])
    .replace("{ZONE}", F["ZONE"])
)


def _p(template: str) -> re.Pattern[str]:
    """Compile a rule pattern: ``{NAME}`` refers to a fragment; words are bounded."""
    body = template
    for name, frag in F.items():
        body = body.replace("{" + name + "}", frag)
    return re.compile(rf"(?<![\w$£€.])(?:{body})(?![\w])")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: a name, a pattern, and the normaliser that turns a match into a value."""

    name: str
    pattern: re.Pattern[str]
    kind: str  # the normaliser: a key of NORMALISERS


# Each table: most specific first; on overlapping matches the longest wins, then the earlier rule.

# Calendar dates written out, with or without year.
DATE_RULES: tuple[Rule, ...] = (
    # "2023-06-29" (not "2008-09", which in news is a span of years)
    Rule("iso", _p(r"(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3][0-9])"), "numeric"),
    # "6/29/2023", "6/29/23", "6/29"
    Rule(
        "slashed",
        _p(
            r"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12][0-9]|3[01]|0?[1-9])"
            r"(?:/(?P<y>(?:19|20)?[0-9]{2}))?(?!/)"
        ),
        "numeric",
    ),
    # day first, as British and European outlets write it: "21/03/2013" (only where the first
    # number cannot be a month: "03/04/2013" stays the US reading), "21.03.2013", "3.4.2013"
    Rule(
        "slashed_dmy",
        _p(r"(?P<d>1[3-9]|2[0-9]|3[01])/(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)[0-9]{2})"),
        "numeric",
    ),
    Rule(
        "dotted_dmy",
        _p(r"(?P<d>[12][0-9]|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)[0-9]{2})"),
        "numeric",
    ),
    # "Monday, June 29, 2023", "June 29, 2023", "June 29", "June 29th"
    Rule(
        "month_day",
        _p(
            # (a dateline in capitals: "MONDAY, MAY 23, 2005", "JUNE 11TH, 2012")
            r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH}|MAY(?=\s+\d))\s+(?P<d>{DAYNUM})"
            r"(?:,?\s+(?P<y>{YEAR}))?(?!:\d|/|\d)"
        ),
        "calendar",
    ),
    # "29 June 2023", "29th of June", "Monday 29 June"
    Rule(
        "day_month",
        _p(
            r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAYNUM})\s+(?:of\s+)?"
            r"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
        ),
        "calendar",
    ),
    # the first day of a pair before its month: "21" of "from 21 to 24 March", "between 10 and
    # 12 June 2013" (TimeML marks up each day; the month and year come from the second)
    Rule(
        "day_pair_first",
        _p(
            r"(?P<d>{DAYNUM})(?={DAY_PAIR_GAP}{DAYNUM}\s+(?:of\s+)?(?P<mon>{MONTH})"
            r"(?:,?\s+(?P<y>{YEAR}))?)"
        ),
        "calendar",
    ),
    # "June 2023", "June of 2023", "early June 2023"
    Rule(
        "month_year",
        _p(
            r"(?:(?P<part>(?i:early|mid|late)|mid-)\s*)?(?P<mon>{MONTH}),?\s+"
            r"(?:of\s+)?(?:(?P<y>{YEAR})|(?P<ys>{SPELLED_YEAR}))"
        ),
        "calendar",
    ),
    # "early July", "mid-November", "late last month" is elsewhere; bare month names need a
    # cue word before them so "May" (the name, the modal) is not taken alone.
    # (not before a day: "arrested early Jan. 6" is the date Jan. 6)
    Rule(
        "part_month",
        _p(r"(?P<part>(?i:early|mid|late)(?:\s+|-))(?P<mon>{MONTH})(?!\.?\s*\d{1,2}(?!\d))"),
        "calendar",
    ),
    # "July last year", "January this year", "June of next year"
    Rule(
        "month_rel_year",
        _p(
            r"(?P<mon>{MONTH})\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))\s+"
            r"(?i:year)"
        ),
        "calendar",
    ),
    Rule(
        "rel_month",
        _p(
            # "that November": the month of the story's year (STORY_THAT_MONTH)
            r"(?P<mrel>(?i:last|this|next|this\s+past|this\s+coming|that))\s+"
            # an abbreviation's period belongs to the date after it: "last Oct. 23" is the
            # date "Oct. 23", not "last Oct" (see MONTH_NOT_DAY)
            r"(?P<mon>{MONTH})(?!{MONTH_NOT_DAY})"
        ),
        "calendar",
    ),
    Rule(
        "month",
        _p(r"(?P<mon>(?!May\b|Mar\.|Jan\b|Sep\.)\b{MONTH})(?!{MONTH_NOT_DAY})"),
        "calendar",
    ),
    Rule("cue_month", _p(r"(?P<mon>May)(?!{MONTH_NOT_DAY})"), "calendar"),  # after MAY_CUES
    # "the summer", "the early summer", "summer 1994", "the winter of 1994"; a season or a
    # part of one followed by a year is that year's season, one expression (SEASON_OF_YEAR:
    # "in early summer 2015", "late fall of 2015", "mid-winter 2015", "the fall 2015")
    Rule(
        "season",
        _p(
            # "that summer": the season of the story's year (STORY_THAT_SEASON)
            r"(?:(?i:the|(?P<that>that))\s+(?:(?P<part>{SEASON_PART}))?)(?P<season>{SEASON})"
            # "the summer months": the season, one expression
            r"(?:\s+(?i:months)(?!\s+of\s+(?:the|a|his|her|its|their)\b))?"
            r"(?:\s+(?:of\s+)?(?P<y>{YEAR})|\s+of\s+(?P<ys>{SPELLED_YEAR}))?"
            r"(?!\s+(?:of\s+(?:the|a|his|her|its|their)|\w+ing))"
            r"|(?P<season2>{SEASON})\s+(?:of\s+)?(?P<y2>{YEAR})"
            # "by late summer", "in early spring": a part of the season needs no "the"
            r"|(?<![\w-])(?P<part3>{SEASON_PART})(?P<season3>{SEASON})"
            r"(?:\s+(?:of\s+)?(?P<y3>{YEAR})|(?!\s+\w+ing\b))"
        ),
        "season",
    ),
    # "Thanksgiving", "Christmas Eve", "New Year's Day"
    Rule(
        "holiday",
        _p(
            r"(?:(?P<hrel>(?i:last|this|next))\s+)?(?P<holiday>(?i:"
            + _alt(NAMED_DAY_NAMES).replace("'", "['’]")  # "Valentine’s Day" typeset
            + ")"
            + r")(?:\s+(?P<y>{YEAR}))?"
        ),
        "holiday",
    ),
    # "nineteen ninety-six", "the year two thousand"
    Rule(
        "spelled_year",
        _p(r"(?:(?i:the\s+year)\s+)?(?P<spelled>{SPELLED_YEAR})"),
        "spelled_year",
    ),
    # "the 1989 period": the same fiscal quarter of that year when quarters are being compared
    Rule("year_period", _p(r"(?i:the)\s+(?P<y>{YEAR})\s+(?i:period|quarter)"), "year_period"),
    # "fiscal 1999", "the year 2000" (one expression, as "the year two thousand")
    Rule("fiscal_year", _p(r"(?i:fiscal(?:\s+year)?|the\s+year)\s+(?P<y>{YEAR})"), "calendar"),
    Rule(
        "year",
        _p(
            r"(?P<y>{YEAR})(?!\s*(?:%|percent|[-–]?\s*(?i:year-old|yard|mile|meter)))"
            r"(?![.,]\d)"
        ),
        "calendar",
    ),
    # "the 20th century", "the nineteenth century", "the early 21st century"; the modifier
    # "a 19th-century contest", "the 7th-century stop" is the century alone: TimeML marks the
    # temporal modifier, not the determiner of the noun it modifies ("the [20th-century]
    # activist"), so "the" joins only the spaced noun "the 20th century".
    Rule(
        "century",
        _p(
            r"(?:(?i:the)\s+(?=(?:(?i:early|mid|late)[\s-]+)?[\w-]+\s+(?i:century)))?"
            r"(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<cent>(?i:[1-9](?:st|nd|rd|th)"
            r"|1[0-9]th|20th|21st|nineteenth|twentieth|twenty-first|eighteenth))(?:\s+|-)"
            r"(?i:century)"
        ),
        "century",
    ),
    # "the nineties", "the late eighties"
    Rule(
        "decade_word",
        _p(
            r"(?i:the)\s+(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<decw>(?i:twenties|thirties"
            r"|forties|fifties|sixties|seventies|eighties|nineties))"
        ),
        "decade",
    ),
    # "the 1990s", "the late 1970s", "the '90s", "the last half of the '80s", "the 1990's"
    # (the older New York Times style)
    Rule(
        "decade",
        _p(
            r"(?:(?i:the)\s+(?P<half>(?i:first|second|last|latter))\s+(?i:half\s+of)\s+)?"
            r"(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))[\s-]+)?"
            r"(?P<dec>1[5-9][0-9]0|20[0-9]0|['’‘][0-9]0)(?:['’]?s)(?![A-Za-z])"
        ),
        "decade",
    ),
)

# Weekdays, named days and parts of days relative to the DCT.
DAY_RULES: tuple[Rule, ...] = (
    # an ISO 8601 date and time, as time stamps of web pages give it: "2013-03-21T10:15:00Z",
    # "2013-03-21 10:15" (the offset, if any, is left out of the value as TimeML does)
    Rule(
        "iso_datetime",
        _p(
            r"(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3][0-9])[T ](?P<hh>[01][0-9]|2[0-3])"
            r":(?P<mm>[0-5][0-9])(?::[0-5][0-9](?:\.[0-9]+)?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?"
        ),
        "iso_datetime",
    ),
    # "10 a.m. Tuesday", "noon Thursday", "5 p.m. EST Nov. 9" (clock + day word)
    Rule(
        "clock_day",
        _p(
            r"(?P<clock>{CLOCK}),?\s+(?:(?i:on)\s+)?(?:(?P<wd>{WEEKDAY})"
            # "7:45 on Tuesday evening": the part of the day tells a.m. from p.m.
            r"(?:\s+(?P<dpod>(?i:morning|afternoon|evening|night))(?!s\b))?"
            # "8:30 this morning", "10 p.m. last night", "9 a.m. tomorrow morning"
            r"|(?P<prel>(?i:this|tomorrow|yesterday))\s+(?P<ppod>(?i:morning|afternoon|evening))"
            r"|(?P<prel2>(?i:last|yesterday|tomorrow))\s+(?P<ppod2>(?i:evening|night))"
            r"|(?P<rel>(?i:today|yesterday|tomorrow|tonight))"
            r"|(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>{YEAR}))?)"
        ),
        "clock",
    ),
    # "Tuesday at 10 a.m.", "yesterday at noon"
    Rule(
        "day_clock",
        _p(
            r"(?:(?P<wd>{WEEKDAY})|(?P<rel>(?i:today|yesterday|tomorrow|tonight)))"
            r",?\s+(?:(?i:at|around|about)\s+)?(?P<clock>{CLOCK})"
        ),
        "clock",
    ),
    # "10 a.m.", "10:30 p.m.", "noon", "around 7:15 p.m."
    Rule(
        "clock",
        _p(
            r"(?:(?i:around|about|shortly\s+after|just\s+after)\s+)?"
            r"(?P<clock>{CLOCK})"
        ),
        "clock",
    ),
    # "4 in the morning", "9:30 in the evening": a clock time with its half of the day
    Rule(
        "clock_pod",
        _p(
            r"(?P<clock>{OCLOCK}|(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?)\s+(?i:in\s+the)\s+"
            r"(?P<pod>(?i:morning|afternoon|evening))"
        ),
        "clock",
    ),
    # "in the morning", "by mid afternoon" (the story's day; kept only after POD_PREPOSITIONS)
    Rule(
        "story_pod",
        _p(
            r"(?:(?i:the)\s+(?P<pod>(?i:morning|afternoon|evening))"
            r"|(?P<pod2>(?i:mid-?\s?(?:morning|afternoon))))"
            r"(?!\s+(?i:of|after|before|when|that|in|edition|show|paper|news)\b)"
        ),
        "story_pod",
    ),
    # "later in the day", "early in the day": the story's day (kept only after
    # PART_IN_BEFORE; TimeML marks up "the day" alone)
    Rule("in_the_day", _p(r"(?i:the)\s+(?i:day)(?![-\w])"), "in_the_day"),
    # "last Thursday", "next Monday", "this Friday", "the previous Friday", "Tuesday evening"
    Rule(
        "weekday",
        _p(
            r"(?:(?P<wrel>(?i:last|next|this|coming|this\s+coming|this\s+past"
            r"|the\s+previous|the\s+following|the\s+next|past))\s+)?(?P<wd>{WEEKDAY})"
            r"(?:\s+(?P<pod>{POD})(?!s\b))?"
            # "Monday and Tuesday nights" repeat: left to plural_weekday
            r"(?!s\b|\s+(?i:and|or)\s+{WEEKDAY}\s+{POD}s\b)"
        ),
        "weekday",
    ),
    # "yesterday", "late yesterday", "tomorrow morning", "tonight", "last night", "overnight"
    Rule(
        "named_day",
        _p(
            r"(?:(?P<part>(?i:early|earlier|late|later))\s+)?(?P<rel>(?i:today"
            r"|yesterday|tomorrow|tonight|overnight|the\s+day\s+before\s+yesterday"
            r"|the\s+day\s+after\s+tomorrow))(?:\s+(?P<pod>{POD}))?"
        ),
        "named_day",
    ),
    Rule(
        "pod_named_day",
        _p(
            r"(?P<pod>(?i:mid-?\s?afternoon|morning|afternoon|evening|night))"
            r"\s+(?P<rel>(?i:yesterday|today|tomorrow))"
        ),
        "named_day",
    ),
    # "this morning", "last night", "later this afternoon", "the morning"
    Rule(
        "this_pod",
        _p(
            r"(?:(?P<part>(?i:early|late|earlier|later))\s+)?(?P<wrel>(?i:this|last))"
            r"\s+(?P<pod>{POD})"
        ),
        "named_day",
    ),
)

# "that evening", "that night", "that day": the story's day, when a day was named before (kept
# only where "that" is the determiner of the unit in the parse, not "said that day-care ...")
STORY_THAT_DAY = Rule(
    "that_day",
    _p(
        r"(?i:that)\s+(?P<unit>(?i:day|morning|afternoon|evening|night))(?![-\w])"
        r"(?!\s+(?:as|that|when|before|after)\b)"
    ),
    "story_that",
)

# Weeks, months, quarters, seasons and years relative to the DCT.
RELATIVE_RULES: tuple[Rule, ...] = (
    # "the week before last", "the year after next": two units from the DCT's
    Rule(
        "unit_before_last",
        _p(
            r"(?i:the)\s+(?P<unit>(?i:week|month|year))\s+"
            r"(?P<dir>(?i:before\s+last|after\s+next))"
        ),
        "two_units_off",
    ),
    # "earlier this month", "later this year", "early next year", "late last month"
    Rule(
        "part_rel_unit",
        _p(
            r"(?P<part>(?i:early|earlier|late|later|mid|the\s+end\s+of"
            r"|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
            r"|the\s+rest\s+of|the\s+remainder\s+of))[\s-]+"
            r"(?P<rel>(?i:this|last|next|the\s+past|the\s+current))\s+"
            r"(?P<unit>(?i:week|month|year|quarter|decade|century|{SEASON}))"
        ),
        "relative",
    ),
    # "earlier in the year", "the end of the year", "the end of the quarter"
    Rule(
        "part_the_unit",
        _p(
            r"(?P<part>(?i:earlier|later|the\s+end|the\s+beginning|the\s+start"
            r"|the\s+middle|the\s+rest|the\s+remainder))\s+(?i:of|in)\s+"
            # "by the end of that year": the story's year
            r"(?P<rel>(?i:the|that))\s+(?P<unit>(?i:week|month|year|quarter|decade))"
        ),
        "relative",
    ),
    # "the end of 1998", "the end of June", "the beginning of 2023"
    Rule(
        "part_of_date",
        _p(
            r"(?P<part>(?i:the\s+end|the\s+beginning|the\s+start|the\s+middle))"
            r"\s+of\s+(?:(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?|(?P<y2>{YEAR}))"
            # "the second half of July": the month's end (TimeML has no half of a month)
            r"|(?P<half>(?i:the\s+(?:first|second|latter|last)\s+half))"
            r"\s+of\s+(?P<hmon>{MONTH})(?:\s+(?P<hy>{YEAR}))?"
        ),
        "part_of_date",
    ),
    # "mid-2023", "early 2023", "late 1998"
    Rule("part_year", _p(r"(?P<part>(?i:early|late|mid)\s+|(?i:mid)-)(?P<y>{YEAR})"), "part_year"),
    # "last week", "this month", "next year", "the past decade", "this summer", "last fall"
    Rule(
        "rel_unit",
        _p(
            r"(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|past|coming|the\s+past|the\s+last"
            r"|the\s+coming|the\s+current|the\s+previous|the\s+next|current"
            # "the following year" is left to story_next: it counts from the story's date
            # ("the same year" is story_that's: the year of the date just named)
            r"|previous|the\s+following(?!\s+(?i:week|month|year)\b)))\s+"
            # "this fiscal year", "the current fiscal year": the year the company is in
            r"(?:(?i:fiscal)\s+(?=(?i:year)))?"
            r"(?P<unit>(?i:week|weekend|fortnight|month|year|quarter[- ]century|quarter"
            r"|decade|century|{SEASON}))(?!-(?!-)|'s\s+\d|[- ](?i:century))"
        ),
        "relative",
    ),
    # "this year's third quarter", "the third quarter of 1998", "the first half", "Q3"
    Rule(
        "quarter",
        _p(
            r"(?:(?P<rel>(?i:this|last|next))\s+(?i:year's)\s+"
            r"|(?:(?i:the)\s+(?:(?i:comparable|corresponding)\s+)?)?(?:(?P<y>{YEAR})"
            r"|(?P<ago>(?i:year-(?:earlier|ago))))\s+"
            r"|(?i:the|that)\s+(?!\w+-quarter)(?:(?i:latest|current|previous|most\s+recent"
            r"|fiscal)[\s-]+)?"
            # "its fiscal first quarter": TimeBank takes "fiscal" in, never the possessive
            r"|(?i:fiscal)[\s-]+)?"
            # "the last half of 1989" is the second half ("the last quarter" is left to
            # rel_unit: in reports it is the latest one; "the last half of the '80s" to decade)
            r"(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th"
            # ... but "the final quarter of last year", "the last quarter of 2012" is Q4
            r"|(?:last|final)(?=\s+half(?!\s+of\s+the\b)"
            r"|[\s-]+quarter\s+of\s+(?:{YEAR}|(?:this|last|next)\s+year))))[\s-]+"
            r"(?P<qh>(?i:quarter|half))"
            r"|(?P<bare>(?:(?<=[Tt]he\s)|(?<=[Tt]hat\s))(?i:quarter|latest\s+quarter"
            r"|current\s+quarter|previous\s+quarter|most\s+recent\s+quarter"
            r"|latest\s+period)))(?![\s-]+(?:of\s+)?century)"
            r"(?:\s+(?:of\s+)?(?:(?P<y2>{YEAR})|(?P<this>(?i:this|last|next|the)"
            r"\s+(?:(?i:fiscal)\s+)?year)|(?i:fiscal)\s+(?P<y3>{YEAR})))?"
            # a part of something else is no calendar quarter: "the first half of the
            # season", "the second quarter of the game" (QUARTER_OF_OTHER)
            r"(?!{QUARTER_OF_OTHER})"
        ),
        "quarter",
    ),
    # "Q3", "Q4 2012", "3Q", "H1", "2H 2013", "FY2012": the codes of quarters, halves and
    # fiscal years in financial news (capitals only: "q3" is no code)
    Rule(
        "period_code",
        _p(
            # (not a visa's name: "the H1-B program")
            r"(?:(?P<q>Q[1-4]|[1-4]Q)|(?P<h>H[12]|[12]H))(?!-\w)"
            r"(?:\s*(?P<y>{YEAR})|\s*'(?P<yy>\d\d))?"
            r"|(?:FY|F[Yy]\s)(?:(?P<fy>{YEAR})|'?(?P<fyy>\d\d)(?!\d))"
        ),
        "period_code",
    ),
    # "the year-earlier quarter", "the year-ago period", "year-earlier", "a year earlier"
    Rule(
        "year_ago",
        _p(
            # TimeML takes in "the" before a noun ("the year-ago quarter"), not before the
            # adjective alone ("year-earlier levels")
            r"(?:(?i:the)\s+(?=(?:(?i:comparable|corresponding)\s+)?(?i:year-(?:earlier|ago"
            r"|before))\s+(?i:quarter|period|month)))?"
            r"(?:(?i:comparable|corresponding)\s+)?(?i:year-(?:earlier|ago|before))"
            r"(?:\s+(?P<noun>(?i:quarter|period|month)))?"
        ),
        "year_ago",
    ),
    # "the quarter a year ago", "the corresponding period last year", "last year's quarter",
    # "the same month a year ago": the same period one year back (a fiscal quarter, or the
    # month just named)
    Rule(
        "period_last_year",
        _p(
            r"(?i:the)\s+(?:(?i:comparable|corresponding|same)\s+)?"
            r"(?P<noun>(?i:quarter|period|month))"
            r"\s+(?:(?i:a\s+year\s+(?:ago|earlier))|(?:(?i:of)\s+)?(?i:last\s+year))(?!'s)"
            r"|(?i:last\s+year's)\s+(?P<noun2>(?i:quarter|period))"
        ),
        "year_ago",
    ),
    # "this time last year", "the same time a year ago", "this time next year": the DCT's
    # date one year back (or ahead)
    Rule(
        "time_last_year",
        _p(
            r"(?i:this|the\s+same|about\s+this)\s+(?i:time)\s+"
            r"(?:(?P<tback>(?i:last\s+year|a\s+year\s+ago))|(?P<tahead>(?i:next\s+year)))"
        ),
        "year_ago",
    ),
    # "the second day of an offensive", "his first day in office": one day of a longer
    # stretch (today's, when the sentence says it is: "today is the eighth day of ...")
    Rule(
        "ordinal_day",
        _p(
            r"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth"
            r"|ninth|tenth|\d{1,3}(?:st|nd|rd|th)))\s+(?i:day)(?![-\w])"
            r"(?=\s+(?i:of|in|on|at|as|since)\b)"
        ),
        "ordinal_day",
    ),
    # "earlier that day", "later that year", "that same day": the story's day (or week, ...),
    # the last date mentioned, not the DCT
    Rule(
        "story_that",
        _p(
            r"(?:(?P<part>(?i:earlier|later|early|late))\s+(?i:that)"
            r"|(?i:that\s+same|the\s+same))\s+"
            r"(?P<unit>(?i:day|morning|afternoon|evening|night|week|month|year))"
            r"(?!\s+(?:as|that|when)\b)"
        ),
        "story_that",
    ),
    # "that evening", "that night", "that day" (the story's day; kept only where "that" is the
    # determiner of the unit in the parse, not "said that day-care ..." or "so that night")
    STORY_THAT_DAY,
    # "two days ago", "a year earlier", "three weeks later", "several years ago"
    Rule(
        "ago",
        _p(
            r"(?:(?P<qmod>{QMOD})\s+)?(?:(?P<qty>{NUM}|(?i:a|an)|{VAGUE})\s*)?"
            # "two and a half years ago", "a year and a half ago"
            r"(?:(?P<ahalf>(?i:and\s+a\s+half))\s+)?(?P<unit>{UNIT})s?"
            r"(?:\s+(?P<ahalf2>(?i:and\s+a\s+half)))?"
            r"\s+(?:(?i:or\s+so)\s+)?(?P<dir>(?i:ago|earlier|later|hence|from\s+now"
            r"))"
        ),
        "ago",
    ),
    # "the next day", "the following morning", "the previous week" (relative to the story)
    Rule(
        "story_next",
        _p(
            r"(?i:the)\s+(?P<srel>(?i:next|following|previous|preceding))\s+"
            r"(?P<unit>(?i:day|morning|evening|night|week|month|year))"
        ),
        "story_next",
    ),
    # "the year", "the full year", "the fiscal year", "the week" (the current one)
    Rule(
        "the_unit",
        _p(
            r"(?i:the|the\s+full|the\s+fiscal|the\s+current\s+fiscal|that)\s+"
            # "the week's most active session" is this week's; "the year's end" is year_end's
            r"(?P<unit>(?i:year|week))(?!-(?!-)|'s\s+(?i:end|first|second|third|fourth)\b"
            r"|\s+(?:ago|earlier|before|after|of|when"
            r"|in\s+which|to|that|following))"
        ),
        "the_unit",
    ),
    # "that month" after a date: the story's month, as "that year" and "that week" above are
    # the story's year and week ("In January 2013, CREW filed a request that month"); "the
    # month" alone is left unread (PolNeAR train/dev: 9 "that month", none read before)
    Rule(
        "that_month",
        _p(
            r"(?i:that)\s+(?P<unit>(?i:month))(?!-(?!-)|'s\s+(?i:end|first|second|third|fourth)\b"
            r"|\s+(?:ago|earlier|before|after|of|when|in\s+which|to|that|following))"
        ),
        "the_unit",
    ),
    # "the week of March 6"
    Rule(
        "week_of",
        _p(r"(?i:the\s+week\s+of)\s+(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>{YEAR}))?"),
        "week_of",
    ),
    # "the weekend", "this weekend"
    Rule("weekend", _p(r"(?i:the|this|last|next)\s+(?i:weekend)"), "weekend"),
    # "year-end", "the year's end", "the end of the year"
    Rule("year_end", _p(r"(?:(?i:the)\s+)?(?i:year[- ]end|year's\s+end)"), "year_end"),
)

# Lengths of time.
DURATION_RULES: tuple[Rule, ...] = (
    # "the past two months", "the next few days", "the first nine months", "more than 20 years"
    Rule(
        "span",
        _p(
            r"(?:(?P<qmod>{QMOD})\s+)?(?:(?P<lead>(?i:the\s+past|the\s+last|the\s+next"
            r"|the\s+first|the\s+final|the\s+previous|the\s+coming|the\s+latest"
            # "last" after a modal or "to" is the verb: "expected to last six weeks"
            r"|the\s+following|the|past|{LAST_NOT_VERB}|next|another|an\s+additional|the\s+full"
            r"|a\s+full|the\s+entire|an\s+entire))\s+)?"
            r"(?P<qty>{NUM}|(?i:a|an)|{VAGUE})(?:\s+(?i:more|additional|full|straight"
            # "eight trading days", "three business days": counted days are still days
            r"|consecutive|long|short|trading|business|working))?"
            r"\s*(?:(?P<half>(?i:and\s+a\s+half))\s+)?"
            r"(?P<unit>{UNIT})(?P<plural>s)?(?:\s+(?P<half2>(?i:and\s+a\s+half)))?"
        ),
        "duration",
    ),
    # "the next 12 to 18 months"
    Rule(
        "range",
        _p(
            r"(?:(?i:the\s+(?:past|last|next|first))\s+)?(?P<qty>\d+|{NUM})\s+"
            r"(?i:to|or|-)\s+(?P<qty2>\d+|{NUM})\s+(?P<unit>{UNIT})s"
        ),
        "range",
    ),
    # "five-year", "30-day", "24-hour", "a three-month-long inquiry" (adjectival, not
    # "-year-old" ages)
    Rule(
        "adjectival",
        _p(
            r"(?P<qty>\d+|{NUM}|(?i:several|multi))-(?P<unit>{UNIT})(?:-(?i:long))?"
            r"(?!-?old|s)(?!-)"
        ),
        "duration",
    ),
    # "half an hour", "a half-hour", "half a century"
    Rule("half", _p(r"(?i:half\s+an?|an?\s+half[\s-]|half-)\s*(?P<unit>{UNIT})(?!s)"), "half"),
    # "year-long", "month-long" (adjectival, one unit); "years-long", "decades-long" (an unknown
    # number of units)
    Rule(
        "unit_long",
        _p(r"(?P<unit>(?i:year|month|week|day|hour|decade))(?P<plural>s)?-?(?i:long)"),
        "unit_long",
    ),
    # "years", "months", "decades", "weeks", "hours" (bare plural: an unknown number of them)
    Rule(
        "bare_plural",
        _p(
            r"(?:(?P<lead>(?i:recent|the\s+past|past|the\s+last|the\s+next"
            r"|the\s+coming|coming|the\s+first|the\s+early|the\s+final))\s+)?(?P<unit>(?i:year|month|week|day|hour|minute"
            r"|decade|centurie))s(?!\w|\s+(?:ago|old|earlier|later))"
        ),
        "bare_plural",
    ),
)

# Repeated times.
SET_RULES: tuple[Rule, ...] = (
    # "every Monday", "each Thursday", "every day", "each season", "every two weeks"
    Rule(
        "every",
        _p(
            # "every few minutes", "every summer", "each morning", "every Tuesday night"
            # "every single day": "single" only stresses "every" (PolNeAR train/dev: 5)
            r"(?i:every|each|per)\s+(?:(?i:single)\s+)?(?:(?P<qty>{NUM}|(?i:other)|{VAGUE})\s+)?"
            r"(?:(?P<wd>{WEEKDAY})"
            r"(?:\s+(?P<pod>{POD}))?|(?P<mon>{MONTH})|(?P<sea>{SEASON})(?!\s+of\b)"
            r"|(?P<epod>{POD})|(?P<unit>{UNIT}|(?i:season|weekend))s?)"
        ),
        "set",
    ),
    # "on weekends", "at weekends": every weekend
    Rule("weekends", _p(r"(?<=\b[Oo]n\s|\b[Aa]t\s)(?P<unit>(?i:weekend))s"), "set"),
    # "daily", "weekly", "annually"
    Rule("frequency", _p(rf"(?P<freq>(?i:{_alt(FREQUENCY_WORDS)}))"), "set"),
    # "Mondays", "Tuesday nights", "Monday evenings", and the first of "Monday and Tuesday
    # nights" (the plural part of the day makes both days repeat)
    Rule(
        "plural_weekday",
        _p(
            r"(?P<wd>{WEEKDAY})(?:s(?:\s+(?P<pod>(?i:morning|afternoon|evening|night))s)?"
            r"|\s+(?P<pod2>(?i:morning|afternoon|evening|night))s"
            r"|(?=\s+(?i:and|or)\s+{WEEKDAY}\s+(?P<pod3>(?i:morning|afternoon|evening|night))s"
            r"(?!\w)))"
        ),
        "set",
    ),
    # "twice a week", "$5 a year", "three times a day"
    Rule(
        "rate",
        _p(
            r"(?:(?i:once|twice|thrice|(?:\d+|{NUM})\s+times)\s+(?i:a|per)|(?i:per))\s+"
            r"(?P<unit>(?i:day|week|month|year|hour))"
        ),
        "set",
    ),
    # "$1 million a year", "5% a month" (kept only after an amount: see AMOUNT_BEFORE_RATE)
    Rule(
        "rate_amount",
        _p(
            r"(?i:a|an)\s+(?P<unit>(?i:day|week|month|year|hour))"
            r"(?!\s+(?:ago|earlier|later|before|after|old|long))"
        ),
        "set",
    ),
)

# Fuzzy references to the past, present and future.
FUZZY_RULES: tuple[Rule, ...] = (
    # "now", "currently", "recently", "the past", "the future", "soon", "recent years"
    Rule(
        "fuzzy_period",
        _p(
            r"(?P<word>(?i:recent|coming|past))\s+(?P<unit>(?i:years|months"
            r"|weeks|days|decades|quarters))"
        ),
        "fuzzy_period",
    ),
    Rule("fuzzy", _p(rf"(?P<word>(?i:{_alt(FUZZY_REFS)}))(?![-–]\w)"), "fuzzy"),
)

# Expressions anchored on another event: "five days after the failed coup attempt".
ANCHOR_RULES: tuple[Rule, ...] = (
    Rule(
        "anchored",
        _p(
            r"(?:(?P<pre>(?i:just|only|barely|some|about|nearly|almost|less\s+than"
            r"|more\s+than))\s+)?(?P<dur>(?:(?P<qty>{NUM}|(?i:a\s+mere|a|an|mere|the)"
            r"|{VAGUE})\s*)?(?P<unit>{UNIT})(?P<plural>s)?)(?:\s+(?i:or\s+so))?"
            r"(?=\s+(?P<dir>(?i:after|before))\s+\S)"
        ),
        "anchored",
    ),
)

# SAME_DAY_AS: "on the same day as the rally", "the same day that Trump railed against the
# judge", "On the same day he won the Iowa caucus": the day of the event the clause or phrase
# after it names, not the story's last date (kept by _keep only where "as", "that", "when"
# or a relative clause follows; "donated on the same day" alone stays the story's day).
SAME_DAY_OFFSET = "P0D"  # its anchor's own day
# Words that open a subject before its head noun ("the campaign", "Trump's aides").
SUBJECT_OPENER_DEPS = frozenset({"det", "compound", "amod", "poss", "nummod", "case"})
SAME_DAY_AS = Rule(
    "same_day_as",
    _p(
        r"(?i:the|that)\s+(?i:same)\s+(?P<unit>(?i:day|night|morning|afternoon|evening))(?![-\w])"
        r"(?:(?=\s+(?P<dir>(?i:as|that|when))\s+\S))?"
    ),
    "same_day",
)

RULE_TABLES: tuple[tuple[Rule, ...], ...] = (
    (SAME_DAY_AS,),
    ANCHOR_RULES,
    DATE_RULES,
    DAY_RULES,
    RELATIVE_RULES,
    SET_RULES,
    DURATION_RULES,
    FUZZY_RULES,
)

# Words that, right before a candidate, show it is not a time ("the May family", "No. 1999").
BLOCKING_PREVIOUS_WORDS = frozenset({"no", "no.", "number", "route", "flight", "room", "page"})

# spaCy entity labels showing a four-digit number is an amount, not a year.
NOT_YEAR_ENTITIES = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})

# An amount right before "a year" makes it a rate ("$1 million a year", "5% a month").
AMOUNT_BEFORE_RATE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|percent|dollars|euros|pounds|cents|times|hours"
    r"|miles|tons|barrels))\s+$",
    re.I,
)
# ... and so does a counted plural noun just before it ("163 pesos a day", "50 men a day",
# "nine minutes a day", "multiple rallies a day"): a count per day, not a day's length.
COUNT_BEFORE_RATE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozens|multiple|several"
    r"|many|few)\s+(?:[a-z]+\s+)?(?:[a-z]+s|men|women|people|children)\s+$",
    re.I,
)

# A sentence reporting a year-to-date period ("For the nine months, net rose ... a year
# earlier"): its "a year earlier" is last year, not last year's quarter.
YEAR_TO_DATE_CUES = re.compile(
    r"\b(?:nine|six|first\s+(?:nine|six))\s+months\b|\b(?:first|second)\s+half\b"
    r"|\byear\s+to\s+date\b|\byear-to-date\b",
    re.I,
)

# A figure or a word of results in the sentence ("net of $1.2 million, or 5 cents a share, a
# year earlier", "A year earlier, the company lost money"): "a year ago" compares a reported
# quarter only beside one; "Clinton imagined a year ago", in a story that named a quarter
# before, is last year.
FIGURE_CUES = re.compile(
    r"\d|\$|%|\b(?:percent|cents?|a\s+share|net|profits?|loss(?:es)?|lost|earn\w*|revenues?"
    r"|sales|income|dividends?|results?)\b",
    re.I,
)

# An age ("Mr. Schwarz, 52 years old"): TimeBank does not annotate it as a duration.
AGE_AFTER = re.compile(r"\s*-?\s*old\b", re.I)

# A bare plural that measures the gap between two events ("bombings minutes apart") or says
# only that something is near ("a matter of days"), not a stretch of time the story places.
# TE3 train gold (TimeBank + AQUAINT) leaves every such phrase untagged: "<units> apart" 2 of
# 2 (both AQUAINT), "a matter of <units>" 2 of 2 (one in each corpus).
GAP_AFTER = re.compile(r"\s+apart\b", re.I)
MATTER_OF_BEFORE = re.compile(r"\bmatter\s+of\s+$", re.I)

# A capitalised name after a bare month name ("the annual March for Life", "the March of the
# Combatant Mothers"): an event's name, not the month.
NAME_AFTER_MONTH = re.compile(r"\s+(?:for|of\s+the)\s+[A-Z]")

# Capitalised time words that are part of a name, not a time: after a capitalised word
# mid-sentence ("USA Today", "Breitbart News Daily", "the Liberty Now PAC", NAME_BEFORE) or
# before one (NAME_AFTER_PART); a title-case headline keeps them (_title_case_line).
NAME_PART_WORDS = frozenset(
    {"today", "tonight", "now", "daily", "weekly", "monthly", "nightly", "this morning",
     "this week"}
)  # fmt: skip
# A capitalised word after a capitalised weekday and part of the day in running text: the
# name of a show ("Saturday Night Live", "Sunday Night Baseball", "Monday Night Football").
SHOW_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")

# ... or when a capitalised word follows them mid-sentence ("the Daily News", "NBC's
# "Nightly News"", "the Today Show"); at the start of a sentence ("Today Clinton said") they
# stay times (_mid_sentence).
NAME_AFTER_PART = re.compile(r"\s+[A-Z][a-z]")
# A capitalised name word quoted alone, the closing quote right after it with no punctuation
# inside, is a title: NBC's "Today", the ''Today'' show (PolNeAR train: 5 false days). A
# speaker's one-word answer keeps its punctuation inside ("Today," he said), and "Today's
# speech" continues past the apostrophe.
QUOTE_OPEN_BEFORE = re.compile(r"(?:``|''|[\"“])$")
QUOTE_CLOSE_AFTER = re.compile(r"(?:''|[\"”])(?![\w’'])")
# A capitalised frequency word before a capitalised noun is a name even in a title-case line,
# where NAME_AFTER_PART is not read ("NY Daily News: ...", "The Daily Show Takes A Closer Look",
# '"Daily Show" host'); in a headline the adverb ends its phrase, so a function word may follow
# it ("Trump Attacks Clinton Daily On Trade" keeps its SET). PolNeAR train: 4 false SETs.
FREQUENCY_NAME_WORDS = frozenset({"Daily", "Weekly", "Nightly", "Monthly"})
FREQUENCY_NAME_AFTER = re.compile(r"[\"”’']?\s+([A-Z][a-z]+)\b")
HEADLINE_FUNCTION_WORDS = frozenset(
    {"About", "After", "Against", "Amid", "And", "As", "At", "Before", "But", "By", "Despite",
     "During", "For", "From", "In", "Into", "On", "Or", "Over", "Since", "The", "To", "Until",
     "With", "Without"}
)  # fmt: skip
# "the Year" with its capital after "<Title> of" is an award's name, not the year: "Time's
# Person of the Year", "Liar-of the Year" (PolNeAR train: 6 false years).
AWARD_TITLE_BEFORE = re.compile(r"\b[A-Z][a-z]+[- ]of\s+$")
# A capitalised time word right after a word in capitals, in a line not written in capitals, is
# the end of a name spelled in capitals ("USA TODAY", "CBS THIS MORNING"), even at the start of
# a sentence or in a title-case byline ("Contributing: Greg Toppo, USA TODAY."), where
# NAME_BEFORE does not read a name; a headline in capitals ("TRUMP SPEAKS TODAY") keeps it.
# PolNeAR train/dev: the 5 "USA TODAY" read as the publication day.
CAPS_NAME_BEFORE = re.compile(r"\b[A-Z]{2,}\s$")
CAPITALS_LINE_SHARE = 0.8  # share of a line's letters in capitals that makes it a headline
# The name's last word may be an abbreviation ("U.S. Today") but not a word that ends its
# sentence ("... call him Ted. Today, Mr. Cruz serves"; "the old Soviet Union. Today, ...").
NAME_BEFORE = re.compile(r"(?<![.!?:\"“‘'\n])\s[A-Z](?:[A-Za-z&]*|(?:\.?[A-Z])*\.)\s$")

# A company named after its century: "21st Century Fox", "20th Century Fox" (PolNeAR: 4 of
# the 5 capitalised "21st Century" are the company).
CENTURY_COMPANY_AFTER = re.compile(r"\s+Fox\b")

# "a quarter of the donors", "three quarters of voters", "one quarter the power": a fraction,
# not three months; "a quarter of an hour" and "a quarter of a century" are lengths of time.
FRACTION_OF_AFTER = re.compile(
    r"\s+(?:of|the)\b(?!\s+(?:(?:a|an)\s+(?:hour|century)\b"
    # ... a year follows ("a quarter of 1989"), not a share ("a quarter of 1 percent")
    r"|(?:fiscal\s+)?\d+(?!\.?\d*\s*(?:percent|per\s+cent|%))|(?:this|next|last|the)"
    r"\s+(?:fiscal\s+)?year\b))"
    # ... and a fraction beside another ("between a quarter and a third of voters")
    r"|\s+(?:and|or|to)\s+(?:a|one|two)[\s-]+(?:half|halves|third|thirds|fifth|fifths)\b",
    re.I,
)
# The numerators of such fractions ("several quarters of losses" is a length of time).
FRACTION_NUMERATORS = frozenset({"a", "an", "one", "three"})

# "on a day-to-day basis", "day-by-day": a manner, not a length.
UNIT_MANNER_AFTER = re.compile(r"-(?:to|by)-|-inch\b", re.I)  # ... and "a quarter-inch"

# Words of a present-tense sentence saying its "Nth day of ..." is the DCT ("today is the
# eighth day of Desert Shield", "It's the second day of an offensive").
ORDINAL_DAY_TODAY = re.compile(r"\b(?:today|tonight|now|it's|it\s+is|this\s+is)\b", re.I)

# Words before "the day" that make it the story's day ("later in the day", "early in the
# day"), not the start of an offset ("the day before the vote").
PART_IN_BEFORE = re.compile(r"\b(?:later|earlier|late|early)\s+in\s+$", re.I)

# What lies between two coordinated expressions ("every Tuesday and Thursday", "on Mondays,
# Wednesdays or Fridays").
COORDINATION_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*", re.I)

# How far from the DCT the story's day may lie for "the week" to mean its week (further
# off, "the week" is the DCT's: an old date is background, not the story's day).
STORY_WEEK_DAYS = 7

# Words of a shift counted from the story's last date ("two years later", "a day earlier"),
# where "ago", "hence" and "from now" count from the DCT.
STORY_SHIFT_WORDS = frozenset({"earlier", "later"})
# ... of which "later" counts from an event, never from the DCT: with no date told before, "two
# years later" is an unknown date (as "ago" and "earlier" may count back from the DCT).
UNANCHORED_SHIFT_WORD = "later"

# Units of a shift within a day ("three hours later", "20 minutes earlier"): told after a day
# or a time of day of the story, they fall on that day, not on the DCT's. After a month or a
# year ("in 2009 ... a few seconds later") the story's day is not known: the DCT's day, as
# with nothing told before. CLOCK_SHIFT_GRAINS: the grains of a story date they stay on.
CLOCK_SHIFT_UNITS = frozenset({"second", "minute", "hour"})
CLOCK_SHIFT_GRAINS = frozenset({"day"})

# Directions of a shift that compares with the past rather than moving the story on.
BACKWARD_SHIFT_WORDS = frozenset({"earlier", "ago"})

# "The next year", "the previous month" in a past-tense sentence after a date: a step from
# the story's date, not from the DCT (in future or present tense they count from the DCT).
STORY_RELATIVE_STEPS: dict[str, int] = {"the next": 1, "the previous": -1}

# Units of "the next day", "the following morning" (story_next) that need a day to count
# from; a date named before at a coarser grain ("last month", "in 2012") gives none, so the
# day is unknown within that month or year, not the month's second day. Grains of a date that
# name its day (a clock time or part of a day names one too: "Tuesday night ... the next
# morning").
STORY_DAY_UNITS = frozenset({"day", "morning", "evening", "night"})
DAY_PRECISE_GRAINS = frozenset({"day", "time-of-day"})
# The unknown value of each unit of "the next day", "the following year" when there is nothing
# to count from (TIMEX3's X for each digit the text does not give).
UNKNOWN_UNIT_VALUES: dict[str, tuple[str, str]] = {
    "week": ("XXXX-WXX", "week"),
    "month": ("XXXX-XX", "month"),
    "year": ("XXXX", "year"),
}

# "the previous Friday", "the following Monday" after a day was named: the weekday before or
# after that day (the story's reference time), not the one before or after the DCT, which
# news calls "last Friday" and "next Monday". "the next Monday" counts from the story's day
# only in a past-tense sentence (STORY_WEEKDAY_PAST_ONLY), like STORY_RELATIVE_STEPS; in the
# present or future it is the DCT's next Monday. Without a day named before, the DCT.
STORY_WEEKDAY_STEPS: dict[str, int] = {"the previous": -1, "the following": 1, "the next": 1}
STORY_WEEKDAY_PAST_ONLY = frozenset({"the next"})

# Calendar granularities from fine to coarse (a shift is never finer than its base date).
# "that month", "that week" after a date named only to a coarser grain (a year, a quarter): a
# month (week) of it, unknown, as TIMEX3 writes it
STORY_PART_UNKNOWN: dict[str, str] = {"month": "{y:04d}-XX", "week": "{y:04d}-WXX"}
GRAIN_RANK: dict[str, int] = {
    "day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "season": 4, "year": 5,
    "decade": 6, "century": 7,
}  # fmt: skip

# "around" before a date makes it approximate and belongs to its extent ("completed around
# Nov. 1", "close around year end"); "get around Wednesday's ruling" is a verb's particle.
APPROX_BEFORE = re.compile(
    r"(?<!\bget\s)(?<!\bgot\s)(?<!\bgets\s)(?<!\bgetting\s)\b(?i:around)\s+$"
)
# The rule kinds of calendar dates that "around" joins (clock times take it in their own rule).
APPROX_KINDS = frozenset({"calendar", "numeric", "year_end", "weekday", "holiday"})

# A hedge after a date or length that widens it belongs to its extent, with its TIMEX3 mod:
# "over the next year or so", "until 1994 or later", "for 1990 and beyond", "over the past
# decade or so". TE3 train gold takes the words in each of the 5 times it tags the expression
# before them ("the next year or so", "1994 or later", "1990 and beyond", "the next two years
# or so", "a week or so ago"); "or later"/"and beyond" only close a date ("two years or later"
# is no date). In lower case: "author of 2016 and Beyond" is a title. PolNeAR train: 4 extents
# ("the past month or so", "March and beyond").
APPROX_TAIL_AFTER = re.compile(
    r"\s+(?P<tail>or\s+so|or\s+later|or\s+earlier|and\s+beyond)(?![-\w])"
)
APPROX_TAIL_MODS: dict[str, str] = {
    "or so": "APPROX", "or later": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE",
    "and beyond": "ON_OR_AFTER",
}  # fmt: skip

# What lies between a date and an offset in apposition to it ("Oct. 12, the day before the
# plunge", "Tuesday, hours after the staffer was charged"): the appositive names that same day.
APPOSITION_GAP = re.compile(r"\s*,\s*")

# What may stand between a clock time and the day it is on, when the two are not adjacent:
# "8 p.m. local time (1900 GMT) on Sunday", "1900 GMT) on Sunday", "noon, local time, Friday".
CLOCK_DAY_AFTER = re.compile(
    r"\)?\s*,?\s*(?:local\s+time\s*,?\s*)?(?:\([^()]{1,24}\)\s*,?\s*)?(?:on\s+)?"
    rf"(?:(?P<wd>{F['WEEKDAY']})|(?P<rel>(?i:today|yesterday|tomorrow|tonight)))\b"
)

# Frequency adjectives TimeBank/AQUAINT annotate as SETs even before a noun ("his weekly radio
# address", "their daily life", "a daily rally"); the longer cadences are mostly names of
# reports and payments there ("quarterly dividend", "monthly magazine") and are left out.
FREQUENCY_ADJECTIVES_KEPT = frozenset({"daily", "weekly", "hourly", "nightly"})

# Prepositions before "the morning" or "mid afternoon" that make it a time of the story's day
# ("in the morning", "by mid afternoon"); elsewhere it is mostly a name or a generic ("the
# morning show", "the morning was cold").
POD_PREPOSITIONS = frozenset({"in", "during", "by", "at", "until", "till", "since"})

# How far back the start of the quarter a financial report is about may lie (a quarter's
# results come out within weeks of its end; a year's margin covers late filings).
REPORTING_QUARTER_DAYS = 366

# "the quarter ended Sept. 30", "the quarter ending July 31": a report's quarter named by the
# day it closed is the calendar quarter holding most of it (see _quarter_ended).
QUARTER_ENDED_AFTER = re.compile(
    r",?\s+(?:that\s+|which\s+)?end(?:ed|ing)\s+(?P<mon>"
    + F["MONTH"]
    + r")\s+(?P<d>"
    + F["DAYNUM"]
    + r")(?!\d)(?:,?\s+(?P<y>"
    + F["YEAR"]
    + r"))?"
)

# Words after which a bare "May" is the month ("in May", "since May", "last May").
MAY_CUES = frozenset(
    {"in", "since", "until", "by", "from", "of", "to", "through", "before", "after", "last",
     "this", "next", "early", "late", "mid", "during", "between", "and"}
)  # fmt: skip

# Fuzzy words kept only when the parse says they refer to time here: "current" as a modifier
# ("the current crisis"), "(the) past" as a noun ("in the past", not "the past tense").
FUZZY_NEEDS_PARSE = frozenset({"past", "the past", "current"})

# "the future of X" is X's fate or prospects, not a time ("the future of our party", "worried
# about the future of their kids"); TE3 train leaves its one case untagged ("very important to
# the future of our peoples") and tags the time adverbials ("in the future", "well into the
# future"). PolNeAR train: 21 such FUTURE_REFs, 2 more attributive (_attributive_future).
FUTURE_AS_FATE_AFTER = re.compile(r"\s+of\b")


# --------------------------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a normaliser decides: TIMEX3 type and value plus the covered interval."""

    type: str
    value: str
    granularity: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    mod: str | None = None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _day(d: dt.date, mod: str | None = None) -> Resolved:
    return Resolved("DATE", d.isoformat(), "day", d, d, mod)


def _month(y: int, m: int, mod: str | None = None) -> Resolved:
    return _narrow(
        Resolved("DATE", f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1), _month_end(y, m)), mod
    )


def _year(y: int, mod: str | None = None) -> Resolved:
    return _narrow(Resolved("DATE", f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31)), mod)


def _week(d: dt.date, mod: str | None = None) -> Resolved:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=iso.weekday - 1)
    value = f"{iso.year:04d}-W{iso.week:02d}"
    return _narrow(Resolved("DATE", value, "week", monday, monday + dt.timedelta(days=6)), mod)


def _quarter(y: int, q: int, mod: str | None = None) -> Resolved:
    first = dt.date(y, 3 * q - 2, 1)
    return _narrow(Resolved("DATE", f"{y:04d}-Q{q}", "quarter", first, _month_end(y, 3 * q)), mod)


def _half(y: int, h: int, mod: str | None = None) -> Resolved:
    first = dt.date(y, 6 * h - 5, 1)
    return _narrow(Resolved("DATE", f"{y:04d}-H{h}", "half", first, _month_end(y, 6 * h)), mod)


def _season(y: int, code: str, mod: str | None = None) -> Resolved:
    first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    first = dt.date(y, first_month, 1)
    last_y, last_m = (y + 1, 2) if code == "WI" else (y, first_month + 2)
    return _narrow(
        Resolved("DATE", f"{y:04d}-{code}", "season", first, _month_end(last_y, last_m)), mod
    )


def _decade(decade: int, mod: str | None = None) -> Resolved:
    start, end = dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31)
    return _narrow(Resolved("DATE", f"{decade:03d}", "decade", start, end), mod)


def _century(c: int, mod: str | None = None) -> Resolved:
    return _narrow(Resolved("DATE", f"{c:02d}", "century", dt.date(max(c * 100, 1), 1, 1),
                            dt.date(c * 100 + 99, 12, 31)), mod)  # fmt: skip


def _narrow(r: Resolved, mod: str | None) -> Resolved:
    """Apply START/MID/END: the first, middle or last third of the interval."""
    if mod is None or r.start is None or r.end is None:
        return replace(r, mod=mod)
    days = (r.end - r.start).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return replace(r, end=r.start + dt.timedelta(days=third - 1), mod=mod)
    if mod == "END":
        return replace(r, start=r.end - dt.timedelta(days=third - 1), mod=mod)
    if mod == "MID":
        return replace(r, start=r.start + dt.timedelta(days=third),
                       end=r.end - dt.timedelta(days=third), mod=mod)  # fmt: skip
    return replace(r, mod=mod)


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units (calendar-aware for months and years)."""
    if unit in {"day", "night"}:
        return d + dt.timedelta(days=n)
    if unit in {"week", "weekend", "fortnight"}:
        return d + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "quarter-century": 300,
              "century": 1200}.get(unit)  # fmt: skip
    if months is None:
        return d
    total = d.year * 12 + d.month - 1 + n * months
    y, m = divmod(total, 12)
    y = min(max(y, 1), 9999)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _unit_interval(d: dt.date, unit: str, mod: str | None = None) -> Resolved:
    """The calendar unit (week, month, ...) containing ``d``."""
    unit = unit.lower()
    if unit in SEASONS:
        code, first = SEASONS[unit]
        y = d.year - 1 if code == "WI" and d.month < 3 else d.year
        return _season(y, code, mod)
    if unit in {"day", "night"}:
        return _day(d, mod)
    if unit in {"week", "fortnight"}:
        return _week(d, mod)
    if unit == "weekend":
        return _weekend(d)
    if unit == "month":
        return _month(d.year, d.month, mod)
    if unit == "quarter":
        return _quarter(d.year, (d.month - 1) // 3 + 1, mod)
    if unit == "decade":
        return _decade(d.year // 10, mod)
    if unit == "century":
        return _century(d.year // 100, mod)
    return _year(d.year, mod)


def _weekend(d: dt.date) -> Resolved:
    iso = d.isocalendar()
    saturday = d + dt.timedelta(days=6 - iso.weekday)
    value = f"{iso.year:04d}-W{iso.week:02d}-WE"
    return Resolved("DATE", value, "weekend", saturday, saturday + dt.timedelta(days=1))


def _num(text: str | None) -> int | float | None:
    """A number written in digits or words; None for vague quantities."""
    if text is None:
        return 1
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if t in {"a few", "few", "several", "many", "some", "a number of", "dozens of",
             "hundreds of", "multi"}:  # fmt: skip
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", t.replace(",", ""))
    if m:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return int(value) if value == int(value) else value
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


# The next smaller unit for fractional amounts: (designator, is time) -> (smaller, is time, factor)
FRACTION_UNITS: dict[tuple[str, bool], tuple[str, bool, int]] = {
    ("Y", False): ("M", False, 12),
    ("M", False): ("D", False, 30),
    ("W", False): ("D", False, 7),
    ("D", False): ("H", True, 24),
    ("H", True): ("M", True, 60),
    ("M", True): ("S", True, 60),
}


def _unit_name(unit: str) -> str:
    """A unit's key in UNITS: "centuries" -> century, "quarter century" -> quarter-century."""
    unit = unit.lower()
    if re.match(r"quarter(?:[- ]|\s+of\s+a\s+)centur", unit):
        return "quarter-century"
    return "century" if unit.startswith("centur") else unit


def _duration_value(n: int | float | None, unit: str) -> str:
    """ISO 8601 duration: 5 days -> P5D, 3 hours -> PT3H, 2.5 years -> P30M, None -> PXD."""
    unit = unit.lower().rstrip("s")
    unit = _unit_name(unit)
    designator, is_time, _ = UNITS.get(unit, ("D", False, "day"))
    if unit == "fortnight" and n is not None:
        n = n * 2
    if unit == "decade":
        # counted in years, as TimeBank does ("two decades" P20Y, "decades-long" PXY)
        designator, n = "Y", (n * 10 if n is not None else None)
    if unit == "century" and n is not None:
        designator, n = "Y", n * 100
    if unit == "quarter-century":
        designator, n = "Y", (n * 25 if n is not None else None)
    if designator == "W" and n is not None and n != int(n):
        return _duration_value(n * 7, "day")  # "a week and a half" -> P10DT12H (no P1W4D)
    if n is not None and n != int(n):
        # "5 1/2 hours" -> PT5H30M, "2 1/2 years" -> P2Y6M, "a day and a half" -> P1DT12H
        whole, rest = int(n), n - int(n)
        smaller = FRACTION_UNITS.get((designator, is_time))
        if smaller is not None:
            small, small_is_time, factor = smaller
            head = f"{whole}{designator}" if whole else ""
            tail = f"{round(rest * factor)}{small}"
            if is_time:
                return f"PT{head}{tail}"
            return f"P{head}T{tail}" if small_is_time else f"P{head}{tail}"
        n = round(n)
    amount = "X" if n is None else str(int(n))
    return f"PT{amount}{designator}" if is_time else f"P{amount}{designator}"


# --------------------------------------------------------------------------------------------
# Context: DCT and tense
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    """What a normaliser may read: the DCT, the tense around the match, the last date seen."""

    dct: dt.date | None
    # past | present | future | nearest, nearer_ahead, nearer_back (of a weekday) | None
    tense: str | None
    previous: Resolved | None  # the last resolved calendar date before this one ("that year")
    sentence: str  # the sentence text (for context words like "quarter")
    quarter: Resolved | None = None  # the last fiscal quarter named in the document
    # the date is an adverbial of its verb ("will take effect in January"), not a modifier of
    # a noun ("data for February will be released"): a future tense then admits no past month
    of_verb: bool = False


def _sentences(doc: Doc) -> list[SpacySpan]:
    """The parse's sentences (the whole doc as one when the pipeline sets no boundaries)."""
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]


def _sentence_of(sents: list[SpacySpan], starts: list[int], char: int) -> SpacySpan:
    return sents[max(bisect_right(starts, char) - 1, 0)]


def _governing_tense(doc: Doc, start: int, end: int, sent: SpacySpan | None = None) -> str | None:
    """Tense of the verb governing the text at [start, end): past, present, future or None.

    Reads part-of-speech tags and the dependency tree; without them (a blank pipeline) it is
    None and resolution falls back to the nearest reading.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not doc.has_annotation("DEP"):
        return None
    token: Token = span.root
    for _ in range(TENSE_REACH):
        if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or token.tag_ == "MD":
            tense = _verb_tense(token)
            if tense is not None:
                return tense
        if _misread_past_verb(token):
            return "past"
        if token.head == token:
            break
        token = token.head
    return _sentence_tense(sent) if sent is not None else None


def _misread_past_verb(token: Token) -> bool:
    """Is this an "-ed" word the tagger took for an adjective though it heads a clause of its
    own (MISREAD_PAST_DEPS) with a subject or a prepositional phrase ("Clinton, meantime,
    glossed over warnings on Thursday that ... could do harm": "glossed" tagged JJ and hung
    under "do")? It is a verb in the simple past."""
    return (
        token.tag_ == "JJ"
        and token.lower_.endswith("ed")
        and token.dep_ in MISREAD_PAST_DEPS
        and not any(
            c.dep_ in {"aux", "auxpass", "cop"} or c.lower_ in DEGREE_WORDS for c in token.children
        )
        and any(c.dep_ == "prep" for c in token.children)
    )


def _governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The nearest verb above the text at [start, end) in the parse (None without one)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not doc.has_annotation("DEP"):
        return None
    token: Token = span.root
    for _ in range(6):
        if token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _verb_tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        # "plans to leave on Thursday", "is scheduled to close Monday"; a purpose infinitive
        # defers to the verb above it
        if verb.dep_ not in FORWARD_INFINITIVE_DEPS:
            return None
        if (
            verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in IMPLICATIVE_VERBS
            and (
                verb.head.tag_ == "VBD"
                or (_present_perfect(verb.head) and verb.head.lemma_.lower() in PERFECT_DONE)
            )
        ):
            return "past"  # "failed to predict the win on Tuesday night", "has begun to rebut"
        # "had been scheduled to expire Friday", "had been due to expire": the plan lies in
        # the past (the past perfect), and so does the day it was for
        if _under_past_perfect(verb):
            return "past"
        above = _verb_above(verb)
        if above is not None and _simple_past(above):
            # "forced Schultz to resign Sunday", "were quick to offer condolences on Monday",
            # "had another opportunity to demonstrate its clout Tuesday": what a past verb
            # led to is past too; a plan made in the past ("was to arrive on Monday", "urged
            # them to vote Tuesday") may be for a day on either side, the nearer one
            return "planned" if verb.head.lemma_.lower() in INTENDING_WORDS else "past"
        return "future"
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if any(a.lemma_ == "have" for a in auxes) and (
        verb.tag_ == "VBN" or any(a.lower_ == "been" for a in auxes)
    ):
        return "past"  # "has closed", "have been searching since the Oct. 23 slaying"
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        t.lower_ in NEGATORS for t in verb.subtree if t.i < verb.i
    )
    if negated and any(a.tag_ == "MD" and a.lower_ in PAST_MODALS for a in auxes):
        return None  # "said they would appeal": the reporting verb decides
    if (
        negated
        and any(a.lower_ in {"would", "'d"} for a in auxes)
        and verb.lemma_.lower() in REPORTING_VERBS | DISCLOSING_VERBS
    ):
        return "past"  # "wouldn't say Tuesday how", "would not comment Monday": a refusal
    if any(a.tag_ == "MD" for a in auxes):
        return "future"
    if verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes):
        # the present of a clause of time or condition under a future one is future ("will
        # begin this week, as Yellen speaks on Wednesday", "when he arrives Monday, he will")
        above = verb.head
        if verb.dep_ == "advcl" and above is not verb and _future_main(above):
            return "future"
        if _condition_ahead(verb):
            return "future"  # "if a Republican is elected president in November"
        return "present"
    if (
        verb.tag_ == "VBN"
        and not auxes
        and verb.dep_ in PARTICIPLE_CLAUSE_DEPS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        if verb.lemma_.lower() in FORWARD_PARTICIPLES:
            return None  # "the ruling, expected in June, could ...": the main verb decides
        return "past"  # "the decision, announced Wednesday, ...": a reduced passive clause
    return None


def _parsed_span(doc: Doc, c: Candidate) -> SpacySpan | None:
    """The tokens of a candidate, or None when it covers none or the doc has no parse."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0 or not doc.has_annotation("DEP"):
        return None
    return span


def _verb_above(verb: Token) -> Token | None:
    """The first verb above this infinitive, within PAST_PERFECT_REACH steps through an
    adjective or noun ("were quick to offer", "had an opportunity to show")."""
    token = verb
    for _ in range(PAST_PERFECT_REACH):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
            return token
    return None


def _present_perfect(verb: Token) -> bool:
    """Is the verb in the present perfect ("has begun", "have tried")?"""
    return verb.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lower_ in {"has", "have", "'ve", "'s"} for a in verb.children
    )


def _simple_past(verb: Token) -> bool:
    """Is the verb in the simple past, active ("forced") or passive ("was told"), or the past
    progressive ("was planning")?"""
    auxes = [(a.dep_, a.tag_) for a in verb.children if a.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ == "VBG":
        return auxes == [("aux", "VBD")]
    return verb.tag_ == "VBN" and auxes == [("auxpass", "VBD")]


def _future_main(verb: Token) -> bool:
    """Is the verb future ("will begin", "'ll go", "is going to") or, affirmative, under a
    modal of what may come ("can be overturned", "could face", "would win": FORWARD_MODALS)?"""
    auxes = {a.lower_ for a in verb.children if a.dep_ in {"aux", "auxpass"}}
    if auxes & FUTURE_AUX:
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    return bool(auxes & FORWARD_MODALS) and not negated


def _condition_ahead(verb: Token) -> bool:
    """Is the present-tense verb that of a clause of open condition ("if a Republican is
    elected president in November", "unless Congress acts in March": CONDITION_MARKERS)?
    English puts a condition still to be met in the present tense; the clause looks ahead."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in verb.children
    )


def _under_past_perfect(verb: Token) -> bool:
    """Does the first verb above this infinitive (within PAST_PERFECT_REACH steps, through
    an adjective such as "due") take the "had" of a past perfect?"""
    above = _verb_above(verb)
    return above is not None and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" and c.lemma_ == "have"
        for c in above.children
    )


def _scheduled_present(doc: Doc, c: Candidate) -> bool:
    """Is the weekday the adverbial of a present-tense verb that is not a reporting verb?
    News uses the present for schedules ("Arafat meets Albright Monday", "the vote is on
    Sunday") and for reports of the past ("says Friday"); a weekday owned by a noun
    ("Friday's attack") is neither."""
    span = _parsed_span(doc, c)
    if span is None:
        return False
    head = span.root.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head  # "on Monday"
    if head.tag_ not in {"VBZ", "VBP"} or head.lemma_.lower() in REPORTING_VERBS:
        return False
    if head.lower_ in SAME_FORM_PAST_VERBS:
        return False  # "stocks hurt the index on Friday": the tagger cannot tell the tense
    if head.dep_ not in {"ROOT", "conj", "ccomp"}:
        return False  # a relative clause ("the index, which fell 1.4% on Friday") reports
    return not any(a.dep_ in {"aux", "auxpass"} for a in head.children)


def _adverbial_of_verb(doc: Doc, c: Candidate) -> bool:
    """Is the date an adverbial of a verb ("take effect in January", "resume Jan. 5"), not a
    modifier of a noun ("data for February", "January figures")?"""
    span = _parsed_span(doc, c)
    if span is None:
        return False
    head = span.root.head
    if span.root.dep_ == "pobj":
        head = head.head  # "in January": the word the preposition hangs on
    elif span.root.dep_ not in {"npadvmod", "obl", "advmod"}:
        return False
    return head.pos_ in {"VERB", "AUX"}


def _generic_today(doc: Doc, c: Candidate) -> bool:
    """Is this a bare "today's" or "tomorrow's" owning a noun of an age (GENERIC_TODAY_NOUNS),
    or "of today" / "of tomorrow" after one ("the people of tomorrow", "the world of today")?"""
    if c.match.group(0).lower() not in GENERIC_DAY_WORDS:
        return False
    span = _parsed_span(doc, c)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.dep_ == "poss":
        return token.head.lower_ in GENERIC_TODAY_NOUNS
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head != token.head:
        return token.head.head.lower_ in GENERIC_TODAY_NOUNS
    return False


def _figurative_overnight(doc: Doc, c: Candidate) -> bool:
    """Is this a bare "overnight" that means "all at once" (FIGURATIVE_OVERNIGHT): the adverb
    of a verb of becoming, or of a verb denied (itself or the verb it completes)?"""
    if c.match.group(0).lower() != "overnight":
        return False
    span = _parsed_span(doc, c)
    if span is None or len(span) != 1 or span[0].dep_ != "advmod":
        return False
    verb = span[0].head
    if verb.lemma_.lower() in OVERNIGHT_CHANGE_VERBS:
        return True
    verbs = [verb] + ([verb.head] if verb.dep_ in {"xcomp", "ccomp"} else [])
    return any(ch.lower_ in NEGATORS for v in verbs for ch in v.children if ch.dep_ == "neg")


def _forward_present(doc: Doc, c: Candidate) -> bool:
    """Is the weekday the adverbial of a present passive or progressive of a verb that looks
    ahead (FORWARD_PRESENT_VERBS: "is scheduled for Saturday", "are preparing for Sunday's
    vote"), or of "is due"?"""
    span = _parsed_span(doc, c)
    if span is None:
        return False
    head = span.root.head
    if span.root.dep_ == "poss":
        head = head.head  # "Sunday's election"
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head  # "for Saturday"
    if head.lemma_.lower() not in FORWARD_PRESENT_VERBS:
        return False
    if head.pos_ == "ADJ":  # "is due on Friday"
        return head.head.tag_ in {"VBZ", "VBP"}
    auxes = [a for a in head.children if a.dep_ in {"aux", "auxpass"}]
    return head.tag_ in {"VBN", "VBG"} and any(a.tag_ in {"VBZ", "VBP"} for a in auxes)


def _sentence_tense(sent: object) -> str | None:
    tags = [(t.tag_, t.lower_) for t in sent]  # type: ignore[attr-defined]
    if any(w in FUTURE_AUX and tag == "MD" for tag, w in tags):
        return "future"
    if any(tag == "VBD" for tag, _ in tags):
        return "past"
    return None


# --------------------------------------------------------------------------------------------
# Normalisers (one per rule kind)
# --------------------------------------------------------------------------------------------


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _part_mod(part: str | None) -> str | None:
    if not part:
        return None
    word = part.lower().replace("-", " ").split()
    key = word[-1] if word[0] == "the" else word[0]
    if key in {"earlier", "later", "rest", "remainder"}:
        return None
    return PART_MODS.get(key)


def _pick_year(month: int, day: int | None, ctx: Context) -> int:
    """The year of a year-less date: the DCT's, unless the tense points across a year boundary
    (or, without tense, the date is over six months away from the DCT)."""
    dct = ctx.dct
    if dct is None:
        raise AnalysisError("a year can only be picked against a publication date")
    this = dct.year
    months_ahead = month - dct.month
    if ctx.tense == "past" and months_ahead > YEAR_SHIFT_MONTHS:
        return this - 1
    future_slack = YEAR_SHIFT_MONTHS_FUTURE if ctx.of_verb else YEAR_SHIFT_MONTHS
    if ctx.tense == "future" and -months_ahead > future_slack:
        return this + 1
    if ctx.tense in {None, "present", "nearest"} and abs(months_ahead) > 6:
        return this - 1 if months_ahead > 0 else this + 1
    return this


def _two_digit_year(y: str, dct: dt.date | None) -> int:
    if len(y) == 4:
        return int(y)
    century = (dct.year // 100 * 100) if dct else 2000
    full = century + int(y)
    if dct and full > dct.year + 10:
        full -= 100
    return full


def _calendar(g: dict[str, str | None], ctx: Context, y: int | None, m: int | None,
              d: int | None, mod: str | None) -> Resolved | None:  # fmt: skip
    """A (possibly partial) calendar date -> Resolved, with the year guessed when missing."""
    if m is None:
        return _year(y, mod) if y is not None else None
    if d is not None:
        if y is None and ctx.dct is not None:
            y = _pick_year(m, d, ctx)
        if y is None:
            return Resolved("DATE", f"XXXX-{m:02d}-{d:02d}", "day", None, None, mod)
        try:
            return _day(dt.date(y, m, d), mod)
        except ValueError:
            return None
    if y is None and ctx.dct is not None:
        y = _pick_year(m, None, ctx)
    if y is None:
        return Resolved("DATE", f"XXXX-{m:02d}", "month", None, None, mod)
    return _month(y, m, mod)


def _norm_numeric(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    y = _two_digit_year(g["y"], ctx.dct) if g.get("y") else None
    month = int(g["m"])
    day = int(g["d"]) if g.get("d") else None
    if m.re is DATE_RULES[1].pattern and y is None and day is None:
        return None
    return _calendar(g, ctx, y, month, day, None)


def _norm_calendar(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") else None
    if g.get("ys"):
        y = _spelled_year_number(g["ys"])
    month = _month_number(g["mon"]) if g.get("mon") else None
    day = int(re.sub(r"\D", "", g["d"])) if g.get("d") else None
    mod = _part_mod(g.get("part"))
    mrel = re.sub(r"\s+", " ", (g.get("mrel") or "").lower())
    yrel = (g.get("yrel") or "").lower()
    if yrel and ctx.dct is not None:
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yrel]
    if mrel == "that":
        # "Humphrey's loss that November", after 1968: the month in the story's year
        prev = ctx.previous
        if prev is not None and prev.start is not None:
            y = prev.start.year
        mrel = ""
    if mrel and month is not None and ctx.dct is not None:
        y = ctx.dct.year
        if mrel in {"last", "this past"} and month >= ctx.dct.month:
            y -= 1
        elif mrel == "last" and 0 < ctx.dct.month - month <= LAST_MONTH_NAME_SKIPS:
            y -= 1  # "crashed last February" said in March: last year's (else "last month")
        if mrel in {"next", "this coming"} and month <= ctx.dct.month:
            y += 1
    side = DATE_SIDE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if side and day is not None and y is None and month is not None and ctx.dct is not None:
        # "shot to death last Oct. 23": the most recent Oct. 23 on or before the DCT
        step = DATE_SIDE_WORDS[re.sub(r"\s+", " ", side.group(1).lower())]
        y = ctx.dct.year
        with contextlib.suppress(ValueError):
            if step < 0 and dt.date(y, month, day) > ctx.dct:
                y -= 1
            if step > 0 and dt.date(y, month, day) < ctx.dct:
                y += 1
    if g.get("wd") and day is not None and y is None and month is not None and ctx.dct:
        # "Monday, June 29": pick the year in which that date is that weekday, if near
        want = WEEKDAYS[g["wd"].lower()]
        for cand in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
            try:
                if dt.date(cand, month, day).isoweekday() == want:
                    y = cand
                    break
            except ValueError:
                return None
    return _calendar(g, ctx, y, month, day, mod)


CENTURY_ORDINALS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}


def _norm_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group("cent").lower()
    n = CENTURY_ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return _century(n - 1, _part_mod(m.group("part")))


def _norm_story_next(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m.group("unit").lower()
    step = -1 if m.group("srel").lower() in {"previous", "preceding"} else 1
    prev = ctx.previous
    base = prev.start if prev is not None and prev.start else ctx.dct
    if base is None:
        return Resolved("DATE", "XXXX-XX-XX", "day")
    if prev is None and step == 1 and ctx.tense == "past":
        # "The meeting ended the next day." with no date named before: the day (week, year)
        # after a past event the story did not date, unknown; the one after the DCT would be a
        # false date, after publication
        unknown = UNKNOWN_UNIT_VALUES.get(unit, ("XXXX-XX-XX", "day"))
        resolved = Resolved("DATE", unknown[0], unknown[1])
        return _with_pod(resolved, unit) if unit in PARTS_OF_DAY else resolved
    if (
        unit in STORY_DAY_UNITS
        and prev is not None
        and prev.start is not None
        and prev.granularity not in DAY_PRECISE_GRAINS
    ):
        # "Last month he called it a hoax. The next day, ...": a day of that month (or year),
        # not its second day; the story never named the day the next one follows
        month = f"{prev.start.month:02d}" if prev.granularity == "month" else "XX"
        unknown = Resolved("DATE", f"{prev.start.year:04d}-{month}-XX", "day")
        return unknown if unit == "day" else _with_pod(unknown, unit)
    if unit in {"morning", "evening", "night"}:
        return _with_pod(_day(base + dt.timedelta(days=step)), unit)
    return _unit_interval(_shift(base, unit, step), unit)


def _norm_ordinal_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "It's the second day of an offensive": the DCT when the sentence is in the present
    and names today or uses "it is"; otherwise an unknown day."""
    if (
        ctx.dct is not None
        and ctx.tense == "present"
        and ORDINAL_DAY_TODAY.search(ctx.sentence) is not None
    ):
        return _day(ctx.dct)
    return Resolved("DATE", "XXXX-XX-XX", "day")


def _norm_story_that(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "earlier that day", "later that year": the unit holding the last date mentioned."""
    unit = m.group("unit").lower()
    if m.group(0).lower().startswith("the") and (ctx.previous is None or not ctx.previous.start):
        return None  # "born on the same day": no date named before, nothing to be the same as
    if m.re is STORY_THAT_DAY.pattern and not (
        ctx.previous is not None and ctx.previous.granularity == "day" and ctx.previous.start
    ):
        return None  # "strong redemptions that day": no day named before, a generic day
    if unit in PARTS_OF_DAY or unit == "day":
        prev = ctx.previous
        if prev is not None and prev.granularity in {"month", "year"} and prev.start:
            # "last October when he was killed ... crossed out that same day": a day of the
            # month (or year) the story is in, not the DCT
            month = f"{prev.start.month:02d}" if prev.granularity == "month" else "XX"
            base = Resolved("DATE", f"{prev.start.year:04d}-{month}-XX", "day")
        else:
            d = _story_day(ctx, anaphoric=True)
            base = _day(d) if d is not None else Resolved("DATE", "XXXX-XX-XX", "day")
        return base if unit == "day" else _with_pod(base, unit)
    ref = ctx.previous.start if ctx.previous is not None else None
    ref = ref or ctx.dct
    if ref is None:
        return Resolved("DATE", "XXXX", unit)
    return _unit_interval(ref, unit)


# "the 1800s" names a century (1800-1899); from "the 1900s" on, news means the decade as
# often ("the early 2000s", "in the 1900s and 1910s"), so those stay decades.
HUNDREDS_AS_DECADE_FROM = 1900

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


def _norm_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.groupdict().get("decw"):
        # "the nineties": the most recent such decade before the DCT's (1900s when undated)
        n = DECADE_WORDS[m.group("decw").lower()]
        century = (ctx.dct.year // 100) if ctx.dct else 19
        decade = century * 10 + n
        if ctx.dct and decade * 10 > ctx.dct.year:
            decade -= 10
        return _decade(decade, _part_mod(m.group("part")))
    dec = m.group("dec")
    half = (m.group("half") or "").lower()
    half_mod = ("START" if half == "first" else "END") if half else None
    if dec.startswith(("'", "’", "‘")):  # "the '90s", typeset "the ’90s" (or "‘90s")
        century = ctx.dct.year // 100 if ctx.dct else 19
        year = century * 100 + int(dec[1:])
        if ctx.dct and year > ctx.dct.year:
            year -= 100
    else:
        year = int(dec)
        if year % 100 == 0 and year < HUNDREDS_AS_DECADE_FROM:
            # "the 1800s", "the early 1700s": the hundred years, the century "18"
            return _century(year // 100, half_mod or _part_mod(m.group("part")))
    return _decade(year // 10, half_mod or _part_mod(m.group("part")))


def _weekday_date(want: int, ctx: Context, rel: str | None) -> dt.date | None:
    dct = ctx.dct
    if dct is None:
        return None
    today = dct.isoweekday()
    back = dct - dt.timedelta(days=(today - want) % 7)  # on or before the DCT
    ahead = dct + dt.timedelta(days=(want - today) % 7)  # on or after the DCT
    rel = (rel or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    story = _story_weekday(want, ctx, rel)
    if story is not None:
        return story
    if rel in {"last", "the previous", "past", "this past"}:
        return back if back != dct else dct - dt.timedelta(days=7)
    if rel in {"next", "coming", "the following", "the next", "this coming"}:
        return ahead if ahead != dct else dct + dt.timedelta(days=7)
    if rel == "this":
        return ahead if ctx.tense in {"future", "present"} else back
    if ctx.tense == "future":
        return ahead
    if ctx.tense == "nearest":
        return ahead if (ahead - dct) < (dct - back) else back
    if ctx.tense == "nearer_back":
        return ahead if (ahead - dct).days + 1 < (dct - back).days else back
    if ctx.tense == "nearer_ahead":
        # told in the past of what something came ahead of: the nearer day, and the coming
        # one when they are about as near (a Tuesday said on a Friday)
        return ahead if (ahead - dct).days <= (dct - back).days + 1 else back
    return back  # past or present tense (news: "says Friday"), or unknown


def _story_weekday(want: int, ctx: Context, rel: str) -> dt.date | None:
    """The weekday before or after the story's last named day (STORY_WEEKDAY_STEPS): "closed
    at 2082.1 Friday, down 4.5% from the previous Friday", "arrested on June 3 and charged the
    following Monday". None when no day was named before or the phrase is not anaphoric."""
    step = STORY_WEEKDAY_STEPS.get(rel)
    prev = ctx.previous
    if step is None or prev is None or prev.granularity != "day" or prev.start is None:
        return None
    if rel in STORY_WEEKDAY_PAST_ONLY and ctx.tense != "past":
        return None
    base = prev.start
    if step < 0:
        return base - dt.timedelta(days=(base.isoweekday() - want - 1) % 7 + 1)
    return base + dt.timedelta(days=(want - base.isoweekday() - 1) % 7 + 1)


def _with_pod(r: Resolved, pod: str | None) -> Resolved:
    """Add a part of the day ("2023-07-04TEV"). A part of a day is finer than a day, so the
    TimeML guidelines type it TIME, "this morning" and "Tuesday evening" alike (TimeBank does
    so throughout; AQUAINT types the weekday form DATE, against the guidelines)."""
    if not pod:
        return r
    code = PARTS_OF_DAY.get(re.sub(r"\s+", " ", pod.lower()).replace("mid ", "mid-"), "DT")
    return Resolved("TIME", f"{r.value}T{code}", "time-of-day", r.start, r.end, r.mod)


def _norm_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    want = WEEKDAYS[m.group("wd").lower()]
    d = _weekday_date(want, ctx, m.group("wrel"))
    base = _day(d) if d else Resolved("DATE", f"XXXX-WXX-{want}", "day")
    return _with_pod(base, m.group("pod"))


NAMED_DAYS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "overnight": 0,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _norm_named_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    wrel = (g.get("wrel") or "").lower()
    pod = g.get("pod")
    if rel in {"tonight", "overnight"}:
        pod = "night"
    offset = NAMED_DAYS.get(rel, 0)
    if wrel == "last" and pod and pod.lower() == "night":
        offset = -1
    if wrel == "last" and pod and pod.lower() != "night":
        offset = -1
    if ctx.dct is None:
        base = Resolved("DATE", "XXXX-XX-XX", "day")
    else:
        base = _day(ctx.dct + dt.timedelta(days=offset))
    return _with_pod(base, pod)


# An "o'clock" time as _clock reads it (lower case), with the a.m./p.m. of its half of the day.
OCLOCK_TEXT = re.compile(r"(\d{1,2}|[a-z]+)\s+o['’]clock(?:\s+(a\.?m\.?|p\.?m\.?))?")


def _clock(text: str) -> tuple[int, int | None] | None:
    t = text.lower().strip()
    if t in {"noon", "midday"}:
        return 12, 0
    if t == "midnight":
        return 24, None
    oclock = OCLOCK_TEXT.match(t)
    if oclock:  # "6 o'clock", "seven o'clock pm": the full hour
        word, ampm = oclock.group(1), (oclock.group(2) or "").replace(".", "")
        hour = int(word) if word.isdigit() else CLOCK_HOUR_WORDS.get(word, 0)
        if not 1 <= hour <= 12:
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        return hour, 0
    m = re.match(r"(\d{1,2})(?:[:.]?(\d\d))?\s*(a\.?m\.?|p\.?m\.?)?", t)
    if not m:
        return None
    hour = int(m.group(1))
    minute = int(m.group(2)) if m.group(2) else 0
    ampm = (m.group(3) or "").replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if not ampm and not m.group(2):
        return None
    return hour, minute


def _after_dct_in_past(day: dt.date, ctx: Context) -> bool:
    """Is ``day`` after the DCT while the clause is in the past tense? A day named earlier for
    what is to come ("West Virginia votes May 10") is then not the story's day ("votes were
    counted by 9:30 p.m.")."""
    return ctx.tense == "past" and ctx.dct is not None and day > ctx.dct


def _story_day(ctx: Context, anaphoric: bool = False) -> dt.date | None:
    """The day the story is on: the last day-precise date before, else the DCT. Unless the
    expression points back at it ("that day", ``anaphoric``), a day ahead of the DCT is not
    the day of a past-tense clause."""
    prev = ctx.previous
    if (
        prev is not None
        and prev.granularity == "day"
        and prev.start
        and (anaphoric or not _after_dct_in_past(prev.start, ctx))
    ):
        return prev.start
    return ctx.dct


def _norm_in_the_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "later in the day": the story's day (the last day named, else the DCT)."""
    d = _story_day(ctx)
    return _day(d) if d is not None else Resolved("DATE", "XXXX-XX-XX", "day")


def _norm_story_pod(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "in the morning", "by mid afternoon": that part of the story's day (TIME)."""
    pod = m.group("pod") or m.group("pod2")
    d = _story_day(ctx)
    base = _day(d) if d is not None else Resolved("DATE", "XXXX-XX-XX", "day")
    return _with_pod(base, pod)


def _clock_heading(m: re.Match[str]) -> bool:
    """Is the clock time a line of its own (CLOCK_HEADING_AFTER): the time stamp of an entry
    of a live blog, on the day of publication, not a time of the story's last date?"""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if m.string[line_start : m.start()].strip():
        return False
    return CLOCK_HEADING_AFTER.match(m.string, m.end()) is not None


# The day a clock time's "this morning", "last night" (rule clock_day) is on, from the DCT.
CLOCK_PART_DAYS: dict[str, int] = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}
# Before this hour, a clock time at night without a.m./p.m. is after midnight ("2:30 last
# night"), from it on before ("11:30 last night").
NIGHT_AM_BEFORE = 6


def _norm_clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    pod = (g.get("pod") or g.get("dpod") or g.get("ppod") or g.get("ppod2") or "").lower()
    # "10:30 tonight", "seven o'clock tonight": the evening's half of the day
    evening = pod or (g.get("rel") or "").lower() == "tonight"
    half = " am" if pod == "morning" else " pm" if evening else ""
    hm = _clock(g["clock"] + half)
    if (
        hm is not None
        and pod == "night"
        and 12 <= hm[0] < 12 + NIGHT_AM_BEFORE
        and not re.search(r"(?i)[ap]\.?m|noon|midday", g["clock"])
    ):
        hm = (hm[0] - 12, hm[1])  # "2:30 last night": after midnight, on the next day
        after_midnight = 1
    else:
        after_midnight = 0
    if hm is None:
        return None
    # CLOCK_DAY_VALUE: the day a clock time names, kept in the value when it cannot be dated
    # ("9:40 p.m. Friday" in an undated report: XXXX-WXX-5T21:40, not XXXX-XX-XXT21:40)
    undated = "XXXX-XX-XX"
    if g.get("mon"):
        day = _calendar(g, ctx, int(g["y"]) if g.get("y") else None, _month_number(g["mon"]),
                        int(re.sub(r"\D", "", g["d"])), None)  # fmt: skip
        d = day.start if day is not None else None
        if day is not None and d is None:
            undated = day.value  # "5 p.m. Nov. 9" undated: XXXX-11-09
    elif g.get("wd"):
        want = WEEKDAYS[g["wd"].lower()]
        d = _weekday_date(want, ctx, None)
        if d is not None and after_midnight:
            d += dt.timedelta(days=1)  # "2 on Saturday night": early on Sunday
        undated = f"XXXX-WXX-{want}"
    elif g.get("rel"):
        d = ctx.dct + dt.timedelta(days=NAMED_DAYS[g["rel"].lower()]) if ctx.dct else None
    elif g.get("prel") or g.get("prel2"):
        shift = CLOCK_PART_DAYS[(g.get("prel") or g.get("prel2") or "").lower()]
        d = ctx.dct + dt.timedelta(days=shift + after_midnight) if ctx.dct else None
    elif (later := CLOCK_DAY_AFTER.match(m.string, m.end())) is not None:
        # "at 8 p.m. local time (1900 GMT) on Sunday": the day named just after
        if later.group("wd"):
            want = WEEKDAYS[later.group("wd").lower()]
            d = _weekday_date(want, ctx, None)
            undated = f"XXXX-WXX-{want}"
        else:
            rel = later.group("rel").lower()
            d = ctx.dct + dt.timedelta(days=NAMED_DAYS[rel]) if ctx.dct else None
    elif _clock_heading(m):
        d = ctx.dct  # a live blog's time stamp ("\n\n7:45 a.m.\n\nHillary Clinton plans ...")
    elif (
        ctx.previous is not None
        and ctx.previous.granularity == "day"
        and ctx.previous.start is not None
        and not _after_dct_in_past(ctx.previous.start, ctx)
    ):
        d = ctx.previous.start  # "Slepian was shot Friday ... at 10 p.m.": the story's day
    else:
        d = ctx.dct
    date = d.isoformat() if d else undated
    hour, minute = hm
    clock = f"{hour:02d}" if minute is None else f"{hour:02d}:{minute:02d}"
    return Resolved("TIME", f"{date}T{clock}", "time-of-day", d, d)


def _norm_iso_datetime(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "2013-03-21T10:15:00Z" -> TIME 2013-03-21T10:15."""
    try:
        d = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    value = f"{d.isoformat()}T{m.group('hh')}:{m.group('mm')}"
    return Resolved("TIME", value, "time-of-day", d, d)


def _relative_base(rel: str, unit: str, dct: dt.date) -> dt.date:
    rel = re.sub(r"\s+", " ", rel.lower())
    step = 0
    if rel in {"last", "past", "the past", "the last", "previous", "the previous", "this past"}:
        step = -1
    elif rel in {"next", "coming", "the coming", "the next", "the following", "this coming"}:
        step = 1
    if unit in SEASONS:
        code, first = SEASONS[unit]
        if rel in {"this past", "this coming"}:
            # the nearest such season on that side of the DCT: "this past spring" said in
            # October is this year's, said in February last year's
            y = dct.year - (code == "WI" and dct.month < 3)
            if rel == "this past" and dct < dt.date(y, first, 1):
                y -= 1
            if rel == "this coming" and dct >= dt.date(y, first, 1):
                y += 1
            return dt.date(y, first, 1)
        y = dct.year
        if step == -1 and (dct.month >= first or (code == "WI" and dct.month < 3)):
            y = dct.year - 1 if code != "WI" or dct.month >= 3 else dct.year - 2
        elif step == -1:
            y = dct.year - 1
        elif step == 1 and dct.month >= first:
            y = dct.year + 1
        elif code == "WI" and dct.month < 3:
            y = dct.year - 1
        return dt.date(y, first, 1)
    return _shift(dct, unit, step)


def _norm_relative(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    unit = _unit_name(g["unit"])
    rel = re.sub(r"\s+", " ", (g.get("rel") or "this").lower())
    part = g.get("part")
    mod = _part_mod(part)
    # "the last week": TimeML annotates the previous calendar unit (DATE); but "the past
    # decade" is the ten years up to now, not the 2010s
    if (
        rel in {"the past", "the last", "past"}
        and unit in {"decade", "century", "quarter-century"}
        and not part
    ) or (unit in {"fortnight", "quarter-century"} and rel != "this"):
        # "the past fortnight", "over the next fortnight": two weeks' length (no calendar
        # fortnight to name)
        value = _duration_value(1, unit)
        if ctx.dct is None:
            return Resolved("DURATION", value, unit)
        if _relative_base(rel, unit, ctx.dct) > ctx.dct:
            return Resolved("DURATION", value, unit, ctx.dct, _shift(ctx.dct, unit, 1))
        return Resolved("DURATION", value, unit, _shift(ctx.dct, unit, -1), ctx.dct)
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", unit if unit not in SEASONS else "season", mod=mod)
    if rel == "the same":
        return None
    if rel == "that":
        if ctx.previous is None or ctx.previous.start is None:
            return None
        return _unit_interval(ctx.previous.start, unit, mod)
    if unit == "weekend":
        if rel == "this" and ctx.tense == "past" and ctx.dct.isoweekday() <= LAST_WEEKEND_DAYS:
            # "the president spoke this weekend", said on a Monday: the weekend just gone
            return _weekend(ctx.dct - dt.timedelta(days=7))
        return _weekend(_relative_base(rel, "week", ctx.dct))
    base = _relative_base(rel, unit, ctx.dct)
    prev = ctx.previous
    if rel in STORY_RELATIVE_STEPS and ctx.tense == "past" and prev is not None and prev.start:
        # "was founded in 1998. The next year, it went public": a past story's next year
        base = _shift(prev.start, unit, STORY_RELATIVE_STEPS[rel])
    if unit == "quarter" and rel in {"the", "this", "the current", "current"}:
        base = ctx.dct
    r = _unit_interval(base, unit, mod)
    word = (part or "").split()[0].lower() if part else ""
    if r.start and r.end and r.start <= ctx.dct <= r.end:
        # "earlier this month": the part of the month before the DCT; "later this year": after
        if word == "earlier":
            r = replace(r, end=ctx.dct)
        elif word == "later":
            r = replace(r, start=ctx.dct)
    return r


def _norm_part_of_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    if g.get("half"):
        mod = "START" if "first" in g["half"].lower() else "END"
        y = int(g["hy"]) if g.get("hy") else None
        return _calendar(g, ctx, y, _month_number(g["hmon"]), None, mod)
    mod = _part_mod(g["part"])
    if g.get("y2"):
        return _year(int(g["y2"]), mod)
    month = _month_number(g["mon"])
    y = int(g["y"]) if g.get("y") else None
    return _calendar(g, ctx, y, month, None, mod)


def _norm_part_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    return _year(int(m.group("y")), _part_mod(m.group("part")))


def _reference_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter a financial report most likely means: the one ending before the DCT."""
    if ctx.quarter is not None and "-Q" in ctx.quarter.value and "X" not in ctx.quarter.value:
        y, q = ctx.quarter.value.split("-Q")
        return int(y), int(q)
    if ctx.dct is None:
        return None
    ref = ctx.dct - dt.timedelta(days=45)
    return ref.year, (ref.month - 1) // 3 + 1


def _quarter_ended(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the quarter ended July 31" -> the calendar quarter holding its middle, 45 days before
    the close (1989-Q2), whatever fiscal quarter the story named before; without a year the
    close is the one nearest the DCT ("ended Dec. 31" in March is last year's, "ending March
    31" in March this year's)."""
    after = QUARTER_ENDED_AFTER.match(m.string, m.end())
    if after is None:
        return None
    month, day = _month_number(after.group("mon")), int(re.sub(r"\D", "", after.group("d")))
    years = [int(after.group("y"))] if after.group("y") else []
    if not years and ctx.dct is not None:
        years = [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1]
    closes = []
    for year in years:
        with contextlib.suppress(ValueError):
            closes.append(dt.date(year, month, day))
    if not closes:
        return None
    close = min(closes, key=lambda d: abs((d - ctx.dct).days) if ctx.dct else 0)
    middle = close - dt.timedelta(days=45)
    return _quarter(middle.year, (middle.month - 1) // 3 + 1)


def _norm_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    year_text = g.get("y") or g.get("y2") or g.get("y3")
    if g.get("bare"):
        if (ended := _quarter_ended(m, ctx)) is not None:
            return ended
        bare = g["bare"].lower()
        # "the latest quarter" is the last one reported, whatever quarter was named before
        recent = any(w in bare for w in ("latest", "recent", "current", "previous"))
        ref = _reference_quarter(replace(ctx, quarter=None) if recent else ctx)
        if ref is None:
            return Resolved("DATE", "XXXX-QX", "quarter")
        if "previous" in g["bare"].lower():
            y, q = ref
            return _quarter(y - (q == 1), 4 if q == 1 else q - 1)
        return _quarter(*ref)
    n = ORDINALS[g["ord"].lower()]
    half = g["qh"].lower() == "half"
    if g.get("ago") and not year_text and ctx.dct is not None:
        year_text = str(ctx.dct.year - 1)
    if half and g["ord"].lower() in {"last", "final"}:
        n = 2
    if half and n > 2:
        return None
    rel = (
        g.get("rel") or (g.get("this") or "").split()[0]
        if (g.get("rel") or g.get("this"))
        else None
    )
    if year_text:
        y = int(year_text)
    elif ctx.dct is None:
        return Resolved("DATE", f"XXXX-{'H' if half else 'Q'}{n}", "half" if half else "quarter")
    elif rel and rel.lower() in {"last", "next"}:
        y = ctx.dct.year + (1 if rel.lower() == "next" else -1)
    else:
        y = ctx.dct.year
        current = (ctx.dct.month - 1) // (6 if half else 3) + 1
        # "the third quarter", "the third quarter of the year" in a report of January: last
        # year's
        if (not rel or rel.lower() == "the") and n > current and ctx.tense != "future":
            y -= 1
    return _half(y, n) if half else _quarter(y, n)


def _norm_period_code(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "Q4 2012" -> 2012-Q4, "2H" -> the second half of the year picked like "the second
    half" (last year's when it is still ahead in a report of the past), "FY12" -> 2012."""
    g = m.groupdict()
    if g.get("fy") or g.get("fyy"):
        return _year(int(g["fy"]) if g.get("fy") else _two_digit_year(g["fyy"], ctx.dct))
    code = g.get("q") or g.get("h") or ""
    n = int(re.sub(r"\D", "", code))
    half = bool(g.get("h"))
    if g.get("y") or g.get("yy"):
        y = int(g["y"]) if g.get("y") else _two_digit_year(g["yy"], ctx.dct)
    elif ctx.dct is None:
        return Resolved("DATE", f"XXXX-{'H' if half else 'Q'}{n}", "half" if half else "quarter")
    else:
        y = ctx.dct.year
        current = (ctx.dct.month - 1) // (6 if half else 3) + 1
        if n > current and ctx.tense != "future":
            y -= 1
    return _half(y, n) if half else _quarter(y, n)


def _norm_year_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = int(m.group("y"))
    if ctx.quarter is not None and "-Q" in ctx.quarter.value and "X" not in ctx.quarter.value:
        return _quarter(y, int(ctx.quarter.value.split("-Q")[1]))
    return _year(y)


def _quarter_context(ctx: Context) -> bool:
    """Does "a year earlier" here compare fiscal quarters? Yes when a quarter was named in the
    sentence, or in the document and the sentence gives a figure (FIGURE_CUES), unless the
    sentence reports a longer period (YEAR_TO_DATE_CUES)."""
    if YEAR_TO_DATE_CUES.search(ctx.sentence):
        return False
    if "quarter" in ctx.sentence.lower():
        return True
    return ctx.quarter is not None and FIGURE_CUES.search(ctx.sentence) is not None


def _norm_year_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    if g.get("tback") or g.get("tahead"):
        # "this time last year": the DCT's day a year back
        if ctx.dct is None:
            return Resolved("DATE", "XXXX-XX-XX", "day")
        step = -1 if g.get("tback") else 1
        day = ctx.dct
        with contextlib.suppress(ValueError):
            return _day(day.replace(year=day.year + step))
        return _day(day.replace(year=day.year + step, day=28))  # Feb. 29
    noun = (g.get("noun") or g.get("noun2") or "").lower()
    prev = ctx.previous
    if noun == "month" and prev is not None and prev.granularity == "month" and prev.start:
        # "rose in January from the same month a year ago": that month of last year
        return _month(prev.start.year - 1, prev.start.month)
    ref = _reference_quarter(ctx)
    if noun in {"quarter", "period", ""} and ref is not None and (noun or _quarter_context(ctx)):
        return _quarter(ref[0] - 1, ref[1])
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", "year")
    return _year(ctx.dct.year - 1)


# "... and a half" units counted back in a finer unit: (the finer unit, how many per unit).
HALF_UNIT_STEPS: dict[str, tuple[str, int]] = {
    "year": ("month", 12), "decade": ("year", 10), "month": ("day", 30), "week": ("day", 7),
    "day": ("day", 1),
}  # fmt: skip


def _after_story_date(prev: Resolved, unit: str) -> Resolved | None:
    """A vague shift later ("Hours later, Intel said the event was canceled" after "on
    Tuesday"; "Weeks later, Putin annexed Crimea" after "in 2014"): some time after the story's
    last date (mod AFTER, open end), not FUTURE_REF, a time still to come; the same reading as
    resolve_anchor gives a vague offset after its anchor. A shift of seconds to hours needs a
    day to follow (CLOCK_SHIFT_GRAINS): after a month or a year it is no known time."""
    if unit in CLOCK_SHIFT_UNITS and prev.granularity not in CLOCK_SHIFT_GRAINS:
        return None
    return replace(prev, end=None, mod="AFTER")


def _norm_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    unit = g["unit"].lower()
    unit = _unit_name(unit)
    direction = g["dir"].lower()
    plural = m.string[m.end("unit") : m.end("unit") + 1].lower() == "s"
    # "years ago" (no number) is vague; "a year ago" is one year
    n = _num(g["qty"]) if g.get("qty") else (None if plural else 1)
    sign = 1 if direction in {"later", "hence"} or direction.startswith("from") else -1
    qmod = QUANTITY_MODS.get(re.sub(r"\s+", " ", (g.get("qmod") or "").lower()))
    prev = ctx.previous
    told = prev is not None and prev.start is not None
    if n is None:
        if direction == UNANCHORED_SHIFT_WORD and told:
            after = _after_story_date(prev, unit)
            if after is not None:
                return after
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, mod=qmod)
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-XX-XX", unit, mod=qmod)
    if unit == "year" and n == 1 and _quarter_context(ctx):
        ref = _reference_quarter(ctx)
        if ref is not None:
            return _quarter(ref[0] - 1, ref[1])
    if unit in CLOCK_SHIFT_UNITS:
        if direction in STORY_SHIFT_WORDS and told and prev.granularity in CLOCK_SHIFT_GRAINS:
            # "About 10:03 p.m. ... More than 40 minutes later", "Trump tweeted early Sunday
            # ... His second tweet, an hour and a half later": the story's day, not the DCT's
            return Resolved("DATE", prev.value, prev.granularity, prev.start, prev.end, qmod)
        return Resolved("DATE", ctx.dct.isoformat(), "day", ctx.dct, ctx.dct, qmod)
    # "a decade ago" points at a year (1989), not at the 1980s; "a fortnight ago" at a week
    grain = (
        "year"
        if unit in {"decade", "century", "quarter-century"}
        else "week"
        if unit == "fortnight"
        else unit
    )
    base = ctx.dct
    if direction == UNANCHORED_SHIFT_WORD and not told:
        # "Four years later, the Tea Party moved in" with no date told before: later than an
        # event the story names, not than the publication date (an unknown date of its grain)
        value, unknown_grain = UNKNOWN_UNIT_VALUES.get(grain, ("XXXX-XX-XX", "day"))
        return Resolved("DATE", value, unknown_grain, mod=qmod)
    if direction in STORY_SHIFT_WORDS and prev is not None and prev.start is not None:
        # "joined in 2005. Two years later, ...": counted from the story's last date, not the
        # DCT ("ago" counts from the DCT); no finer than that date ("in 2008 ... a month
        # later" is 2008)
        base = prev.start
        if GRAIN_RANK.get(prev.granularity or "", 0) > GRAIN_RANK.get(grain, 0):
            grain = prev.granularity or grain
    if (g.get("ahalf") or g.get("ahalf2")) and unit in HALF_UNIT_STEPS:
        # "two and a half years ago": 30 months back, a month (HALF_UNIT_STEPS)
        finer, per = HALF_UNIT_STEPS[unit]
        shifted = _shift(base, finer, int(sign * round((n + 0.5) * per)))
        grain = finer
        if base is not ctx.dct and prev is not None and prev.granularity:
            if GRAIN_RANK.get(prev.granularity, 0) > GRAIN_RANK.get(finer, 0):
                grain = prev.granularity  # from the story's date, no finer than that date
        return replace(_unit_interval(shifted, grain), mod=qmod)
    shifted = _shift(base, unit, int(sign * round(n)))
    return replace(_unit_interval(shifted, grain), mod=qmod)


def _norm_week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    day = _calendar(g, ctx, int(g["y"]) if g.get("y") else None, _month_number(g["mon"]),
                    int(re.sub(r"\D", "", g["d"])), None)  # fmt: skip
    if day is None or day.start is None:
        return Resolved("DATE", "XXXX-WXX", "week") if day is not None else None
    return _week(day.start)


def _norm_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = m.group(0).split()[0].lower()
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-WXX-WE", "weekend")
    if rel == "last":
        return _weekend(ctx.dct - dt.timedelta(days=7))
    if rel == "next":
        return _weekend(ctx.dct + dt.timedelta(days=7))
    if ctx.tense == "past" and ctx.dct.isoweekday() < 6:
        return _weekend(ctx.dct - dt.timedelta(days=7))
    return _weekend(ctx.dct)


def _norm_year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.dct is None:
        return Resolved("DATE", "XXXX", "year", mod="END")
    return _year(ctx.dct.year, "END")


def _norm_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    word = (g.get("season") or g.get("season2") or g.get("season3") or "").lower()
    code, first = SEASONS[word]
    year_text = g.get("y") or g.get("y2") or g.get("y3")
    mod = _part_mod(g.get("part") or g.get("part3"))
    if g.get("ys"):
        return _season(_spelled_year_number(g["ys"]), code, mod)
    if year_text:
        return _season(int(year_text), code, mod)
    if g.get("that") and ctx.previous is not None and ctx.previous.start is not None:
        # STORY_THAT_SEASON: "In May 2010, he moved. That summer, he left": 2010's summer
        return _season(ctx.previous.start.year, code, mod)
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{code}", "season", mod=mod)
    y = ctx.dct.year
    if ctx.tense == "past" and ctx.dct.month < first:
        y -= 1
    return _season(y, code, mod)


def _easter(y: int) -> dt.date:
    """Easter Sunday of year ``y`` (Gregorian calendar; the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _holiday_date(name: str, y: int) -> dt.date | None:
    """The date of the named day in year ``y`` (None when it is not held that year)."""
    if name in EASTER_FEASTS:
        return _easter(y) + dt.timedelta(days=EASTER_FEASTS[name])
    if name in EASTER_WEEKS:
        return _easter(y) - dt.timedelta(days=6)  # the week's Monday
    if name in ELECTION_DAY_NAMES:
        first_monday = dt.date(y, 11, 1) + dt.timedelta(
            days=(1 - dt.date(y, 11, 1).isoweekday()) % 7
        )
        return first_monday + dt.timedelta(days=1)
    if name in SUPER_TUESDAY_NAMES:
        if y % 4:
            return None
        if y in SUPER_TUESDAYS:
            return dt.date(y, *SUPER_TUESDAYS[y])
        march = dt.date(y, 3, 1)
        return march + dt.timedelta(days=(2 - march.isoweekday()) % 7)
    month, a, b = HOLIDAYS[name]
    if b == 0:
        return dt.date(y, month, a)
    if b == -1:  # last given weekday of the month
        d = _month_end(y, month)
        return d - dt.timedelta(days=(d.isoweekday() - a) % 7)
    first = dt.date(y, month, 1)
    first_match = first + dt.timedelta(days=(b - first.isoweekday()) % 7)
    return first_match + dt.timedelta(weeks=a - 1)


def _dates_past_event(doc: Doc, c: Candidate) -> bool:
    """Does the date place an event noun that "after", "since" or "following" puts behind
    the sentence (PAST_EVENT_PREPOSITIONS: "after the church massacre in June")?"""
    span = _parsed_span(doc, c)
    if span is None:
        return False
    head = span.root.head
    if head.pos_ == "ADP" and head.lower_ in {"in", "on", "during", "of"}:
        head = head.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.head == head:
        return False
    return head.dep_ == "pobj" and head.head.lower_ in PAST_EVENT_PREPOSITIONS


def _ahead_of_thing(doc: Doc, c: Candidate) -> bool:
    """Does the date place a thing that something comes before ("ahead of the Iowa caucuses
    on Monday", "before Tuesday's vote", "heading into New York's Tuesday primary")? Read
    up the parse from the date through the nouns it places (AHEAD_PREPOSITIONS)."""
    span = _parsed_span(doc, c)
    if span is None:
        return False
    token = span.root
    for _ in range(AHEAD_REACH):
        head = token.head
        if token.dep_ == "pobj":
            word = head.lower_
            if word in AHEAD_PREPOSITIONS.get(head.head.lemma_.lower(), ()) or (
                word in AHEAD_PREPOSITIONS.get("", ())
            ):
                return True
            if word in {"on", "in", "at", "for"} and head.head.pos_ in {"NOUN", "PROPN"}:
                token = head.head  # "the caucuses on Monday": on to the noun
                continue
            return False
        gerund = head.tag_ == "VBG" and head.dep_ == "pobj"  # "ahead of voting Tuesday"
        if token.dep_ in EVENT_NOUN_DEPS and (head.pos_ in {"NOUN", "PROPN"} or gerund):
            token = head  # "Tuesday's primary", "the Tuesday primary"
            continue
        return False
    return False


def _forecast(doc: Doc, c: Candidate) -> bool:
    """Is the date governed by a verb of forecasting (FORECAST_VERBS: "analysts expect growth
    in the second half", "predicts a rate cut in January")?"""
    verb = _governing_verb(doc, c.start, c.end)
    return verb is not None and verb.lemma_.lower() in FORECAST_VERBS


def _event_noun(doc: Doc, c: Candidate) -> Token | None:
    """The noun the date places ("Tuesday's results", "the Friday explosions", "her victories
    on Tuesday", "his address Sunday"), or None when the date is an adverbial of a verb."""
    span = _parsed_span(doc, c)
    if span is None:
        return None
    root = span.root
    head = root.head
    if root.dep_ in EVENT_NOUN_DEPS and head.pos_ in {"NOUN", "PROPN"} and head != root:
        return head
    if root.dep_ == "pobj" and head.pos_ == "ADP" and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head
    return None


def _owned_by_noun(doc: Doc, c: Candidate) -> bool:
    """Is the date a possessive or compound of a noun ("Tuesday's primaries", "his Tuesday
    wins"), which no attachment of a preposition can get wrong?"""
    span = _parsed_span(doc, c)
    if span is None:
        return False
    root = span.root
    if root.dep_ not in {"poss", "compound"} or root.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not (root.head.dep_ in {"nsubj", "nsubjpass"} and _described(root.head))


def _described(subject: Token) -> bool:
    """Is the subject's predicate "be" with an adjective ("the vote would be close"), which
    describes the thing at the verb's time, not what followed it ("the address will be a
    major topic of the race", "the victories will accelerate that shift")?"""
    verb = subject.head
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in verb.children)


def _dates_subject_event(doc: Doc, c: Candidate) -> bool:
    """Does the date place a noun in the subject of its clause ("Tuesday's results show",
    "her victories on Tuesday will accelerate that shift", "Friday's agreement may merely
    reset")? What the subject names precedes what the predicate says of it, so the verb's
    future or present tense does not move the day ahead."""
    noun = _event_noun(doc, c)
    for _ in range(SUBJECT_REACH):
        if noun is None:
            return False
        if noun.dep_ in {"nsubj", "nsubjpass"}:
            # ... unless the predicate only describes the thing ("said Monday's vote would be
            # close"): then the thing is at the verb's time
            return not _described(noun)
        if noun.head == noun or noun.head.pos_ in {"VERB", "AUX"}:
            return False
        noun = noun.head
    return False


def _names_a_day(c: Candidate, r: Resolved) -> bool:
    """Is this a time of a day the text names ("Saturday night", "last night", "9 a.m.
    Tuesday")? Its day becomes the story's day; a bare clock time ("at 10 p.m.") takes the
    story's day instead of setting it."""
    if r.type != "TIME" or r.granularity != "time-of-day" or r.start is None:
        return False
    if c.rule.kind != "clock":
        return True
    g = c.match.groupdict()
    return any(g.get(k) for k in ("wd", "mon", "rel"))


def _done_in_past(doc: Doc, c: Candidate) -> bool:
    """Is the date the adverbial of a verb in the simple past (active or passive) that names a
    thing done, not said or set for later ("stirred Iowa crowds in March", "was killed on June
    24", not "said ... in March" nor "was extended to Nov. 16")? Such a date cannot lie after
    the DCT."""
    span = _parsed_span(doc, c)
    if span is None:
        return False
    head = span.root.head
    if head.pos_ == "ADP" and head.lower_ in {"in", "on", "during"}:
        head = head.head
    lemma = head.lemma_.lower()
    if lemma in FORWARD_PAST_VERBS or (
        lemma in REPORTING_VERBS and not _reports_a_thing(head, span.start)
    ):
        return False
    auxes = [a for a in head.children if a.dep_ in {"aux", "auxpass"}]
    if head.tag_ == "VBN" and auxes:
        # the simple past passive: "was killed on June 24"
        return [(a.dep_, a.tag_) for a in auxes] == [("auxpass", "VBD")]
    return head.tag_ == "VBD" and not auxes


def _reports_a_thing(verb: Token, date_at: int) -> bool:
    """Is the date the reporting verb's own: the verb takes a noun for its object and no
    clause ("announced the merger in March", not "said it"), or the date comes before the
    clause ("announced in March that he would run", not "said it would pay on Nov. 3")?
    The act is then the announcing itself, done on the day named."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"}]
    if clauses:
        return all(date_at < c.left_edge.i for c in clauses)
    return any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def _year_earlier(r: Resolved) -> Resolved:
    """The same calendar date a year before (its value, start and end)."""
    year = int(r.value[:4])
    value = f"{year - 1:04d}{r.value[4:]}"
    start = _minus_year(r.start) if r.start else None
    end = _minus_year(r.end) if r.end else None
    return replace(r, value=value, start=start, end=end)


def _minus_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # Feb. 29
        return d.replace(year=d.year - 1, day=28)


def _names_sept_11(c: Candidate, text: str) -> bool:
    """Does this year-less date name the attacks of September 11, 2001 (SEPT_11_SLASHED,
    SEPT_11_NOUNS_AFTER)?"""
    if c.rule.name not in {"slashed", "month_day"} or c.match.group("y") is not None:
        return False
    if c.rule.name == "slashed":
        return SEPT_11_SLASHED.fullmatch(text, c.start, c.end) is not None
    if c.match.group("wd") or _month_number(c.match.group("mon")) != 9:
        return False
    return int(c.match.group("d").rstrip("stndrh")) == 11 and bool(
        SEPT_11_NOUNS_AFTER.match(text, c.end)
    )


def _holiday_near(name: str, dct: dt.date, side: int) -> dt.date | None:
    """The named day's last occurrence on or before ``dct`` (side -1), its next on or after
    it (side 1), or the nearer of the two (side 0); within HOLIDAY_YEAR_REACH years."""
    dates = [
        d
        for y in range(dct.year - HOLIDAY_YEAR_REACH, dct.year + HOLIDAY_YEAR_REACH + 1)
        if (d := _holiday_date(name, y)) is not None
    ]
    before = [d for d in dates if d <= dct]
    after = [d for d in dates if d >= dct]
    last, nxt = (before[-1] if before else None), (after[0] if after else None)
    # a day of a four-year cycle ("Super Tuesday", "Election Day") weeks ahead is the one
    # meant, whatever the tense, not the one four years back; and the other way round
    if side < 0 and last is not None and nxt is not None and (dct - last).days > YEAR_DAYS:
        side = 0 if (nxt - dct).days <= YEAR_DAYS else side
    if side > 0 and last is not None and nxt is not None and (nxt - dct).days > YEAR_DAYS:
        side = 0 if (dct - last).days <= YEAR_DAYS else side
    if side < 0 or nxt is None:
        return last
    if side > 0 or last is None:
        return nxt
    return nxt if (nxt - dct) < (dct - last) else last


def _norm_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    name = re.sub(r"\s+", " ", g["holiday"].lower()).replace("’", "'")
    if name in ELECTION_DAY_NAMES and not g["holiday"][0].isupper():
        return None  # "election day" of any country
    if name not in NAMED_DAY_NAMES:
        return None
    unit = _week if name in EASTER_WEEKS else _day
    if g.get("y"):
        d = _holiday_date(name, int(g["y"]))
        return unit(d) if d is not None else Resolved("DATE", g["y"], "year")
    if ctx.dct is None:
        if name in HOLIDAYS and HOLIDAYS[name][2] == 0:
            month, a, _ = HOLIDAYS[name]
            return Resolved("DATE", f"XXXX-{month:02d}-{a:02d}", "day")
        return Resolved("DATE", "XXXX-WXX" if unit is _week else "XXXX-XX-XX", "day")
    rel = (g.get("hrel") or "").lower()
    if rel == "last" or (not rel and ctx.tense == "past"):
        side = -1
    elif rel == "next" or (not rel and ctx.tense == "future"):
        side = 1
    elif not rel:
        side = 0  # no tense ("in a Labor Day interview"): the occurrence nearest the DCT
    else:  # "this Christmas": the one of the DCT's year
        this = _holiday_date(name, ctx.dct.year)
        return unit(this) if this is not None else None
    d = _holiday_near(name, ctx.dct, side)
    return unit(d) if d is not None else None


SPELLED_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip


def _spelled_year_number(spelled: str) -> int:
    """ "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    words = re.split(r"[\s-]+", spelled.lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + (NUMBER_WORDS[rest[0]] if rest else 0)
    century = NUMBER_WORDS[words[0]]
    rest = words[1:]
    n = SPELLED_TENS.get(rest[0], NUMBER_WORDS.get(rest[0], 0))
    if len(rest) > 1:
        n += NUMBER_WORDS[rest[1]]
    return century * 100 + n


def _norm_spelled_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    return _year(_spelled_year_number(m.group("spelled")))


def _norm_the_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m.group("unit").lower()
    if ctx.dct is None:
        return Resolved("DATE", "XXXX" if unit == "year" else "XXXX-WXX", unit)
    if m.group(0).lower().startswith("that"):
        prev = ctx.previous
        if prev is None or prev.start is None:
            return None
        if (
            unit in STORY_PART_UNKNOWN
            and GRAIN_RANK.get(prev.granularity or "day", 0) > GRAIN_RANK[unit]
        ):
            # "The 2012 request ... CREW filed it that month": a month (week) of that year, not
            # its January (first week), which the story never named
            return Resolved("DATE", STORY_PART_UNKNOWN[unit].format(y=prev.start.year), unit)
        return _unit_interval(prev.start, unit)
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    if (before and before[-1].lower() in PERIOD_PREPOSITIONS) or PERIOD_BOUND_AFTER.match(
        m.string, m.end()
    ):
        # "for the year", "during the week": the length of the period
        return Resolved("DURATION", _duration_value(1, unit), unit)
    if unit == "week":
        # "Friday's profit-taking ended the week's fever": the week of the story's day
        day = _story_day(ctx)
        if day is not None and abs((day - ctx.dct).days) <= STORY_WEEK_DAYS:
            return _unit_interval(day, unit)
    return _unit_interval(ctx.dct, unit)


def _norm_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    unit = g["unit"].lower()
    unit = _unit_name(unit)
    qty = g.get("qty")
    lead = re.sub(r"\s+", " ", (g.get("lead") or "").lower())
    if qty and qty.lower() in {"a", "an"} and g.get("plural"):
        return None
    if qty is None and not g.get("plural"):
        return None
    if qty and qty.lower() == "the" or lead == "the" and not qty:
        return None
    n = _num(qty) if qty else None
    if qty and qty.lower() == "multi":
        n = None
    if n is not None and (g.get("half") or g.get("half2")):
        n = n + 0.5
    qmod = QUANTITY_MODS.get(re.sub(r"\s+", " ", (g.get("qmod") or "").lower()))
    if qty and qty.strip().lower() == "some" and g.get("plural") is None:
        return None
    value = _duration_value(n, unit)
    start = end = None
    if ctx.dct is not None and n is not None and lead in {"the past", "the last", "past", "last"}:
        start, end = _shift(ctx.dct, unit, -int(n)) if n == int(n) else None, ctx.dct
    if ctx.dct is not None and n is not None and lead in {"the next", "the coming", "next"}:
        start, end = ctx.dct, _shift(ctx.dct, unit, int(n)) if n == int(n) else None
    return Resolved("DURATION", value, UNITS.get(unit, ("", False, unit))[2], start, end, qmod)


def _norm_two_units_off(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the week before last" -> the DCT's week minus two; "the year after next" plus two."""
    unit = m.group("unit").lower()
    if ctx.dct is None:
        return Resolved("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"), unit)
    step = -2 if m.group("dir").lower().startswith("before") else 2
    return _unit_interval(_shift(ctx.dct, unit, step), unit)


def _norm_unit_long(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "day-long" -> P1D, "years-long" -> PXY."""
    unit = m.group("unit").lower()
    value = _duration_value(None if m.group("plural") else 1, unit)
    return Resolved("DURATION", value, UNITS[unit][2])


def _norm_half(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m.group("unit").lower()
    unit = _unit_name(unit)
    return Resolved("DURATION", _duration_value(0.5, unit), UNITS.get(unit, ("", False, unit))[2])


def _norm_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m.group("unit").lower()
    return Resolved("DURATION", _duration_value(None, unit), unit)


def _norm_bare_plural(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m.group("unit").lower()
    unit = _unit_name(unit)
    lead = re.sub(r"\s+", " ", (m.group("lead") or "").lower())
    ref = FUZZY_PERIOD_REFS.get((lead, unit + "s"))
    if ref is not None:
        return Resolved("DATE", ref, None)  # "in recent years": the recent past
    # "the coming months", "years": an unknown number of units (TimeBank)
    return Resolved("DURATION", _duration_value(None, unit), unit)


def _norm_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    if g.get("freq"):
        return Resolved("SET", FREQUENCY_WORDS[g["freq"].lower()], None)
    if g.get("wd"):
        want = WEEKDAYS[g["wd"].lower()]
        pod = g.get("pod") or g.get("pod2") or g.get("pod3")
        suffix = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
        return Resolved("SET", f"XXXX-WXX-{want}{suffix}", "day")
    if g.get("mon"):
        return Resolved("SET", f"XXXX-{_month_number(g['mon']):02d}", "month")
    if g.get("sea"):
        return Resolved("SET", f"XXXX-{SEASONS[g['sea'].lower()][0]}", "season")
    if g.get("epod"):
        code = PARTS_OF_DAY[g["epod"].lower()]
        return Resolved("SET", f"XXXX-XX-XXT{code}", "time-of-day")
    unit = (g.get("unit") or "").lower()
    if unit in {"season", "weekend"}:
        return Resolved("SET", "XXXX-WXX-WE" if unit == "weekend" else "P3M", unit)
    qty = g.get("qty")
    n = 2 if qty and qty.lower() == "other" else (_num(qty) if qty else 1)
    return Resolved("SET", _duration_value(n, unit.rstrip("s")), unit.rstrip("s"))


def _norm_fuzzy(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    return Resolved("DATE", FUZZY_REFS[word], None)


def _norm_fuzzy_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "recent weeks", "coming months": TimeML annotates an unknown number of units; "recent
    years" is the recent past itself (FUZZY_PERIOD_REFS)."""
    unit = m.group("unit").lower()
    ref = FUZZY_PERIOD_REFS.get((m.group("word").lower(), unit))
    if ref is not None:
        return Resolved("DATE", ref, None)
    unit = unit.rstrip("s")
    return Resolved("DURATION", _duration_value(None, unit), unit)


def _norm_same_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the same day as the rally" (SAME_DAY_AS): an unknown day until its event is dated."""
    return Resolved("DATE", "XXXX-XX-XX", "day")


def _same_day_clause(doc: Doc, c: Candidate) -> bool:
    """Does a clause with no "that" name the event of "the same day" ("On the same day he won
    the Iowa caucus", "the same night she is widely expected to ...")? The word after the unit
    opens the subject of a verb that follows (the parse seldom marks such a clause relcl)."""
    unit = doc.char_span(c.match.start("unit"), c.match.end("unit"), alignment_mode="expand")
    if unit is None or unit.end >= len(doc):
        return False
    word = doc[unit.end]
    while word.dep_ in SUBJECT_OPENER_DEPS and word.head.i > word.i:
        word = word.head
    return word.dep_ in {"nsubj", "nsubjpass"} and word.head.i > word.i and word.head.pos_ in {
        "VERB", "AUX"}  # fmt: skip


def _norm_anchored(m: re.Match[str], ctx: Context) -> Resolved | None:
    g = m.groupdict()
    qty = (g.get("qty") or "").strip()
    if not qty and not g.get("plural"):
        return None
    if qty.lower() in {"a", "an", "a mere", "mere"} and g.get("plural"):
        return None
    if qty.lower() == "the":
        qty = "" if g.get("plural") else "a"  # "the day after", "the years after"
    n = _num(qty) if qty else None
    unit = g["unit"].lower()
    return Resolved("DATE", _duration_value(n, _unit_name(unit)),
                    UNITS.get(unit, ("", False, unit))[2])  # fmt: skip


NORMALISERS: dict[str, Callable[[re.Match[str], Context], Resolved | None]] = {
    "numeric": _norm_numeric,
    "calendar": _norm_calendar,
    "decade": _norm_decade,
    "century": _norm_century,
    "story_next": _norm_story_next,
    "story_that": _norm_story_that,
    "iso_datetime": _norm_iso_datetime,
    "unit_long": _norm_unit_long,
    "two_units_off": _norm_two_units_off,
    "ordinal_day": _norm_ordinal_day,
    "weekday": _norm_weekday,
    "named_day": _norm_named_day,
    "clock": _norm_clock,
    "story_pod": _norm_story_pod,
    "in_the_day": _norm_in_the_day,
    "relative": _norm_relative,
    "part_of_date": _norm_part_of_date,
    "part_year": _norm_part_year,
    "quarter": _norm_quarter,
    "year_ago": _norm_year_ago,
    "year_period": _norm_year_period,
    "period_code": _norm_period_code,
    "ago": _norm_ago,
    "weekend": _norm_weekend,
    "week_of": _norm_week_of,
    "year_end": _norm_year_end,
    "duration": _norm_duration,
    "season": _norm_season,
    "holiday": _norm_holiday,
    "spelled_year": _norm_spelled_year,
    "the_unit": _norm_the_unit,
    "range": _norm_range,
    "half": _norm_half,
    "bare_plural": _norm_bare_plural,
    "set": _norm_set,
    "fuzzy": _norm_fuzzy,
    "fuzzy_period": _norm_fuzzy_period,
    "anchored": _norm_anchored,
    "same_day": _norm_same_day,
}


# --------------------------------------------------------------------------------------------
# Finding
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match[str]


# Rules whose every match contains a duration unit word. They are the costly ones (number
# words at every position), so they only run in windows around the unit words of the text.
UNIT_RULES = frozenset(
    {"span", "range", "adjectival", "ago", "anchored", "rate", "rate_amount", "bare_plural",
     "half", "unit_long"}
)  # fmt: skip
UNIT_WORD = re.compile(
    r"(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)"
)
WINDOW_BEFORE, WINDOW_AFTER = 120, 40  # characters kept around each unit word


def _unit_windows(text: str) -> list[tuple[int, int]]:
    """Merged [start, end) windows of text around the unit words."""
    windows: list[tuple[int, int]] = []
    for m in UNIT_WORD.finditer(text):
        lo, hi = max(0, m.start() - WINDOW_BEFORE), min(len(text), m.end() + WINDOW_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _matches(rule: Rule, text: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    if rule.name not in UNIT_RULES:
        return list(rule.pattern.finditer(text))
    out: list[re.Match[str]] = []
    for lo, hi in windows:
        for m in rule.pattern.finditer(text, lo, hi):
            # re-match on the whole text so the window's end never cuts a match short
            full = rule.pattern.match(text, m.start())
            if full is not None and (not out or full.start() >= out[-1].end()):
                out.append(full)
    return out


def _candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    priority = 0
    windows = _unit_windows(text)
    for table in RULE_TABLES:
        for rule in table:
            for m in _matches(rule, text, windows):
                start, end = m.start(), m.end()
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    found.append(Candidate(start, end, priority, rule, m))
            priority += 1
    return found


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then the earlier rule, then leftmost."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _mid_sentence(text: str, at: int) -> bool:
    """Does a word (not a sentence's or paragraph's end, before any opening quotes) come
    right before ``at``?"""
    before = text[max(0, at - 40) : at].rstrip(" \t\"“‘'")
    return bool(before) and before[-1] not in ".!?:;\n"


def _line_around(text: str, at: int) -> str:
    """The line of ``text`` that holds the offset ``at``, without its line breaks."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def _title_case_line(text: str, at: int) -> bool:
    """Is the line around ``at`` a title-case headline (most of its longer words capitalised),
    where a capital letter does not mark a name?"""
    words = [w for w in re.findall(r"[A-Za-z]+", _line_around(text, at)) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def _capitals_line(text: str, at: int) -> bool:
    """Is the line around ``at`` written in capitals (CAPITALS_LINE_SHARE of its letters)?"""
    letters = [ch for ch in _line_around(text, at) if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= CAPITALS_LINE_SHARE * len(
        letters
    )


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Is the expression [start, end) part of a short quoted title of capitalised words
    (TITLE_OPEN_BEFORE, TITLE_CLOSE_AFTER), as in "CBS's ``60 Minutes''"?"""
    words = text[start:end].split()
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    opening = TITLE_OPEN_BEFORE.search(text, max(0, start - 60), start)
    closing = TITLE_CLOSE_AFTER.match(text, end)
    if opening is None or closing is None:
        return False
    before = text[max(0, opening.start() - 3) : opening.start()].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "'’"):
        return False  # quoted speech: "``Next Tuesday,'' she said", 'said, "Now we wait."'
    count = len(words) + len(opening.group("words").split()) + len(closing.group("words").split())
    return count >= TITLE_MIN_WORDS


def _not_a_clock(c: Candidate, text: str) -> bool:
    """Is a bare "H:MM" a verse or a place in a recording ("Romans 8:31", "the 2:05 mark")? Is
    "3 in the evening" the day of a date ("on March 3 in the evening", MONTH_BEFORE_DAY)?"""
    if c.rule.name == "clock_pod" and MONTH_BEFORE_DAY.search(text, max(0, c.start - 12), c.start):
        return True
    if c.rule.name != "clock" or not BARE_CLOCK.fullmatch(text, c.start, c.end):
        return False
    if CLOCK_MARK_AFTER.match(text, c.end):
        return True
    book = VERSE_BOOK_BEFORE.search(text, max(0, c.start - 20), c.start)
    if book is None:
        return False
    word = book.group(1).lower()
    return word not in WEEKDAYS and word not in MONTHS and word not in CLOCK_LEAD_WORDS


# What may follow "that November" when the tagger reads "that" as a conjunction ("lost the
# election to Nixon that November, carrying only Massachusetts"): a month that ends its clause
# is no subject of a clause "that" opens, so "that" is its determiner.
THAT_MONTH_CLOSES = re.compile(r"[ \t]*(?:[,.;:!?)]|[-–—]|$)")


def _keep(c: Candidate, doc: Doc, text: str) -> bool:
    """Filters that need the parse or the surrounding words."""
    if _not_a_clock(c, text):
        return False
    if c.rule is SAME_DAY_AS and not c.match.group("dir") and not _same_day_clause(doc, c):
        return False  # "donated on the same day": the story's day (story_that)
    if c.rule.name == "rel_month" and (c.match.group("mrel") or "").lower() == "that":
        that = doc.char_span(c.start, c.start + 4)
        month = doc.char_span(c.match.start("mon"), c.match.end("mon"), alignment_mode="expand")
        if that is None or (
            that[0].tag_ != "DT" and not THAT_MONTH_CLOSES.match(text, c.match.end("mon"))
        ):
            return False  # "he said that November would be decisive": the month alone
        if month is not None and len(month) and month.root.dep_ == "compound":
            return False  # "in that October speech": "that" is the speech's
    if c.rule.name == "season" and c.match.group("that"):
        that = doc.char_span(c.start, c.start + 4)
        if that is None or (
            that[0].tag_ != "DT" and not THAT_MONTH_CLOSES.match(text, c.match.end("season"))
        ):
            return False  # "he said that summer jobs are scarce": no season of the story
    if _quoted_title(text, c.start, c.end):
        return False
    before = text[max(0, c.start - 12) : c.start].split()
    if before and before[-1].lower() in BLOCKING_PREVIOUS_WORDS and text[c.start].isdigit():
        return False  # "room 2010", "flight 1990"; not "the briefing room this month"
    if c.rule.name == "slashed" and c.match.group("y") is None:
        # "rose 1 3/4 to 35 7/8", "Intel eased 1/8": fractions in prices, not dates
        if PRICE_MOVE_BEFORE.search(text, max(0, c.start - 12), c.start):
            return False
        if re.search(r"\d\s*$", text[max(0, c.start - 3) : c.start]) or re.match(
            r"\s*(?:of|point|percent|%|cents?|inch|mile)", text[c.end : c.end + 10]
        ):
            return False
    if (
        c.rule.name == "span"
        and (c.match.group("qty") or "").lower() in {"a", "an"}
        and c.match.group("plural")
    ):
        return False  # "a decades-long feud": no count, and no length of its own
    if c.rule.kind in {"duration", "bare_plural"} and AGE_AFTER.match(text, c.end):
        return False
    if (c.rule.name == "bare_plural" and not c.match.group("lead")) or (
        c.rule.kind == "anchored" and not c.match.group("qty") and c.match.group("plural")
    ):
        if GAP_AFTER.match(text, c.end) or MATTER_OF_BEFORE.search(
            text, max(0, c.start - 12), c.start
        ):
            return False  # "only minutes apart", "a matter of days before he returns"
    if UNIT_MANNER_AFTER.match(text, c.end):
        return False
    if c.rule.kind == "century" and CENTURY_COMPANY_AFTER.match(text, c.end):
        return False  # "21st Century Fox", a company
    if (
        c.end - c.start <= 12
        and text[c.start].isupper()
        and re.sub(r"\s+", " ", text[c.start : c.end].lower()) in NAME_PART_WORDS
        and (
            NAME_BEFORE.search(text, max(0, c.start - 30), c.start) is not None
            or (NAME_AFTER_PART.match(text, c.end) is not None and _mid_sentence(text, c.start))
        )
        and not _title_case_line(text, c.start)
    ):
        return False  # "USA Today", "Liberty Now PAC"; not a headline's "Clinton Speaks Today"
    if (
        c.end - c.start <= 12
        and text[c.start : c.end].isupper()
        and re.sub(r"\s+", " ", text[c.start : c.end].lower()) in NAME_PART_WORDS
        and CAPS_NAME_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
        and not _capitals_line(text, c.start)
    ):
        return False  # "USA TODAY reported", "Greg Toppo, USA TODAY."; not "CLINTON WINS TODAY"
    if (
        text[c.start].isupper()
        and text[c.start : c.end].lower() in NAME_PART_WORDS
        and QUOTE_OPEN_BEFORE.search(text, max(0, c.start - 2), c.start) is not None
        and QUOTE_CLOSE_AFTER.match(text, c.end) is not None
    ):
        return False  # NBC's "Today", the ''Today'' show: a title, not the day
    if text[c.start : c.end] in FREQUENCY_NAME_WORDS:
        after = FREQUENCY_NAME_AFTER.match(text, c.end)
        if after is not None and after.group(1) not in HEADLINE_FUNCTION_WORDS:
            # "The Daily Show Takes ...", "NY Daily News:"; not "Trump Tweets Daily On ..."
            return False
    if text[c.start : c.end] == "the Year" and AWARD_TITLE_BEFORE.search(
        text, max(0, c.start - 30), c.start
    ):
        return False  # "Time's Person of the Year", "Liar-of the Year"
    if (
        c.rule.kind == "duration"
        and (c.match.groupdict().get("unit") or "").lower() == "quarter"
        and (c.match.groupdict().get("qty") or "").lower() in FRACTION_NUMERATORS
        and FRACTION_OF_AFTER.match(text, c.end)
    ):
        return False
    if (
        c.rule.kind in {"duration", "anchored"}
        and (c.match.groupdict().get("unit") or "").lower() == "second"
        and (c.match.groupdict().get("qty") or "").lower() == "the"
    ):
        return False  # the ordinal: "an affair with the second before divorcing the first"
    if c.rule.kind == "duration" and (c.match.groupdict().get("unit") or "").lower() == "second":
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span[-1].pos_ == "ADJ":
            return False  # the ordinal: "a second betrayal", "a second group"
    if c.rule.name == "month" and NAME_AFTER_MONTH.match(text, c.end):
        return False
    if c.rule.name == "dotted_dmy" and DOTTED_VERSION_BEFORE.search(
        text, max(0, c.start - 12), c.start
    ):
        return False
    if c.rule.kind == "holiday" and HOLIDAY_THING_AFTER.match(text, c.end):
        return False
    night = NIGHT_HOURS_OF.search(text, max(0, c.start - 16), min(len(text), c.end + 4))
    if night is not None and night.start() <= c.start and c.end <= night.end():
        return False
    if c.rule.kind == "weekday" and WEEKDAY_NAME_BEFORE.search(text, max(0, c.start - 8), c.start):
        return False
    if (
        c.rule.kind == "quarter"
        and not any(c.match.groupdict().get(k) for k in ("y", "y2", "y3", "this", "rel", "ago"))
        and SPORTS_WORDS.search(text, max(0, c.start - 200), min(len(text), c.end + 200))
    ):
        return False  # "a touchdown late in the fourth quarter": a part of a game
    if (
        c.rule.kind == "weekday"
        and c.match.groupdict().get("pod")
        and c.match.group("pod")[0].isupper()
        and SHOW_NAME_AFTER.match(text, c.end)
        and not _title_case_line(text, c.start)
    ):
        return False  # "Saturday Night Live", "Sunday Night Football": a show
    if c.rule.name in {"month", "cue_month"}:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I":
            return False  # a surname: "Jill June", "Joe Henry, Jill June, Lori Jungling"
    if c.rule.name == "spelled_year":
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span[-1].dep_ == "nummod" and span[-1].head.tag_ == "NNS":
            return False  # a count: "more than two thousand years", "two thousand people"
    if c.rule.name == "rate_amount" and not (
        AMOUNT_BEFORE_RATE.search(text[max(0, c.start - 30) : c.start])
        or COUNT_BEFORE_RATE.search(text[max(0, c.start - 40) : c.start])
    ):
        return False
    if c.rule.name == "cue_month" and not (before and before[-1].lower() in MAY_CUES):
        return False
    if c.rule.name == "in_the_day" or (
        c.rule.kind == "anchored" and (c.match.group("qty") or "").lower() == "the"
    ):
        # "later in the day before returning home": the story's day, not an offset
        in_day = PART_IN_BEFORE.search(text, max(0, c.start - 20), c.start) is not None
        if in_day != (c.rule.name == "in_the_day"):
            return False
    if c.rule.name == "that_day":
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span[0].lower_ != "that" or span[0].dep_ != "det":
            return False
        if span[-1].dep_ == "compound":
            return False  # "said that day care centers ...": a noun of a noun
    if c.rule.name == "story_pod" and not (before and before[-1].lower() in POD_PREPOSITIONS):
        return False
    if c.rule.kind == "fuzzy":
        word = re.sub(r"\s+", " ", c.match.group("word").lower())
        if word == "now" and DISCOURSE_NOW.match(text, c.start):
            return False  # "Now, following asset sales, the company sees ..."
        if word == "soon" and (
            SOON_CONNECTIVE_BEFORE.search(text, max(0, c.start - 8), c.start)
            or SOON_CONNECTIVE_AFTER.match(text, c.end)
        ):
            return False  # "as soon as Tuesday", "soon after the vote": a connective
        if word == "soon" and _in_past_narrative(doc, c):
            return False  # "he was soon released": shortly after a past event, no future
        if word == "the future" and (
            FUTURE_AS_FATE_AFTER.match(text, c.end) or _attributive_future(doc, c)
        ):
            return False  # "the future of NATO", "the future Democratic leader": no time
        if word in FUZZY_NEEDS_PARSE:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None:
                return False
            tok = span[-1]
            if word == "current" and tok.dep_ != "amod":
                return False  # "the current crisis", not "the current" of a river
            if word in {"past", "the past"} and (
                tok.pos_ not in {"ADJ", "NOUN"} or tok.dep_ == "amod"
            ):
                return False  # "in the past", not "the past tense" or "past the gate"
    if c.rule.name == "frequency":
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or (
            span[-1].dep_ in {"amod", "compound"}
            and span[-1].lower_ not in FREQUENCY_ADJECTIVES_KEPT
        ):
            return False  # "quarterly earnings", "the monthly magazine"
    if c.rule.name == "year" and MODEL_YEAR_MAKE_AFTER.match(text, c.end):
        return False
    if c.rule.name == "year":
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span[0].like_num and span[0].ent_type_ in NOT_YEAR_ENTITIES:
            return False
    return True


def _attributive_future(doc: Doc, c: Candidate) -> bool:
    """Is "future" in "the future" an adjective on the noun after it ("the future Democratic
    leader", "the future course of his campaign")? Then "the" belongs to that noun and
    nothing names a time."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[-1]
    return tok.dep_ in {"amod", "compound"} and tok.head.i > tok.i


def _in_past_narrative(doc: Doc, c: Candidate) -> bool:
    """Does the expression modify a verb in the past tense ("cash that soon became a flood",
    "he was soon released")? There "soon" means shortly after a past event, not the future."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    while head.pos_ == "ADV" and head.head != head:
        head = head.head  # "soon enough, a game was underway": through the adverb to its verb
    if head.tag_ == "VBD":
        return True
    return any(a.dep_ in {"aux", "auxpass"} and a.tag_ == "VBD" for a in head.children)


def _modifies_noun(doc: Doc, c: Candidate) -> bool:
    """Is the expression a modifier of a noun ("a June agreement")?"""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.dep_ in NOUN_MODIFIER_DEPS and root.head.pos_ in {"NOUN", "PROPN"}


def _event_span(doc: Doc, text: str, after_char: int, sent: SpacySpan) -> Span | None:
    """The event phrase introduced by the "after"/"before" word starting at ``after_char``."""
    word = doc.char_span(after_char, after_char + len(text[after_char:].split()[0]),
                         alignment_mode="expand")  # fmt: skip
    if word is None:
        return None
    signal = word[0]
    tokens: list[Token]
    objects = [c for c in signal.children if c.dep_ in {"pobj", "pcomp"}]
    if objects:
        tokens = list(objects[0].subtree)
    elif signal.dep_ == "mark":
        tokens = [t for t in signal.head.subtree if t.i > signal.i]
    else:
        tokens = []
    if not tokens:
        sent_end = sent.end
        tokens = []
        for t in doc[signal.i + 1 : sent_end]:
            if t.is_punct and t.text not in {"-", "'"}:
                break
            tokens.append(t)
    tokens = [t for t in tokens if t.i > signal.i]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return None
    # stop the phrase at the end of its clause: at a comma or a relative "which/who"
    out: list[Token] = []
    for t in tokens:
        if out and (t.text in {",", ";", ":"} or (t.i != out[-1].i + 1)):
            break
        out.append(t)
    return Span(out[0].idx, out[-1].idx + len(out[-1].text))


def _to_iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _parse_dct(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError as exc:
        raise AnalysisError(f"publication date {published!r} is not an ISO date",
                            value=published) from exc  # fmt: skip


def _reporting_quarter(r: Resolved, dct: dt.date | None, current: Resolved | None) -> bool:
    """Is this the quarter a financial report is about? The first quarter named that began
    within REPORTING_QUARTER_DAYS before the DCT: "posted a gain in third-quarter net ...
    After a flat second quarter" is about the third; an old one ("the third quarter of
    1984") is not the reference."""
    if current is not None or r.granularity != "quarter" or r.start is None:
        return False
    return dct is None or dct - dt.timedelta(days=REPORTING_QUARTER_DAYS) <= r.start <= dct


def extract_times(doc: Doc, article: Article) -> list[TimeRef]:
    """All time expressions of ``article``, normalised against its publication date.

    ``doc`` must be the spaCy parse of ``article.text``. Returns TimeRefs sorted by span.
    """
    text = article.text
    if doc.text != text:
        raise AnalysisError("the parse does not belong to this article's text",
                            article_id=article.id)  # fmt: skip
    dct = _parse_dct(article.published)
    out: list[TimeRef] = []
    previous: Resolved | None = None
    quarter: Resolved | None = None
    # a reporting quarter named earlier in the current sentence: (sentence start, quarter)
    sentence_quarter: tuple[int, Resolved] | None = None
    sents = _sentences(doc)
    starts = [s.start_char for s in sents]
    for c in _select([c for c in _candidates(text) if _keep(c, doc, text)]):
        sent = _sentence_of(sents, starts, c.start)
        sentence = sent.text
        tense = _governing_tense(doc, c.start, c.end, sent)
        if tense == "present" and _forecast(doc, c):
            tense = "future"  # "analysts expect growth in the second half"
        if tense == "planned":
            # a plan made in the past: a month or date of it still lies ahead ("announced a
            # plan to sell the unit in January"), a weekday or quarter is the nearer one
            tense = "future" if c.rule.kind == "calendar" else "nearest"
        verb_future = tense == "future"  # the verb's own tense, before the cues below
        if (
            tense in {"future", "present"}
            and c.rule.kind == "weekday"
            and not c.match.group("wrel")
            and (_owned_by_noun(doc, c) or _dates_subject_event(doc, c))
        ):
            # "her victories on Tuesday will accelerate that shift", "the real meaning of
            # Thursday night's debate": a day that places a thing, not the verb's action; in
            # the present (news reports in it) the past one unless the coming one is nearer
            # by more than a day
            tense = "nearest" if tense == "future" else "nearer_back"
        before = text[max(0, c.start - 8) : c.start].split()
        if tense != "past" and (
            (before and before[-1].lower() in DEADLINE_WORDS)
            or DEADLINE_PHRASE_BEFORE.search(text, max(0, c.start - 20), c.start)
        ):
            tense = "future"  # "has until Monday", "due by Nov. 9", "ahead of Monday's vote"
        elif c.rule.kind == "weekday" and _ahead_of_thing(doc, c):
            # "ahead of the Iowa caucuses on Monday", "ahead of New York's Tuesday primary":
            # ahead, or (told in the past) the nearer such day, the coming one when about as
            # near
            tense = "nearer_ahead" if tense == "past" else "future"
        elif (
            c.rule.kind == "calendar"
            and not c.match.groupdict().get("y")
            and tense in {None, "present"}
            and _ahead_of_thing(doc, c)
        ):
            tense = "future"  # "aims to spend $900 million before the November elections"
        elif before and before[-1].lower() in PAST_SIDE_WORDS:
            tense = "past"  # "since January 1st"
        elif tense in {None, "present"} and _dates_past_event(doc, c):
            tense = "past"  # "an issue after the massacre in June"
        if (
            tense == "past"
            and c.rule.kind == "calendar"
            and not c.match.groupdict().get("y")
            and before
            and before[-1].lower() in SPAN_END_WORDS | DEFERRAL_END_WORDS
        ):
            verb = _governing_verb(doc, c.start, c.end)
            if verb is not None and verb.lemma_.lower() in DEFERRAL_VERBS:
                tense = "future"  # "has extended the loans through January" (in October)
                verb_future = True
        if tense == "past" and c.rule.kind in {"weekday", "clock"}:
            verb = _governing_verb(doc, c.start, c.end)
            lemma = verb.lemma_.lower() if verb is not None else ""
            if before and before[-1].lower() in SPAN_END_WORDS:
                # "postponed until Tuesday" looks ahead; "stayed until Thursday" is the
                # nearer of the two; "until Monday's announcement, stocks were trading" ends
                # a past state at a thing that happened: past
                if lemma in DEFERRAL_VERBS:
                    tense = "future"
                elif not _owned_by_noun(doc, c):
                    tense = "nearest"
            elif (
                verb is not None
                and lemma in SCHEDULING_VERBS
                and c.rule.kind == "weekday"
                and verb.idx < c.start
                and verb.dep_ not in PARTICIPLE_CLAUSE_DEPS
            ):
                # "has scheduled a news conference Thursday"; not "On Friday, they planned"
                # nor "a service planned for Saturday was canceled"
                tense = "future"
        wide_before = text[max(0, c.start - 24) : c.start].split()
        if (
            wide_before
            and wide_before[-1].lower() in EFFECTIVE_WORDS
            and not (len(wide_before) > 1 and wide_before[-2].lower() in EFFECTIVE_PAST_VERBS)
        ):
            tense = "future"  # "created an office, effective Feb. 1"
        if (
            tense == "future"
            and (c.rule.name == "month" or c.rule.kind == "holiday")
            and _modifies_noun(doc, c)
            and not _ahead_of_thing(doc, c)  # "to spend it before the November elections"
        ):
            tense = None  # "is trying to sell itself, under a June agreement"
        dated_clock = c.rule.kind == "clock" and bool(c.match.groupdict().get("wd"))
        if (
            tense == "present"
            and (c.rule.kind == "weekday" or dated_clock)
            and _scheduled_present(doc, c)
        ):
            tense = "future"  # "ministers meet Monday", "the vote is at 2 p.m. ET on Friday"
        if (
            tense in {"present", None, "nearest", "nearer_back"}
            and c.rule.kind == "weekday"
            and _forward_present(doc, c)
        ):
            tense = "future"  # "the funeral is scheduled for Saturday"
        if (
            c.rule.kind == "calendar"
            and not c.match.groupdict().get("y")
            and tense in {"present", None}
            and (_forward_present(doc, c) or (tense == "present" and _scheduled_present(doc, c)))
        ):
            tense = "future"  # "the vote is set for November", "the tournament starts Dec. 5"
        if (
            c.rule.kind == "weekday"
            and REPORTED_DAY_BEFORE.search(text, max(0, c.start - 24), c.start)
            and not text.startswith(("'s", "’s"), c.end)  # "said Monday's vote would ..."
        ):
            tense = "past"  # "said on Monday he would travel to Paris"
        # (a future read off a present tense, "inflation rises in February", keeps its slack)
        of_verb = verb_future and c.rule.kind == "calendar" and _adverbial_of_verb(doc, c)
        near_quarter = quarter
        if sentence_quarter is not None and sentence_quarter[0] == sent.start_char:
            near_quarter = sentence_quarter[1]
        ctx = Context(dct, tense, previous, sentence, near_quarter, of_verb)
        resolved = NORMALISERS[c.rule.kind](c.match, ctx)
        if resolved is None:
            continue
        if _names_sept_11(c, text):
            resolved = _day(SEPT_11)
        if c.rule.kind == "named_day" and _generic_today(doc, c):
            continue  # "today's youth": the present age, which TimeBank leaves unmarked
        if c.rule.kind == "named_day" and _figurative_overnight(doc, c):
            continue  # "it won't happen overnight": in no time, not a night
        if text[c.start : c.end].lower() == "one day" and (
            ONE_DAY_FUTURE_BEFORE.search(text, max(0, c.start - 12), c.start)
            or ONE_DAY_FUTURE_AFTER.match(text, c.end)
        ):
            resolved = Resolved("DATE", "FUTURE_REF", None)  # "will one day be"
        if (
            tense == "past"
            and c.rule.kind == "calendar"
            and dct is not None
            and resolved.start is not None
            and resolved.start > dct
            and not YEAR_IN_TEXT.search(text, c.start, c.end)
            and not c.match.groupdict().get("y")  # "on 10 and 11 June 2013": the pair's year
            and _done_in_past(doc, c)
        ):
            resolved = _year_earlier(resolved)  # "announced his candidacy in March" (in Jan.)
        start, end = c.start, c.end
        anchor = None
        approx = APPROX_BEFORE.search(text, max(0, start - 24), start)
        if approx is not None and c.rule.kind in APPROX_KINDS and resolved.type == "DATE":
            # "to be completed around Nov. 1": TimeML takes the word in, mod APPROX
            start = approx.start()
            resolved = replace(resolved, mod=resolved.mod or "APPROX")
        if c.rule.kind == "same_day":
            # SAME_DAY_AS: the day of the event named after "as"/"that"/"when" or in the
            # relative clause ("the same day he won the Iowa caucus")
            signal = c.match.start("dir") if c.match.group("dir") else c.match.start("unit")
            event = _event_span(doc, text, signal, sent)
            if event is None:
                continue
            anchor = TimeAnchor(event, SAME_DAY_OFFSET, "after")
        if c.rule.kind == "anchored":
            pre = c.match.group("pre")
            if pre and re.sub(r"\s+", " ", pre.lower()) not in QUANTITY_MODS:
                start = c.match.start("dur")  # "just", "only", "barely": no TIMEX3 mod
            # A quantity modifier stays inside the extent: TimeML 1.2.1 guidelines, 2.2.3
            # "Attributes for TIMEX3", mod (the modifier word is part of the tagged expression,
            # "nearly two months" mod=LESS_THAN; TIDES 2005 "MOD" likewise), as HeidelTime's
            # duration rules take %reApproximate in. TE3 train: "nearly two months after",
            # "less than a decade after" are tagged with the word 2 of 2 times.
            if (c.match.group("qty") or "").lower() == "the" and c.match.group("plural"):
                start = c.match.start("unit")  # TimeML: "the <weeks> before the vote"
            direction = c.match.group("dir").lower()
            event = _event_span(doc, text, c.match.start("dir"), sent)
            if event is None:
                continue
            anchor = TimeAnchor(event, resolved.value, direction)
            pre_mod = QUANTITY_MODS.get(re.sub(r"\s+", " ", (pre or "").lower()))
            resolved = Resolved("DATE", "XXXX-XX-XX", resolved.granularity, mod=pre_mod)
            named = out[-1] if out else None
            if (
                (c.match.group("qty") or "").lower() == "the"
                and not c.match.group("plural")
                and named is not None
                and named.granularity == c.match.group("unit").lower()
                and named.start is not None
                and APPOSITION_GAP.fullmatch(text, named.span.end, c.start)
            ):
                # "Oct. 12, the day before the stock market plunge": the day just named
                anchor = None
                resolved = Resolved("DATE", named.value, named.granularity,
                                    dt.date.fromisoformat(named.start),
                                    dt.date.fromisoformat(named.end or named.start))  # fmt: skip
            elif (day := _apposition_day(c, named, text)) is not None:
                # "fired Wednesday, a day after he drew criticism": that Wednesday (the anchor
                # stays, as resolve_anchor keeps it: the offset still tells the event's day)
                resolved = replace(_day(day), mod=resolved.mod)
        if c.rule.kind in {"quarter", "period_code"} and _reporting_quarter(resolved, dct, None):
            sentence_quarter = (sent.start_char, resolved)
            if quarter is None:  # the article's reporting quarter: the first one named
                quarter = resolved
        if (
            resolved.type == "DATE"
            and resolved.granularity in {"day", "quarter", "year", "month"}
            and not _comparison(c)
        ):
            previous = resolved
        elif _names_a_day(c, resolved) and not _comparison(c):
            previous = _day(resolved.start)  # "Saturday night ... later that night"
        tail = APPROX_TAIL_AFTER.match(text, end)
        if tail is not None and not resolved.mod:
            mod = APPROX_TAIL_MODS[re.sub(r"\s+", " ", tail.group("tail"))]
            if resolved.type == "DATE" or (resolved.type == "DURATION" and mod == "APPROX"):
                end = tail.end()  # "the next year or so", "1994 or later"
                resolved = replace(resolved, mod=mod)
        out.append(
            TimeRef(
                span=Span(start, end),
                type=resolved.type,
                value=resolved.value,
                start=_to_iso(resolved.start),
                end=_to_iso(resolved.end),
                granularity=resolved.granularity,
                mod=resolved.mod,
                anchor=anchor,
            )
        )
    out = _coordinated_dates(_second_days(out, text), text)
    return _resolve_local_anchors(_coordinated_sets(_clock_days_from_next(out, text), text))


def _coordinated_sets(times: list[TimeRef], text: str) -> list[TimeRef]:
    """ "every Tuesday and Thursday": a weekday coordinated with a weekly SET repeats too."""
    out: list[TimeRef] = []
    for t in times:
        prev = out[-1] if out else None
        phrase = text[t.span.start : t.span.end]
        if (
            prev is not None
            and prev.type == "SET"
            and prev.value.startswith("XXXX-WXX-")
            and t.type == "DATE"
            and COORDINATION_GAP.fullmatch(text, prev.span.end, t.span.start)
            and phrase.lower() in WEEKDAYS
        ):
            t = replace(t, type="SET", value=f"XXXX-WXX-{WEEKDAYS[phrase.lower()]}",
                        start=None, end=None, granularity="day")  # fmt: skip
        out.append(t)
    return out


def _comparison(c: Candidate) -> bool:
    """Is this a backward comparison ("up from $4 million a year earlier", "year-ago
    results", "two years ago")? It names a time to compare with, and the story's time
    (``Context.previous``) stays where it was."""
    if c.rule.kind == "year_ago":
        return True
    return c.rule.kind == "ago" and c.match.group("dir").lower() in BACKWARD_SHIFT_WORDS


# What joins two dates of one listing ("in December and January", "from October to
# February", "Dec. 28 or Jan. 3", "November-December"): the later one is named second.
COORDINATED_DATES_GAP = re.compile(
    r"\s*,?\s*(?:(?i:and|or|to|through|thru|until|till|into)\s+(?:(?i:early|late|mid)[\s-])?"
    r"|[-–—]\s*)"
)


def _names_month(words: str) -> bool:
    """Does the expression name a month ("January", "early Dec. 28")?"""
    return any(w in MONTHS for w in re.findall(r"[a-z]+", words.lower()))


def _coordinated_dates(times: list[TimeRef], text: str) -> list[TimeRef]:
    """ "ads reserved in December and January" (said in November): a year-less month or date
    listed after another comes after it, within the year that follows, so the second month
    whose own reading fell before the first (January of this year) is next year's."""
    out = list(times)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.type != "DATE"
            or b.type != "DATE"
            or a.granularity not in {"month", "day"}
            or b.granularity not in {"month", "day"}
            or a.start is None
            or b.start is None
            or b.anchor is not None
            or not COORDINATED_DATES_GAP.fullmatch(text, a.span.end, b.span.start)
            or YEAR_IN_TEXT.search(text, b.span.start, b.span.end)
            or not re.match(r"\d{4}-", b.value)
            or not (
                _names_month(text[a.span.start : a.span.end])
                and _names_month(text[b.span.start : b.span.end])
            )  # not "Friday and Thursday"
        ):
            continue
        a_start, b_start = dt.date.fromisoformat(a.start), dt.date.fromisoformat(b.start)
        if b_start >= a_start:
            continue
        try:
            moved = b_start.replace(year=b_start.year + 1)
            moved_end = dt.date.fromisoformat(b.end or b.start).replace(year=b_start.year + 1)
        except ValueError:
            continue  # Feb. 29
        if moved <= a_start or moved.year != a_start.year + 1:
            continue
        value = f"{moved.year:04d}{b.value[4:]}"
        out[i] = replace(b, value=value, start=_to_iso(moved), end=_to_iso(moved_end))
    return out


def _second_days(times: list[TimeRef], text: str) -> list[TimeRef]:
    """ "March 21 and 24": the second day number of a pair after a month-and-day date
    (DAY_PAIR_SECOND) is a date of its own in the same month and year."""
    out: list[TimeRef] = []
    starts = {t.span.start for t in times}
    for t in times:
        out.append(t)
        if t.granularity != "day" or t.type != "DATE" or not text[t.span.end - 1].isdigit():
            continue
        m = DAY_PAIR_SECOND.match(text, t.span.end)
        if (
            m is None
            or m.start("d") in starts
            or not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", t.value)
        ):
            continue
        second = int(m.group("d"))
        if second <= int(t.value[8:10]):
            continue  # "March 21 and 4": no pair of days in order
        day = None
        if t.start is not None:
            try:
                day = dt.date.fromisoformat(t.start).replace(day=second)
            except ValueError:
                continue  # "Feb. 27 and 30": no such day
        value = f"{t.value[:8]}{second:02d}"
        span = Span(m.start("d"), m.end())
        iso = _to_iso(day)
        out.append(TimeRef(span, "DATE", value, start=iso, end=iso, granularity="day"))
    return out


def _clock_days_from_next(times: list[TimeRef], text: str) -> list[TimeRef]:
    """ "8 p.m. local time (1900 GMT) on Sunday": a clock time takes the day of the weekday
    named just after it (CLOCK_DAY_AFTER), as that weekday was resolved in its own right."""
    by_start = {t.span.start: t for t in times}
    out = []
    for t in times:
        later = CLOCK_DAY_AFTER.match(text, t.span.end) if t.type == "TIME" else None
        day = by_start.get(later.start("wd") if later.group("wd") else later.start("rel")) if (
            later is not None) else None  # fmt: skip
        if (
            day is not None
            and day.granularity == "day"
            and day.start is not None
            and "T" in t.value
            and day.type == "DATE"
        ):
            clock = t.value.split("T", 1)[1]
            t = replace(t, value=f"{day.start}T{clock}", start=day.start, end=day.start)
        out.append(t)
    return out


# How far into an anchor event's phrase its date may start ("the first Super Tuesday polls",
# "the June 7 primary"), in characters: a date further on belongs to another clause ("the day
# after Republicans completed their convention and the same day Clinton ...").
ANCHOR_DATE_REACH = 12


def _apposition_day(c: Candidate, named: TimeRef | None, text: str) -> dt.date | None:
    """The day a counted offset ("a day after ...", "hours after ...", "just six days before
    ...") lands on when a comma sets it off right after a named day (APPOSITION_GAP): news
    writes "fired from the network Wednesday, a day after he drew criticism", "on Thursday,
    hours after Trump retweeted the image", and the offset is the day just named. None when
    no such day precedes it."""
    if (
        named is None
        or named.anchor is not None
        or named.start is None
        or named.granularity not in DAY_PRECISE_GRAINS
        or (c.match.group("qty") or "").lower() == "the"
        or APPOSITION_GAP.fullmatch(text, named.span.end, c.start) is None
    ):
        return None
    return dt.date.fromisoformat(named.start)


def _resolve_local_anchors(times: list[TimeRef]) -> list[TimeRef]:
    """ "two days after June 24", "the day before the June 7 primary": an anchor that is, or
    holds, a resolved date is resolved now."""
    by_start = {t.span.start: t for t in times}
    out = []
    for t in times:
        if t.anchor is not None:
            event = t.anchor.event
            target = by_start.get(event.start)
            if target is None and ("X" not in t.anchor.offset or "T" in t.anchor.offset):
                # "the day before the June 7 primary", "the hours before the Super Tuesday
                # polls": the event's name opens with a dated day (a vague "in the days
                # before" stays unresolved)
                target = next(
                    (u for u in times
                     if event.start <= u.span.start <= event.start + ANCHOR_DATE_REACH
                     and u.span.end <= event.end and u.type == "DATE" and u.granularity == "day"),
                    None,
                )  # fmt: skip
            if target is not None and target.start and target.end and target.granularity:
                t = resolve_anchor(t, target.start, target.end, target.granularity)
        out.append(t)
    return out


# --------------------------------------------------------------------------------------------
# Resolution helpers for later stages
# --------------------------------------------------------------------------------------------

_DURATION = re.compile(r"P(?:(?P<n>\d+|X)(?P<u>Y|M|W|D|Q|DE|CE))?(?:T(?P<tn>\d+|X)(?P<tu>H|M|S))?")


def resolve_anchor(time: TimeRef, anchor_start: str, anchor_end: str,
                   anchor_granularity: str) -> TimeRef:  # fmt: skip
    """Resolve an anchored TimeRef given the anchor event's date interval.

    Anchor 2023-06-24 (day) with "P5D after" gives 2023-06-29 at day granularity; a vague
    offset ("PXW") gives an open interval after (or before) the anchor with mod AFTER/BEFORE.
    """
    if time.anchor is None:
        return time
    try:
        a_start = dt.date.fromisoformat(anchor_start)
        a_end = dt.date.fromisoformat(anchor_end)
    except ValueError as exc:
        raise AnalysisError(f"anchor interval {anchor_start!r}..{anchor_end!r} is not ISO dates",
                            value=anchor_start) from exc  # fmt: skip
    m = _DURATION.fullmatch(time.anchor.offset)
    if m is None:
        raise AnalysisError(f"anchor offset {time.anchor.offset!r} is not an ISO duration",
                            value=time.anchor.offset)  # fmt: skip
    after = time.anchor.direction == "after"
    sign = 1 if after else -1
    amount, unit = m.group("n"), m.group("u")
    if anchor_granularity not in CALENDAR_GRAINS:
        anchor_granularity = "day"  # a time of day, a weekend...: count from its day
    if m.group("tn") is not None:  # hours or minutes: the same day(s) as the anchor
        base = a_end if after else a_start
        return replace(time, value=base.isoformat(), start=base.isoformat(),
                       end=base.isoformat(), granularity="day")  # fmt: skip
    if amount is None or amount == "X" or unit is None:
        # vague offset: somewhere after the anchor's end (or before its start)
        mod = "AFTER" if after else "BEFORE"
        if after:
            return replace(time, value=a_end.isoformat(), start=a_end.isoformat(), end=None,
                           granularity=anchor_granularity, mod=mod)  # fmt: skip
        return replace(time, value=a_start.isoformat(), start=None, end=a_start.isoformat(),
                       granularity=anchor_granularity, mod=mod)  # fmt: skip
    n = int(amount)
    unit_name = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
                 "DE": "decade", "CE": "century"}[unit]  # fmt: skip
    if anchor_granularity == "day":
        r = _day(_shift(a_start, unit_name, sign * n))  # 2023-06-24 + P1Y -> 2024-06-24
    else:
        lo, hi = _shift(a_start, unit_name, sign * n), _shift(a_end, unit_name, sign * n)
        r = Resolved("DATE", "", anchor_granularity, lo, hi)
        grain = _unit_interval(lo, anchor_granularity) if anchor_granularity in {
            "week", "month", "quarter", "year", "decade", "century"} else None  # fmt: skip
        r = grain if grain is not None and grain.start == lo else replace(r, value=lo.isoformat())
    return replace(time, value=r.value, start=_to_iso(r.start), end=_to_iso(r.end),
                   granularity=r.granularity)  # fmt: skip


# An anchor event dated by a weekday alone ("the Monday morning attack", "checking in on
# Thursday", TIMEX3 XXXX-WXX-1TMO): what an anchored time counts from it. A few hours or
# minutes after (or before) it fall on its day, unless the anchor is told at night or in the
# evening (hours later may be the next day); a count of days under a week falls on a known
# weekday ("two days after Saturday's shooting" is a Monday). A week or more, or a vague number
# of days ("days after"), gives no weekday.
WEEKDAY_ANCHOR = re.compile(r"XXXX-WXX-(?P<wd>[1-7])(?:T(?P<part>[A-Z]{2}|\d\d(?::\d\d)?))?")
WEEKDAY_ANCHOR_SAME_DAY_PARTS = frozenset({None, "MO", "AF", "MI"})  # not EV, NI
WEEK_DAYS = 7


def resolve_weekday_anchor(time: TimeRef, anchor_value: str) -> TimeRef | None:
    """The weekday an anchored TimeRef falls on when its anchor event is dated by a weekday
    alone (WEEKDAY_ANCHOR), or None when the offset does not give one: "hours after" an anchor
    of XXXX-WXX-1TMO gives XXXX-WXX-1, "two days after" one of XXXX-WXX-6 gives XXXX-WXX-1."""
    a = WEEKDAY_ANCHOR.fullmatch(anchor_value)
    if time.anchor is None or a is None:
        return None
    m = _DURATION.fullmatch(time.anchor.offset)
    if m is None:
        return None
    weekday = int(a.group("wd"))
    part = a.group("part")
    if part is not None and part[0].isdigit():
        part = "MO" if int(part[:2]) < 12 else "AF" if int(part[:2]) < 17 else "EV"
    if m.group("u") is None and m.group("tn") is not None:  # hours, minutes, seconds
        if part not in WEEKDAY_ANCHOR_SAME_DAY_PARTS:
            return None
        shift = 0
    elif m.group("u") == "D" and m.group("n") not in (None, "X") and m.group("tn") is None:
        days = int(m.group("n"))
        if not 0 < days < WEEK_DAYS:
            return None
        shift = days if time.anchor.direction == "after" else -days
    else:
        return None
    day = (weekday - 1 + shift) % WEEK_DAYS + 1
    return replace(time, value=f"XXXX-WXX-{day}", start=None, end=None, granularity="day")


# Granularities whose intervals resolve_anchor shifts as calendar units.
CALENDAR_GRAINS = frozenset(
    {"day", "week", "month", "quarter", "half", "season", "year", "decade", "century"}
)

_YEARLESS = re.compile(r"XXXX-(?P<m>\d\d)(?:-(?P<d>\d\d))?")


def with_reference_year(time: TimeRef, year: int) -> TimeRef:
    """Fill an unknown year: "XXXX-07-01" with 2023 gives 2023-07-01 (start and end set).

    Values without a year-less calendar date (durations, resolved dates) come back unchanged.
    """
    m = _YEARLESS.fullmatch(time.value)
    if m is None:
        return time
    month = int(m.group("m"))
    if m.group("d"):
        try:
            r = _day(dt.date(year, month, int(m.group("d"))), time.mod)
        except ValueError:
            return time
    else:
        r = _month(year, month, time.mod)
    return replace(time, value=r.value, start=_to_iso(r.start), end=_to_iso(r.end),
                   granularity=r.granularity)  # fmt: skip


# --------------------------------------------------------------------------------------------
# TimeML view (how a TIMEX3 annotator would mark up a TimeRef)
# --------------------------------------------------------------------------------------------

# Units of a story-relative shift ("three days later", "a month earlier") that TimeML marks up
# as the length alone, "later"/"earlier" being a SIGNAL of the link to the other event
# (TimeBank: "<Three days> later", "<A few days> later"). A shift of years stays a DATE with
# the word included: "a year earlier" compares with the same period of last year.
SHIFT_AS_DURATION_UNITS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "fortnight", "month"}
)
# A story-relative shift: the length, then "later" or "earlier" (the "ago" rule's text).
# An anchored expression naming one unit with "the" ("the day after his death", "the week
# before the vote"): TimeML marks up a DATE (that day), not the length of the offset.
DEFINITE_UNIT = re.compile(r"(?i:the)\s+(?i:day|night|week|month|year)")
# ... and so does "the <weeks> before the shooting" (the extent starts at the unit).
DEFINITE_PLURAL_UNIT = re.compile(r"(?i:days|weeks|months|years|hours)")
DEFINITE_BEFORE = re.compile(r"\b(?i:the)\s+$")
SHIFT_TEXT = re.compile(r"(?P<dur>.+?)\s+(?:or\s+so\s+)?(?i:later|earlier)")
# An unquantified plural before "later"/"earlier" ("minutes later", "years later"): the
# length of an unknown number of them, as for "a few days later" (TimeBank: DURATION PXD);
# the story knows no date for it, so the vague past or future it resolved to
# (VAGUE_SHIFT_VALUES) is not what TimeML marks up.
BARE_SHIFT_UNITS = re.compile(
    r"(?P<unit>(?i:second|minute|hour|day|night|week|fortnight|month|year|decade))s"
)  # fmt: skip
VAGUE_SHIFT_VALUES = frozenset({"PAST_REF", "FUTURE_REF"})


def timeml_form(time: TimeRef, text: str) -> tuple[int, int, str, str]:
    """The (start, end, TIMEX3 type, value) a TimeML annotator gives this expression.

    Our TimeRefs carry what the story needs (a resolved date, an anchor); TimeML marks some of
    them up differently: an anchored expression ("five days after the coup") is the DURATION
    of its offset, and a shift below a year ("three days later") is the DURATION of its
    length, without the word "later" (see ``SHIFT_AS_DURATION_UNITS``).
    """
    start, end = time.span.start, time.span.end
    if time.anchor is not None:
        if (
            SAME_DAY_AS.pattern.fullmatch(text, start, end)
            or DEFINITE_UNIT.fullmatch(text, start, end)
            or (
                DEFINITE_PLURAL_UNIT.fullmatch(text, start, end)
                and DEFINITE_BEFORE.search(text, max(0, start - 8), start)
            )
        ):
            # "the day after his death": a day; "in the weeks before the shooting": a time
            return start, end, "DATE", time.value
        return start, end, "DURATION", time.anchor.offset
    if time.type == "DATE":
        m = SHIFT_TEXT.fullmatch(text, start, end)
        if m is not None:
            d = DURATION_RULES[0].pattern.fullmatch(text, m.start("dur"), m.end("dur"))
            if d is not None:
                unit = d.group("unit").lower()
                resolved = _norm_duration(d, Context(None, None, None, ""))
                # "a few years later" (after the story's date, or the vague past or future);
                # "four years later" with no date told before
                vague = (
                    time.value in VAGUE_SHIFT_VALUES
                    or time.value.startswith("XXXX")
                    or (resolved is not None and "X" in resolved.value)
                )
                if (unit in SHIFT_AS_DURATION_UNITS or vague) and resolved is not None:
                    return start, m.end("dur"), "DURATION", resolved.value
            bare = BARE_SHIFT_UNITS.fullmatch(text, m.start("dur"), m.end("dur"))
            if bare is not None:
                # "minutes later", "days later": an unknown number of them
                value = _duration_value(None, bare.group("unit"))
                return start, m.end("dur"), "DURATION", value
    return start, end, time.type, time.value
