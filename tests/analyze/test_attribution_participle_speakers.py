"""The speaker of a participle cue (issue #5, PolNeAR sources): a set-off participle the
parser hung on the quotation after it speaks with the clause it modifies, never with the
quotation's own subject (``_quoted_head_speaker``); a gerund after a preposition whose host
has no subject of its own speaks with the subject of the clause the phrase stands in
(``_clause_subject_above``: "was sidelined after demonstrating …", "a long history of
blaming …"). A participle on a noun keeps that noun as its speaker. Real parses."""

from __future__ import annotations

import pytest
from attribution_reads import source_of

PARTICIPLE_SPEAKERS = [
    # "telling" hung on "get", inside the quotation: the clause before speaks, not "Some people"
    (
        "Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, "
        "\u201cSome people get a little carried away, have you noticed that?\u201d",
        "telling",
        "Clinton",
    ),
    # a fronted participle hung on the quoted "going": the speech verb's subject, not "we"
    (
        "Emphasizing the urgency of the matter, Trump said, \u201cIf we do not get tough and "
        "smart real fast, we are not going to have a country anymore.\u201d",
        "Emphasizing",
        "Trump",
    ),
    # a passive host: its passive subject
    (
        "Obama economic adviser Christina Romer was sidelined after demonstrating that the "
        "stimulus package needed to be much larger.",
        "demonstrating",
        "Obama economic adviser Christina Romer",
    ),
    # the phrase on an adjective
    (
        "At the same time, Trump has been the most aggressive in the Republican field in "
        "denouncing the mainstream media.",
        "denouncing",
        "Trump",
    ),
    # the phrase on a noun
    (
        "Donald Trump has a long history of blaming others for his mostly self-inflicted wounds.",
        "blaming",
        "Donald Trump",
    ),
    # the phrase on a noun inside a passive clause
    (
        "Thousands of Oromos have been jailed without trial on suspicion of supporting the "
        "Oromo Liberation Front.",
        "supporting",
        "Thousands of Oromos",
    ),
]

# A participle on a noun speaks with that noun; a trailing participle after a clause keeps
# the clause's subject, not the nearest noun; a phrase in a clause of "that" finds no one.
PARTICIPLE_KEEPS = [
    ("The man saying the vote was rigged was escorted out of the hall.", "saying", "The man"),
    (
        "A crowd of voters chanting that the election was stolen gathered outside.",
        "chanting",
        "A crowd of voters",
    ),
    (
        "The senator said the bill was flawed, citing a poll of Muslims in Michigan.",
        "citing",
        "The senator",
    ),
    (
        "That\u2019s not the same as saying an Indiana-born judge can\u2019t be impartial.",
        "saying",
        None,
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), PARTICIPLE_SPEAKERS)
def test_participle_speaks_with_the_clause_it_modifies(nlp, text, cue, speaker):
    assert source_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), PARTICIPLE_KEEPS)
def test_participle_keeps_its_own_speaker(nlp, text, cue, speaker):
    assert source_of(nlp, text, cue) == speaker
