"""A name the tagger calls an organisation where news names the dead and the harmed is a person's
(VICTIM_OF_RULE), and, when read in full, its lone surname elsewhere in the article too
(SAME_ARTICLE_PERSON_RULE for names tagged organisations), on real parses."""

from __future__ import annotations

import pytest

from corroborator.analyze import entities as entities_module
from corroborator.analyze.entities import extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article

# The Washington Post, 2016-09-26: the tagger reads every "Scott" as an organisation
SCOTT = (
    "Small groups of protesters continued to call for more information about the fatal "
    "shooting of Keith Lamont Scott, looping the streets around the stadium. The death of "
    "Scott, 43, a father of seven, has turned Charlotte into the latest epicenter for the "
    "national debate. Protesters were frustrated that the police released only some of the "
    "video footage collected during Scott's encounter with police."
)


def kinds_of(nlp, text: str) -> dict[str, str]:
    doc = next(parse(nlp, [text]))
    entities, _ = extract_entities(doc, Article(id="t", text=text, source="test"))
    return {e.key: e.kind for e in entities}


def mention_keys(nlp, text: str, word: str) -> list[str]:
    doc = next(parse(nlp, [text]))
    _, mentions = extract_entities(doc, Article(id="t", text=text, source="test"))
    return [m.entity for m in mentions if text[m.span.start : m.span.end].endswith(word)]


def test_the_tagger_reads_the_victim_as_an_organisation(nlp):
    doc = next(parse(nlp, [SCOTT]))
    assert {e.label_ for e in doc.ents if "Scott" in e.text} == {"ORG"}


def test_a_name_of_the_shooting_of_is_a_person(nlp):
    assert kinds_of(nlp, SCOTT) == {"person:scott": "PERSON", "place:charlotte": "GPE"}
    assert set(mention_keys(nlp, SCOTT, "Scott")) == {"person:scott"}


def test_the_victim_alone_in_one_sentence_is_a_person(nlp):
    text = "Protesters called for information about the fatal shooting of Keith Lamont Scott."
    assert kinds_of(nlp, text) == {"person:scott": "PERSON"}


def test_switching_the_victim_rule_off_leaves_an_organisation(nlp, monkeypatch):
    monkeypatch.setattr(entities_module, "VICTIM_NOUNS", frozenset())
    assert "org:scott" in kinds_of(nlp, SCOTT)


@pytest.mark.parametrize(
    "text",
    [
        "Investors mourned the death of Lehman Brothers in 2008.",  # a plural name
        "Officials spoke about the arrest of NATO staff in Moscow.",  # capitals
    ],
)
def test_a_body_where_a_victim_stands_stays_a_body(nlp, text):
    assert not any(k.startswith("person:") for k in kinds_of(nlp, text))


def test_switching_the_surname_rule_off_leaves_the_lone_surname_an_organisation(nlp, monkeypatch):
    monkeypatch.setattr(entities_module, "_organisation_tagged_surname", lambda *args: False)
    assert "org:scott" in set(mention_keys(nlp, SCOTT, "Scott"))


def test_a_lone_surname_read_by_its_position_alone_does_not_spread(nlp):
    # only a person read in full makes the tagger's lone organisations theirs: a company's name
    # read a person's once by the syntax must not carry its other mentions ("Forbes said")
    text = (
        "The death of Scott, 43, shook the city. Protesters asked about Scott's encounter with "
        "police."
    )
    assert mention_keys(nlp, text, "Scott") == ["person:scott", "org:scott"]
