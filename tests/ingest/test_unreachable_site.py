"""A site that does not answer at all is named as unreachable, not as a robots.txt problem."""

from __future__ import annotations

import socket

from corroborator.ingest import FetchPolicy, read_sources
from corroborator.settings import Settings


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_site_that_refuses_connections_is_named_unreachable() -> None:
    port = closed_port()
    url = f"http://127.0.0.1:{port}/story.html"
    policy = FetchPolicy(allow_private=True, retries=0, connect_timeout=1.0, delay=0.0)
    batch = read_sources([url], Settings(), policy=policy)
    (skip,) = batch.skipped
    assert skip.reason.startswith(f"{url}: http://127.0.0.1:{port} unreachable (")
    assert "connection" in skip.reason.lower()
