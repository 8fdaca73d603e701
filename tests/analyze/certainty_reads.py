"""What the certainty stage grades a one-sentence article, for the certainty tests."""

from __future__ import annotations

from corroborator.analyze.attribution import extract_attributions
from corroborator.analyze.certainty import assess_certainty
from corroborator.analyze.entities import extract_entities
from corroborator.model import Article, Span


def graded(nlp, sentence: str) -> tuple[str, list[str]]:
    """The grade of the whole sentence, read with its first attribution if it has one, and the
    words of the cues that decided it."""
    doc = nlp(sentence)
    atts = extract_attributions(doc, Article(id="t", text=sentence, source="test"), [])
    c = assess_certainty(doc, Span(0, len(sentence)), atts[0] if atts else None)
    return c.grade, [sentence[s.start : s.end] for s in c.cues]


def graded_last(nlp, text: str) -> tuple[str, list[str]]:
    """The grade of the last sentence of a short article, read with the last attribution whose
    cue is in it (entities found first, as the pipeline does), and the words of its cues."""
    doc = nlp(text)
    article = Article(id="t", text=text, source="test")
    _, mentions = extract_entities(doc, article)
    last = list(doc.sents)[-1]
    atts = [
        a for a in extract_attributions(doc, article, mentions) if a.cue.start >= last.start_char
    ]
    c = assess_certainty(doc, Span(last.start_char, last.end_char), atts[-1] if atts else None)
    return c.grade, [text[s.start : s.end] for s in c.cues]


def graded_statement(nlp, text: str) -> tuple[str, list[str]]:
    """The grade of what the article's first attribution says, read over its whole content as
    the pipeline reads a statement (entities found first), and the words of its cues."""
    doc = nlp(text)
    article = Article(id="t", text=text, source="test")
    _, mentions = extract_entities(doc, article)
    attribution = extract_attributions(doc, article, mentions)[0]
    c = assess_certainty(doc, attribution.content, attribution)
    return c.grade, [text[s.start : s.end] for s in c.cues]
