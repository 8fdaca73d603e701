"""Analysis on this machine's cores: chunks of articles parsed and analysed in worker processes.

Parsing is most of the cost of a run (about 80 % of analysis time) and it is CPU-bound, so
worker processes, each with its own copy of the spaCy pipeline, scale it with the cores. The
analyses come back in the order of the articles and are the same as a serial run's (each
article's analysis depends only on its own text and the pipeline).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat

from corroborator.analyze import analyze_articles
from corroborator.analyze.nlp import load_pipeline
from corroborator.model import Analysis, Article
from corroborator.settings import Settings

CHUNK = 32  # articles per task: large enough to batch the parser, small enough to balance
PARALLEL_FROM = 64  # fewer pending articles than this: loading a pipeline per worker costs more
MAX_AUTO_WORKERS = 4  # each worker holds a pipeline (~300 MB with the small English model)


def worker_count(settings: Settings, pending: int) -> int:
    """How many processes analyse ``pending`` articles: ``settings.workers`` when set (1 means
    serial), otherwise one per core up to MAX_AUTO_WORKERS once the batch is large enough."""
    if settings.workers > 0:
        return settings.workers
    if pending < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_AUTO_WORKERS))


def analyze_in_processes(
    articles: Sequence[Article], settings: Settings, workers: int, chunk: int = CHUNK
) -> Iterator[Analysis]:
    """Analyse ``articles`` in ``workers`` processes, ``chunk`` articles per task; yields
    analyses in article order."""
    if workers <= 1:
        yield from analyze_articles(articles, settings)
        return
    chunks = [articles[i : i + chunk] for i in range(0, len(articles), chunk)]
    # forkserver/spawn rather than fork: the parent may run threads (progress bars, a web
    # server), and forking a threaded process can deadlock the child.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=load_pipeline, initargs=(settings.model,)
    ) as pool:
        for analyses in pool.map(analyze_chunk, chunks, repeat(settings)):
            yield from analyses


def analyze_chunk(chunk: Sequence[Article], settings: Settings) -> list[Analysis]:
    """One task of an engine: a chunk of articles analysed by the worker's own pipeline."""
    return list(analyze_articles(chunk, settings))
