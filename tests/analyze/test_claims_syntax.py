"""General readings of news syntax, on real parses, each with sentences on both sides: a
relative pronoun stands for the noun it describes (RELATIVE_RULE), indefinite people
(INDEFINITE_PEOPLE), bare counts of people (BARE_COUNT_RULE), counts in an "including" phrase
(INCLUDED_COUNT_RULE), "identified as" (IDENTIFIED_RULE), places named in a possessive, after
through/across or in a site left (POSSESSED_PART_RULE, SITE_EXIT_RULE), a state in a relative
clause (no place), an event a relative clause describes (DESCRIBED_EVENT_RULE), "was found dead"
(FOUND_DEAD_RULE) and "was found guilty" (VERDICT_RULE)."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words

# --- RELATIVE_RULE -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "date"),
    [
        ("Smith, who was arrested Wednesday, is due in court next week.", "Smith", "Wednesday"),
        ("Mary Jones, who was arrested on Friday, appeared in court.", "Mary Jones", "Friday"),
    ],
)
def test_a_relative_pronoun_stands_for_the_person_it_describes(nlp, text, person, date):
    claim = only(event_claims(nlp, text), "arrest")
    assert words(text, claim.time.span) == date
    assert person in [words(text, p.span) for p in claim.participants]


def test_a_relative_pronoun_of_a_thing_makes_no_person_event(nlp):
    # "released" needs a person object; "which" stands for a report
    text = "The report, which was released on Monday, named no one."
    assert not [c for c in event_claims(nlp, text) if c.predicate == "release"]


# --- INDEFINITE_PEOPLE -------------------------------------------------------------------------


def test_arresting_anyone_is_an_arrest_of_people_denied(nlp):
    claim = only(event_claims(nlp, "Police did not arrest anyone."), "arrest")
    assert claim.negated


def test_releasing_anything_is_no_release_of_people(nlp):
    assert not [
        c for c in event_claims(nlp, "Police did not release anything.") if c.predicate == "release"
    ]


# --- BARE_COUNT_RULE ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "count", "value"),
    [
        ("The blast killed 12.", "kill", "12", 12),
        ("A gunman opened fire at a church in Lagos, killing four.", "kill", "four", 4),
        ("The crash killed two people and injured 20.", "injure", "20", 20),
        ("At least 46 were arrested after the march.", "arrest", "At least 46", 46),
    ],
)
def test_a_bare_count_of_an_event_done_to_people_counts_people(nlp, text, predicate, count, value):
    claim = only(event_claims(nlp, text), predicate)
    (quantity,) = claim.quantities
    assert (words(text, quantity.span), quantity.value, quantity.unit) == (count, value, "people")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The quake killed 10 persons and wounded other 70.", "injure"),  # a part of a total
        ("The firm bought 12 last year.", "acquire"),  # not done to people
    ],
)
def test_a_bare_count_that_is_a_part_or_not_of_people_is_not_read(nlp, text, predicate):
    claim = only(event_claims(nlp, text), predicate)
    assert not [q for q in claim.quantities if q.unit == "people"]


# --- INCLUDED_COUNT_RULE -----------------------------------------------------------------------


def test_a_count_in_an_including_phrase_is_told_by_the_event(nlp):
    text = "The blast killed 12, including three children."
    claim = only(event_claims(nlp, text), "kill")
    assert "three children" in [words(text, q.span) for q in claim.quantities]


def test_an_including_phrase_without_a_count_adds_none(nlp):
    text = "The blast killed 12 people, including the driver."
    claim = only(event_claims(nlp, text), "kill")
    assert [words(text, q.span) for q in claim.quantities] == ["12 people"]


# --- IDENTIFIED_RULE ---------------------------------------------------------------------------


def test_a_noun_identified_as_a_person_is_that_person(nlp):
    text = "The gunman, identified as John Smith, was killed by police."
    claim = only(event_claims(nlp, text), "kill")
    assert "John Smith" in [words(text, p.span) for p in claim.participants]


def test_a_noun_described_otherwise_names_no_one(nlp):
    text = "The gunman, described as tall, was killed by police."
    claim = only(event_claims(nlp, text), "kill")
    assert not [p for p in claim.participants if p.entity.startswith("person:")]


# --- places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("Firefighters were battling a blaze in Sydney's west.", "v:fight", "Sydney"),
        ("A tornado ripped through a small town in Texas, killing two.", "v:rip", "Texas"),
        ("Riots spread across France on Friday.", "v:spread", "France"),
    ],
)
def test_places_told_in_a_possessive_a_compound_or_through_a_region(nlp, text, predicate, place):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.place.span) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("A woman was killed outside the Sam's Club store on Friday.", "kill"),  # a shop's name
    ],
)
def test_a_possessive_or_modifier_that_names_no_place_places_nothing(nlp, text, predicate):
    claims = [c for c in event_claims(nlp, text) if c.predicate == predicate]
    assert claims
    assert all(c.place is None for c in claims)


# --- FOUND_DEAD_RULE ---------------------------------------------------------------------------


def test_found_dead_is_an_event_dated_as_told(nlp):
    text = "The singer was found dead at her home on Sunday."
    claim = only(event_claims(nlp, text), "v:find")
    assert words(text, claim.time.span) == "Sunday"


@pytest.mark.parametrize(
    "text", ["He was found guilty on Friday.", "Police found the car in a field on Friday."]
)
def test_found_otherwise_is_no_event(nlp, text):
    assert not [c for c in event_claims(nlp, text) if c.predicate == "v:find"]


def test_a_state_in_a_relative_clause_places_no_one(nlp):
    text = "She was survived by her brother Jack Page, who lives in Nashville."
    assert not [c for c in event_claims(nlp, text) if c.predicate == "locate"]


def test_a_state_told_outright_places_its_subject(nlp):
    text = "Her brother Jack Page lives in Nashville."
    (claim,) = [c for c in event_claims(nlp, text) if c.predicate == "locate"]
    assert words(text, claim.place.span) == "Nashville"


# --- SITE_EXIT_RULE ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("The inmate escaped from a prison near Houston on Monday.", "escape", "Houston"),
        ("Smith was released from a hospital in Leeds on Friday.", "release", "Leeds"),
    ],
)
def test_leaving_a_site_happens_where_the_site_is(nlp, text, predicate, place):
    claim = only(event_claims(nlp, text), predicate)
    assert words(text, claim.place.span) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The family fled from Syria in 2015.", "v:flee"),  # an origin
        # a journey: where it began is not where the escape was
        ("He escaped while being transported from a prison in Huntsville to Beaumont.", "escape"),
    ],
)
def test_leaving_a_country_or_a_journeys_start_is_not_the_place(nlp, text, predicate):
    assert only(event_claims(nlp, text), predicate).place is None


# --- DESCRIBED_EVENT_RULE ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The quake, which did not strike a populated area, caused little damage.", "quake"),
        ("The meeting, which did not take place on Monday, was kept secret.", "meet"),
    ],
)
def test_an_event_a_relative_clause_describes_happened_without_the_denied_detail(
    nlp, text, predicate
):
    claim = only(event_claims(nlp, text), predicate)
    assert not claim.negated
    assert claim.time is None and claim.place is None


def test_an_event_denied_outright_did_not_happen(nlp):
    assert only(event_claims(nlp, "The quake did not strike a populated area."), "quake").negated


# --- VERDICT_RULE ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The jury found John Smith guilty of murder on Tuesday.", False),
        ("John Smith was found guilty of murder on Tuesday.", False),
        ("John Smith was found not guilty on Tuesday.", True),
    ],
)
def test_a_verdict_told_with_find_is_a_conviction_or_its_denial(nlp, text, negated):
    claim = only(event_claims(nlp, text), "convict")
    assert claim.negated is negated
    assert words(text, claim.time.span) == "Tuesday"
    assert "John Smith" in [words(text, p.span) for p in claim.participants]


@pytest.mark.parametrize(
    "text", ["Police found the man dead on Tuesday.", "He found it hard to sleep on Tuesday."]
)
def test_finding_otherwise_is_no_conviction(nlp, text):
    assert not [c for c in event_claims(nlp, text) if c.predicate == "convict"]


# --- ADDITIVE_DENIAL_RULE ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Critics said Salazar didn't also rescind a rule on polar bears.", "v:rescind"),
        ("Police did not arrest John Smith too.", "arrest"),
    ],
)
def test_a_denied_further_act_claims_nothing(nlp, text, predicate):
    assert not [c for c in event_claims(nlp, text) if c.predicate == predicate]


def test_an_additive_outside_the_negation_is_a_denial(nlp):
    text = "Police also did not arrest John Smith."
    assert only(event_claims(nlp, text), "arrest").negated
