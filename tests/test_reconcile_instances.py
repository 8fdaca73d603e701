"""How reconcile ties values to one instance of an event: hand-written reports of one happening
dispute a changed value; reports of two happenings of one kind, mixed in one story, do not."""

from __future__ import annotations

from dataclasses import replace

import pytest

import corroborator.reconcile as reconcile
import reconcile_reads
from corroborator.analyze import analyze_doc
from corroborator.model import Article
from reconcile_reads import contradicted


def story_facets(nlp, reports, published="2024-04-10"):
    """The facets of one story of the given (outlet, text) reports, dated 2024-04-10 unless
    ``published`` says otherwise (None: undated, as ECB+ reports are)."""
    return reconcile_reads.story_facets(nlp, reports, published)


# Two shootings of one kind: one at an office party on Friday, one at an
# accounting firm on Monday, told of different people.
VANCOUVER = (
    "A gunman shot a man at an office party on Friday, police said. "
    "Constable Tim Fanning said officers arrested Kenneth Kirkpatrick."
)
DETROIT = (
    "A gunman shot a woman at an accounting firm on Monday, police said. "
    "Anthony LaCalamita was arrested after a chase, Sergeant Mark Steinberg said."
)


@pytest.mark.parametrize(
    ("second", "disputed"),
    [
        # one happening: the second report names the same constable, and changes the day
        (VANCOUVER.replace("Friday", "Monday"), True),
        # another happening of one kind: no one and nothing named in common
        (DETROIT, False),
    ],
)
def test_ledes_of_reports_naming_nothing_in_common_tie_no_instance(nlp, second, disputed):
    facets = story_facets(nlp, [("Wire", VANCOUVER), ("Daily", second)])
    assert bool(contradicted(facets, "date")) is disputed


def test_a_disputed_place_needs_no_other_name_in_common(nlp):
    # the place is the value in dispute: a report that names no other thing still disputes it
    first = "A fire destroyed a supermarket in Manchester on Saturday."
    second = "A fire destroyed a supermarket in Glasgow on Saturday."
    facets = story_facets(nlp, [("Wire", first), ("Daily", second)])
    assert contradicted(facets, "place")


def test_a_disputed_place_between_reports_about_different_people_is_two_fires(nlp):
    first = (
        "A fire destroyed a supermarket in Manchester on Saturday, fire officer Peter Guest said."
    )
    second = (
        "A fire destroyed a supermarket in Glasgow on Saturday, police spokesman Robert "
        "Pitman said."
    )
    facets = story_facets(nlp, [("Wire", first), ("Daily", second)])
    assert not contradicted(facets, "place")


@pytest.mark.parametrize(
    ("first_names", "second_names", "kind", "apart"),
    [
        ({("person", "fanning")}, {("person", "fanning")}, "date", False),
        ({("person", "fanning")}, {("person", "steinberg")}, "date", True),
        # a report that names nothing tells nothing apart
        ({("person", "fanning")}, set(), "date", False),
        # one name keyed two ways by the parser ("org:staunton", "place:staunton")
        ({("org", "staunton")}, {("place", "staunton")}, "date", False),
        # the names in dispute are left out: places for a place, people for a role
        ({("place", "banstead")}, {("place", "wellington")}, "place", False),
        (
            {("person", "smith"), ("place", "staunton")},
            {("person", "keller")},
            "participants",
            False,
        ),
        ({("person", "smith"), ("place", "staunton")}, {("place", "lagos")}, "participants", True),
    ],
)
def test_reports_about_others(first_names, second_names, kind, apart):
    def statement(names):
        return reconcile._Statement(None, None, None, "", "", kind, report_names=frozenset(names))

    assert reconcile._about_others(statement(first_names), statement(second_names)) is apart


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Staunton Police Department arrested Sharron Smith.", {"staunton", "smith"}),
        # kinds of place and institution tell nothing apart
        ("Tara Reid checked into Promises Treatment Center.", {"reid", "promises"}),
    ],
)
def test_report_names_are_the_telling_words_of_names(nlp, text, words):
    article = Article(id="t", text=text, source="test", published="2024-04-10")
    analysis = analyze_doc(nlp(text), article, "test")
    assert {word for _, word in reconcile._report_names(analysis)} == words


# --- who said the words two reports quote alike ---------------------------------------------

QUOTE = '"That person is dangerous and needs to be found as soon as possible,"'


def speaker_facets(facets):
    return [f for f in facets if f.attribute == reconcile.SPEAKER]


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        # the same words put in another person's mouth
        (f"{QUOTE} said Lt. Tomasz Nowak of the Oregon State Police.", "contradicted"),
        # the same person, named another way
        (f"{QUOTE} Hastings told reporters.", None),
    ],
)
def test_the_same_quote_said_by_another_person_is_contested(nlp, second, verdict):
    first = f"{QUOTE} said Lt. Gregg Hastings of the Oregon State Police."
    facets = speaker_facets(story_facets(nlp, [("Wire", first), ("Daily", second)]))
    assert len(facets) == 1
    (facet,) = facets
    if verdict:
        assert facet.verdict == verdict
        assert {v.label for v in facet.values} == {"Gregg Hastings", "Nowak"}
    else:
        assert facet.verdict != "contradicted"
        assert len(facet.values) == 1


@pytest.mark.parametrize(
    "second",
    [
        # reported speech: two people tell one fact in like words
        "General manager Tony Reagins said that the Angels have made an eight-year offer to "
        "free agent first baseman Mark Teixeira.",
        # the speaker is not named where the words are told
        f"{QUOTE} he said.",
        # other words
        '"We will not rest until the bomber is caught," said Lt. Tomasz Nowak.',
    ],
)
def test_no_speaker_is_contested_without_the_same_quoted_words_and_names(nlp, second):
    first = (
        "Agent Scott Boras said that the Angels have made an eight-year offer to free agent "
        "first baseman Mark Teixeira."
        if "Reagins" in second
        else f"{QUOTE} said Lt. Gregg Hastings of the Oregon State Police."
    )
    facets = speaker_facets(story_facets(nlp, [("Wire", first), ("Daily", second)]))
    assert all(f.verdict != "contradicted" for f in facets)


@pytest.mark.parametrize(
    ("a", "b", "run"),
    [
        ("the pirate skiffs reversed course", "so the pirate skiffs reversed course and fled", 5),
        ("one two three", "three two one", 1),
        ("", "anything", 0),
    ],
)
def test_longest_run_of_words_in_order(a, b, run):
    assert reconcile._longest_run(tuple(a.split()), tuple(b.split())) == run


def test_content_words_leave_out_function_words():
    assert reconcile._content_words("That person is dangerous, and he said so.") == {
        "person",
        "dangerous",
    }


def test_two_people_who_say_alike_things_are_not_one_quote(nlp):
    # real news, 2016: Pence and Trump each endorse Paul Ryan in their own words
    pence = (
        '"I strongly support Paul Ryan, strongly endorse his re-election, we need Paul Ryan to '
        'make America great again," Mike Pence said.'
    )
    trump = (
        '"In our shared mission to make America great again, I support and endorse our speaker '
        'of the House, Paul Ryan," Donald Trump told a crowd in Green Bay.'
    )
    facets = speaker_facets(story_facets(nlp, [("Wire", pence), ("Daily", trump)]))
    assert all(f.verdict != "contradicted" for f in facets)


# --- places: venues the story places, towns written with their region -----------------------


def test_a_venue_the_story_places_disputes_a_town_elsewhere(nlp):
    first = (
        "Wladimir Klitschko stopped Hasim Rahman on Saturday to retain his titles at the "
        "SAP-Arena in Mannheim, Germany."
    )
    second = "Wladimir Klitschko retained his titles against Hasim Rahman in Dakar on Saturday."
    third = "Wladimir Klitschko retained his titles against Hasim Rahman at the SAP-Arena."
    facets = story_facets(nlp, [("Wire", first), ("Daily", second), ("Post", third)])
    disputed = [f for f in contradicted(facets, "place")]
    assert disputed
    assert any("Dakar" in {v.label for v in f.values} for f in disputed)


@pytest.mark.parametrize(
    ("a", "b", "disjoint"),
    [
        ("Dakar", "SAP-Arena", True),  # the venue is in Mannheim, Germany
        ("Mannheim", "SAP Arena", False),
        ("Ritz", "London", False),  # a venue the story does not place: unknown
        ("Dakar", "Mannheim, Germany", True),
        ("Mannheim", "Mannheim, Germany", False),
        ("Berlin", "Mannheim, Germany", True),  # the town decides before the region
    ],
)
def test_places_disjoint_through_venues_and_regions(a, b, disjoint):
    venues = reconcile._venues(
        [
            "Klitschko retained his titles at the SAP-Arena in Mannheim, Germany.",
            "Their contest at the SAP Arena in Germany was short.",
        ]
    )
    assert reconcile._places_disjoint(a, b, {}, venues) is disjoint


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        ("She checked into Promises Treatment Center in Malibu.", {"promises treatment center"}),
        ("They met at the Ritz in Paris, France.", {"ritz"}),
        # a place after "in" that starts no name, or no "in" at all: no venue
        ("They met at the hotel in the city.", set()),
        ("They met at the Ritz on Monday.", set()),
    ],
)
def test_venues_read_from_the_text(text, venues):
    assert set(reconcile._venues([text])) == venues


# --- two accounts of two happenings (_accounts_apart) ---------------------------------------

# Two crashes of one kind at one chain's stores, told in one story: the reports name Walmart in
# common, so their ledes tie; they differ in the day AND the town.
BLOOMINGTON = (
    "A driver struck and killed a woman outside a Walmart store on Wednesday night, police "
    "said. The crash happened in Bloomington."
)
QUEENS = (
    "A driver struck and killed a woman outside a Walmart store on Friday night, police "
    "said. The crash happened in Queens."
)


def test_two_accounts_differing_in_day_and_town_are_two_happenings(nlp):
    reports = [("Wire", BLOOMINGTON), ("Star", BLOOMINGTON), ("Daily", QUEENS), ("Post", QUEENS)]
    facets = story_facets(nlp, reports)
    assert not contradicted(facets, "date")
    assert not contradicted(facets, "place")
    # the values are still shown, held apart, not merged or dropped
    dates = [f for f in facets if f.attribute == "date"]
    assert dates and all(len(f.values) == 2 for f in dates)
    assert all(f.why.startswith(reconcile.HELD_APART) for f in dates)


def test_one_report_changing_the_day_still_disputes_it(nlp):
    # the third report agrees on the town: one account, one changed value
    changed = BLOOMINGTON.replace("Wednesday", "Friday")
    reports = [("Wire", BLOOMINGTON), ("Star", BLOOMINGTON), ("Daily", changed)]
    facets = story_facets(nlp, reports)
    assert contradicted(facets, "date")
    assert not contradicted(facets, "place")


def test_one_report_changing_the_town_still_disputes_it(nlp):
    changed = BLOOMINGTON.replace("Bloomington", "Queens")
    reports = [("Wire", BLOOMINGTON), ("Star", BLOOMINGTON), ("Daily", changed)]
    facets = story_facets(nlp, reports)
    assert contradicted(facets, "place")
    assert not contradicted(facets, "date")


def test_two_accounts_agreeing_in_more_than_they_differ_still_dispute(nlp):
    # one day apart, but the same town and the same count of dead: one crash, a disputed day
    first = (
        "A driver struck and killed two women outside a Walmart store in Bloomington on "
        "Wednesday night, police said."
    )
    second = first.replace("Wednesday", "Friday")
    facets = story_facets(nlp, [("Wire", first), ("Star", first), ("Daily", second)])
    assert contradicted(facets, "date")


def statement(article, sentence, kind, value):
    """A bare statement for the account comparison: its report, sentence, kind and value."""
    from corroborator.model import Claim, Span

    claim = Claim(
        id=f"{article}:{sentence}",
        article=article,
        sentence=Span(sentence, sentence + 1),
        trigger=Span(sentence, sentence + 1),
        predicate="kill",
    )
    return reconcile._Statement(
        claim, Article(id=article, text="", source="t"), None, value, value, kind
    )


@pytest.mark.parametrize(
    ("other_sentence", "counted"),
    [
        # a date of another event told in another sentence of both reports tells them apart
        (5, True),
        # the same sentence as the disputed date: one date read into two events, not two
        (0, False),
    ],
)
def test_a_difference_of_the_disputed_kind_counts_only_from_other_sentences(
    other_sentence, counted
):
    disputed = reconcile._Facet(
        "killing",
        "date",
        statements=[
            statement("a", 0, "date", "XXXX-WXX-3"),
            statement("b", 0, "date", "XXXX-WXX-5"),
        ],
    )
    other = reconcile._Facet(
        "strike",
        "date",
        statements=[
            statement("a", other_sentence, "date", "XXXX-WXX-3"),
            statement("b", other_sentence, "date", "XXXX-WXX-5"),
        ],
    )
    support, contrary = reconcile._accounts_compared(
        disputed, disputed.statements[:1], disputed.statements[1:], [disputed, other]
    )
    assert not support
    assert bool(contrary) is counted


# Two police shootings, told in one story: a group named in common ties the ledes, but the
# reports name different people and no one in common (_strangers).
CHICAGO = (
    "Police shot and killed a Muslim teenager in Chicago, his family said. "
    "Alexis Grigoropoulos was 15."
)
BROOKLYN = (
    "Police shot and killed a Muslim teenager in Brooklyn, his family said. Kimani Gray was 16."
)


@pytest.mark.parametrize(
    ("second", "disputed"),
    [
        # one shooting: the same teenager, another town
        (CHICAGO.replace("Chicago", "Brooklyn"), True),
        # two shootings: other people, and nothing else told in common
        (BROOKLYN, False),
    ],
)
def test_reports_naming_different_people_and_no_one_in_common_are_two_accounts(
    nlp, second, disputed
):
    facets = story_facets(nlp, [("Wire", CHICAGO), ("Star", CHICAGO), ("Daily", second)])
    assert bool(contradicted(facets, "place")) is disputed


@pytest.mark.parametrize(
    ("mine", "theirs", "strangers"),
    [
        ({"gray"}, {"grigoropoulos"}, True),
        # a person or organisation in common anywhere in the reports
        ({"gray", "kelly"}, {"kelly"}, False),
    ],
)
def test_strangers_name_no_person_or_organisation_in_common(mine, theirs, strangers):
    def side(words):
        return [
            reconcile._Statement(
                None, None, None, "", "", "place",
                known_names=frozenset(words), lede_people=frozenset({"person:someone"}),
            )
        ]  # fmt: skip

    assert reconcile._strangers(side(mine), side(theirs)) is strangers
    # a report that names no one in its lede tells no one apart
    nobody = [replace(s, lede_people=frozenset()) for s in side(theirs)]
    assert reconcile._strangers(side(mine), nobody) is False


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a person named in full, an organisation
        ("Kimani Gray was shot by a Chicago Police Department officer.", {"gray", "chicago"}),
        # a word the parser takes for a person's one name ties nothing
        ("Riot breaks out in Brooklyn after a vigil.", set()),
    ],
)
def test_known_names_are_people_named_in_full_and_organisations(nlp, text, words):
    article = Article(id="t", text=text, source="test", published="2024-04-10")
    analysis = analyze_doc(nlp(text), article, "test")
    assert reconcile._known_names(analysis) == words


def test_a_person_another_report_names_in_full_is_known_by_one_name(nlp):
    # a statement checked against the seeds names "Putin"; WION writes "Vladimir Putin"
    text = "Putin met Prigozhin. The meeting lasted five hours."
    article = Article(id="t", text=text, source="test", published="2024-04-10")
    analysis = analyze_doc(nlp(text), article, "test")
    assert reconcile._known_names(analysis) == set()
    assert reconcile._known_names(analysis, frozenset({"person:putin"})) == {"putin"}


@pytest.mark.parametrize(
    ("denial", "disputed"),
    [
        # the same happening denied
        ("Klitschko did not lose the fight against Rahman on Saturday.", True),
        # a record over a length of time denies no one happening
        ("Klitschko, who has not lost in more than four years, is the champion.", False),
    ],
)
def test_a_denial_over_a_length_of_time_is_a_record(nlp, denial, disputed):
    stated = "Klitschko lost the fight against Rahman on Saturday."
    facets = story_facets(nlp, [("Wire", stated), ("Daily", denial)])
    assert bool(contradicted(facets, "occurred")) is disputed


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("A year ago, the Sixers fired president Billy King.", True),
        ("Two months ago, police arrested him.", True),
        ("Four years ago, he lost.", True),
        # not far enough back to be another happening
        ("A month ago, police arrested him.", False),
        ("The year ahead will be hard.", False),
    ],
)
def test_background_cues(text, background):
    assert bool(reconcile.BACKGROUND_CUES.search(text)) is background


@pytest.mark.parametrize(
    ("other", "disputed"),
    [
        # one dismissal, two names for the one fired
        ("The Sixers fired coach Billy King on Monday, the team said.", True),
        # an earlier dismissal the report recalls, in an undated report
        ("A year ago, the Sixers fired coach Billy King, the team said.", False),
    ],
)
def test_a_dismissal_a_year_ago_is_another_happening(nlp, other, disputed):
    first = "The Sixers fired coach Jim O'Brien on Monday, the team said."
    reports = [("Wire", first), ("Star", first), ("Daily", other)]
    facets = story_facets(nlp, reports, published=None)
    assert bool(contradicted(facets, "participant: dismissed")) is disputed
