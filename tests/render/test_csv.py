"""Dossiers as one CSV table, through the CLI, on a real archive of the seeds."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from corroborator import Store
from corroborator.cli import app
from corroborator.render.csv import COLUMNS

runner = CliRunner()


@pytest.fixture(scope="module")
def archive(seeds_archive):
    return seeds_archive


def export(*args: str):
    return runner.invoke(app, ["export", *args])


def test_one_row_per_statement_each_pointing_at_its_words(archive):
    result = export("--all", "-f", "csv", "--db", str(archive))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == COLUMNS
    shown = json.loads(export("s-", "-f", "json", "--db", str(archive)).stdout)
    statements = sum(len(v["evidence"]) for f in shown["facets"] for v in f["values"])
    assert len(rows) == statements
    with Store(archive) as store:
        texts = {a.id: a.text for a in store.articles()}
    for row in rows:
        words = texts[row["article"]][int(row["start"]) : int(row["end"])]
        assert " ".join(words.split()) == row["quote"]
    dates = {
        r["value"] for r in rows if r["attribute"] == "date" and r["verdict"] == "contradicted"
    }
    assert {"2023-06-29", "2023-07-01"} <= dates
    assert export("--all", "-f", "csv", "--db", str(archive)).stdout == result.stdout  # same bytes


def test_one_story_as_csv_and_the_refusals(archive):
    one = export("s-", "-f", "csv", "--db", str(archive))
    assert one.exit_code == 0 and one.stdout.startswith("story,facet,")
    assert export("--all", "-f", "md", "--db", str(archive)).exit_code == 2
    assert export("s-", "--all", "-f", "csv", "--db", str(archive)).exit_code == 2
    assert export("-f", "csv", "--db", str(archive)).exit_code == 2
    assert export("s-", "-f", "xlsx", "--db", str(archive)).exit_code == 2
