"""Inputs that hold no article at all are named, not passed over in a row of zeros."""

from __future__ import annotations

from typer.testing import CliRunner

from corroborator.cli import app

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_run_on_a_folder_with_no_article_says_so(tmp_path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "README.md").write_text("# What this folder is\n")  # documents, not news
    result = invoke(
        "run", str(folder), "--db", str(tmp_path / "a.db"), "--out", str(tmp_path / "o")
    )
    assert result.exit_code == 0, result.output
    assert f"nothing read: no article in {folder}" in result.output


def test_ingest_of_an_empty_folder_says_so_even_when_quiet(tmp_path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    result = invoke("ingest", str(folder), "--db", str(tmp_path / "a.db"), "-q")
    assert result.exit_code == 0, result.output
    assert f"nothing read: no article in {folder}" in result.output


def test_a_folder_with_an_article_is_not_called_empty(tmp_path, examples_dir) -> None:
    result = invoke("ingest", str(examples_dir), "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 0, result.output
    assert "ingested 2" in result.output and "nothing read" not in result.output
