"""On a phone's width (360 px) no page scrolls sideways: a table wider than the screen scrolls
in its place, and long words break. A real headless Chromium over a real server on
127.0.0.1 (skipped without Chromium, unless CORROBORATOR_REQUIRE_BROWSER=1)."""

from __future__ import annotations

import httpx
import pytest
from selenium.webdriver.common.by import By

pytestmark = pytest.mark.browser

PHONE = 360  # px: the narrowest common phone screen


@pytest.fixture(scope="module")
def phone(chromium):
    with chromium(PHONE, 800) as driver:
        yield driver


def pages(base: str) -> list[str]:
    with httpx.Client(base_url=base, timeout=30) as client:
        story = client.get("/api/stories?sort=contested").json()["stories"][0]["id"]
        article = client.get("/api/articles?limit=1").json()["articles"][0]["id"]
    return ["/", f"/stories/{story}", f"/articles/{article}", "/search?q=said"]


def sideways(browser) -> int:
    """How far the page scrolls sideways, in px (0: it fits the screen)."""
    return browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_no_page_scrolls_sideways_on_a_phone(phone, mixed_server) -> None:
    for path in pages(mixed_server):
        phone.get(mixed_server + path)
        assert phone.execute_script("return window.innerWidth") <= PHONE + 20
        assert sideways(phone) == 0, path


def test_the_story_list_scrolls_in_its_place(phone, mixed_server) -> None:
    phone.get(mixed_server + "/")
    table = phone.find_element(By.ID, "stories")
    assert phone.execute_script("return getComputedStyle(arguments[0]).overflowX", table) == "auto"
    assert table.find_elements(By.CSS_SELECTOR, "tr[data-story]")  # its rows are all there


def test_the_tables_keep_their_full_width_on_a_wide_screen(phone, mixed_server) -> None:
    phone.set_window_size(1280, 900)
    try:
        phone.get(mixed_server + "/")
        table = phone.find_element(By.ID, "stories")
        assert phone.execute_script("return getComputedStyle(arguments[0]).display", table) == (
            "table"
        )
    finally:
        phone.set_window_size(PHONE, 800)


def test_a_date_in_the_story_list_stays_on_one_line(phone, mixed_server) -> None:
    """A last-seen date is not broken at its hyphens ("2016-" over "10-26") when the titles
    beside it are long, on a phone or a wide screen."""
    lines = (
        "return [...document.querySelectorAll('td.date')].map(cell => {"
        " const range = document.createRange(); range.selectNodeContents(cell);"
        " return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; })"
    )
    try:
        for width in (PHONE, 800, 1280):
            phone.set_window_size(width, 900)
            phone.get(mixed_server + "/")
            found = phone.execute_script(lines)
            assert found and set(found) == {1}, width
    finally:
        phone.set_window_size(PHONE, 800)
