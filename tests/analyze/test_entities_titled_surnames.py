"""A lone name the article gives a title or an office ("President Obama", "Mr. Clinton") is that
person's surname wherever it does not stand where a place does, though the gazetteer knows a town
of the name and the tagger's name stands alone (TITLED_SURNAME_RULE), on real parses."""

from __future__ import annotations

from corroborator.analyze import entities as entities_module
from corroborator.analyze.entities import extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article

# Obama, Japan: with no full name, a lone "Obama" was read as the town
TITLED = (
    "Netanyahu arrived at the White House on Monday, where he and President Obama met. Later, "
    "Obama's aides said the talks went well."
)


def keys_of(nlp, text: str, word: str) -> list[str]:
    doc = next(parse(nlp, [text]))
    _, mentions = extract_entities(doc, Article(id="t", text=text, source="test"))
    return [m.entity for m in mentions if text[m.span.start : m.span.end] == word]


def test_a_titled_surname_is_the_person_throughout(nlp):
    assert keys_of(nlp, TITLED, "Obama") == ["person:obama", "person:obama"]


def test_an_untitled_lone_surname_known_as_a_town_stays_the_town(nlp):
    text = "Netanyahu arrived at the White House on Monday. Later, Obama's aides said it went well."
    assert keys_of(nlp, text, "Obama") == ["place:obama"]


def test_a_titled_surname_where_a_place_stands_stays_the_place(nlp):
    text = "Mr. Clinton spoke on Monday. The storm struck Iowa, and residents fled to Clinton."
    assert keys_of(nlp, text, "Clinton") == ["person:clinton", "place:clinton"]


def test_switching_the_title_rule_off_reads_the_town(nlp, monkeypatch):
    monkeypatch.setattr(entities_module, "_titled", lambda ent: False)
    assert "place:obama" in keys_of(nlp, TITLED, "Obama")
