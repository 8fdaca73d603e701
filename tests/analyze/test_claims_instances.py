"""Claims of another instance of an event class, and counts read in one spelling: rules
ATTEMPT_MODIFIERS, SEQUENCE_VERBS, SEQUENCE_MARKS, FATAL_CLASSES, UNIT_ALIASES, BOUND_FILLERS."""

from __future__ import annotations

import pytest
from claims_reads import claims_of


def predicates(nlp, text):
    return sorted(c.predicate for c in claims_of(nlp, text) if not c.predicate.startswith("v:"))


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Orozco was convicted of the attempted murder of a man.", "kill@attempt"),
        ("Orozco was convicted of the murder of a deputy.", "kill"),
    ],
)
def test_an_attempted_event_is_another_instance(nlp, text, predicate):
    assert predicate in predicates(nlp, text)
    other = "kill" if predicate == "kill@attempt" else "kill@attempt"
    assert other not in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Thursday's shooting came just weeks after a driver shot eight people.",
            "shoot@earlier",
            None,
        ),
        # an arrest after a shooting is not another shooting
        ("Police arrested Hiller after she shot two co-workers.", "shoot", "shoot@earlier"),
        # VIOLENCE_CLASSES: after a sequence verb, a killing is another instance of a shooting
        (
            "Thursday's shooting came just weeks after a driver fatally shot eight people.",
            "kill@earlier",
            "kill",
        ),
        # ... but a death after a shooting is the one happening
        ("Gray died after he was shot by police.", "shoot", "shoot@earlier"),
    ],
)
def test_an_event_put_before_one_of_its_class_is_another_instance(nlp, text, expected, absent):
    found = predicates(nlp, text)
    assert expected in found
    assert absent not in found


def test_the_earlier_instance_keeps_its_count_and_the_story_event_none(nlp):
    text = "Thursday's shooting came just weeks after a driver shot eight people."
    claims = claims_of(nlp, text)
    (earlier,) = [c for c in claims if c.predicate == "shoot@earlier"]
    assert [(q.value, q.unit) for q in earlier.quantities] == [(8.0, "people")]
    assert all(not c.quantities for c in claims if c.predicate == "shoot")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the verb's phrase places the other shootings, not Monday's
        ("Monday's shooting follows two last week in Atlanta.", None),
        # a light verb that is no sequence verb places its event
        ("The shooting took place in Atlanta on Monday.", "place:atlanta"),
    ],
)
def test_a_sequence_verb_gives_its_subject_event_no_place(nlp, text, place):
    (shooting,) = [c for c in claims_of(nlp, text) if c.predicate == "shoot"]
    assert (shooting.place.entity if shooting.place else None) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("A gunman shot to death one person on Monday.", "kill"),
        ("Police shot him dead on Friday.", "kill"),
        ("A gunman shot three people on Monday.", "shoot"),
        ("Two officers fatally shot Kimani Gray on Saturday.", "kill"),
    ],
)
def test_shooting_to_death_is_killing(nlp, text, predicate):
    verbs = [
        c for c in claims_of(nlp, text) if c.relation == "shoot" and c.predicate != "statement"
    ]
    assert [c.predicate for c in verbs] == [predicate]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The quake killed 10 persons on Sunday.", (10.0, "people", "exact")),
        ("The quake killed ten people on Sunday.", (10.0, "people", "exact")),
        (
            "On Saturday, more than a dozen people were killed by a quake.",
            (12.0, "people", "at_least"),
        ),
        ("On Saturday, about a dozen people were killed by a quake.", (12.0, "people", "about")),
        ("On Saturday, a dozen people were killed by a quake.", (12.0, "people", "exact")),
        # the number may hang on the first modifier of the counted noun
        ("Six plainclothes police officers killed the gunman.", (6.0, "officer", "exact")),
        # VAGUE_BOUND: "dozens" is a lower bound, not about 24
        ("On Saturday, dozens of people were killed by a quake.", (24.0, "people", "at_least")),
    ],
)
def test_counts_read_in_one_spelling_with_their_bound(nlp, text, count):
    (kill,) = [c for c in claims_of(nlp, text) if c.predicate == "kill"]
    assert [(q.value, q.unit, q.bound) for q in kill.quantities] == [count]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # TARGET_PREPOSITIONS: the target's own phrase places the event
        ("A firebomb attack on a bank in Athens killed three people.", "place:athens"),
        ("The attack on the president shocked the nation.", None),
    ],
)
def test_the_target_of_an_event_places_it_through_its_own_phrase(nlp, text, place):
    (attack,) = [c for c in claims_of(nlp, text) if c.predicate == "attack"]
    assert (attack.place.entity if attack.place else None) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # SUBJECT_DESCRIPTIONS: an apposition places its subject, and so the subject's event
        (
            "The Maid Building, one of the oldest buildings in Palmer, burned down on Tuesday.",
            "place:palmer",
        ),
        ("The Maid Building, a warehouse of the dairy, burned down on Tuesday.", None),
    ],
)
def test_an_apposition_of_the_subject_places_the_event(nlp, text, place):
    (burn,) = [c for c in claims_of(nlp, text) if c.predicate == "v:burn"]
    assert (burn.place.entity if burn.place else None) == place


def test_leaving_people_dead_is_killing_them(nlp):
    text = "A firebomb attack on a bank in Athens left at least three people dead."
    (kill,) = [c for c in claims_of(nlp, text) if c.predicate == "kill"]
    assert [(q.value, q.unit, q.bound) for q in kill.quantities] == [(3.0, "people", "at_least")]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("In Ioannina the protesters attacked banks and corporate shops.", "attack@repeated"),
        ("Police arrested protesters in Athens.", "arrest@repeated"),
        ("Police arrested two protesters in Athens.", "arrest"),
        ("The gunman attacked the bank in Athens.", "attack"),
    ],
)
def test_an_event_done_to_a_bare_plural_is_a_run_of_happenings(nlp, text, predicate):
    assert predicate in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # DESCRIBED_PEOPLE: "the actress" is the person just named, like "she"
        ("Lindsay Lohan's lawyer says the actress checked into rehab on Tuesday.", "person:lohan"),
        # a role of one side of a crime is not resolved: it is as often someone else
        ("Police said Jerry Ortiz knocked on the door. The suspect fled on Friday.", None),
    ],
)
def test_a_definite_description_stands_for_the_person_just_named(nlp, text, agent):
    claims = [c for c in claims_of(nlp, text) if c.predicate in ("v:check", "v:flee")]
    agents = [p.entity for c in claims for p in c.participants if p.role == "agent"]
    assert agents == ([agent] if agent else [])


@pytest.mark.parametrize(
    "text",
    [
        "The Angels have offered an eight-year contract to Mark Teixeira.",
        "The Angels did not offer first baseman Mark Teixeira an eight-year contract.",
    ],
)
def test_the_one_offered_something_is_a_participant_and_the_thing_an_argument(nlp, text):
    (offer,) = [c for c in claims_of(nlp, text) if c.predicate == "v:offer"]
    assert ("patient", "person:teixeira") in {(p.role, p.entity) for p in offer.participants}
    assert offer.arguments == ["contract"]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # MAGNITUDE_VERBS: "measuring 5.6" describes the quake; its date is the quake's
        ("An earthquake measuring 5.6 on the Richter scale jolted Qeshm island on Thursday.", True),
        ("An earthquake jolted Qeshm island.", False),
    ],
)
def test_a_date_on_a_verb_of_magnitude_dates_the_event_it_describes(nlp, text, dated):
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.predicate == "v:measure"]
    assert any(c.time for c in claims if c.predicate == "quake") is dated


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # PART_MODIFIERS: one of several happenings, or a part of one
        ("The initial tremor lasted just over 10 seconds.", "quake@initial"),
        ("The first meeting took place on Monday.", "meet@first"),
        ("The tremor lasted just over 10 seconds.", "quake"),
        ("The secret meeting took place on Monday.", "meet"),
    ],
)
def test_one_of_several_happenings_is_another_instance(nlp, text, predicate):
    assert predicates(nlp, text) == [predicate]
