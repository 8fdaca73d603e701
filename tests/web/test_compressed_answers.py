"""Pages and JSON go gzipped to a app_client that accepts it (a big story's dossier is 4x
smaller), the same bytes once unpacked; small answers go as they are."""

from __future__ import annotations

import gzip

import httpx
import pytest

from corroborator.web import GZIP_MINIMUM


@pytest.mark.parametrize("path", ["/stories/{id}", "/api/stories/{id}"])
def test_a_dossier_goes_gzipped_and_unpacks_to_the_same_bytes(app_client, story_id, path) -> None:
    url = path.format(id=story_id)
    plain = app_client.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    with app_client.stream("GET", url, headers={"Accept-Encoding": "gzip"}) as packed:
        assert packed.headers["content-encoding"] == "gzip"
        raw = b"".join(packed.iter_raw())
    assert gzip.decompress(raw) == plain.content
    assert len(raw) * 3 < len(plain.content)


def test_a_small_answer_is_not_packed(app_client) -> None:
    missing = app_client.get("/api/stories/s-nope", headers={"Accept-Encoding": "gzip"})
    assert len(missing.content) < GZIP_MINIMUM
    assert "content-encoding" not in missing.headers


def test_the_served_app_packs_for_a_browser(server, story_id) -> None:
    # a real uvicorn server: httpx asks for gzip and unpacks it, as a browser does
    response = httpx.get(f"{server}/stories/{story_id}")
    assert response.headers["content-encoding"] == "gzip"
    assert "<h2" in response.text
