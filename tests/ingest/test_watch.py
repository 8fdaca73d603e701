"""`corroborator watch` against a real feed server on 127.0.0.1: new entries are ingested and
analysed once; the next poll asks with the feed's ETag and ingests nothing."""

from __future__ import annotations

from typer.testing import CliRunner

from corroborator.cli import EXIT_SKIPPED, app
from corroborator.store import Store

runner = CliRunner()


def test_watch_ingests_only_what_is_new(server, tmp_path):
    db, out = tmp_path / "w.db", tmp_path / "out"
    args = [
        "watch",
        server.url("/feed.xml"),
        "--once",
        "--allow-private",
        "--db",
        str(db),
        "--out",
        str(out),
        "-q",
    ]
    first = runner.invoke(app, args, catch_exceptions=False)
    assert first.exit_code == 0, first.output
    with Store(db) as store:
        ingested = store.count("articles")
        assert ingested >= 1
        assert store.count("analyses") == ingested
        assert store.state("feeds")[server.url("/feed.xml")]["etag"] == '"v1"'
    assert list(out.glob("*.json"))

    second = runner.invoke(app, args, catch_exceptions=False)
    assert second.exit_code == 0
    with Store(db) as store:
        assert store.count("articles") == ingested
    feed_requests = [h for p, _, h in server.log.requests if p == "/feed.xml"]
    assert feed_requests[-1].get("if-none-match") == '"v1"'


def test_watch_rejects_a_bad_interval(tmp_path):
    result = runner.invoke(
        app, ["watch", "feed.xml", "--every", "soon", "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 2
    assert "30s, 15m or 2h" in result.output


def test_watch_says_so_when_no_archive_is_left(server, tmp_path):
    """Every feed failing on a new archive leaves none (as ingest and run do), and says so
    after what was skipped, with the exit status of a run that skipped inputs."""
    db = tmp_path / "feeds" / "w.db"
    args = ["watch", server.url("/missing.xml"), "--once", "--allow-private", "--db", str(db)]
    result = runner.invoke(app, [*args, "--out", str(tmp_path / "out")], catch_exceptions=False)
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "skipped" in result.output
    assert f"no archive made: {db} would hold no article" in result.output
    assert result.output.index("skipped") < result.output.index("no archive made")
    assert not db.exists() and not db.parent.exists()


def test_watch_on_an_archive_it_keeps_says_nothing_of_removal(server, tmp_path):
    db = tmp_path / "w.db"
    args = ["watch", server.url("/feed.xml"), "--once", "--allow-private", "--db", str(db)]
    result = runner.invoke(app, [*args, "--out", str(tmp_path / "out")], catch_exceptions=False)
    assert db.exists()
    assert "no archive made" not in result.output
