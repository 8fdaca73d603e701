"""Shared fixtures: one real spaCy pipeline per test session, paths to the sample corpus."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from corroborator import Store, run
from corroborator.analyze.nlp import load_pipeline
from corroborator.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"
SHARED_DATASETS = ROOT.parent / "shared" / "datasets"


@pytest.fixture(scope="session")
def nlp():
    """The real English pipeline, loaded once for the whole session."""
    return load_pipeline(Settings().model)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def seeds_archive(tmp_path_factory) -> Path:
    """A real archive of the sample corpus, ingested, analysed and grouped (one story), for
    tests that only read it."""
    db = tmp_path_factory.mktemp("seeds") / "archive.db"
    with Store(db) as store:
        run([EXAMPLES], store, Settings(db=str(db)))
    return db


@pytest.fixture(scope="session")
def free_port() -> Callable[[], int]:
    """Ask for a TCP port on 127.0.0.1 that nothing listens on right now."""

    def pick() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    return pick
