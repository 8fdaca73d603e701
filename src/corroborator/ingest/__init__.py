"""Ingest: any source to :class:`~corroborator.model.Article` objects, and Skipped records.

Pure: reads files, stdin, URLs and feeds, never writes the archive. Every bad input becomes a
:class:`~corroborator.model.Skipped` with one clear reason; the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from corroborator.errors import IngestError
from corroborator.ingest.article import IngestBatch, Meta, article_id
from corroborator.ingest.dedupe import SyndicationIndex, assign_syndication
from corroborator.ingest.feeds import FeedState
from corroborator.ingest.fetch import USER_AGENT, Fetcher, FetchPolicy
from corroborator.ingest.files import RECORD_FIELDS
from corroborator.ingest.reader import Context, Item, feed_urls, poll_feed, read_source
from corroborator.model import Article, Skipped
from corroborator.settings import Settings

__all__ = [
    "USER_AGENT",
    "FeedState",
    "FetchPolicy",
    "Fetcher",
    "IngestBatch",
    "SyndicationIndex",
    "article_id",
    "assign_syndication",
    "iter_sources",
    "poll_feeds",
    "read_sources",
]


def _check_fields(fields: Mapping[str, str] | None) -> dict[str, str]:
    fields = dict(fields or {})
    unknown = sorted(set(fields) - set(RECORD_FIELDS))
    if unknown:
        raise IngestError(
            f"unknown --field name(s): {', '.join(unknown)}; known: {', '.join(RECORD_FIELDS)}"
        )
    return fields


def _collect(items: Iterable[Item], batch: IngestBatch) -> None:
    for item in items:
        if isinstance(item, Article):
            batch.articles.append(item)
        else:
            batch.skipped.append(item)


def iter_sources(
    sources: Sequence[str | Path],
    settings: Settings,
    *,
    fields: Mapping[str, str] | None = None,
    published: str | None = None,
    outlet: str | None = None,
    allow_private: bool = False,
    stdin: BinaryIO | None = None,
    policy: FetchPolicy | None = None,
) -> Iterator[Article | Skipped]:
    """Like :func:`read_sources`, one item at a time (for progress bars and big WARC files).

    The same items in the same order as ``read_sources``; raises IngestError on the first
    ``next()`` for a bad call.
    """
    ctx = Context.build(
        settings,
        fields=_check_fields(fields),
        defaults=Meta(published=published, outlet=outlet),
        policy=policy,
        allow_private=allow_private,
    )
    try:
        for source in sources:
            yield from read_source(ctx, source, stdin)
    finally:
        ctx.close()


def read_sources(
    sources: Sequence[str | Path],
    settings: Settings,
    *,
    fields: Mapping[str, str] | None = None,
    published: str | None = None,
    outlet: str | None = None,
    allow_private: bool = False,
    stdin: BinaryIO | None = None,
    policy: FetchPolicy | None = None,
) -> IngestBatch:
    """Read files, folders (recursive), ``-`` (stdin), URLs, feeds, OPML and WARC files.

    ``fields`` maps article fields to record keys for JSONL/CSV (``{"text": "body"}``).
    ``published`` and ``outlet`` fill in what an input does not say itself (the document's
    own metadata, a ``sources.csv`` row or a ``date`` line win). URLs are fetched under
    ``policy`` (timeouts, size cap, robots.txt, politeness; private addresses refused unless
    ``allow_private``). Articles come out in a deterministic order (sources as given; sorted
    paths inside folders; file/feed order inside). The same clean text read twice comes out
    twice, with the same id and each with its own source and metadata: archiving stores it once
    and records every place it was seen. Raises IngestError only for a bad call (an unknown
    ``fields`` name); every bad input becomes a Skipped.
    """
    _check_fields(fields)  # a bad call raises here, before any reading
    batch = IngestBatch()
    _collect(
        iter_sources(
            sources,
            settings,
            fields=fields,
            published=published,
            outlet=outlet,
            allow_private=allow_private,
            stdin=stdin,
            policy=policy,
        ),
        batch,
    )
    return batch


def poll_feeds(
    feed_sources: Sequence[str],
    states: Mapping[str, FeedState],
    settings: Settings,
    allow_private: bool = False,
    *,
    policy: FetchPolicy | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> tuple[IngestBatch, dict[str, FeedState]]:
    """Poll feeds (URLs or files; OPML lists expand to their feeds) with conditional GET.

    ``states`` maps a feed URL to what it said last time; entries already seen are not read
    again, a 304 answer costs nothing. Returns the new articles and the updated states (every
    state passed in, plus one per polled feed), ready to persist for the next poll.
    """
    ctx = Context.build(
        settings,
        defaults=Meta(published=published, outlet=outlet),
        policy=policy,
        allow_private=allow_private,
    )
    batch = IngestBatch()
    new_states = dict(states)
    try:
        for source in feed_sources:
            urls, problems = feed_urls(ctx, str(source))
            batch.skipped.extend(problems)
            for url in urls:
                items, state = poll_feed(ctx, url, new_states.get(url) or FeedState(url))
                new_states[url] = state
                _collect(items, batch)
    finally:
        ctx.close()
    return batch, new_states
