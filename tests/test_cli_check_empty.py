"""An empty statement given to `corroborator check` is a usage error that says what to give,
not an error about cleaning an article."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from corroborator.cli import app

runner = CliRunner()


def test_an_empty_statement_is_a_usage_error(tmp_path: Path) -> None:
    db = str(tmp_path / "none.db")  # never opened: the statement is refused first
    for args, stdin in ((["check", "   "], None), (["check", "-"], "\n")):
        result = runner.invoke(app, [*args, "--db", db], input=stdin)
        assert result.exit_code == 2, result.output
        assert "nothing to check: give a statement" in result.output
        assert "cleaning" not in result.output
    assert not Path(db).exists()
