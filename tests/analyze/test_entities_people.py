"""Person names the tagger reads as places, on real parses: a name whose surname the article
names alone (SURNAME_ALONE_RULE), a surname read as a person elsewhere in the article
(SAME_ARTICLE_PERSON_RULE), a first name of a person named in full (FIRST_NAME_RULE); and the
words of places' names that no person's name has (PLACE_NAME_WORDS)."""

from __future__ import annotations

import pytest

from corroborator.analyze.entities import PLACE_NAME_WORDS, _could_be_a_name, extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def read(nlp, text):
    """(the tagger's labels by text, our keys by text) of a text."""
    doc = next(parse(nlp, [text]))
    _, mentions = extract_entities(doc, Article(id="t", text=text, source="test"))
    labels = {e.text: e.label_ for e in doc.ents}
    keys = [(text[m.span.start : m.span.end], m.entity) for m in mentions]
    return labels, keys


KLITSCHKO = (
    "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled former 2-Time "
    "Heavyweight Champion, Hasim Rahman, 45-7-2, 36 KO's, in the seventh round. Klitschko "
    "dominated from the outset."
)


def test_a_name_whose_surname_the_article_names_alone_is_a_person(nlp):
    labels, keys = read(nlp, KLITSCHKO)
    assert labels["Wladimir Klitschko"] in ("GPE", "LOC")  # the tagger's error this reads
    assert ("Wladimir Klitschko", "person:klitschko") in keys
    assert ("Klitschko", "person:klitschko") in keys


@pytest.mark.parametrize(
    ("text", "place", "key"),
    [
        # a place's name that begins with a word of places' names, then its last word alone
        (
            "Hostility has been mounting in East Flatbush this week. Flatbush residents marched.",
            "East Flatbush",
            "place:east flatbush",
        ),
        # a team after "the", then its last word alone: no person's name has "the"
        (
            "He took the Trail Blazers to the playoffs in each of his seasons in Portland. The "
            "Blazers fired him in 2005.",
            "Trail Blazers",
            "place:trail blazers",
        ),
        # a place named whole each time
        (
            "The sheriff of Vigo County said the roads were closed. Vigo County officials agreed.",
            "Vigo County",
            "place:vigo county",
        ),
    ],
)
def test_a_place_named_again_stays_a_place(nlp, text, place, key):
    _, keys = read(nlp, text)
    assert (place, key) in keys


def test_a_surname_read_as_a_person_elsewhere_makes_its_place_tags_that_person(nlp):
    text = "Podliska's lawsuit demands his reinstatement. Gowdy fired Podliska in June."
    labels, keys = read(nlp, text)
    assert labels["Podliska"] == "GPE"
    assert [k for t, k in keys if t == "Podliska"] == ["person:podliska", "person:podliska"]


def test_a_place_the_gazetteer_knows_stays_a_place_beside_a_person_of_its_name(nlp):
    text = "Police arrested Jordan on Monday. Officials in Jordan were pleased."
    _, keys = read(nlp, text)
    assert ("Jordan", "place:jordan") in keys


MELANIA = (
    "Melania Trump spoke on Monday. Donald Trump praised her. His wife, Melania, delivered a "
    "speech."
)


def test_a_lone_first_name_of_a_person_named_in_full_is_that_person(nlp):
    labels, keys = read(nlp, MELANIA)
    assert labels["Melania"] == "GPE"
    assert keys[-1] == ("Melania", "person:trump")


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # the person named once: too weak a ground ("EgyptAir Crash" in a headline)
        (
            "Melania Trump spoke on Monday. His wife, Melania, delivered a speech.",
            "Melania",
            "place:melania",
        ),
        # two people of that first name: which one is not said
        (
            "Melania Trump spoke on Monday. Donald Trump praised her. Melania Knauss praised "
            "her. Melania Knauss left. His wife, Melania, delivered a speech.",
            "Melania",
            "place:melania",
        ),
        # a first name that the gazetteer knows as a place is the place
        ("Paris Hilton arrived on Monday. Paris Hilton later flew to Paris.", "Paris", None),
    ],
)
def test_a_lone_first_name_stays_as_tagged_without_one_person_of_it(nlp, text, name, key):
    _, keys = read(nlp, text)
    found = [k for t, k in keys if t == name]
    assert found and not any(k.startswith("person:") for k in found)
    assert key is None or key in found


@pytest.mark.parametrize(
    ("words", "could"),
    [
        (["Vigo", "County"], False),
        (["Scarborough", "Shoal"], False),
        (["Harnet", "Avenue"], False),
        (["Guantanamo", "Bay"], False),
        (["Anita", "Hill"], True),  # a common surname is no place word
        (["Wladimir", "Klitschko"], True),
        (["Park"], True),
    ],
)
def test_words_of_places_names_are_no_persons_names(words, could):
    assert _could_be_a_name(words) is could
    assert "hill" not in PLACE_NAME_WORDS and "county" in PLACE_NAME_WORDS
