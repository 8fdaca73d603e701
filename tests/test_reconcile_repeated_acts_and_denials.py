"""Readings of reconcile that keep honest differences between reports from being called
contradictions: speech acts repeated on other days (_one_news_day), denials of a doer
(_doer_denied), denials of a thing (_same_instance), whereabouts planned or ordered
(_planned_stay). Each rule with reports that agree (or tell different things) and reports
that truly disagree. Hand-written reports, real spaCy parses."""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import contradicted, story_facets

# --- speech acts told by reports of different days (_one_news_day) -------------------------

VOW_SATURDAY = (
    "President Bill Clinton Saturday vowed to hunt down those responsible for the bombings of "
    "two U.S. embassies in Kenya and Tanzania."
)
VOW_THURSDAY = (
    "President Bill Clinton Thursday condemned the bomb attacks at U.S. embassies in Kenya "
    "and Tanzania and vowed to find the bombers."
)


def test_a_speech_act_told_by_reports_of_different_days_is_repeated_not_misdated(nlp):
    facets = story_facets(
        nlp, [("Xinhua", VOW_SATURDAY), ("AP", VOW_THURSDAY)], ["1998-08-08", "1998-08-14"]
    )
    dates = [f for f in facets if f.attribute == "date" and f.subject.startswith("vow")]
    assert dates and all(f.verdict != "contradicted" for f in dates)


def test_a_speech_act_told_by_reports_of_one_day_with_two_dates_is_contested(nlp):
    facets = story_facets(
        nlp, [("Xinhua", VOW_SATURDAY), ("AP", VOW_THURSDAY)], ["1998-08-14", "1998-08-14"]
    )
    dates = [f for f in facets if f.attribute == "date" and f.subject.startswith("vow")]
    assert [f.verdict for f in dates] == ["contradicted"]


def test_an_event_told_by_reports_of_different_days_still_disputes_its_date(nlp):
    # not a speech act: "the ship sank" is one happening, whatever day the report is of
    facets = story_facets(
        nlp,
        [
            (
                "Wire",
                "The cargo ship Aurora sank in the Baltic Sea on Saturday, the coast guard said.",
            ),
            (
                "Daily",
                "The cargo ship Aurora sank in the Baltic Sea on Monday, the coast guard said.",
            ),
        ],
        ["2011-03-14", "2011-03-15"],
    )
    assert contradicted(facets, "date")


@pytest.mark.parametrize(
    ("verb", "speech"),
    [("vowed", True), ("condemned", True), ("announced", True), ("sank", False), ("met", False)],
)
def test_speech_act_verbs_are_named_data(verb, speech):
    lemma = {"vowed": "vow", "condemned": "condemn", "announced": "announce", "sank": "sink"}
    assert (lemma.get(verb, "meet") in reconcile.SPEECH_ACT_VERBS) is speech


# --- a denial of who did it (_doer_denied) ---------------------------------------------------

HIRED_BY_KING = (
    "Philadelphia 76ers President Billy King announced that Maurice Cheeks has been hired as "
    "the head coach of the team."
)


@pytest.mark.parametrize(
    ("denial", "verdict"),
    [
        # the denial falls on its doer: someone else hired him
        ("General manager Ed Stefanski didn't hire Maurice Cheeks, the team said.", None),
        # no doer named in the denial: it denies the hiring itself
        ("Maurice Cheeks has not been hired as the head coach of the team.", "contradicted"),
    ],
)
def test_a_denial_of_the_doer_denies_nothing_of_a_deed_told_without_one(nlp, denial, verdict):
    facets = story_facets(nlp, [("Wire", HIRED_BY_KING), ("Daily", denial)])
    occurred = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("appoint")]
    if verdict is None:
        assert all(f.verdict != "contradicted" for f in occurred)
    else:
        assert "contradicted" in [f.verdict for f in occurred]


def test_a_denial_of_the_doer_disputes_the_same_doer(nlp):
    facets = story_facets(
        nlp,
        [
            ("Wire", "The Indian Navy foiled a hijack attempt in the Gulf of Aden on Saturday."),
            ("Daily", "The Indian Navy did not foil a hijack attempt in the Gulf of Aden."),
        ],
    )
    assert contradicted(facets, "occurred")


def test_a_doer_the_parser_misses_but_the_sentence_names_still_disputes(nlp):
    # "foiling" has no subject in the parse; the sentence still names the Indian Navy
    facets = story_facets(
        nlp,
        [
            (
                "Wire",
                "The Indian Navy on Saturday did not foil a hijack attempt in the Gulf of Aden.",
            ),
            (
                "Daily",
                "For the fourth time in two months, the Indian Navy on Saturday took the bandits "
                "head on foiling a piracy attempt in the Gulf of Aden.",
            ),
        ],
    )
    assert contradicted(facets, "occurred")


# --- a denial of a thing (_same_instance) ----------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "verdict"),
    [
        # another thing signed: a letter is not the agreement
        ("Castro read from a letter signed by Gonzalez on Monday.", None),
        # the agreement itself
        (
            "Lazaro Gonzalez signed the agreement with immigration officials on Monday.",
            "contradicted",
        ),
    ],
)
def test_a_denial_of_a_thing_denies_only_that_thing(nlp, stated, verdict):
    denial = (
        "As of Wednesday evening, Lazaro Gonzalez still had not signed an agreement to hand the "
        "child over to immigration officials."
    )
    facets = story_facets(nlp, [("NYT", denial), ("AP", stated)])
    occurred = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("sign")]
    if verdict is None:
        assert all(f.verdict != "contradicted" for f in occurred)
    else:
        assert "contradicted" in [f.verdict for f in occurred]


# --- whereabouts planned or ordered (_planned_stay) ------------------------------------------

RULED = (
    "The Immigration and Naturalization Service ruled Wednesday that Elian must be returned to "
    "his father in Cuba by Jan. 14."
)


@pytest.mark.parametrize(
    ("other", "verdict"),
    [
        # an order for later: where he is to be, not where he is
        (
            "Reno rejected a Florida state court order that Elian remain in Miami until March 6.",
            None,
        ),
        # where he is now, against where he is now
        ("Elian is in Miami with his great-uncle, his relatives said on Friday.", None),
    ],
)
def test_whereabouts_dated_after_the_report_are_plans_not_disputes(nlp, other, verdict):
    facets = story_facets(nlp, [("AP", RULED), ("AP2", other)], ["2000-01-07", "2000-01-15"])
    assert all(f.verdict != "contradicted" for f in facets if f.attribute == "location")


def test_whereabouts_of_now_still_dispute(nlp):
    facets = story_facets(
        nlp,
        [
            ("Wire", "Yevgeny Prigozhin is in St Petersburg, his spokesman said on Tuesday."),
            ("Daily", "Yevgeny Prigozhin is in Minsk, his spokesman said on Tuesday."),
        ],
        ["2023-07-06", "2023-07-06"],
    )
    assert contradicted(facets, "location")


# --- a denial of a later day (_denied_later) -------------------------------------------------

ATTACKED = "Bernie Sanders attacked Hillary Clinton in a debate in Brooklyn, her campaign said."
NOT_ATTACKED = (
    "Bernie Sanders did not attack Hillary Clinton in his remarks on Tuesday night, her "
    "campaign said."
)


@pytest.mark.parametrize(
    ("dates", "verdict"),
    [
        # the denial is of Tuesday Apr. 26, after the other report was out (Apr. 21)
        (["2016-04-21", "2016-04-28"], None),
        # both of one day: the denial is of the Tuesday the other report tells
        (["2016-04-21", "2016-04-21"], "contradicted"),
    ],
)
def test_a_denial_of_a_day_after_the_other_report_denies_nothing_it_told(nlp, dates, verdict):
    facets = story_facets(nlp, [("NYT", ATTACKED), ("Post", NOT_ATTACKED)], dates)
    occurred = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("attack")]
    if verdict is None:
        assert occurred and all(f.verdict != "contradicted" for f in occurred)
    else:
        assert "contradicted" in [f.verdict for f in occurred]


@pytest.mark.parametrize(
    ("stated", "verdict"),
    [
        # attacks told with no one doing them, and no Sanders in the sentence
        ("Hillary Clinton can handle these attacks, her campaign said on Tuesday.", None),
        # ... and told of him
        ("Bernie Sanders attacked Hillary Clinton on Tuesday, her campaign said.", "contradicted"),
    ],
)
def test_a_denial_of_the_doer_and_attacks_told_of_no_one(nlp, stated, verdict):
    denial = "Bernie Sanders did not attack Hillary Clinton on Tuesday, her campaign said."
    facets = story_facets(nlp, [("NYT", denial), ("Post", stated)])
    occurred = [f for f in facets if f.attribute == "occurred" and f.subject.startswith("attack")]
    if verdict is None:
        assert all(f.verdict != "contradicted" for f in occurred)
    else:
        assert "contradicted" in [f.verdict for f in occurred]


# --- a verb done into two named places (_named_objects_apart) --------------------------------


@pytest.mark.parametrize(
    ("other", "verdict"),
    [
        # another facility: two check-ins, each its own day
        ("Lindsay Lohan checked into Morningside Recovery Center on Monday.", None),
        # the same facility named a little differently: one check-in, two days
        ("Lindsay Lohan checked into the Betty Ford Clinic on Monday.", "contradicted"),
    ],
)
def test_a_verb_done_into_two_named_places_is_two_happenings(nlp, other, verdict):
    first = "Lindsay Lohan checked into the Betty Ford Center on Thursday."
    facets = story_facets(nlp, [("People", first), ("TMZ", other)])
    dates = [f for f in facets if f.attribute == "date" and f.subject.startswith("check")]
    assert dates
    if verdict is None:
        assert all(f.verdict != "contradicted" for f in dates)
    else:
        assert "contradicted" in [f.verdict for f in dates]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lohan checked into Morningside Recovery Center Thursday.", {"morningside", "recovery"}),
        ("Lohan admitted herself to the Betty Ford Center.", {"betty", "ford"}),
        ("Lohan checked into rehab on Thursday.", set()),
    ],
)
def test_named_object_reads_the_name_after_the_verb(text, words):
    found = reconcile.NAMED_OBJECT.match(text, text.index(" ", text.index("Lohan") + 6) - 0)
    got = set(reconcile._name_words("x:" + found.group(1).lower())) if found else set()
    assert words <= got and (bool(got) == bool(words))


# --- a town and the big city beside it (_towns_apart) ----------------------------------------


@pytest.mark.parametrize(
    ("town", "verdict"),
    [
        # a town beside Los Angeles: news names it by the big city
        ("Beverly Hills", None),
        ("Long Beach", None),
        # a town of California far from Los Angeles
        ("Sacramento", "contradicted"),
        # another continent
        ("Nairobi", "contradicted"),
    ],
)
def test_a_town_beside_the_big_city_agrees_with_it(nlp, town, verdict):
    facets = story_facets(
        nlp,
        [
            ("AP", f"Esther Williams died in her sleep on Thursday in {town}, her publicist said."),
            ("Reuters", "Esther Williams died in her sleep on Thursday in Los Angeles."),
        ],
    )
    places = [f for f in facets if f.attribute == "place" and f.subject.startswith("death")]
    assert places
    if verdict is None:
        assert all(f.verdict != "contradicted" for f in places)
    else:
        assert [f.verdict for f in places] == [verdict]


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Beverly Hills", "Los Angeles", False),
        ("Brooklyn", "New York", False),  # a district in its city
        ("Brooklyn", "Queens", True),  # two districts of one city, named as they are
        ("Sacramento", "Los Angeles", True),
        ("Mannheim", "Berlin", True),
        ("Las Vegas", "Texas", True),
    ],
)
def test_towns_apart(a, b, apart):
    assert reconcile._towns_apart(a, b, None) is apart


def test_whereabouts_in_a_town_beside_the_big_city_agree(nlp):
    def located(town):
        return story_facets(
            nlp,
            [
                ("AP", f"Lindsay Lohan is in {town}, her lawyer said on Tuesday."),
                ("TMZ", "Lindsay Lohan is in Los Angeles, her lawyer said on Tuesday."),
            ],
        )

    near = [f for f in located("Beverly Hills") if f.attribute == "location"]
    assert near and all(f.verdict != "contradicted" for f in near)
    far = [f for f in located("Sacramento") if f.attribute == "location"]
    assert [f.verdict for f in far] == ["contradicted"]


# --- a month or weekday read as a place (_calendar_name) -------------------------------------


@pytest.mark.parametrize(
    ("first", "verdict"),
    [
        # "in March" is when, not where
        ("Police arrested Sharron Smith in Staunton in March.", None),
        # a place that is a place (no month: the claims stage reads one place a claim, and
        # takes "in March" for it when the sentence has one)
        ("Police arrested Sharron Smith in Lagos.", "contradicted"),
    ],
)
def test_a_month_is_no_place(nlp, first, verdict):
    facets = story_facets(
        nlp, [("AP", first), ("News Leader", "Police arrested Sharron Smith in Staunton.")]
    )
    places = [f for f in facets if f.attribute == "place" and f.subject.startswith("arrest")]
    if verdict is None:
        assert all(f.verdict != "contradicted" for f in places)
    else:
        assert "contradicted" in [f.verdict for f in places]


@pytest.mark.parametrize(
    ("key", "calendar"),
    [("place:march", True), ("place:sunday", True), ("place:staunton", False), ("place:may", True)],
)
def test_calendar_names(key, calendar):
    assert reconcile._calendar_name(key) is calendar


# --- a person told by a common noun (PERSON_NOUNS, _things) ----------------------------------


@pytest.mark.parametrize(
    ("other", "verdict"),
    [
        # the champion stopped on another day: one fight, told by name and by description
        (
            "Wladimir Klitschko easily stopped the former heavyweight champion in seven rounds "
            "on Thursday.",
            "contradicted",
        ),
        # ... on the same day
        (
            "Wladimir Klitschko easily stopped the former heavyweight champion in seven rounds "
            "on Saturday.",
            None,
        ),
        # a thing stopped on another day: not known to be the fight
        ("Wladimir Klitschko stopped the training camp in Austria on Thursday.", None),
    ],
)
def test_a_person_told_by_a_common_noun_is_someone_not_something(nlp, other, verdict):
    first = (
        "Wladimir Klitschko retained his title by stopping Hasim Rahman in the seventh round "
        "on Saturday."
    )
    wire = "Wladimir Klitschko stopped Hasim Rahman in Mannheim, the promoter said."
    facets = story_facets(nlp, [("AP", first), ("Reuters", other), ("Wire", wire)])
    dates = [f for f in facets if f.attribute == "date" and f.subject.startswith("stop")]
    if verdict is None:
        assert all(f.verdict != "contradicted" for f in dates)
    else:
        assert "contradicted" in [f.verdict for f in dates]


@pytest.mark.parametrize(
    ("arguments", "things"),
    [(["champion"], []), (["teenager", "gun"], ["gun"]), (["part"], ["part"])],
)
def test_person_nouns_are_not_things(arguments, things):
    claim = reconcile.Claim(
        id="a:1",
        article="a",
        sentence=reconcile.Span(0, 1),
        trigger=reconcile.Span(0, 1),
        predicate="v:stop",
        arguments=arguments,
    )
    assert reconcile._things(claim) == things
