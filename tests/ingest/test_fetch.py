"""Fetching against a real HTTP server on 127.0.0.1: good pages and hostile answers."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest
from ingest_server import HANG_SECONDS, Server, start_server

from corroborator.errors import IngestError
from corroborator.ingest import USER_AGENT, Fetcher, FetchPolicy, read_sources
from corroborator.settings import Settings

SETTINGS = Settings(max_bytes=1_000_000)


def fetch_error(policy: FetchPolicy, url: str) -> str:
    with Fetcher(policy) as fetcher, pytest.raises(IngestError) as info:
        fetcher.get(url)
    return info.value.message


def test_url_becomes_article(server: Server, policy: FetchPolicy) -> None:
    batch = read_sources([server.url("/article.html")], SETTINGS, policy=policy)
    (art,) = batch.articles
    assert batch.skipped == []
    assert art.source == server.url("/article.html")
    assert art.url == "https://news.example.org/world/kremlin-putin-prigozhin"  # canonical
    assert art.outlet == "Example News" and art.published == "2023-07-10"
    assert "Russian President Vladimir Putin met" in art.text and "READ MORE" not in art.text
    assert art.raw.startswith(b"<!DOCTYPE html>")
    ua = {h["user-agent"] for _, _, h in server.log.requests}
    assert ua == {USER_AGENT}
    assert server.log.paths() == ["/robots.txt", "/article.html"]  # robots.txt read first


def test_private_address_refused_by_default(server: Server) -> None:
    batch = read_sources([server.url("/article.html")], SETTINGS)
    (skip,) = batch.skipped
    assert "refused" in skip.reason and "loopback" in skip.reason
    assert "--allow-private" in skip.reason
    assert server.log.requests == []  # refused before connecting
    port = server.base.rsplit(":", 1)[1]
    batch = read_sources([f"http://localhost:{port}/article.html"], SETTINGS)
    assert "refused" in batch.skipped[0].reason  # checked after DNS resolution
    assert server.log.requests == []


def test_private_address_refused_after_redirect(server: Server, policy: FetchPolicy) -> None:
    strict = replace(policy, allow_private=False, allow_addresses=frozenset({"127.0.0.1"}))
    with Fetcher(strict) as fetcher:
        assert fetcher.get(server.url("/article.html")).status == 200  # allow-listed address
    message = fetch_error(strict, server.url("/to-other-address"))
    assert "refused" in message and "127.0.0.2" in message


@pytest.mark.parametrize("scheme_url", ["file:///etc/passwd", "ftp://example.org/x"])
def test_other_schemes_refused(policy: FetchPolicy, scheme_url: str) -> None:
    assert "only http and https" in fetch_error(policy, scheme_url)


def test_robots_txt_honoured(server: Server, policy: FetchPolicy) -> None:
    batch = read_sources([server.url("/private/secret.html")], SETTINGS, policy=policy)
    assert "robots.txt" in batch.skipped[0].reason
    assert "/private/secret.html" not in server.log.paths()
    ignoring = replace(policy, respect_robots=False)
    assert read_sources([server.url("/private/secret.html")], SETTINGS, policy=ignoring).articles


def test_robots_txt_server_error_means_disallow(policy: FetchPolicy) -> None:
    for srv in start_server(robots_status=503):
        message = fetch_error(replace(policy, retries=0), srv.url("/article.html"))
        assert "robots.txt" in message and "503" in message
        assert "/article.html" not in srv.log.paths()
    for srv in start_server(robots_status=404):
        with Fetcher(policy) as fetcher:
            assert fetcher.get(srv.url("/article.html")).status == 200


def test_gzip_bomb_capped(server: Server, policy: FetchPolicy) -> None:
    message = fetch_error(policy, server.url("/gzip-bomb"))
    assert "decompressed response too large" in message and "1,000,000" in message


def test_declared_and_streamed_size_caps(server: Server, policy: FetchPolicy) -> None:
    assert "Content-Length" in fetch_error(policy, server.url("/big-declared"))
    assert "too large" in fetch_error(policy, server.url("/big-undeclared"))


def test_hanging_server_times_out(server: Server, policy: FetchPolicy) -> None:
    start = time.monotonic()
    message = fetch_error(replace(policy, retries=0), server.url("/hang"))
    assert "timed out" in message
    assert time.monotonic() - start < HANG_SECONDS


def test_dripping_server_hits_total_deadline(server: Server, policy: FetchPolicy) -> None:
    start = time.monotonic()
    message = fetch_error(replace(policy, retries=0, total_timeout=0.5), server.url("/drip"))
    assert "timed out" in message
    assert time.monotonic() - start < HANG_SECONDS


def test_connection_reset_retried_then_reported(server: Server, policy: FetchPolicy) -> None:
    message = fetch_error(replace(policy, retries=2), server.url("/reset"))
    assert "connection failed" in message
    assert server.log.paths().count("/reset") == 3  # first try + 2 retries


def test_redirect_loop_and_cap(server: Server, policy: FetchPolicy) -> None:
    assert "redirect loop" in fetch_error(policy, server.url("/loop-a"))
    assert "too many redirects" in fetch_error(policy, server.url("/chain/11"))
    with Fetcher(policy) as fetcher:
        result = fetcher.get(server.url("/chain/3"))
    assert result.status == 200 and result.url == server.url("/chain/0")
    assert len(result.redirects) == 3


def test_retries_on_503(server: Server, policy: FetchPolicy) -> None:
    with Fetcher(replace(policy, retries=2)) as fetcher:
        assert fetcher.get(server.url("/flaky")).status == 200
    assert server.log.paths().count("/flaky") == 3


def test_per_host_delay(server: Server, policy: FetchPolicy) -> None:
    polite = replace(policy, delay=0.3)
    read_sources(
        [server.url("/article.html"), server.url("/article2.html")], SETTINGS, policy=polite
    )
    times = [t for _, t, _ in server.log.requests]
    assert len(times) == 3  # robots.txt, two pages
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert all(g >= 0.29 for g in gaps), gaps


def test_http_errors_and_content_types(server: Server, policy: FetchPolicy) -> None:
    batch = read_sources(
        [server.url("/nope"), server.url("/image.png"), server.url("/plain.txt")],
        SETTINGS,
        policy=policy,
    )
    assert [s.reason for s in batch.skipped] == [
        f"{server.url('/nope')}: HTTP 404",
        f"{server.url('/image.png')}: unsupported content type 'image/png'",
    ]
    (art,) = batch.articles
    assert art.published == "2023-07-10" and art.url == server.url("/plain.txt")


def test_connection_pinned_to_checked_address_keeps_host_name(
    server: Server, policy: FetchPolicy
) -> None:
    port = server.base.rsplit(":", 1)[1]
    with Fetcher(policy) as fetcher:
        result = fetcher.get(f"http://localhost:{port}/article.html")
    assert result.status == 200 and result.url == f"http://localhost:{port}/article.html"
    assert {h["host"] for _, _, h in server.log.requests} == {f"localhost:{port}"}


@pytest.fixture(scope="module")
def localhost_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for the name ``localhost`` only (not for 127.0.0.1)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def test_https_pinned_address_verifies_the_host_name(
    localhost_cert: tuple[Path, Path], policy: FetchPolicy
) -> None:
    cert, _ = localhost_cert
    trusting = replace(policy, ca_bundle=str(cert))
    for srv in start_server(tls=localhost_cert):
        port = srv.base.rsplit(":", 1)[1]
        with Fetcher(trusting) as fetcher:
            result = fetcher.get(f"https://localhost:{port}/article.html")
        assert result.status == 200 and result.content.startswith(b"<!DOCTYPE html>")
        assert {h["host"] for _, _, h in srv.log.requests} == {f"localhost:{port}"}
        # the certificate names localhost, not 127.0.0.1: verification must fail
        assert "connection failed" in fetch_error(
            replace(trusting, retries=0), f"https://127.0.0.1:{port}/article.html"
        )
        # and an untrusted certificate fails too
        assert "connection failed" in fetch_error(
            replace(policy, retries=0), f"https://localhost:{port}/article.html"
        )


@pytest.mark.parametrize(
    "bad", ["http://[::1", "http://exa mple.org/", "http://", "http://example.org:99999/"]
)
def test_malformed_urls_are_skipped(bad: str, policy: FetchPolicy) -> None:
    batch = read_sources([bad], SETTINGS, policy=policy)
    assert batch.articles == [] and len(batch.skipped) == 1
    assert batch.skipped[0].source == bad
