"""Deeds a cue's frame reads that are not words said: PolNeAR marks these cues, so the
attributions stay, but ``is_statement`` tells claims to make no "X says: …" of them. A
reflexive object with a preposition ("Carson defended himself against accusations", the
headline "Ben Carson Defends Himself Against Claims …": ``SELF_DIRECTED_IS_NO_STATEMENT``), an
act verb's infinitive ("voted on Monday to ban smoking": ``DEED_INFINITIVE_IS_NO_STATEMENT``),
the noun after a non-speech verb's preposition ("went on offense against Trump":
``PREPOSITION_OBJECT_IS_NO_STATEMENT``) and a posted picture ("tweeted a chart of …":
``POSTED_PICTURE_IS_NO_STATEMENT``). A self-description ("describes himself as …"), a
characterization ("is seen as a moderate") and a tweeted clause stay statements. Real
parses."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze import attribution
from corroborator.analyze.attribution import is_statement

HEADLINE = (
    "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story.\n\n"
    "Ben Carson spoke on Sunday about his past."
)

DEEDS = [
    (HEADLINE, "Defends", "SELF_DIRECTED_IS_NO_STATEMENT"),
    (
        "Carson defended himself against accusations that he exaggerated his life story.",
        "defended",
        "SELF_DIRECTED_IS_NO_STATEMENT",
    ),
    (
        "The city council voted on Monday to ban smoking in parks.",
        "voted",
        "DEED_INFINITIVE_IS_NO_STATEMENT",
    ),
    ("The board voted to abolish itself.", "voted", "DEED_INFINITIVE_IS_NO_STATEMENT"),
    (
        "Hillary Clinton went on offense against Republican front-runner Donald Trump on Monday,"
        " saying he would abdicate U.S. leadership in the Middle East.",
        "went on",
        "PREPOSITION_OBJECT_IS_NO_STATEMENT",
    ),
    (
        "Real estate mogul Donald Trump tweeted a chart of racist and wildly inaccurate crime"
        " statistics.",
        "tweeted",
        "POSTED_PICTURE_IS_NO_STATEMENT",
    ),
    (
        "In 2011, he resigned from Congress after accidentally tweeting a public crotch-shot"
        " that was intended for someone other than his wife.",
        "accidentally tweeting",
        "POSTED_PICTURE_IS_NO_STATEMENT",
    ),
]

WORDS = [
    ("Cruz describes himself as a consistent conservative.", "describes"),
    ("Chelsea Nguyen counts herself among those voters who want Washington to change.", "counts"),
    ("The senator is seen as a moderate by many voters.", "is seen as"),
    ("Trump tweeted that Obama had too little to say about the Islamic State.", "tweeted"),
    ("The council said on Monday it would ban smoking in parks.", "said"),
    (DEEDS[4][0], "saying"),
]


def _cued(nlp, text: str, cue: str):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    return nlp(text), hits[0]


@pytest.mark.parametrize(("text", "cue", "switch"), DEEDS)
def test_a_deed_stays_an_attribution_but_is_no_statement(nlp, monkeypatch, text, cue, switch):
    doc, found = _cued(nlp, text, cue)
    assert not is_statement(doc, found)
    monkeypatch.setattr(attribution, switch, False)
    assert is_statement(doc, found)


@pytest.mark.parametrize(("text", "cue"), WORDS)
def test_words_said_stay_statements(nlp, text, cue):
    doc, found = _cued(nlp, text, cue)
    assert is_statement(doc, found)
