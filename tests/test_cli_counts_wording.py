"""The command line's counts read as English: '1 story', '1 article', never '1 stories'."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from corroborator.cli import app

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def one_article(tmp_path_factory, examples_dir):
    """An archive of one report (WION's), run through the real pipeline by the CLI."""
    root = tmp_path_factory.mktemp("one")
    shutil.copy(examples_dir / "002_0987eb7d379886d6.txt", root / "wion.txt")
    db = root / "a.db"
    result = invoke(
        "run", str(root / "wion.txt"), "--db", str(db), "--out", str(root / "out"),
        "--outlet", "WION", "--published", "2023-07-10",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return db, result.output


def test_run_counts_one_story_in_the_singular(one_article) -> None:
    _, output = one_article
    assert "1 analysed · 1 story · dossiers in" in output
    assert "1 stories" not in output


def test_analyze_counts_stories_in_the_plural_and_singular(tmp_path, seeds_archive) -> None:
    db = tmp_path / "seeds.db"
    shutil.copy(seeds_archive, db)
    result = invoke("analyze", "--db", str(db), "--regroup")
    assert result.exit_code == 0, result.output
    assert "0 analysed · 1 story" in result.output


def test_check_counts_the_story_articles_in_the_singular(one_article) -> None:
    db, _ = one_article
    result = invoke("check", "Putin met Prigozhin on June 29.", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "(1 article):" in result.output
    assert "(1 articles)" not in result.output
