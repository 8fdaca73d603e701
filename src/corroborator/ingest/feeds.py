"""RSS/Atom feeds and OPML lists.

Every feed or OPML document is parsed with defusedxml first, which refuses entity declarations
(billion-laughs bombs) and external entities; only then does feedparser read it, always from
bytes (a string would make feedparser open a file or URL itself). An entry that carries its
full text is used as is; an entry with only a summary gets its article page fetched (when a
Fetcher is at hand), and falls back to the summary with a note when that fails.

Conditional GET: :class:`FeedState` (url, etag, last_modified, and the entries already seen)
goes in and comes out of :func:`poll_feeds`, so a caller can persist it between polls.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit

import feedparser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET
from lxml import html as lxml_html

from corroborator.errors import IngestError
from corroborator.ingest.article import Meta, build_article, merge_meta
from corroborator.model import Article, Skipped

# An entry whose content holds at least this much text is taken as the full article; shorter
# content is a summary and the page at its link is fetched.
FULL_CONTENT_MIN_CHARS = 800
# How many seen entry keys a FeedState remembers (newest first).
MAX_SEEN = 2000
# Block-level tags whose end starts a new paragraph when an HTML fragment becomes text.
BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")
_BLOCK_END = re.compile(r"</(?:" + "|".join(BLOCK_TAGS) + r")\s*>", re.IGNORECASE)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_PARAS = re.compile(r"\s*\n\s*\n\s*")


@dataclass(frozen=True, slots=True)
class FeedState:
    """What a feed said last time: validators for conditional GET and the entries seen."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    seen: tuple[str, ...] = ()  # entry keys (id or link), newest first, capped at MAX_SEEN


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    link: str | None  # an http(s) address of the full article, or None
    where: str  # how messages and the archive name the entry: its link, else feed#position
    title: str | None
    published: str | None
    content_html: str | None  # the longest content or summary the entry carries
    content_text: str


def refuse_unsafe_xml(raw: bytes, *, source: str) -> None:
    """Raise IngestError if the XML declares entities or external references."""
    try:
        SafeET.fromstring(raw)
    except DefusedXmlException as exc:
        raise IngestError(
            f"refused: XML declares entities or external references ({type(exc).__name__})",
            source=source,
        ) from exc
    except SafeET.ParseError:
        pass  # malformed but harmless: feedparser's lenient parser may still read it


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one blank line between block elements."""
    if not fragment.strip():
        return ""
    marked = _BR.sub("\n", _BLOCK_END.sub(lambda m: m.group(0) + "\n\n", fragment))
    try:
        text = lxml_html.fragment_fromstring(marked, create_parent="div").text_content()
    except (ValueError, TypeError):  # lxml refuses some fragments (only comments, bad bytes)
        return ""
    text = _SPACES.sub(" ", text)
    return _PARAS.sub("\n\n", text).strip()


def _struct_date(value: time.struct_time | None) -> str | None:
    if not value:
        return None
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    except ValueError:
        return None


def parse_feed(raw: bytes, *, source: str) -> tuple[str | None, list[Entry]]:
    """(feed title, entries in feed order). Raises IngestError for unsafe or non-feed XML."""
    refuse_unsafe_xml(raw, source=source)
    parsed = feedparser.parse(raw, resolve_relative_uris=True, sanitize_html=True)
    if not parsed.entries and not parsed.feed:
        reason = getattr(parsed, "bozo_exception", None) or "no feed or entries found"
        raise IngestError(f"not an RSS/Atom feed ({reason})", source=source)
    entries: list[Entry] = []
    for n, item in enumerate(parsed.entries, start=1):
        candidates = [c.get("value", "") for c in item.get("content", []) or []]
        candidates.append(item.get("summary", "") or "")
        best_html = max(candidates, key=lambda h: len(fragment_text(h)), default="")
        link = _web_link(item.get("link"))
        entries.append(
            Entry(
                key=item.get("id") or link or f"{source}#{n}",
                link=link,
                where=link or f"{source}#{n}",
                title=fragment_text(item.get("title", "")) or None,
                published=_struct_date(item.get("published_parsed") or item.get("updated_parsed")),
                content_html=best_html or None,
                content_text=fragment_text(best_html),
            )
        )
    return (parsed.feed.get("title") or None), entries


def _web_link(value: object) -> str | None:
    """An entry's link when it is a web address. Feedparser gives an Atom entry without a link
    its id as link ("urn:uuid:…", "tag:…"), which names the entry but leads nowhere."""
    link = str(value or "").strip()
    return link if urlsplit(link).scheme.lower() in ("http", "https") else None


def parse_opml(raw: bytes, *, source: str) -> list[str]:
    """Feed URLs (``xmlUrl``) of an OPML list, in document order, without repeats."""
    try:
        root = SafeET.fromstring(raw)
    except DefusedXmlException as exc:
        raise IngestError(
            f"refused: XML declares entities or external references ({type(exc).__name__})",
            source=source,
        ) from exc
    except SafeET.ParseError as exc:
        raise IngestError(f"malformed OPML ({exc})", source=source) from exc
    urls: list[str] = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl") or outline.get("url")
        if url and url.strip() and url.strip() not in urls:
            urls.append(url.strip())
    if not urls:
        raise IngestError("OPML list without any feed (no outline xmlUrl)", source=source)
    return urls


# fetch_page(url) -> (page bytes, final url) or raises IngestError
PageFetcher = Callable[[str], tuple[bytes, str]]
# page_article(raw, url, given meta, source) -> Article, or raises IngestError
PageReader = Callable[[bytes, str, Meta, str], Article]


def entry_items(
    raw: bytes,
    *,
    source: str,
    defaults: Meta,
    fetch_page: PageFetcher | None,
    page_article: PageReader,
    skip_keys: frozenset[str] = frozenset(),
) -> tuple[list[Article | Skipped], list[str]]:
    """Articles (or Skipped) of a feed's entries not in ``skip_keys``, and the keys of the
    entries now done (read before, or read into an article now; feed order). A Skipped entry is
    not done: the next poll tries it again."""
    title, entries = parse_feed(raw, source=source)
    feed_meta = merge_meta(Meta(outlet=title), defaults)
    items: list[Article | Skipped] = []
    done: list[str] = []
    for entry in entries:
        if entry.key in skip_keys:
            done.append(entry.key)
            continue
        where = entry.where
        given = Meta(title=entry.title, url=entry.link, published=entry.published)
        try:
            items.append(_entry_article(entry, where, given, feed_meta, fetch_page, page_article))
        except IngestError as exc:
            items.append(Skipped(where, f"{where}: {exc.message}"))
        else:
            done.append(entry.key)
    return items, done


def _entry_article(
    entry: Entry,
    where: str,
    given: Meta,
    feed_meta: Meta,
    fetch_page: PageFetcher | None,
    page_article: PageReader,
) -> Article:
    if len(entry.content_text) >= FULL_CONTENT_MIN_CHARS:
        problem = None  # the entry carries the full article
    elif entry.link is None or fetch_page is None:
        problem = "the entry has no link to fetch the full article from"
    else:
        try:
            page, final_url = fetch_page(entry.link)
            article = page_article(page, final_url, given, where)
        except IngestError as exc:
            problem = f"fetching the full article failed ({exc.message})"
        else:
            if article.outlet is None and feed_meta.outlet:
                article.outlet = feed_meta.outlet
            return article
    if not entry.content_text:
        raise IngestError(f"feed entry without text, and {problem}")
    return build_article(
        entry.content_text,
        source=where,
        raw=(entry.content_html or "").encode("utf-8"),
        raw_format="feed",
        given=given,
        defaults=feed_meta,
        notes=[f"feed summary only: {problem}"] if problem else [],
    )


def next_state(state: FeedState, headers: Mapping[str, str], keys: Sequence[str]) -> FeedState:
    """The state after a 200 answer: new validators, newly seen keys first."""
    seen = list(dict.fromkeys([*keys, *state.seen]))[:MAX_SEEN]
    return replace(
        state,
        etag=headers.get("etag") or None,
        last_modified=headers.get("last-modified") or None,
        seen=tuple(seen),
    )


def conditional_headers(state: FeedState) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers
