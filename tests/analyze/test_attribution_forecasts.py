"""A forecast is no attribution: "see" under a modal of what is to come ("those workers would
see a 50 percent increase", ``FORECAST_VERBS`` under ``FORECAST_MODALS``) tells what will happen
to its subject, not what the subject perceives or believes; "can see", "may see" and a plain
"see … as" stay attributions. Checked on literal sentences, both sides, on the real parse."""

from __future__ import annotations

import pytest
from attribution_reads import read as _read
from attribution_reads import source_of
from attribution_reads import span_text as _text

from corroborator.analyze import attribution
from corroborator.analyze.attribution import FORECAST_MODALS, FORECAST_VERBS

FORECASTS = [
    "Under the plan, those workers would see a 50 percent increase in their pay by 2022.",
    "The top 1 percent would see their after-tax incomes go up by as much as 19.9 percent.",
    "The policy mistake would see the Fed tightening the U.S. money supply.",
    "Smaller firms will see their tax bills fall under the new rules.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_forecast_see_is_no_attribution(nlp, text):
    article, atts = _read(nlp, text)
    assert atts == [], [(_text(article, a.cue), _text(article, a.content)) for a in atts]


@pytest.mark.parametrize("text", FORECASTS[:2])
def test_forecast_see_is_read_without_the_rule(nlp, text, monkeypatch):
    # the rule is what removes it: with no forecast verbs the parse reads a cue there
    monkeypatch.setattr(attribution, "FORECAST_VERBS", frozenset())
    article, atts = _read(nlp, text)
    assert [_text(article, a.cue) for a in atts] == ["would see"]


STILL_ATTRIBUTIONS = [
    ("Everyone can see this guy is a fraud.", "can see", "Everyone"),
    ("Critics see the program as an opportunity to fix problems.", "see", "Critics"),
    ("Customers may soon see conditions return to normal.", "may soon see", "Customers"),
    ("I cannot see any future for this party with him as the nominee.", "cannot see", "I"),
]


@pytest.mark.parametrize(("text", "cue", "source"), STILL_ATTRIBUTIONS)
def test_see_without_a_modal_of_the_future_stays(nlp, text, cue, source):
    assert source_of(nlp, text, cue) == source


def test_forecast_tables():
    assert FORECAST_VERBS == {"see"}
    assert {"will", "would", "'ll"} <= FORECAST_MODALS
    assert not {"can", "may", "might", "must", "could"} & FORECAST_MODALS
