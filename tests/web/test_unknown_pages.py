"""A mistyped address: a page with a way back in a browser, the usual JSON 404 under /api/."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture(scope="module")
def client(server):
    """The real app, served by uvicorn on 127.0.0.1 (see conftest)."""
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


def test_unknown_page_is_an_html_404_with_a_way_back(client) -> None:
    response = client.get("/storys/s-nope")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "No page at /storys/s-nope." in response.text
    assert 'href="/"' in response.text


def test_unknown_api_path_stays_a_json_404(client) -> None:
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}
