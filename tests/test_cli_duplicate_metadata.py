"""The same text ingested again with another outlet, date or title is stored once, as before, and
the command says what the new copy said otherwise and that the archived values stay the
article's: a user correcting a date by re-ingesting is told it did not change."""

from __future__ import annotations

from typer.testing import CliRunner

from corroborator import Settings, Store, pipeline
from corroborator.cli import app

STORY = "The council voted on Tuesday to close the bridge, the mayor said.\n"


def test_a_copy_with_another_date_is_named_and_not_used(tmp_path):
    (tmp_path / "bridge.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    first = ["ingest", str(tmp_path / "bridge.txt"), "--db", db, "--published", "2016-09-08"]
    assert runner.invoke(app, first).exit_code == 0
    again = runner.invoke(app, [*first[:-1], "2016-09-10"])
    assert again.exit_code == 0
    assert "with published '2016-09-08'; this copy's published '2016-09-10'" in again.output
    assert "duplicate 1" in again.output
    with Store(db) as store:
        (article,) = store.articles()
        assert article.published == "2016-09-08"
    # the same copy again says nothing more
    assert "note" not in runner.invoke(app, first).output


def test_the_report_lists_only_copies_that_differ(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        settings = Settings(db=str(tmp_path / "a.db"))
        pipeline.ingest([tmp_path / "a.txt"], store, settings, outlet="Wire")
        same = pipeline.ingest([tmp_path / "a.txt"], store, settings, outlet="Wire")
        other = pipeline.ingest([tmp_path / "a.txt"], store, settings, outlet="Daily")
    assert same.duplicates and same.differing == []
    assert len(other.differing) == 1 and "outlet 'Wire'" in other.differing[0]


def test_many_differing_copies_are_counted_past_the_first_ones(tmp_path):
    from corroborator.cli import NOTES_SHOWN

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(NOTES_SHOWN + 2):
        (folder / f"story{n:02}.txt").write_text(f"Story {n}: {STORY}", encoding="utf-8")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    first = ["ingest", str(folder), "--db", db, "--outlet", "Wire"]
    assert runner.invoke(app, first).exit_code == 0
    again = runner.invoke(app, [*first[:-1], "Daily"])
    assert again.output.count("this copy's outlet 'Daily'") == NOTES_SHOWN
    assert "2 more notes like these" in again.output
