"""An error's message says what is wrong anywhere it is shown; its hint (what to do on the command
line) is in what the CLI prints, never in the message the web shows."""

from __future__ import annotations

from typer.testing import CliRunner

from corroborator.cli import app
from corroborator.errors import NotInArchiveError


def test_the_hint_is_in_the_printed_error_not_in_the_message():
    error = NotInArchiveError("no story matching 's-x'", path="a.db", hint="list them")
    assert error.message == "no story matching 's-x'"
    assert str(error) == "a.db: no story matching 's-x'; list them"
    assert str(NotInArchiveError("gone")) == "gone"


def test_the_command_line_prints_the_hint(tmp_path):
    result = CliRunner().invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no archive here; build one with `corroborator run SOURCES`" in result.output
