"""Attribution rules for hearsay adverbs, colons and interrupted speakers (issue #5): each rule
checked on literal sentences it must read and on sentences it must leave alone, with the real
parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

# --- hearsay adverbs: "X reportedly did Y" is reported by no one named (HEARSAY_ADVERBS) -----

REPORTEDLY = [
    (
        "The FBI is reportedly making arrangements to interview Hillary Clinton.",
        "The FBI is reportedly making arrangements to interview Hillary Clinton",
    ),
    (
        "Both Google and Facebook have reportedly looked at Twitter and passed.",
        "Both Google and Facebook have reportedly looked at Twitter and passed",
    ),
    # the adverb first: the content starts after it
    (
        "Reportedly, he made sympathetic comments to co-workers.",
        "he made sympathetic comments to co-workers",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), REPORTEDLY)
def test_reportedly_reads_the_clause_with_no_source(nlp, sentence, content):
    article, atts = _read(nlp, sentence)
    hits = [a for a in atts if _text(article, a.cue).lower() == "reportedly"]
    assert [(_text(article, a.content), a.source.span) for a in hits] == [(content, None)]


def test_reportedly_with_a_speech_verb_stays_the_verbs_cue(nlp):
    # "reportedly said" is one cue, the speaker named
    article, atts = _read(nlp, "Trump reportedly said he would win.")
    assert [(_text(article, a.cue), _text(article, a.source.span)) for a in atts] == [
        ("reportedly said", "Trump")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's own hedges are certainty's, not attributions
        "The company apparently lost money last year.",
        "He allegedly stole the car.",
        "Ted Cruz seemingly ignored the question.",
    ],
)
def test_other_hedging_adverbs_are_no_attribution(nlp, sentence):
    _, atts = _read(nlp, sentence)
    assert atts == []


# --- a cue ending its paragraph with a colon: the next paragraph is what was said ------------

COLON_PARAGRAPHS = [
    (
        "Fox News reports:\n\nAt least four classified emails had their markings changed.",
        "reports",
        "Fox News",
        "At least four classified emails had their markings changed",
    ),
    (
        "In a speech last July, he said:\n\nLet no one be mistaken, his candidacy is a cancer "
        "on conservatism.",
        "said",
        "he",
        "Let no one be mistaken, his candidacy is a cancer on conservatism",
    ),
    (
        "One activist tweeted:\n\nShe should be spending time convincing her friend to resign.",
        "tweeted",
        "One activist",
        "She should be spending time convincing her friend to resign",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), COLON_PARAGRAPHS)
def test_colon_ending_cue_reads_the_next_paragraph(nlp, text, cue, source, content):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue).startswith(cue)]
    assert [(_text(article, a.source.span), _text(article, a.content)) for a in hits] == [
        (source, content)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no cue before the colon: a list, not a statement
        "Here are the results by state:\n\nClinton won Ohio and Florida.",
        "The campaign released these numbers on Monday:\n\nClinton won Ohio and Florida.",
    ],
)
def test_colon_paragraph_without_cue_is_no_attribution(nlp, text):
    _, atts = _read(nlp, text)
    assert atts == []


# --- a speaker interrupted by a clause the parser hung on the cue (_interrupted_speaker) ------

INTERRUPTED = [
    (
        "Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes "
        "about his rival.",
        "Sanders",
        "that fact speaks volumes about his rival",
    ),
    (
        "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find "
        "suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley.",
        "Mr. Slinker",
        "Mr. Trump was a candidate very much in the spirit of Silicon Valley",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), INTERRUPTED)
def test_interrupted_speaker_is_the_source(nlp, sentence, speaker, content):
    article, atts = _read(nlp, sentence)
    hits = [a for a in atts if _text(article, a.cue) == "said"]
    assert len(hits) == 1
    assert _text(article, hits[0].source.span).startswith(speaker)
    assert _text(article, hits[0].content) == content


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a quotation before the cue: the speaker is after it, not the quotation's subject
        (
            "''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard.",
            "Robin Maynard",
        ),
        # an impersonal clause before the cue: its "it" never speaks
        (
            "It is unclear whether the audience will react as favorably, said the analyst.",
            "the analyst",
        ),
    ],
)
def test_interrupted_speaker_leaves_quotations_and_it_alone(nlp, sentence, speaker):
    article, atts = _read(nlp, sentence)
    hits = [a for a in atts if _text(article, a.cue) == "said"]
    assert [_text(article, a.source.span) for a in hits] == [speaker]


# --- the writer's narration between the halves of a split quotation (_in_words, _narration) --

NARRATION = [
    (
        '"If there is anyone that the RNC would like to see lose, it would be Ted Cruz," Black '
        'said, referring to the Republican National Committee. "I am sure there are members of '
        'the establishment that would want something to happen."',
        "Black",
        "the Republican National Committee",
    ),
    (
        '"It is good political strategy for electoral votes in the fall," said Ed Rendell, '
        'referring to the long list of endorsements. "We will win."',
        "Ed Rendell",
        "the long list of endorsements",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), NARRATION)
def test_stance_between_split_quotation_halves_is_its_own(nlp, text, speaker, content):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == "referring to"]
    assert [(_text(article, a.source.span), _text(article, a.content)) for a in hits] == [
        (speaker, content)
    ]
    # the quotation stays one statement across the cue
    said = [a for a in atts if _text(article, a.cue) == "said"]
    assert len(said) == 1 and _text(article, said[0].content).endswith('"')


@pytest.mark.parametrize(
    "text",
    [
        # a belief inside the statement's words stays part of that statement
        "Dayton said that he thinks Clinton would win.",
        '"I think we will win," she said. "We will not stop."',
    ],
)
def test_belief_inside_statement_words_is_no_attribution_of_its_own(nlp, text):
    article, atts = _read(nlp, text)
    assert [_text(article, a.cue) for a in atts] == ["said"]


# --- a focus adverb before the speaker is not part of its span (SOURCE_FOCUS_WORDS) ----------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Even the Kremlin said the meeting took place.", "the Kremlin"),
        ("Even Cruz said that the deal was bad.", "Cruz"),
        # not a focus adverb: the word stays
        ("Evenson said that the deal was bad.", "Evenson"),
    ],
)
def test_focus_adverb_is_outside_the_source_span(nlp, sentence, speaker):
    article, atts = _read(nlp, sentence)
    assert [_text(article, a.source.span) for a in atts] == [speaker]
    assert not atts[0].source.name.lower().startswith("even ")


# --- a content outside quotation marks ends before its sentence's full stop (_without_final_stop)

FINAL_STOPS = [
    ("Clinton: Trump will reverse Roe v. Wade.\n\nMore text.", "Trump will reverse Roe v. Wade"),
    # an abbreviation's point is its word's: it stays
    (
        "Trump called for a ban on Muslims entering the U.S.",
        "a ban on Muslims entering the U.S.",
    ),
    # a quotation keeps its marks and what they close
    ('"We will win." Sanders said.', '"We will win."'),
]


@pytest.mark.parametrize(("text", "content"), FINAL_STOPS)
def test_content_ends_before_the_full_stop(nlp, text, content):
    article, atts = _read(nlp, text)
    assert [_text(article, a.content) for a in atts] == [content]


# --- a bracket after a name closes over an abbreviation's point (_np_tokens) -----------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Sen. Bernie Sanders (I-Vt.) said Sunday that the system is rigged.",
            "Sen. Bernie Sanders (I-Vt.)",
        ),
        ("Sen. Ted Cruz (R-Tex.) said the plan was bad.", "Sen. Ted Cruz (R-Tex.)"),
        # a bracket with no point, as before
        ("Martin O'Malley (D) said the plan was bad.", "Martin O'Malley (D)"),
    ],
)
def test_source_bracket_closes_after_the_abbreviation_point(nlp, sentence, speaker):
    article, atts = _read(nlp, sentence)
    assert [_text(article, a.source.span) for a in atts] == [speaker]
