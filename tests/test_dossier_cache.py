"""Dossiers kept in the archive: the same bytes as a fresh build, built again whenever what
they are built from changes."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from corroborator import Settings, Store, pipeline, run
from corroborator.dossier import build_dossier
from corroborator.render.json import render_json


@pytest.fixture()
def archive(tmp_path, examples_dir):
    db = tmp_path / "a.db"
    with Store(db) as store:
        run([examples_dir], store, Settings(db=str(db)))
    return db


def fresh(store, story):
    articles = {a.id: a for a in store.articles(story.articles)}
    return build_dossier(story, articles, {a: store.analysis(a) for a in story.articles})


def kept_rows(store):
    return store.db.execute("SELECT story_id, key FROM dossiers").fetchall()


def test_a_kept_dossier_is_the_fresh_one_byte_for_byte(archive):
    with Store(archive) as store:
        (story,) = store.stories()
        assert len(kept_rows(store)) == 1  # `run` built it, and kept it
        kept = pipeline.story_dossier(store, story)
        assert render_json(kept) == render_json(fresh(store, story))
        counts = pipeline.story_verdicts(store, story)
        assert counts == {
            v: sum(f.verdict == v for f in kept.facets)
            for v in ("contradicted", "updated", "corroborated", "single_source")
        }


def test_a_changed_analysis_or_article_builds_it_again(archive):
    with Store(archive) as store:
        (story,) = store.stories()
        (before,) = kept_rows(store)
        wion = next(a for a in store.articles() if a.outlet == "WION")
        analysis = store.analysis(wion.id)
        store.save_analysis(dataclasses.replace(analysis, claims=analysis.claims[:1]))
        shown = pipeline.story_dossier(store, story)
        assert render_json(shown) == render_json(fresh(store, story))
        (after,) = kept_rows(store)
        assert after[1] != before[1]
        store.set_syndication_group(wion.id, "g-test")
        pipeline.story_dossier(store, story)
        assert kept_rows(store)[0][1] != after[1]


def test_other_code_builds_it_again(archive, monkeypatch):
    with Store(archive) as store:
        (story,) = store.stories()
        (before,) = kept_rows(store)
        monkeypatch.setattr(pipeline, "_dossier_code", lambda: "another version")
        pipeline.story_dossier(store, story)
        assert kept_rows(store)[0][1] != before[1]


def test_a_busy_archive_is_read_without_waiting_or_keeping(archive):
    with Store(archive) as store:
        (story,) = store.stories()
        store.db.execute("DELETE FROM dossiers")
        writer = sqlite3.connect(archive, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # another process writing (`corroborator watch`)
        try:
            shown = pipeline.story_dossier(store, story)
            assert shown.facets and kept_rows(store) == []
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        pipeline.story_dossier(store, story)
        assert len(kept_rows(store)) == 1


def test_the_verdict_counts_are_read_without_the_dossier(archive):
    with Store(archive) as store:
        (story,) = store.stories()
        ((story_id, key),) = kept_rows(store)
        counts = pipeline.story_verdicts(store, story)
        # the counts come from their own column: a dossier column emptied does not change them
        store.db.execute("UPDATE dossiers SET data = ''")
        assert pipeline.story_verdicts(store, story) == counts
        assert store.cached_verdicts(story_id, "another key") is None
