"""Relayed statements (issue #5): a statement whose own cue is followed (or preceded) in its
sentence by a relaying "according to X" / "reports X" is one attribution, the relayer's, with
the statement, its speaker and its cue as content and the chain relayer -> speaker, as PolNeAR
marks it (``RELAY_CUE_WORDS``, ``FRONTED_RELAY_CUE_WORDS``, ``RELAYED_SPEECH_VERBS``)."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import (
    FRONTED_RELAY_CUE_WORDS,
    RELAY_CUE_WORDS,
    RELAYED_SPEECH_VERBS,
)

# (sentence, relaying cue, relayer, merged content, chain names)
RELAYED = [
    # a quotation split around "X said, according to Y": one content over both parts
    (
        '"I ask you not to protest on the floor," Sanders said, according to CNN. '
        '"It is of utmost importance."',
        "according to",
        "CNN",
        '"I ask you not to protest on the floor," Sanders said, according to CNN. '
        '"It is of utmost importance."',
        ["CNN", "Sanders"],
    ),
    # reported speech: the speaker and cue join the content, the relayer's words stay out
    (
        'On Monday, Trump said he was "happy to see" that Khan was voted in, according to '
        "The New York Times.",
        "according to",
        "The New York Times",
        'Trump said he was "happy to see" that Khan was voted in',
        ["New York Times", "Trump"],
    ),
    (
        "The president told her that it was not that simple, according to an account she gave "
        "to the paper.",
        "according to",
        "an account",
        "The president told her that it was not that simple",
        ["an account", "The president"],
    ),
    # an inverted "reports X" after an inverted "said X"
    (
        '"Delegates should vote as they see fit," Walker said, reports USA Today.',
        "reports",
        "USA Today",
        '"Delegates should vote as they see fit," Walker said',
        ["USA Today", "Walker"],
    ),
    # a fronted relayer whose content holds the statement's own cue
    (
        "According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that if his "
        "candidate were to win in November, \u201cshe would sign this legislation if it came to "
        "her desk.\u201d",
        "According to",
        "Yahoo News",
        "Clinton spokesman Jesse Lehrich said Friday that if his candidate were to win in "
        "November, \u201cshe would sign this legislation if it came to her desk.\u201d",
        ["Yahoo News", "Jesse Lehrich"],
    ),
]


@pytest.mark.parametrize(("text", "cue", "relayer", "content", "chain"), RELAYED)
def test_relayed_statement_is_one_attribution(nlp, text, cue, relayer, content, chain):
    article, found = _read(nlp, text)
    assert len(found) == 1, [_text(article, a.cue) for a in found]
    a = found[0]
    assert _text(article, a.cue) == cue
    assert _text(article, a.source.span) == relayer
    assert _text(article, a.content) == content
    names = [link.name for link in a.chain]
    assert names[0].endswith(chain[0]) and names[-1].endswith(chain[1]), names


# (sentence, cues that must stay, each with its own reading)
NOT_RELAYED = [
    # "citing" is no relaying cue: PolNeAR marks both readings
    (
        '"It is a reflection of frustration," McCain said, citing low economic growth.',
        ["said", "citing"],
    ),
    # the relayer in another sentence relays nothing of the first
    (
        "Sanders said the vote was rigged. According to CNN, the party apologised.",
        ["said", "According to"],
    ),
    # "reports" inside a quotation is the quoted speaker's word, not a relay
    (
        'The group said the company "reports having 987 subsidiaries in tax havens" in '
        "its filings.",
        ["said"],
    ),
]


@pytest.mark.parametrize(("text", "cues"), NOT_RELAYED)
def test_statement_without_relayer_keeps_its_reading(nlp, text, cues):
    article, found = _read(nlp, text)
    read = [_text(article, a.cue) for a in found]
    for cue in cues:
        assert cue in read, read


def test_act_not_words_is_not_merged(nlp):
    # "revealed" is not in RELAYED_SPEECH_VERBS: the writer's own revelation is not relayed
    text = (
        "As this reporter revealed, Halbritter is not even a legitimate member of the tribe he "
        "leads, according to genealogical documents."
    )
    article, found = _read(nlp, text)
    sources = [_text(article, a.source.span) for a in found]
    assert "genealogical documents" not in sources or "this reporter" in sources, sources
    assert "reveal" not in RELAYED_SPEECH_VERBS


def test_rule_lists():
    assert "according" in RELAY_CUE_WORDS and "according" in FRONTED_RELAY_CUE_WORDS
    assert "citing" not in RELAY_CUE_WORDS
    assert FRONTED_RELAY_CUE_WORDS <= RELAY_CUE_WORDS
    assert {"say", "tell"} <= RELAYED_SPEECH_VERBS
