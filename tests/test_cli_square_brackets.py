"""Names and reasons are printed as written: square brackets in a file name ("Smith [draft].txt")
or a record's place ("dump.json[articles][1]") are text, not terminal markup to be dropped."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corroborator.cli import app

runner = CliRunner()


def test_brackets_in_skipped_and_noted_names_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "Smith [draft].txt").write_bytes(b"")
    (folder / "Cafe [fr].txt").write_bytes(b"Caf\xe9 owners said on Monday the rent will rise.\n")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 3, result.output
    assert f"skipped {folder}/Smith [draft].txt: empty input" in result.output
    assert f"note {folder}/Cafe [fr].txt: not valid UTF-8" in result.output


def test_brackets_in_an_error_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "[archive]"
    folder.mkdir()
    article = tmp_path / "a.txt"
    article.write_text("The mayor resigned on Monday, aides said.\n")
    result = runner.invoke(app, ["ingest", str(article), "--db", str(folder)])
    assert result.exit_code == 1
    assert f"{folder}: is a folder, not an archive file" in result.output


def test_a_wrapped_record_is_named_by_its_place(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"status": "ok", "articles": [{"title": "no text"}]}))
    result = runner.invoke(app, ["ingest", str(path), "--db", str(tmp_path / "a.db")])
    assert f"skipped {path}[articles][0]: text field 'text' missing" in result.output
