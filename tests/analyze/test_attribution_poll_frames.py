"""Attribution readings of poll frames and message participles (issue #5): each reading
checked on literal sentences it must read and on sentences it must leave alone, with the real
parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

# --- a sentence-opening poll frame relays its respondents' "said" (POLL_RELAYED_VERBS) -------

POLL_RELAYS = [
    (
        "In a CNN/ORC International Poll the same month, 38 percent of voters said Mr. Clinton "
        "should completely step down from the foundation.",
        "a CNN/ORC International Poll",
        "38 percent of voters said Mr. Clinton should completely step down from the foundation",
    ),
    # a stance verb inside what the respondents said is theirs, not the writer's
    (
        "In a Quinnipiac poll released Tuesday, most Republicans said they would back the nominee.",
        "a Quinnipiac poll released Tuesday",
        "most Republicans said they would back the nominee",
    ),
]


@pytest.mark.parametrize(("sentence", "source", "content"), POLL_RELAYS)
def test_poll_frame_relays_what_respondents_said(nlp, sentence, source, content):
    article, atts = _read(nlp, sentence)
    # one attribution, the poll's: the respondents' own reading is merged into it
    assert [
        (_text(article, a.cue), _text(article, a.source.span), _text(article, a.content))
        for a in atts
    ] == [("In", source, content)]


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        # a statement, an interview: the verb after the frame is the cue (FRAME_SPEAKING_DOCUMENTS)
        (
            "In a statement on Monday, the senator said he would vote against the bill.",
            "said",
            "the senator",
        ),
        (
            "In an interview with NPR, the governor said the state would appeal.",
            "said",
            "the governor",
        ),
        # the pollster's own finding: its verb is the cue, no relay
        (
            "In a poll of 800 voters, Democracy Corps found that most disliked the plan.",
            "found",
            "Democracy Corps",
        ),
    ],
)
def test_other_frames_keep_their_verb_as_the_cue(nlp, sentence, cue, source):
    article, atts = _read(nlp, sentence)
    assert [(_text(article, a.cue), _text(article, a.source.span)) for a in atts] == [(cue, source)]


def test_poll_mentioned_mid_sentence_is_not_a_frame(nlp):
    # "in" + poll not opening the sentence, with a verb of saying: the verb's reading alone
    article, atts = _read(
        nlp, "Voters in the poll said they trusted neither candidate on the economy."
    )
    assert [_text(article, a.cue) for a in atts] == ["said"]


# --- a message put out with its words in a participle (MESSAGE_PARTICIPLE_VERBS) ------------

MESSAGE_PARTICIPLES = [
    (
        "The campaign released a statement saying it was postponing a Monday evening rally.",
        "released a statement saying",
        "it was postponing a Monday evening rally",
    ),
    (
        "The senator issued a statement saying that the Senate should not confirm a nominee.",
        "issued a statement saying",
        "that the Senate should not confirm a nominee",
    ),
    (
        "The group shot back in an article stating that New York was the billionaire capital.",
        "shot back in an article stating",
        "that New York was the billionaire capital",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), MESSAGE_PARTICIPLES)
def test_message_participle_words_are_the_content(nlp, sentence, cue, content):
    article, atts = _read(nlp, sentence)
    assert [(_text(article, a.cue), _text(article, a.content)) for a in atts] == [(cue, content)]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        # the message is what is cited, not put out: it stays in the content
        (
            "The senator cited a White House memo saying the bill had passed.",
            "cited",
            "a White House memo saying the bill had passed",
        ),
        # someone else says it ("50 percent saying"): no message of the cue verb's
        (
            "Voters still view Clinton as more prepared, with 50 percent saying she is ready.",
            None,
            None,
        ),
    ],
)
def test_other_participles_keep_the_reading(nlp, sentence, cue, content):
    article, atts = _read(nlp, sentence)
    words = [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    if cue is not None:
        assert (cue, content) in words
    assert not any(c is not None and c.endswith("saying") for c, _ in words)
