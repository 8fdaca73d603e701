"""A served archive names an article's local source file by its name, never by the folders of
the machine it was ingested on: pages and API, through a real server on 127.0.0.1. Web
addresses stay whole; the archive itself keeps the paths."""

from __future__ import annotations

import httpx
import pytest

from corroborator.store import Store
from corroborator.web import shown_source

SEED = "000_3952b77df38d3d1b.txt"


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def seed_id(archive) -> str:
    with Store(archive) as store:
        (article,) = [a for a in store.articles(store.article_ids()) if a.source.endswith(SEED)]
        assert article.source == f"{article.source.rsplit('/', 1)[0]}/{SEED}"  # a path, kept
        return article.id


def test_the_article_page_names_the_file_not_its_folder(client, seed_id, examples_dir) -> None:
    page = client.get(f"/articles/{seed_id}").text
    assert f"seen in: {SEED}" in page
    assert str(examples_dir) not in page and "examples/" not in page


def test_the_dossier_page_and_its_json_name_the_files(client, story_id, examples_dir) -> None:
    page = client.get(f"/stories/{story_id}").text
    assert f"from {SEED}" in page
    dossier = client.get(f"/api/stories/{story_id}").json()
    assert SEED in [a["source"] for a in dossier["articles"]]
    for text in (page, client.get(f"/api/stories/{story_id}").text):
        assert str(examples_dir) not in text


def test_the_article_api_names_the_files(client, seed_id, examples_dir) -> None:
    one = client.get(f"/api/articles/{seed_id}").json()
    assert one["source"] == SEED and [s["source"] for s in one["seen_in"]] == [SEED]
    listed = client.get("/api/articles").text
    assert SEED in listed and str(examples_dir) not in listed


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("/home/ana/leaks/wire.jsonl:12", "wire.jsonl:12"),  # a record's line stays
        ("/data/crawl.warc.gz@1234", "crawl.warc.gz@1234"),
        ("C:\\Users\\ana\\news\\a.txt", "a.txt"),
        ("file:///home/ana/a.html", "a.html"),  # a local file, as an address
        ("https://example.org/news/a.html", "https://example.org/news/a.html"),
        ("-", "-"),  # stdin
        ("feed.json[items][3]", "feed.json[items][3]"),
    ],
)
def test_shown_source(source, shown) -> None:
    assert shown_source(source) == shown
