"""A JSON file that wraps its records in an object, as news APIs and data set dumps do
({"status": "ok", "articles": [...]}), is read record by record; an object that is itself an
article, or that holds several lists, is read as one record."""

from __future__ import annotations

import json
from pathlib import Path

from corroborator.ingest import read_sources
from corroborator.settings import Settings

STORM = "The storm hit the coast on Monday, officials said."
COURT = "The court ruled on Monday that the law stands, the judge said."


def test_the_one_list_of_a_wrapper_is_read(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    dump = {
        "status": "ok",
        "totalResults": 3,
        "articles": [
            {"text": STORM, "outlet": "Wire", "published": "2024-05-06"},
            {"text": COURT, "outlet": "Courier"},
            {"title": "no text here"},
        ],
    }
    path.write_text(json.dumps(dump))
    batch = read_sources([path], Settings())
    assert [a.text for a in batch.articles] == [STORM, COURT]
    assert [a.source for a in batch.articles] == [f"{path}[articles][0]", f"{path}[articles][1]"]
    assert batch.articles[0].published == "2024-05-06"
    (skip,) = batch.skipped
    assert skip.source == f"{path}[articles][2]"


def test_a_mapped_text_field_is_looked_for_in_the_records(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(json.dumps({"results": [{"body": STORM}]}))
    (article,) = read_sources([path], Settings(), fields={"text": "body"}).articles
    assert article.text == STORM


def test_an_article_object_with_a_list_field_is_one_record(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": STORM, "tags": [{"name": "weather"}]}))
    (article,) = read_sources([path], Settings()).articles
    assert article.text == STORM and article.source == str(path)


def test_an_object_with_two_lists_is_not_guessed_at(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps({"a": [{"text": STORM}], "b": [{"text": COURT}]}))
    batch = read_sources([path], Settings())
    assert batch.articles == []
    (skip,) = batch.skipped
    assert "text field 'text' missing (keys: a, b)" in skip.reason
