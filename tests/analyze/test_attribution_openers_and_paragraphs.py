"""Attribution rules for openers, addressees and quoted paragraphs (issue #5): each rule checked on
literal sentences it must read and on sentences it must leave alone, with the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text

from corroborator.analyze.attribution import extract_attributions
from corroborator.model import Article

# --- "according to" in the middle of a sentence: the clause it modifies ----------------------

ACCORDING_MIDDLE = [
    (
        "In Wisconsin, Sanders won 54 percent of union households, according to exit polls, "
        "but that is smaller than his support elsewhere.",
        "In Wisconsin, Sanders won 54 percent of union households",
    ),
    (
        "Trump has won 758 delegates, according to an Associated Press count, "
        "but his path to victory is narrowing.",
        "Trump has won 758 delegates",
    ),
    # the phrase first or last: the rest of the sentence, as before
    ("According to the poll, Trump leads by nine points.", "Trump leads by nine points"),
    ("Trump leads by nine points, according to the poll.", "Trump leads by nine points"),
]


@pytest.mark.parametrize(("sentence", "content"), ACCORDING_MIDDLE)
def test_according_to_reads_the_clause_it_modifies(nlp, sentence, content):
    article, atts = _read(nlp, sentence)
    hits = [a for a in atts if _text(article, a.cue).lower() == "according to"]
    assert [_text(article, a.content) for a in hits] == [content]


# --- a sentence parsed as one noun phrase: the noun speaks (ROOT_NOUN_VERB_TAGS) -------------


def test_root_noun_with_hung_cue_is_the_speaker(nlp):
    sentence = (
        "Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg to resign."
    )
    article, atts = _read(nlp, sentence)
    assert [(_text(article, a.source.span), a.source.name) for a in atts] == [
        ("Donald Trump", "Donald Trump")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a passive participle: the one named does not speak
        "San Bernardino Terror Suspect Named By Police Before Obama's Initial Briefing.",
        "A suspect named in media reports as Syed Farook.",
    ],
)
def test_root_noun_with_passive_participle_is_no_speaker(nlp, sentence):
    article, atts = _read(nlp, sentence)
    assert not any(
        (_text(article, a.source.span) or "").lower().endswith(("suspect", "farook")) for a in atts
    )


# --- the rest of the sentence of a bare speech cue skips addressee and time (REST_SKIP_DEPS) --

SENTENCE_REST = [
    # the cue ends the sentence after its addressee: the clause before the speaker
    (
        "This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash "
        "Carter told a Senate panel Wednesday.",
        "told",
        "This includes a special force to assist Kurdish Peshmerga",
    ),
    # the addressee before a comma: what follows it
    (
        "Instead, Trump told CNN, his policy would merely be to go after them if he wins.",
        "told",
        "his policy would merely be to go after them if he wins",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), SENTENCE_REST)
def test_sentence_rest_skips_the_addressee(nlp, sentence, cue, content):
    article, atts = _read(nlp, sentence)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert [_text(article, a.content) for a in hits] == [content]
    assert "Senate panel" not in content and not content.startswith("CNN")


def test_addressee_of_a_say_verb_stays_content(nlp):
    # "say" has no addressee: a misparsed object is what was said
    article, atts = _read(nlp, "Kerry said that 100,000 refugees would be accepted next year.")
    assert [_text(article, a.content) for a in atts] == [
        "that 100,000 refugees would be accepted next year"
    ]


# --- a quotation ending its paragraph runs on through paragraphs that are one quotation -------

FOLLOWING = (
    "Trump said at the rally: “What the Republicans always try to do is just sad.”\n\n"
    "“Then you have these losers who love that.”\n\n"
)


def test_content_runs_on_through_a_paragraph_that_is_one_quotation(nlp):
    article, atts = _read(nlp, FOLLOWING + "The crowd left early.")
    said = [a for a in atts if _text(article, a.cue) == "said"]
    assert said, [_text(article, a.cue) for a in atts]
    assert _text(article, said[0].content).endswith("who love that.”")
    assert said[0].content.start == FOLLOWING.index("“What")


@pytest.mark.parametrize(
    "after",
    [
        # the next paragraph has its own cue: a statement of its own
        "“Then you have these losers who love that,” Cruz said.",
        # the next paragraph is the writer's, not a quotation
        "Then the crowd left early.",
    ],
)
def test_content_stops_at_a_paragraph_with_more_than_a_quotation(nlp, after):
    text = FOLLOWING.split("\n\n")[0] + "\n\n" + after
    article, atts = _read(nlp, text)
    said = [a for a in atts if _text(article, a.cue) == "said"]
    assert said and _text(article, said[0].content).endswith("just sad.”")


# --- NO_XCOMP_VERBS refuse an infinitive after the cue, not a quotation before it -------------


def test_told_after_a_quotation_opening_with_to(nlp):
    text = "''To be in a place where people think I'm a racist says a lot,'' he told the hosts."
    article, atts = _read(nlp, text)
    assert [(_text(article, a.cue), a.source.name) for a in atts] == [("told", "he")]
    assert _text(article, atts[0].content).startswith("''To be in a place")


# --- a quotation right before the cue is the content; a "when" clause after it tells when ---


def test_quotation_before_the_cue_not_the_when_clause(nlp):
    text = "''Very good reporter, very good reporter this guy,'' said Trump when Boyle asked."
    article, atts = _read(nlp, text)
    said = [a for a in atts if _text(article, a.cue) == "said"]
    assert [_text(article, a.content) for a in said] == [
        "''Very good reporter, very good reporter this guy,''"
    ]


def test_when_clause_without_a_quotation_stays_the_content(nlp):
    article, atts = _read(nlp, "Trump has not said when they would take up the bill.")
    assert [_text(article, a.content) for a in atts] == ["when they would take up the bill"]


# --- a speaker swallowed into a sentence-opening phrase (OPENER_SPEAKER_DEPS) -----------------


def test_speaker_after_the_last_comma_of_an_opening_phrase(nlp):
    text = (
        "At a June Trump campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson "
        "also railed against immigrants."
    )
    article, atts = _read(nlp, text)
    assert [_text(article, a.source.span) for a in atts] == ["62-year-old Brenda Johnson"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a parsed subject is the speaker, as before
        ("In a statement, the campaign said it would appeal the ruling.", "the campaign"),
        ("After the debate in Ohio, voters said they were undecided.", "voters"),
    ],
)
def test_opening_phrase_leaves_a_parsed_subject(nlp, text, speaker):
    article, atts = _read(nlp, text)
    assert [_text(article, a.source.span) for a in atts] == [speaker]


# --- the writer's own first person speaks for the outlet (when the outlet is known) ----------


def _read_in(nlp, text: str, outlet: str | None):
    article = Article(id="t", text=text, source="test", outlet=outlet)
    return article, extract_attributions(nlp(text), article, [])


def test_writers_first_person_is_the_outlet(nlp):
    text = "We now know that the bureau is also investigating the foundation."
    article, atts = _read_in(nlp, text, "WION")
    assert [(a.source.name, a.source.kind, _text(article, a.source.span)) for a in atts] == [
        ("WION", "outlet", "We")
    ]
    assert [link.name for link in atts[0].chain] == ["WION"]
    # with no outlet known the pronoun stays an unresolved (anonymous) voice
    _, atts = _read_in(nlp, text, None)
    assert [(a.source.name, a.source.kind) for a in atts] == [("We", "anonymous")]


def test_quoted_first_person_is_not_the_outlet(nlp):
    text = "“I think he will win the nomination,” she said."
    _, atts = _read_in(nlp, text, "WION")
    assert atts and all(a.source.kind != "outlet" for a in atts)
