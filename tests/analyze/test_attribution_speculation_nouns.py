"""Reported speculation is attributed to no one named, not to the writer (issue #5): the noun
cue "speculation that …" (``WHOLE_CLAUSE_NOUNS``) and a noun cue's that-clause the parser took
for a relative clause (``_misparsed_that_clause``), each checked with the real parse where it
must read and where it must not."""

from __future__ import annotations

from attribution_reads import read as _read
from attribution_reads import span_text as _text


def _noun_readings(nlp, sentence: str, cue: str) -> list[tuple[str | None, object]]:
    article, atts = _read(nlp, sentence)
    return [
        (_text(article, a.content), a.source.span)
        for a in atts
        if (_text(article, a.cue) or "").lower().startswith(cue)
    ]


def test_speculation_after_following_is_an_unnamed_source(nlp):
    # the seeds' tabloid: "that" parsed as the object of "was", a relative clause
    sentence = (
        "The development comes following speculations that Prigozhin wasn't exiled to "
        "Belarus at all as part of the peace deal brokered by Belarusian President "
        "Alexander Lukashenko."
    )
    speculations = next(t for t in nlp(sentence) if t.lower_ == "speculations")
    assert [c.dep_ for c in speculations.children] == ["relcl"]  # the parse repaired
    assert _noun_readings(nlp, sentence, "speculations") == [
        (
            "that Prigozhin wasn't exiled to Belarus at all as part of the peace deal "
            "brokered by Belarusian President Alexander Lukashenko",
            None,
        )
    ]


def test_speculation_with_a_whole_clause_is_read(nlp):
    sentence = "The move stoked speculation that he might offer himself as a consensus candidate."
    assert _noun_readings(nlp, sentence, "speculation") == [
        ("that he might offer himself as a consensus candidate", None)
    ]


def test_speculation_a_relative_clause_describes_is_no_cue(nlp):
    # "that Mr. Trump has generated": the object of "generated" is the speculation itself
    sentence = (
        "That would prevent the kind of speculation that Mr. Trump has generated from ever "
        "again being an issue in a national election."
    )
    assert _noun_readings(nlp, sentence, "speculation") == []


def test_a_true_relative_clause_after_a_cue_noun_is_no_content(nlp):
    # "that" the subject of the relative clause: the report is a thing, not what it says
    sentence = "The report that was released on Monday found no fraud."
    assert _noun_readings(nlp, sentence, "report") == []


def _sources(nlp, sentence: str, cue: str) -> list[tuple[str, str, object]]:
    article, atts = _read(nlp, sentence)
    return [
        (a.source.name, a.source.kind, a.source.span)
        for a in atts
        if (_text(article, a.cue) or "").lower().startswith(cue)
    ]


def test_talk_with_no_owner_is_its_own_unnamed_source(nlp):
    # HEARSAY_NOUNS: the talk, not the writer, says it (no span: PolNeAR marks none)
    sentence = "The news comes amid reports that the army has left the city."
    assert _sources(nlp, sentence, "reports") == [("reports", "anonymous", None)]


def test_a_claim_with_no_owner_names_no_one(nlp):
    # "claims" is no hearsay noun: one says a claim, no talk goes round
    sentence = "The news comes amid claims that the army has left the city."
    assert [(name, span) for name, _, span in _sources(nlp, sentence, "claims")] == [
        ("unnamed", None)
    ]


def test_owned_talk_keeps_its_owner(nlp):
    sentence = "The news comes amid Moscow's reports that the army has left the city."
    assert [name for name, _, _ in _sources(nlp, sentence, "reports")] == ["Moscow"]
