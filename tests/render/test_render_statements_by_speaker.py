"""Statements only one voice makes are listed under their speaker, after every fact, in the
terminal, Markdown and HTML dossiers: nothing hidden (every statement, chain and span is
there), but no heading per statement."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import (
    ONE_STATEMENT_HEADING,
    STATEMENTS_HEADING,
    lone_statement,
    sections,
    span_ref,
    speaker_blocks,
    speakers,
    summary_line,
)
from corroborator.render.html import render_html
from corroborator.render.markdown import render_brief, render_markdown
from corroborator.render.terminal import MAX_SPEAKERS, render_terminal


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, examples_dir):
    with Store(tmp_path_factory.mktemp("statements") / "a.db") as store:
        (dossier,) = run([examples_dir], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    return dossier, texts


def lone(dossier):
    return [f for f in dossier.facets if lone_statement(f)]


def test_lone_statements_leave_the_fact_sections(rendered):
    dossier, _ = rendered
    assert len(lone(dossier)) >= 10  # the seeds quote several speakers
    shown = [f for section in sections(dossier) for f in section.facets]
    assert not any(lone_statement(f) for f in shown)
    grouped = [f for _, facets in speakers(dossier) for f in facets]
    assert sorted(f.id for f in grouped) == sorted(f.id for f in lone(dossier))
    assert "statements)" in summary_line(dossier)  # '… single-source (N of them statements)'


def test_speakers_are_grouped_most_statements_first(rendered):
    dossier, _ = rendered
    groups = speakers(dossier)
    counts = [len(facets) for _, facets in groups]
    assert counts == sorted(counts, reverse=True)
    assert groups[0][0] == "Kremlin spokesman Dmitry Peskov"
    blocks = speaker_blocks(dossier)
    assert blocks[-1].heading == ONE_STATEMENT_HEADING  # speakers quoted once share a heading
    assert all(len(b.statements) > 1 for b in blocks if b.one_speaker)


def test_markdown_has_a_heading_per_speaker_not_per_statement(rendered):
    dossier, _ = rendered
    text = render_markdown(dossier)
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings.index("Single source") < headings.index(STATEMENTS_HEADING)
    assert "· statement\n" not in text
    assert "### Kremlin spokesman Dmitry Peskov — 3 statements" in text
    part = text.split(f"## {STATEMENTS_HEADING}")[1].split("\n## ")[0]
    for facet in lone(dossier):  # every statement, with every sentence and span reporting it
        for value in facet.values:
            assert f"**{value.label}**" in part
            for evidence in value.evidence:
                assert f"“{evidence.quote}” `{span_ref(evidence)}`" in part


def test_html_lists_every_statement_under_its_speaker_with_its_link(rendered):
    dossier, texts = rendered
    html = render_html(dossier, texts)
    part = html.split('<section id="statements">')[1].split("</section>")[0]
    assert part.count('<h3 class="speaker">') == len(speaker_blocks(dossier))
    for facet in lone(dossier):
        assert f'<li id="{facet.id}">' in part
        for evidence in facet.values[0].evidence:
            a = evidence.sentence
            assert f'href="#a-{evidence.article}-{a.start}-{a.end}"' in part
    assert '<a href="#statements">' in html  # the contents line leads there
    assert html.index('<section id="single_source">') < html.index('<section id="statements">')


def test_terminal_shows_the_busiest_speakers_and_counts_the_rest(rendered):
    dossier, _ = rendered
    console = Console(width=200, record=True)
    render_terminal(dossier, console)
    text = console.export_text()
    part = text.split(STATEMENTS_HEADING.upper())[1].split("TIMELINE")[0]
    assert "• Kremlin spokesman Dmitry Peskov — 3 statements" in part
    assert len(speaker_blocks(dossier)) <= MAX_SPEAKERS or "more statement" in part
    single = text.split("SINGLE SOURCE")[1].split(STATEMENTS_HEADING.upper())[0]
    assert "· statement" not in single


def test_brief_lists_statements_by_speaker_only_when_asked(rendered):
    dossier, _ = rendered
    assert STATEMENTS_HEADING not in render_brief(dossier)
    brief = render_brief(dossier, statements=True)
    assert f"{STATEMENTS_HEADING}:" in brief
    assert "- Kremlin spokesman Dmitry Peskov: " in brief
