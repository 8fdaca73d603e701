"""A headline ending in a full stop (title case or headlinese), and a headline with its dek on
two lines, are read as the title; a first paragraph that is a sentence of body text is not.
The headline stays in the text, so every span still points at the same words."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from corroborator.cli import app
from corroborator.ingest.clean import clean_text

BODY = "\n\nA Bloomberg poll shows that wealthy Americans have abandoned the Republican party."


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # title case with a final full stop (Breitbart, HuffPost, Western Journal, NYT)
        (
            "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.",
            "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton",
        ),
        (
            "John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’",
            "John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature’",
        ),
        ("Is Trump Finished With The Establishment?", "Is Trump Finished With The Establishment?"),
        # headlinese: no article, no "be", no "said"
        (
            "Flynn says Trump 'absolutely right' in saying generals reduced to rubble.",
            "Flynn says Trump 'absolutely right' in saying generals reduced to rubble",
        ),
        (
            "Election uncertainty weighs on parts of US economy: Fed Beige Book.",
            "Election uncertainty weighs on parts of US economy: Fed Beige Book",
        ),
        ("Clinton takes lead in the U.S.", None),  # "the": a sentence
        ("Obama visits troops in the U.S.", None),
        ("Clinton wins in N.Y. and the U.S.", None),
        (
            "Obama meets troops in U.S.",
            "Obama meets troops in U.S.",
        ),  # an abbreviation's stop stays
        # a headline and its dek on two lines (USA Today, NYT)
        (
            "Candidates vie for vets' support; \nTrump and Clinton point out own credentials.",
            "Candidates vie for vets' support",
        ),
    ],
)
def test_headline_forms(first: str, title: str | None) -> None:
    clean, _, meta = clean_text(first + BODY)
    assert meta.get("title") == title
    assert clean == (first + BODY).replace(" \n", "\n")  # the headline stays in the text


@pytest.mark.parametrize(
    "first",
    [
        "The Wagner chief attended a meeting.",  # an article
        "Russian President Vladimir Putin met the Wagner chief five days after the coup attempt,"
        " the Kremlin said on Monday.",  # a lede
        "Hillary Clinton could be impeached if elected president, Rep. Mike McCaul said Wednesday.",
        "America is conflicted.",  # "be"
        "Mr. Trump, I have a deal for you.",  # first person
        "A strong earthquake struck Izmir on Thursday, according to Reuters.",
        "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party candidate Jill Stein was escorted off.",
        "- Retiring early takes time and incredible discipline.",  # a list bullet
        "Updated Tue 28 Nov 2005 9:15 a.m.",  # a time stamp
        "The New York Times reports:",
        "Trump leads\nin the polls after the debate.",  # a paragraph of two lines, no dek
    ],
)
def test_body_sentence_is_no_headline(first: str) -> None:
    assert "title" not in clean_text(first + BODY)[2]


def test_headline_with_full_stop_through_the_cli(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (
        "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\n"
        "A Bloomberg poll shows that Americans living in households making $100,000 or more have"
        " abandoned the Republican party, led by Donald Trump, in favor of Hillary Clinton.\n\n"
        "Clinton beats Trump by 46 percent to 42 percent, according to the poll.\n"
    )
    (folder / "poll.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(folder), "--db", db, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(runner.invoke(app, ["articles", "--db", db, "--json"]).stdout)
    assert article["title"] == "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton"
    (story,) = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).stdout)
    assert story["title"] == article["title"]
    dossier = json.loads(runner.invoke(app, ["show", story["id"], "--db", db, "--json"]).stdout)
    assert dossier["headline"] == article["title"]
    # the text analysed still opens with the headline: every span points at the words quoted
    assert text.strip().startswith("Poll: Wealthy Voters")
    quotes = [e for f in dossier["facets"] for v in f["values"] for e in v["evidence"]]
    assert quotes
    for evidence in quotes:
        start, end = evidence["sentence"]["start"], evidence["sentence"]["end"]
        assert text.strip()[start:end] == evidence["quote"]
