"""Speakers lost across set-off clauses (issue #5, PolNeAR sources): a subjectless verb joined
after a set-off aside, which the parser hung on a verb inside the aside ('… - "…," she said -
and charged …': ``_interrupted_host``); a participle after the tag of a quotation, which
speaks with the tag, not with the verb the parser hung the tag on ('… "from his
perspective," Lewandowski added, saying …': ``_tag_after_quotation``); and a speaker named
right after a speech verb set off inside the words it reports, which the parser hung on the
reported clause ('Any interpretation …, said Michael Kofman, an expert …, would read …':
``_speaker_hung_on_report``, the content then leaves the name out). Each is checked with
its switch on and off, and on sentences it must leave alone. Real parses."""

from __future__ import annotations

import pytest
from attribution_reads import read, source_of, span_text

from corroborator.analyze import attribution

INTERRUPTED = [
    (
        "Clinton suggested that Sanders's latest plan was unserious - \"Again, we need to get "
        'into the details," she said - and charged that in pursuing his goal of a single-payer '
        "system, Sanders would jeopardize Obama's landmark Affordable Care Act.",
        "charged",
        "Clinton",
    ),
    (
        "Trump jumped onto his Twitter account \u2014 as he so often does \u2014 and retweeted "
        "a quote a Twitter account named \u201cilduce2016\u201d attributed to him.",
        "retweeted",
        "Trump",
    ),
    (
        "Mr. Biden suggested Mr. Trump had demonstrated a fondness for brutal leaders like Saddam "
        "Hussein - ''He would have loved Stalin,'' Mr. Biden said twice - and repeatedly reminded "
        "the crowd of the stakes.",
        "repeatedly reminded",
        "Mr. Biden",
    ),
    (
        "He has also fulminated against plans by the company that owns Nabisco to shift some "
        "production to Mexico - ''I love Oreos,'' he said, ''I will never eat them again'' - "
        "and vowed to impose a punishing tariff on imports of Fords unless they stopped.",
        "vowed",
        "He",
    ),
]

QUOTATION_TAGS = [
    (
        "Comey cannot say that \u201cfrom his perspective,\u201d Lewandowski added, saying it "
        "should be \u201cup to the prosecutor to move forward or not.\u201d",
        "saying",
        "Lewandowski",
    ),
    (
        "Grayson said Randolph \u201cwould have no chance to win,\u201d the source recalled, "
        "adding that Grayson said of his fiancée: \u201cI\u2019m going to marry her.\u201d",
        "adding",
        "the source",
    ),
]

HUNG = [
    (
        "Any ''cleareyed'' interpretation of Mr. Kerry's actions, said Michael Kofman, an expert "
        "on Russia at the Woodrow Wilson Center in Washington, would read this as a public "
        "admission that the United States is bowing out.",
        "said",
        "Michael Kofman, an expert on Russia at the Woodrow Wilson Center in Washington,",
        "would read this as a public admission that the United States is bowing out",
    ),
    (
        "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or "
        "forget.",
        "said",
        "Sunshine, who remains friendly with her former boss,",
        "doesn't forgive or forget",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), INTERRUPTED)
def test_verb_after_an_aside_joins_the_clause_the_aside_interrupts(nlp, text, cue, speaker):
    article, atts = read(nlp, text)
    hits = [a for a in atts if span_text(article, a.cue).startswith(cue)]
    # the speaker before the aside, not the one inside it ("she said", "as he … does")
    assert hits[0].source.span is not None
    assert hits[0].source.span.start == text.index(speaker)
    assert span_text(article, hits[0].source.span) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), INTERRUPTED)
def test_without_the_rule_the_aside_speaks(nlp, text, cue, speaker, monkeypatch):
    monkeypatch.setattr(attribution, "INTERRUPTED_HOST", False)
    article, atts = read(nlp, text)
    hits = [a for a in atts if span_text(article, a.cue).startswith(cue)]
    assert hits[0].source.span is None or hits[0].source.span.start != text.index(speaker)


@pytest.mark.parametrize(("text", "cue", "speaker"), QUOTATION_TAGS)
def test_participle_after_a_quotation_tag_speaks_with_the_tag(nlp, text, cue, speaker):
    assert source_of(nlp, text, cue) == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), QUOTATION_TAGS)
def test_without_the_rule_the_verb_above_the_tag_speaks(nlp, text, cue, speaker, monkeypatch):
    monkeypatch.setattr(attribution, "TAG_AFTER_QUOTATION", False)
    assert source_of(nlp, text, cue) != speaker


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), HUNG)
def test_name_hung_on_the_reported_clause_speaks(nlp, text, cue, speaker, content):
    article, atts = read(nlp, text)
    hits = [a for a in atts if span_text(article, a.cue) == cue]
    assert span_text(article, hits[0].source.span) == speaker
    assert span_text(article, hits[0].content) == content


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), HUNG)
def test_without_the_rule_the_reported_words_speak(nlp, text, cue, speaker, content, monkeypatch):
    monkeypatch.setattr(attribution, "HUNG_SPEAKER", False)
    assert source_of(nlp, text, cue) != speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a verb joined outside an aside with no verb of its own keeps its subject
        (
            "Trump praised the plan - a wall along the border - and criticized Mexico for its "
            "trade policy.",
            "criticized",
            "Trump",
        ),
        # a speech verb whose subject comes before it, no quotation closed there: the climb
        # to the cue whose clause it is goes on
        (
            "Analysts said the company added jobs, citing a report from the Labor Department.",
            "citing",
            "Analysts",
        ),
        # a subject with commas of its own is the speaker, set off by them; the noun after
        # the verb is the reported clause's own subject
        (
            "And aides to Gov. Chris Christie of New Jersey, a former federal prosecutor, and "
            "Gov. John R. Kasich of Ohio, who had a long career in Congress, said their stump "
            "speeches, already replete with references to their national security experience, "
            "would focus even more heavily on the subject.",
            "said",
            "aides",
        ),
    ],
)
def test_must_not_move_these_speakers(nlp, text, cue, speaker):
    assert source_of(nlp, text, cue) == speaker
