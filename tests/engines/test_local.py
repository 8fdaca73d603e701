"""Analysis in worker processes gives the serial run's analyses, in order."""

from __future__ import annotations

import pytest

from corroborator.analyze import analyze_articles
from corroborator.engines.local import PARALLEL_FROM, analyze_in_processes, worker_count
from corroborator.errors import ConfigError
from corroborator.pipeline import ingest
from corroborator.serde import dumps
from corroborator.settings import Settings
from corroborator.store import Store


@pytest.fixture(scope="module")
def articles(tmp_path_factory, data_dir, examples_dir):
    db = tmp_path_factory.mktemp("engine") / "a.db"
    sources = [examples_dir, *sorted((data_dir / "corpora").glob("*/articles.jsonl"))]
    with Store(db) as store:
        ingest(sources, store, Settings(db=str(db)))
        return store.articles()


def test_two_processes_give_the_serial_analyses_in_order(articles, nlp) -> None:
    settings = Settings()
    assert len(articles) > 10  # several chunks of 3, spread over both workers
    serial = [dumps(a) for a in analyze_articles(articles, settings)]
    parallel = [dumps(a) for a in analyze_in_processes(articles, settings, workers=2, chunk=3)]
    assert parallel == serial


def test_worker_count() -> None:
    assert worker_count(Settings(workers=3), pending=1) == 3  # asked for: obeyed
    assert worker_count(Settings(workers=1), pending=10_000) == 1
    assert worker_count(Settings(), pending=PARALLEL_FROM - 1) == 1  # small batch: serial
    assert 1 <= worker_count(Settings(), pending=PARALLEL_FROM) <= 4


def test_negative_workers_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="workers"):
        Settings(workers=-1)
