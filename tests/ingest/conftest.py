"""Fixtures of the ingest tests: a real HTTP server on 127.0.0.1 and fast fetch limits."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from ingest_server import Server, start_server

from corroborator.ingest import FetchPolicy


@pytest.fixture
def server() -> Iterator[Server]:
    yield from start_server()


@pytest.fixture
def policy() -> FetchPolicy:
    """Fast limits for tests; private addresses allowed (the server is on 127.0.0.1)."""
    return FetchPolicy(
        max_bytes=1_000_000,
        connect_timeout=1.0,
        read_timeout=0.5,
        total_timeout=1.0,
        retries=1,
        backoff=0.01,
        delay=0.0,
        allow_private=True,
    )


class _QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def static_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(base URL, folder): a real HTTP server on 127.0.0.1 serving the files put in the folder,
    with the content types Python's http.server gives their endings (no robots.txt: a 404,
    which allows everything)."""
    folder = tmp_path / "site"
    folder.mkdir()
    handler = functools.partial(_QuietFiles, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
