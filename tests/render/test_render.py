"""The renderers on a real dossier: self-contained HTML with every value linked to its
sentence, Markdown with disputes first."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import terminal
from corroborator.render.html import render_html
from corroborator.render.markdown import render_brief, render_markdown
from corroborator.render.terminal import render_terminal


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, examples_dir):
    with Store(tmp_path_factory.mktemp("render") / "a.db") as store:
        report = run([examples_dir], store, Settings())
        dossier = report.dossiers[0]
        texts = {a.id: a.text for a in store.articles()}
    return dossier, texts


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.srcs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "src" in attrs or (tag == "link"):
            self.srcs.append(attrs.get("src") or attrs.get("href"))


def test_html_is_self_contained_and_every_citation_resolves(rendered):
    dossier, texts = rendered
    html = render_html(dossier, texts)
    parser = Links()
    parser.feed(html)
    assert parser.srcs == []  # no scripts, images or stylesheets to fetch
    internal = [h for h in parser.hrefs if h.startswith("#")]
    cited = sum(len(v.evidence) for f in dossier.facets for v in f.values)
    assert len([h for h in internal if h.startswith("#a-")]) == cited  # one link per citation
    assert all(h[1:] in parser.ids for h in internal)  # citations and the matrix's facet links


def test_html_marks_the_cited_sentence_in_its_article(rendered):
    dossier, texts = rendered
    html = render_html(dossier, texts)
    date = next(f for f in dossier.facets if f.attribute == "date" and "meeting" in f.subject)
    evidence = date.values[0].evidence[0]
    anchor = f'id="a-{evidence.article}-{evidence.sentence.start}-{evidence.sentence.end}"'
    assert anchor in html
    marked = re.search(anchor + r">(.*?)</mark>", html, re.S).group(1)
    assert "June 29" in marked or "five days after" in marked


def test_markdown_leads_with_disputes(rendered):
    dossier, _ = rendered
    text = render_markdown(dossier)
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings[0] == "Contested"
    assert headings.index("Corroborated") < headings.index("Single source")
    assert "2023-06-29" in text and "Libération ← secret service sources" in text


def test_brief_has_one_line_per_fact(rendered):
    dossier, _ = rendered
    brief = render_brief(dossier)
    facts = [f for f in dossier.facets if f.attribute != "statement"]
    assert brief.count("\n- ") == len(facts)


def test_who_says_what_lines_up_each_outlets_values(rendered):
    dossier, texts = rendered
    markdown = render_markdown(dossier)
    matrix = markdown.split("## Who says what", 1)[1].split("\n## ", 1)[0]
    header, _, *rows = [line for line in matrix.strip().splitlines()]
    outlets = [cell.strip() for cell in header.strip("|").split("|")][1:]
    wion = outlets.index("WION")
    date_row = next(r for r in rows if "Meeting of Prigozhin and Putin · date" in r)
    cells = [cell.strip() for cell in date_row.strip("|").split("|")][1:]
    assert cells[wion] == "2023-06-29"
    assert cells[1 - wion] == "2023-07-01"
    assert date_row.startswith("| ✗")  # contested rows lead
    assert not any("single" in r for r in rows)  # one-voice facts are not in the matrix
    html = render_html(dossier, texts)
    assert '<section id="matrix">' in html
    assert html.index('<section id="matrix">') < html.index('<section id="timeline">')


def test_html_escapes_everything_taken_from_the_input(tmp_path):
    hostile = (
        '{"text": "Police said the <img src=x onerror=alert(1)> bomb killed 3 people in '
        'Springfield on Monday. The mayor said the bomb killed 3 people.", '
        '"outlet": "A <script>alert(2)</script>", "title": "<b>bold</b>", '
        '"published": "2024-03-04"}\n'
    )
    (tmp_path / "x.jsonl").write_text(hostile, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([tmp_path / "x.jsonl"], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    html = render_html(dossier, texts)
    for raw in ("<script>alert(2)", "<img src=x", "<b>bold</b>"):
        assert raw not in html
    assert "A &lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_an_article_without_an_outlet_is_not_counted_as_one(rendered):
    dossier, _ = rendered
    summary = render_markdown(dossier).splitlines()[2]
    assert "2 articles · 1 outlet (1 article with no outlet named)" in summary


def test_terminal_shortens_a_long_single_source_section(rendered, monkeypatch):
    monkeypatch.setitem(terminal.MAX_FACETS, "single_source", 5)
    dossier, _ = rendered
    console = Console(width=200, record=True)
    render_terminal(dossier, console)
    text = console.export_text()
    # the statements only one voice makes are listed by speaker after this section
    single = [
        f for f in dossier.facets if f.verdict == "single_source" and f.attribute != "statement"
    ]
    assert len(single) > 5  # the seeds have several facts only one voice states
    section = text.split("SINGLE SOURCE")[1].split("STATEMENTS BY SPEAKER")[0]
    assert sum(1 for line in section.splitlines() if line.startswith("• ")) == 5
    assert f"… {len(single) - 5} more (`corroborator export` lists all)" in section


def test_terminal_keeps_wrapped_quotes_under_their_chain(rendered):
    dossier, _ = rendered
    console = Console(width=60, record=True)
    render_terminal(dossier, console)
    lines = console.export_text().splitlines()
    contested = lines[lines.index(next(x for x in lines if "CONTESTED" in x)) :]
    contested = contested[: contested.index(next(x for x in contested if "CORROBORATED" in x))]
    quote_lines = [x for x in contested if x.startswith("        “")]
    assert quote_lines  # the seeds' disputed dates are quoted
    # every line of a wrapped quote keeps the quote's indentation: no line of the section
    # starts at the margin except the facet titles
    assert all(x.startswith(("✗ ", "  ")) for x in contested[1:])
    assert all(len(x) <= 60 and x == x.rstrip() for x in contested)
