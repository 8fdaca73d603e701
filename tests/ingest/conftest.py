"""Fixtures of the ingest tests: a real HTTP server on 127.0.0.1 and fast fetch limits."""

from __future__ import annotations

from collections.abc import Iterator

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
