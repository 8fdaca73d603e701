"""Canonical entities on real parses: transliterations, bare surnames, roles from appositions."""

from __future__ import annotations

import pytest

from corroborator.analyze.entities import entity_key, extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article
from corroborator.names import translit_key


def entities_of(nlp, text):
    doc = next(parse(nlp, [text]))
    return extract_entities(doc, Article(id="t", text=text, source="test"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Evgeny", "Yevgeny"),
        ("Zelensky", "Zelenskyy"),
        ("Zelensky", "Zelenskiy"),
        ("Kharkiv", "Harkiv"),
    ],
)
def test_transliteration_variants_share_a_key(a, b):
    assert translit_key(a) == translit_key(b)


@pytest.mark.parametrize(("a", "b"), [("Putin", "Peskov"), ("Ivanov", "Ivanova")])
def test_different_names_keep_different_keys(a, b):
    assert translit_key(a) != translit_key(b)


def test_person_keys_are_archive_wide():
    assert entity_key("Evgeny Prigozhin", "PERSON") == entity_key("Yevgeny Prigozhin", "PERSON")
    assert entity_key("Prigozhin", "PERSON") == "person:prigozhin"
    assert entity_key("Wagner Group", "ORG") == entity_key("Wagner", "ORG") == "org:wagner"


def test_bare_surname_mislabelled_by_the_model_is_still_the_person(nlp):
    text = (
        "Yevgeny Prigozhin met Vladimir Putin on Monday. "
        "\u201cAs for Prigozhin, he's in St Petersburg,\u201d Lukashenko said."
    )
    entities, mentions = entities_of(nlp, text)
    keys = {e.key for e in entities}
    assert "person:prigozhin" in keys
    prigozhin = [m for m in mentions if m.entity == "person:prigozhin"]
    assert len(prigozhin) == 2
    assert all(
        text[m.span.start : m.span.end] in ("Yevgeny Prigozhin", "Prigozhin") for m in prigozhin
    )


def test_roles_come_from_appositions_and_premodifiers(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov said the talks lasted three hours. "
        "Sergei Naryshkin, the head of the Russian foreign intelligence service, was present. "
        "According to Nobel prize-winner Dmitry Muratov, the plan failed."
    )
    entities, _ = entities_of(nlp, text)
    roles = {e.key: e.roles for e in entities}
    assert roles["person:peskov"] == ["Kremlin spokesman"]
    assert roles["person:naryshkin"] == ["head of the Russian foreign intelligence service"]
    assert roles["person:muratov"] == ["Nobel prize-winner"]


def test_mentions_are_spans_into_the_text(nlp):
    text = "The Wagner Group\u2019s chief met Putin in Moscow."
    entities, mentions = entities_of(nlp, text)
    for mention in mentions:
        piece = text[mention.span.start : mention.span.end]
        assert piece and not piece.startswith("The ") and not piece.endswith("\u2019s")


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # the sentence splitter cuts after "Sgt.": the title alone names no one
        (
            "He shot and killed Judge Rowland Barnes and Sgt. Hoyt Teasley. Nichols then "
            "killed Deputy Sgt. Hoyt Teasley outside.",
            "person:sgt",
            "person:teasley",
        ),
        ("Gov. Jerry Brown said Lt. Col. Vindman met Gen. Milley.", "person:gov", "person:brown"),
    ],
)
def test_a_title_alone_is_no_person(nlp, text, absent, present):
    keys = {e.key for e in entities_of(nlp, text)[0]}
    assert absent not in keys
    assert present in keys


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Mark Heller", "person:heller"),
        ("Jim Morrison", "person:morrison"),
        ("Dominique Strauss - Kahn", "person:strauss-kahn"),
        ("Dominique Strauss-Kahn", "person:strauss-kahn"),
    ],
)
def test_person_keys_read_as_the_surname(name, key):
    from corroborator.analyze.entities import clean_name

    assert entity_key(clean_name(name), "PERSON") == key
