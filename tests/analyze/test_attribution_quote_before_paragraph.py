"""A quotation inside a sentence of the paragraph before is that sentence's words, not the
words of a cue opening the next paragraph: 'Carson called that report Friday a "boldfaced
lie."' then '(Politico responded late Friday with an editor's note …)' gave Politico
"boldfaced lie" (``QUOTE_BEFORE_IN_PARAGRAPH``). A quotation before its cue in the same
paragraph still goes to it. Real parses (USA Today, PolNeAR train)."""

from __future__ import annotations

from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze import attribution

CARSON = (
    'And on Friday, it was a report by Politico that he "fabricated" the story of an offer to'
    ' attend West Point. Carson called that report Friday a "boldfaced lie."\n\n'
    "(Politico responded late Friday with an editor's note on the story saying that Carson had"
    " implied he applied to West Point but that was not the case.)"
)


def _readings(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    article, atts = _read(nlp, text)
    return [
        (_text(article, a.cue), _text(article, a.source.span), _text(article, a.content))
        for a in atts
    ]


def test_a_quotation_of_the_paragraph_before_is_not_the_next_cue_s(nlp, monkeypatch):
    readings = _readings(nlp, CARSON)
    assert ("called", "Carson", 'a "boldfaced lie."') in readings
    assert not [r for r in readings if r[0] == "responded" and "boldfaced" in (r[2] or "")]
    monkeypatch.setattr(attribution, "QUOTE_BEFORE_IN_PARAGRAPH", False)
    readings = _readings(nlp, CARSON)
    assert [r for r in readings if r[0] == "responded" and "boldfaced" in (r[2] or "")]


def test_a_quotation_before_its_cue_in_one_paragraph_is_still_its(nlp):
    text = 'Trump spoke at length on Friday. "We will win," he responded.'
    assert ("responded", "he", '"We will win,"') in _readings(nlp, text)
