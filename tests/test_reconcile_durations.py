"""When two durations of one event class are of one happening (DURATION_TIES,
_durations_tied): a person does one kind of thing for many lengths of time (a sentence in one
country and one in another, a post and a career), so a name in common ties no two durations;
two reports' ledes, or one day and a name in common, do. Hand-written reports, real spaCy
parses."""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import contradicted, story_facets

# Five sentences of a report's lede before the durations, so only a name or a day ties them.
SENTENCING_LEDE = (
    "A Romanian hacker was sentenced on Thursday in Alexandria, Va. The case drew wide notice. "
    "Prosecutors asked for a long term. The judge spoke for an hour. Reporters filled the room. "
)
TWO_SENTENCES = [
    (
        "Wire",
        SENTENCING_LEDE + "Marcel Lazar was sentenced to seven years in prison in Romania in 2012.",
    ),
    ("Daily", SENTENCING_LEDE + "Marcel Lazar was sentenced to 52 months in federal prison."),
]
TALKS_LEDE = (
    "Diplomats gathered in Geneva on Monday. The talks were tense. Aides waited outside. "
    "Reporters crowded the lobby. Nobody spoke. "
)


def test_two_sentences_of_one_person_told_past_the_ledes_are_two_facts(nlp):
    facets = story_facets(nlp, TWO_SENTENCES)
    durations = [f for f in facets if f.attribute == "duration"]
    assert durations and not contradicted(facets, "duration")
    assert {v.label for v in durations[0].values} == {"7 years", "52 months"}


def test_without_the_rule_a_name_in_common_ties_the_two_sentences(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "DURATION_TIES", False)
    assert contradicted(story_facets(nlp, TWO_SENTENCES), "duration")


def test_two_ledes_giving_one_sentencing_two_lengths_dispute(nlp):
    facets = story_facets(
        nlp,
        [
            ("Wire", "Marcel Lazar was sentenced to four years in prison on Thursday."),
            ("Daily", "Marcel Lazar was sentenced to seven years in prison on Thursday."),
        ],
    )
    [facet] = contradicted(facets, "duration")
    assert {v.label for v in facet.values} == {"4 years", "7 years"}


@pytest.mark.parametrize("hours", ["two", "five"])
def test_one_meeting_dated_alike_and_named_alike_past_the_ledes_disputes(nlp, hours):
    facets = story_facets(
        nlp,
        [
            ("Wire", TALKS_LEDE + "Kerry met Lavrov for two hours on Monday."),
            ("Daily", TALKS_LEDE + f"Kerry met Lavrov for {hours} hours on Monday."),
        ],
        published="2016-03-09",  # dated reports: "Monday" is one full day, March 7
    )
    assert bool(contradicted(facets, "duration")) == (hours == "five")
