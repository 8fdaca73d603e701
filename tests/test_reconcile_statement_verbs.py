"""A statement is shown with the writer's own finite verb (reconcile._statement_verb), so the
label agrees with its speaker as the writer wrote it ("Republicans say", "Roberts said"); a
cue that is no finite verb ("saying", "according to", "to say") falls back to the relation in
the third person."""

from __future__ import annotations

import corroborator.reconcile as reconcile
from corroborator.analyze import analyze_doc
from corroborator.model import Article, Story


def _timeline_events(nlp, text):
    article = Article(id="a0", text=text, source="t/0", outlet="Wire", published="2016-09-22")
    analyses = {"a0": analyze_doc(nlp(text), article, "test")}
    _, timeline, _ = reconcile.reconcile(Story(id="s", articles=["a0"]), {"a0": article}, analyses)
    return [e.event for e in timeline]


def test_a_plural_speaker_keeps_the_writers_verb(nlp):
    events = _timeline_events(
        nlp, "On Monday, Senate Republicans say that the budget deal is dead for this year."
    )
    said = [e for e in events if "Republicans" in e]
    assert said and all(" say: “" in e for e in said), events


def test_a_past_tense_cue_is_shown_as_written(nlp):
    events = _timeline_events(
        nlp,
        "Last week, Mayor Jennifer Roberts told reporters that the city would review the video.",
    )
    said = [e for e in events if "Roberts" in e]
    assert said and all(" said: “" in e for e in said), events


def test_a_cue_that_is_no_finite_verb_falls_back(nlp):
    events = _timeline_events(
        nlp, "The budget deal is dead for this year, according to Mayor Jennifer Roberts on Monday."
    )
    said = [e for e in events if "Roberts" in e]
    assert said and all(" says: “" in e for e in said), events


def test_the_form_test():
    assert reconcile._form_of("said", "say")
    assert reconcile._form_of("abandoned", "abandon")
    assert reconcile._form_of("denies", "deny")
    assert not reconcile._form_of("saying", "say")
    assert not reconcile._form_of("statement", "state")
