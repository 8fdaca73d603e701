"""WARC files (Common Crawl CC-NEWS style): HTML responses become articles.

The file is streamed record by record (a CC-NEWS WARC is about a gigabyte), so the size limit
applies to each record's body, not to the file. Request, metadata and warcinfo records are not
content and are passed over; a response that is not a 200 HTML page is recorded as Skipped.
The record's WARC-Date is the fetch date: it is noted on the article, and used as the
publication date only when the page itself gives none (said so in a note).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from corroborator.errors import IngestError
from corroborator.ingest.article import DATE_UNKNOWN_NOTE, Meta, normalise_date
from corroborator.ingest.decode import check_size
from corroborator.model import Article, Skipped

HTML_TYPES = ("text/html", "application/xhtml+xml")

# page_article(raw, url, given meta, source) -> Article, or raises IngestError
PageReader = Callable[[bytes, str, Meta, str], Article]


# Compressed bytes read to find the version line: a deflate stream may need a few hundred bytes
# before it yields its first output, so a short read of a gzipped WARC decompresses to nothing.
WARC_SNIFF_BYTES = 8192


def _looks_like_warc(fh: BinaryIO) -> bool:
    """Does the stream start with a WARC version line (inside gzip or not)? Rewinds it."""
    head = fh.read(WARC_SNIFF_BYTES)
    fh.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def read_warc(
    path: Path, *, source: str, max_bytes: int, given: Meta, page_article: PageReader
) -> Iterator[Article | Skipped]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Skipped(source, f"{source}: cannot read ({exc.strerror or exc})")
        return
    with fh:
        if not _looks_like_warc(fh):
            yield Skipped(source, f"{source}: not a readable WARC file (no WARC/1.x header)")
            return
        records = ArchiveIterator(fh)
        try:
            for record in records:
                if record.rec_type != "response":
                    continue
                # warcio reads the record to its end to know its offset: body first
                body = record.content_stream().read(max_bytes + 1)
                where = f"{source}@{records.get_record_offset()}"
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                fetched = record.rec_headers.get_header("WARC-Date") or ""
                status = record.http_headers.get_statuscode() if record.http_headers else None
                ctype = (
                    record.http_headers.get_header("Content-Type", "")
                    if record.http_headers
                    else ""
                )
                ctype = ctype.split(";")[0].strip().lower()
                if status != "200":
                    yield Skipped(where, f"{where}: {url}: HTTP {status}, not a page")
                    continue
                if ctype not in HTML_TYPES:
                    yield Skipped(where, f"{where}: {url}: {ctype or 'no content type'}, not HTML")
                    continue
                try:
                    check_size(len(body), max_bytes, source=where)
                    article = page_article(body, url, given, where)
                except IngestError as exc:
                    yield Skipped(where, f"{where}: {url}: {exc.message}")
                    continue
                fetch_day = normalise_date(fetched)
                if fetch_day:
                    article.notes.append(f"fetched {fetched} (WARC-Date)")
                    if article.published is None:
                        article.published = fetch_day
                        article.notes = [n for n in article.notes if n != DATE_UNKNOWN_NOTE]
                        article.notes.append(
                            f"page gives no publication date; using the fetch date {fetch_day}"
                        )
                article.raw_format = "warc"
                yield article
        except ArchiveLoadFailed as exc:
            yield Skipped(source, f"{source}: not a readable WARC file ({exc.msg})")
