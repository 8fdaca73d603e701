"""A command that would leave a new archive with no article leaves no archive at all: a
mistyped path, or a batch where every input failed, must not leave a stray .db file."""

from __future__ import annotations

from typer.testing import CliRunner

from corroborator.cli import EXIT_SKIPPED, app
from corroborator.store import Store

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_a_mistyped_path_leaves_no_archive_and_keeps_its_exit_status(tmp_path) -> None:
    db = tmp_path / "archives" / "news.db"
    result = invoke("ingest", str(tmp_path / "typo.txt"), "--db", str(db))
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "no such file" in result.output
    assert f"no archive made: {db} would hold no article" in result.output
    # said last, after what was skipped and the counts
    assert result.output.index("ingested 0") < result.output.index("no archive made")
    assert not db.exists() and not (tmp_path / "archives").exists()  # nor the folder made for it
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_every_input_failing_in_run_leaves_no_archive(tmp_path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02")
    db = tmp_path / "a.db"
    result = invoke(
        "run",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "blob.bin"),
        "--db",
        str(db),
        "--out",
        str(tmp_path / "o"),
    )
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert not db.exists()
    assert not any(p.name.startswith("a.db") for p in tmp_path.iterdir())  # nor -wal, -shm


def test_an_existing_archive_is_kept_even_when_nothing_is_added(tmp_path, examples_dir) -> None:
    db = tmp_path / "a.db"
    assert invoke("ingest", str(examples_dir), "--db", str(db)).exit_code == 0
    result = invoke("ingest", str(tmp_path / "typo.txt"), "--db", str(db))
    assert result.exit_code == EXIT_SKIPPED
    assert "no archive made" not in result.output
    with Store(db) as store:
        assert store.count("articles") == 2


def test_an_existing_empty_archive_is_not_removed(tmp_path) -> None:
    db = tmp_path / "a.db"
    Store(db).close()  # made by someone on purpose, empty
    result = invoke("ingest", str(tmp_path / "typo.txt"), "--db", str(db))
    assert result.exit_code == EXIT_SKIPPED
    assert db.exists()


def test_a_new_archive_with_articles_stays(tmp_path, examples_dir) -> None:
    db = tmp_path / "new" / "a.db"
    result = invoke("ingest", str(examples_dir), str(tmp_path / "typo.txt"), "--db", str(db))
    assert result.exit_code == EXIT_SKIPPED  # one input failed, the others were archived
    with Store(db) as store:
        assert store.count("articles") == 2


def test_analyze_of_a_missing_archive_refuses_and_makes_none(tmp_path) -> None:
    db = tmp_path / "typo.db"
    result = invoke("analyze", "--db", str(db))
    assert result.exit_code == 1
    assert "no archive here" in result.output
    assert not db.exists()
