"""What the writer states in an article that cites one publication: the writer's own voice,
unless the citation rests on an unnamed source (real parses through ``analyze_doc``)."""

from __future__ import annotations

from claims_reads import claims_of, words

# one publication cited on the record in the third sentence; the rest is the writer's
CITED_ON_RECORD = (
    "The plant closed in March. Hundreds of workers lost their jobs. The Wall Street Journal "
    "reported that the company had cut 500 jobs in Ohio. The mayor visited the plant on Monday."
)
# the same, but the publication relays unnamed sources: the report rests on them
CITED_ANONYMOUS = (
    "The plant closed in March. Hundreds of workers lost their jobs. The Wall Street Journal "
    "reported that sources close to the company said it had cut 500 jobs. The mayor visited "
    "the plant on Monday."
)


def _grades(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    return {
        words(text, c.trigger): (c.certainty.grade, [words(text, s) for s in c.certainty.cues])
        for c in claims_of(nlp, text)
    }


def test_a_publication_cited_on_the_record_does_not_voice_the_writer(nlp) -> None:
    grades = _grades(nlp, CITED_ON_RECORD)
    # the writer's own statements stay the writer's
    assert grades["closed"] == ("asserted", [])
    assert grades["visited"] == ("asserted", [])
    # what the publication reported is on its record
    assert grades["reported"] == ("on_record", ["The Wall Street Journal"])


def test_a_citation_resting_on_unnamed_sources_weakens_the_writer(nlp) -> None:
    grades = _grades(nlp, CITED_ANONYMOUS)
    assert grades["closed"] == ("anonymous", ["sources close to the company"])
    assert grades["visited"][0] == "anonymous"


def test_a_wire_copy_is_the_agency_record(nlp) -> None:
    text = "WASHINGTON (AP) - The Senate voted on Tuesday to fund the plant. " + CITED_ON_RECORD
    grades = _grades(nlp, text)
    assert grades["voted"][0] == "on_record"
    assert grades["closed"][0] == "on_record"
