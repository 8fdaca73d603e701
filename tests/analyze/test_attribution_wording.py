"""Issue #5, PolNeAR source recall, second round: wording idioms ("as X put it"), a quoted
show title the parser took for the speaker ('said on Fox News's "Fox and Friends."'), a title
after a cue that is no second half of the quotation, and speakers the parser swallowed into the
phrase before a subjectless cue ('… and Democrats accused', 'In a meeting with the board of the
Washington Post Trump said'). Each rule is checked on literal sentences it must read and on
sentences it must leave alone, on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import (
    CLARITY_ADJECTIVES,
    CLARITY_VERBS,
    FRAME_SPEAKING_DOCUMENTS,
    SWALLOWED_SPEAKER_CCS,
    TITLE_LEAD_WORDS,
    WORDING_ANY_PREPS,
    WORDING_IDIOMS,
    WORDING_OCCASION_PREPS,
    WORDING_OCCASIONS,
    extract_attributions,
)
from corroborator.model import Article


def _read(nlp, text: str, learned: bool = False):
    article = Article(id="t", text=text, source="test")
    return article, extract_attributions(nlp(text), article, [], learned=learned)


def _table(article, atts):
    return [
        (_text(article, a.source.span), _text(article, a.cue), _text(article, a.content))
        for a in atts
    ]


def test_rule_data_is_named_and_small():
    assert WORDING_IDIOMS == {"put": frozenset({"it"})}
    assert "to" in WORDING_ANY_PREPS and "on" not in WORDING_OCCASION_PREPS
    assert {"words", "expose"} <= WORDING_OCCASIONS
    assert SWALLOWED_SPEAKER_CCS == frozenset({"and", "but"})
    assert {"on", "’s"} <= TITLE_LEAD_WORDS


WORDING_POSITIVE = [
    # "as" clause after the statement: the clause it modifies is the content
    (
        'The primary requirement for the program is a "lawful source of investment income," '
        "as a Homeland Security memo put it.",
        "a Homeland Security memo",
        "put it",
        'The primary requirement for the program is a "lawful source of investment income,"',
    ),
    # "as" clause before the statement, with an occasion of speech
    (
        "As Ms. Simonyan put it in a statement to my colleague in July, RT is "
        "''providing a perspective you won't get from the mainstream press.''",
        "Ms. Simonyan",
        "put it",
        "RT is ''providing a perspective you won't get from the mainstream press.''",
    ),
    # an adverb joins the cue; the speaker keeps his apposition
    (
        "As Steven M. Rosenthal, a tax lawyer, recently put it, ''Did Trump lower his taxes "
        "through legal tax avoidance?''",
        "Steven M. Rosenthal, a tax lawyer,",
        "recently put it",
        "''Did Trump lower his taxes through legal tax avoidance?''",
    ),
    # the quotation after the idiom and its colon; one reading, not a second colon reading
    (
        'Tom Ridge put it this way: "The barbarians are no longer at the gate."',
        "Tom Ridge",
        "put it this way:",
        '"The barbarians are no longer at the gate."',
    ),
]


@pytest.mark.parametrize(("text", "source", "cue", "content"), WORDING_POSITIVE)
def test_wording_idiom_positive(nlp, text, source, cue, content):
    article, atts = _read(nlp, text)
    assert _table(article, atts) == [(source, cue, content)]


WORDING_NEGATIVE = [
    "He put it on the table before the meeting.",  # a literal put, no "as", no quotation
    "As he put it on the table, the lights went out.",  # "as" clause, but a place
    "She put it away and left the room.",  # a particle
    "As they put it in the box, the phone rang.",  # "in" a place, not a document
]


@pytest.mark.parametrize("text", WORDING_NEGATIVE)
def test_wording_idiom_negative(nlp, text):
    article, atts = _read(nlp, text)
    assert not [a for a in atts if "put" in _text(article, a.cue)], _table(article, atts)


def test_quoted_show_title_is_not_the_speaker(nlp):
    text = (
        "“He's absolutely right. There's a severe disconnect between this White House and our "
        "military,” Flynn, a top Trump surrogate, said Thursday morning on Fox News’s "
        "“Fox and Friends.”"
    )
    article, atts = _read(nlp, text)
    said = [a for a in atts if _text(article, a.cue).startswith("said")]
    assert len(said) == 1
    assert _text(article, said[0].source.span) == "Flynn, a top Trump surrogate,"
    assert "Fox and Friends" not in _text(article, said[0].content)
    assert "Flynn" not in _text(article, said[0].content)


def test_quoted_words_before_the_cue_still_find_the_inverted_speaker(nlp):
    # the existing reading: a quotation's word taken for the subject, the speaker after
    text = "“This is full panic mode,” said Leslie Wimes, a Democratic strategist."
    article, atts = _read(nlp, text)
    assert _table(article, atts)[0][:2] == ("Leslie Wimes, a Democratic strategist", "said")


def test_title_after_the_cue_is_no_second_half(nlp):
    text = '"We will win," Smith, the mayor, said on CNN\'s "State of the Union."'
    article, atts = _read(nlp, text)
    assert [_text(article, a.content) for a in atts] == ['"We will win,"']


def test_second_half_of_a_split_quotation_still_joins(nlp):
    text = '"We will win," Smith said. "We always do."'
    article, atts = _read(nlp, text)
    assert [_text(article, a.content) for a in atts] == [text]


SWALLOWED_POSITIVE = [
    (
        "Republicans said they're increasingly convinced the Justice Department mishandled "
        "the investigation and Democrats accused the GOP of stoking the issue.",
        "accused",
        "Democrats",
    ),
    (
        "In a March 2016 meeting with the editorial board of the Washington Post Trump said "
        "that U.S. involvement in NATO may need to be diminished.",
        "said",
        "the Washington Post Trump",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), SWALLOWED_POSITIVE)
def test_swallowed_speaker_positive(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert len(hits) == 1, _table(article, atts)
    assert _text(article, hits[0].source.span) == source


SWALLOWED_NEGATIVE = [
    # a comma closes the opening phrase: its object is no speaker
    (
        "In a meeting with the editorial board of the Washington Post, officials said it "
        "would change.",
        "said",
        "officials",
    ),
    # a conjunct subject the parser kept: the ordinary subject
    ("He criticized the plan and accused the GOP of stoking the issue.", "accused", "He"),
]


@pytest.mark.parametrize(("text", "cue", "source"), SWALLOWED_NEGATIVE)
def test_swallowed_speaker_negative(nlp, text, cue, source):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert len(hits) == 1, _table(article, atts)
    assert _text(article, hits[0].source.span) == source


def test_second_quotation_after_its_own_cue_is_not_a_continuation(nlp):
    text = (
        '"They are not affiliated with the campaign," she said, adding, '
        '"Mr. Trump is incredibly grateful for their support."'
    )
    article, atts = _read(nlp, text)
    assert [(_text(article, a.cue), _text(article, a.content)) for a in atts] == [
        ("said", '"They are not affiliated with the campaign,"'),
        ("adding", '"Mr. Trump is incredibly grateful for their support."'),
    ]


def test_noun_cue_reads_the_name_before_a_mistagged_verb(nlp):
    # "claims" tagged a plural noun with "Trump" its compound: the noun rule takes the name
    text = "Mitt Romney released his returns.\n\nBut Trump claims that he should be the exception."
    article, atts = _read(nlp, text)
    claims = [a for a in atts if _text(article, a.cue) == "claims"]
    assert [(_text(article, a.source.span), _text(article, a.content)) for a in claims] == [
        ("Trump", "that he should be the exception")
    ]


def test_noun_cue_without_a_name_before_stays_unnamed(nlp):
    text = "There were claims that he should be the exception."
    article, atts = _read(nlp, text)
    claims = [a for a in atts if _text(article, a.cue) == "claims"]
    assert all(a.source.span is None for a in claims)


def test_participle_hung_on_the_quotation_it_introduces(nlp):
    # "adding" parsed as an adverbial of "cares", itself the complement of "said": the
    # first quotation is what was said, the second what was added, both by Manafort
    text = (
        "''We've started all those conversations,'' Mr. Manafort said, adding of Mr. Trump, "
        "''He cares about the united team.''"
    )
    article, atts = _read(nlp, text)
    assert _table(article, atts) == [
        ("Mr. Manafort", "said", "''We've started all those conversations,''"),
        ("Mr. Manafort", "adding", "''He cares about the united team.''"),
    ]


def test_participle_without_a_quotation_keeps_the_complement(nlp):
    # no quotation after "adding": the complement of "said" is not cut
    text = "He said the plan, adding that it was sound, would pass."
    article, atts = _read(nlp, text)
    said = [a for a in atts if _text(article, a.cue) == "said"]
    assert len(said) == 1 and _text(article, said[0].content).endswith("would pass")


def test_when_asked_is_no_complement_of_said(nlp):
    # "when asked …" tells when it was said; the quotation before is the content, and the
    # question is the asker's own statement
    text = '"Absolutely," he said when asked by a reporter if that remains his view.'
    article, atts = _read(nlp, text)
    assert _table(article, atts) == [
        ("he", "said", '"Absolutely,"'),
        ("a reporter", "asked", "if that remains his view"),
    ]


def test_unmarked_clause_after_said_is_still_its_complement(nlp):
    text = "Trump said after the convention he would not accept the result."
    article, atts = _read(nlp, text)
    assert _table(article, atts) == [
        ("Trump", "said", "after the convention he would not accept the result")
    ]


CLARITY_POSITIVE = [
    # "it" taken for the adjective's subject, the clause for its adverbial; the document frame
    # before it does not speak instead of Ham
    (
        "In an interview with Trending Today USA, Ham made it clear he had major misgivings "
        "about the armed forces under President Barack Obama.",
        "Ham",
        "made it clear",
        "he had major misgivings about the armed forces under President Barack Obama",
    ),
    # no "it"; the clause parsed as the adjective's clausal subject
    (
        "Some Republicans made clear that they would like to see him come around.",
        "Some Republicans",
        "made clear",
        "that they would like to see him come around",
    ),
    # auxiliary and adverbs join the cue
    (
        "Officials have made it abundantly clear they have no plans to spend money.",
        "Officials",
        "have made it abundantly clear",
        "they have no plans to spend money",
    ),
]


@pytest.mark.parametrize(("text", "source", "cue", "content"), CLARITY_POSITIVE)
def test_clarity_idiom_positive(nlp, text, source, cue, content):
    article, atts = _read(nlp, text)
    table = _table(article, atts)
    assert (source, cue, content) in table
    assert len([row for row in table if "clear" in row[1]]) == 1
    assert {"make"} == CLARITY_VERBS and "clear" in CLARITY_ADJECTIVES


CLARITY_NEGATIVE = [
    "She made the bed clean before noon.",  # an adjective that says nothing was made known
    "The path was made clear by the snowplow.",  # no clause after the adjective
]


@pytest.mark.parametrize("text", CLARITY_NEGATIVE)
def test_clarity_idiom_negative(nlp, text):
    article, atts = _read(nlp, text)
    assert not [a for a in atts if "clear" in _text(article, a.cue)], _table(article, atts)


def test_clarity_idiom_needs_someone_to_speak(nlp):
    text = "It made clear that the plan failed."
    article, atts = _read(nlp, text)
    assert not [a for a in atts if _text(article, a.cue) == "made clear"], _table(article, atts)


def test_poll_frame_speaks(nlp):
    text = "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent."
    article, atts = _read(nlp, text)
    assert _table(article, atts) == [
        ("an early-October CBS News poll", "In", "she led Mr. Sanders 56 percent to 32 percent")
    ]
    assert FRAME_SPEAKING_DOCUMENTS == frozenset({"poll", "survey"})


FRAME_NOT_SPEAKING = [
    "In an interview with National Public Radio, President Barack Obama castigated Donald "
    "Trump for exploiting fears.",
    "In a speech in Fort Pierce, Florida Friday, Clinton laid out her proposals.",
    "In the video, he sends a message to the candidate.",
]


@pytest.mark.parametrize("text", FRAME_NOT_SPEAKING)
def test_other_frames_do_not_speak(nlp, text):
    article, atts = _read(nlp, text)
    assert not [a for a in atts if _text(article, a.cue) == "In"], _table(article, atts)
