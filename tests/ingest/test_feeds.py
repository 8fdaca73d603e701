"""RSS/Atom feeds and OPML lists, from a real HTTP server on 127.0.0.1 and from files."""

from __future__ import annotations

from pathlib import Path

from ingest_server import BOMB, Server, rss

from corroborator.ingest import FeedState, FetchPolicy, poll_feeds, read_sources
from corroborator.ingest.feeds import fragment_text
from corroborator.settings import Settings

SETTINGS = Settings(max_bytes=1_000_000)


def test_feed_entries_become_articles(server: Server, policy: FetchPolicy) -> None:
    batch = read_sources([server.url("/feed.xml")], SETTINGS, policy=policy)
    fetched, full, summary = batch.articles
    # summary-only entry: the full page was fetched; the entry's title and date win
    assert fetched.source == server.url("/article.html")
    assert fetched.title == "Putin met Prigozhin, Kremlin says"
    assert fetched.published == "2023-07-10" and fetched.raw_format == "html"
    assert "Russian President Vladimir Putin met" in fetched.text
    assert fetched.outlet == "Example News"  # the page's site name beats the feed title
    # entry carrying its full text: used as is, the feed title is the outlet
    assert full.raw_format == "feed" and full.published == "2023-07-11"
    assert full.text.endswith("He added that 35 people were invited.")
    assert full.outlet == "Example Wire"
    assert "/full.html" not in server.log.paths()
    # the linked page is gone: the summary is kept, with a note saying so
    assert summary.text == "Summary of a page that is gone, kept as the summary."
    assert any("summary only" in n and "HTTP 404" in n for n in summary.notes)
    assert batch.skipped == []


def test_poll_feeds_conditional_get(server: Server, policy: FetchPolicy) -> None:
    url = server.url("/feed.xml")
    batch, states = poll_feeds([url], {}, SETTINGS, policy=policy)
    assert len(batch.articles) == 3
    state = states[url]
    assert state.etag == '"v1"' and state.last_modified == "Mon, 10 Jul 2023 10:00:00 GMT"
    assert state.seen == ("urn:example:1", "urn:example:2", "urn:example:3")
    before = len(server.log.requests)
    batch, again = poll_feeds([url], states, SETTINGS, policy=policy)
    assert batch.articles == [] and again[url] == state
    robots, (path, _, headers) = server.log.requests[before:]  # each poll re-reads robots.txt
    assert robots[0] == "/robots.txt" and path == "/feed.xml"
    assert headers["if-none-match"] == '"v1"'
    assert headers["if-modified-since"] == "Mon, 10 Jul 2023 10:00:00 GMT"
    # no validator, but every entry already seen: nothing fetched beyond the feed itself
    before = len(server.log.requests)
    batch, _ = poll_feeds([url], {url: FeedState(url, seen=state.seen)}, SETTINGS, policy=policy)
    assert batch.articles == [] and server.log.paths()[before:] == ["/robots.txt", "/feed.xml"]


def test_opml_expands_to_feeds(server: Server, policy: FetchPolicy, tmp_path: Path) -> None:
    batch = read_sources([server.url("/list.opml")], SETTINGS, policy=policy)
    assert len(batch.articles) == 3
    local = tmp_path / "feeds.opml"
    local.write_text(
        f'<opml version="2.0"><body><outline xmlUrl="{server.url("/feed.xml")}"/></body></opml>',
        encoding="utf-8",
    )
    batch, states = poll_feeds([str(local)], {}, SETTINGS, policy=policy)
    assert len(batch.articles) == 3 and list(states) == [server.url("/feed.xml")]


def test_xml_bombs_refused(server: Server, policy: FetchPolicy, tmp_path: Path) -> None:
    batch = read_sources([server.url("/bomb.xml"), server.url("/xxe.xml")], SETTINGS, policy=policy)
    assert batch.articles == []
    assert [("refused" in s.reason and "entities" in s.reason) for s in batch.skipped] == [
        True,
        True,
    ]
    path = tmp_path / "bomb.rss"
    path.write_bytes(BOMB)
    assert "refused" in read_sources([path], SETTINGS).skipped[0].reason


def test_failed_entries_are_retried_next_poll(
    server: Server, policy: FetchPolicy, tmp_path: Path
) -> None:
    path = tmp_path / "wire.xml"
    feed = rss(server.base).replace(
        b"<description>Summary of a page that is gone, kept as the summary.</description>", b""
    )
    path.write_bytes(feed)
    batch, states = poll_feeds([str(path)], {}, SETTINGS, policy=policy)
    assert len(batch.articles) == 2
    assert "HTTP 404" in batch.skipped[0].reason
    assert states[str(path)].seen == ("urn:example:1", "urn:example:2")
    before = len(server.log.requests)
    batch, _ = poll_feeds([str(path)], states, SETTINGS, policy=policy)
    assert batch.articles == [] and len(batch.skipped) == 1
    assert server.log.paths()[before:] == ["/robots.txt", "/missing.html"]  # only the failed one


def test_local_feed_file(server: Server, policy: FetchPolicy, tmp_path: Path) -> None:
    path = tmp_path / "wire.xml"
    path.write_bytes(rss(server.base))
    batch = read_sources([path], SETTINGS, policy=policy)
    assert [a.source for a in batch.articles] == [
        server.url("/article.html"),
        server.url("/full.html"),
        server.url("/missing.html"),
    ]


def test_summary_only_without_fetching_when_private_refused(server: Server) -> None:
    path_feed = server.url("/feed.xml")
    batch = read_sources([path_feed], SETTINGS)  # default policy: 127.0.0.1 refused
    assert "refused" in batch.skipped[0].reason


def test_fragment_text() -> None:
    assert fragment_text("<p>One <b>bold</b> line.</p><p>Two.</p>") == "One bold line.\n\nTwo."
    assert fragment_text("a<br>b") == "a\nb"
    assert fragment_text("") == ""


def test_atom_feed_file(tmp_path: Path) -> None:
    body = " ".join(["Lukashenko said Prigozhin was in St Petersburg, not in Belarus."] * 15)
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:wire</id>
<updated>2023-07-06T12:00:00Z</updated>
<entry><title>Lukashenko: Prigozhin is in Russia</title><id>urn:wire:1</id>
<link href="https://wire.example.org/lukashenko"/><updated>2023-07-06T11:00:00Z</updated>
<content type="html">&lt;p&gt;{body}&lt;/p&gt;</content></entry>
</feed>"""
    path = tmp_path / "wire.atom"
    path.write_text(atom, encoding="utf-8")
    (art,) = read_sources([path], SETTINGS).articles
    assert art.title == "Lukashenko: Prigozhin is in Russia"
    assert art.url == art.source == "https://wire.example.org/lukashenko"
    assert art.published == "2023-07-06" and art.outlet == "Atom Wire"
    assert art.text == body and art.raw_format == "feed"
