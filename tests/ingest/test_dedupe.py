"""Syndication groups: a wire copy reprinted with small edits joins the original's group."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from corroborator.ingest import SyndicationIndex, assign_syndication, read_sources
from corroborator.ingest.dedupe import Syndication
from corroborator.pipeline import ingest
from corroborator.settings import Settings
from corroborator.store import SCHEMA_VERSION, Store


@pytest.fixture(scope="module")
def seeds(examples_dir: Path) -> dict[str, str]:
    batch = read_sources([examples_dir], Settings())
    return {Path(a.source).name[:3]: a.text for a in batch.articles}


def reprint(text: str) -> str:
    """A wire copy as another outlet runs it: dateline, a few words changed, a tagline added."""
    edited = (
        text.replace("Russian President", "Russia's President", 1)
        .replace("the Kremlin said on Monday", "the Kremlin said Monday", 1)
        .replace("He further said", "He also said", 1)
    )
    return "MOSCOW (Wire) - " + edited + "\n\n(Reporting by a wire correspondent)"


def test_wire_copy_joins_original_group(seeds: dict[str, str]) -> None:
    index = SyndicationIndex()
    assert index.add("wion", seeds["002"]) is None
    assert index.add("tabloid", seeds["000"]) is None  # same event, its own words: no group
    assert index.add("copy", reprint(seeds["002"])) == "wion"
    assert index.group_of("wion") == "wion" and index.group_of("tabloid") is None
    assert index.add("copy2", reprint(seeds["002"]).upper()) == "wion"  # case does not matter
    assert index.add("copy", "anything") == "wion"  # adding an id twice is a no-op
    assert len(index) == 4


def test_group_is_earliest_member_and_deterministic(seeds: dict[str, str]) -> None:
    def groups() -> list[str | None]:
        index = SyndicationIndex()
        return [
            index.add(name, text)
            for name, text in [
                ("b", reprint(seeds["002"])),
                ("a", seeds["002"]),
                ("c", seeds["000"]),
            ]
        ]

    assert groups() == groups() == [None, "b", None]


def test_rewrite_is_not_syndication(seeds: dict[str, str]) -> None:
    index = SyndicationIndex()
    half = seeds["002"][: len(seeds["002"]) // 2]
    assert index.similarity(seeds["002"], half) < 0.8
    index.add("full", seeds["002"])
    assert index.add("half", half) is None


def test_pickles(seeds: dict[str, str]) -> None:
    index = SyndicationIndex(threshold=0.7)
    index.add("wion", seeds["002"])
    clone = pickle.loads(pickle.dumps(index))
    assert clone.add("copy", reprint(seeds["002"])) == "wion"


def test_bad_threshold() -> None:
    with pytest.raises(ValueError, match="threshold"):
        SyndicationIndex(threshold=0)


def test_assign_syndication_sets_groups_on_articles(tmp_path: Path, seeds: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text(seeds["002"], encoding="utf-8")
    (tmp_path / "b.txt").write_text(seeds["000"], encoding="utf-8")
    (tmp_path / "c.txt").write_text(reprint(seeds["002"]), encoding="utf-8")
    articles = read_sources([tmp_path], Settings()).articles
    index = assign_syndication(articles)
    original, tabloid, copy = articles
    assert original.syndication_group == copy.syndication_group == original.id
    assert tabloid.syndication_group is None
    # a later batch joins the archive's groups through the same index
    (tmp_path / "d.txt").write_text(reprint(seeds["002"]) + " Extra line.", encoding="utf-8")
    later = read_sources([tmp_path / "d.txt"], Settings()).articles
    assign_syndication(later, index)
    assert later[0].syndication_group == original.id


def test_the_archive_groups_a_later_copy_by_its_stored_signatures(
    tmp_path: Path, seeds: dict[str, str]
) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "wion.txt").write_text(seeds["002"], encoding="utf-8")
    (tmp_path / "first" / "tabloid.txt").write_text(seeds["000"], encoding="utf-8")
    (tmp_path / "copy.txt").write_text(reprint(seeds["002"]), encoding="utf-8")
    db = tmp_path / "a.db"
    settings = Settings(db=str(db))
    with Store(db) as store:
        first = ingest([tmp_path / "first"], store, settings).ingested
        later = ingest([tmp_path / "copy.txt"], store, settings).ingested
        groups = {a.id: a.syndication_group for a in store.articles()}
        bands = Syndication().bands
        counts = [store.count("signatures"), store.count("signature_bands")]
    wion = next(i for i in first if groups[i] is not None)
    assert groups[later[0]] == groups[wion] == wion  # the original names the group
    assert sorted(groups.values(), key=str) == sorted([None, wion, wion], key=str)
    assert counts == [3, 3 * bands]  # one signature per article, one key per band


def test_an_archive_from_before_signatures_is_upgraded_and_matched(
    tmp_path: Path, seeds: dict[str, str]
) -> None:
    (tmp_path / "wion.txt").write_text(seeds["002"], encoding="utf-8")
    (tmp_path / "copy.txt").write_text(reprint(seeds["002"]), encoding="utf-8")
    db = tmp_path / "a.db"
    settings = Settings(db=str(db))
    with Store(db) as store:
        (original,) = ingest([tmp_path / "wion.txt"], store, settings).ingested
    # Make it a schema-1 archive: no signature tables.
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE signature_bands")
        conn.execute("DROP TABLE signatures")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Store(db) as store:
        (copy,) = ingest([tmp_path / "copy.txt"], store, settings).ingested
        assert store.article(copy).syndication_group == original
        assert store.count("signatures") == 2
    with sqlite3.connect(db) as conn:
        (version,) = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert version == str(SCHEMA_VERSION)
