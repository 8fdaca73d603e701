"""Claim frames read off real parses of literal sentences."""

from __future__ import annotations

import pytest
from claims_reads import claims_of as read_claims


def claims_of(nlp, text, published="2023-07-10"):
    return read_claims(nlp, text, published)


def events(claims, predicate):
    return [c for c in claims if c.predicate == predicate]


def test_light_verb_hands_its_date_to_the_event_noun(nlp):
    text = "Peskov said that the meeting took place on June 29."
    (claim,) = events(claims_of(nlp, text), "meet")
    assert claim.relation == "take place"
    assert claim.time.value == "2023-06-29"
    assert claim.attribution is not None and "Peskov" in claim.attribution.source.name


def test_duration_and_count_attach_to_the_meeting(nlp):
    claims = claims_of(nlp, "The meeting lasted three hours. In all, 35 people were invited.")
    meet = events(claims, "meet")
    assert any(c.duration and c.duration.value == "PT3H" for c in meet)
    counted = [q for c in meet for q in c.quantities]
    assert [(q.value, q.unit) for q in counted] == [(35.0, "people")]


def test_it_took_place_refers_to_the_event_just_named(nlp):
    text = "In what has been dubbed an unannounced session, it allegedly took place on July 1."
    meet = events(claims_of(nlp, text), "meet")
    dated = [c for c in meet if c.time]
    assert dated and dated[0].time.value == "2023-07-01"
    assert dated[0].certainty.grade == "hedged"


def test_pronoun_it_is_no_event_for_ordinary_verbs(nlp):
    text = "Putin met Prigozhin. The Kremlin said it was not following his movements."
    assert len(events(claims_of(nlp, text), "meet")) == 1
    assert not [c for c in claims_of(nlp, text) if c.relation == "follow"]


def test_location_with_negation_and_territory(nlp):
    text = (
        "Yevgeny Prigozhin led the revolt.\n\n"
        "\u201cAs for Prigozhin, he's in St Petersburg. "
        "He is not on the territory of Belarus,\u201d"
        " Lukashenko said."
    )
    located = events(claims_of(nlp, text), "locate")
    places = {(c.participants[0].entity, c.place.entity, c.place.relation) for c in located}
    assert ("person:prigozhin", "place:saint petersburg", "in") in places
    assert ("person:prigozhin", "place:belarus", "not_in") in places


def test_movement_verbs_give_a_destination(nlp):
    text = (
        "Yevgeny Prigozhin led the revolt. "
        "The deal saw Prigozhin forced to leave for neighbouring Belarus."
    )
    (claim,) = events(claims_of(nlp, text), "locate")
    assert claim.participants[0].entity == "person:prigozhin"
    assert (claim.place.entity, claim.place.relation) == ("place:belarus", "to")


def test_conditional_clause_is_not_a_claim(nlp):
    text = "Lukashenko said it was unclear if the Wagner fighters would come to Belarus."
    assert events(claims_of(nlp, text), "locate") == []


def test_rumoured_clause_is_speculation(nlp):
    text = (
        "Yevgeny Prigozhin led the revolt. "
        "The news follows speculations that Prigozhin wasn't exiled to Belarus at all."
    )
    (claim,) = events(claims_of(nlp, text), "locate")
    assert claim.negated and claim.place.relation == "not_in"
    assert claim.certainty.grade == "speculation"


def test_compound_event_noun_and_anchored_time(nlp):
    text = (
        "Putin met Prigozhin five days after the failed coup attempt, the Kremlin said on Monday."
    )
    claims = claims_of(nlp, text)
    (meet,) = events(claims, "meet")
    assert meet.time is not None and meet.time.anchor is not None
    assert meet.time.anchor.offset == "P5D"
    revolt = events(claims, "revolt")
    assert revolt and meet.time.anchor.event.start <= revolt[0].trigger.start


def test_people_acting_in_a_conjoined_clause_were_present(nlp):
    text = (
        "He had the opportunity to meet with President Putin "
        "and was also heard by General Viktor Zolotov."
    )
    (meet,) = events(claims_of(nlp, text), "meet")
    assert "person:zolotov" in {p.entity for p in meet.participants}


def test_claim_spans_point_into_the_text(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov said that the meeting took place on June 29. "
        "It lasted three hours."
    )
    for claim in claims_of(nlp, text):
        assert (
            0
            <= claim.sentence.start
            <= claim.trigger.start
            < claim.trigger.end
            <= claim.sentence.end
            <= len(text)
        )


def test_parts_of_a_total_are_not_counts(nlp):
    text = "Five people died in the quake. Another four people died in hospitals."
    counts = [q.value for c in events(claims_of(nlp, text), "die") for q in c.quantities]
    assert counts == [5.0]


def test_the_subjects_place_is_the_events_place(nlp):
    text = "Police in Jakarta arrested the driver on Tuesday."
    (claim,) = events(claims_of(nlp, text), "arrest")
    assert claim.place is not None and claim.place.entity == "place:jakarta"


# --- claims of any eventive verb ------------------------------------------------------------


def generic(claims, lemma):
    return [c for c in claims if c.predicate == f"v:{lemma}"]


def test_any_eventive_verb_makes_a_claim_with_its_arguments(nlp):
    claims = claims_of(nlp, "Tara Reid checked into a rehab clinic in Malibu on Tuesday.")
    (claim,) = generic(claims, "check")
    assert claim.place.entity == "place:malibu"
    assert claim.time.value == "2023-07-04"
    assert claim.arguments == ["clinic"]
    assert [(p.role, p.entity) for p in claim.participants] == [("agent", "person:reid")]


@pytest.mark.parametrize(
    "text",
    [
        "Reid said the clinic was quiet.",  # saying: attribution reads it
        "Reid wanted a quiet clinic.",  # wanting: nothing happened
        "Reid would host the show on Sunday.",  # conditional, or a reported future
        "Reid could host the show on Sunday.",  # possible only
    ],
)
def test_verbs_of_saying_wanting_and_irrealis_make_no_claim(nlp, text):
    assert [c for c in claims_of(nlp, text) if c.predicate.startswith("v:")] == []


def test_realis_counterpart_of_an_irrealis_verb_makes_a_claim(nlp):
    assert generic(claims_of(nlp, "Reid hosted the show on Sunday."), "host")


def test_a_phrasal_synonym_names_a_known_event_class(nlp):
    claims = claims_of(nlp, "Bettie Page passed away on Thursday.")
    assert [c.relation for c in events(claims, "die")] == ["pass away"]
    assert generic(claims, "pass") == []


def test_counts_under_a_verbs_prepositions_are_read(nlp):
    claims = claims_of(nlp, "The Sixers played in 52 games with Ayers.")
    counted = [(q.value, q.unit) for c in generic(claims, "play") for q in c.quantities]
    assert counted == [(52.0, "game")]


def test_a_date_is_no_count(nlp):
    claims = claims_of(nlp, "The navy sank the ship on November 18.")
    assert [q for c in claims for q in c.quantities] == []


def test_event_placed_through_into(nlp):
    claims = claims_of(nlp, "Lohan checked into Morningside Recovery in Newport Beach.")
    (claim,) = generic(claims, "check")
    assert claim.place is not None and claim.place.entity == "place:newport beach"


def test_event_not_placed_through_on(nlp):
    claims = claims_of(nlp, "Rebels fired on a convoy in Kabul.")
    assert all(c.place is None for c in generic(claims, "fire") + events(claims, "fire"))


def test_passive_subject_is_patient_and_by_phrase_agent(nlp):
    claims = claims_of(nlp, "Kimani Gray was shot by officer Mark Brown on Saturday.")
    (claim,) = events(claims, "shoot")
    roles = {(p.role, p.entity) for p in claim.participants}
    assert ("patient", "person:gray") in roles
    assert ("agent", "person:brown") in roles


def test_object_pronoun_is_not_its_own_clauses_subject(nlp):
    text = "Prosecutors say Simpson called Marie Flynn, then shot her in the head."
    (claim,) = events(claims_of(nlp, text), "shoot")
    patients = {p.entity for p in claim.participants if p.role == "patient"}
    assert "person:simpson" not in patients


# --- what a negation denies -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Police did not arrest Carter.", True),
        ("Police did not arrest Carter again.", False),  # a repetition, not a denial
        ("Carter has not yet been arrested.", None),  # so far: no arrest told, none denied
        ("Hugh Jackman was not nominated for an Oscar.", True),
        ("Hugh Jackman has never been nominated for an Oscar.", None),  # experience so far
    ],
)
def test_negation_denies_the_event_only_when_it_does(nlp, text, negated):
    # None: no claim at all, as a negation of no past event tells no happening (NOT_SO_FAR_RULE)
    claims = [c for c in claims_of(nlp, text) if c.predicate in ("arrest", "appoint")]
    assert [c.negated for c in claims[:1]] == ([] if negated is None else [negated])


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("I believe Nichols did not escape.", "speculation"),
        ("Nichols did not escape.", "asserted"),
    ],
)
def test_a_belief_is_speculation(nlp, text, grade):
    (claim,) = events(claims_of(nlp, text), "escape")
    assert claim.certainty.grade == grade


def test_what_is_supposed_to_happen_is_no_belief(nlp):
    # "supposed to" + a plain infinitive is what is meant to happen, not what anyone believes
    # ("I suppose" is the writer's opinion through OPINION_VERBS).
    claims = claims_of(nlp, "The ceasefire was supposed to end the fighting in Gaza.")
    assert claims and all(c.certainty.grade != "speculation" for c in claims)


def test_negated_description_of_an_indefinite_noun_is_no_claim(nlp):
    assert generic(claims_of(nlp, "They hired a coach who hasn't coached a final."), "coach") == []
    assert generic(claims_of(nlp, "The coach who coached the final was hired."), "coach")


def test_a_date_on_a_word_with_no_claim_dates_the_event_above_it(nlp):
    claims = claims_of(nlp, "Klitschko defended his title by stopping Rahman on Thursday.")
    (claim,) = generic(claims, "defend")
    assert claim.time is not None and claim.time.value == "2023-07-06"


def test_a_date_is_not_passed_across_clauses(nlp):
    claims = claims_of(nlp, "Klitschko defended his title, and Rahman retired on Thursday.")
    assert all(c.time is None for c in generic(claims, "defend"))


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Police failed to arrest Carter.", True),  # it did not happen
        ("Police did not fail to arrest Carter.", False),
        ("Police arrested Carter.", False),
    ],
)
def test_failing_to_do_is_not_doing(nlp, text, negated):
    (claim,) = events(claims_of(nlp, text), "arrest")
    assert claim.negated is negated


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The cause of the fire has not been determined.", None),  # not known yet: no claim
        ("The cause of the fire was not determined by the inspectors.", True),
    ],
)
def test_not_yet_known_is_no_denial(nlp, text, negated):
    claims = generic(claims_of(nlp, text), "determine")
    assert [c.negated for c in claims] == ([] if negated is None else [negated])


def test_a_purpose_clause_is_no_claim(nlp):
    text = "Officials acted to ensure that the species are not harmed."
    assert generic(claims_of(nlp, text), "harm") == []
    assert generic(claims_of(nlp, "The species were not harmed."), "harm")


def roles_of(claim):
    return {(p.role, p.entity) for p in claim.participants}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a past-tense verb the parser hangs on a passive clause is done by its subject
        (
            "Nichols was being tried for rape when he overpowered a deputy, took her gun and "
            "shot the judge in his rape trial.",
            "agent",
        ),
        ("John Carter was arrested and shot by police on Monday.", "patient"),  # passive conj
        ("John Carter was shot by police on Monday.", "patient"),
    ],
)
def test_the_subject_of_a_passive_undergoes_only_passive_verbs(nlp, text, role):
    (shot,) = events(claims_of(nlp, text), "shoot")
    person = "person:nichols" if "Nichols" in text else "person:carter"
    assert (role, person) in roles_of(shot)


@pytest.mark.parametrize(
    ("text", "predicate", "duration"),
    [
        # time gone by before the event, or the length of something the event names
        (
            "After more than three years of frustrating legal delays, Nichols was sentenced "
            "on Saturday to life in prison.",
            "sentence",
            None,
        ),
        ("Within two hours of the blast, police arrested John Carter.", "arrest", None),
        ("The crash was followed by a minute of silence.", "crash", None),
        # the event's own length
        ("Nichols was sentenced to 485 years in prison on Saturday.", "sentence", "P485Y"),
        ("Putin met Prigozhin for three hours on June 29.", "meet", "PT3H"),
    ],
)
def test_a_duration_is_the_events_length_only_when_it_measures_the_event(
    nlp, text, predicate, duration
):
    (claim,) = events(claims_of(nlp, text), predicate)
    assert (claim.duration.value if claim.duration else None) == duration


@pytest.mark.parametrize(
    ("text", "wins"),
    [
        ("Her parents had won praise from the judge as solid citizens.", 0),
        ("The senator won the support of the unions.", 0),
        ("Klitschko won the fight against Rahman on Saturday.", 1),
        ("Obama won the election in November.", 1),
    ],
)
def test_winning_favour_is_no_win(nlp, text, wins):
    assert len(events(claims_of(nlp, text), "win")) == wins


@pytest.mark.parametrize(
    ("text", "predicate", "count"),
    [
        ("If nothing is done, the explosion will sweep through the town.", "explode", 0),
        ("If the talks fail, the rebels will attack the capital.", "meet", 0),
        (
            "If it comes down to a contest between that player and a coach who has not won a "
            "title, the player has the upper hand.",
            "win",
            0,
        ),
        ("Reporters asked whether Putin met Prigozhin in Moscow.", "meet", 0),
        ("The explosion swept through the town on Monday.", "explode", 1),
        ("When the police arrived, the explosion had destroyed the building.", "explode", 1),
    ],
)
def test_a_condition_and_what_would_follow_it_did_not_happen(nlp, text, predicate, count):
    assert len(events(claims_of(nlp, text), predicate)) == count


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the date of what a noun names ("incident") does not date the verb above it
        (
            "Superior Court Judge James Bodiford sentenced Nichols to seven consecutive life "
            "sentences for the March 11, 2005, incident.",
            None,
        ),
        (
            "Judge James Bodiford sentenced Nichols to life in prison on March 11, 2005.",
            "2005-03-11",
        ),
    ],
)
def test_a_date_modifying_another_noun_does_not_date_the_event(nlp, text, value):
    (claim,) = events(claims_of(nlp, text), "sentence")
    assert (claim.time.value if claim.time else None) == value


@pytest.mark.parametrize(
    ("text", "attendance"),
    [
        # another gathering attended: not the event at hand
        ("Kimani Gray was shot on Saturday. On Wednesday, 200 people attended the vigil.", 0),
        ("Putin met Prigozhin on June 29. Naryshkin was also present.", 1),
        ("Putin met Prigozhin on June 29. Thirty-five people were invited.", 1),
    ],
)
def test_attending_another_gathering_is_no_attendance_of_the_event(nlp, text, attendance):
    claims = claims_of(nlp, text)
    # the vigil attended is an act of its own (v:attend, ATTENDED_THING_RULE), not the shooting's
    attended = [
        c
        for c in claims
        if c.relation in ("attend", "present", "invite") and not c.predicate.startswith("v:")
    ]
    assert len(attended) == attendance


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("She never agreed to having her photograph taken again.", False),  # a resolve
        ("She never agreed to the deal.", True),
    ],
)
def test_never_again_denies_nothing(nlp, text, negated):
    claims = [c for c in claims_of(nlp, text) if c.predicate == "v:agree"]
    assert claims and claims[0].negated is negated


def test_according_to_states_with_say_and_a_topic_is_no_statement(nlp):
    text = (
        "According to the mayor, the bridge will reopen in May.\n\n"
        "The Kremlin responded to Lukashenko's remarks."
    )
    statements = events(claims_of(nlp, text), "statement")
    assert [c.relation for c in statements] == ["say"]  # not 'accord'; no 'respond' statement


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the tagger reads "Santiago Friday" as one date: the gazetteer knows Santiago
        (
            "A man was charged after a shooting at an office Christmas party in Santiago Friday.",
            "place:santiago",
        ),
        # a name tagged as a person stays a person (UNTAGGED_PLACE_KINDS reads only untagged)
        (
            "A man was charged after a shooting at an office Christmas party in Smithers Friday.",
            None,
        ),
        # an organisation's name is no place
        ("A man was charged after a shooting at a party at Morningside Recovery on Friday.", None),
    ],
)
def test_a_place_the_tagger_missed_is_read_from_the_gazetteer(nlp, text, place):
    (shooting,) = events(claims_of(nlp, text), "shoot")
    assert (shooting.place.entity if shooting.place else None) == place
    if place:
        span = shooting.place.span
        assert text[span.start : span.end] == "Santiago"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The gunman opened fire at the party on Friday.", "shoot"),  # OBJECT_SYNONYMS
        ("The firefighters opened the fire doors on Friday.", "v:open"),
        ("Police opened an inquiry into the fire on Friday.", "v:open"),
    ],
)
def test_opening_fire_is_a_shooting(nlp, text, predicate):
    claims = [c for c in claims_of(nlp, text) if c.relation == "open"]
    assert [c.predicate for c in claims] == [predicate]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Violent clashes broke out in Athens on Saturday.", False),
        ("The clashes did not break out as candlelit vigils were being held on Saturday.", True),
        ("Several protests and riots have erupted in Brooklyn.", False),  # conjoined event noun
    ],
)
def test_clashes_breaking_out_state_a_riot(nlp, text, negated):
    riots = events(claims_of(nlp, text), "riot")
    assert len(riots) == 1 and riots[0].negated is negated


def test_a_place_in_apposition_places_the_event(nlp):
    (riot,) = events(claims_of(nlp, "Violent clashes broke out in the capital, Athens."), "riot")
    assert riot.place is not None and riot.place.entity == "place:athens"


@pytest.mark.parametrize(
    ("text", "predicate", "negated"),
    [
        # OBJECT_LIGHT_VERBS: the riot is no subject that "did not have" denies (a headline)
        (
            "Brooklyn riot over teen's death: 16-year-old shot by cops did not have a gun, "
            "says witness",
            "riot",
            False,
        ),
        ("The talks were not held on July 1.", "meet", True),  # passive subject: stated
        ("They did not hold talks on July 1.", "meet", True),
    ],
)
def test_an_object_light_verb_states_no_event_of_its_active_subject(nlp, text, predicate, negated):
    found = events(claims_of(nlp, text), predicate)
    assert found and all(c.negated is negated for c in found)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # TIME_PASS_DOWN_PREPOSITIONS: "go" states nothing; its Friday dates the election
        ("Turkmens go to the polls Friday in a parliamentary election.", True),
        # a verb that states its own event keeps its date
        ("Turkmens voted Friday in a parliamentary election.", False),
    ],
)
def test_a_date_on_a_verb_that_states_nothing_dates_the_event_it_names(nlp, text, dated):
    (election,) = events(claims_of(nlp, text), "elect")
    assert (election.time is not None) is dated


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # COUNT_PREPOSITIONS: the counted object of "with", also conjoined
        (
            "LaSalle was charged with third-degree murder and six counts of vehicular homicide.",
            6.0,
        ),
        ("LaSalle was charged with murder after the crash on Friday.", None),
    ],
)
def test_an_event_verb_counts_what_its_with_phrase_counts(nlp, text, count):
    (charge,) = events(claims_of(nlp, text), "charge")
    assert (charge.quantities[0].value if charge.quantities else None) == count
