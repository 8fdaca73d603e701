"""What a reader sees in the seeds' dossier, in every format: each independent voice named as
the text names it (not its key), counted by the sentences it is heard in (not the values those
sentences back), and a quote cut on a terminal still showing the words of its value."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.model import Evidence, Span, Value
from corroborator.render import shortened, source_rows, voices
from corroborator.render.html import render_html
from corroborator.render.markdown import render_markdown
from corroborator.render.terminal import render_terminal

SECRET = "000_3952b77df38d3d1b.txt (outlet unknown) ← Libération ← secret service sources"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, examples_dir):
    with Store(tmp_path_factory.mktemp("reader_view") / "a.db") as store:
        (dossier,) = run([examples_dir], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    return dossier, texts


def terminal_text(dossier) -> str:
    console = Console(width=100, record=True)
    render_terminal(dossier, console)
    return console.export_text()


def sources_table(markdown: str) -> str:
    return markdown.split("## Sources", 1)[1].split("## Articles", 1)[0]


def test_sources_tables_name_voices_not_keys(seeds) -> None:
    dossier, texts = seeds
    table = sources_table(render_markdown(dossier))
    assert "`org:" not in table and "`person:" not in table and "`outlet:" not in table
    # the Kremlin and its spokesman are one voice: both chains name it the same way
    kremlin = [r for r in source_rows(dossier) if r.chain.startswith("WION ← Kremlin")]
    assert {r.voice for r in kremlin} == {"Kremlin spokesman Dmitry Peskov"} and len(kremlin) == 2
    html = render_html(dossier, texts)
    part = html.split('<section id="sources">', 1)[1].split("</section>", 1)[0]
    assert "org:kremlin" not in part and "outlet:liberation" not in part
    assert "<td>Kremlin spokesman Dmitry Peskov</td>" in part


def test_a_voice_counts_sentences_not_the_values_they_back(seeds) -> None:
    dossier, texts = seeds
    # the tabloid's unattributed sentences relay Libération's secret service sources: 8
    # sentences, which back 21 values (a sentence can say a meeting took place, when, and who
    # was there)
    (row,) = [r for r in dossier.sources if " ← ".join(r["chain"]) == SECRET]
    assert row["statements"] == 21  # the dossier JSON keeps its count
    (secret,) = [v for v in voices(dossier) if v["names"] == ["secret service sources"]]
    assert secret["sentences"] == 8
    assert f"| {SECRET} | secret service sources | 8 |" in render_markdown(dossier)
    table = terminal_text(dossier).split("WHO SAYS SO", 1)[1]
    assert re.search(r"secret service\s.*\s8\s", table) and " 21 " not in table
    assert "<td>8</td>" in render_html(dossier, texts)


def test_a_cut_quote_keeps_the_words_of_its_value(seeds) -> None:
    dossier, _ = seeds
    text = terminal_text(dossier)
    # "… brokered by Belarusian President Alexander Lukashenko." is 172 characters: cut at its
    # start, the holder of the office is lost ("Belarusian President Alexan…")
    holder = text.split("Belarusian President · who holds it", 1)[1].split("•", 1)[0]
    assert "Alexander Lukashenko.”" in " ".join(holder.split())
    # Prigozhin "in Belarus": the words are at the end of a 196-character sentence
    value = text.split("    in Belarus  [", 1)[1].split("    in Saint Petersburg", 1)[0]
    assert "neighbouring Belarus.”" in " ".join(value.split())


def quoted(text: str, label: str) -> tuple[str, Value]:
    evidence = Evidence("c", "a", "o", Span(0, len(text)), text, ("o",), "asserted", "outlet:o")
    return text, Value(value=label, kind="text", label=label, evidence=[evidence])


def test_shortened_keeps_the_start_when_the_value_is_early_or_not_written() -> None:
    text, value = quoted(
        "Briefing the reporters, Peskov said the meeting took place " * 4, "Peskov"
    )
    cut = shortened(text, value, 80)
    assert cut.startswith("Briefing") and cut.endswith("…") and len(cut) <= 80
    text, date = quoted("Peskov said that the meeting took place on June 29 " * 4, "2023-06-29")
    assert shortened(text, date, 80) == text[:77] + "…"
    assert shortened("short", date, 80) == "short"


def test_shortened_leads_into_a_late_value_from_a_word_start() -> None:
    text, value = quoted(
        "Officials said " + "many things " * 20 + "about Bob Smith today.", "Bob Smith"
    )
    cut = shortened(text, value, 60)
    assert cut.startswith("…many") or cut.startswith("…things")
    assert "Bob Smith today.”"[:-1] in cut and len(cut) <= 60
