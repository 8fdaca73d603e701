"""Helpers the attribution tests share: read a text's attributions on the real parse, and the
words of a span (importable from tests/analyze, which pytest puts on the path)."""

from __future__ import annotations

from corroborator.analyze.attribution import extract_attributions
from corroborator.model import Article, Attribution, Span


def read(nlp, text: str) -> tuple[Article, list[Attribution]]:
    """The text as an article, and its attributions (rules and learned models)."""
    article = Article(id="t", text=text, source="test")
    return article, extract_attributions(nlp(text), article, [])


def span_text(article: Article, span: Span | None) -> str | None:
    """The words of ``span`` in the article; None for no span."""
    return None if span is None else article.text[span.start : span.end]
