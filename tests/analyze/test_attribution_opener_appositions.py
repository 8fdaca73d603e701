"""A speaker the parser hangs as an apposition on the last noun of a sentence-opening phrase
(issue #5, PolNeAR sources): 'At Boca West, …, Jay DiPietro, the club's president,
suggested …' makes "DiPietro" an apposition of "West". ``_opener_apposition_speaker`` reads
the first apposition, a name set off by a comma, as the subjectless cue's speaker; checked on
literal sentences it must read and sentences it must leave alone, on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import source_of as _source_of

from corroborator.analyze.attribution import (
    OPENER_HOST_DEPS,
    OPENER_PHRASE_DEPS,
    PLACE_ENTITIES,
)

OPENER_POSITIVE = [
    # the name and its role hung on "West", the object of the opening "At"
    (
        "At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the club's "
        "78-year-old president and general manager, suggested that the tribe was divided.",
        "suggested",
        "Jay DiPietro",
    ),
    # name and role both hung on "Clinton", the parser calling "Tanden" a place
    (
        "In a May 2012 message to Clinton, Tanden, head of the Center for American Progress, "
        "recounted a conversation she had while seated next to Soros.",
        "recounted",
        "Tanden",
    ),
]

OPENER_NEGATIVE = [
    # a place beside a place: its state, no speaker
    ("At a rally in Springfield, Illinois, also criticized the deal.", "also criticized", None),
    # the speaker phrase the enclosed-speaker rule reads stays as it was
    (
        "In a statement to the Observer, her adviser, Jake Sullivan, said the talks had failed.",
        "said",
        "her adviser, Jake Sullivan,",
    ),
]


def test_constants() -> None:
    assert "prep" in OPENER_PHRASE_DEPS and "pobj" in OPENER_HOST_DEPS
    assert "GPE" in PLACE_ENTITIES and "PERSON" not in PLACE_ENTITIES


@pytest.mark.parametrize(("sentence", "cue", "source"), OPENER_POSITIVE)
def test_opener_apposition_speaks(nlp, sentence, cue, source) -> None:
    assert (_source_of(nlp, sentence, cue) or "").startswith(source)


@pytest.mark.parametrize(("sentence", "cue", "source"), OPENER_NEGATIVE)
def test_opener_apposition_left_alone(nlp, sentence, cue, source) -> None:
    assert _source_of(nlp, sentence, cue) == source
