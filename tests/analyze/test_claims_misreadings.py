"""Readings the cross-checking stage reported wrong, each with its named rule of
``corroborator.analyze.claims`` and a negative sentence so the rule does not over-fire:
PROGRESSIVE_PRESENT_AUX (negated present progressive), TOLL_RULE (a death toll's count),
EXIT_PARTICLES ("checked out of"), MOVE_RELATIONS (a progressive move is a destination),
CLAUSE_SCOPE (a modal of another clause), KIND_NOUNS ("versions of the crown"), and the
undated clock time with its weekday (timex CLOCK_DAY_VALUE). Literal ECB+ sentences where
there is one, on the real spaCy parse."""

from __future__ import annotations

import pytest
from claims_reads import claims_of as read_claims
from claims_reads import words


def claims_of(nlp, text, published="2009-03-04"):
    return read_claims(nlp, text, published)


def of_class(claims, predicate):
    return [c for c in claims if c.predicate == predicate]


# --- PROGRESSIVE_PRESENT_AUX: "are not treating it as suspicious" is negated --------------

STEELE = (
    '"We are definitely not treating it as suspicious and as potential arson at this point," '
    "James Steele, chief of the Central Mat-Su Fire Department, told the newspaper."
)


@pytest.mark.parametrize(
    "text", [STEELE, "Police are not treating the death as suspicious.", "He isn't running."]
)
def test_a_negated_present_progressive_is_negated(nlp, text):
    (claim,) = [c for c in claims_of(nlp, text) if c.predicate in ("v:treat", "v:run")]
    assert claim.negated


@pytest.mark.parametrize(
    "text",
    [
        STEELE.replace("definitely not treating", "definitely treating"),
        "He is not going to resign.",  # the future, no denial of a happening
    ],
)
def test_a_positive_or_future_progressive_is_not_negated(nlp, text):
    claims = [c for c in claims_of(nlp, text) if c.predicate != "statement"]
    assert claims and not any(c.negated for c in claims)


# --- TOLL_RULE: "the death toll rose to 10" counts the dead ------------------------------

QESHM = (
    "The sixth aftershock shook this southern Iranian island in the Persian Gulf on Monday as "
    "death toll from a strong earthquake a day before rose to 10."
)


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        (QESHM, 10.0, "exact"),
        ("The death toll rose to more than 40 on Sunday.", 40.0, "at_least"),
        ("The death toll has reached 12.", 12.0, "exact"),
        (
            "AN EARTHQUAKE killed six children and left 14 others trapped when a mosque "
            "collapsed during a Koran reading session in Indonesia's Aceh province, bringing "
            "the confirmed death toll from the disaster to 11.",
            11.0,
            "exact",
        ),
    ],
)
def test_a_toll_that_rises_to_a_number_counts_the_dead(nlp, text, value, bound):
    tolls = [c for c in of_class(claims_of(nlp, text), "die") if words(text, c.trigger) == "toll"]
    (toll,) = tolls
    assert [(q.value, q.unit, q.bound) for q in toll.quantities] == [(value, "people", bound)]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll could rise to 20.",  # a possibility, no count
        "The toll rose by three.",  # a change, not the count
        "The injury toll rose to 30.",  # not the dead
        "Prices rose to 10 dollars.",  # no toll
    ],
)
def test_other_rises_count_no_dead(nlp, text):
    assert of_class(claims_of(nlp, text), "die") == []


# --- EXIT_PARTICLES: "checked out of" is leaving, not "checked into" ---------------------

BETTY = "Lindsay Lohan has checked out of the Betty Ford Treatment Center in Palm Springs."
MORNINGSIDE = (
    "Lohan caused a stir on Thursday after she checked out of Morningside Recovery after only "
    "a few minutes, risking jail time with a probation violation."
)


@pytest.mark.parametrize("text", [BETTY, MORNINGSIDE])
def test_checking_out_of_is_its_own_event(nlp, text):
    claims = claims_of(nlp, text)
    assert of_class(claims, "v:check") == []
    (out,) = of_class(claims, "v:check out")
    assert out.relation == "check out"


def test_checking_out_of_rehab_names_what_was_left(nlp):
    text = "Reid checked out of rehab on Friday."
    (out,) = of_class(claims_of(nlp, text), "v:check out")
    assert out.arguments == ["rehab"]


@pytest.mark.parametrize(
    "text", ["Reid checked into rehab on Tuesday.", "Reid checked herself into rehab on Tuesday."]
)
def test_checking_into_stays_checking_in(nlp, text):
    claims = claims_of(nlp, text)
    assert len(of_class(claims, "v:check")) == 1
    assert of_class(claims, "v:check out") == []


# --- MOVE_RELATIONS: "is moving to ... in Malibu" is a destination ----------------------


def test_a_progressive_move_gives_a_destination(nlp):
    text = (
        "Lindsay Lohan has left the Betty Ford Center and is moving to a rehab facility in "
        "Malibu, Calif., Access Hollywood has confirmed."
    )
    (move,) = [c for c in of_class(claims_of(nlp, text), "locate") if c.relation == "move to"]
    assert (move.place.entity, move.place.relation) == ("place:malibu", "to")


def test_a_stay_is_not_a_destination(nlp):
    text = "Lindsay Lohan is staying in Malibu."
    places = [c.place for c in of_class(claims_of(nlp, text), "locate") if c.place]
    assert [(p.entity, p.relation) for p in places] == [("place:malibu", "in")]


# --- CLAUSE_SCOPE: a modal of another clause does not grade this one ----------------------

OBAMA = (
    "In a move that could anger some people on the other side of the aisle, President Obama "
    "overturned an administration regulation that could have possibly weakened the stability "
    "of the Endangered Species Act."
)


@pytest.mark.parametrize(
    "text",
    [
        OBAMA,
        OBAMA.replace("President Obama overturned", "President Obama did not overturn"),
        "The move could anger some, but the court did not overturn the law.",
    ],
)
def test_a_modal_in_another_clause_does_not_grade_the_claim(nlp, text):
    (claim,) = of_class(claims_of(nlp, text), "v:overturn")
    assert claim.certainty.grade == "asserted"
    assert claim.negated == ("not overturn" in text)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("It is likely that Obama overturned the rule.", "speculation"),  # a clause above
        ("Obama possibly overturned the rule, which angered some.", "speculation"),  # its own
        ("Obama reportedly overturned the rule, which could anger conservatives.", "hedged"),
    ],
)
def test_a_cue_in_the_claims_clause_or_above_still_grades_it(nlp, text, grade):
    (claim,) = of_class(claims_of(nlp, text), "v:overturn")
    assert claim.certainty.grade == grade


# --- KIND_NOUNS: "versions of the crown" is about the crown -------------------------------


def test_versions_of_a_thing_are_the_thing(nlp):
    text = (
        "In a fight that was one-sided from the start, Klitschko retained his IBF, WBO and IBO "
        "versions of the heavyweight crown."
    )
    (claim,) = of_class(claims_of(nlp, text), "v:retain")
    assert claim.arguments == ["crown"]


def test_a_version_of_nothing_stays_a_version(nlp):
    text = "Engineers tested a new version on Tuesday."
    (claim,) = of_class(claims_of(nlp, text), "v:test")
    assert claim.arguments == ["version"]


# --- an undated clock time with its weekday dates the event (timex CLOCK_DAY_VALUE) ------


def test_an_undated_clock_time_with_a_weekday_dates_the_event(nlp):
    text = (
        "Steele said that as many as 40 firefighters fought the blaze, which started about "
        "9:40 p.m. Friday (1:40 a.m. ET Saturday)."
    )
    (fire,) = of_class(claims_of(nlp, text, published=None), "blaze")
    assert (words(text, fire.time.span), fire.time.value) == (
        "9:40 p.m. Friday",
        "XXXX-WXX-5T21:40",
    )


# --- CONVERTED_CLOCK: a bracketed clock time in another zone does not date the event -------

PAGE = (
    '"With deep personal sadness I must announce that my dear friend and client Bettie Page '
    'passed away at 6:41pm PST this evening (0241 GMT Friday) in a Los Angeles hospital," her '
    "agent Mark Roesler said Thursday in a statement."
)


def test_a_clock_time_converted_to_another_zone_does_not_date_the_event(nlp):
    (death,) = of_class(claims_of(nlp, PAGE, published=None), "die")
    # the clock time as told, with whatever of its own day timex joins to it ("this evening"),
    # never the bracketed conversion
    told = words(PAGE, death.time.span)
    assert told.startswith("6:41pm PST") and "GMT" not in told and "Friday" not in told


def test_a_clock_time_in_brackets_after_no_time_still_dates_the_event(nlp):
    # negative: the bracket follows a place, not a time, so it restates nothing
    text = "Bettie Page died in a Los Angeles hospital (at 6:41 p.m. Thursday)."
    (death,) = of_class(claims_of(nlp, text, published=None), "die")
    assert death.time.value == "XXXX-WXX-4T18:41"


# --- conditions by inversion, questions asked, headline verbs (read on real news) -------------


@pytest.mark.parametrize(
    ("text", "predicate", "claimed"),
    [
        # INVERTED_CONDITION_AUX: the auxiliary before the subject makes a condition
        (
            "But should he actually win, very little of his rhetoric will come to fruition.",
            "win",
            False,
        ),
        ("Had they won the seat, the party would have governed alone.", "win", False),
        ("He actually won, and very little of his rhetoric came to fruition.", "win", True),
        ("They had won the seat before the party governed alone.", "win", True),
        # ASKING_VERBS + QUESTION_WORDS: a question asked says nothing of who won
        ("We asked our followers which candidate won Thursday's GOP debate.", "win", False),
        ("We told our followers that Rubio won Thursday's GOP debate.", "win", True),
        # HEADLINE_VERB_NOUNS: "blasts" between two names is the verb, not explosions
        ("Romney blasts Trump as a 'fraud' Clinton would beat.", "explode", False),
        ("The Kabul blasts Monday killed 12 people.", "explode", True),
        ("Twin blasts hit Kabul on Monday.", "explode", True),
    ],
)
def test_conditions_questions_and_headline_verbs_claim_nothing(nlp, text, predicate, claimed):
    assert bool(of_class(claims_of(nlp, text), predicate)) is claimed
