"""Attribution recall rules of the second PolNeAR pass (issue #5): each named rule list is
checked on literal sentences it must read and on sentences it must leave alone."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import (
    ADVERBIAL_MARKS,
    CUE_MODEL_ADD_POS,
    EXPERIENCER_FRAMES,
    NOUN_CONTENT_PREPS,
    TITLE_ADDRESS_WORDS,
    TITLE_SPEAKER_NOUNS,
    TITLE_TEASER_WORDS,
    extract_attributions,
)
from corroborator.model import Article

BODY = "\n\nThe story goes on below with more words. Bernie Sanders spoke in Iowa."


# --- title speakers before a colon (TITLE_SPEAKER_NOUNS, TITLE_SPEAKER_MAX_WORDS) ------------

TITLE_POSITIVE = [
    # title case hides the entity; a proper-noun run is the speaker
    ("Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.", "Pence"),
    # one word tagged as a common noun, named further down the article
    (
        "Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump.",
        "Sanders",
    ),
    # TITLE_SPEAKER_NOUNS: a poll speaks in a title
    ("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.", "Poll"),
    ("Report: Walker to speak at Republican National Convention.", "Report"),
    # TITLE_ADDRESS_WORDS: what the statement is about follows the speaker
    ("Obama on Climate Change: The Trends Are 'Terrifying.'", "Obama"),
    ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.", "Clinton"),
]


@pytest.mark.parametrize(("title", "speaker"), TITLE_POSITIVE)
def test_title_speaker_positive(nlp, title, speaker):
    article, atts = _read(nlp, title + BODY)
    heads = [a for a in atts if a.cue.start == title.index(":")]
    assert heads, title
    a = heads[0]
    assert a.source.span is not None and _text(article, a.source.span).startswith(speaker)
    assert _text(article, a.content).startswith(title[title.index(":") + 2 :][:10])


TITLE_NEGATIVE = [
    "Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.",
    "The Latest: Trump urges supporters to monitor polling places.",  # a live-blog label
    "Breaking: Latest Primary Has Big Impact On Clinton Campaign.",  # TITLE_TEASER_WORDS
    "Delegate Update: The latest count in the Democratic race.",  # TITLE_TEASER_WORDS
    "Big Win For Bernie: AFL-CIO Holds Off On Presidential Endorsement.",
]


@pytest.mark.parametrize("title", TITLE_NEGATIVE)
def test_title_speaker_negative(nlp, title):
    _, atts = _read(nlp, title + BODY)
    assert not [a for a in atts if a.cue.start == title.index(":")], title


def test_title_speaker_only_on_the_title_line(nlp):
    # "Sanders: 46." in a body line is a tally, not a headline statement
    text = "Delegates so far.\n\nSanders: Clinton needs to change course now.\n\nMore body text."
    _, atts = _read(nlp, text)
    assert not [a for a in atts if a.cue.start == text.index("Sanders:") + 7]


def test_title_rule_lists_are_lowercase_words():
    assert all(w == w.lower() and " " not in w for w in TITLE_SPEAKER_NOUNS | TITLE_TEASER_WORDS)
    assert not TITLE_SPEAKER_NOUNS & TITLE_TEASER_WORDS
    assert not TITLE_ADDRESS_WORDS & (TITLE_SPEAKER_NOUNS | TITLE_TEASER_WORDS)


def test_title_address_word_needs_a_speaker_before_it(nlp):
    # negative: "On Trade, …" opens with the address word; no one speaks before it
    title = "On Trade, Angry Voters Have Point: It Hasn't Been Much Good for Them."
    _, atts = _read(nlp, title + BODY)
    assert not [a for a in atts if a.cue.start == title.index(":")]


# --- a line introducing a transcript (TRANSCRIPT_INTRO_WORDS) -------------------------------

TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    '"WALLACE: Let’s start with the news. Will she be there?\n\n'
    '"PENCE: She will not be attending the debate tomorrow night."'
)


def test_transcript_intro_is_no_attribution(nlp):
    article, atts = _read(nlp, TRANSCRIPT)
    assert not [a for a in atts if a.cue.start == TRANSCRIPT.index(":")]


def test_colon_line_with_a_speaker_still_introduces_the_quote(nlp):
    # positive: the colon rule still reads a line before a quotation that is no transcript
    text = (
        "Here is the bottom line from the campaign:\n\n"
        "“We need someone who can win in November.”\n\nMore text."
    )
    article, atts = _read(nlp, text)
    colon = [a for a in atts if a.cue.start == text.index(":")]
    assert colon and _text(article, colon[0].content).startswith("“We need")


# --- passive-form stances whose subject holds them (EXPERIENCER_FRAMES) -----------------------


def test_experiencer_frames_are_frames():
    assert all(f == "ccomp" or f.startswith("prep:") for f in EXPERIENCER_FRAMES)


# --- a speaker named after the cue when the parser took quoted words for the subject ---------

INVERTED_AFTER_QUOTE = [
    (
        "“Hillary Clinton’s campaign is in panic mode. Full panic mode,” said Leslie Wimes,"
        " a South Florida-based president of the Democratic African-American Women Caucus.",
        "Leslie Wimes",
    ),
    (
        "\"If it doesn't have the capability to threaten its neighbors with nuclear weapons yet,"
        ' it will at some point, probably sooner rather than later," said James Acton, a'
        " physicist who is co-director of the Nuclear Policy Program.",
        "James Acton",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), INVERTED_AFTER_QUOTE)
def test_speaker_after_cue_not_quoted_words(nlp, text, speaker):
    article, atts = _read(nlp, text)
    said = [a for a in atts if _text(article, a.cue) == "said"]
    assert said and said[0].source.span is not None
    assert _text(article, said[0].source.span).startswith(speaker)
    assert said[0].content.end <= text.index(" said ")


def test_speaker_before_cue_is_kept(nlp):
    # negative: an ordinary subject before the cue, outside any quotation, stays the speaker
    text = "“The tax laws are unfair,” Trump said Monday, a day after the debate."
    article, atts = _read(nlp, text)
    said = [a for a in atts if _text(article, a.cue).startswith("said")]
    assert said and _text(article, said[0].source.span) == "Trump"


EXPERIENCER_POSITIVE = [
    (
        "Protesters were frustrated that the city's police department released only some"
        " of the video footage.",
        "Protesters",
    ),
    (
        "In the lead-up to the debate, Clinton aides were coy about whether they would"
        " change their approach.",
        "Clinton aides",
    ),
]


@pytest.mark.parametrize(("text", "holder"), EXPERIENCER_POSITIVE)
def test_experiencer_is_the_source(nlp, text, holder):
    article, atts = _read(nlp, text)
    assert atts and atts[0].source.span is not None
    assert _text(article, atts[0].source.span) == holder


EXPERIENCER_NEGATIVE = [
    "The first attack was treated as a crime.",  # a passive with no stance
    "It was expected that the bill would pass.",  # EXPERIENCER_NOT_SUBJECTS
]


@pytest.mark.parametrize("text", EXPERIENCER_NEGATIVE)
def test_experiencer_negative(nlp, text):
    _, atts = _read(nlp, text)
    assert all(a.source.span is None for a in atts)


# --- noun cues the cue model adds (CUE_MODEL_ADD_POS, NOUN_CONTENT_PREPS) --------------------


def test_noun_cue_added_by_the_model(nlp):
    text = "Her criticism of Vermont Sen. Bernie Sanders drew applause."
    article, atts = _read(nlp, text)
    noun = [a for a in atts if _text(article, a.cue) == "criticism"]
    assert noun, [(_text(article, a.cue)) for a in atts]
    assert _text(article, noun[0].content) == "Vermont Sen. Bernie Sanders"
    assert noun[0].source.span is not None and _text(article, noun[0].source.span) == "Her"


def test_stance_around_a_noun_cue_is_the_one_reading(nlp):
    # "been persistent in her criticism of …": the copula reading holds the noun's, which the
    # reading model drops (PolNeAR marks one statement there)
    text = (
        "Clinton has been particularly persistent in her criticism of Vermont Sen. Bernie Sanders."
    )
    article, atts = _read(nlp, text)
    assert [_text(article, a.cue) for a in atts] == ["been particularly persistent"]
    assert _text(article, atts[0].content) == "her criticism of Vermont Sen. Bernie Sanders"


def test_noun_cue_needs_the_model(nlp):
    # the rules alone read no noun of this kind: the reading is the model's
    text = "Her criticism of Vermont Sen. Bernie Sanders drew applause."
    article = Article(id="t", text=text, source="test")
    atts = extract_attributions(nlp(text), article, [], learned=False)
    assert not [a for a in atts if _text(article, a.cue) == "criticism"]


NOUN_NEGATIVE = [
    "The price of oil rose on Monday.",  # "price of": no stance
    "The leader of the group spoke about the weather.",  # the speaker's noun is no cue
]


@pytest.mark.parametrize("text", NOUN_NEGATIVE)
def test_noun_cue_negative(nlp, text):
    article, atts = _read(nlp, text)
    assert not [a for a in atts if _text(article, a.cue) in ("price", "leader")]


def test_noun_rule_lists():
    assert "NOUN" in CUE_MODEL_ADD_POS
    assert all(w.isalpha() and w == w.lower() for w in NOUN_CONTENT_PREPS)


# --- a clause after the cue that tells when, after a quotation (ADVERBIAL_MARKS) -------------

WARREN = (
    "“You should resign. You should give back the money you took while this scam was going on"
    " and you should be criminally investigated,” Warren told Stumpf, after he admitted under"
    " Warren’s grilling he hadn’t yet been held personally accountable."
)


def test_quotation_before_cue_beats_adverbial_clause(nlp):
    article, atts = _read(nlp, WARREN)
    told = [a for a in atts if _text(article, a.cue) == "told"]
    assert told and _text(article, told[0].content).startswith("“You should resign.")
    # the quotation is told's: no later cue takes it across "Warren told Stumpf"
    assert all(
        not _text(article, a.content).startswith("“You should") for a in atts if a is not told[0]
    )


def test_adverbial_clause_without_quotation_stays_content(nlp):
    # negative: with no quotation before the cue the parser's complement is kept
    text = "Trump said after he won the state he would build the wall."
    article, atts = _read(nlp, text)
    said = [a for a in atts if _text(article, a.cue) == "said"]
    assert said and "he would build the wall" in _text(article, said[0].content)


def test_adverbial_marks_are_subordinators():
    assert "that" not in ADVERBIAL_MARKS and "whether" not in ADVERBIAL_MARKS


# --- a participle's noun speaks (PARTICIPLE_SPEAKER_POS) -------------------------------------

PARTICIPLE_POSITIVE = [
    ("Donors gave $10 million to a group backing Bush.", "backing", "a group", "Bush"),
    (
        "Police received 911 calls saying shots had been fired.",
        "saying",
        "911 calls",
        "shots had been fired",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), PARTICIPLE_POSITIVE)
def test_participle_speaker_is_its_noun(nlp, text, cue, source, content):
    article, atts = _read(nlp, text)
    rows = [
        (_text(article, a.cue), _text(article, a.source.span) if a.source.span else None)
        for a in atts
    ]
    assert (cue, source) in rows
    hit = next(a for a in atts if _text(article, a.cue) == cue)
    assert _text(article, hit.content) == content
    # the speaker's phrase never holds its own cue
    assert hit.source.span.end <= hit.cue.start


def test_participle_of_no_cue_verb_speaks_not(nlp):
    _, atts = _read(nlp, "The man eating an apple smiled at the crowd.")
    assert atts == []
