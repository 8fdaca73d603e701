"""PERSON_POSITION_RULE on real parses: a lone name tagged a place, nationality or organisation
is a person where the syntax wants one, and a name tagged a person that acts stays one, though
the gazetteer knows a town of that name."""

from __future__ import annotations

import pytest

from corroborator.analyze.entities import extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def keys_of(nlp, text):
    doc = next(parse(nlp, [text]))
    _, mentions = extract_entities(doc, Article(id="t", text=text, source="test"))
    return {text[m.span.start : m.span.end]: m.entity for m in mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Putin met Prigozhin in Moscow.", "Prigozhin"),  # tagged GPE, object of "met"
        ("Police arrested Navalny in Moscow.", "Navalny"),  # tagged GPE, object of "arrested"
        ("Klitschko defended his title.", "Klitschko"),  # tagged NORP, "his" refers back
        ("Lohan checked herself into rehab.", "Lohan"),  # tagged ORG, "herself" refers back
        ("Medvedev said Russia would respond.", "Medvedev"),  # tagged GPE, speaks
        ("Pinup icon Bettie Page died on Thursday.", "Bettie Page"),  # only people die
        ("Obama said he would veto the bill.", "Obama"),  # a speaker; Obama is a Japanese town
        ("Putin met Obama in Paris.", "Obama"),  # object of "met"
    ],
)
def test_a_name_where_the_syntax_wants_a_person_is_a_person(nlp, text, name):
    assert keys_of(nlp, text)[name].startswith("person:")


@pytest.mark.parametrize(
    ("text", "name", "prefix"),
    [
        ("The quake struck Izmir on Monday.", "Izmir", "place:"),  # tagged PERSON, a city struck
        (
            "Medvedev said Russia would respond.",
            "Russia",
            "place:",
        ),  # a country the gazetteer knows
        ("Putin met Prigozhin in Moscow.", "Moscow", "place:"),
        ("Google said it would appeal.", "Google", "org:"),  # an organisation speaks
        ("The Democrat defended his seat.", "Democrat", "group:"),  # after "the": as tagged
        ("The Democrat resigned on Monday.", "Democrat", "group:"),
    ],
)
def test_places_organisations_and_groups_stay_what_they_are(nlp, text, name, prefix):
    assert keys_of(nlp, text)[name].startswith(prefix)
