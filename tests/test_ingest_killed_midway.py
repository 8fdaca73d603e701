"""An ingest killed midway (SIGKILL, no chance to clean up) leaves a consistent archive: every
stored article has its sighting and its syndication signature, in whole chunks of
pipeline.ARCHIVE_CHUNK; running the same ingest again completes it without duplicates, to the
archive a clean run makes. Real processes, a real SQLite file."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from typer.testing import CliRunner

from corroborator.cli import app
from corroborator.pipeline import ARCHIVE_CHUNK

RECORDS = ARCHIVE_CHUNK * 2 + 100  # three chunks; the kill lands inside the second
KILLED_AT = ARCHIVE_CHUNK + ARCHIVE_CHUNK // 2  # the article being archived when it dies
COPY_EVERY = 25  # every 25th record is a near copy of one 60 records before (a wire copy)

# English enough (function words) that ingest's cheap language test answers, not langid
WORDS = (
    "minister council river bridge storm court vote harbour police strike budget border "
    "talks rebels election flood school clinic market protest airport treaty rail grain "
    "the of and to said was on for"
).split()

# Runs `pipeline.ingest` as the CLI would, and kills itself (SIGKILL: no finally, no rollback)
# while archiving article number KILLED_AT, inside an open transaction.
KILLED_INGEST = textwrap.dedent(
    """
    import os, signal, sys
    from corroborator import pipeline
    from corroborator.settings import Settings
    from corroborator.store import Store

    archived = 0
    syndicate = pipeline._syndicate

    def dying(article, store, syndication):
        global archived
        archived += 1
        if archived == int(sys.argv[3]):
            os.kill(os.getpid(), signal.SIGKILL)
        syndicate(article, store, syndication)

    pipeline._syndicate = dying
    with Store(sys.argv[2]) as store:
        pipeline.ingest([sys.argv[1]], store, Settings(db=sys.argv[2]))
    """
)


def write_records(path: Path) -> None:
    rng = random.Random(3)
    texts: list[str] = []
    for n in range(RECORDS):
        if n % COPY_EVERY == COPY_EVERY - 1 and n >= 60:
            text = texts[n - 60] + " Updated."  # the same wire story, one line added
        else:
            text = f"Report {n}. " + " ".join(
                " ".join(rng.choices(WORDS, k=12)).capitalize() + "." for _ in range(8)
            )
        texts.append(text)
    records = [
        {"text": t, "title": f"Report {n}", "outlet": f"Outlet {n % 5}", "date": "2024-05-01"}
        for n, t in enumerate(texts)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def contents(db: Path) -> dict:
    """What an ingest leaves, without the times it happened at."""
    with sqlite3.connect(db) as con:
        return {
            "articles": sorted(con.execute("SELECT id, syndication_group FROM articles")),
            "seq": [r[0] for r in con.execute("SELECT id FROM articles ORDER BY seq")],
            "sightings": sorted(con.execute("SELECT article_id, source FROM sightings")),
            "signatures": sorted(con.execute("SELECT article_id, hashvalues FROM signatures")),
            "bands": sorted(con.execute("SELECT key, article_id FROM signature_bands")),
            "search": con.execute("SELECT COUNT(*) FROM article_search").fetchone()[0],
        }


def test_a_killed_ingest_leaves_whole_chunks_and_a_rerun_completes_it(tmp_path) -> None:
    records = tmp_path / "wire.jsonl"
    write_records(records)
    db = tmp_path / "news.db"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_INGEST, str(records), str(db), str(KILLED_AT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert Path(f"{db}-wal").exists()  # died with its write-ahead log open, as a crash does

    held = contents(db)
    # the first chunk whole; nothing of the chunk it died in
    assert len(held["articles"]) == ARCHIVE_CHUNK
    stored = {article_id for article_id, _ in held["articles"]}
    assert {a for a, _ in held["sightings"]} == stored
    assert {a for a, _ in held["signatures"]} == stored
    assert {a for _, a in held["bands"]} == stored
    assert held["search"] == ARCHIVE_CHUNK
    assert any(group for _, group in held["articles"])  # wire copies already grouped

    rerun = CliRunner().invoke(
        app, ["ingest", str(records), "--db", str(db)], catch_exceptions=False
    )
    assert rerun.exit_code == 0, rerun.output
    assert f"ingested {RECORDS - ARCHIVE_CHUNK} · duplicate {ARCHIVE_CHUNK}" in rerun.output

    clean = tmp_path / "clean.db"
    CliRunner().invoke(app, ["ingest", str(records), "--db", str(clean)], catch_exceptions=False)
    completed = contents(db)
    assert completed == contents(clean)
    assert len(completed["articles"]) == len(completed["sightings"]) == RECORDS


def test_a_failing_write_rolls_back_its_whole_chunk(tmp_path, monkeypatch) -> None:
    """An error mid-chunk (here a signature that cannot be stored) keeps nothing of that chunk:
    no article is left without its signature."""
    from corroborator import pipeline
    from corroborator.errors import StoreError
    from corroborator.settings import Settings
    from corroborator.store import Store

    records = tmp_path / "wire.jsonl"
    write_records(records)
    calls = 0
    save = Store.save_signature

    def failing(self, article_id, hashvalues, band_keys):
        nonlocal calls
        calls += 1
        if calls == KILLED_AT:
            raise StoreError("disk full", path=self.path)
        save(self, article_id, hashvalues, band_keys)

    monkeypatch.setattr(Store, "save_signature", failing)
    db = tmp_path / "news.db"
    with Store(db) as store:
        try:
            pipeline.ingest([records], store, Settings(db=str(db)))
        except StoreError as exc:
            assert "disk full" in str(exc)
        else:
            raise AssertionError("the failing write was not raised")
        assert not store.db.in_transaction
    held = contents(db)
    assert len(held["articles"]) == len(held["signatures"]) == ARCHIVE_CHUNK
    assert os.path.getsize(db) > 0
