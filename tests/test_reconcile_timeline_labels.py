"""The timeline shows times as the facets do (_date_label, _part_label, HOUR_LABELS): a dated
statement's "dated by" gives the label of its time, not the raw TIMEX value ("2016-W38"), and
an hour TimeML writes as "T24" reads "midnight", not "24"."""

from __future__ import annotations

import corroborator.reconcile as reconcile
from corroborator.analyze import analyze_doc
from corroborator.model import Article, Span, Story, TimeRef


def _time(value, start=None, end=None):
    return TimeRef(span=Span(0, 1), type="DATE", value=value, start=start, end=end)


def test_hours_read_as_clock_times():
    assert reconcile._date_label(_time("2016-09-23T24")) == "2016-09-23 midnight"
    assert reconcile._date_label(_time("2016-09-23T15")) == "2016-09-23 15:00"
    assert reconcile._date_label(_time("2016-09-08TMO")) == "2016-09-08 morning"
    assert reconcile._date_label(_time("2016-09-08")) == "2016-09-08"


def test_dated_by_shows_the_label(nlp):
    text = (
        "Last week, Mayor Jennifer Roberts told reporters that the city would review the video. "
        "The review is expected to take a month."
    )
    article = Article(id="a0", text=text, source="t/0", outlet="Wire", published="2016-09-22")
    analyses = {"a0": analyze_doc(nlp(text), article, "test")}
    _, timeline, _ = reconcile.reconcile(Story(id="s", articles=["a0"]), {"a0": article}, analyses)
    said = [e for e in timeline if "Roberts" in e.event]
    assert said, [(e.when, e.event) for e in timeline]
    for entry in said:
        assert [label for label, _ in entry.datings] == [entry.when]
        assert "W" not in entry.when
