"""What the dossier's sections say, on real runs rendered in every format: a file's notes said
once on one line per article, the facts several voices tell (none confirming another) in a
section named for them, not under "Single source", and facts that one title would name told
apart by their event's place or date, or the words they are first told in."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import SEVERAL_SOURCES_HEADING, facet_titles, sections
from corroborator.render.html import render_html
from corroborator.render.markdown import render_brief, render_markdown
from corroborator.render.terminal import render_terminal

# Two reports of a primary night: Clinton's wins in two states, Sanders's in two others, each
# a "win" of one title; the daily's lede is told by itself and the Associated Press (several
# voices of one report, one telling: no two confirm each other).
WIRE = (
    "Clinton takes Maryland as Sanders wins Rhode Island\n\n"
    "Hillary Clinton won in Maryland on Tuesday, tightening her hold on the Democratic "
    "nomination. Bernie Sanders won in Rhode Island on Tuesday, his only victory of the night. "
    "Voters went to the polls across five states. Turnout was high in Philadelphia. Lines were "
    "long at many schools. The polls closed in the evening. Results came in late. Sanders won "
    "in Michigan in March, his campaign manager Jeff Weaver said.\n"
)
DAILY = (
    "Clinton wins Pennsylvania; Sanders vows to fight on\n\n"
    "Hillary Clinton won in Pennsylvania on Tuesday, the Associated Press said. Sanders told "
    "supporters in West Virginia that he would stay in the race until the convention. Voters "
    "went to the polls across five states. Turnout was high in Philadelphia. Lines were long "
    "at many schools. The polls closed in the evening. Results came in late. Sanders won in "
    "Indiana in May, his aides predicted.\n"
)


def run_folder(folder, store):
    (dossier,) = run([folder], store, Settings()).dossiers
    return dossier, {a.id: a.text for a in store.articles()}


@pytest.fixture(scope="module")
def primary(tmp_path_factory):
    folder = tmp_path_factory.mktemp("primary")
    # outlet and date read from the file names: two notes on each article
    (folder / "wire_2016-04-27_primary-results.txt").write_text(WIRE, encoding="utf-8")
    (folder / "daily_2016-04-27_primary-night.txt").write_text(DAILY, encoding="utf-8")
    with Store(folder / "a.db") as store:
        return run_folder(folder, store)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, examples_dir):
    with Store(tmp_path_factory.mktemp("seeds") / "a.db") as store:
        return run_folder(examples_dir, store)


def terminal_text(dossier) -> str:
    console = Console(width=200, record=True)
    render_terminal(dossier, console)
    return console.export_text()


def notes_of(markdown: str) -> list[str]:
    return [line for line in markdown.split("## Notes", 1)[1].splitlines() if line.startswith("-")]


def test_a_files_notes_are_one_line_per_article(primary) -> None:
    dossier, texts = primary
    assert dossier.notes == [
        f"{o}: outlet '{o}' and published 2016-04-27 read from the file name"
        " (outlet_YYYY-MM-DD_slug)"
        for o in ("daily", "wire")
    ]
    assert len(notes_of(render_markdown(dossier))) == 2
    assert terminal_text(dossier).count("read from the file name") == 2
    assert render_html(dossier, texts).count("read from the file name") == 2


def test_an_undated_article_says_its_date_is_unknown_once(seeds) -> None:
    dossier, _ = seeds
    (note,) = notes_of(render_markdown(dossier))
    assert note.startswith("- 000_3952b77df38d3d1b.txt (outlet unknown): publication date unknown;")
    assert "no publication date" not in note
    assert 'the year of "July 1" is taken from the story\'s other articles (2023)' in note
    assert note.endswith(
        "pass --published, add a `date YYYY-MM-DD` first line, or a sources.csv row"
    )


def test_facts_several_voices_tell_are_not_headed_single_source(primary) -> None:
    dossier, texts = primary
    several = [s for s in sections(dossier) if s.heading == SEVERAL_SOURCES_HEADING]
    assert several and all(f.verdict == "single_source" for f in several[0].facets)
    assert all(len({v for x in f.values for v in x.voices}) > 1 for f in several[0].facets)
    (single,) = [s for s in sections(dossier) if s.heading == "Single source"]
    assert all(len({v for x in f.values for v in x.voices}) == 1 for f in single.facets)
    titles = facet_titles(dossier)
    lede = titles[several[0].facets[0].id]  # Clinton's Pennsylvania win
    markdown = render_markdown(dossier)
    part = markdown.split(f"## {SEVERAL_SOURCES_HEADING}", 1)[1].split("\n## ", 1)[0]
    assert f"### • {lede}" in part
    assert f"### • {lede}" not in markdown.split("## Single source", 1)[1].split("\n## ", 1)[0]
    terminal = terminal_text(dossier)
    assert SEVERAL_SOURCES_HEADING.upper() in terminal
    assert terminal.index(lede) > terminal.index(SEVERAL_SOURCES_HEADING.upper())
    html = render_html(dossier, texts)
    part = html.split('<section id="several_sources">', 1)[1].split("</section>", 1)[0]
    assert f"<h2>{SEVERAL_SOURCES_HEADING}</h2>" in part and lede in part
    assert '<a href="#several_sources">' in html
    assert f"{SEVERAL_SOURCES_HEADING}:" in render_brief(dossier)
    assert "· 2 from several sources, none confirming another" in markdown.splitlines()[2]


def test_namesake_facts_are_told_apart_in_every_format(primary) -> None:
    dossier, texts = primary
    markdown = render_markdown(dossier)
    headings = re.findall(r"^### [•✓✗↻] (.+)$", markdown.split("## Statements", 1)[0], re.M)
    assert len(headings) == len(set(headings))
    # Clinton's two wins, by their states
    assert "Win (Clinton) — Maryland · took place" in headings
    assert "Win (Clinton) — Pennsylvania · took place" in headings
    # her two wins' dates are one day: their first words tell them apart
    dates = [h for h in headings if h.startswith("Win (Clinton)") and h.endswith(" · date")]
    assert len(dates) == 2 and dates[0] != dates[1]
    terminal = terminal_text(dossier)
    assert "Win (Clinton) — Maryland · took place" in terminal
    html = render_html(dossier, texts)
    html_titles = re.findall(r"<h3>[•✓✗↻] (.+?)</h3>", html)
    assert len(html_titles) == len(set(html_titles))
    assert "Win (Clinton) — Pennsylvania · took place" in html_titles


def test_a_title_with_no_namesake_stays_as_it_was(seeds) -> None:
    dossier, _ = seeds
    titles = facet_titles(dossier)
    assert not any(" — " in t for t in titles.values())
    markdown = render_markdown(dossier)
    headings = re.findall(r"^## (.+)$", markdown, re.M)
    assert headings[:2] == ["Contested", "Corroborated"]  # the lead stays: date and place
    assert SEVERAL_SOURCES_HEADING not in headings  # every single-source fact is one voice's
    assert "### ✗ Meeting of Prigozhin and Putin · date" in markdown
