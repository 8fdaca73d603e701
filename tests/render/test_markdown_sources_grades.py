"""The Markdown dossier's source table says how each voice speaks in words, as the HTML and
terminal dossiers do ("on the record", not the key "on_record")."""

from __future__ import annotations

from corroborator.pipeline import run
from corroborator.render.markdown import render_markdown
from corroborator.settings import Settings
from corroborator.store import Store


def test_sources_table_names_grades_in_words(tmp_path, examples_dir) -> None:
    with Store(tmp_path / "a.db") as store:
        report = run([examples_dir], store, Settings())
    text = render_markdown(report.dossiers[0])
    table = text.split("## Sources", 1)[1].split("## Articles", 1)[0]
    assert "| chain | independent voice | sentences | said as |" in table
    kremlin = next(line for line in table.splitlines() if line.startswith("| WION ← Kremlin |"))
    assert kremlin.endswith("| on the record |")
    assert "on_record" not in table and "| asserted" not in table
