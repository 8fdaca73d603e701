"""Analysis on a Dask cluster, for when one machine is not enough.

Every worker needs Corroborator and the spaCy pipeline installed (``pip install
'corroborator[dask]'``). Chunks of articles go out as tasks; each worker loads the pipeline
once and keeps it; analyses come back in article order and equal a serial run's. The archive
stays on this machine: only article texts travel to the workers and analyses come back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from corroborator.engines.local import CHUNK, analyze_chunk
from corroborator.errors import ConfigError
from corroborator.model import Analysis, Article
from corroborator.settings import Settings

CONNECT_TIMEOUT = "10s"


def analyze_on_cluster(
    articles: Sequence[Article],
    settings: Settings,
    scheduler: str,
    chunk: int = CHUNK,
    connect_timeout: str = CONNECT_TIMEOUT,
) -> Iterator[Analysis]:
    """Analyse ``articles`` on the Dask cluster whose scheduler is at ``scheduler``
    (``tcp://host:8786``), ``chunk`` articles per task; yields analyses in article order."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise ConfigError(
            "a Dask scheduler is set but Dask is not installed; `pip install 'corroborator[dask]'`"
        ) from exc
    try:
        client = Client(scheduler, timeout=connect_timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler: {exc}", source=scheduler) from exc
    with client:
        chunks = [articles[i : i + chunk] for i in range(0, len(articles), chunk)]
        # pure=False: a task's key must not depend on hashing megabytes of text
        futures = client.map(analyze_chunk, chunks, settings=settings, pure=False)
        for future in futures:
            yield from future.result()
            future.release()
