"""Ingest: any source to :class:`~corroborator.model.Article` objects, and Skipped records.

Pure: reads files, stdin, URLs and feeds, never writes the archive. Every bad input becomes a
:class:`~corroborator.model.Skipped` with one clear reason; the batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from corroborator.errors import IngestError
from corroborator.ingest.article import IngestBatch, Meta, article_id
from corroborator.ingest.decode import check_size
from corroborator.ingest.files import (
    RECORD_FIELDS,
    SIDECAR_NAME,
    Item,
    read_bytes_as,
    read_file,
    read_folder,
    sidecar_for,
)
from corroborator.model import Article, Skipped
from corroborator.settings import Settings

__all__ = ["IngestBatch", "article_id", "read_sources"]

STDIN_SOURCE = "<stdin>"


def _check_fields(fields: Mapping[str, str] | None) -> dict[str, str]:
    fields = dict(fields or {})
    unknown = sorted(set(fields) - set(RECORD_FIELDS))
    if unknown:
        raise IngestError(
            f"unknown --field name(s): {', '.join(unknown)}; known: {', '.join(RECORD_FIELDS)}"
        )
    return fields


def _read_stdin(stream: BinaryIO, settings: Settings) -> bytes:
    raw = stream.read(settings.max_bytes + 1)
    check_size(len(raw), settings.max_bytes, source=STDIN_SOURCE)
    return raw


def _items(
    source: str | Path,
    settings: Settings,
    fields: Mapping[str, str],
    defaults: Meta,
    allow_private: bool,
    stdin: BinaryIO | None,
) -> Iterator[Item]:
    name = str(source)
    if name == "-":
        try:
            raw = _read_stdin(stdin or sys.stdin.buffer, settings)
        except IngestError as exc:
            yield Skipped(STDIN_SOURCE, f"{STDIN_SOURCE}: {exc.message}")
            return
        yield from read_bytes_as(
            raw, None, source=STDIN_SOURCE, given=Meta(), defaults=defaults, fields=fields
        )
        return
    if name.startswith(("http://", "https://")):
        yield Skipped(name, f"{name}: fetching URLs is not available yet")
        return
    path = Path(source)
    if path.is_dir():
        yield from read_folder(path, settings=settings, defaults=defaults, fields=fields)
    elif path.is_file():
        if path.name == SIDECAR_NAME:
            yield Skipped(
                name, f"{name}: a metadata sidecar, not an article; pass its folder instead"
            )
            return
        given = sidecar_for(path).get(path.resolve(), Meta())
        yield from read_file(path, settings=settings, given=given, defaults=defaults, fields=fields)
    elif path.exists():
        yield Skipped(name, f"{name}: not a regular file or folder")
    else:
        yield Skipped(name, f"{name}: no such file or folder")


def read_sources(
    sources: Sequence[str | Path],
    settings: Settings,
    *,
    fields: Mapping[str, str] | None = None,
    published: str | None = None,
    outlet: str | None = None,
    allow_private: bool = False,
    stdin: BinaryIO | None = None,
) -> IngestBatch:
    """Read files, folders (recursive), ``-`` (stdin), URLs, feeds, OPML and WARC files.

    ``fields`` maps article fields to record keys for JSONL/CSV (``{"text": "body"}``).
    ``published`` and ``outlet`` fill in what an input does not say itself (the document's
    own metadata, a ``sources.csv`` row or a ``date`` line win). Articles come out in a
    deterministic order (sources as given; sorted paths inside folders; file order inside
    files); an article whose clean text was already read in this batch is Skipped as a
    duplicate. Raises IngestError only for a bad call (an unknown ``fields`` name).
    """
    fields = _check_fields(fields)
    defaults = Meta(published=published, outlet=outlet)
    batch = IngestBatch()
    seen: dict[str, str] = {}
    for source in sources:
        for item in _items(source, settings, fields, defaults, allow_private, stdin):
            if isinstance(item, Article):
                first = seen.get(item.id)
                if first is not None:
                    batch.skipped.append(
                        Skipped(
                            item.source,
                            f"{item.source}: duplicate of {first} (same clean text, id {item.id})",
                        )
                    )
                    continue
                seen[item.id] = item.source
                batch.articles.append(item)
            else:
                batch.skipped.append(item)
    return batch
