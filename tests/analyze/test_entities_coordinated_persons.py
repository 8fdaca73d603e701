"""Entities, on real parses: a name tagged a place that a list coordinates with a
person is a person's (COORDINATED_PERSON_RULE), and so is a name of two words the government,
cabinet or regime is "of" (LEADER_OF_RULE), unless the gazetteer knows it as a place."""

from __future__ import annotations

import pytest

from corroborator.analyze.entities import _named_as_body_or_place, extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def kinds(nlp, text: str) -> dict[str, str]:
    """Mention text -> the kind its key says ("person", "place", "org", ...)."""
    doc = next(parse(nlp, [text]))
    _, mentions = extract_entities(doc, Article(id="t", text=text, source="test"))
    return {text[m.span.start : m.span.end]: m.entity.split(":")[0] for m in mentions}


# --- COORDINATED_PERSON_RULE ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Her reputation set the bar for young starlets like Lindsay Lohan and Paris Hilton.",
            "Paris Hilton",
        ),
        # names the tagger calls people, of towns the gazetteer knows, stay people in a list
        ("Earlier, Carson and Rubio attacked Clinton and Obama over the deal.", "Carson"),
        ("Earlier, Carson and Rubio attacked Clinton and Obama over the deal.", "Obama"),
    ],
)
def test_a_name_coordinated_with_a_person_is_a_person(nlp, text, name):
    found = kinds(nlp, text)
    assert found[name] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place the gazetteer knows keeps its reading in a list with a person
        ("The tour took Lindsay Lohan and Paris to three cities.", "Paris"),
        # coordinated with places, not with a person
        ("Flights to Moscow and Paris were cancelled on Friday.", "Paris"),
        # commas alone join no list: a person's home town after the age
        (
            "The coroner identified the person killed as Jessica Valenzuela, 32, of Buckeye, Ariz.",
            "Buckeye",
        ),
    ],
)
def test_a_known_place_or_a_list_of_places_stays_a_place(nlp, text, name):
    found = kinds(nlp, text)
    assert found.get(name) == "place"


# --- LEADER_OF_RULE -------------------------------------------------------------------------


def test_the_government_of_a_two_word_name_is_a_persons(nlp):
    text = (
        "The center-right government of Costas Karamanlis, increasingly unpopular amid mounting "
        "economic problems, didn't anticipate how the anger had spiraled."
    )
    assert kinds(nlp, text)["Costas Karamanlis"] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a country the gazetteer knows
        ("The government of Greece did not anticipate the anger.", "Greece"),
        # a place name of two words whose first word names places ("New", "South", ...)
        ("The government of South Sudan signed the accord on Monday.", "South Sudan"),
        # a word of the name is a known place
        ("The government of Hong Kong Island closed the schools.", "Hong Kong Island"),
    ],
)
def test_the_government_of_a_place_stays_a_place(nlp, text, name):
    found = kinds(nlp, text)
    assert found.get(name) != "person"


# --- PERSON_POSITION_RULE: a determiner inside the tagger's span -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She won an award in 2004 and hosted the Academy Awards.", "Academy Awards"),
        ("Ellen DeGeneres hosted the Academy Awards in 2007.", "Academy Awards"),
    ],
)
def test_a_name_with_the_in_its_span_is_no_person_where_a_person_would_be(nlp, text, name):
    found = kinds(nlp, text)
    assert found.get(name) != "person"


def test_a_bare_name_where_a_person_would_be_is_still_a_person(nlp):
    # the object of "met": a person's place, and no "the" before the name
    assert kinds(nlp, "Putin met Prigozhin in Moscow on Friday.")["Prigozhin"] == "person"


# --- NOT_A_NAME_WORDS_RULE ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Surrey Police", "ORG"),
        ("Bloomington Sam's Club", "ORG"),
        ("Central Mat-Su Fire Department", "ORG"),
        ("Snyder Avenue", "FAC"),
        ("Trump Plaza", "FAC"),
    ],
)
def test_a_person_tagged_name_ending_in_a_word_of_bodies_or_places_is_not_a_person(name, kind):
    assert _named_as_body_or_place(name) == kind


@pytest.mark.parametrize(
    "name",
    [
        "Michael Bay",  # a surname that is a word of places' names too
        "Marjorie Merriweather Post",
        "Police",  # one word: left to the other rules
        "Anita Hill",  # not a word of places' names (PLACE_NAME_WORDS leaves surnames out)
        "Dmitry Peskov",
    ],
)
def test_a_persons_name_stays_a_persons(name):
    assert _named_as_body_or_place(name) is None


def test_a_police_force_tagged_a_person_is_read_as_a_body(nlp):
    text = "Surrey Police said firefighters would remain at the scene until Monday."
    doc = next(parse(nlp, [text]))
    assert {e.text: e.label_ for e in doc.ents}["Surrey Police"] == "PERSON"  # the tagger's
    assert kinds(nlp, text)["Surrey Police"] == "org"
