"""A name set off by commas around a relative clause or an apposition is the subject of the verb
right after them, however the parser hung that verb (DESCRIBED_SUBJECT_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import agents, event_claims

from corroborator.analyze.claims import DESCRIPTION_DEPS

# The publication date the texts are given: 2016 news, as the texts are.
PUBLISHED = "2016-06-13"


@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        # the parser hangs "tweeted" on Trump as a participle describing him
        (
            "Donald Trump, who is vying to be the next president, tweeted on Friday to say he "
            "had never suggested a database.",
            "v:tweet",
            "person:trump",
        ),
        # ... and "endorsed" on "Sanders' approach"
        (
            "Erin Brockovich, the legendary environmental activist and lawyer, endorsed "
            "Sanders' approach Saturday.",
            "v:endorse",
            "person:brockovich",
        ),
        # the name opens its clause after a date, and hangs on the date
        (
            "On June 4, 2008, Sanders, who hadn't endorsed during the primaries, decided to "
            "back Obama.",
            "v:decide",
            "person:sanders",
        ),
    ],
)
def test_the_described_name_does_the_verb_after_its_description(nlp, text, predicate, agent):
    assert agents(nlp, text, predicate, PUBLISHED) == [agent]
    assert "relcl" in DESCRIPTION_DEPS and "appos" in DESCRIPTION_DEPS


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # the name is an object: the participle after its apposition describes the wedding
        (
            "Mrs. Clinton attended Mr. Trump's wedding to his third wife, the Slovenian model "
            "Melania Knauss, held in a ballroom at his estate.",
            "v:hold",
            [],
        ),
        # a participle with a "by" doer is told of the name, not done by it
        (
            "Donald Trump, the Republican nominee, endorsed by the National Rifle Association, "
            "spoke on Friday.",
            "v:endorse",
            ["org:national rifle association"],
        ),
    ],
)
def test_no_doer_where_the_name_is_no_subject(nlp, text, predicate, expected):
    assert agents(nlp, text, predicate, PUBLISHED) == expected


def test_a_described_name_makes_a_denied_verb_no_plea(nlp):
    # "did not tweet" with no subject of its own would read as a plea ("Don't shoot him")
    text = (
        "At one point on Sunday, Trump, who has nearly 9 million followers, did not tweet, "
        '"Reporting that Orlando killer shouted Allah hu Akbar!"'
    )
    (claim,) = [c for c in event_claims(nlp, text, PUBLISHED) if c.predicate == "v:tweet"]
    assert claim.negated
    assert [(p.role, p.entity) for p in claim.participants] == [("agent", "person:trump")]


def test_a_bare_bidding_is_still_a_plea(nlp):
    text = '"Don\'t shoot him," she says.'
    assert [c for c in event_claims(nlp, text) if c.predicate == "shoot"] == []
