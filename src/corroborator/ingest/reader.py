"""Dispatch of sources by kind, and the Context one read_sources/poll_feeds call shares.

The Context holds the settings, the JSONL/CSV field mapping, the defaults from flags, and one
lazily created Fetcher (so per-host delays and robots.txt are shared across the whole call).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from corroborator.errors import IngestError
from corroborator.ingest.article import Meta
from corroborator.ingest.decode import check_size
from corroborator.ingest.feeds import (
    FeedState,
    conditional_headers,
    entry_items,
    next_state,
    parse_opml,
)
from corroborator.ingest.fetch import Fetcher, FetchPolicy, FetchResult
from corroborator.model import Article, Skipped
from corroborator.settings import Settings

Item = Article | Skipped


@dataclass
class Context:
    settings: Settings
    fields: Mapping[str, str] = field(default_factory=dict)
    defaults: Meta = field(default_factory=Meta)
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    _fetcher: Fetcher | None = field(default=None, init=False, repr=False)

    @classmethod
    def build(
        cls,
        settings: Settings,
        *,
        fields: Mapping[str, str] | None = None,
        defaults: Meta | None = None,
        policy: FetchPolicy | None = None,
        allow_private: bool = False,
    ) -> Context:
        policy = policy or FetchPolicy()
        # the size limit is the Settings one; --allow-private can only widen, never narrow
        policy = replace(
            policy,
            max_bytes=settings.max_bytes,
            allow_private=policy.allow_private or allow_private,
        )
        return cls(settings, dict(fields or {}), defaults or Meta(), policy)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.policy)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    def fetch_ok(self, url: str, headers: dict[str, str] | None = None) -> FetchResult:
        """GET and insist on 200 (304 is returned too: the caller asked for it)."""
        result = self.fetcher.get(url, headers=headers)
        if result.status not in (200, 304):
            raise IngestError(f"HTTP {result.status}", url=url)
        return result

    def fetch_page(self, url: str) -> tuple[bytes, str]:
        result = self.fetch_ok(url)
        return result.content, result.url

    def read_url(self, url: str) -> Iterator[Item]:
        return read_url(self, url)


# --------------------------------------------------------------------------------------------
# Sources by kind
# --------------------------------------------------------------------------------------------

STDIN_SOURCE = "<stdin>"
GZIP_MAGIC = b"\x1f\x8b"  # how gzip data starts: stdin has no ".gz" name to say it
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+xml",
    }
)
OPML_TYPES = frozenset({"text/x-opml", "application/opml+xml", "text/opml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
SNIFF_TYPES = frozenset({"", "application/octet-stream"})
# Tables of articles published at an address (a data set's CSV or JSONL dump), by content type.
RECORD_TYPES = {
    "text/csv": "csv",
    "application/csv": "csv",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
}
# A gzipped file served as such (not as Content-Encoding): its format is the address's ending
# without ".gz" (page.html.gz), else guessed from the text, as for stdin.
GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip"})


_OTHER_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")


def _skip(source: str, exc: IngestError) -> Skipped:
    return Skipped(source, f"{source}: {exc.message}")


def read_url(ctx: Context, url: str) -> Iterator[Item]:
    """One URL: an HTML page, a feed (its entries), an OPML list (its feeds), a table of
    articles (CSV, JSON, JSONL), a gzipped file of any of these, or plain text."""
    from corroborator.ingest.files import html_article, read_bytes_as

    try:
        result = ctx.fetch_ok(url)
    except IngestError as exc:
        yield _skip(url, exc)
        return
    ctype = result.content_type
    is_opml = ctype in OPML_TYPES or urlsplit(result.url).path.lower().endswith(".opml")
    if ctype in HTML_TYPES:
        try:
            yield html_article(
                result.content,
                result.url,
                Meta(),
                url,
                defaults=ctx.defaults,
                content_type=result.headers.get("content-type"),
            )
        except IngestError as exc:
            yield _skip(url, exc)
    elif is_opml:
        yield from read_bytes_as(result.content, "opml", source=url, given=Meta(), ctx=ctx)
    elif ctype in FEED_TYPES:
        yield from read_bytes_as(result.content, "feed", source=url, given=Meta(), ctx=ctx)
    elif ctype in TEXT_TYPES or ctype in SNIFF_TYPES:
        fmt = "txt" if ctype in TEXT_TYPES else None
        yield from read_bytes_as(
            result.content, fmt, source=url, given=Meta(url=result.url), ctx=ctx, url=result.url
        )
    elif ctype in RECORD_TYPES:
        yield from read_bytes_as(
            result.content, RECORD_TYPES[ctype], source=url, given=Meta(), ctx=ctx
        )
    elif ctype in GZIP_TYPES:
        yield from _read_gzipped_url(ctx, url, result.url, result.content)
    else:
        yield Skipped(url, f"{url}: unsupported content type {ctype!r}")


def _read_gzipped_url(ctx: Context, url: str, final_url: str, content: bytes) -> Iterator[Item]:
    from corroborator.ingest.files import format_of, gunzip_capped, read_bytes_as

    try:
        raw = gunzip_capped(content, ctx.settings.max_bytes, source=url)
    except IngestError as exc:
        yield _skip(url, exc)
        return
    path = urlsplit(final_url).path
    fmt = format_of(path[:-3]) if path.lower().endswith(".gz") else None
    given = Meta() if fmt in RECORD_TYPES.values() else Meta(url=final_url)
    yield from read_bytes_as(raw, fmt, source=url, given=given, ctx=ctx, url=final_url)


def read_source(ctx: Context, source: str | Path, stdin: BinaryIO | None) -> Iterator[Item]:
    from corroborator.ingest.files import (
        SIDECAR_NAME,
        gunzip_capped,
        read_bytes_as,
        read_file,
        read_folder,
        sidecar_for,
    )

    name = str(source)
    if name == "-":
        try:
            stream = stdin or sys.stdin.buffer
            raw = stream.read(ctx.settings.max_bytes + 1)
            check_size(len(raw), ctx.settings.max_bytes, source=STDIN_SOURCE)
            if raw.startswith(GZIP_MAGIC):
                raw = gunzip_capped(raw, ctx.settings.max_bytes, source=STDIN_SOURCE)
        except IngestError as exc:
            yield _skip(STDIN_SOURCE, exc)
            return
        yield from read_bytes_as(raw, None, source=STDIN_SOURCE, given=Meta(), ctx=ctx)
        return
    if name.startswith(("http://", "https://")):
        yield from read_url(ctx, name)
        return
    scheme = _OTHER_SCHEME.match(name)
    if scheme:
        yield Skipped(name, f"{name}: unsupported URL scheme {scheme.group(1)!r}; only http(s)")
        return
    path = Path(source)
    if path.is_dir():
        yield from read_folder(path, ctx=ctx)
    elif path.is_file():
        if path.name == SIDECAR_NAME:
            yield Skipped(
                name, f"{name}: a metadata sidecar, not an article; pass its folder instead"
            )
            return
        yield from read_file(path, ctx=ctx, given=sidecar_for(path).get(path.resolve(), Meta()))
    elif path.exists():
        yield Skipped(name, f"{name}: not a regular file or folder")
    else:
        yield Skipped(name, f"{name}: no such file or folder")


# --------------------------------------------------------------------------------------------
# Feeds, polled with conditional GET
# --------------------------------------------------------------------------------------------


def feed_urls(ctx: Context, source: str) -> tuple[list[str], list[Skipped]]:
    """Expand an OPML list (file or URL) into its feed URLs; a feed stays itself."""
    path = Path(source)
    is_url = source.startswith(("http://", "https://"))
    if not is_url and path.is_file() and path.name.lower().endswith(".opml"):
        try:
            raw = path.read_bytes()
            return parse_opml(raw, source=source), []
        except OSError as exc:
            return [], [Skipped(source, f"{source}: cannot read ({exc.strerror or exc})")]
        except IngestError as exc:
            return [], [_skip(source, exc)]
    if is_url and urlsplit(source).path.lower().endswith(".opml"):
        try:
            result = ctx.fetch_ok(source)
            return parse_opml(result.content, source=source), []
        except IngestError as exc:
            return [], [_skip(source, exc)]
    return [source], []


def poll_feed(ctx: Context, source: str, state: FeedState) -> tuple[list[Item], FeedState]:
    from corroborator.ingest.files import html_article

    def page(raw: bytes, url: str, given: Meta, where: str) -> Article:
        return html_article(raw, url, given, where, defaults=ctx.defaults)

    is_url = source.startswith(("http://", "https://"))
    headers: Mapping[str, str] = {}
    try:
        if is_url:
            result = ctx.fetch_ok(source, headers=conditional_headers(state))
            if result.status == 304:
                return [], state
            raw, headers = result.content, result.headers
        else:
            path = Path(source)
            check_size(path.stat().st_size, ctx.settings.max_bytes, source=source)
            raw = path.read_bytes()
        items, keys = entry_items(
            raw,
            source=source,
            defaults=ctx.defaults,
            fetch_page=ctx.fetch_page,
            page_article=page,
            skip_keys=frozenset(state.seen),
        )
    except IngestError as exc:
        return [_skip(source, exc)], state
    except OSError as exc:
        return [Skipped(source, f"{source}: cannot read ({exc.strerror or exc})")], state
    return items, next_state(state, headers, keys)
