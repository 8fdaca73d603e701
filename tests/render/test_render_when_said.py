"""The day a speaker said something, dated differently by two reports (reconcile.TELLING_DATE),
reads as a reader asks it, "when it was said", in every format. A real run on real text."""

from __future__ import annotations

from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.reconcile import TELLING_DATE
from corroborator.render.html import render_html
from corroborator.render.markdown import render_markdown
from corroborator.render.terminal import render_terminal

SAID = "Author Stephenie Meyer said on {day} that the director would not return for the sequel."
SOURCES = "file,outlet,url,published,title\na.txt,Herald,,2008-12-08,\nb.txt,Courier,,2008-12-08,\n"


def test_the_day_a_speaker_said_it_reads_when_it_was_said(tmp_path):
    (tmp_path / "a.txt").write_text(SAID.format(day="Saturday") + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(SAID.format(day="Sunday") + "\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(SOURCES, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([str(tmp_path)], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    (told,) = [f for f in dossier.facets if f.attribute == TELLING_DATE]
    assert told.verdict == "contradicted"
    console = Console(width=200, record=True)
    render_terminal(dossier, console)
    formats = {
        "markdown": render_markdown(dossier),
        "html": render_html(dossier, texts),
        "terminal": console.export_text(),
    }
    for name, text in formats.items():
        assert "· when it was said" in text, name
        assert "· date told" not in text, name
