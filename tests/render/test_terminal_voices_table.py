"""The terminal's "Who says so" table on real dossiers: a long story's many voices heard once
are summed up in one line after the voices most statements rest on, and each voice's grades
read from the surest way of saying to the least, in every format."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import voices
from corroborator.render.html import render_html
from corroborator.render.markdown import render_markdown
from corroborator.render.terminal import MAX_VOICES, render_terminal

SPEAKERS = [
    ("Mayor Anna Keller", "the city would reopen the bridge"),
    ("Councilman Brian Ortiz", "the repairs had cost too much"),
    ("Police Chief Carla Nunez", "traffic would be diverted for a week"),
    ("Fire Chief Daniel Brooks", "the bridge had been safe for engines"),
    ("State Senator Elena Moss", "the state would pay half of the bill"),
    ("Engineer Frank Dalton", "the steel beams had been replaced"),
    ("Shop owner Grace Lin", "her sales had fallen by half"),
    ("Resident Henry Walsh", "the detour had added an hour to his commute"),
    ("Professor Irene Novak", "the design was older than most bridges in the state"),
    ("Union leader James Pratt", "the workers had finished early"),
    ("School superintendent Karen Doyle", "the buses would use the bridge again"),
    ("Transit director Leo Ferris", "two bus lines would return to their routes"),
    ("Contractor Maria Vance", "the last inspection had found no cracks"),
    ("Pastor Nathan Reyes", "the neighborhood had waited too long"),
    ("Coach Olivia Grant", "the team had missed two home games"),
]

BRIDGE = (
    "Riverside Bridge Reopens After Repairs\n\nRIVERSIDE — The Main Street bridge reopened.\n\n"
    + ("\n\n".join(f"{who} said on Monday that {what}." for who, what in SPEAKERS))
)


@pytest.fixture(scope="module")
def bridge(tmp_path_factory):
    folder = tmp_path_factory.mktemp("voices")
    (folder / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    with Store(folder / "a.db") as store:
        (dossier,) = run([str(folder)], store, Settings()).dossiers
    return dossier


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, examples_dir):
    with Store(tmp_path_factory.mktemp("voices_seeds") / "a.db") as store:
        (dossier,) = run([examples_dir], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    return dossier, texts


def terminal_text(dossier) -> str:
    console = Console(width=200, record=True)
    render_terminal(dossier, console)
    return console.export_text()


def who_says_so(text: str) -> str:
    return text.split("WHO SAYS SO", 1)[1].split("NOTES", 1)[0]


def test_many_voices_are_summed_up_after_the_first(bridge):
    heard = voices(bridge)
    assert len(heard) > MAX_VOICES  # every speaker is a voice of its own
    table = who_says_so(terminal_text(bridge))
    shown = [v for v in heard if v["names"][0] in table]
    assert shown == heard[:MAX_VOICES]
    hidden = heard[MAX_VOICES:]
    sentences = sum(v["sentences"] for v in hidden)
    line = f"… {len(hidden)} more voices, {sentences} sentence"
    assert line in table and "(`corroborator export` lists all)" in table
    # the files list every voice
    markdown = render_markdown(bridge)
    assert all(v["names"][0] in markdown for v in heard)


def test_a_short_list_of_voices_has_no_summary_line(seeds):
    seeds, _ = seeds
    assert len(voices(seeds)) <= MAX_VOICES
    assert "more voice" not in who_says_so(terminal_text(seeds))


def test_grades_read_surest_first_in_every_format(seeds):
    seeds, texts = seeds
    # Lukashenko is quoted on the record ("He is not on the territory of Belarus," he said) and
    # hedged ("it was unclear if the Wagner fighters would come to Belarus")
    (lukashenko,) = [v for v in voices(seeds) if v["voice"] == "person:lukashenko"]
    assert lukashenko["grades"] == ["on_record", "hedged"]
    table = who_says_so(terminal_text(seeds))
    assert re.search(r"Lukashenko\s.*on the record, hedged", table)
    markdown = render_markdown(seeds)
    assert "| Belarusian President Alexander Lukashenko | 4 | on the record, hedged |" in markdown
    html = render_html(seeds, texts)
    row = html.split("<td>Belarusian President Alexander Lukashenko</td>", 1)[1].split("</tr>")[0]
    assert row.index("on the record") < row.index("hedged")
