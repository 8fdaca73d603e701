"""Helpers the entities tests share: read a text's entities and mentions on the real parse, and
the people's keys in text order (importable from tests/analyze, which pytest puts on the path)."""

from __future__ import annotations

from corroborator.analyze.entities import extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article


def read(nlp, text: str):
    """(doc, article, entities, mentions) of ``text``."""
    doc = next(parse(nlp, [text]))
    article = Article(id="t", text=text, source="test")
    entities, mentions = extract_entities(doc, article)
    return doc, article, entities, mentions


def person_keys(nlp, text: str) -> list[tuple[str, str]]:
    """(mention as written, its key) of the people, in text order."""
    _, _, _, mentions = read(nlp, text)
    return [
        (text[m.span.start : m.span.end], m.entity)
        for m in mentions
        if m.entity.startswith("person:")
    ]
