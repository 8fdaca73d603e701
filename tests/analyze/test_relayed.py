"""What an article relays: wire credits (datelines, bylines), and the grade its own
statements take from the chain it relays."""

from __future__ import annotations

import json

import pytest

from corroborator import Settings, Store, run
from corroborator.analyze.wire import wire_chain, wire_credit


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("MOSCOW (Reuters) - Russian President Vladimir Putin met ...", "Reuters"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday ...", "Associated Press"),
        ("LONDON, June 3 (Reuters) - Britain's economy grew ...", "Reuters"),
        ("Kyiv, 3 June 2023 (AFP) – Ukraine said on Saturday ...", "AFP"),
        ("Headline of the story\n\nBEIJING (Xinhua) -- China's exports rose ...", "Xinhua"),
        (
            "Bus crash in Ohio\n\nBy The Associated Press\n\nA bus overturned ...",
            "Associated Press",
        ),
    ],
)
def test_wire_credits_are_read(text: str, agency: str) -> None:
    assert wire_credit(text) == agency


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (CNN) — The Senate voted on Tuesday ...",  # the outlet's own dateline
        "Officials told Reuters on Monday that the talks had failed.",  # a source, not a credit
        "A photo (AP Photo/Evan Vucci) shows the president.",  # a photo credit
        "The report, first carried by AFP, said ...",
        "x" * 700 + "\n\nMOSCOW (Reuters) - a dateline far down the page is a quoted item",
    ],
)
def test_other_mentions_of_agencies_are_no_credit(text: str) -> None:
    assert wire_credit(text) is None


def test_the_agency_itself_relays_no_one() -> None:
    text = "MOSCOW (Reuters) - Russian President Vladimir Putin met ..."
    assert wire_chain(text, "Reuters") == ()
    assert [s.name for s in wire_chain(text, "Daily Mail")] == ["Reuters"]
    assert wire_chain("WASHINGTON (AP) — ...", "The Associated Press") == ()


BUS_CRASH = [
    (
        "Daily Mail",
        "Bus crash kills 12 near Springfield\n\nSPRINGFIELD, Illinois (Reuters) - A bus overturned"
        " on a highway near Springfield on Monday, killing 12 people. The driver survived. Rescue"
        " crews worked through the night to free passengers trapped in the wreckage.",
    ),
    (
        "The Independent",
        "Twelve dead as bus overturns in Illinois\n\nSPRINGFIELD, Illinois (Reuters) - Twelve"
        " people were killed on Monday when a bus overturned near Springfield. The driver of the"
        " bus survived with minor injuries, and the highway stayed closed for hours.",
    ),
    (
        "BBC",
        "Illinois bus crash\n\nA bus crash near Springfield on Monday killed 12 people. Local"
        " hospitals treated dozens of injured passengers.",
    ),
]


def toll_support(tmp_path, articles) -> tuple[int, int]:
    lines = [{"outlet": o, "published": "2024-03-05", "text": t} for o, t in articles]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([tmp_path / "in.jsonl"], store, Settings()).dossiers
    (value,) = [
        v
        for f in dossier.facets
        if f.attribute.startswith("number")
        for v in f.values
        if v.label.startswith("12")
    ]
    return len({e.article for e in value.evidence}), len(value.voices)


def test_two_edited_copies_of_one_wire_story_are_one_voice(tmp_path) -> None:
    assert toll_support(tmp_path, BUS_CRASH) == (3, 2)  # Reuters (twice) and the BBC


def test_without_the_credit_the_same_reports_are_three_voices(tmp_path) -> None:
    uncredited = [(o, t.replace("SPRINGFIELD, Illinois (Reuters) - ", "")) for o, t in BUS_CRASH]
    assert toll_support(tmp_path, uncredited) == (3, 3)


def test_what_a_relaying_article_states_is_graded_by_its_chain(tmp_path, examples_dir) -> None:
    # the seeds: the tabloid relays Libération relaying unnamed secret service sources, so
    # its own unattributed headline rests on an anonymous source, cited where it is named
    with Store(tmp_path / "s.db") as store:
        (dossier,) = run([examples_dir], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    headline = [
        e
        for f in dossier.facets
        for v in f.values
        for e in v.evidence
        if e.sentence.start == 0 and "secret service sources" in e.chain
    ]
    assert headline and {e.grade for e in headline} == {"anonymous"}
    with Store(tmp_path / "s.db") as store:
        tabloid = store.analysis(headline[0].article)
    claim = next(c for c in tabloid.claims if c.id == headline[0].claim)
    assert [texts[headline[0].article][c.start : c.end] for c in claim.certainty.cues] == [
        "secret service sources"
    ]


def test_a_wire_copy_states_on_the_agency_record(tmp_path) -> None:
    lines = [{"outlet": o, "published": "2024-03-05", "text": t} for o, t in BUS_CRASH]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([tmp_path / "in.jsonl"], store, Settings()).dossiers
    grades = {
        e.chain: e.grade
        for f in dossier.facets
        if f.attribute.startswith("number")
        for v in f.values
        for e in v.evidence
    }
    assert grades[("Daily Mail", "Reuters")] == "on_record"
    assert grades[("BBC",)] == "asserted"
