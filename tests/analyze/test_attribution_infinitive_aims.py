"""An aim with an infinitive is recorded as PolNeAR marks it (source, cue, content), and read as
its subject's intention, never as a statement (issue #5).

"She hopes to win the race" is an attribution (``is_aim``): the claims stage makes no
"statement" of it, attributes nothing inside it to its subject (who stays the participant of
the aim), and certainty grades it speculation whoever its subject is. Beliefs ("hopes the
stadium will open"), vows and statements stay as they were; an aim at an object ("Police are
seeking a man") and a schedule are still no attribution. Checked on literal sentences, both
sides, on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import span_text as _text
from claims_reads import claims_of, words

from corroborator.analyze.attribution import (
    AIM_OBJECT_VERBS,
    AIM_VERBS,
    extract_attributions,
    is_aim,
    is_statement,
)
from corroborator.analyze.certainty import assess_certainty
from corroborator.model import Article

AIMS = [
    ("She hopes to win the race next year.", "hopes", "She", "to win the race next year"),
    ("Ministers are seeking to reassure voters.", "are seeking", "Ministers", "to reassure voters"),
    (
        "The Kremlin hopes to hold talks with Ukraine in Istanbul on Friday.",
        "hopes",
        "The Kremlin",
        "to hold talks with Ukraine in Istanbul on Friday",
    ),
    (
        "Police hope to arrest the gunman in Houston this week.",
        "hope",
        "Police",
        "to arrest the gunman in Houston this week",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), AIMS)
def test_an_infinitive_aim_is_recorded_as_an_aim(nlp, text, cue, source, content):
    article, atts = _read(nlp, text)
    found = [
        (_text(article, a.cue), _text(article, a.source.span), _text(article, a.content))
        for a in atts
    ]
    assert found == [(cue, source, content)]
    doc = nlp(text)
    assert is_aim(atts[0])
    assert not is_statement(doc, atts[0])


NOT_AIMS = [
    # a hope with a clause is a belief its subject holds and tells
    ("The club hopes the stadium will open in May.", "hopes"),
    # commitments are said aloud: statements
    ("Jane Smith vowed to meet Vladimir Putin in Paris.", "vowed"),
    ("The minister promised to resign.", "promised"),
    # a speech verb above an aim speaks
    ("Jane Smith said she hopes to meet Vladimir Putin in Paris.", "said"),
]


@pytest.mark.parametrize(("text", "cue"), NOT_AIMS)
def test_beliefs_vows_and_statements_are_no_aims(nlp, text, cue):
    article, atts = _read(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert hits, [(_text(article, a.cue), _text(article, a.content)) for a in atts]
    doc = nlp(text)
    assert not is_aim(hits[0])
    assert is_statement(doc, hits[0])


@pytest.mark.parametrize(
    "text",
    [
        "Police are seeking a man in connection with the attack.",
        "The company is seeking a buyer for its stake.",
        "Robert Pitman, 24, is due to appear in court on Monday.",
    ],
)
def test_aims_at_an_object_and_schedules_stay_no_attribution(nlp, text):
    article, atts = _read(nlp, text)
    assert atts == [], [(_text(article, a.cue), _text(article, a.content)) for a in atts]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith hopes to meet Vladimir Putin in Paris.",
        "Ministers are seeking to reassure voters.",
        "Jane Smith wants to meet Vladimir Putin in Paris.",
    ],
)
def test_an_aim_tells_no_statement(nlp, text):
    claims = claims_of(nlp, text)
    assert [c for c in claims if c.predicate == "statement"] == []
    assert [c for c in claims if c.attribution is not None] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The club hopes the stadium will open in May.", "hopes"),
        ("Jane Smith vowed to meet Vladimir Putin in Paris.", "vowed"),
    ],
)
def test_beliefs_and_vows_still_tell_statements(nlp, text, cue):
    claims = claims_of(nlp, text)
    statements = [c for c in claims if c.predicate == "statement"]
    assert [words(text, c.trigger) for c in statements] == [cue]


def test_the_aims_subject_stays_its_participant(nlp):
    # the subject of an aim is the one who aims (and would win), never a speaker dropped
    # ("hopes" makes no claim: a hope tells no event, claims.GENERIC_STOP)
    text = "Jane Smith aims to win the race."
    (hope,) = [c for c in claims_of(nlp, text) if c.predicate == "v:aim"]
    assert [(p.role, words(text, p.span)) for p in hope.participants] == [("agent", "Jane Smith")]
    assert hope.attribution is None
    assert hope.certainty.grade == "asserted"


def test_an_aim_under_a_statement_is_the_speakers(nlp):
    # the claim inside the aim is told by the one who said it, not by the aim
    text = "Jane Smith said she aims to meet Vladimir Putin in Paris."
    (hope,) = [c for c in claims_of(nlp, text) if c.predicate == "v:aim"]
    assert words(text, hope.attribution.cue) == "said"
    assert [words(text, p.span) for p in hope.participants] == ["she"]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # an official's aim is no on-the-record fact, a named person's no named fact
        ("The Kremlin hopes to hold talks with Ukraine in Istanbul on Friday.", "speculation"),
        ("Jane Smith hopes to win the race.", "speculation"),
        # the same subjects' statements keep their grades
        ("The Kremlin said talks with Ukraine will be held in Istanbul on Friday.", "on_record"),
        ("Jane Smith said she will win the race.", "named"),
    ],
)
def test_certainty_grades_an_aim_as_an_intention(nlp, text, grade):
    doc = nlp(text)
    atts = extract_attributions(doc, Article(id="t", text=text, source="test"), [])
    assert len(atts) == 1, [(text[a.cue.start : a.cue.end]) for a in atts]
    certainty = assess_certainty(doc, atts[0].content, atts[0])
    assert certainty.grade == grade
    if grade == "speculation":
        assert certainty.cues == (atts[0].cue,)


def test_tables_are_named():
    assert {"seek", "hope", "hop", "want", "plan", "intend", "try"} <= AIM_VERBS
    assert AIM_OBJECT_VERBS <= AIM_VERBS
    # commitments said aloud are no aims
    assert not {"vow", "promise", "pledge", "threaten"} & AIM_VERBS


PLAN = (
    "C2I plans to reforest a million acres in the southern Mississippi River Valley and sell "
    "the carbon offsets to companies."
)


def test_a_claim_inside_an_aim_is_its_subjects_plan(nlp):
    # PolNeAR train (nyt 2016-10-02): before, the sale was "on_record" from 'plans' and C2I,
    # taken for a speaker, was no participant of it
    (sale,) = [c for c in claims_of(nlp, PLAN) if c.predicate == "v:sell"]
    assert [(p.role, words(PLAN, p.span)) for p in sale.participants] == [("agent", "C2I")]
    assert sale.attribution is None
    assert sale.certainty.grade == "speculation"
    assert [words(PLAN, c) for c in sale.certainty.cues] == ["plans"]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the same act done, or said to be done, is no plan
        ("C2I sold the carbon offsets to companies.", "asserted"),
        ("C2I said it sold the carbon offsets to companies.", "on_record"),
    ],
)
def test_a_claim_outside_an_aim_keeps_its_grade(nlp, text, grade):
    (sale,) = [c for c in claims_of(nlp, text) if c.predicate == "v:sell"]
    assert sale.certainty.grade == grade
