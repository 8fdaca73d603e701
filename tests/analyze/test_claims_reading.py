"""Values a claim reads off its event's syntax: who an event noun's "of" phrase names
(OF_AGENT_CLASSES), the event of a relative clause's light verb, fires ("blaze",
OTHER_SENSE_HEADS), onset verbs (ONSET_VERBS), gerunds in a noun's place (GERUND_NOUN_DEPS),
the own date of a sequence verb, and counts of conjoined nouns."""

from __future__ import annotations

import pytest
from claims_reads import claims_of, words

from corroborator.analyze import analyze_doc
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def of_class(claims, predicate):
    return [c for c in claims if c.predicate == predicate]


# --- the "of" phrase of an event noun ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "role", "name"),
    [
        (
            "The fatal shooting of Alexandros Grigoropoulos, 15, sparked riots across Greece.",
            "shoot",
            "patient",
            "Alexandros Grigoropoulos",
        ),
        (
            "Officials confirmed the death of Sam Williams on Friday.",
            "die",
            "agent",
            "Sam Williams",
        ),
    ],
)
def test_an_event_nouns_of_phrase_names_who_underwent_or_did_it(nlp, text, predicate, role, name):
    (claim,) = of_class(claims_of(nlp, text), predicate)
    assert [(p.role, words(text, p.span)) for p in claim.participants] == [(role, name)]


def test_an_of_phrase_that_names_no_one_adds_no_participant(nlp):
    text = "The shooting of the music video ended on Friday."
    assert [p for c in of_class(claims_of(nlp, text), "shoot") for p in c.participants] == []


# --- a light verb in a relative clause states the noun it describes ------------------------


def test_a_relative_clause_light_verb_dates_the_noun_it_describes(nlp):
    text = "Damage was done to the church Tuesday night, in a fire that began while people slept."
    (fire,) = of_class(claims_of(nlp, text), "blaze")
    assert words(text, fire.trigger) == "fire"
    assert words(text, fire.time.span) == "Tuesday night"


def test_a_relative_clause_light_verb_gives_its_own_date_first(nlp):
    text = "Damage was done to the church Tuesday night, in a fire that began at 9 p.m."
    (fire,) = of_class(claims_of(nlp, text), "blaze")
    assert words(text, fire.time.span) == "9 p.m."


def test_a_relative_that_is_not_the_event_named_before(nlp):
    # "that" is the deal, no event: the rehab is not dated Monday by "began"
    text = "Reid checked into rehab. It was a deal that began to unravel on Monday."
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.relation == "begin"]
    assert all(c.time is None for c in claims if not c.predicate.startswith("v:"))


# --- fires -----------------------------------------------------------------------------------


def test_a_fire_that_broke_out_is_an_event_with_place_and_date(nlp):
    text = "A large fire broke out at the supermarket in Wellington on Friday."
    (fire,) = of_class(claims_of(nlp, text), "blaze")
    assert fire.relation == "break"
    assert words(text, fire.place.span) == "Wellington"
    assert words(text, fire.time.span) == "Friday"


@pytest.mark.parametrize(
    "text",
    [
        "The gunman opened fire on the crowd in Athens on Friday.",
        "Officers came under fire in Athens on Friday.",
        "Gary Ross will not direct the sequel Catching Fire.",
        "Several new characters will need to be cast before Catching Fire can begin filming.",
        "Director Gary Ross Still in Negotiations for HUNGER GAMES Sequel, CATCHING FIRE",
    ],
)
def test_gunfire_and_titles_are_no_fire(nlp, text):
    assert of_class(claims_of(nlp, text), "blaze") == []


# --- onset verbs and gerunds -----------------------------------------------------------------


def test_an_event_that_did_not_begin_is_denied_with_the_onsets_date_and_place(nlp):
    text = "Voting for MPs did not begin in Turkmenistan on Dec. 14."
    (vote,) = of_class(claims_of(nlp, text), "elect")
    assert vote.negated
    assert words(text, vote.time.span) == "Dec. 14"
    assert words(text, vote.place.span) == "Turkmenistan"


def test_an_event_that_began_is_not_denied(nlp):
    text = "Voting began in Turkmenistan on Sunday."
    (vote,) = of_class(claims_of(nlp, text), "elect")
    assert not vote.negated
    assert words(text, vote.time.span) == "Sunday"


def test_an_onset_verb_lends_its_date_to_the_verb_it_starts(nlp):
    text = "Rescuers started searching the rubble on Friday."
    (search,) = of_class(claims_of(nlp, text), "v:search")
    assert words(text, search.time.span) == "Friday"
    assert not search.negated


def test_a_gerund_outside_the_tables_is_no_event_noun(nlp):
    text = "Planning for the ceremony did not begin on Monday."
    claims = claims_of(nlp, text)
    assert not [c for c in claims if not c.predicate.startswith("v:")]


# --- a sequence verb's own date --------------------------------------------------------------


def test_a_sequence_verb_with_no_object_dates_its_subject_event(nlp):
    text = "The clashes late on Tuesday came after an evening vigil."
    (riot,) = of_class(claims_of(nlp, text), "riot")
    assert words(text, riot.time.span) == "Tuesday"


def test_a_date_inside_the_after_phrase_is_not_the_subject_events(nlp):
    text = "The riots came after the vigil of Monday."
    (riot,) = of_class(claims_of(nlp, text), "riot")
    assert riot.time is None


# --- counts of conjoined nouns ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "count"),
    [
        ("He leaves behind a wife and seven children.", "v:leave", (7.0, "child")),
        ("Police arrested a man and two women.", "arrest", (2.0, "woman")),
    ],
)
def test_a_count_conjoined_to_an_argument_is_read(nlp, text, predicate, count):
    (claim,) = of_class(claims_of(nlp, text), predicate)
    assert [(q.value, q.unit) for q in claim.quantities] == [count]


def test_a_part_conjoined_to_an_argument_is_no_count(nlp):
    text = "Police arrested a man and another two women."
    (claim,) = of_class(claims_of(nlp, text), "arrest")
    assert claim.quantities == []


# --- the day beside a time of day ------------------------------------------------------------


def test_a_time_of_day_gives_way_to_the_day_it_names(nlp):
    text = "A large fire broke out at the supermarket this morning (July 24)."
    doc = next(parse(nlp, [text]))
    undated = Article(id="t", text=text, source="test", published=None)
    (fire,) = of_class(analyze_doc(doc, undated, "test").claims, "blaze")
    assert words(text, fire.time.span) == "July 24"


def test_a_time_of_day_alone_still_dates_the_event(nlp):
    text = "A large fire broke out at the supermarket this morning."
    doc = next(parse(nlp, [text]))
    undated = Article(id="t", text=text, source="test", published=None)
    (fire,) = of_class(analyze_doc(doc, undated, "test").claims, "blaze")
    assert words(text, fire.time.span) == "this morning"


# --- parts of a place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("The blaze began on the roof of the store in Wellington.", "blaze", "Wellington"),
        ("Riots broke out in the centre of Athens on Saturday.", "riot", "Athens"),
    ],
)
def test_a_part_of_a_place_passes_through_to_the_place(nlp, text, predicate, place):
    (claim,) = of_class(claims_of(nlp, text), predicate)
    assert words(text, claim.place.span) == place


def test_a_bare_on_phrase_places_no_event(nlp):
    text = "Rebels staged an attack on Kyiv on Friday."
    assert [c.place for c in of_class(claims_of(nlp, text), "attack")] == [None]


# --- a stop verb with a person object, and its purpose infinitive ---------------------------


def test_stopping_a_person_is_an_event_dated_by_its_purpose_clause(nlp):
    text = (
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable "
        "hold on his heavyweight titles Monday night."
    )
    (stop,) = of_class(claims_of(nlp, text), "v:stop")
    assert [(p.role, words(text, p.span)) for p in stop.participants] == [
        ("agent", "Wladimir Klitschko"),
        ("patient", "Tony Thompson"),
    ]
    assert words(text, stop.time.span) == "Monday night"


def test_stopping_a_thing_is_no_event(nlp):
    text = "Police stopped the car on the highway on Monday."
    assert of_class(claims_of(nlp, text), "v:stop") == []


def test_a_purpose_clause_that_tells_an_event_keeps_its_date(nlp):
    # "retain" is no verb that states nothing: its date is not handed to the stopping
    text = (
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to retain his title on Monday."
    )
    (stop,) = of_class(claims_of(nlp, text), "v:stop")
    assert stop.time is None


# --- "made an arrest"; the doing an event overlapped ---------------------------------------


def test_made_an_arrest_states_the_arrest(nlp):
    text = "Police made an arrest in the case on Friday."
    (arrest,) = of_class(claims_of(nlp, text), "arrest")
    assert arrest.relation == "make"
    assert words(text, arrest.time.span) == "Friday"


def test_an_arrest_that_made_headlines_is_not_stated_by_make(nlp):
    text = "The arrest made headlines on Friday."
    assert [c.relation for c in of_class(claims_of(nlp, text), "arrest")] == ["arrest"]


@pytest.mark.parametrize(
    ("text", "predicate", "place", "when"),
    [
        (
            "Manuel Gonzalez was stabbed to death while working as a corrections officer at a "
            "state prison in Chino.",
            "kill",
            "Chino",
            None,
        ),
        (
            "Gray was shot while walking home in East Flatbush on Saturday.",
            "shoot",
            "East Flatbush",
            "Saturday",
        ),
    ],
)
def test_a_subjectless_while_clause_places_and_dates_the_event(nlp, text, predicate, place, when):
    (claim,) = of_class(claims_of(nlp, text), predicate)
    assert words(text, claim.place.span) == place
    assert words(text, claim.time.span if claim.time else None) == when


def test_a_while_clause_of_someone_else_places_nothing(nlp):
    text = "She was shot while her husband was in Paris."
    assert [c.place for c in of_class(claims_of(nlp, text), "shoot")] == [None]


# --- a place phrase the parse hung on the object or the time word --------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        ("A hit and run driver killed a woman in Queens on Friday night.", "kill", "Queens"),
        (
            "Wladimir Klitschko defended his heavyweight titles in Germany today.",
            "v:defend",
            "Germany",
        ),
        (
            "The Angels offered Mark Teixeira an eight-year contract at a hotel in Las Vegas.",
            "v:offer",
            "Las Vegas",
        ),
        (
            "Yesterday in Los Angeles, pin-up icon Bettie Page succumbed to pneumonia.",
            "v:succumb",
            "Los Angeles",
        ),
    ],
)
def test_a_place_hung_on_the_object_or_time_word_places_the_event(nlp, text, predicate, place):
    (claim,) = of_class(claims_of(nlp, text), predicate)
    assert words(text, claim.place.span) == place


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Police arrested a man from Detroit on Monday.", "arrest"),
        ("A powerful earthquake hit southern Iran on Sunday.", "quake"),
        # a name only the gazetteer knows as a town is no place here
        ("Washington and Baltimore have expressed interest in Mark Teixeira.", "v:express"),
    ],
)
def test_an_object_from_a_place_or_that_is_a_place_places_nothing(nlp, text, predicate):
    assert [c.place for c in of_class(claims_of(nlp, text), predicate)] == [None]


# --- who was arrested: a who-clause or a bare count ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A convicted sex offender who was the subject of a manhunt was captured Monday.",
        "As fights erupted in East Flatbush, 46 were arrested Wednesday night.",
    ],
)
def test_an_arrest_of_someone_described_or_counted(nlp, text):
    (arrest,) = of_class(claims_of(nlp, text), "arrest")
    assert arrest.time is not None
    # BARE_COUNT_RULE: a bare count of an arrest counts people ("46 were arrested")
    assert [(q.value, q.unit) for q in arrest.quantities] == (
        [(46, "people")] if "46" in text else []
    )


def test_a_thing_captured_is_no_arrest(nlp):
    text = "The photographer captured the moment on Monday."
    assert of_class(claims_of(nlp, text), "arrest") == []


# --- fires caught and set --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "when"),
    [
        ("A supermarket in Wellington caught fire on Sunday.", "catch", "Sunday"),
        ("Rioters set fire to a bank on Wednesday.", "set", "Wednesday"),
        ("No one was hurt in the fire, which was set Friday night.", "set", "Friday night"),
        ("The church was damaged by a fire that was deliberately set Friday night.", "set", None),
    ],
)
def test_a_fire_caught_or_set_is_a_fire(nlp, text, relation, when):
    (fire,) = of_class(claims_of(nlp, text), "blaze")
    assert fire.relation == relation
    if when:
        assert words(text, fire.time.span) == when


def test_setting_a_record_is_no_event(nlp):
    text = "The team set a record on Friday."
    assert [c for c in claims_of(nlp, text) if not c.predicate.startswith("v:")] == []


# --- no one ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("No one was injured in the fire.", "injure"),
        ("Providentially, nobody was injured.", "injure"),
        ("The gunman killed no one.", "kill"),
    ],
)
def test_no_one_in_the_past_denies_the_event(nlp, text, predicate):
    (claim,) = of_class(claims_of(nlp, text), predicate)
    assert claim.negated


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Nobody has ever dominated him this way.", "v:dominate"),
        ("Two people were injured in the fire.", "injure"),
    ],
)
def test_so_far_or_someone_denies_nothing(nlp, text, predicate):
    # "nobody has ever" tells no happening at all (NOT_SO_FAR_RULE); "two people" one that is
    assert not [c for c in of_class(claims_of(nlp, text), predicate) if c.negated]


# --- fired upon; made an offer; lengths are no counts; during ------------------------------


def test_firing_upon_people_is_a_shooting_that_counts_them(nlp):
    text = "During the escape, Comeaux produced a weapon and fired upon two correctional officers."
    (shooting,) = of_class(claims_of(nlp, text), "shoot")
    assert [(q.value, q.unit) for q in shooting.quantities] == [(2.0, "officer")]


def test_firing_teargas_at_people_is_no_shooting(nlp):
    text = "Police fired teargas at the protesters on Saturday."
    assert of_class(claims_of(nlp, text), "shoot") == []


def test_made_an_offer_is_the_offering(nlp):
    text = "The Boston Red Sox made an offer to Mark Teixeira on Friday."
    (offer,) = of_class(claims_of(nlp, text), "v:offer")
    assert offer.relation == "make"
    assert words(text, offer.trigger) == "offer"
    assert "Mark Teixeira" in [words(text, p.span) for p in offer.participants]
    assert words(text, offer.time.span) == "Friday"


def test_an_offer_yet_to_be_made_is_no_offering(nlp):
    text = "The Boston Red Sox will make an offer to Mark Teixeira."
    assert of_class(claims_of(nlp, text), "v:offer") == []


def test_an_eight_year_contract_is_not_eight_contracts(nlp):
    text = "The Angels offered Mark Teixeira an eight-year contract."
    (offer,) = of_class(claims_of(nlp, text), "v:offer")
    assert offer.quantities == []


def test_a_count_on_a_modifier_still_counts_its_noun(nlp):
    text = "Six plainclothes police officers shot the teen."
    (shooting,) = of_class(claims_of(nlp, text), "shoot")
    assert [(q.value, q.unit) for q in shooting.quantities] == [(6.0, "officer")]


def test_a_happening_that_holds_the_event_places_it(nlp):
    text = "The Angels made an offer to Mark Teixeira during the winter meetings in Las Vegas."
    (offer,) = of_class(claims_of(nlp, text), "v:offer")
    assert words(text, offer.place.span) == "Las Vegas"


def test_a_bare_during_places_nothing(nlp):
    text = "Three people were killed during the riots."
    assert [c.place for c in of_class(claims_of(nlp, text), "kill")] == [None]


# --- an event noun that names a happening ---------------------------------------------------


def test_a_shooting_spree_is_a_shooting_with_the_sprees_date(nlp):
    text = "Nichols received a life sentence for a March 2005 shooting spree."
    claims = claims_of(nlp, text)
    (shooting,) = of_class(claims, "shoot")
    assert words(text, shooting.trigger) == "shooting"
    assert words(text, shooting.time.span) == "March 2005"
    # the spree's date is not the sentence's
    assert all(c.time is None for c in claims if c.predicate == "v:receive")


def test_a_murder_case_is_no_murder(nlp):
    text = "The court heard a murder case on Monday."
    assert of_class(claims_of(nlp, text), "kill") == []


def test_fired_on_a_date_is_no_shooting(nlp):
    text = "O'Brien, fired on June 8, is seeking up to 6 million dollars."
    assert of_class(claims_of(nlp, text), "shoot") == []


def test_a_time_of_day_whose_words_name_the_day_keeps_it(nlp):
    # "9:40 p.m. Friday" undated keeps its weekday (XXXX-WXX-5T21:40): it names the day
    text = (
        "Firefighters fought the blaze, which started about 9:40 p.m. Friday "
        "(1:40 a.m. ET Saturday)."
    )
    doc = next(parse(nlp, [text]))
    undated = Article(id="t", text=text, source="test", published=None)
    (fire,) = of_class(analyze_doc(doc, undated, "test").claims, "blaze")
    assert words(text, fire.time.span) == "9:40 p.m. Friday"
    assert fire.time.value == "XXXX-WXX-5T21:40"


def test_taking_over_is_an_event_taking_is_not(nlp):
    text = "Tony DiLeo took over as coach on Saturday."
    (claim,) = of_class(claims_of(nlp, text), "v:take")
    assert claim.relation == "take over"
    assert words(text, claim.time.span) == "Saturday"
    assert of_class(claims_of(nlp, "He took the stairs on Saturday."), "v:take") == []


def test_made_the_announcement_is_the_announcing(nlp):
    text = "The comedian made the announcement via her Twitter feed on Friday."
    (claim,) = of_class(claims_of(nlp, text), "v:announce")
    assert words(text, claim.time.span) == "Friday"
