"""Names of two words or more the tagger called people that the gazetteer knows whole as
places (PLACE_NAMED_WHOLE_RULE), on real parses."""

from __future__ import annotations

import pytest

from corroborator.analyze.entities import extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def kinds_of(nlp, text: str) -> dict[str, str]:
    doc = next(parse(nlp, [text]))
    entities, _ = extract_entities(doc, Article(id="t", text=text, source="test"))
    return {e.key: e.kind for e in entities}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The quake struck 60 km southwest of Bandar Abbas on Sunday.", "place:bandar abbas"),
        (
            "The most violent cities in the world in 2014 include San Pedro Sula, Honduras; "
            "Caracas, Venezuela.",
            "place:san pedro sula",
        ),
        (
            "He met with young leaders in Vietnam's Ho Chi Minh City, formerly Saigon.",
            "place:ho chi minh city",
        ),
        (
            "A 59-year-old from Hilton Head, South Carolina, said she would vote for him.",
            "place:hilton head",
        ),
    ],
)
def test_a_whole_place_name_tagged_a_person_is_the_place(nlp, text, key):
    assert kinds_of(nlp, text).get(key) == "GPE"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a title names a person, though a town in Louisiana has the name
        ("Mr. Lake Charles said he would run again.", "person:charles"),
        # a person's name the gazetteer does not know
        ("Kimani Gray was shot by two police officers on Saturday night.", "person:gray"),
    ],
)
def test_a_person_stays_a_person(nlp, text, key):
    assert kinds_of(nlp, text).get(key) == "PERSON"
