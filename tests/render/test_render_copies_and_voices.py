"""How a value's sentences are listed, on real runs.

A sentence several outlets print word for word (a wire story each runs) is one line naming each
outlet and each copy's span, not a line per copy. On a terminal, which shows a few lines per
value, each independent voice's first line comes first, so the cut never hides a voice the
value's count of independent sources counts."""

from __future__ import annotations

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import span_ref
from corroborator.render.html import anchor, render_html
from corroborator.render.markdown import render_markdown
from corroborator.render.terminal import render_terminal

WIRE = "A former employee opened fire at an office Christmas party in Vancouver on Friday, \
killing one man, police said.\n\nThe other partygoers managed to escape and no one else was \
injured.\n\n"
HERALD = (
    "Gunman kills one at Vancouver office party\n\n"
    + WIRE
    + "The suspect, a 61-year-old man who had been fired on Thursday, surrendered after two hours"
    " of negotiations with officers, Constable Tim Fanning said.\n"
)
COURIER = (
    "Christmas party turns deadly in Vancouver\n\n"
    + WIRE
    + "Neighbours said the street outside the office was sealed off for most of the evening while"
    " a tactical team waited.\n"
)
SOURCES = "file,outlet,url,published,title\nherald.txt,Herald,,2008-12-20,\n"
SOURCES += "courier.txt,Courier,,2008-12-20,\n"
ESCAPED = "The other partygoers managed to escape and no one else was injured."


def terminal(dossier) -> str:
    console = Console(width=200, record=True)
    render_terminal(dossier, console)
    return console.export_text()


@pytest.fixture(scope="module")
def wire_copies(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies")
    for name, text in (("herald.txt", HERALD), ("courier.txt", COURIER), ("sources.csv", SOURCES)):
        (folder / name).write_text(text, encoding="utf-8")
    with Store(folder / "a.db") as store:
        (dossier,) = run([str(folder)], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    return dossier, texts


def escape_value(dossier):
    (facet,) = [f for f in dossier.facets if f.subject == "escape" and f.attribute == "occurred"]
    (value,) = facet.values
    return value


def test_a_sentence_two_outlets_print_alike_is_one_line_with_both_spans(wire_copies):
    dossier, texts = wire_copies
    value = escape_value(dossier)
    assert [e.outlet for e in value.evidence] == ["Herald", "Courier"]
    assert {e.quote for e in value.evidence} == {ESCAPED}
    spans = " ".join(f"`{span_ref(e)}`" for e in value.evidence)
    markdown = render_markdown(dossier)
    line = f"  - Herald, Courier · stated by the outlet: “{ESCAPED}” {spans}"
    assert line in markdown.splitlines()
    assert markdown.count(f"· stated by the outlet: “{ESCAPED}”") == 2  # escape, injuries
    html = render_html(dossier, texts)
    assert html.count('<span class="chain">Herald, Courier</span>') >= 2
    for e in value.evidence:  # each copy still links to its sentence in its article
        assert f'href="#{anchor(e.article, e.sentence.start, e.sentence.end)}"' in html
    shown = terminal(dossier)
    assert "Herald, Courier · stated by the outlet" in shown
    assert " ".join(span_ref(e) for e in value.evidence) in shown


def test_sentences_that_differ_or_come_by_other_chains_stay_apart(wire_copies):
    dossier, _ = wire_copies
    markdown = render_markdown(dossier).splitlines()
    # one outlet's own headline: its own line under that outlet alone
    assert any(
        line.startswith("  - Herald · stated by the outlet: “Gunman kills one") for line in markdown
    )
    # the same words credited to police are not merged into the outlets' own line
    assert any(
        line.startswith("  - Herald, Courier ← police · on the record: “A former")
        for line in markdown
    )
    # must not: the killing told in the participle of the police's sentence is theirs too
    assert not any(
        line.startswith("  - Herald, Courier · stated by the outlet: “A former")
        for line in markdown
    )


def test_a_terminal_shows_each_voice_before_a_voice_s_second_sentence(examples_dir, tmp_path):
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([examples_dir], store, Settings()).dossiers
    (met,) = [
        f
        for f in dossier.facets
        if f.subject == "meeting of Prigozhin and Putin" and f.attribute == "occurred"
    ]
    (value,) = met.values
    assert len(value.voices) == 2 and len(value.evidence) == 8
    # the first three sentences in reading order are all the Kremlin's, told by WION
    assert {e.voice for e in value.evidence[:3]} == {value.evidence[0].voice}
    shown = terminal(dossier)
    block = shown[shown.index("✓ Meeting of Prigozhin and Putin · took place") :]
    block = block[: block.index("\n✓ ")]
    assert "← Libération ← secret service sources" in block
    assert block.index("← Libération") < block.index("WION ← Kremlin spokesman Dmitry Peskov")
    assert "… 5 more sentences (`corroborator export` lists all)" in block
    # must not: the files list every sentence, in reading order
    markdown = render_markdown(dossier)
    section = markdown[markdown.index("### ✓ Meeting of Prigozhin and Putin · took place") :]
    section = section[: section.index("\n### ")]
    evidence_lines = [line for line in section.splitlines() if line.startswith("  - ")]
    assert len(evidence_lines) == 8
    assert [line.startswith("  - WION") for line in evidence_lines] == [True] * 3 + [False] * 5
