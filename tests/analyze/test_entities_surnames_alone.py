"""A lone surname of a person the article names in full is that person, though the gazetteer
knows a town of the name (NAMED_SURNAME_RULE), on real parses."""

from __future__ import annotations

import pytest

from corroborator.analyze.entities import PLACE_POSITION_PREPOSITIONS, extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def kinds_of(nlp, text: str) -> dict[str, str]:
    doc = next(parse(nlp, [text]))
    entities, _ = extract_entities(doc, Article(id="t", text=text, source="test"))
    return {e.key: e.kind for e in entities}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "Clinton" is a town in Iowa too: here it is the person named in full before
        (
            "Hillary Clinton met donors on Monday. The Clinton campaign raised $10 million.",
            "clinton",
        ),
        # Obama, Japan; Rubio, Venezuela
        ("Barack Obama spoke on Monday. Critics of Obama were quick to respond.", "obama"),
    ],
)
def test_a_lone_surname_of_someone_named_in_full_is_that_person(nlp, text, key):
    kinds = kinds_of(nlp, text)
    assert kinds.get(f"person:{key}") == "PERSON"
    assert f"place:{key}" not in kinds and f"org:{key}" not in kinds


def test_a_surname_where_a_place_stands_stays_the_place(nlp):
    text = (
        "Mayor Harold Washington was elected in 1983. He later flew to Washington to meet the "
        "president."
    )
    kinds = kinds_of(nlp, text)
    assert kinds.get("place:washington") == "GPE"
    assert kinds.get("person:washington") == "PERSON"
    assert "to" in PLACE_POSITION_PREPOSITIONS


def test_a_lone_place_name_of_no_one_named_stays_a_place(nlp):
    assert kinds_of(nlp, "The storm struck Izmir on Monday.") == {"place:izmir": "GPE"}


def test_a_state_named_like_a_person_stays_the_state(nlp):
    # the tagger reads "Cruz’s Iowa" as a person's full name; the lone "Iowa" is the state
    text = (
        "For instance, Cruz’s Iowa director, Bryan English, said the caucuses in rural counties "
        "would decide it. Iowa is a test for Cruz."
    )
    assert kinds_of(nlp, text).get("place:iowa") == "GPE"
