"""What the certainty stage grades a one-sentence article, for the certainty tests."""

from __future__ import annotations

from corroborator.analyze.attribution import extract_attributions
from corroborator.analyze.certainty import assess_certainty
from corroborator.model import Article, Span


def graded(nlp, sentence: str) -> tuple[str, list[str]]:
    """The grade of the whole sentence, read with its first attribution if it has one, and the
    words of the cues that decided it."""
    doc = nlp(sentence)
    atts = extract_attributions(doc, Article(id="t", text=sentence, source="test"), [])
    c = assess_certainty(doc, Span(0, len(sentence)), atts[0] if atts else None)
    return c.grade, [sentence[s.start : s.end] for s in c.cues]
