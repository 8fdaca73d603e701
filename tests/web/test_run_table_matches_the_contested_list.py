"""The table `run` prints for a batch of stories ranks them as `stories --sort contested`
(and the web's contested order) does: disputes, updates, agreements, bigger stories, and
among equals the most recent first."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from corroborator.cli import app

runner = CliRunner()


def test_the_run_table_is_the_contested_list(tmp_path, examples_dir, data_dir):
    batch = tmp_path / "batch"
    batch.mkdir()
    for corpus in sorted((data_dir / "corpora").iterdir()):
        shutil.copy(corpus / "articles.jsonl", batch / f"{corpus.name}.jsonl")
    db = tmp_path / "run.db"
    env = {"COLUMNS": "200"}
    args = ["run", str(batch), str(examples_dir), "--db", str(db), "--out", str(tmp_path / "out")]
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    table = [line.split()[0] for line in result.stdout.splitlines() if line.startswith("s-")]

    listed = runner.invoke(app, ["stories", "--db", str(db), "--json", "--sort", "contested"])
    rows = json.loads(listed.stdout)
    assert len(rows) == len(table) == 8
    assert table == [r["id"] for r in rows]
    # ties exist, so the tie order is part of what is compared
    keys = [
        (r["verdicts"]["contradicted"], r["verdicts"]["corroborated"], r["articles"]) for r in rows
    ]
    assert len(set(keys)) < len(keys)
