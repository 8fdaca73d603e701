"""A speech participle set off after a clause that introduces a quotation past only its
addressee says that quotation, not the clause before it (issue #5, ``_participle_quote``,
``SPEECH_PARTICIPLE_TAGS``, ``PARTICIPLE_ADDRESSEE_DEPS``): "…, telling reporters, “…”".
Checked with the real parse where it applies and where the quotation is only a topic."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

PARTICIPLE_QUOTES = [
    (
        "Weaver didn’t seem particularly impressed with Sanders’ comments Tuesday, telling "
        "reporters, “A lot of people said the governor should step down.”",
        "telling",
        "“A lot of people said the governor should step down.”",
    ),
    (
        "Ted Cruz was also critical of Obama’s stance, telling Breitbart London: “President "
        "Obama’s comments today are typical of his administration.”",
        "telling",
        "“President Obama’s comments today are typical of his administration.”",
    ),
    (
        'Clinton tweeted congratulations to Sanders, adding "to all the voters and volunteers '
        'who poured your hearts into this campaign: Forward!"',
        "adding",
        '"to all the voters and volunteers who poured your hearts into this campaign: Forward!"',
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), PARTICIPLE_QUOTES)
def test_a_participle_says_the_quotation_after_it(nlp, text, cue, content):
    article, atts = _read(nlp, text)
    assert [_text(article, a.content) for a in atts if _text(article, a.cue) == cue] == [content]


def test_a_quoted_word_after_a_topic_is_no_content(nlp):
    # "about the “deal”": a topic between the participle and the quotation
    text = "Sanders defended his record on Tuesday, telling reporters about the “deal” he had made."
    article, atts = _read(nlp, text)
    contents = [_text(article, a.content) for a in atts if _text(article, a.cue) == "telling"]
    assert "“deal”" not in contents


def test_a_participle_with_no_quotation_keeps_its_clause(nlp):
    article, atts = _read(nlp, "The senator attacked the plan, saying it would fail.")
    assert [_text(article, a.content) for a in atts if _text(article, a.cue) == "saying"] == [
        "it would fail"
    ]
