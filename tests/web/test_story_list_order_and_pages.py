"""The story list over an archive of several stories: the three orders a reader can choose
(most recent, most contested, most articles), and page links that stay short and keep the
filter and the order."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

import corroborator.web as web
from corroborator.pipeline import story_rows
from corroborator.store import Store
from corroborator.web import _pager, create_app


@pytest.fixture(scope="module")
def client(mixed_archive):
    with TestClient(create_app(mixed_archive)) as c:
        yield c


def listed(client, **params) -> list[dict]:
    body = client.get("/api/stories", params={"limit": 500, **params}).json()
    assert body["total"] == len(body["stories"]) == 8
    return body["stories"]


def page_ids(page: str) -> list[str]:
    return re.findall(r'<tr data-story="([^"]+)"', page)


def contested(row: dict) -> int:
    return row["verdicts"]["contradicted"]


def test_most_contested_first_leads_with_the_most_disputed_story(client) -> None:
    rows = listed(client, sort="contested")
    # "Minister met rebel leader": three contested facts, though not the most recent story
    assert contested(rows[0]) == 3 == max(contested(r) for r in rows)
    assert [contested(r) for r in rows] == sorted((contested(r) for r in rows), reverse=True)
    # among stories with one contested fact, the one more facts are corroborated in leads
    ones = [r for r in rows if contested(r) == 1]
    assert ones[0]["verdicts"]["corroborated"] == max(r["verdicts"]["corroborated"] for r in ones)
    # the story whose only finding is a count that changed comes after every dispute
    assert rows[-1]["verdicts"] == {**rows[-1]["verdicts"], "contradicted": 0, "updated": 1}
    # the page lists them in the same order
    assert page_ids(client.get("/", params={"sort": "contested"}).text) == [r["id"] for r in rows]


def test_most_recent_first_stays_the_default(client) -> None:
    rows = listed(client)
    assert client.get("/api/stories").json()["sort"] == "recent"
    seen = [r["last_seen"] for r in rows]
    assert seen == sorted(seen, reverse=True)
    assert contested(rows[0]) < 3  # the most contested story is not the newest here
    page = client.get("/").text
    assert page_ids(page) == [r["id"] for r in rows]
    assert '<strong aria-current="true">most recent first</strong>' in page
    assert '<a href="/?sort=contested">most contested first</a>' in page
    assert client.get("/api/stories", params={"sort": "oldest"}).status_code == 422


def test_most_articles_first(client) -> None:
    rows = listed(client, sort="articles")
    assert rows[0]["articles"] == 4  # the summit, told by four outlets
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    # of two 2-article stories, the one two outlets tell leads the one a single outlet tells
    twos = [r for r in rows if r["articles"] == 2]
    assert len(twos[-1]["outlets"]) == 1


def test_a_filter_keeps_the_order_and_the_order_keeps_the_filter(client) -> None:
    page = client.get("/", params={"q": "minister", "sort": "contested"}).text
    assert '<input type="hidden" name="sort" value="contested">' in page
    assert '<a href="/?q=minister&amp;sort=articles">most articles first</a>' in page
    assert '<a href="/?sort=contested">clear the filter</a>' in page
    rows = client.get("/api/stories", params={"q": "minister", "sort": "contested"}).json()
    assert [contested(r) for r in rows["stories"]] == [3, 1]  # the rebel leader, the summit


def test_page_links_keep_the_order_and_walk_the_whole_list(client, monkeypatch) -> None:
    monkeypatch.setattr(web, "PAGE_SIZE", 3)
    whole = [r["id"] for r in listed(client, sort="contested")]
    second = client.get("/", params={"sort": "contested", "page": 2}).text
    assert '<a rel="prev" href="/?sort=contested&amp;page=1">' in second
    assert '<a rel="next" href="/?sort=contested&amp;page=3">' in second
    assert '<span aria-current="page">2</span>' in second
    assert "<title>Stories (page 2) — Corroborator</title>" in second
    # the page's JSON: the same stories
    (api,) = re.findall(r'href="(/api/stories\?[^"]+)">this page of the list<', second)
    assert api == "/api/stories?sort=contested&amp;offset=3"
    json_ids = [
        r["id"] for r in client.get(api.replace("&amp;", "&") + "&limit=3").json()["stories"]
    ]
    assert json_ids == page_ids(second)
    walked = [i for n in (1, 2, 3) for i in page_ids(client.get(f"/?sort=contested&page={n}").text)]
    assert walked == whole
    last = client.get("/", params={"sort": "contested", "page": 3}).text
    assert 'rel="next"' not in last and 'rel="prev"' in last


def test_the_page_links_of_a_long_list_stay_one_short_line() -> None:
    assert _pager(50, 200)["links"] == [1, None, 48, 49, 50, 51, 52, None, 200]
    assert _pager(1, 200)["links"] == [1, 2, 3, None, 200]
    assert _pager(3, 5)["links"] == [1, 2, 3, 4, 5]  # no gap to mark
    assert _pager(9, 4)["links"] == [1, None, 4]  # past the end: the first and last


def test_a_huge_page_or_offset_is_refused_not_a_server_error(client) -> None:
    huge = 10**20  # past what SQLite's integers hold
    page = client.get("/", params={"page": huge})
    assert page.status_code == 400 and "Bad request" in page.text
    assert client.get("/search", params={"q": "Prigozhin", "page": huge}).status_code == 400
    for path in ("/api/stories", "/api/articles", "/api/search?q=Prigozhin"):
        assert client.get(path, params={"offset": huge}).status_code == 422
    # the largest offset allowed still answers, with nothing
    body = client.get("/api/stories", params={"offset": web.MAX_OFFSET}).json()
    assert body["total"] == 8 and body["stories"] == []
    far = client.get("/", params={"page": web.MAX_PAGE})
    assert far.status_code == 200 and "past the last page of stories" in far.text


def test_an_unknown_order_is_refused(client) -> None:
    assert client.get("/api/stories", params={"sort": "loudest"}).status_code == 422
    page = client.get("/", params={"sort": "loudest"})
    assert page.status_code == 400 and "sort" in page.text


def test_related_stories_are_named_and_a_long_list_of_them_folds(mixed_archive, tmp_path) -> None:
    db = tmp_path / "related.db"
    shutil.copy(mixed_archive, db)
    with Store(db) as store:
        stories = store.stories()
        rows = {r["id"]: r for r in story_rows(store, stories)}
        lead, *others = stories
        gone = "s-000000000000"  # a related story the archive no longer holds
        related = [s.id for s in others[:4]] + [gone]
        store.save_stories([replace(lead, related=related), *others])
    with TestClient(create_app(db)) as client:
        page = client.get("/", params={"q": rows[lead.id]["title"]}).text
    cell = page.split(f'<tr data-story="{lead.id}"', 1)[1].split("</td>", 1)[0]
    shown, folded = cell.split("<details>")
    # the first RELATED_SHOWN by title, linked; the rest inside a <details> that says how many
    for story_id in related[: web.RELATED_SHOWN]:
        assert f'<a href="/stories/{story_id}" title="story {story_id}">' in shown
        assert rows[story_id]["title"][:40] in shown
    assert "<summary>2 more related stories</summary>" in folded
    assert rows[related[3]]["title"][:40] in folded
    assert f'title="story {gone}">{gone}</a>' in folded  # no title to give: its id


def test_a_disputed_story_is_barred_in_the_list(client) -> None:
    page = client.get("/").text
    rows = {r["id"]: r["verdicts"] for r in listed(client)}
    marked = dict(re.findall(r'<tr data-story="([^"]+)"(?: class="(\w+)")?>', page))
    assert len(marked) == 8
    for story_id, counts in rows.items():
        if counts["contradicted"]:
            assert marked[story_id] == "contradicted"
        elif counts["updated"]:
            assert marked[story_id] == "updated"  # the quake's rising toll
        else:
            assert marked[story_id] == ""
    assert list(marked.values()).count("updated") == 1
