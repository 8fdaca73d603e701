"""Two wrong noun-phrase sources (issue #5, PolNeAR sources): a speech verb set off by a comma
after the words it reports, its speaker named right after it, which the parser hung on the
verb as a second subject beside the reported words ('…, said Geert Wilders, founder of …':
``_inverted_speaker``); and a subjectless verb joined to a passive one, which shares the
passive subject, not the agent ("FBI officials were angered by the deal and predicted …":
``_passive_host_subject``). Each is checked with its switch on and off, and on sentences it
must leave alone. Real parses."""

from __future__ import annotations

import pytest
from attribution_reads import source_of

from corroborator.analyze import attribution

INVERTED = [
    (
        'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert '
        "Wilders, founder of the right-wing Dutch Party for Freedom.",
        "said",
        "Geert Wilders, founder of the right-wing Dutch Party for Freedom",
    ),
    (
        'Couple global exposure with a "candidate who is a lightning rod" and Clevelanders get '
        "nervous, said Christine Link, executive director of the American Civil Liberties Union "
        "in Ohio.",
        "said",
        "Christine Link, executive director of the American Civil Liberties Union in Ohio",
    ),
]

PASSIVE_HOSTS = [
    (
        "FBI officials were angered by the deal and predicted it would affect the outcome of "
        "other cases involving classified information.",
        "predicted",
        "FBI officials",
    ),
    (
        "As the crowd began to chant, Silverman was joined on stage again by Minnesota Sen. Al "
        "Franken and joked, \u201cBernie or Bust people, you\u2019re being ridiculous.\u201d",
        "joked",
        "Silverman",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), INVERTED)
def test_inverted_speaker_is_the_name_after_the_verb(nlp, text, cue, speaker):
    assert source_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), INVERTED)
def test_without_the_rule_the_reported_words_speak(nlp, text, cue, speaker, monkeypatch):
    monkeypatch.setattr(attribution, "INVERTED_SPEAKER", False)
    assert source_of(nlp, text, cue) != speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), PASSIVE_HOSTS)
def test_verb_joined_to_a_passive_shares_its_subject(nlp, text, cue, speaker):
    assert source_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), PASSIVE_HOSTS)
def test_without_the_rule_the_agent_speaks(nlp, text, cue, speaker, monkeypatch):
    monkeypatch.setattr(attribution, "PASSIVE_HOST_SUBJECT", False)
    assert source_of(nlp, text, cue) != speaker


MUST_NOT = [
    # the comma before the verb closes the speaker's apposition; the reported clause's subject
    # runs on into its verb
    (
        "Richard Revesz, director of the Institute for Policy Integrity at New York "
        "University\u2019s law school, said the suing states were exaggerating the costs.",
        "said",
        "Richard Revesz, director of the Institute for Policy Integrity at New York "
        "University\u2019s law school,",
    ),
    # ... or a dash sets off a phrase inside the reported clause
    (
        "Polk County GOP Chairman Will Rogers, for example, said Trump\u2019s visit to Des "
        "Moines \u2014 Iowa\u2019s biggest media market \u2014 last Friday would likely help "
        "him.",
        "said",
        "Polk County GOP Chairman Will Rogers",
    ),
    # a verb joined to an active one keeps that one's subject
    (
        "Mr. Putin backpedaled on his prediction and blamed the tumble in oil prices.",
        "blamed",
        "Mr. Putin",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), MUST_NOT)
def test_rules_leave_other_speakers_alone(nlp, text, cue, speaker):
    assert source_of(nlp, text, cue) == speaker
