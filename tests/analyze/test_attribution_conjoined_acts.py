"""A cue verb coordinated with the reported clause's verb in the cue's own tense, and not the
reported verb's, is the speaker's second act (issue #5, PolNeAR contents): "Lopez said he
makes $41,000 a year and questioned how …" ends the content of "said" before "and" and
"questioned" has its own. ``_cut_conjoined_acts`` (``CONJOINED_ACT_CCS``, ``FINITE_TAGS``);
checked on literal sentences it must split and sentences it must leave whole, on the real
parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import CONJOINED_ACT_CCS, FINITE_TAGS


def _contents(nlp, sentence: str) -> dict[str, str]:
    article, atts = _read(nlp, sentence)
    return {_text(article, a.cue): _text(article, a.content) for a in atts}


SPLIT = [
    (
        "Lopez said he makes $41,000 a year and questioned how he would be helped by the plan.",
        "said",
        "he makes $41,000 a year",
        "questioned",
    ),
    (
        "She said she admires his determination and highlighted their shared commitment on "
        "health care.",
        "said",
        "she admires his determination",
        "highlighted",
    ),
    (
        "Officials said the plan makes sense and warned that delays would cost more.",
        "said",
        "the plan makes sense",
        "warned",
    ),
]

WHOLE = [
    # backshifted: the reported verb is past as the cue, so "hoped" may be the reported one's
    (
        "She said she did not condone violence and hoped that people would voice concerns "
        "peacefully.",
        "said",
        "and hoped that people would voice concerns peacefully",
    ),
    # the second verb is in the reported verb's tense: the company plans
    (
        "He said the company has no more speeches scheduled and plans to sell the building.",
        "said",
        "and plans to sell the building",
    ),
    # not a cue verb: "sold" stays in the reported clause
    (
        "He said the firm makes cars and sold its trucks division last year.",
        "said",
        "and sold its trucks division",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "content", "second"), SPLIT)
def test_conjoined_act_of_the_speaker_ends_the_content(nlp, sentence, cue, content, second):
    contents = _contents(nlp, sentence)
    assert contents.get(cue) == content, contents
    assert second in contents, contents


@pytest.mark.parametrize(("sentence", "cue", "kept"), WHOLE)
def test_other_conjuncts_stay_in_the_content(nlp, sentence, cue, kept):
    contents = _contents(nlp, sentence)
    assert kept in (contents.get(cue) or ""), contents


def test_rule_lists():
    assert CONJOINED_ACT_CCS == {"and", "but"}
    assert FINITE_TAGS == {"VBD", "VBZ", "VBP"}
