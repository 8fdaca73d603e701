"""Readings of claims, on real parses, each with sentences on both sides: a verb told in
the passive that shares the subject of an active verb before it ("fled and was arrested")
undergoes its event (PASSIVE_CONJUNCT_RULE); a he/she in a clause told before its main clause
is the person that main clause names as its subject (CATAPHORA_RULE); and the per-article
readings that make the claim reader fast (_conditions, _clause_heads) agree with the
word-by-word tests they replace."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words

from corroborator.analyze.claims import _clause_heads, _conditions, _opens_condition

# --- PASSIVE_CONJUNCT_RULE ---------------------------------------------------------------------


def _roles(text: str, claim) -> dict[str, str]:
    return {words(text, p.span): p.role for p in claim.participants}


@pytest.mark.parametrize(
    ("text", "predicate", "person"),
    [
        ("John Smith fled and was arrested on Monday.", "arrest", "John Smith"),
        ("Vishwanand Subryan fled the scene, but was arrested nearby.", "arrest", "Subryan"),
        # the passive auxiliary of "was taken" serves the participles conjoined to it
        (
            "Yvonne Hiller, 43, got into an altercation with the two women and a male co-worker"
            " Thursday night, was taken to the supervisor's office, suspended and escorted out of"
            " the building.",
            "v:suspend",
            "Yvonne Hiller",
        ),
        ("John Smith surrendered, was arrested and spent nine months in jail.", "arrest", "Smith"),
    ],
)
def test_a_passive_verb_sharing_an_active_verbs_subject_undergoes_the_event(
    nlp, text, predicate, person
):
    claim = only(event_claims(nlp, text), predicate)
    roles = _roles(text, claim)
    assert [role for span, role in roles.items() if person in span] == ["patient"]


@pytest.mark.parametrize(
    ("text", "predicate", "person"),
    [
        # active conjuncts: the shared subject does them
        ("John Smith fled and hid in a barn.", "v:hide", "John Smith"),
        ("Mary Jones arrived and greeted the crowd.", "v:greet", "Mary Jones"),
        # a verb with an object of its own after the passive one is active
        ("John Smith surrendered, was arrested and spent nine months in jail.", "v:spend", "Smith"),
        # the verb the subject belongs to keeps it as its doer
        ("John Smith fled and was arrested on Monday.", "v:flee", "John Smith"),
    ],
)
def test_an_active_verb_sharing_the_subject_is_done_by_it(nlp, text, predicate, person):
    claim = only(event_claims(nlp, text), predicate)
    roles = _roles(text, claim)
    assert [role for span, role in roles.items() if person in span] == ["agent"]


def test_the_doer_named_by_by_stays_the_agent_of_the_passive_conjunct(nlp):
    text = "John Smith resigned and was replaced by Mary Jones."
    roles = _roles(text, only(event_claims(nlp, text), "v:replace"))
    assert roles == {"John Smith": "patient", "Mary Jones": "agent"}


# --- the per-article readings agree with the word-by-word ones -------------------------------

SENTENCES = [
    # conditions: a mark, an inverted auxiliary, a question asked, nested clauses
    "If it comes down to a contest with a coach who hasn't won a title, he will lose.",
    "Should he actually win the seat, the party would hold the majority.",
    "Reporters asked which candidate won the vote, but officials did not say.",
    # none: plain clauses, relative and conjoined ones
    "Police arrested the man who shot two officers and charged him on Friday.",
    "The quake, which struck at dawn, killed 10 people, officials said.",
]


def _in_condition(token):
    """The definition _conditions reads at once: the word or an ancestor opens a condition."""
    return any(_opens_condition(t) for t in (token, *token.ancestors))


@pytest.mark.parametrize("text", SENTENCES)
def test_the_conditions_of_a_text_read_at_once_are_those_of_each_word(nlp, text):
    doc = nlp(text)
    assert _conditions(doc) == [_in_condition(t) for t in doc]


def test_the_conditions_read_at_once_find_both_sides(nlp):
    inside = nlp(SENTENCES[0])
    outside = nlp(SENTENCES[3])
    assert any(_conditions(inside)) and not any(_conditions(outside))
    # "comes" and everything under it is in the condition; "lose" (the main verb) is not
    marks = dict(zip([t.text for t in inside], _conditions(inside), strict=True))
    assert marks["comes"] and marks["coach"] and not marks["lose"]


def _clause_head(token):
    """The definition _clause_heads reads at once: climb until a word heads a clause."""
    from corroborator.analyze.claims import CLAUSE_DEPS

    while token.dep_ not in CLAUSE_DEPS and token.dep_ != "ROOT" and token.head.i != token.i:
        token = token.head
    return token


@pytest.mark.parametrize("text", SENTENCES)
def test_the_clause_heads_read_at_once_are_those_of_each_word(nlp, text):
    doc = nlp(text)
    heads = _clause_heads(doc)
    assert heads == [_clause_head(t).i for t in doc]
    assert len(set(heads)) > 1  # the sentences have clauses below their root


# --- CATAPHORA_RULE ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "person"),
    [
        (
            "Months after he savaged her on Twitter, Donald Trump told Fox News that people"
            " should get over it.",
            "v:savage",
            "person:trump",
        ),
        (
            "After she abruptly left a rehab facility in Newport Beach on Thursday, Lindsay Lohan"
            " checked into the Betty Ford Center.",
            "v:leave",
            "person:lohan",
        ),
        # the earlier sentence's subject gives way to the name the main clause opens with
        (
            "Lindsay Lohan met Tara Reid on Monday. After she left the party, Reid called police.",
            "v:leave",
            "person:reid",
        ),
    ],
)
def test_a_pronoun_before_its_main_clause_is_the_person_that_clause_names(
    nlp, text, predicate, person
):
    claim = only(event_claims(nlp, text), predicate)
    assert [p.entity for p in claim.participants if p.role == "agent"] == [person]


@pytest.mark.parametrize(
    ("text", "predicate", "person"),
    [
        # the main clause's subject names no person: the pronoun is the earlier sentence's
        (
            "Lindsay Lohan met Tara Reid on Monday. After she left the party, police arrested a"
            " man.",
            "v:leave",
            "person:lohan",
        ),
        # a person named later, but not as the main clause's subject
        (
            "Lindsay Lohan spoke on Monday. When she left, the guards followed John Smith.",
            "v:leave",
            "person:lohan",
        ),
    ],
)
def test_a_pronoun_before_a_main_clause_without_a_named_subject_looks_back(
    nlp, text, predicate, person
):
    claim = only(event_claims(nlp, text), predicate)
    assert [p.entity for p in claim.participants if p.role == "agent"] == [person]


# --- WITHHOLDING_RULE: a denial cue with a recipient withholds its object ----------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "Independent groups scrambled to throw together a last-ditch effort to deny Donald"
            " Trump the nomination.",
            "appoint",
        ),
        ("The board denied him a meeting with the president.", "meet"),
    ],
)
def test_denying_someone_a_thing_denies_no_event(nlp, text, predicate):
    assert not only(event_claims(nlp, text), predicate).negated


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Trump denied meeting Putin in Moscow.", "meet"),
        ("The Kremlin denied that Putin met Prigozhin.", "meet"),
        ("The party denied the nomination of Trump had been secured.", "appoint"),
    ],
)
def test_a_denial_without_a_recipient_still_denies(nlp, text, predicate):
    assert only(event_claims(nlp, text), predicate).negated


# --- SPLIT_TIME_RULE: a date the parser splits between two heads dates the event -------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Putin met Prigozhin on Tuesday, March 1, sources said.", "2016-03-01"),
        ("Putin met Prigozhin on Tuesday, March 1, the Kremlin said.", "2016-03-01"),
        ("Putin met Prigozhin on Monday, February 29, sources said.", "2016-02-29"),
    ],
)
def test_a_date_split_by_the_parser_dates_the_event(nlp, text, value):
    claim = only(event_claims(nlp, text, "2016-03-02"), "meet")
    assert claim.time is not None and claim.time.value == value


def test_a_split_date_of_the_saying_does_not_date_the_event(nlp):
    text = "The police said on Tuesday, March 1, that Smith was arrested in May."
    claim = only(event_claims(nlp, text, "2016-03-02"), "arrest")
    assert claim.time is not None and claim.time.value == "2015-05"


# --- a word read as a time is no place the gazetteer knows -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested in March in Lagos.",
        "He was arrested in Lagos in March.",
        "Police arrested Smith in May in Lagos.",
    ],
)
def test_a_month_is_no_place(nlp, text):
    claim = only(event_claims(nlp, text, "2016-03-02"), "arrest")
    assert claim.place is not None and words(text, claim.place.span) == "Lagos"


def test_a_place_the_tagger_read_as_a_date_is_still_a_place(nlp):
    text = "A gunman shot a man at an office party in Santiago Friday."
    claim = only(event_claims(nlp, text, "2016-03-02"), "shoot")
    assert claim.place is not None and words(text, claim.place.span) == "Santiago"
