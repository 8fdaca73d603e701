"""Agreement is of one happening, as a dispute is (TIED_AGREEMENT, TIED_KINDS, _tied_voices,
_dated_alike). Hand-written reports, real spaCy parses (reconcile_reads.story_facets).

A campaign's news tells of many meetings, elections and attacks; that several voices each tell
one of a kind is not their agreement that one happened. Two voices corroborate a happening
when their statements are tied to one instance: both in their reports' ledes, naming someone in
common, or dating it to one day.
"""

from __future__ import annotations

import pytest

import corroborator.reconcile as reconcile
from reconcile_reads import story_facets

# six sentences of filler, so what follows is past the ledes, where only names and days tie
MEETINGS = "Her campaign has held more than 10,000 organizing meetings in Iowa."
STRATEGY = "Last June, Robby Mook convened senior staff for a strategy meeting."
FILLER = (
    "Voters went to the polls on Tuesday. Turnout was high. Lines were long at many schools. "
    "The polls closed in the evening. Results came in late. Officials counted through the "
    "night. "
)


def _occurred(facets, subject):
    found = [f for f in facets if f.attribute == "occurred" and f.subject == subject]
    assert len(found) == 1, [(f.subject, f.attribute) for f in facets]
    return found[0]


@pytest.mark.parametrize(
    ("wire", "daily", "subject", "verdict"),
    [
        # two meetings: a campaign's organizing meetings and a staff's strategy meeting
        (
            FILLER + "Her campaign has held more than 10,000 organizing meetings in Iowa.",
            FILLER + "Last June, Robby Mook convened senior staff for a strategy meeting.",
            "meeting",
            "single_source",
        ),
        # one meeting, its convener named by both
        (
            FILLER + "Robby Mook held a meeting with senior staff in Brooklyn.",
            FILLER + "After the debate, Robby Mook met with the senior staff.",
            "meeting (Mook)",
            "corroborated",
        ),
        # one meeting, told in both ledes
        (
            "Robby Mook met with senior staff in Brooklyn on Monday. " + FILLER,
            "Robby Mook met with senior staff in Brooklyn on Monday to plan ahead. " + FILLER,
            "meeting (Mook)",
            "corroborated",
        ),
    ],
)
def test_voices_agree_on_one_happening(nlp, wire, daily, subject, verdict):
    facet = _occurred(story_facets(nlp, [("Wire", wire), ("Daily", daily)]), subject)
    assert facet.verdict == verdict
    if verdict == "single_source":
        assert facet.why.startswith(reconcile.UNTIED_VOICES)


def test_without_the_reading_two_meetings_agree(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "TIED_AGREEMENT", False)
    facets = story_facets(
        nlp,
        [
            (
                "Wire",
                FILLER + "Her campaign has held more than 10,000 organizing meetings in Iowa.",
            ),
            (
                "Daily",
                FILLER + "Last June, Robby Mook convened senior staff for a strategy meeting.",
            ),
        ],
    )
    assert _occurred(facets, "meeting").verdict == "corroborated"


def test_a_day_told_alike_ties_two_tellings(nlp):
    attack = "The attack on the embassy on Aug. 7, 1998 killed many people."
    other = "Officials recalled the attack on the embassy on Aug. 7, 1998."
    x, y = (next(c for c in _claims(nlp, text) if c.time is not None) for text in (attack, other))
    assert reconcile._dated_alike(x, y)
    later = "Officials recalled an attack on the embassy in 1998."
    z = next(c for c in _claims(nlp, later) if c.time is not None)
    assert not reconcile._dated_alike(x, z)  # a year tells many happenings


def _claims(nlp, text):
    from corroborator.analyze import analyze_doc
    from corroborator.model import Article

    article = Article(id="a", text=text, source="t", outlet="o", published="2016-01-01")
    return analyze_doc(nlp(text), article, "test").claims


@pytest.mark.parametrize(
    ("daily", "verdict"),
    [
        # the roles turned round: Bush's accusation is another act than Trump's
        ("Jeb Bush accused Donald Trump of lying about the war.", "single_source"),
        # one doer, one act
        ("At the debate, Donald Trump accused Jeb Bush of lying.", "corroborated"),
    ],
)
def test_an_act_of_two_doers_is_two_acts(nlp, daily, verdict):
    wire = FILLER + "Donald Trump accused Jeb Bush of lying about the war."
    facets = story_facets(nlp, [("Wire", wire), ("Daily", FILLER + daily)])
    assert _occurred(facets, "accuse (Bush, Trump)").verdict == verdict


def test_without_the_doer_reading_the_two_accusations_agree(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "DOER_APART", False)
    wire = FILLER + "Donald Trump accused Jeb Bush of lying about the war."
    daily = FILLER + "Jeb Bush accused Donald Trump of lying about the war."
    facets = story_facets(nlp, [("Wire", wire), ("Daily", daily)])
    assert _occurred(facets, "accuse (Bush, Trump)").verdict == "corroborated"
