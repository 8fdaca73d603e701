"""Which name an entity goes by: names read in headline-case sentences count only where the
text confirms them; the display name is a full name, the one written most and first."""

from __future__ import annotations

import pytest

from corroborator.analyze.entities import extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def entities_of(nlp, text):
    doc = next(parse(nlp, [text]))
    return extract_entities(doc, Article(id="t", text=text, source="test"))


@pytest.mark.parametrize(
    ("headline", "body", "names"),
    [
        (  # the parser runs the headline's names into its verb: one "person" of five words
            "Hillary Clinton Slams Donald Trump On Trade",
            "Hillary Clinton criticised Donald Trump on Tuesday. Trump said she was wrong.",
            {"person:clinton": "Hillary Clinton", "person:trump": "Donald Trump"},
        ),
        (  # "Wins" read as a person's name
            "Hillary Clinton Wins Kentucky Primary",
            "Hillary Clinton won the Kentucky primary, narrowly beating Bernie Sanders.",
            {"person:clinton": "Hillary Clinton", "person:sanders": "Bernie Sanders"},
        ),
    ],
)
def test_names_read_in_a_headline_count_only_where_the_text_confirms_them(
    nlp, headline, body, names
):
    entities, mentions = entities_of(nlp, f"{headline}\n\n{body}")
    people = {e.key: e.name for e in entities if e.key.startswith("person:")}
    assert people == names
    # a mention in the headline stays where its words name someone the text names
    assert all(m.span.start > len(headline) or m.entity in names for m in mentions)


def test_a_headline_in_sentence_case_keeps_its_names(nlp):
    text = "Putin meets Prigozhin after the mutiny\n\nThe Kremlin said the talks lasted hours."
    entities, mentions = entities_of(nlp, text)
    assert {"person:putin", "person:prigozhin"} <= {e.key for e in entities}
    assert any(m.entity == "person:putin" and m.span.start == 0 for m in mentions)


def test_the_display_name_is_the_full_name_written_most_and_first(nlp):
    text = (
        "Bernie Sanders spoke in Concord on Tuesday. Sanders told voters in New Hampshire "
        "Sanders would fight on, and Bernie Sanders thanked them."
    )
    entities, _ = entities_of(nlp, text)
    names = {e.key: e.name for e in entities}
    # not the longest name the parser ran together ("New Hampshire Sanders", if it did)
    assert names["person:sanders"] == "Bernie Sanders"


def test_a_story_names_an_entity_as_most_of_its_articles_do():
    from corroborator.analyze.entities import merge_entities
    from corroborator.model import Entity

    def one(name):
        return [Entity("person:sanders", name, "PERSON", [name], [])]

    groups = [
        one("Sanders"),
        one("New Hampshire Sanders"),
        one("Bernie Sanders"),
        one("Bernie Sanders"),
    ]
    (merged,) = merge_entities(groups)
    assert merged.name == "Bernie Sanders"
    assert merged.aliases == ["Bernie Sanders", "New Hampshire Sanders", "Sanders"]
    # a full name beats a surname even when fewer articles give it
    (merged,) = merge_entities([one("Sanders"), one("Sanders"), one("Bernie Sanders")])
    assert merged.name == "Bernie Sanders"
