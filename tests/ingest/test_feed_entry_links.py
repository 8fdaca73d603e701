"""A feed entry's link is followed only when it is a web address: an Atom entry without a link
gets its id ("urn:uuid:…", "tag:…") as link from feedparser, which names the entry but leads
nowhere, so such an entry is read from its own content and named by the feed and its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborator.ingest import FetchPolicy, read_sources
from corroborator.ingest.feeds import parse_feed
from corroborator.settings import Settings

SETTINGS = Settings(max_bytes=1_000_000)
PAGE = """<html><head><title>Flood warning</title>
<meta property="og:site_name" content="River Post"></head><body><article>
<h1>Flood warning for the valley</h1>
<p>The river rose two metres overnight and the county ordered the valley's villages evacuated
on Tuesday, the sheriff said.</p>
<p>Rescue crews moved 400 people to the school gym, and more rain is expected on Wednesday,
forecasters said.</p></article></body></html>"""
INLINE = "Firefighters said on Friday the blaze was contained after burning 200 acres."


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Wire</title><id>urn:valley</id>
<updated>2024-05-07T00:00:00Z</updated>
<entry><title>Blaze contained</title><id>urn:uuid:7b1c0e52-1111-4c1e-9d7e-3f0c2a1b9e01</id>
<updated>2024-05-03T09:00:00Z</updated>
<content type="html">&lt;p&gt;{INLINE}&lt;/p&gt;</content></entry>
<entry><title>Flood warning</title><id>tag:valley.example,2024:flood</id>
<link href="{base}/flood.html"/><updated>2024-05-07T09:00:00Z</updated>
<summary>The river rose.</summary></entry>
</feed>"""


@pytest.fixture
def site(static_site: tuple[str, Path]) -> str:
    base, folder = static_site
    (folder / "flood.html").write_text(PAGE, encoding="utf-8")
    (folder / "feed.atom").write_text(atom(base), encoding="utf-8")
    return base


def test_an_atom_entry_without_a_link_is_read_from_its_content(site: str) -> None:
    feed = f"{site}/feed.atom"
    batch = read_sources([feed], SETTINGS, policy=FetchPolicy(allow_private=True, delay=0.0))
    assert batch.skipped == []
    inline, page = sorted(batch.articles, key=lambda a: a.published or "")
    assert inline.source == f"{feed}#1" and inline.url is None
    assert inline.text == INLINE and inline.outlet == "Valley Wire"
    assert inline.published == "2024-05-03"
    # no attempt to fetch the id as if it were an address
    assert not any("only http and https" in note for note in inline.notes)
    assert any("no link" in note for note in inline.notes)


def test_an_entry_with_a_web_link_is_still_fetched(site: str) -> None:
    feed = f"{site}/feed.atom"
    batch = read_sources([feed], SETTINGS, policy=FetchPolicy(allow_private=True, delay=0.0))
    (page,) = [a for a in batch.articles if a.url]
    assert page.source == page.url == f"{site}/flood.html"
    assert "400 people" in page.text and page.published == "2024-05-07"


def test_only_web_addresses_are_links() -> None:
    _, entries = parse_feed(atom("https://valley.example").encode(), source="feed.atom")
    assert [e.link for e in entries] == [None, "https://valley.example/flood.html"]
    assert [e.where for e in entries] == ["feed.atom#1", "https://valley.example/flood.html"]
    # the entry is still known by its id, so a later poll does not read it again
    assert entries[0].key == "urn:uuid:7b1c0e52-1111-4c1e-9d7e-3f0c2a1b9e01"
