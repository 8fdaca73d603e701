"""Each command's summary (the first paragraph of its help, what `corroborator --help` lists)
is one line of source: a line break inside it showed in the command list as a broken line."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from corroborator.cli import app


def test_every_command_summary_is_one_line() -> None:
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        summary = (command.help or "").strip().split("\n\n")[0]
        assert "\n" not in summary, name


def test_the_command_list_shows_ingest_on_whole_lines() -> None:
    result = CliRunner().invoke(app, ["--help"], terminal_width=80)
    lines = result.output.splitlines()
    (at,) = [i for i, line in enumerate(lines) if "│ ingest " in line]
    assert "each text once with" in lines[at]
    assert lines[at + 1].split("│")[1].strip() == "every place it was seen."
