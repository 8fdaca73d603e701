"""Local sources: files, folders (recursive, with ``sources.csv`` sidecars) and stdin.

Folder rules (documented here because they decide what counts as an article):

* files are visited in sorted relative-path order; hidden files and folders (name starting
  with ``.``) are ignored, and symlinked folders are not followed;
* a folder's ``sources.csv`` is metadata (columns ``file,outlet,url,published,title``; empty
  cell = unknown; separated by commas, or by ";" or tabs when its header line has no comma,
  as for CSV articles), not an article: its rows apply to the named files, a deeper sidecar
  wins;
* a folder's ``README`` (``README.md``, ``README.txt``, …) documents the folder and is passed
  over like the sidecar. Passed by name, it is ingested like any other file;
* a file name may carry the outlet and date, as newsroom exports and scrapers name files:
  ``nyt_2016-09-12_slug.txt`` (outlet first) or ``2016-09-12_nyt_slug.txt`` (date first). They
  fill in only what nothing else said: the document's own metadata, a ``sources.csv`` row, a
  ``date`` line and the ``--outlet``/``--published`` flags all win. Every field so read gets a
  note on the article (``NAME_NOTE``) that the CLI reports, so no reading goes unsaid;
* a folder holding Corroborator's dossiers (marked by a ``.corroborator-dossiers`` file, which
  ``run --out`` writes) is passed over with everything in it, as are the configured archive
  and dossier folder: an earlier run's output is not news.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from corroborator.errors import IngestError
from corroborator.ingest.article import (
    DATE_UNKNOWN_NOTE,
    Meta,
    build_article,
    merge_meta,
    normalise_date,
)
from corroborator.ingest.decode import check_size, declared_charset, decode_bytes, decode_lines
from corroborator.ingest.feeds import entry_items, parse_opml
from corroborator.ingest.html import extract_page
from corroborator.ingest.warc import read_warc
from corroborator.model import Article, Skipped

if TYPE_CHECKING:
    from corroborator.ingest.reader import Context

SIDECAR_NAME = "sources.csv"
SIDECAR_COLUMNS = ("file", "outlet", "url", "published", "title")
README_STEMS = frozenset({"readme"})
DOSSIER_MARKER = ".corroborator-dossiers"  # written into every folder that dossiers go to

# File name endings to formats, longest first so ".warc.gz" wins over ".gz".
SUFFIX_FORMATS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".txt", "txt"),
    (".text", "txt"),
    (".md", "md"),
    (".markdown", "md"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".jsonl", "jsonl"),
    (".json", "json"),
    (".ndjson", "jsonl"),
    (".csv", "csv"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "feed"),
    (".opml", "opml"),
)

# The article fields a JSONL/CSV record may carry; --field maps them to the record's keys.
RECORD_FIELDS = ("text", "title", "url", "outlet", "published", "language")

# Spreadsheets saved in many European locales separate columns with ";", and some exports with
# tabs: a header line without a comma but with one of these says which the file uses.
OTHER_CSV_DELIMITERS = (";", "\t")


def csv_delimiter(text: str) -> str:
    """The column separator of a CSV text, read from its header line (a comma unless the header
    has none and has a semicolon or a tab)."""
    header = text.split("\n", 1)[0]
    if "," in header:
        return ","
    return next((d for d in OTHER_CSV_DELIMITERS if d in header), ",")


Item = Article | Skipped


def format_of(name: str) -> str | None:
    lower = name.lower()
    for suffix, fmt in SUFFIX_FORMATS:
        if lower.endswith(suffix):
            return fmt
    return None


def sniff_format(text: str) -> str:
    """Guess the format of unnamed input (stdin): JSONL, HTML, feed, or plain text."""
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<"):
        if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
            return "feed"
        if "<opml" in head:
            return "opml"
        return "html"
    return "txt"


# --------------------------------------------------------------------------------------------
# Markdown: headings and links become plain text (the raw bytes keep the original).
# --------------------------------------------------------------------------------------------

MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)  # "# Headline"
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")  # "[text](url)"


def markdown_to_text(text: str) -> str:
    return MD_LINK.sub(r"\1", MD_HEADING.sub(r"\1", text))


# --------------------------------------------------------------------------------------------
# Records (JSONL / CSV)
# --------------------------------------------------------------------------------------------


def _record_meta(
    record: Mapping[str, object], fields: Mapping[str, str], where: str
) -> tuple[str, Meta]:
    key = fields.get("text", "text")
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        keys = ", ".join(sorted(map(str, record))) or "none"
        what = "empty" if isinstance(value, str) else "missing" if value is None else "not a string"
        # an empty text is the record's, not a wrong mapping's: only a missing one gets the hint
        hint = "" if what == "empty" else "; pass --field text=KEY"
        raise IngestError(f"{where}: text field {key!r} {what} (keys: {keys}){hint}", source=where)
    meta = {}
    for name in RECORD_FIELDS[1:]:
        got = record.get(fields.get(name, name))
        meta[name] = None if got is None else str(got)
    return value, Meta(**meta)


def _record_item(
    record: object,
    where: str,
    raw: bytes,
    raw_format: str,
    *,
    fields: Mapping[str, str],
    defaults: Meta,
    notes: list[str],
) -> Item:
    """One JSONL line, JSON object or CSV row as an article, or a Skipped saying why not."""
    if not isinstance(record, dict):
        return Skipped(where, f"{where}: not a JSON object ({type(record).__name__})")
    try:
        body, meta = _record_meta(record, fields, where)
        return build_article(
            body,
            source=where,
            raw=raw,
            raw_format=raw_format,
            given=meta,
            defaults=defaults,
            notes=notes,
        )
    except IngestError as exc:
        return Skipped(where, _reason(exc, where))


def read_jsonl(
    raw: bytes,
    text: str,
    *,
    source: str,
    fields: Mapping[str, str],
    defaults: Meta,
    notes: list[str],
) -> Iterator[Item]:
    lines = raw.split(b"\n")
    decoded = text.split("\n")
    if len(lines) != len(decoded):  # decoded from a legacy encoding: keep line bytes per text
        lines = [line.encode("utf-8") for line in decoded]
    for n, (line_raw, line) in enumerate(zip(lines, decoded, strict=True), start=1):
        where = f"{source}:{n}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(
                where, f"{where}: invalid JSON ({_json_problem(exc, f'column {exc.colno}')})"
            )
            continue
        yield _record_item(
            record,
            where,
            line_raw.rstrip(b"\r"),
            "jsonl",
            fields=fields,
            defaults=defaults,
            notes=notes,
        )


def read_json(
    raw: bytes,
    text: str,
    *,
    source: str,
    fields: Mapping[str, str],
    defaults: Meta,
    notes: list[str],
) -> Iterator[Item]:
    """A JSON file: one record (an object) or many (an array of objects, or an object that
    wraps one, see ``_wrapped_records``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skipped(
            source, f"{source}: invalid JSON ({_json_problem(exc, f'line {exc.lineno}')})"
        )
        return
    prefix = source
    wrapped = _wrapped_records(data, fields)
    if wrapped is not None:
        key, data = wrapped
        prefix = f"{source}[{key}]"
    records = data if isinstance(data, list) else [data]
    many = isinstance(data, list)
    for n, record in enumerate(records):
        where = f"{prefix}[{n}]" if many else source
        item_raw = (
            json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8") if many else raw
        )
        yield _record_item(
            record, where, item_raw, "json", fields=fields, defaults=defaults, notes=notes
        )


def _wrapped_records(data: object, fields: Mapping[str, str]) -> tuple[str, list] | None:
    """(key, records) of a JSON object that wraps its records, as news APIs and data set dumps
    do ({"status": "ok", "articles": [{...}, ...]}): an object without the text field holding
    exactly one list of objects. None for anything else."""
    if not isinstance(data, dict) or fields.get("text", "text") in data:
        return None
    lists = [
        (str(key), value)
        for key, value in data.items()
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
    ]
    return lists[0] if len(lists) == 1 else None


def read_csv_records(
    raw: bytes,
    text: str,
    *,
    source: str,
    fields: Mapping[str, str],
    defaults: Meta,
    notes: list[str],
) -> Iterator[Item]:
    # strict: a quote never closed is an error, not a row that swallows the rest of the file
    reader = csv.DictReader(
        io.StringIO(text, newline=""), delimiter=csv_delimiter(text), strict=True
    )
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        yield Skipped(source, f"{source}:1: malformed CSV header ({exc})")
        return
    if not header:
        yield Skipped(source, f"{source}: CSV without a header row")
        return
    text_key = fields.get("text", "text")
    if text_key not in header:
        cols = ", ".join(header)
        yield Skipped(
            source, f"{source}: no {text_key!r} column (columns: {cols}); pass --field text=COLUMN"
        )
        return
    first_line = reader.line_num + 1  # rows are named by the line they start on
    try:
        for row in reader:
            where = f"{source}:{first_line}"
            first_line = reader.line_num + 1
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            row_raw = _csv_row_bytes(header, row)
            yield _record_item(
                row, where, row_raw, "csv", fields=fields, defaults=defaults, notes=notes
            )
    except csv.Error as exc:
        where = f"{source}:{first_line}"
        yield Skipped(where, f"{where}: malformed CSV ({exc}); the rest of the file was not read")


def _csv_row_bytes(header: list[str] | tuple[str, ...], row: Mapping[str, object]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerow(["" if row.get(h) is None else row.get(h) for h in header])
    return out.getvalue().encode("utf-8")


RECORD_READERS = {"jsonl": read_jsonl, "json": read_json, "csv": read_csv_records}

# --------------------------------------------------------------------------------------------
# One input
# --------------------------------------------------------------------------------------------


def _reason(exc: IngestError, source: str) -> str:
    msg = exc.message
    return msg if msg.startswith(source) else f"{source}: {msg}"


def html_article(
    raw: bytes,
    url: str | None,
    given: Meta,
    source: str,
    *,
    defaults: Meta | None = None,
    notes: list[str] | None = None,
    text: str | None = None,
    content_type: str | None = None,
) -> Article:
    """An HTML page to an Article: trafilatura's main text and metadata, then our cleaning.

    ``given`` (sidecar row, feed entry) beats the page's own metadata. Raises IngestError.
    """
    notes = list(notes or [])
    defaults = defaults or Meta()
    if text is None:
        text, decode_notes = decode_bytes(
            raw, source=source, declared=declared_charset(raw, content_type)
        )
        notes.extend(decode_notes)
    page = extract_page(text, url=given.url or url, source=source)
    page_meta = Meta(
        title=page.title,
        url=page.url or url,
        outlet=page.sitename,
        published=page.date,
        language=page.language,
    )
    if page.author:
        notes.append(f"byline: {page.author}")
    # one paragraph per line from trafilatura; blank-line separated like plain text
    return build_article(
        page.text.replace("\n", "\n\n"),
        source=source,
        raw=raw,
        raw_format="html",
        given=merge_meta(given, page_meta),
        defaults=defaults,
        notes=notes,
    )


def read_bytes_as(
    raw: bytes,
    fmt: str | None,
    *,
    source: str,
    given: Meta,
    ctx: Context,
    url: str | None = None,
) -> Iterator[Item]:
    """Turn the bytes of one input into articles (several for JSONL/CSV/feeds) or Skipped."""
    try:
        # a declared charset is looked for in markup only, never in plain text
        if fmt in ("jsonl", "csv"):
            text, notes = decode_lines(raw, source=source)
        else:
            declared = declared_charset(raw) if fmt in (None, "html", "feed", "opml") else None
            text, notes = decode_bytes(raw, source=source, declared=declared)
    except IngestError as exc:
        yield Skipped(source, _reason(exc, source))
        return
    fmt = fmt or sniff_format(text)
    defaults = ctx.defaults
    try:
        if fmt in ("txt", "md"):
            body = markdown_to_text(text) if fmt == "md" else text
            yield build_article(
                body,
                source=source,
                raw=raw,
                raw_format=fmt,
                given=given,
                defaults=defaults,
                notes=notes,
            )
        elif fmt == "html":
            yield html_article(raw, url, given, source, defaults=defaults, notes=notes, text=text)
        elif fmt in RECORD_READERS:
            reader = RECORD_READERS[fmt]
            yield from reader(
                raw,
                text,
                source=source,
                fields=ctx.fields,
                defaults=merge_meta(given, defaults),
                notes=notes,
            )
        elif fmt == "feed":
            items, _ = entry_items(
                raw,
                source=source,
                defaults=merge_meta(given, defaults),
                fetch_page=ctx.fetch_page,
                page_article=lambda r, u, g, s: html_article(r, u, g, s, defaults=defaults),
            )
            yield from items
        elif fmt == "opml":
            for feed_url in parse_opml(raw, source=source):
                yield from ctx.read_url(feed_url)
        else:
            yield Skipped(source, f"{source}: {fmt} input is not supported")
    except IngestError as exc:
        yield Skipped(source, _reason(exc, source))


def gunzip_capped(data: bytes, limit: int, *, source: str) -> bytes:
    """Decompress gzip data, refusing (not truncating) output over ``limit`` bytes."""
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, limit + 1)
    except zlib.error as exc:
        raise IngestError(f"corrupt gzip data ({exc})", source=source) from exc
    if len(out) > limit:
        raise IngestError(
            f"too large: decompresses to more than the limit of {limit:,} bytes; "
            "raise max_bytes in corroborator.toml to ingest it",
            source=source,
        )
    if not decomp.eof:
        raise IngestError("truncated gzip data", source=source)
    return out


def read_file(
    path: Path, *, ctx: Context, given: Meta, source: str | None = None
) -> Iterator[Item]:
    source = source or str(path)
    gzipped = path.name.lower().endswith(".gz") and format_of(path.name) != "warc"
    fmt = format_of(path.name[:-3] if gzipped else path.name)
    if fmt is None:
        known = ", ".join(s for s, _ in SUFFIX_FORMATS) + " (each also gzipped, .gz)"
        yield Skipped(source, f"{source}: unsupported file type; supported endings: {known}")
        return
    if fmt == "warc":  # streamed record by record; the size limit applies per record
        yield from read_warc(
            path,
            source=source,
            max_bytes=ctx.settings.max_bytes,
            given=given,
            page_article=lambda r, u, g, s: html_article(r, u, g, s, defaults=ctx.defaults),
        )
        return
    limit = ctx.settings.max_bytes
    try:
        check_size(path.stat().st_size, limit, source=source)
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
        check_size(len(raw), limit, source=source)
        if gzipped:
            raw = gunzip_capped(raw, limit, source=source)
    except IngestError as exc:
        yield Skipped(source, _reason(exc, source))
        return
    except OSError as exc:
        yield Skipped(source, f"{source}: cannot read ({exc.strerror or exc})")
        return
    for item in read_bytes_as(raw, fmt, source=source, given=given, ctx=ctx):
        if isinstance(item, Article) and fmt in NAME_FORMATS:
            fill_from_name(item, path.name)
        yield item


# --------------------------------------------------------------------------------------------
# Metadata from file names
# --------------------------------------------------------------------------------------------

# An outlet as it appears in a file name: a word of letters, digits, dots, dashes ("nyt",
# "huff-post", "bbc.co.uk"), starting with a letter so a number is never taken for an outlet.
_NAME_OUTLET = r"(?P<outlet>[A-Za-z][A-Za-z0-9.&-]*)"
_NAME_DATE = r"(?P<date>\d{4}-\d{2}-\d{2})"
# How folders of saved news name their files: "outlet_YYYY-MM-DD[_slug]" (exports, scrapers)
# and "YYYY-MM-DD_outlet_slug" (date first, so a listing sorts by day). Date first needs the
# slug: in "2016-09-12_interview" the word after the date may be a slug, not an outlet.
NAME_PATTERNS = (
    ("outlet_YYYY-MM-DD_slug", re.compile(rf"{_NAME_OUTLET}_{_NAME_DATE}(?:_.*)?")),
    ("YYYY-MM-DD_outlet_slug", re.compile(rf"{_NAME_DATE}_{_NAME_OUTLET}_.+")),
)
# The note on an article each field read from its file name gets; the CLI counts these.
NAME_NOTE = "read from the file name"
NAME_FORMATS = frozenset({"txt", "md", "html"})  # one article per file: its name describes it


def name_meta(name: str) -> tuple[str, Meta] | None:
    """The outlet and date a file name gives (with the pattern's name), or None.

    >>> name_meta("nyt_2016-09-12_stealth-over-health.txt")[1].outlet
    'nyt'
    """
    stem = name[:-3] if name.lower().endswith(".gz") else name
    suffix = next((s for s, _ in SUFFIX_FORMATS if stem.lower().endswith(s)), None)
    if suffix is None:
        return None
    stem = stem[: -len(suffix)]
    for pattern, regex in NAME_PATTERNS:
        match = regex.fullmatch(stem)
        if match and normalise_date(match["date"]) == match["date"]:
            return pattern, Meta(outlet=match["outlet"], published=match["date"])
    return None


def fill_from_name(article: Article, name: str) -> None:
    """Fill the outlet and date ``article`` still lacks from its file name, with a note for
    each; a date the name gives that differs from the one kept is noted, not used."""
    read = name_meta(name)
    if read is None:
        return
    pattern, meta = read
    if article.outlet is None:
        article.outlet = meta.outlet
        article.notes.append(f"outlet {meta.outlet!r} {NAME_NOTE} ({pattern})")
    if article.published is None:
        article.published = meta.published
        article.notes = [n for n in article.notes if n != DATE_UNKNOWN_NOTE]
        article.notes.append(f"published {meta.published} {NAME_NOTE} ({pattern})")
    elif article.published != meta.published:
        article.notes.append(
            f"the file name says {meta.published} but the article's metadata says "
            f"{article.published}; kept {article.published}"
        )


# --------------------------------------------------------------------------------------------
# Sidecars and folders
# --------------------------------------------------------------------------------------------


def _own_outputs(ctx: Context) -> tuple[set[Path], Path]:
    """Corroborator's own files: the archive (with its WAL files) and the dossier folder, so
    that `corroborator run .` never reads what an earlier run wrote."""
    db = Path(ctx.settings.db).resolve()
    archive = {db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")}
    return archive, Path(ctx.settings.out_dir).resolve()


def _is_own_output(path: Path, own: tuple[set[Path], Path]) -> bool:
    archive, out_dir = own
    resolved = path.resolve()
    return resolved in archive or out_dir in resolved.parents


def read_sidecar(path: Path) -> tuple[dict[Path, Meta], list[Skipped]]:
    """Rows of a ``sources.csv`` keyed by the resolved path of the file they describe."""
    out: dict[Path, Meta] = {}
    problems: list[Skipped] = []
    source = str(path)
    try:
        text, _ = decode_bytes(path.read_bytes(), source=source)
    except (OSError, IngestError) as exc:
        reason = exc.message if isinstance(exc, IngestError) else str(exc)
        return out, [Skipped(source, f"{source}: sidecar unreadable ({reason})")]
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        problems.append(
            Skipped(
                source,
                f"{source}: sidecar without a 'file' column; expected columns "
                f"{','.join(SIDECAR_COLUMNS)}",
            )
        )
        return out, problems
    for row in reader:
        name = (row.get("file") or "").strip()
        if not name:
            continue
        target = (path.parent / name).resolve()
        if not target.exists():
            where = f"{source}:{reader.line_num}"
            problems.append(Skipped(where, f"{where}: sidecar row names {name!r}, not found"))
            continue
        out[target] = Meta(
            title=row.get("title"),
            url=row.get("url"),
            outlet=row.get("outlet"),
            published=row.get("published"),
        )
    return out, problems


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _json_problem(exc: json.JSONDecodeError, where: str) -> str:
    """The parser's complaint and where it is: some of its messages end in "at" already
    ("Unterminated string starting at"), the others get it."""
    return f"{exc.msg} {where}" if exc.msg.endswith(" at") else f"{exc.msg} at {where}"


def walk_folder(folder: Path) -> list[Path]:
    """All non-hidden files under ``folder`` in sorted relative-path order; no symlinked dirs,
    no dossier folders."""
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        if DOSSIER_MARKER in files:
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        base = Path(root)
        for name in files:
            if not _hidden(name):
                path = base / name
                found.append((path.relative_to(folder).as_posix(), path))
    return [p for _, p in sorted(found)]


def sidecar_for(path: Path) -> dict[Path, Meta]:
    sidecar = path.parent / SIDECAR_NAME
    if sidecar.is_file() and path.name != SIDECAR_NAME:
        return read_sidecar(sidecar)[0]
    return {}


def read_folder(folder: Path, *, ctx: Context) -> Iterator[Item]:
    own = _own_outputs(ctx)
    files = [p for p in walk_folder(folder) if not _is_own_output(p, own)]
    sidecars = sorted((p for p in files if p.name == SIDECAR_NAME), key=lambda p: len(p.parts))
    meta: dict[Path, Meta] = {}
    for sidecar in sidecars:  # shallow first, so a deeper sidecar wins
        rows, problems = read_sidecar(sidecar)
        meta.update(rows)
        yield from problems
    for path in files:
        if path.name == SIDECAR_NAME:
            continue  # metadata, read above
        if path.name.split(".")[0].lower() in README_STEMS:
            continue  # a folder's README documents the folder (pass it by name to ingest it)
        yield from read_file(path, ctx=ctx, given=meta.get(path.resolve(), Meta()))
