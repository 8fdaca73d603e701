"""The web app over a real archive, through real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import re

import httpx
import jsonschema
import pytest

from corroborator.errors import StoreError
from corroborator.pipeline import story_dossier
from corroborator.render.json import dossier_schema, render_json
from corroborator.store import Store
from corroborator.web import create_app, shown_sources


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


def test_api_story_is_the_exported_dossier_byte_for_byte(client, archive, story_id) -> None:
    # but for the sources, named by their file names (test_web_source_names.py)
    response = client.get(f"/api/stories/{story_id}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    with Store(archive) as store:
        expected = render_json(shown_sources(story_dossier(store, store.story(story_id))))
    assert response.text == expected
    jsonschema.validate(response.json(), dossier_schema())


def test_api_story_accepts_a_unique_prefix(client, story_id) -> None:
    assert client.get(f"/api/stories/{story_id[:6]}").json()["story"]["id"] == story_id


def test_api_stories_lists_verdict_counts(client, story_id) -> None:
    body = client.get("/api/stories").json()
    assert body["total"] == 1 and body["offset"] == 0
    (row,) = body["stories"]
    assert row["id"] == story_id and row["articles"] == 2
    assert row["outlets"] == ["WION"]  # the tabloid page names no outlet
    assert row["verdicts"]["contradicted"] >= 2  # the meeting's date and Prigozhin's whereabouts


def test_api_stories_filters_by_title_and_outlet(client) -> None:
    assert client.get("/api/stories", params={"q": "wion"}).json()["total"] == 1
    assert client.get("/api/stories", params={"q": "prigozhin"}).json()["total"] == 1
    assert client.get("/api/stories", params={"q": "no such words"}).json()["total"] == 0


def test_api_articles_and_analysis(client) -> None:
    body = client.get("/api/articles").json()
    assert body["total"] == 2
    wion = next(a for a in body["articles"] if a["outlet"] == "WION")
    article = client.get(f"/api/articles/{wion['id']}").json()
    assert article["published"] == "2023-07-10"
    assert "Peskov" in article["text"]
    analysis = client.get(f"/api/articles/{wion['id']}/analysis").json()
    assert analysis["article"] == wion["id"]
    # Provenance: every claim's sentence span points into the served text.
    for claim in analysis["claims"]:
        sentence = claim["sentence"]
        assert 0 <= sentence["start"] < sentence["end"] <= len(article["text"])


@pytest.mark.parametrize(
    "path",
    ["/api/stories/s-nope", "/api/articles/nope", "/api/articles/nope/analysis"],
)
def test_unknown_ids_are_json_404s(client, path) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "nope" in response.json()["detail"]


def test_unknown_story_page_is_an_html_404(client) -> None:
    response = client.get("/stories/s-nope")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "no story matching" in response.text


def test_bad_query_values_are_refused(client) -> None:
    assert client.get("/api/stories", params={"limit": 0}).status_code == 422
    assert client.get("/api/articles", params={"offset": -1}).status_code == 422
    page = client.get("/", params={"page": -1})  # a page answers with a page
    assert page.status_code == 400 and "text/html" in page.headers["content-type"]
    assert "Bad request" in page.text and "page" in page.text


def test_index_and_story_pages(client, story_id) -> None:
    index = client.get("/")
    assert index.status_code == 200
    assert f'href="/stories/{story_id}"' in index.text
    past = client.get("/", params={"page": 9})
    assert "past the last page of stories" in past.text and "No stories yet" not in past.text
    page = client.get(f"/stories/{story_id}")
    assert page.status_code == 200
    assert "Contested" in page.text and 'href="/"' in page.text
    # each article of the dossier leads to its own page, where what was read in it is shown
    for article in client.get("/api/articles").json()["articles"]:
        assert f'href="/articles/{article["id"]}">what Corroborator read in it' in page.text


def test_article_page_highlights_the_asked_span(client) -> None:
    wion = next(a for a in client.get("/api/articles").json()["articles"] if a["outlet"] == "WION")
    text = client.get(f"/api/articles/{wion['id']}").json()["text"]
    start = text.index("June 29")
    page = client.get(f"/articles/{wion['id']}", params={"start": start, "end": start + 7})
    assert '<mark id="span">June 29</mark>' in page.text
    # A span outside the text is ignored, not an error.
    page = client.get(f"/articles/{wion['id']}", params={"start": 5, "end": 10**6})
    assert page.status_code == 200 and "<mark" not in page.text


def test_serving_never_creates_an_archive(tmp_path) -> None:
    with pytest.raises(StoreError, match="no archive here"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_openapi_document_lists_the_api(client) -> None:
    paths = json.loads(client.get("/api/openapi.json").text)["paths"]
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}"} <= set(paths)


def test_article_page_shows_what_was_read_with_links_to_the_words(client) -> None:
    wion = next(a for a in client.get("/api/articles").json()["articles"] if a["outlet"] == "WION")
    text = client.get(f"/api/articles/{wion['id']}").json()["text"]
    page = client.get(f"/articles/{wion['id']}").text
    times = page.split('<table id="times">', 1)[1].split("</table>", 1)[0]
    row = next(r for r in times.split("<tr>") if ">June 29</a>" in r)
    assert "<code>2023-06-29</code>" in row
    start, end = map(
        int, re.search(r"\?start=(\d+)&amp;end=(\d+)#span\"[^>]*>June 29<", row).groups()
    )
    assert text[start:end] == "June 29"
    attributions = page.split('<table id="attributions">', 1)[1].split("</table>", 1)[0]
    assert "Dmitry Peskov" in attributions


def test_the_search_box_does_not_reflect_markup(client) -> None:
    page = client.get("/", params={"q": '"><script>alert(7)</script>'}).text
    assert "<script>alert(7)" not in page
    assert "&lt;script&gt;alert(7)&lt;/script&gt;" in page


def test_api_check_answers_what_the_cli_answers(client, story_id, archive) -> None:
    statement = "Putin did not meet Prigozhin."
    body = client.get(f"/api/stories/{story_id}/check", params={"statement": statement}).json()
    assert body["story"] == story_id
    occurred = next(f for f in body["facts"] if f["attribute"] == "occurred")
    assert occurred["outcome"] == "contradicted"
    with Store(archive) as store:
        assert store.count("articles") == 2  # checking writes nothing


def test_check_refusals_are_clear(client, story_id, archive) -> None:
    assert client.get(f"/api/stories/{story_id}/check").status_code == 422  # no statement
    # an empty box in a browser: the form again, asking for a statement; nothing is checked
    page = client.get(f"/stories/{story_id}/check", params={"statement": " "})
    assert page.status_code == 200 and 'id="nothing">Type a statement to check' in page.text
    assert '<article class="facet' not in page.text and "this check</a>" not in page.text
    with Store(archive) as store:
        wion = next(a for a in store.articles() if a.outlet == "WION")
    again = client.get(f"/api/stories/{story_id}/check", params={"statement": wion.text})
    assert again.status_code == 400 and "already in the story" in again.json()["detail"]


def test_api_check_finds_the_story_itself(client, story_id) -> None:
    statement = "Vladimir Putin met Yevgeny Prigozhin on June 29, 2023."
    body = client.get("/api/check", params={"statement": statement}).json()
    assert body["story"] == story_id
    assert any(f["attribute"] == "date" and f["outcome"] == "contested" for f in body["facts"])
    unrelated = "The city council of Lisbon approved a new budget for public libraries."
    missing = client.get("/api/check", params={"statement": unrelated})
    assert missing.status_code == 404 and "no archived story" in missing.json()["detail"]


def test_api_search_finds_articles_with_spans_of_their_words(client, story_id) -> None:
    body = client.get("/api/search", params={"q": 'Liberation "secret service"'}).json()
    assert body["total"] == 1 and body["offset"] == 0
    (hit,) = body["articles"]
    assert hit["story"] == story_id and hit["outlet"] is None
    text = client.get(f"/api/articles/{hit['id']}").json()["text"]
    assert {text[a:b] for a, b in hit["matches"]} == {"Libération", "secret service"}
    snippet = hit["snippet"]
    assert text[snippet["start"] : snippet["end"]] == snippet["text"]
    assert {snippet["text"][a:b] for a, b in snippet["matches"]} == {"Libération", "secret service"}
    # both seeds name Prigozhin; a page of one says there are two
    page = client.get("/api/search", params={"q": "Prigozhin", "limit": 1}).json()
    assert page["total"] == 2 and len(page["articles"]) == 1


def test_search_page_links_each_hit_to_its_words(client) -> None:
    page = client.get("/search", params={"q": "Lukashenko"})
    assert page.status_code == 200
    (link,) = re.findall(r'href="(/articles/[0-9a-f]+\?start=\d+&amp;end=\d+#span)"', page.text)
    target = client.get(link.replace("&amp;", "&")).text
    assert '<mark id="span">Lukashenko</mark>' in target
    assert "<mark>Lukashenko</mark>" in page.text  # the snippet marks the word too
    assert 'action="/search"' in client.get("/").text  # the index offers the search


def test_search_refusals_are_clear(client) -> None:
    empty = client.get("/api/search", params={"q": '""'})
    assert empty.status_code == 400 and "nothing to search for" in empty.json()["detail"]
    assert client.get("/api/search").status_code in (400, 422)
    past = client.get("/search", params={"q": "Prigozhin", "page": 9})
    assert past.status_code == 200 and "past the last page" in past.text
    page = client.get("/search", params={"q": "<b>no such words</b>"})
    assert page.status_code == 200 and "No archived article holds" in page.text
    assert "<b>no such words</b>" not in page.text


def test_article_page_tells_an_aim_from_reported_speech(client) -> None:
    wion = next(a for a in client.get("/api/articles").json()["articles"] if a["outlet"] == "WION")
    page = client.get(f"/articles/{wion['id']}").text
    attributions = page.split('<table id="attributions">', 1)[1].split("</table>", 1)[0]
    rows = attributions.split("<tr>")
    aim = next(r for r in rows if ">sought<" in r)  # "Putin ... sought to eliminate Prigozhin"
    assert "<td>aim</td>" in aim
    peskov = [r for r in rows if "Dmitry Peskov" in r]
    assert peskov and all("<td>aim</td>" not in r for r in peskov)  # what he said stays said


def test_refusals_on_the_web_give_no_command_line_hints(client) -> None:
    # the command line's hint ("`corroborator stories` lists them") is for its users only
    page = client.get("/stories/s-nonexistent")
    assert page.status_code == 404 and "no story matching" in page.text
    assert "corroborator stories" not in page.text and "--story" not in page.text
