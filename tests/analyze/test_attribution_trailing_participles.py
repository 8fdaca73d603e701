"""A speech participle set off after a reported clause is the speaker's next act, not part of
what was said (issue #5, PolNeAR contents): 'said that is a "distortion," describing the team
as accomplished' ends the content of "said" at the comma, and "describing" has its own.
``TRAILING_PARTICIPLE_CUES`` lists the participles; ``_participle_setoff`` finds the comma or
dash, past a closing quotation mark. Checked on literal sentences it must split and
sentences it must leave whole, on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import (
    CLOSING_QUOTES,
    OBJECT_CLIMB_DEPS,
    TRAILING_PARTICIPLE_CUES,
)


def _contents(nlp, sentence: str) -> dict[str, str]:
    article, atts = _read(nlp, sentence)
    return {_text(article, a.cue): _text(article, a.content) for a in atts}


SPLIT = [
    # a comma inside the closing quotation mark, then the participle
    (
        'He insisted that he has "expanded the Republican party," claiming that he is '
        "responsible for higher turnout in the primary states.",
        "insisted",
        'that he has "expanded the Republican party,"',
        "claiming",
    ),
    # a participle of speech after a quoted word
    (
        'The director said that is a "distortion," describing the security team as highly '
        "accomplished.",
        "said",
        'that is a "distortion,"',
        "describing",
    ),
    # a noun-phrase content with a dash before the participle
    (
        "The chairwoman dismissed the accusations that the campaign is violating election "
        "law — saying the rival campaign chose not to accept the same help.",
        "dismissed",
        "the accusations that the campaign is violating election law",
        "saying",
    ),
]

WHOLE = [
    # a participle set off inside the reported clause, before its verb: the clause's own
    (
        "She said the company, citing losses, will cut 300 jobs next year.",
        "said",
        "citing losses, will cut 300 jobs",
    ),
    # a participle of what the reported people did, not of speech: it stays in the content
    (
        "Officials said protesters marched through the city, chanting slogans against the "
        "government.",
        "said",
        "chanting slogans against the government",
    ),
    (
        "He said the senator was in Ohio that day, speaking to voters about trade.",
        "said",
        "speaking to voters about trade",
    ),
    # no comma or dash sets the participle off: it belongs to the clause
    (
        "She said he was seen leaving the building explaining the plan to a guard.",
        "said",
        "explaining the plan to a guard",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "content", "second"), SPLIT)
def test_trailing_speech_participle_ends_the_content(nlp, sentence, cue, content, second):
    contents = _contents(nlp, sentence)
    assert contents.get(cue) == content, contents
    assert second in contents, contents
    assert second not in contents[cue]


@pytest.mark.parametrize(("sentence", "cue", "kept"), WHOLE)
def test_other_participles_stay_in_the_content(nlp, sentence, cue, kept):
    contents = _contents(nlp, sentence)
    assert kept in (contents.get(cue) or ""), contents


def test_rule_lists():
    assert {"say", "add", "claim", "cite", "point"} <= TRAILING_PARTICIPLE_CUES
    assert "chant" not in TRAILING_PARTICIPLE_CUES and "speak" not in TRAILING_PARTICIPLE_CUES
    assert "”" in CLOSING_QUOTES and "," not in CLOSING_QUOTES


SPEAKERS = [
    # a comma inside the closing quotation mark: the participle still climbs to "insisted"
    (
        'Trump insisted that the senator has "expanded the Republican party," claiming that '
        "turnout rose in the primary states.",
        "claiming",
        "Trump",
    ),
    # hung inside an object content (the accusations' clause): the cue above speaks
    (
        "Wasserman Schultz dismissed the accusations that the campaign is violating election "
        "law — saying the rival campaign chose not to accept the same help.",
        "saying",
        "Wasserman Schultz",
    ),
    (
        "Bennett denied the notion that a campaign shakeup is coming, explaining that he was "
        "unaware of the interview.",
        "explaining",
        "Bennett",
    ),
]

# A participle inside the reported clause, before its verb, is no cue of the speaker's.
NOT_CLIMBING = "She said the company, citing losses, will cut 300 jobs next year."


@pytest.mark.parametrize(("sentence", "cue", "speaker"), SPEAKERS)
def test_trailing_participle_speaks_with_the_cue_above(nlp, sentence, cue, speaker):
    article, atts = _read(nlp, sentence)
    hits = [a for a in atts if _text(article, a.cue).startswith(cue)]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    assert _text(article, hits[0].source.span) == speaker


def test_participle_inside_the_clause_is_no_cue(nlp):
    article, atts = _read(nlp, NOT_CLIMBING)
    assert [_text(article, a.cue) for a in atts] == ["said"]


def test_climb_dependencies():
    assert OBJECT_CLIMB_DEPS == {"acl", "dobj", "ccomp"}
