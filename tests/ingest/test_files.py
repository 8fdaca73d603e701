"""Local files, folders, sidecars, stdin and bad inputs through read_sources."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from corroborator.errors import IngestError
from corroborator.ingest import IngestBatch, article_id, read_sources
from corroborator.settings import Settings

SETTINGS = Settings()
FURNITURE = (
    "READ MORE",
    "Don’t miss",
    "[INSIGHT]",
    "[PICTURES]",
    "[VIDEO]",
    "We use your sign-up",
    "Source: Read Full Article",
)


def read(*sources: str | Path, **kw: object) -> IngestBatch:
    return read_sources(list(sources), kw.pop("settings", SETTINGS), **kw)  # type: ignore[arg-type]


def only_skip(batch: IngestBatch) -> str:
    assert batch.articles == []
    assert len(batch.skipped) == 1
    return batch.skipped[0].reason


def test_examples_folder(examples_dir: Path) -> None:
    batch = read(examples_dir)
    by_name = {Path(a.source).name: a for a in batch.articles}
    assert sorted(by_name) == ["000_3952b77df38d3d1b.txt", "002_0987eb7d379886d6.txt"]
    tabloid = by_name["000_3952b77df38d3d1b.txt"]
    for piece in FURNITURE:
        assert piece not in tabloid.text
    assert {r.reason for r in tabloid.removed} == {
        "read-more",
        "teaser",
        "consent-notice",
        "source-footer",
    }
    assert (
        tabloid.title
        == "Putin and Prigozhins secret meeting after sinister Zelensky claims surface"
    )
    assert tabloid.published is None and tabloid.outlet is None
    assert any("publication date unknown" in n for n in tabloid.notes)
    assert tabloid.raw == (examples_dir / "000_3952b77df38d3d1b.txt").read_bytes()
    wion = by_name["002_0987eb7d379886d6.txt"]
    assert wion.published == "2023-07-10" and wion.outlet == "WION"
    assert wion.text.startswith("Russian President")
    assert wion.notes == []
    assert wion.raw.startswith(b" date 2023-07-10 Russian")
    # the README documents the folder and the sidecar is metadata: neither is an article,
    # and neither is a skipped input
    assert batch.skipped == []
    assert all(Path(a.source).name not in ("sources.csv", "README.md") for a in batch.articles)


def test_deterministic(examples_dir: Path) -> None:
    assert read(examples_dir) == read(examples_dir)


def test_single_file_uses_sidecar(examples_dir: Path) -> None:
    batch = read(examples_dir / "002_0987eb7d379886d6.txt")
    assert batch.articles[0].outlet == "WION"


def test_article_id_normalises() -> None:
    assert article_id("Putin  met\nPrigozhin.") == article_id("putin met prigozhin.")
    assert article_id("Putin met Prigozhin.") != article_id("Putin met Lukashenko.")
    assert len(article_id("x")) == 16


def test_sidecar_date_wins_with_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2023-07-10 Putin met Prigozhin.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2023-07-11 Putin met Lukashenko.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,outlet,url,published,title\na.txt,WION,,2023-07-09,\nb.txt,,,,\n", encoding="utf-8"
    )
    a, b = read(tmp_path).articles
    assert a.published == "2023-07-09"
    assert any("2023-07-10" in n and "kept 2023-07-09" in n for n in a.notes)
    assert b.published == "2023-07-11" and b.outlet is None


def test_flags_fill_unknowns_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2023-07-10 Putin met Prigozhin.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Putin met Lukashenko.", encoding="utf-8")
    a, b = read(tmp_path, published="2024-01-01", outlet="Reuters").articles
    assert a.published == "2023-07-10" and b.published == "2024-01-01"
    assert a.outlet == b.outlet == "Reuters"


def test_folder_order_hidden_and_nested(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second story text.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Headline here\n\nFirst [story](http://x.org) text.", "utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden story.", encoding="utf-8")
    (tmp_path / ".git" / "c.txt").write_text("Git story.", encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4 not supported")
    batch = read(tmp_path)
    assert [Path(a.source).name for a in batch.articles] == ["a.md", "z.txt"]
    md = batch.articles[0]
    assert md.text == "Headline here\n\nFirst story text." and md.title == "Headline here"
    assert md.raw_format == "md"
    assert [Path(s.source).name for s in batch.skipped] == ["c.pdf"]
    assert "unsupported file type" in batch.skipped[0].reason


def test_html_file(data_dir: Path) -> None:
    (art,) = read(data_dir / "ingest" / "page.html").articles
    assert art.title == "Kremlin confirms Putin met Prigozhin"
    assert art.outlet == "Example News"
    assert art.url == "https://news.example.org/world/kremlin-putin-prigozhin"
    assert art.published == "2023-07-10"
    assert art.raw_format == "html"
    assert "Russian President Vladimir Putin met" in art.text
    assert "Most read" not in art.text and "Copyright" not in art.text
    assert "READ MORE" not in art.text and "Follow us" not in art.text
    assert {r.reason for r in art.removed} == {"read-more", "follow-us"}
    assert "byline: Jane Reporter" in art.notes


def test_jsonl_bad_lines_go_on(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "Putin met Prigozhin.", "outlet": "TASS", "published": "2023-07-10"}),
        "{not json",
        json.dumps({"body": "no text key"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Peskov confirmed it.", "published": "2023-07-10T08:00:00Z"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    batch = read(path)
    assert [a.source for a in batch.articles] == [f"{path}:1", f"{path}:7"]
    assert batch.articles[0].outlet == "TASS"
    assert batch.articles[1].published == "2023-07-10"
    assert batch.articles[0].raw == lines[0].encode()
    assert [s.source for s in batch.skipped] == [f"{path}:2", f"{path}:3", f"{path}:5", f"{path}:6"]
    assert "invalid JSON" in batch.skipped[0].reason
    assert "'text' missing" in batch.skipped[1].reason and "--field" in batch.skipped[1].reason
    assert "not a JSON object" in batch.skipped[2].reason
    assert "empty" in batch.skipped[3].reason


def test_jsonl_and_csv_field_mapping(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"body": "Putin met Prigozhin.", "date": "2023-07-10"}) + "\n", "utf-8"
    )
    (tmp_path / "b.csv").write_text(
        'body,date,site\n"Peskov said, briefly, it happened.",2023-07-11,WION\n', "utf-8"
    )
    batch = read(tmp_path, fields={"text": "body", "published": "date", "outlet": "site"})
    assert [(a.text, a.published, a.raw_format) for a in batch.articles] == [
        ("Putin met Prigozhin.", "2023-07-10", "jsonl"),
        ("Peskov said, briefly, it happened.", "2023-07-11", "csv"),
    ]
    assert batch.articles[1].outlet == "WION"


def test_unknown_field_name_is_a_call_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="unknown --field"):
        read(tmp_path, fields={"body": "text"})


def test_stdin_sniffs_format() -> None:
    batch = read("-", stdin=io.BytesIO(b"date 2023-07-10 Putin met Prigozhin."))
    assert batch.articles[0].source == "<stdin>"
    assert batch.articles[0].published == "2023-07-10"
    batch = read("-", stdin=io.BytesIO(b'{"text": "One."}\n{"text": "Two."}\n'))
    assert [a.text for a in batch.articles] == ["One.", "Two."]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_bad_inputs_are_skipped(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    reason = only_skip(read(path))
    assert expected in reason and str(path) in reason


def test_too_large_refused_not_truncated(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Putin met Prigozhin. " * 100, encoding="utf-8")
    reason = only_skip(read(path, settings=Settings(max_bytes=1000)))
    assert "2,100 bytes" in reason and "1,000" in reason and str(path) in reason
    reason = only_skip(read("-", stdin=io.BytesIO(b"x" * 2000), settings=Settings(max_bytes=1000)))
    assert "too large" in reason and "<stdin>" in reason


def test_missing_and_unreadable(tmp_path: Path) -> None:
    assert "no such file" in only_skip(read(tmp_path / "nope.txt"))
    path = tmp_path / "locked.txt"
    path.write_text("Secret story.", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        assert "cannot read" in only_skip(read(path))
    finally:
        path.chmod(0o600)


def test_legacy_encoding_decoded_with_note(tmp_path: Path) -> None:
    text = (
        "Le président français a déclaré à la presse que la réunion s'était déroulée à "
        "l'Élysée, où les ministres étaient présents ; « une rencontre très cordiale », "
        "a-t-il ajouté après la conférence."
    )
    path = tmp_path / "latin.txt"
    raw = text.encode("cp1252")
    path.write_bytes(raw)
    (art,) = read(path).articles
    assert art.text == text
    assert art.raw == raw
    assert any("not valid UTF-8" in n for n in art.notes)


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Putin met Prigozhin.".encode("utf-16"))
    (art,) = read(path).articles
    assert art.text == "Putin met Prigozhin."


def test_duplicate_text_in_batch_keeps_each_copys_source(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Putin met Prigozhin.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Putin  met Prigozhin.\n", encoding="utf-8")
    batch = read(tmp_path)
    first, second = batch.articles
    assert first.id == second.id  # the same clean text: archived once, seen twice
    assert [Path(a.source).name for a in batch.articles] == ["a.txt", "b.txt"]
    assert batch.skipped == []


def test_only_furniture_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "furniture.txt"
    path.write_text("READ MORE: something\n\nSource: Read Full Article\n", encoding="utf-8")
    reason = only_skip(read(path))
    assert "no article text left" in reason and "read-more" in reason


def test_sidecar_passed_directly_and_bad_sidecar(tmp_path: Path, examples_dir: Path) -> None:
    assert "sidecar" in only_skip(read(examples_dir / "sources.csv"))
    (tmp_path / "a.txt").write_text("Putin met Prigozhin.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("name,outlet\na.txt,X\n", encoding="utf-8")
    batch = read(tmp_path)
    assert len(batch.articles) == 1 and batch.articles[0].outlet is None
    assert "'file' column" in batch.skipped[0].reason


def test_json_array_and_object(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(
        json.dumps([{"text": "One story."}, {"title": "no text"}, {"text": "Two stories."}]),
        encoding="utf-8",
    )
    (tmp_path / "b.json").write_text(json.dumps({"text": "Three.", "outlet": "AP"}), "utf-8")
    (tmp_path / "c.json").write_text("[{", encoding="utf-8")
    batch = read(tmp_path)
    assert [(a.source.rsplit("/", 1)[1], a.text) for a in batch.articles] == [
        ("a.json[0]", "One story."),
        ("a.json[2]", "Two stories."),
        ("b.json", "Three."),
    ]
    assert batch.articles[2].outlet == "AP" and batch.articles[2].raw_format == "json"
    assert ["a.json[1]" in batch.skipped[0].reason, "invalid JSON" in batch.skipped[1].reason] == [
        True,
        True,
    ]


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    body = (
        "Президент России Владимир Путин встретился с основателем группы Вагнера Евгением "
        "Пригожиным через пять дней после неудавшегося мятежа, сообщили в Кремле в понедельник. "
        "По словам пресс-секретаря Дмитрия Пескова, встреча длилась почти три часа."
    )
    html = (
        '<html><head><meta charset="windows-1251"><title>Встреча в Кремле</title></head>'
        f"<body><article><p>{body}</p><p>{body}</p></article></body></html>"
    )
    path = tmp_path / "ru.html"
    path.write_bytes(html.encode("cp1251"))
    (art,) = read(path).articles
    assert body in art.text
    assert "not UTF-8; decoded as declared windows-1251" in art.notes
    assert art.language == "ru"  # detected: the page does not declare it


def test_gzipped_files(tmp_path: Path, data_dir: Path) -> None:
    import gzip

    page = (data_dir / "ingest" / "page.html").read_bytes()
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page))
    lines = json.dumps({"text": "Putin met Prigozhin."}) + "\n"
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"Putin met Lukashenko. " * 200))
    (tmp_path / "d.txt.gz").write_bytes(b"not gzip at all")
    (tmp_path / "e.gz").write_bytes(gzip.compress(b"unknown inner type"))
    batch = read(tmp_path, settings=Settings(max_bytes=3000))
    assert [(Path(a.source).name, a.raw_format) for a in batch.articles] == [
        ("a.html.gz", "html"),
        ("b.jsonl.gz:1", "jsonl"),
    ]
    assert batch.articles[0].raw == page  # the decompressed bytes
    reasons = [s.reason for s in batch.skipped]
    assert "decompresses to more than the limit of 3,000 bytes" in reasons[0]
    assert "corrupt gzip" in reasons[1]
    assert "unsupported file type" in reasons[2]


def test_iter_sources_streams_the_same_items(examples_dir: Path, tmp_path: Path) -> None:
    from corroborator.ingest import iter_sources

    (tmp_path / "a.txt").write_text("Putin met Prigozhin.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Putin met Prigozhin.", encoding="utf-8")
    sources = [examples_dir, tmp_path]
    items = list(iter_sources(sources, SETTINGS))
    batch = read(*sources)
    assert [i for i in items if not hasattr(i, "reason")] == batch.articles
    assert [i for i in items if hasattr(i, "reason")] == batch.skipped
    assert batch.articles[-1].id == batch.articles[-2].id  # a.txt and b.txt: one text
    with pytest.raises(IngestError):
        next(iter_sources([tmp_path], SETTINGS, fields={"nope": "x"}))


def test_one_line_in_another_encoding_does_not_garble_the_others(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"text": "Caf\xe9 owners in Lyon said the strike closed 40 shops on Monday."}\n'
        + '{"text": "The mayor of Zürich said the bridge reopened on Tuesday."}\n'.encode()
    )
    first, second = read(path).articles
    assert first.text.startswith("Café owners")
    assert "Zürich" in second.text
    assert any(n.startswith("line 1: not valid UTF-8") for n in first.notes)


def test_csv_rows_are_named_by_their_first_line_and_a_broken_quote_is_an_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "text,outlet,published\n"
        '"The council voted 7 to 2 on Monday,\nafter a long debate.",Gazette,2024-03-04\n'
        "The bridge reopened on Tuesday after repairs.,Herald,2024-03-05\n"
        '"unterminated,Y,2020-10-30\n',
        encoding="utf-8",
    )
    batch = read(path)
    assert [a.source for a in batch.articles] == [f"{path}:2", f"{path}:4"]
    (skip,) = batch.skipped
    assert skip.source == f"{path}:5" and "malformed CSV" in skip.reason
