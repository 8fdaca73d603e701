"""Analysis on a real Dask LocalCluster (two worker processes) gives the serial analyses."""

from __future__ import annotations

import pytest

from corroborator.analyze import analyze_articles
from corroborator.engines.dask import analyze_on_cluster
from corroborator.errors import ConfigError
from corroborator.pipeline import analyze, ingest
from corroborator.serde import dumps
from corroborator.settings import Settings
from corroborator.store import Store

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


def test_pipeline_analyses_on_the_cluster_equal_the_serial_ones(
    cluster, tmp_path, data_dir, examples_dir, nlp
) -> None:
    db = tmp_path / "a.db"
    settings = Settings(db=str(db), scheduler=cluster)
    with Store(db) as store:
        ingest([examples_dir, data_dir / "corpora" / "quake" / "articles.jsonl"], store, settings)
        articles = store.articles()
        assert analyze(store, settings) == len(articles)
        stored = [dumps(store.analysis(a.id)) for a in articles]
    assert stored == [dumps(a) for a in analyze_articles(articles, Settings())]


def test_an_unreachable_scheduler_is_a_config_error() -> None:
    nowhere = "tcp://127.0.0.1:9"  # nothing listens on port 9
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler") as caught:
        list(analyze_on_cluster([], Settings(), nowhere, connect_timeout="1s"))
    assert nowhere in str(caught.value)
