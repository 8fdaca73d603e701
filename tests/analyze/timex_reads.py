"""What the time stage reads in a sentence, for the timex tests: (extent, TIMEX3 type, value)."""

from __future__ import annotations

from corroborator.analyze.timex import extract_times, timeml_form
from corroborator.model import Article


def times_of(nlp, text: str, published: str | None) -> list[tuple[str, str, str]]:
    """Each time expression of ``text`` as (its words, its type, its value), read against the
    publication date ``published``."""
    article = Article(id="t", text=text, source="test", published=published)
    found = []
    for t in extract_times(nlp(text), article):
        _, _, type_, value = timeml_form(t, text)
        found.append((text[t.span.start : t.span.end], type_, value))
    return found
