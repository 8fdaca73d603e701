"""Words retold as "X said that Y told someone ..." are Y's; X only relays them
(RETOLD_SPEECH_RULE), on real parses."""

from __future__ import annotations

import pytest
from claims_reads import claims_of, words

from corroborator.analyze.claims import RETOLD_CONTENT_DEPS, RETOLD_SPEECH_VERBS

# (text, the words Y said, Y's name, the relayer's name)
RETOLD = [
    (
        "Sarah Palin visited the church. Her spokesman, Bill McAllister, said that Palin told an "
        'assistant pastor she was sorry if the fire was related to the "undeserved negative '
        'attention" the church had received.',
        'she was sorry if the fire was related to the "undeserved negative attention" the church '
        "had received",
        "Palin",
        "Bill McAllister",
    ),
    (
        "Senator John McCain spoke on Monday. Palin said McCain told her he was angry.",
        "he was angry",
        "McCain",
        "Palin",
    ),
]


@pytest.mark.parametrize(("text", "said", "speaker", "relayer"), RETOLD)
def test_words_retold_are_the_first_speakers(nlp, text, said, speaker, relayer):
    statements = [c for c in claims_of(nlp, text) if c.predicate == "statement"]
    assert [words(text, c.attribution.content) for c in statements] == [said]
    (statement,) = statements
    assert statement.attribution.source.name == speaker
    assert [s.name for s in statement.attribution.chain] == [relayer, speaker]
    assert "tell" in RETOLD_SPEECH_VERBS and "ccomp" in RETOLD_CONTENT_DEPS


def test_a_quote_retold_keeps_its_mode_and_a_clause_is_reported(nlp):
    (first, second) = (claims_of(nlp, text) for text, *_ in RETOLD)
    assert [c.attribution.mode for c in first if c.predicate == "statement"] == ["mixed"]
    assert [c.attribution.mode for c in second if c.predicate == "statement"] == ["indirect"]


def test_the_relayed_speakers_pronoun_is_the_speaker(nlp):
    # "she apologizes", parsed as a clause on "pastor": what Palin told him; she is Palin
    text = (
        "Sarah Palin visited the church. Her spokesman, Bill McAllister, says Palin told an "
        "assistant pastor she apologizes if the fire was connected to the attention."
    )
    (apology,) = [c for c in claims_of(nlp, text) if c.predicate == "v:apologize"]
    assert apology.attribution.source.name == "Palin"
    assert words(text, apology.attribution.content).startswith("she apologizes")


@pytest.mark.parametrize(
    "text",
    [
        # the speaker tells it himself: one attribution, no relay
        "Sarah Palin visited the church. Palin told reporters that she was sorry.",
        # a pronoun tells it: it may be the speaker himself, so the words stay his
        "Bill McAllister said that he told the pastor she was sorry.",
        # a verb of speech with no clause said: "told the story", nothing retold
        "Sarah Palin spoke. Bill McAllister said that Palin told the story of the church.",
    ],
)
def test_no_relay_without_a_named_other_speaker_saying_a_clause(nlp, text):
    statements = [c for c in claims_of(nlp, text) if c.predicate == "statement"]
    assert all(len(c.attribution.chain) <= 1 for c in statements)
