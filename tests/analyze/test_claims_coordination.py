"""Readings of coordinated verbs and of the words news uses for arrests and foiled attacks, on
real parses, each with sentences on both sides: a date told before the first of two verbs that
share a subject dates both (CONJUNCT_TIME_RULE); "nabbed" is an arrest, "thwarted"/"repulsed"
are a foiling (GENERIC_SYNONYMS); raiders, bandits and brigands are people (PEOPLE_NOUNS)."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words

# --- CONJUNCT_TIME_RULE ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "date"),
    [
        (
            "The Indian Navy on Saturday foiled a hijack attempt and arrested 23 pirates.",
            "arrest",
            "Saturday",
        ),
        ("On Friday, police raided the house and seized weapons.", "v:seize", "Friday"),
        ("Rebels on Monday attacked the town and killed four soldiers.", "kill", "Monday"),
    ],
)
def test_a_date_told_before_the_first_verb_dates_its_conjunct(nlp, text, predicate, date):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.time.span) == date


@pytest.mark.parametrize(
    ("text", "predicate", "date"),
    [
        # told after the first verb: the arrest's date, not the charge's
        ("Police arrested him on Friday and charged him with murder.", "charge", None),
        # a word of sequence: the charge came later
        ("Police on Friday arrested the man and later charged him.", "charge", None),
        # its own date
        ("He was arrested Friday and charged Monday.", "charge", "Monday"),
        # its own subject: another clause
        ("On Friday police raided the house and the owner fled.", "v:flee", None),
    ],
)
def test_a_conjunct_with_its_own_date_subject_or_sequence_keeps_to_itself(
    nlp, text, predicate, date
):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.time.span if claim.time else None) == date


# --- nabbing, foiling, and the people they are done to -----------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police nabbed the suspect on Friday.", None),
        ("The warship nabbed 23 Somali and Yemeni sea brigands.", 23.0),
        ("Troops captured 12 bandits near the border.", 12.0),
    ],
)
def test_nabbing_people_is_an_arrest(nlp, text, count):
    claim = only(event_claims(nlp, text), "arrest")
    assert [q.value for q in claim.quantities][:1] == ([count] if count else [])


@pytest.mark.parametrize(
    "text",
    ["He nabbed the best seat in the house.", "Thieves captured the imagination of the town."],
)
def test_nabbing_a_thing_is_no_arrest(nlp, text):
    assert not [c for c in event_claims(nlp, text) if c.predicate == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "The navy thwarted a hijack attempt on Saturday.",
        "A warship repulsed an attack on a merchant vessel on Saturday.",
        "The Indian Navy foiled a piracy attempt on Saturday.",
    ],
)
def test_thwarting_and_repulsing_an_attack_is_foiling_it(nlp, text):
    claim = only(event_claims(nlp, text), "v:foil")
    assert words(text, claim.time.span) == "Saturday"


def test_a_coating_that_repels_water_is_no_foiling(nlp):
    # a present-tense state of a thing: no event told of it as a foiling with a date
    claims = event_claims(nlp, "The coating repels water.")
    assert not [c for c in claims if c.predicate == "v:foil" and c.time is not None]


# --- CONTEST_PEOPLE: the sides of a contest as the object of "stop" -----------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Klitschko set aside the challenge, stopping the former heavyweight champion in seven "
            "rounds on Saturday in Mannheim.",
            "Saturday",
        ),
        ("The champion stopped his challenger on Friday night.", "Friday night"),
    ],
)
def test_stopping_a_side_of_a_contest_is_an_event(nlp, text, date):
    claim = only(event_claims(nlp, text), "v:stop")
    assert words(text, claim.time.span) == date


@pytest.mark.parametrize(
    "text",
    ["The referee stopped the fight in the sixth round.", "He stopped the car on Friday."],
)
def test_stopping_a_thing_is_no_event(nlp, text):
    assert not [c for c in event_claims(nlp, text) if c.predicate == "v:stop"]


# --- NEAREST_SUBJECT_RULE ----------------------------------------------------------------------


def test_of_two_subjects_a_parse_gives_one_verb_the_nearest_is_its_own(nlp):
    text = (
        'Groups charge that the "midnight rules" set to go into effect before President-elect '
        "Barack Obama takes office are intended to gut the law."
    )
    claim = only(event_claims(nlp, text), "v:take")
    assert [words(text, p.span) for p in claim.participants] == ["Barack Obama"]


def test_one_subject_is_the_subject_wherever_it_stands(nlp):
    text = "On Friday, in a hotel in Lagos, Tara Reid met her lawyer."
    claim = only(event_claims(nlp, text), "meet")
    assert [words(text, p.span) for p in claim.participants if p.role == "agent"] == ["Tara Reid"]


# --- AGENT_PLACE_RULE, NAME_PASS_THROUGH -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        (
            "Manuel A. Gonzalez was stabbed to death by a gang member inmate at California "
            "Institution for Men in Chino.",
            "kill",
            "Chino",
        ),
        ("He was shot by police at a party in Lagos on Friday.", "shoot", "Lagos"),
        ("The man was arrested at the Museum of Modern Art in New York.", "arrest", "New York"),
    ],
)
def test_a_place_hung_on_the_by_phrase_or_inside_a_name_places_the_event(
    nlp, text, predicate, place
):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.place.span) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # an origin, not where it happened
        ("She was killed by a man from Chicago.", "kill"),
        # a "for" phrase that is no part of a name
        ("He was arrested at a rally for the release of prisoners in Iran.", "arrest"),
    ],
)
def test_an_origin_or_a_phrase_about_a_name_places_nothing(nlp, text, predicate):
    claim = only(event_claims(nlp, text), predicate)
    assert claim.place is None


# --- PHRASE_CLASSES (fires), PASSIVE_DISMISSAL_RULE --------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        (
            "Sarah Palin's church in Wasilla, Alaska went up in flames this weekend.",
            "this weekend",
            "Wasilla",
        ),
        ("The car burst into flames on Friday.", "Friday", None),
    ],
)
def test_going_up_or_bursting_into_flames_is_a_fire(nlp, text, date, place):
    claim = only(event_claims(nlp, text), "blaze")
    assert words(text, claim.time.span) == date
    assert words(text, claim.place.span if claim.place else None) == place


def test_going_up_in_smoke_is_no_fire(nlp):
    assert not [
        c for c in event_claims(nlp, "His hopes went up in smoke.") if c.predicate == "blaze"
    ]


@pytest.mark.parametrize(
    ("text", "date", "person"),
    [
        ("Kirkpatrick was let go by his employer last Thursday.", "last Thursday", "Kirkpatrick"),
        ("The suspect had been let go from TallGrass on Thursday.", "Thursday", None),
    ],
)
def test_being_let_go_is_a_dismissal(nlp, text, date, person):
    claim = only(event_claims(nlp, text), "fire")
    assert words(text, claim.time.span) == date
    assert [words(text, p.span) for p in claim.participants] == ([person] if person else [])


def test_letting_someone_go_is_no_dismissal(nlp):
    assert not [
        c for c in event_claims(nlp, "Police let him go on Friday.") if c.predicate == "fire"
    ]


def test_a_name_after_a_comma_is_no_nearer_subject(nlp):
    # "Wasilla, Alaska": the parse makes Alaska a second subject; the church went up in flames
    text = "The church in Wasilla, Alaska burned down on Friday."
    claims = event_claims(nlp, text)
    assert any(c.place is not None and words(text, c.place.span) == "Wasilla" for c in claims)


# --- WHEN_CLAUSE_RULE ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "date"),
    [
        ("Three people died when an Athens bank went up in flames Wednesday.", "die", "Wednesday"),
        (
            "A police officer was killed when a bomb exploded at a bank in Woodburn on Friday.",
            "kill",
            "Friday",
        ),
        # its own date stays its own
        ("He was arrested on Monday when he returned from Spain on Friday.", "arrest", "Monday"),
    ],
)
def test_an_undated_event_happened_at_the_date_of_its_when_clause(nlp, text, predicate, date):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.time.span) == date


def test_a_when_clause_without_a_date_dates_nothing(nlp):
    claim = only(event_claims(nlp, "The victim was shot when he opened the door."), "shoot")
    assert claim.time is None


# --- CONJUNCT_TIME_RULE, places ------------------------------------------------------------------


def test_a_place_told_before_the_first_verb_places_its_conjunct(nlp):
    text = "In Athens, youths attacked a police station and fought running battles with police."
    claim = only(event_claims(nlp, text), "v:fight")
    assert words(text, claim.place.span) == "Athens"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # told after the first verb: the attack's place
        ("Youths attacked a police station in Athens and fought running battles.", "v:fight"),
        # a conjunct with its own subject
        ("In Athens, police arrested two men and the crowd dispersed.", "v:disperse"),
    ],
)
def test_a_place_after_the_first_verb_or_a_clause_of_its_own_keeps_apart(nlp, text, predicate):
    claim = only(event_claims(nlp, text), predicate)
    assert claim.place is None


# --- PARTICIPLE_SUBJECT_RULE ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "person", "role"),
    [
        (
            "Comeaux escaped Monday from a prison van after pulling a gun on two guards.",
            "v:pull",
            "Comeaux",
            "agent",
        ),
        (
            "The Indian Navy foiled a hijack attempt, capturing 23 pirates.",
            "arrest",
            "Indian Navy",
            "agent",
        ),
        (
            "Arrested on Friday, Smith was charged with murder on Monday.",
            "arrest",
            "Smith",
            "patient",
        ),
    ],
)
def test_a_participle_clause_has_its_main_clause_subject(nlp, text, predicate, person, role):
    claim = only(event_claims(nlp, text), predicate)
    assert (role, person) in [(p.role, words(text, p.span)) for p in claim.participants]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Smith left the store without paying for the goods.", "v:pay"),
        (
            "After skipping out on entering a rehab facility, Lindsay Lohan checked into "
            "the Betty Ford Center.",
            "v:enter",
        ),
    ],
)
def test_a_gerund_of_a_doing_that_did_not_happen_takes_no_main_subject(nlp, text, predicate):
    claim = only(event_claims(nlp, text), predicate)
    assert not claim.participants


def test_a_clause_with_its_own_subject_takes_no_main_subject(nlp):
    text = "Smith was arrested after police searched his home."
    claim = only(event_claims(nlp, text), "v:search")
    assert "Smith" not in [words(text, p.span) for p in claim.participants]
