"""Addresses that serve a table of articles (CSV, JSON, JSONL) or a gzipped file, and gzipped
data on stdin, are read as the same files on disk would be."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from corroborator.cli import app
from corroborator.ingest import FetchPolicy, read_sources
from corroborator.settings import Settings

SETTINGS = Settings(max_bytes=1_000_000)
POLICY = FetchPolicy(allow_private=True, delay=0.0)
FLOOD = "Heavy rain flooded the town on Sunday, officials said."
COURT = "The court ruled on Monday that the law stands, the judge said."
PAGE = f"""<html><head><title>Ruling</title>
<meta property="og:site_name" content="Courier"></head><body><article><h1>Ruling</h1>
<p>{COURT}</p><p>Lawyers for the city said they would appeal the decision next week.</p>
</article></body></html>"""


def test_a_csv_address_is_read_row_by_row(static_site: tuple[str, Path]) -> None:
    base, folder = static_site
    (folder / "articles.csv").write_text(f'text,outlet\n"{FLOOD}",Herald\n,Herald\n')
    batch = read_sources([f"{base}/articles.csv"], SETTINGS, policy=POLICY)  # text/csv
    (article,) = batch.articles
    assert article.text == FLOOD and article.outlet == "Herald"
    assert article.source == f"{base}/articles.csv:2"
    (skip,) = batch.skipped
    assert skip.reason.startswith(f"{base}/articles.csv:3: text field 'text' empty")


def test_a_json_address_is_read_record_by_record(static_site: tuple[str, Path]) -> None:
    base, folder = static_site
    (folder / "dump.json").write_text(json.dumps([{"text": COURT, "outlet": "Courier"}]))
    (article,) = read_sources([f"{base}/dump.json"], SETTINGS, policy=POLICY).articles
    assert article.text == COURT and article.outlet == "Courier"


def test_a_gzipped_page_address_is_read_as_the_page(static_site: tuple[str, Path]) -> None:
    base, folder = static_site
    (folder / "ruling.html.gz").write_bytes(gzip.compress(PAGE.encode()))  # application/gzip
    batch = read_sources([f"{base}/ruling.html.gz"], SETTINGS, policy=POLICY)
    assert batch.skipped == []
    (article,) = batch.articles
    assert COURT in article.text and article.outlet == "Courier" and article.raw_format == "html"


def test_a_gzipped_table_address_is_read_row_by_row(static_site: tuple[str, Path]) -> None:
    base, folder = static_site
    (folder / "rows.csv.gz").write_bytes(gzip.compress(f'text,outlet\n"{FLOOD}",Herald\n'.encode()))
    (article,) = read_sources([f"{base}/rows.csv.gz"], SETTINGS, policy=POLICY).articles
    assert article.text == FLOOD and article.url is None  # a row is not the file's address


def test_corrupt_gzip_at_an_address_is_named(static_site: tuple[str, Path]) -> None:
    base, folder = static_site
    (folder / "broken.txt.gz").write_bytes(b"\x1f\x8bnot really gzip")
    (skip,) = read_sources([f"{base}/broken.txt.gz"], SETTINGS, policy=POLICY).skipped
    assert skip.reason.startswith(f"{base}/broken.txt.gz: corrupt gzip data")


def test_gzipped_stdin_is_decompressed(tmp_path: Path) -> None:
    data = gzip.compress(PAGE.encode())
    result = CliRunner().invoke(app, ["ingest", "-", "--db", str(tmp_path / "a.db")], input=data)
    assert result.exit_code == 0, result.output
    assert "ingested 1" in result.output
    plain = CliRunner().invoke(
        app, ["ingest", "-", "--db", str(tmp_path / "a.db")], input=PAGE.encode()
    )
    assert "duplicate 1" in plain.output  # the same page, compressed or not
