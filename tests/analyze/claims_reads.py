"""Helpers the claims tests share: read a text's claims on the real parse, and the words of a
span (importable from tests/analyze, which pytest puts on the path)."""

from __future__ import annotations

from corroborator.analyze import analyze_doc
from corroborator.analyze.nlp import parse
from corroborator.model import Article, Claim, Span

# The publication date the tests' texts are given unless they say otherwise.
PUBLISHED = "2024-04-10"


def claims_of(nlp, text: str, published: str = PUBLISHED) -> list[Claim]:
    """Every claim the analysis reads in ``text`` (statements included)."""
    doc = next(parse(nlp, [text]))
    article = Article(id="t", text=text, source="test", published=published)
    return analyze_doc(doc, article, "test").claims


def event_claims(nlp, text: str, published: str = PUBLISHED) -> list[Claim]:
    """The claims of ``text`` other than its statements (what was said, by whom)."""
    return [c for c in claims_of(nlp, text, published) if c.predicate != "statement"]


def agents(nlp, text: str, predicate: str, published: str = PUBLISHED) -> list[str]:
    """The entity keys of the agents of ``text``'s event claims of ``predicate``."""
    return [
        p.entity
        for c in event_claims(nlp, text, published)
        if c.predicate == predicate
        for p in c.participants
        if p.role == "agent"
    ]


def roles(nlp, text: str, predicate: str, published: str = PUBLISHED) -> list[tuple[str, str]]:
    """(role, entity key) of every participant of ``text``'s event claims of ``predicate``."""
    return [
        (p.role, p.entity)
        for c in event_claims(nlp, text, published)
        if c.predicate == predicate
        for p in c.participants
    ]


def words(text: str, span: Span | None) -> str | None:
    """The words of ``span`` in ``text``; None for no span."""
    return text[span.start : span.end] if span is not None else None


def only(claims: list[Claim], predicate: str) -> Claim:
    """The one claim of ``predicate`` among ``claims`` (fails unless there is exactly one)."""
    (claim,) = [c for c in claims if c.predicate == predicate]
    return claim
