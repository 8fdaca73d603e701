"""Counts news gives beside the event word rather than as its subject or object: a participle
describing a counted noun ("the 49 people killed at Pulse", COUNTED_PARTICIPLE_RULE), and "N
others" of an event joined to an event of another kind ("killed three people and wounded two
others", OTHERS_COUNT_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import event_claims, only, words


def counts(text: str, claim) -> list[tuple[str, float, str]]:
    return [(words(text, q.span), q.value, q.unit) for q in claim.quantities]


@pytest.mark.parametrize(
    ("text", "predicate", "count"),
    [
        ("Obama met relatives of the 49 people killed at Pulse.", "kill", "49 people"),
        ("The rioting has left at least 70 people injured.", "injure", "at least 70 people"),
        (
            "The riots spread across the country, with at least 70 people injured in cities.",
            "injure",
            "at least 70 people",
        ),
    ],
)
def test_a_participle_describing_a_counted_noun_counts_it(nlp, text, predicate, count):
    claim = only(event_claims(nlp, text), predicate)
    assert [c[0] for c in counts(text, claim)] == [count]


def test_a_participle_describing_an_uncounted_noun_counts_nothing(nlp):
    text = "A man killed in the blast was buried in Leeds on Monday."
    assert not only(event_claims(nlp, text), "kill").quantities


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The gunman killed three people and wounded four others.", "four others"),
        (
            "A woman opened fire at a factory, killing two workers and wounding two others.",
            "two others",
        ),
        (
            "More than 100 people have been killed and more than 1,000 others wounded.",
            "more than 1,000 others",
        ),
    ],
)
def test_others_of_another_kind_of_event_count_all_its_people(nlp, text, count):
    claim = only(event_claims(nlp, text), "injure")
    assert counts(text, claim)[0][0] == count
    assert counts(text, claim)[0][2] == "people"


@pytest.mark.parametrize(
    "text",
    [
        "The gunman killed three soldiers and two others.",  # a part of the three soldiers' toll
        "Two others were injured in the attack.",  # others of what came before: a part
    ],
)
def test_others_of_the_same_event_are_a_part_and_count_nothing(nlp, text):
    assert not any(
        words(text, q.span).endswith("others")
        for c in event_claims(nlp, text)
        for q in c.quantities
    )
