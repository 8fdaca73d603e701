"""Speakers the parser strands before a final cue (issue #5, PolNeAR source recall): an
inserted apposition closes with a comma right before a subjectless cue ('"…," Gene Sperling,
a top outside Clinton adviser, said'). ``_enclosed_speaker`` climbs ``STRANDED_PHRASE_DEPS``
from the word before that comma to the phrase's head; checked on literal sentences it must
read and on sentences it must leave alone, on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import (
    CONTROLLER_POS,
    MISTAGGED_OPENERS,
    MISTAGGED_VERB_TAGS,
    OBJECT_CONTROL_VERBS,
    QUANTITY_SUBJECT_DEPS,
    QUANTITY_WORDS,
    SPAN_OPENERS,
    STRANDED_PHRASE_DEPS,
    STRANDED_SPEAKER_POS,
)
from corroborator.model import Article


def _by_cue(article: Article, atts, cue: str):
    hits = [a for a in atts if _text(article, a.cue).startswith(cue)]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    return hits[0]


ENCLOSED_POSITIVE = [
    # the quotation's last words hung on the name; the apposition before "said"
    (
        "“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside "
        "Clinton adviser, said at a recent POLITICO event.",
        "said",
        "Gene Sperling, a top outside Clinton adviser,",
        "“It is not the position that everything is hunky-dory,”",
    ),
    # a role apposition after an introductory phrase: the adviser, not the Observer
    (
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
        "“Hillary Clinton believes that cooperation is essential.”",
        "said",
        "her senior policy adviser, Jake Sullivan,",
        "“Hillary Clinton believes that cooperation is essential.”",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), ENCLOSED_POSITIVE)
def test_enclosed_speaker_positive(nlp, text, cue, source, content):
    article, atts = _read(nlp, text)
    a = _by_cue(article, atts, cue)
    assert a.source.span is not None
    assert _text(article, a.source.span) == source
    assert _text(article, a.content) == content
    # the speaker never overlaps the statement
    assert a.source.span.start >= a.content.end or a.source.span.end <= a.content.start


def test_enclosed_speaker_not_before_an_inverted_speaker(nlp):
    # a proper name right after the cue is an inverted speaker ("reports USA Today"): the
    # apposition before the cue is another reading's speaker, never this cue's
    text = (
        "“This platform’s language says you are no longer welcome,” said Kristen Day, "
        "executive director of Democrats for Life, reports USA Today."
    )
    article, atts = _read(nlp, text)
    a = _by_cue(article, atts, "reports")
    assert a.source.span is None or "Kristen" not in _text(article, a.source.span)
    said = _by_cue(article, atts, "said")
    assert _text(article, said.source.span).startswith("Kristen Day")


ENCLOSED_NEGATIVE = [
    # an ordinary subject is untouched
    (
        "Gene Sperling, a top outside Clinton adviser, said the plan was sound.",
        "said",
        "Gene Sperling, a top outside Clinton adviser,",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), ENCLOSED_NEGATIVE)
def test_enclosed_speaker_negative(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    a = _by_cue(article, atts, cue)
    assert a.source.span is not None
    assert _text(article, a.source.span) == source


def test_no_apposition_no_stranded_speaker(nlp):
    # the phrase before the comma is an introductory one with no apposition: no speaker
    article, atts = _read(nlp, "After the long meeting in Paris on Monday, said nothing at all.")
    assert all(a.source.span is None or "Paris" not in _text(article, a.source.span) for a in atts)


def test_rule_lists_are_named():
    assert "appos" in STRANDED_PHRASE_DEPS and "nsubj" not in STRANDED_PHRASE_DEPS
    assert "PROPN" in STRANDED_SPEAKER_POS and "VERB" not in STRANDED_SPEAKER_POS
    assert "”" in SPAN_OPENERS and "a" not in SPAN_OPENERS


# --- a poll's share hung on the cue as a modifier (QUANTITY_SUBJECT_DEPS, QUANTITY_WORDS) ---

QUANTITY_POSITIVE = [
    ("About 4 in 10 say they want more liberal policies.", "say", "About 4 in 10"),
]


@pytest.mark.parametrize(("text", "cue", "source"), QUANTITY_POSITIVE)
def test_quantity_subject_positive(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    a = _by_cue(article, atts, cue)
    assert a.source.span is not None
    assert _text(article, a.source.span) == source


QUANTITY_NEGATIVE = [
    # a year before the cue is a time, not those polled
    "In 2012 said the plan was sound.",
]


@pytest.mark.parametrize("text", QUANTITY_NEGATIVE)
def test_quantity_subject_negative(nlp, text):
    article, atts = _read(nlp, text)
    assert all(
        a.source.span is None or not any(ch.isdigit() for ch in _text(article, a.source.span))
        for a in atts
    )


def test_quantity_lists_are_named():
    assert "nummod" in QUANTITY_SUBJECT_DEPS and "advmod" not in QUANTITY_SUBJECT_DEPS
    assert "half" in QUANTITY_WORDS and "year" not in QUANTITY_WORDS


# --- a cue verb tagged as a plural noun after the name (MISTAGGED_VERB_TAGS) -----------------

MISTAGGED_POSITIVE = [
    # "Trump" a compound of "predicts"
    (
        "Trump predicts that as Jeb Bush and other Republican candidates eventually drop out, "
        "many of their supporters will switch to his side.",
        "predicts",
        "Trump",
    ),
    # "charges" the object of the root "Trump"
    (
        "Trump charges that countries that stand to benefit from the deal donated millions of "
        "dollars to the Clinton Foundation.",
        "charges",
        "Trump",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), MISTAGGED_POSITIVE)
def test_mistagged_verb_subject_positive(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    a = _by_cue(article, atts, cue)
    assert a.source.span is not None
    assert _text(article, a.source.span) == source
    assert a.source.name == source  # the name as written, not the whole sentence
    assert _text(article, a.content).startswith("that ")


MISTAGGED_NEGATIVE = [
    # a real noun: the charges are the court's, read by the senator
    "The senator read the charges that the court filed.",
    # the name does not open the sentence
    "In Ohio, the Trump claims that surfaced last week were denied.",
]


@pytest.mark.parametrize("text", MISTAGGED_NEGATIVE)
def test_mistagged_verb_subject_negative(nlp, text):
    article, atts = _read(nlp, text)
    for a in atts:
        if _text(article, a.cue) in ("charges", "claims"):
            assert a.source.span is None or _text(article, a.source.span) != "Trump"


def test_mistagged_lists_are_named():
    assert "NNS" in MISTAGGED_VERB_TAGS and "VBZ" not in MISTAGGED_VERB_TAGS
    assert "but" in MISTAGGED_OPENERS and "the" not in MISTAGGED_OPENERS


# --- the object of a control verb speaks its to-infinitive (OBJECT_CONTROL_VERBS) -----------

CONTROL_POSITIVE = [
    (
        "The decisive victory led Republican National Committee Chairman Reince Priebus to "
        "declare him the presumptive nominee.",
        "to declare",
        "Republican National Committee Chairman Reince Priebus",
    ),
    (
        "The results will almost certainly force Sen. Bernie Sanders to acknowledge a hard "
        "reality.",
        "to acknowledge",
        "Sen. Bernie Sanders",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), CONTROL_POSITIVE)
def test_object_controller_positive(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    a = _by_cue(article, atts, cue)
    assert a.source.span is not None
    assert _text(article, a.source.span) == source


def test_object_controller_negative(nlp):
    # "use" is no control verb: the user speaks, never the speech
    article, atts = _read(nlp, "Clinton used the speech to attack Trump's record.")
    for a in atts:
        if a.source.span is not None:
            assert "speech" not in _text(article, a.source.span)
    assert "use" not in OBJECT_CONTROL_VERBS and "lead" in OBJECT_CONTROL_VERBS
    assert "PROPN" in CONTROLLER_POS and "ADJ" not in CONTROLLER_POS


def test_enclosed_speaker_before_cue_adverb(nlp):
    # the cue's own adverb sits between the closing comma and the verb
    text = (
        "In a panel discussion this weekend in Washington, Marc H. Morial, the chief executive "
        'of the National Urban League, forcefully told a young woman that "this is not the '
        'first generation to face frustration."'
    )
    article, atts = _read(nlp, text)
    a = _by_cue(article, atts, "forcefully told")
    assert _text(article, a.source.span).startswith("Marc H. Morial, the chief executive")


def test_enclosed_speaker_never_climbs_into_the_quotation(nlp):
    # the parser hung "Flynn" on the quotation's last word: never read "our military"
    text = (
        "“There's a severe disconnect between this White House and our military,” Flynn, a top "
        "Trump surrogate, said Thursday morning on Fox News’s “Fox and Friends.”"
    )
    article, atts = _read(nlp, text)
    for a in atts:
        if a.source.span is not None:
            assert "military" not in _text(article, a.source.span)
