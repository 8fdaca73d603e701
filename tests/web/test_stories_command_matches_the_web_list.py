"""`corroborator stories` lists a real archive of eight stories in the web list's orders (the
same names, the same implementation: pipeline.story_list) and pages it with --limit/--offset:
its JSON rows are the web API's rows, order for order and page for page."""

from __future__ import annotations

import json
from typing import get_args

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from corroborator.cli import app
from corroborator.pipeline import STORY_ORDERS
from corroborator.web import StoryOrder, create_app

runner = CliRunner()


@pytest.fixture(scope="module")
def client(mixed_archive):
    with TestClient(create_app(mixed_archive)) as c:
        yield c


def stories(db, *args: str, columns: int = 200):
    return runner.invoke(app, ["stories", "--db", str(db), *args], env={"COLUMNS": str(columns)})


def web_rows(client, **params) -> list[dict]:
    return client.get("/api/stories", params={"limit": 500, **params}).json()["stories"]


def test_the_web_and_the_command_know_the_same_orders() -> None:
    assert set(get_args(StoryOrder)) == set(STORY_ORDERS)


@pytest.mark.parametrize("order", sorted(STORY_ORDERS))
def test_each_order_lists_what_the_web_lists(mixed_archive, client, order) -> None:
    result = stories(mixed_archive, "--json", "--verdicts", "--sort", order)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == web_rows(client, sort=order)


def test_the_default_is_most_recent_first_as_on_the_web(mixed_archive, client) -> None:
    rows = json.loads(stories(mixed_archive, "--json").stdout)
    assert [r["id"] for r in rows] == [r["id"] for r in web_rows(client)]
    assert "verdicts" not in rows[0]  # counted only when asked (each builds a dossier)
    seen = [r["last_seen"] for r in rows]
    assert seen == sorted(seen, reverse=True)


def test_the_contested_order_shows_the_counts_it_ranks_by(mixed_archive, client) -> None:
    rows = json.loads(stories(mixed_archive, "--json", "--sort", "contested").stdout)
    assert rows == web_rows(client, sort="contested")
    assert rows[0]["verdicts"]["contradicted"] == 3
    table = stories(mixed_archive, "--sort", "contested").stdout
    assert table.splitlines()[0].split()[:6] == [
        "story",
        "articles",
        "first",
        "seen",
        "last",
        "seen",
    ]
    assert "facts" in table.splitlines()[0]
    assert rows[0]["id"] in table.splitlines()[1]


def test_a_page_is_the_web_api_page_and_says_where_it_is(mixed_archive, client) -> None:
    result = stories(mixed_archive, "--json", "--sort", "articles", "--limit", "3", "--offset", "2")
    page = client.get("/api/stories", params={"sort": "articles", "limit": 3, "offset": 2}).json()
    assert [r["id"] for r in json.loads(result.stdout)] == [r["id"] for r in page["stories"]]

    table = stories(mixed_archive, "--sort", "articles", "--limit", "3", "--offset", "2").stdout
    lines = table.splitlines()
    assert len(lines) == 1 + 3 + 1  # headers, three stories, where the page is
    assert lines[-1] == "8 stories, most articles first: showing 3-5; --offset 5 for the next"
    last = stories(mixed_archive, "--limit", "3", "--offset", "6").stdout.splitlines()
    assert last[-1] == "8 stories, most recent first: showing 7-8"
    past = stories(mixed_archive, "--limit", "3", "--offset", "9").stdout.splitlines()
    assert past[-1] == "8 stories, most recent first: showing none after --offset 9"
    whole = stories(mixed_archive).stdout.splitlines()
    assert len(whole) == 1 + 8  # the whole list says nothing of pages


def test_an_unknown_order_names_the_known_ones(mixed_archive) -> None:
    result = stories(mixed_archive, "--sort", "newest")
    assert result.exit_code == 2
    assert "recent, contested, articles" in result.output
