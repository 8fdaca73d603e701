"""Real archives (the sample corpus; it with the invented corpora), served by a real uvicorn
server on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

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
def story_id(archive) -> str:
    """The one story of the seeds' archive."""
    with Store(archive) as store:
        (story,) = store.stories()  # the two seeds are one story
        return story.id


@pytest.fixture(scope="module")
def app_client(archive) -> Iterator[TestClient]:
    """The web app over the seeds' archive, called in process (no server)."""
    with TestClient(create_app(archive)) as client:
        yield client


@pytest.fixture(scope="package")
def mixed_archive(tmp_path_factory, examples_dir, data_dir, nlp) -> Path:
    """The seeds and every invented corpus: eight stories, from a 4-article one with one
    contested fact to a 2-article one with three, and one whose only finding is an update."""
    batch = tmp_path_factory.mktemp("mixed")
    for corpus in sorted((data_dir / "corpora").iterdir()):
        shutil.copy(corpus / "articles.jsonl", batch / f"{corpus.name}.jsonl")
    db = tmp_path_factory.mktemp("web") / "mixed.db"
    with Store(db) as store:
        run([batch, examples_dir], store, Settings(db=str(db)))
    return db


@contextmanager
def serving(db: Path, port: int) -> Iterator[str]:
    """The base URL of the app serving ``db`` on ``port``, until the block ends."""
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
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


@pytest.fixture(scope="package")
def server(archive, free_port) -> Iterator[str]:
    """The base URL of the app serving ``archive``; stopped when the package's tests end."""
    with serving(archive, free_port()) as url:
        yield url


@pytest.fixture(scope="package")
def mixed_server(mixed_archive, free_port) -> Iterator[str]:
    """The base URL of the app serving ``mixed_archive``."""
    with serving(mixed_archive, free_port()) as url:
        yield url


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@contextmanager
def open_chromium(width: int, height: int) -> Iterator:
    """A real headless Chromium (Debian's chromium + chromium-driver) with a window of
    ``width`` x ``height`` px. Skips the test when it is not installed, unless
    CORROBORATOR_REQUIRE_BROWSER=1 (as CI sets it), which makes a missing browser a failure."""
    have = os.path.exists(CHROMIUM) and os.path.exists(DRIVER)
    if not have and os.environ.get("CORROBORATOR_REQUIRE_BROWSER") != "1":
        pytest.skip("Chromium not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_window_size(width, height)  # (a --window-size flag is not taken below 500 px)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def chromium():
    """open_chromium, for the browser tests' own window sizes."""
    return open_chromium
