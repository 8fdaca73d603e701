"""The day a speaker told something (TELLING_DATES, _one_tellings): dated statements of one
named speaker in two reports that say the same thing are one telling, and the day they give it
is disputed or agreed as an event's day is; a speaker who says other things on other days is
told apart. Hand-written reports, real spaCy parses (reconcile_reads.story_facets).

Read on PolNeAR train: "On Tuesday, Comey said that while Clinton and her aides had been
'extremely careless' ..." and "On Tuesday, Comey announced that Clinton was 'extremely careless'
with classified material ..." (one telling; a changed day in one of them was missed); ECB+
topic 22: "Janice Leader, a 911 dispatcher, told reporters Friday that Hiller called 911" in two
reports.
"""

from __future__ import annotations

import json

import jsonschema

import corroborator.reconcile as reconcile
from corroborator import Settings, Store, dossier_schema, render_json, run
from reconcile_reads import story_facets

PUBLISHED = "2016-07-06"
SAID_TUESDAY = (
    "FBI Director James Comey cleared Clinton. On Tuesday, Comey said that while Clinton and "
    "her aides had been “extremely careless” with her handling of classified materials through "
    "her private server, “no reasonable prosecutor” would bring the case."
)
ANNOUNCED_TUESDAY = (
    "FBI Director James Comey closed the case. On Tuesday, Comey announced that Clinton was "
    "“extremely careless” with classified material."
)
ANNOUNCED_MONDAY = ANNOUNCED_TUESDAY.replace("Tuesday", "Monday")
# the same speaker on another day, saying something else
SAID_MONDAY_OTHER = (
    "FBI Director James Comey met lawmakers. On Monday, Comey said the bureau would hire two "
    "thousand new agents next year."
)


def _told(facets):
    return [f for f in facets if f.attribute == reconcile.TELLING_DATE]


def test_one_telling_dated_apart_is_contradicted(nlp):
    facets = story_facets(nlp, [("Politico", SAID_TUESDAY), ("WJ", ANNOUNCED_MONDAY)], PUBLISHED)
    (facet,) = _told(facets)
    assert facet.verdict == "contradicted"
    assert facet.subject.startswith("FBI Director James Comey")
    assert {v.value for v in facet.values} == {"2016-07-04", "2016-07-05"}


def test_one_telling_dated_alike_is_corroborated_by_the_outlets(nlp):
    facets = story_facets(nlp, [("Politico", SAID_TUESDAY), ("WJ", ANNOUNCED_TUESDAY)], PUBLISHED)
    (facet,) = _told(facets)
    assert facet.verdict == "corroborated"
    # when he spoke is the outlets' word, not Comey's
    assert {e.voice for v in facet.values for e in v.evidence} == {"outlet:politico", "outlet:wj"}


def test_undated_reports_compare_by_weekday(nlp):
    wire = (
        "Janice Leader, a 911 dispatcher, told reporters Friday that Hiller called 911 "
        "from the plant."
    )
    daily = wire.replace("Friday", "Sunday")
    (facet,) = _told(story_facets(nlp, [("Wire", wire), ("Daily", daily)]))
    assert facet.verdict == "contradicted"


def test_without_the_reading_no_telling_is_dated(nlp, monkeypatch):
    monkeypatch.setattr(reconcile, "TELLING_DATES", False)
    facets = story_facets(nlp, [("Politico", SAID_TUESDAY), ("WJ", ANNOUNCED_MONDAY)], PUBLISHED)
    assert not _told(facets)
    assert not [f for f in facets if f.verdict == "contradicted"]


def test_one_speaker_telling_two_things_on_two_days_is_no_dispute(nlp):
    facets = story_facets(nlp, [("Politico", SAID_TUESDAY), ("WJ", SAID_MONDAY_OTHER)], PUBLISHED)
    assert not _told(facets)
    assert not [f for f in facets if f.verdict == "contradicted"]


def test_two_speakers_saying_alike_on_two_days_are_no_dispute(nlp):
    other = ANNOUNCED_MONDAY.replace("Comey", "Lynch").replace(
        "FBI Director James", "Attorney General Loretta"
    )
    facets = story_facets(nlp, [("Politico", SAID_TUESDAY), ("WJ", other)], PUBLISHED)
    assert not _told(facets)
    assert not [f for f in facets if f.verdict == "contradicted"]


def test_an_unnamed_speaker_dates_no_telling(nlp):
    wire = (
        "An official told reporters Friday that Hiller called 911 from the plant in Philadelphia."
    )
    daily = wire.replace("Friday", "Sunday")
    assert not _told(story_facets(nlp, [("Wire", wire), ("Daily", daily)]))


def test_a_dossier_with_a_telling_date_keeps_the_published_contract(tmp_path):
    """The "date told" facet's values are of kind "telling", which the dossier JSON schema
    (1.2) lists: the whole pipeline's dossier of the two Comey reports validates."""
    corpus = tmp_path / "comey.jsonl"
    rows = [
        {"outlet": "Politico", "published": PUBLISHED, "title": "Comey clears Clinton",
         "text": SAID_TUESDAY},
        {"outlet": "WJ", "published": PUBLISHED, "title": "Comey closes the case",
         "text": ANNOUNCED_MONDAY},
    ]  # fmt: skip
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        report = run([corpus], store, Settings())
    data = json.loads(render_json(report.dossiers[0]))
    jsonschema.Draft202012Validator(dossier_schema()).validate(data)
    told = [f for f in data["facets"] if f["attribute"] == reconcile.TELLING_DATE]
    assert [v["kind"] for f in told for v in f["values"]] == ["telling", "telling"]
    assert data["schema_version"] == "1.2"
