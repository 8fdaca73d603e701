"""A dossier part of a longer storyline names its related stories by their titles, as the
story list does: linked to their pages on the web, to their files beside it in a `run --out`
folder, and with their ids in a file exported alone (no page to link to). One the archive no
longer holds shows its id, unlinked."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from corroborator.cli import _write_dossiers, app
from corroborator.pipeline import story_dossier, story_rows
from corroborator.store import Store
from corroborator.web import create_app

GONE = "s-000000000000"  # a related story the archive no longer holds


@pytest.fixture(scope="module")
def related_archive(mixed_archive, tmp_path_factory):
    """The mixed archive with its first story related to two others and to one gone."""
    db = tmp_path_factory.mktemp("related") / "related.db"
    shutil.copy(mixed_archive, db)
    with Store(db) as store:
        lead, *others = store.stories()
        related = [others[0].id, others[1].id, GONE]
        store.save_stories([replace(lead, related=related), *others])
        titles = {r["id"]: r["title"] for r in story_rows(store)}
    return db, lead.id, related, titles


def storyline(page: str) -> str:
    return page.split("Part of a longer storyline: ", 1)[1].split("</p>", 1)[0]


def test_the_web_dossier_links_related_stories_by_title(related_archive) -> None:
    db, lead, related, titles = related_archive
    with TestClient(create_app(db)) as client:
        line = storyline(client.get(f"/stories/{lead}").text)
        for story_id in related[:2]:
            assert f'<a href="/stories/{story_id}" title="story {story_id}">' in line
            assert titles[story_id][:40] in line
            assert client.get(f"/stories/{story_id}").status_code == 200
    assert line.endswith(f" · <code>{GONE}</code>")  # no title, no page: its id, not a link


def test_dossiers_in_an_out_folder_link_their_neighbours(related_archive, tmp_path) -> None:
    db, lead, related, titles = related_archive
    with Store(db) as store:
        _write_dossiers(store, [story_dossier(store, s) for s in store.stories()], tmp_path)
    line = storyline((tmp_path / f"{lead}.html").read_text(encoding="utf-8"))
    for story_id in related[:2]:
        assert f'<a href="{story_id}.html" title="story {story_id}">' in line
        assert (tmp_path / f"{story_id}.html").is_file()


def test_a_dossier_exported_alone_names_them_with_their_ids(related_archive) -> None:
    db, lead, related, titles = related_archive
    result = CliRunner().invoke(app, ["export", lead, "-f", "html", "--db", str(db)])
    line = storyline(result.stdout)
    assert "<a " not in line
    for story_id in related[:2]:
        assert f"(<code>{story_id}</code>)" in line
        assert titles[story_id][:40] in line
    assert line.endswith(f" · <code>{GONE}</code>")


def test_markdown_dossiers_name_them_too(related_archive, tmp_path) -> None:
    db, lead, related, titles = related_archive
    with Store(db) as store:
        _write_dossiers(store, [story_dossier(store, s) for s in store.stories()], tmp_path)
    text = (tmp_path / f"{lead}.md").read_text(encoding="utf-8")
    line = text.split("Part of a longer storyline: ", 1)[1].split("\n", 1)[0]
    first = titles[related[0]].replace("[", "\\[").replace("]", "\\]")
    assert line.startswith(f"[{first}]({related[0]}.md) (`{related[0]}`) · ")
    assert (tmp_path / f"{related[1]}.md").is_file()
    assert line.endswith(f" · `{GONE}`")  # no file to link to
    alone = CliRunner().invoke(app, ["export", lead, "-f", "md", "--db", str(db)]).stdout
    line = alone.split("Part of a longer storyline: ", 1)[1].split("\n", 1)[0]
    assert line == " · ".join([*(f"{titles[i]} (`{i}`)" for i in related[:2]), f"`{GONE}`"])
