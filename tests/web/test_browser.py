"""The pages in a real headless Chromium (Debian's chromium + chromium-driver).

Skipped when Chromium is not installed, unless CORROBORATOR_REQUIRE_BROWSER=1 (as CI sets it),
which turns a missing browser into a failure.
"""

from __future__ import annotations

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import corroborator.web as web

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser(chromium):
    with chromium(1280, 1024) as driver:
        yield driver


def test_from_the_story_list_to_the_cited_words(browser, server) -> None:
    browser.get(server + "/")
    rows = browser.find_elements(By.CSS_SELECTOR, "#stories tr[data-story]")
    assert len(rows) == 1
    assert rows[0].find_element(By.CSS_SELECTOR, ".contradicted-count").text.startswith("✗")
    rows[0].find_element(By.CSS_SELECTOR, "td a").click()

    # The dossier leads with the contested facts.
    sections = [
        s.get_attribute("id") for s in browser.find_elements(By.CSS_SELECTOR, "main > section")
    ]
    assert sections[0] == "contradicted"
    first = browser.find_element(By.CSS_SELECTOR, "#contradicted .facet")
    assert "date" in first.find_element(By.TAG_NAME, "h3").text

    # Following a quote lands on the same words, highlighted inside the full article.
    link = next(
        a for a in first.find_elements(By.CSS_SELECTOR, "blockquote a") if "June 29" in a.text
    )
    quoted = link.text.strip("“”")
    link.click()
    target = browser.execute_script("return document.querySelector('mark:target')")
    assert target is not None, "the quote's link does not target a highlighted span"
    assert target.text == quoted
    assert target.is_displayed()
    background = browser.execute_script(
        "return getComputedStyle(document.querySelector('mark:target')).backgroundColor"
    )
    assert background == "rgb(255, 213, 74)"  # the :target highlight, not the plain <mark>


def test_filtering_the_story_list(browser, server) -> None:
    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys("no such story")
    box.submit()
    # submit() returns before the new page loads: wait for it, as the other tests do
    WebDriverWait(browser, 20).until(lambda d: "q=no+such+story" in d.current_url)
    assert browser.find_elements(By.CSS_SELECTOR, "#stories tr[data-story]") == []
    assert "No stories match" in browser.find_element(By.TAG_NAME, "main").text


def test_article_page_scrolls_to_the_asked_span(browser, server) -> None:
    browser.get(server + "/")
    browser.find_element(By.CSS_SELECTOR, "#stories td a").click()
    article_id = browser.find_element(By.CSS_SELECTOR, "#articles article code").text
    text = httpx.get(f"{server}/api/articles/{article_id}").json()["text"]
    start = text.rindex("Prigozhin")  # far down: the page must scroll to show it
    browser.get(f"{server}/articles/{article_id}?start={start}&end={start + 9}")
    mark = browser.find_element(By.ID, "span")
    assert mark.text == "Prigozhin"
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= -1 && r.bottom <= window.innerHeight + 1;",  # sub-pixel scroll
        mark,
    )
    assert in_view
    assert browser.execute_script("return window.scrollY") > 0


def test_a_time_expression_links_to_its_words(browser, server) -> None:
    articles = httpx.get(f"{server}/api/articles").json()["articles"]
    wion = next(a for a in articles if a["outlet"] == "WION")
    browser.get(f"{server}/articles/{wion['id']}")
    link = next(
        a for a in browser.find_elements(By.CSS_SELECTOR, "#times td a") if a.text == "June 29"
    )
    link.click()
    assert browser.find_element(By.ID, "span").text == "June 29"


def test_checking_a_statement_from_the_story_page(browser, server) -> None:
    browser.get(server + "/")
    browser.find_element(By.CSS_SELECTOR, "#stories td a").click()
    box = browser.find_element(By.CSS_SELECTOR, "form.check input[name=statement]")
    box.send_keys("Vladimir Putin met Yevgeny Prigozhin on June 29, 2023.")
    box.submit()
    # the first check loads the analysis pipeline in the server: wait for the page it answers
    WebDriverWait(browser, 60).until(lambda d: "/check?statement=" in d.current_url)
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "article.facet"))
    date = next(
        a
        for a in browser.find_elements(By.CSS_SELECTOR, "article.facet")
        if "date" in a.find_element(By.TAG_NAME, "h2").text
    )
    assert "contested" in date.find_element(By.TAG_NAME, "h2").text
    assert "The same in the archive: 2023-06-29" in date.text
    assert "Against it: 2023-07-01" in date.text
    # each quote opens its article at the quoted words
    link = date.find_element(By.CSS_SELECTOR, "blockquote a")
    quoted = link.text.strip("“”")
    link.click()
    assert browser.find_element(By.ID, "span").text == quoted


def test_searching_the_articles_lands_on_the_words(browser, server) -> None:
    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, "#article-search input[name=q]")
    box.send_keys('"secret service"')
    box.submit()
    # submit() does not wait for the next page: wait for the results page itself
    WebDriverWait(browser, 20).until(lambda d: "/search?" in d.current_url)
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#hits li"))
    hits = browser.find_elements(By.CSS_SELECTOR, "#hits li")
    assert len(hits) == 1
    assert [m.text for m in hits[0].find_elements(By.CSS_SELECTOR, ".snippet mark")] == [
        "secret service"
    ]
    hits[0].find_element(By.CSS_SELECTOR, "a").click()
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.ID, "span"))
    mark = browser.find_element(By.ID, "span")
    assert mark.text == "secret service" and mark.is_displayed()


# the statements list: reached from the page's contents line, each statement's quote opens
# its sentence highlighted in the article
def test_statements_come_after_the_facts_and_link_to_their_words(browser, server) -> None:
    browser.get(server + "/")
    browser.find_element(By.CSS_SELECTOR, "#stories td a").click()
    sections = [
        s.get_attribute("id") for s in browser.find_elements(By.CSS_SELECTOR, "main > section")
    ]
    assert sections.index("single_source") < sections.index("statements")
    assert sections[0] == "contradicted"
    browser.find_element(By.CSS_SELECTOR, "nav.contents a[href='#statements']").click()
    assert browser.current_url.endswith("#statements")
    speakers = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#statements h3")]
    assert speakers[0] == "Kremlin spokesman Dmitry Peskov — 3 statements"
    link = browser.find_element(By.CSS_SELECTOR, "#statements li .said a")
    quoted = link.text.strip("“”")
    link.click()
    target = browser.execute_script("return document.querySelector('mark:target')")
    assert target is not None and target.text == quoted
    assert target.is_displayed()


def test_a_zero_count_is_muted_and_a_dispute_stays_red(browser, server) -> None:
    browser.get(server + "/")
    row = browser.find_element(By.CSS_SELECTOR, "#stories tr[data-story]")
    contested = row.find_element(By.CSS_SELECTOR, ".contradicted-count")
    updated = row.find_element(By.CSS_SELECTOR, ".updated-count")
    assert not contested.text.endswith(" 0")  # the seeds have contested facts: marked red
    assert contested.value_of_css_property("color") == "rgba(179, 38, 30, 1)"
    assert updated.text.endswith(" 0")
    assert "none" in updated.get_attribute("class").split()
    muted = browser.execute_script(
        "return getComputedStyle(document.body).getPropertyValue('--muted').trim()"
    )
    assert muted == "#5b6470"
    assert updated.value_of_css_property("color") == "rgba(91, 100, 112, 1)"
    # the disputed story's row has the red bar in its margin
    first_cell = row.find_element(By.TAG_NAME, "td")
    assert first_cell.value_of_css_property("border-left-color") == "rgba(179, 38, 30, 1)"
    assert first_cell.value_of_css_property("border-left-width") == "4px"


def test_ordering_and_paging_the_story_list_with_the_keyboard(
    browser, mixed_server, monkeypatch
) -> None:
    monkeypatch.setattr(web, "PAGE_SIZE", 3)  # eight stories: three pages
    ranked = httpx.get(f"{mixed_server}/api/stories", params={"sort": "contested"}).json()
    browser.get(mixed_server + "/")
    browser.find_element(By.LINK_TEXT, "most contested first").send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: "sort=contested" in d.current_url)
    counts = browser.find_elements(By.CSS_SELECTOR, "#stories tr[data-story] .contradicted-count")
    assert [c.text for c in counts] == ["✗ 3", "✗ 2", "✗ 1"]  # the most disputed story leads
    browser.find_element(By.CSS_SELECTOR, "nav.pages a[rel=next]").send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda d: "page=2" in d.current_url)
    assert "sort=contested" in browser.current_url  # the next page keeps the order
    rows = browser.find_elements(By.CSS_SELECTOR, "#stories tr[data-story]")
    assert [r.get_attribute("data-story") for r in rows] == [
        s["id"] for s in ranked["stories"][3:6]
    ]
    current = browser.find_element(By.CSS_SELECTOR, "nav.pages [aria-current=page]")
    assert current.text == "2" and current.value_of_css_property("font-weight") == "700"
