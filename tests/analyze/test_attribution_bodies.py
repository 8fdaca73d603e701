"""A body that speaks by its common noun ("the club said", "the hospital said") is an
organisation on the record, as "the Kremlin said" is (``ORGANISATION_NOUNS``), while a person
of the body left unnamed ("a club official said") stays an anonymous source; read on the real
parse and graded by ``certainty.source_grade``."""

from __future__ import annotations

import pytest
from attribution_reads import read, span_text

from corroborator.analyze.certainty import source_grade


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Mariners made an eight-year offer to Dario Vance on Tuesday, the club said.",
            "the club",
        ),
        ("Two patients were discharged on Friday, the hospital said.", "the hospital"),
        ("The university said the lecture would go ahead.", "The university"),
        ("The airline said all flights were cancelled.", "The airline"),
    ],
)
def test_a_body_named_by_its_noun_speaks_on_the_record(nlp, text, speaker):
    article, atts = read(nlp, text)
    assert len(atts) == 1, [(span_text(article, a.cue), a.source) for a in atts]
    source = atts[0].source
    assert span_text(article, source.span) == speaker
    assert source.kind == "organisation"
    assert source_grade(source) == "on_record"


@pytest.mark.parametrize(
    "text",
    [
        "The Mariners made an offer to Dario Vance, a club official said.",
        "Two patients were discharged, sources at the hospital said.",
    ],
)
def test_an_unnamed_person_of_a_body_stays_anonymous(nlp, text):
    article, atts = read(nlp, text)
    assert len(atts) == 1, [(span_text(article, a.cue), a.source) for a in atts]
    assert source_grade(atts[0].source) == "anonymous"
