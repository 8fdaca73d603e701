"""Outlet and date read from file names (``nyt_2016-09-12_slug.txt``), through the real CLI:
they fill only what nothing else said, and every reading is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborator.cli import app
from corroborator.ingest.files import NAME_NOTE, name_meta
from corroborator.store import Store

runner = CliRunner()

STORY = (
    "WASHINGTON — The Senate passed the spending bill on Tuesday by a vote of 68 to 31, "
    "sending it to the president.\n\n"
    "Senator Jane Doe said the bill would fund the government through December.\n"
)


def ingest(folder: Path, db: Path, *flags: str):
    result = runner.invoke(
        app, ["ingest", str(folder), "--db", str(db), *flags], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        return {Path(a.source).name: a for a in store.articles()}, result.output


def write(folder: Path, name: str, text: str = STORY) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "outlet", "published"),
    [
        ("nyt_2016-09-12_stealth-over-health.txt", "nyt", "2016-09-12"),
        ("huff-post_2016-09-20_clinton.md", "huff-post", "2016-09-20"),
        ("nyt_2016-09-12.html", "nyt", "2016-09-12"),
        ("2016-09-12_politico_trump-rally.txt.gz", "politico", "2016-09-12"),
    ],
)
def test_the_two_namings_give_outlet_and_date(name, outlet, published):
    _, meta = name_meta(name)
    assert (meta.outlet, meta.published) == (outlet, published)


@pytest.mark.parametrize(
    "name",
    [
        "2016-09-12_interview.txt",  # the word after the date may be a slug, not an outlet
        "nyt_2016-13-12_slug.txt",  # not a calendar date
        "1nyt_2016-09-12_slug.txt",  # an outlet starts with a letter
        "notes_2016-09-12.docx",  # not a format we read
        "story.txt",
    ],
)
def test_other_names_give_nothing(name):
    assert name_meta(name) is None


def test_a_folder_of_named_files_gets_outlets_and_dates_and_says_so(tmp_path):
    write(tmp_path / "news", "nyt_2016-09-12_senate-bill.txt")
    write(tmp_path / "news", "2016-09-13_politico_senate.txt", STORY.replace("68", "69"))
    articles, output = ingest(tmp_path / "news", tmp_path / "a.db")
    nyt = articles["nyt_2016-09-12_senate-bill.txt"]
    assert (nyt.outlet, nyt.published) == ("nyt", "2016-09-12")
    assert f"outlet 'nyt' {NAME_NOTE} (outlet_YYYY-MM-DD_slug)" in nyt.notes
    assert not any("publication date unknown" in n for n in nyt.notes)
    politico = articles["2016-09-13_politico_senate.txt"]
    assert (politico.outlet, politico.published) == ("politico", "2016-09-13")
    assert "from file names" in output and "outlet of 2 articles, date of 2 articles" in output


def test_a_sidecar_row_beats_the_file_name(tmp_path):
    folder = tmp_path / "news"
    write(folder, "nyt_2016-09-12_senate-bill.txt")
    (folder / "sources.csv").write_text(
        "file,outlet,url,published,title\n"
        "nyt_2016-09-12_senate-bill.txt,The New York Times,,2016-09-11,\n",
        encoding="utf-8",
    )
    articles, output = ingest(folder, tmp_path / "a.db")
    article = articles["nyt_2016-09-12_senate-bill.txt"]
    assert (article.outlet, article.published) == ("The New York Times", "2016-09-11")
    assert not any(NAME_NOTE in n for n in article.notes)
    # the name's other date is not used, but not passed over in silence either
    assert any("file name says 2016-09-12" in n for n in article.notes)
    assert "from file names" not in output


def test_flags_and_a_date_line_beat_the_file_name(tmp_path):
    write(tmp_path / "news", "nyt_2016-09-12_senate-bill.txt", "date 2016-09-10\n\n" + STORY)
    articles, _ = ingest(tmp_path / "news", tmp_path / "a.db", "--outlet", "New York Times")
    article = articles["nyt_2016-09-12_senate-bill.txt"]
    assert (article.outlet, article.published) == ("New York Times", "2016-09-10")


def test_a_file_without_such_a_name_stays_unknown(tmp_path):
    write(tmp_path / "news", "senate-bill.txt")
    articles, output = ingest(tmp_path / "news", tmp_path / "a.db")
    article = articles["senate-bill.txt"]
    assert (article.outlet, article.published) == (None, None)
    assert "from file names" not in output


def test_records_are_not_named_by_their_file(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "nyt_2016-09-12_batch.jsonl").write_text(
        '{"text": "The Senate passed the spending bill on Tuesday by a vote of 68 to 31."}\n',
        encoding="utf-8",
    )
    articles, _ = ingest(folder, tmp_path / "a.db")
    (article,) = articles.values()
    assert (article.outlet, article.published) == (None, None)
