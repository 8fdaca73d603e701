"""Helpers the attribution tests share: read a text's attributions on the real parse, the
words of a span, and the source of a cue (importable from tests/analyze, which pytest puts on
the path)."""

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


def source_of(nlp, text: str, cue: str) -> str | None:
    """The source words of the attribution whose cue starts with ``cue`` (None for no source)."""
    article, atts = read(nlp, text)
    hits = [a for a in atts if span_text(article, a.cue).startswith(cue)]
    assert hits, [(span_text(article, a.cue), span_text(article, a.content)) for a in atts]
    return span_text(article, hits[0].source.span)
