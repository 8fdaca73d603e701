"""A message put out with its words in a relative clause ("released a letter that says X",
MESSAGE_RELATIVE_VERBS) or in a participle after a quotation mark ("issued a statement saying,
“…”"): the cue runs on to the clause's verb and the content is its words, as PolNeAR marks
them, so a dossier shows what the message says, not "released: 'says he has …'". Each reading
is checked on literal sentences with the real parse, and on sentences it must leave alone."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

MESSAGE_RELATIVES = [
    # the parser ends the object at "his doctor": the message lies between the cue and the
    # content the rules read ("that says …")
    (
        "He released a letter from his doctor Friday afternoon that says he has "
        "“extraordinarily good health” for a 63-year-old.",
        "released a letter from his doctor Friday afternoon that says",
        "he has “extraordinarily good health” for a 63-year-old",
    ),
    (
        "Sen. Rand Paul (Ky.) has released a Web video that accuses Cruz of being welcoming to "
        "Syrian refugees.",
        "has released a Web video that accuses",
        "Cruz of being welcoming to Syrian refugees",
    ),
    (
        "The Washington Post recently ran a piece that noted his health care plan would benefit "
        "affluent households.",
        "recently ran a piece that noted",
        "his health care plan would benefit affluent households",
    ),
    # the words a quotation after the clause's verb
    (
        'In selling the courses, Trump released a marketing video that said, "We are going to '
        'have professors that are absolutely terrific."',
        "released a marketing video that said",
        '"We are going to have professors that are absolutely terrific."',
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), MESSAGE_RELATIVES)
def test_message_relative_words_are_the_content(nlp, sentence, cue, content):
    article, atts = _read(nlp, sentence)
    assert [(_text(article, a.cue), _text(article, a.content)) for a in atts] == [(cue, content)]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        # the message is cited, not put out by the cue verb: it stays in the content
        (
            "The senator cited a White House memo that said the bill had passed.",
            "cited",
            "a White House memo that said the bill had passed",
        ),
        # a relative clause that says nothing: the message is what was released
        (
            "The campaign released a video that was filmed in Ohio.",
            "released",
            "a video that was filmed in Ohio",
        ),
    ],
)
def test_other_relative_clauses_keep_the_reading(nlp, sentence, cue, content):
    article, atts = _read(nlp, sentence)
    assert (cue, content) in [(_text(article, a.cue), _text(article, a.content)) for a in atts]


def test_message_participle_before_a_quotation_gives_its_words(nlp):
    # a quotation inside the content no longer stops the participle reading: only a content
    # that opens with the quotation is the quotation's own
    article, atts = _read(
        nlp,
        'The company released a statement saying, "G-III has distinguished itself as a trusted '
        'partner for some of the finest brands."',
    )
    assert [(_text(article, a.cue), _text(article, a.content), a.mode) for a in atts] == [
        (
            "released a statement saying",
            '"G-III has distinguished itself as a trusted partner for some of the finest brands."',
            "direct",
        )
    ]


def test_a_content_opening_with_a_quotation_keeps_its_words(nlp):
    # the quotation is what was said; a message inside it is the speaker's word, not a cue
    article, atts = _read(nlp, 'Clinton said: "They issued a statement saying they were sorry."')
    assert [(_text(article, a.cue), _text(article, a.content)) for a in atts] == [
        ("said:", '"They issued a statement saying they were sorry."')
    ]
