"""Person keys skip generational suffixes (NAME_SUFFIXES): "Arcade Joseph Comeaux Jr." and a
later bare "Comeaux" are one person, keyed by the surname, on real parses."""

from __future__ import annotations

import pytest

from corroborator.analyze.entities import entity_key, extract_entities, surname
from corroborator.analyze.nlp import parse
from corroborator.model import Article


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("Arcade Joseph Comeaux Jr", "Comeaux"),
        ("Anthony LaCalamita III", "LaCalamita"),
        ("Martin Luther King Jr.", "King"),
        ("Jr", "Jr"),  # a name that is only the suffix keeps it
        ("Malcolm Young", "Young"),
        ("Ivan IV Vasilyevich", "Vasilyevich"),  # not at the end: kept as a name word
    ],
)
def test_the_surname_is_the_last_word_that_is_no_suffix(name, last):
    assert surname(name) == last


def test_a_name_with_a_suffix_and_its_bare_surname_share_a_key(nlp):
    text = "Anthony LaCalamita III, 38, was arrested on Monday. LaCalamita was charged on Tuesday."
    doc = next(parse(nlp, [text]))
    _, mentions = extract_entities(doc, Article(id="t", text=text, source="test"))
    assert {m.entity for m in mentions} == {"person:lacalamita"}
    assert entity_key("Arcade Joseph Comeaux Jr", "PERSON") == "person:comeaux"


def keys_of(nlp, text):
    doc = next(parse(nlp, [text]))
    _, mentions = extract_entities(doc, Article(id="t", text=text, source="test"))
    return [(text[m.span.start : m.span.end], m.entity) for m in mentions]


def test_a_lone_name_the_gazetteer_knows_stays_a_place_when_no_one_has_it(nlp):
    text = "The quake struck Izmir on Monday. Izmir is a big city."
    assert {key for _, key in keys_of(nlp, text)} == {"place:izmir"}
