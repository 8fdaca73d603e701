"""WARC files written with warcio: HTML responses become articles with URL and fetch date."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corroborator.ingest import read_sources
from corroborator.settings import Settings

UNDATED = (
    b"<html><head><title>Wagner fighters leave</title></head><body><article>"
    b"<p>Wagner fighters began leaving their camp on Thursday, a regional official said, "
    b"adding that the convoy was heading towards the border with Belarus.</p>"
    b"<p>The official said about 200 vehicles had left the camp by the afternoon and that "
    b"more were expected to follow over the weekend, according to local reports.</p>"
    b"</article></body></html>"
)


def write_warc(path: Path, page: bytes, gz: bool, request_first: bool = True) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(url: str, status: str, ctype: str, body: bytes, date: str) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)

        if request_first:
            writer.write_record(
                writer.create_warc_record(
                    "https://news.example.org/a",
                    "request",
                    payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"),
                )
            )
        response(
            "https://news.example.org/a",
            "200 OK",
            "text/html; charset=utf-8",
            page,
            "2023-07-10T12:00:00Z",
        )
        response(
            "https://news.example.org/gone",
            "404 Not Found",
            "text/html",
            b"gone",
            "2023-07-10T12:01:00Z",
        )
        response(
            "https://news.example.org/logo.png",
            "200 OK",
            "image/png",
            b"\x89PNG",
            "2023-07-10T12:02:00Z",
        )
        response(
            "https://news.example.org/b", "200 OK", "text/html", UNDATED, "2023-07-12T08:00:00Z"
        )


def test_warc_responses(tmp_path: Path, data_dir: Path) -> None:
    page = (data_dir / "ingest" / "page.html").read_bytes()
    for gz in (True, False):
        path = tmp_path / ("cc.warc.gz" if gz else "cc.warc")
        write_warc(path, page, gz)
        batch = read_sources([path], Settings())
        dated, undated = batch.articles
        assert dated.raw == page and dated.raw_format == "warc"
        assert dated.url == "https://news.example.org/world/kremlin-putin-prigozhin"
        assert dated.published == "2023-07-10"
        assert "fetched 2023-07-10T12:00:00Z (WARC-Date)" in dated.notes
        assert dated.source.startswith(f"{path}@")
        assert undated.url == "https://news.example.org/b"
        assert undated.published == "2023-07-12"
        assert any("using the fetch date 2023-07-12" in n for n in undated.notes)
        assert not any("publication date unknown" in n for n in undated.notes)
        reasons = [s.reason for s in batch.skipped]
        assert len(reasons) == 2
        assert "HTTP 404" in reasons[0] and "image/png, not HTML" in reasons[1]


def test_a_gzipped_warc_opening_with_a_large_response(tmp_path: Path, data_dir: Path) -> None:
    # The first gzip member holds a whole page: its first compressed bytes decompress to
    # nothing yet, so the version line must be looked for further in.
    page = (data_dir / "ingest" / "page.html").read_bytes()
    path = tmp_path / "big.warc.gz"
    write_warc(path, page, gz=True, request_first=False)
    batch = read_sources([path], Settings())
    assert [a.url for a in batch.articles] == [
        "https://news.example.org/world/kremlin-putin-prigozhin",
        "https://news.example.org/b",
    ]


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not a WARC file at all\n" * 10)
    (skip,) = read_sources([path], Settings()).skipped
    assert "not a readable WARC file" in skip.reason
