"""CSV files saved with ";" or tab separators (spreadsheets in many European locales) are read
by the separator their header line uses; a header with a comma is always comma-separated."""

from __future__ import annotations

from pathlib import Path

from corroborator.ingest import read_sources
from corroborator.ingest.files import csv_delimiter
from corroborator.settings import Settings

SETTINGS = Settings()
COURT = "The court ruled on Monday that the law stands, the judge said."
FLOOD = "Heavy rain flooded the town on Sunday; officials said 40 homes were hit."


def test_a_semicolon_csv_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    rows = f'title;text;outlet;published\nRuling;"{COURT}";Courier;2024-05-06\n'
    path.write_bytes(b"\xef\xbb\xbf" + rows.encode("utf-8"))
    batch = read_sources([path], SETTINGS)
    assert batch.skipped == []
    (article,) = batch.articles
    assert article.text == COURT and article.outlet == "Courier"
    assert article.published == "2024-05-06" and article.title == "Ruling"


def test_a_tab_separated_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"text\toutlet\n{COURT}\tCourier\n", encoding="utf-8")
    (article,) = read_sources([path], SETTINGS).articles
    assert article.text == COURT and article.outlet == "Courier"


def test_semicolons_in_the_text_of_a_comma_csv_are_text(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(f'text,outlet\n"{FLOOD}",Herald\n', encoding="utf-8")
    (article,) = read_sources([path], SETTINGS).articles
    assert article.text == FLOOD and article.outlet == "Herald"
    # a one-column file whose rows hold semicolons: the header has none, so commas it is
    path.write_text(f"text\n{FLOOD.replace(',', '')}\n", encoding="utf-8")
    (article,) = read_sources([path], SETTINGS).articles
    assert ";" in article.text


def test_a_semicolon_sidecar_gives_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "ruling.txt").write_text(COURT + "\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file;outlet;url;published;title\nruling.txt;Courier;;2024-05-06;Ruling\n", encoding="utf-8"
    )
    batch = read_sources([tmp_path], SETTINGS)
    assert batch.skipped == []
    (article,) = batch.articles
    assert (article.outlet, article.published, article.title) == ("Courier", "2024-05-06", "Ruling")


def test_the_separator_comes_from_the_header_line() -> None:
    assert csv_delimiter("a,b;c\n1;2\n") == ","
    assert csv_delimiter("a;b\n1,2\n") == ";"
    assert csv_delimiter("a\tb\n") == "\t"
    assert csv_delimiter("text\nx;y\n") == ","
