"""A real archive of the sample corpus, served by a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from corroborator.pipeline import run
from corroborator.settings import Settings
from corroborator.store import Store
from corroborator.web import create_app


@pytest.fixture(scope="package")
def archive(tmp_path_factory, examples_dir, nlp) -> Path:
    """The seeds, ingested, analysed and grouped into a real SQLite archive."""
    db = tmp_path_factory.mktemp("web") / "archive.db"
    with Store(db) as store:
        run([examples_dir], store, Settings(db=str(db)))
    return db


@pytest.fixture(scope="package")
def server(archive, free_port) -> Iterator[str]:
    """The base URL of the app serving ``archive``; stopped when the package's tests end."""
    port = free_port()
    config = uvicorn.Config(create_app(archive), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)
