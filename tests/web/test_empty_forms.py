"""A search or check address with nothing typed yet is the form, asking, not a "Bad request"
page; the API still refuses an empty query."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}])
def test_the_bare_search_address_is_the_search_form(app_client, params) -> None:
    page = app_client.get("/search", params=params)
    assert page.status_code == 200
    assert "<h1>Search the articles</h1>" in page.text
    assert 'name="q" value="" required' in page.text and " autofocus>" in page.text
    assert 'id="nothing">Type the words to look for' in page.text
    assert "/api/search" not in page.text  # no JSON of a search that was not made
    assert app_client.get("/api/search", params={"q": " "}).status_code == 400


def test_the_bare_check_address_is_the_check_form(app_client, story_id) -> None:
    page = app_client.get(f"/stories/{story_id}/check")
    assert page.status_code == 200
    assert "<h1>Check a statement against: Putin and Prigozhin" in page.text
    assert 'name="statement"' in page.text and " autofocus>" in page.text
    assert '<article class="facet' not in page.text
    assert app_client.get(f"/api/stories/{story_id}/check").status_code == 422
    # an unknown story is still a 404, form or not
    assert app_client.get("/stories/s-nope/check").status_code == 404


def test_a_check_names_its_facts_under_the_page_heading(app_client, story_id) -> None:
    statement = "Vladimir Putin met Yevgeny Prigozhin on June 29, 2023."
    page = app_client.get(f"/stories/{story_id}/check", params={"statement": statement}).text
    assert "<h2>✗ contested: the archive disputes this fact · " in page  # h1, then h2
    assert "<h3>" not in page
