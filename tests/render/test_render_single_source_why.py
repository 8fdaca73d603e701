"""A single-source fact's reason line is not printed where it only repeats its section's heading
("Single source") and its one value's count ("1 article · 1 independent source"): in the seeds'
dossier it stood nine times, under every single-source fact. Every other reason stays."""

from __future__ import annotations

from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import facet_titles, lone_statement
from corroborator.render.html import render_html
from corroborator.render.markdown import render_markdown
from corroborator.render.terminal import render_terminal

ONE_SOURCE_WHY = "one independent source"  # reconcile's reason for a fact one voice tells


def test_a_single_source_fact_is_not_told_one_independent_source_twice(examples_dir, tmp_path):
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([examples_dir], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    single = [f for f in dossier.facets if f.why == ONE_SOURCE_WHY]
    # reconcile's wording: if it changes, ONE_SOURCE_WHY must follow it
    assert len(single) >= 5 and all(len(f.values) == 1 for f in single)
    console = Console(width=200, record=True)
    render_terminal(dossier, console)
    shown = {
        "markdown": render_markdown(dossier),
        "html": render_html(dossier, texts),
        "terminal": console.export_text(),
    }
    assert f"_{ONE_SOURCE_WHY}_" not in shown["markdown"]
    assert f'<p class="why">{ONE_SOURCE_WHY}</p>' not in shown["html"]
    assert f"\n  {ONE_SOURCE_WHY}\n" not in shown["terminal"]
    # each such fact is still listed, with its value's count
    titles = facet_titles(dossier)
    for facet in (f for f in single if not lone_statement(f)):
        assert (
            f"### • {titles[facet.id]}\n\n- **{facet.values[0].label}** — 1 article · 1 "
            "independent source" in shown["markdown"]
        )
    # must not: the reasons that say something stay, in every format
    dated = "incompatible values: 2023-06-29 vs 2023-07-01"
    assert f"_{dated}_" in shown["markdown"]
    assert f'<p class="why">{dated}</p>' in shown["html"]
    assert f"  {dated}\n" in shown["terminal"]
    agree = "2 independent sources across 1 outlet and 1 article with no outlet named agree"
    assert f"_{agree} · ⚠ hedge drift_" in shown["markdown"]
    assert f'{agree} · <span class="drift">⚠ hedge drift</span>' in shown["html"]
    assert f"{agree}  ⚠ hedge drift" in shown["terminal"]
