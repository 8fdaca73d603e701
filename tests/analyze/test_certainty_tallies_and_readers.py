"""Who a source is, read as news writes it (real parses through ``analyze_doc``): a tally, a
chart or a slide shows evidence on the record (``EVENT_RECORDS``); a justice of a court is an
office on the record, but not a cause named "Justice" (``OFFICE_TITLE_HEADS``); and "you" is
the reader addressed even when the parse links it to someone before (``_no_speaker``)."""

from __future__ import annotations

import pytest
from claims_reads import claims_of, words


def _grade_at(nlp, text: str, trigger: str) -> tuple[str, list[str]]:
    (claim,) = [c for c in claims_of(nlp, text) if words(text, c.trigger) == trigger]
    return claim.certainty.grade, [words(text, s) for s in claim.certainty.cues]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "Smith has won 758 delegates so far, according to a CNN tally.",
            "won",
            "a CNN tally",
        ),
        (
            "Another slide shows that eight of 10 avocados consumed in the United States are "
            "grown in Mexico.",
            "grown",
            "Another slide",
        ),
    ],
)
def test_a_tally_or_a_slide_shows_evidence_on_the_record(nlp, text, trigger, source) -> None:
    assert _grade_at(nlp, text, trigger) == ("on_record", [source])


def test_unnamed_people_who_say_stay_anonymous(nlp) -> None:
    text = "Analysts say that eight of 10 avocados eaten in the United States are grown in Mexico."
    assert _grade_at(nlp, text, "grown") == ("anonymous", ["Analysts"])


def test_a_justice_of_a_court_speaks_on_the_record(nlp) -> None:
    text = "Justice Scalia said the program was unfair to the students."
    assert _grade_at(nlp, text, "said")[0] == "on_record"


def test_a_cause_named_justice_is_no_office(nlp) -> None:
    text = (
        "Asa Khalif, an organizer with the Philly Coalition for Real Justice, said the "
        "demonstrators wanted to send a message."
    )
    assert _grade_at(nlp, text, "said")[0] == "named"


def test_you_is_the_reader_even_when_linked_to_someone_before(nlp) -> None:
    text = (
        "Many colleges charge more than $60,000 a year. How do you know when it's worth paying "
        "a whole lot more for one school than another?"
    )
    assert _grade_at(nlp, text, "know") == ("asserted", [])
