"""The statements list of a dossier page in a real headless Chromium: reached from the page's
contents line, each statement's quote opens its sentence highlighted in the article."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
HAVE_BROWSER = os.path.exists(CHROMIUM) and os.path.exists(DRIVER)

if not HAVE_BROWSER and os.environ.get("CORROBORATOR_REQUIRE_BROWSER") != "1":
    pytest.skip(
        "Chromium not installed (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


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
