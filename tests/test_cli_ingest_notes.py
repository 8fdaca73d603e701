"""What ingest did not take as given is said on stderr, one line per input: a date that is not
a date (the article is kept, undated) and bytes that were not UTF-8 (decoded by a guess)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corroborator.cli import NOTES_SHOWN, app

runner = CliRunner()
STORY = "The council voted on Tuesday to close the bridge, the mayor said."


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bridge.txt").write_text(STORY + "\n", encoding="utf-8")
    (folder / "fire.txt").write_text("Police said two people were hurt in a fire.\n")
    (folder / "sources.csv").write_text(
        "file,outlet,url,published,title\nbridge.txt,Gazette,,20-11-2015,\n"
        "fire.txt,Herald,,2015-11-21,\n"
    )
    (folder / "cafe.txt").write_bytes(
        b"Caf\xe9 owners said on Monday the \xabnew\xbb rent will cost \xa35,000 a month.\n"
    )
    (folder / "wire.jsonl").write_text(
        json.dumps({"text": "The storm hit the coast, officials said.", "published": "yesterday"})
        + "\n"
    )
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_ignored_dates_and_guessed_encodings_are_named(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    result = invoke("ingest", str(folder), "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 3, result.output  # empty.txt was skipped; the rest went on
    out = result.output
    assert f"note {folder}/bridge.txt: published value '20-11-2015' is not an ISO date" in out
    assert f"note {folder}/wire.jsonl:1: published value 'yesterday' is not an ISO date" in out
    assert f"note {folder}/cafe.txt: not valid UTF-8" in out and "decoded as cp1252" in out
    assert f"skipped {folder}/empty.txt: empty input" in out
    assert "fire.txt" not in out  # a good input makes no note
    assert "ingested 4" in out


def test_the_notes_are_said_even_when_quiet(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    result = invoke("ingest", str(folder), "--db", str(tmp_path / "a.db"), "-q")
    assert "note " in result.output and "20-11-2015" in result.output
    assert "ingested" not in result.output  # the summary line is progress output


def test_run_names_them_too(tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"text": STORY, "published": "2024-13-45"}) + "\n")
    result = invoke(
        "run", str(folder), "--db", str(tmp_path / "a.db"), "--out", str(tmp_path / "o"), "-q"
    )
    assert result.exit_code == 0, result.output
    assert "published value '2024-13-45' is not an ISO date; ignored" in result.output


def test_past_a_screenful_the_rest_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    extra = 3
    records = [
        {
            "text": f"Report {n}: the mayor said on Monday the bridge would close.",
            "published": "soon",
        }
        for n in range(NOTES_SHOWN + extra)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = invoke("ingest", str(path), "--db", str(tmp_path / "a.db"))
    assert result.exit_code == 0, result.output
    assert result.output.count("note ") == NOTES_SHOWN + 1
    assert f"{extra} more notes like these; `corroborator articles --json`" in result.output
