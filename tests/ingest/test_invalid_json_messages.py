"""A skipped JSON record says what the parser found and where, in words that read: the
parser's messages that end in "at" ("Unterminated string starting at") are not given a
second one."""

from __future__ import annotations

from typer.testing import CliRunner

from corroborator.cli import app


def ingest(tmp_path, name: str, content: str) -> str:
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["ingest", str(tmp_path / name), "--db", str(tmp_path / "a.db")]
    )
    assert result.exit_code == 3, result.output
    return " ".join(result.output.split())


def test_an_unterminated_string_in_a_jsonl_line(tmp_path) -> None:
    out = ingest(tmp_path, "r.jsonl", '{"text": "The mayor said 12 were hurt."}\n{"bad\n')
    assert "r.jsonl:2: invalid JSON (Unterminated string starting at column 2)" in out
    assert "at at" not in out


def test_a_missing_comma_in_a_jsonl_line(tmp_path) -> None:
    out = ingest(tmp_path, "r.jsonl", '{"text": "x" "title": "y"}\n')
    assert "r.jsonl:1: invalid JSON (Expecting ',' delimiter at column 14)" in out


def test_an_unterminated_string_in_a_json_file(tmp_path) -> None:
    out = ingest(tmp_path, "r.json", '[{"text": "The mayor said')
    assert "r.json: invalid JSON (Unterminated string starting at line 1)" in out
