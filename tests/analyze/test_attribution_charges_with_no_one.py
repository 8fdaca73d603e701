"""A charge named by a noun with no one making it ("he has faced accusations of meddling in
international affairs", "new allegations of adultery") stays the attribution PolNeAR marks, but
is no statement: nobody is said to say it, and the claims stage would otherwise show it as the
outlet's own words (``_charge_with_no_one``, ``CHARGE_WITH_NO_ONE_IS_NO_STATEMENT``). A charge
with its own subject ("allegations that he beat his ex-wife") or made by someone named
("Democrats' accusations of …") stays a statement. Real parses."""

from __future__ import annotations

from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze import attribution
from corroborator.analyze.attribution import UNNAMED, is_statement
from corroborator.model import Attribution, Source, Span

SAMPLE = (
    "Head of the infamous mercenary group, he has faced accusations of meddling in "
    "international affairs."
)


def _by_hand(nlp, text: str, cue: str, content: str, source: Source | None = None):
    """The parse and an attribution of ``cue`` with ``content`` and no one named (or
    ``source``), built on the real parse's characters."""
    c = text.index(cue)
    s = text.index(content)
    who = source or Source(UNNAMED, "anonymous", None)
    a = Attribution(Span(c, c + len(cue)), Span(s, s + len(content)), who, "indirect", (who,))
    return nlp(text), a


def _accusations(nlp):
    article, atts = _read(nlp, SAMPLE)
    hits = [a for a in atts if _text(article, a.cue) == "accusations"]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    return nlp(SAMPLE), hits[0]


def test_a_charge_with_no_one_named_is_read_but_is_no_statement(nlp):
    doc, a = _accusations(nlp)
    assert a.source.span is None
    assert SAMPLE[a.content.start : a.content.end] == "meddling in international affairs"
    assert not is_statement(doc, a)


def test_without_the_rule_the_charge_is_a_statement(nlp, monkeypatch):
    monkeypatch.setattr(attribution, "CHARGE_WITH_NO_ONE_IS_NO_STATEMENT", False)
    doc, a = _accusations(nlp)
    assert is_statement(doc, a)


def test_a_noun_phrase_charge_is_no_statement(nlp):
    text = "The senator faces new allegations of adultery against his former aide."
    doc, a = _by_hand(nlp, text, "allegations", "adultery against his former aide")
    assert not is_statement(doc, a)


def test_a_charge_with_its_own_subject_stays_a_statement(nlp):
    text = "The congressman has faced allegations that he beat his ex-wife."
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == "allegations"]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    assert hits[0].source.span is None
    assert is_statement(nlp(text), hits[0])


def test_a_charge_whose_content_is_a_clause_stays_a_statement(nlp):
    text = "Officials dismissed the allegations that the vote was rigged."
    doc, a = _by_hand(nlp, text, "allegations", "that the vote was rigged")
    assert is_statement(doc, a)


def test_a_charge_someone_makes_stays_a_statement(nlp):
    text = "Democrats' accusations of political bias gained momentum in September."
    doc, a = _by_hand(
        nlp, text, "accusations", "political bias", Source("Democrats", "organisation", Span(0, 9))
    )
    assert is_statement(doc, a)
