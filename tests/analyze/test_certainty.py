"""Certainty grades on literal sentences, with and without attributions (real spaCy parses)."""

from __future__ import annotations

import pytest

from corroborator.analyze.attribution import extract_attributions
from corroborator.analyze.certainty import (
    DENIAL_VERBS,
    GRADE_ORDER,
    HEDGE_WORDS,
    SPECULATION_MODALS,
    assess_certainty,
)
from corroborator.model import Article, Attribution, Source, Span


def _grade(nlp, sentence: str, with_attribution: bool = True):
    article = Article(id="t", text=sentence, source="test")
    doc = nlp(sentence)
    atts = extract_attributions(doc, article, []) if with_attribution else []
    attribution = atts[0] if atts else None
    c = assess_certainty(doc, Span(0, len(sentence)), attribution)
    return c.grade, [sentence[s.start : s.end] for s in c.cues]


@pytest.mark.parametrize(
    ("sentence", "grade", "cue"),
    [
        # asserted: the writer's own plain statement
        ("The meeting lasted three hours.", "asserted", None),
        # on_record: organisation, office-holder, or speaking to reporters
        ("The Kremlin said the meeting lasted three hours.", "on_record", "The Kremlin"),
        (
            "Kremlin spokesman Dmitry Peskov said the meeting lasted three hours.",
            "on_record",
            "Kremlin spokesman Dmitry Peskov",
        ),
        ("John Smith told reporters the meeting lasted three hours.", "on_record", "John Smith"),
        # named: a named person otherwise
        ("John Smith said the meeting lasted three hours.", "named", "John Smith"),
        # anonymous
        ("Sources close to the president said the meeting lasted hours.", "anonymous", None),
        ("Officials said the meeting lasted three hours.", "anonymous", "Officials"),
        # hedged
        ("The meeting reportedly lasted three hours.", "hedged", "reportedly"),
        ("The meeting allegedly took place on July 1.", "hedged", "allegedly"),
        ("Prigozhin is believed to have met Putin.", "hedged", None),
        ("The newspaper claimed the meeting lasted three hours.", "hedged", "claimed"),
        # speculation
        ("The meeting may have lasted three hours.", "speculation", "may"),
        ("Prigozhin might return to Moscow.", "speculation", "might"),
        ("I think the meeting was a success.", "speculation", "think"),
        ("The meeting was probably a success.", "speculation", "probably"),
        # denial
        ("The Kremlin denied that the meeting took place.", "denial", "denied"),
        ("The ministry rejected claims that troops had crossed.", "denial", "rejected"),
    ],
)
def test_grades(nlp, sentence, grade, cue):
    got, cues = _grade(nlp, sentence)
    assert got == grade, (sentence, got, cues)
    if cue is not None:
        assert cue in cues


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was published on Monday.",  # "report" is not a hedge by itself
        "They could not agree, he wrote in a book that was popular.",
        "The alleys of Moscow were quiet.",  # "alleys" is not "allegedly"
        "May was a cold month.",  # the month, not the modal
    ],
)
def test_no_hedge_or_speculation(nlp, sentence):
    got, _ = _grade(nlp, sentence, with_attribution=False)
    assert got == "asserted", sentence


def test_relative_clause_modal_does_not_speculate(nlp):
    sentence = "Sources had located him, which could explain the rumours."
    got, _ = _grade(nlp, sentence, with_attribution=False)
    assert got == "asserted"


def test_backshifted_could_is_not_speculation(nlp):
    sentence = "Its fighters were told they could go home."
    got, _ = _grade(nlp, sentence, with_attribution=False)
    assert got == "asserted"


def test_chain_weakest_link(nlp):
    """An on-record publication relaying anonymous sources makes the claim anonymous."""
    sentence = "The meeting lasted three hours."
    doc = nlp(sentence)
    pub = Source("Libération", "publication", None)
    anon = Source("secret service sources", "anonymous", None)
    attribution = Attribution(Span(0, 3), Span(0, len(sentence)), pub, "indirect", (pub, anon))
    assert assess_certainty(doc, Span(0, len(sentence)), attribution).grade == "anonymous"


def test_precedence_denial_over_speculation(nlp):
    got, _ = _grade(nlp, "The Kremlin denied that Prigozhin may have returned.")
    assert got == "denial"


def test_grade_order_is_documented_precedence():
    assert GRADE_ORDER == (
        "denial",
        "speculation",
        "hedged",
        "anonymous",
        "named",
        "on_record",
        "asserted",
    )
    assert "deny" in DENIAL_VERBS and "allegedly" in HEDGE_WORDS and "may" in SPECULATION_MODALS
    assert "would" not in SPECULATION_MODALS


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        # an official speaking in their role is on the record, whatever the verb
        ("Fire chief John Smith said the blaze was contained.", "on_record"),
        ("Fire chief John Smith told reporters the blaze was contained.", "on_record"),
        ("John Smith, the fire chief, said the blaze was contained.", "on_record"),
        ("Sheriff Jane Doe said the blaze was contained.", "on_record"),
        ("District Attorney Jane Doe said the charges were dropped.", "on_record"),
        ("China's ambassador said the talks would continue.", "on_record"),
        ("Police said 12 people were injured when a bus overturned.", "on_record"),
        ("Prosecutors said the driver was arrested.", "on_record"),
        # negatives: no office, no public setting
        ("Her attorney said the charges were dropped.", "named"),
        ("Lohan's lawyer said she would appeal.", "named"),
        ("John Head said the blaze was contained.", "named"),
    ],
)
def test_office_and_institution_grades(nlp, sentence, grade):
    got, cues = _grade(nlp, sentence)
    assert got == grade, (sentence, got, cues)


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("Sen. Elizabeth Warren said the bill would pass.", "on_record"),
        ("Gen. Mark Milley said the troops were ready.", "on_record"),
        ("Senator Elizabeth Warren said the bill would pass.", "on_record"),
        # negative: a courtesy title is no office
        ("Mr. Nichols said the troops were ready.", "named"),
    ],
)
def test_abbreviated_offices_are_on_record(nlp, sentence, grade):
    got, cues = _grade(nlp, sentence)
    assert got == grade, (sentence, got, cues)
