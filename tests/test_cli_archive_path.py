"""A folder given as --db to a command that adds to the archive is named as a folder, with the
file to pass instead, rather than SQLite's "unable to open database file"."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from corroborator.cli import app

runner = CliRunner()


def test_a_folder_as_db_is_named_with_the_fix(tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text("The council voted on Tuesday to close the bridge, the mayor said.\n")
    folder = tmp_path / "archives"
    folder.mkdir()
    result = runner.invoke(app, ["ingest", str(article), "--db", str(folder)])
    assert result.exit_code == 1
    assert f"{folder}: is a folder, not an archive file" in result.output
    assert f"--db {folder / 'corroborator.db'}" in result.output
    assert list(folder.iterdir()) == []  # nothing written


def test_a_db_file_in_a_new_folder_is_still_made(tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text("The council voted on Tuesday to close the bridge, the mayor said.\n")
    db = tmp_path / "archives" / "news.db"
    result = runner.invoke(app, ["ingest", str(article), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert db.is_file() and "ingested 1" in result.output
