"""A subject inside a quotation is the quoted speaker's word, not the speaker of a cue after
the quotation (``_named_after_quotation``, QUOTED_SUBJECT_SPEAKER): in '"… We will achieve
justice in this case," Tulsa police Chief Chuck Jordan said Monday' the parser hung "said" on
the quoted clause, and "We" must not become a voice; the name between the closing mark and the
cue speaks. A subject before the quotation marks (a scare quote) keeps its cue. Checked on
the real parse, the rule on and off."""

from __future__ import annotations

from attribution_reads import source_of

from corroborator.analyze import attribution

# The passage of PolNeAR dev (huff-post, 2016-09-20) where the user saw "We · statement".
QUOTED_WE = (
    "The U.S. Department of Justice is investigating the shooting. \n"
    "“I will just make this promise to you: We will achieve justice in this case,” Tulsa "
    "police Chief Chuck Jordan said Monday. “I want to assure our community.”"
)
SCARE_QUOTE = (
    "They believe presenting an “unfiltered” Clinton, discussing serious issues, will help."
)


def test_the_name_after_the_quotation_speaks_not_the_quoted_we(nlp):
    assert source_of(nlp, QUOTED_WE, "said") == "Chuck Jordan"


def test_without_the_rule_the_quoted_we_would_speak(nlp, monkeypatch):
    monkeypatch.setattr(attribution, "_named_after_quotation", lambda subject, verb: None)
    assert source_of(nlp, QUOTED_WE, "said") == "We"


def test_a_subject_before_a_scare_quote_keeps_its_cue(nlp):
    assert source_of(nlp, SCARE_QUOTE, "discussing") == "They"
