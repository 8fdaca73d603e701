"""The source graph (who relays whom) on real dossiers: the seeds, and two outlets that relay
one voice."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import source_graph, voices
from corroborator.render.html import render_html, source_graph_svg
from corroborator.render.terminal import render_terminal


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, examples_dir):
    with Store(tmp_path_factory.mktemp("graph") / "a.db") as store:
        (dossier,) = run([examples_dir], store, Settings()).dossiers
    return dossier


def by_label(nodes, word):
    found = [n for n in nodes if word in n.label]
    assert len(found) == 1, [n.label for n in nodes]
    return found[0]


def test_seed_chains_become_paths_from_each_outlet(seeds):
    nodes, edges = source_graph(seeds)
    pairs = {(a.source, a.target) for a in edges}
    wion, tabloid = by_label(nodes, "WION"), by_label(nodes, "outlet unknown")
    liberation, secret = by_label(nodes, "Libération"), by_label(nodes, "secret service")
    assert wion.outlet and tabloid.outlet and wion.column == tabloid.column == 0
    assert (tabloid.id, liberation.id) in pairs and (liberation.id, secret.id) in pairs
    assert (liberation.column, secret.column) == (1, 2)
    assert not liberation.original and secret.original  # Libération only relays here
    # the Kremlin and its spokesman are one voice (reconcile counts them as one): one node
    kremlin = by_label(nodes, "Kremlin")
    assert "Peskov" in kremlin.label and (wion.id, kremlin.id) in pairs
    # every statement in the sources table rests on exactly one original voice
    assert sum(n.statements for n in nodes) == sum(r["statements"] for r in seeds.sources)


def test_one_voice_relayed_by_two_outlets_is_one_node(tmp_path):
    lines = [
        {
            "text": "The Kremlin said on Monday that Vladimir Putin met Yevgeny Prigozhin in"
            " Moscow on June 29. The meeting lasted three hours, the Kremlin said.",
            "outlet": outlet,
            "published": "2023-07-10",
        }
        for outlet in ("Reuters", "AP")
    ]
    lines[1]["text"] = (
        "Vladimir Putin held talks with Yevgeny Prigozhin in Moscow on June 29, the Kremlin"
        " said on Monday, adding that 35 commanders attended."
    )
    (tmp_path / "two.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([tmp_path / "two.jsonl"], store, Settings()).dossiers
    nodes, edges = source_graph(dossier)
    kremlin = by_label(nodes, "Kremlin")
    relayers = {e.source for e in edges if e.target == kremlin.id}
    assert relayers == {"outlet:Reuters", "outlet:AP"}
    assert kremlin.column == 1 and kremlin.original


def test_svg_draws_every_voice_and_relay_and_escapes_labels(seeds):
    nodes, edges = source_graph(seeds)
    svg = str(source_graph_svg(nodes, edges))
    tree = ElementTree.fromstring(svg)  # well-formed XML: labels are escaped
    ns = "{http://www.w3.org/2000/svg}"
    assert len(tree.findall(f"{ns}g")) == len(nodes)
    assert len(tree.findall(f"{ns}path")) == len(edges)
    assert "Libération" in svg
    html = render_html(seeds, {})
    assert svg in html and html.count("<svg") == 1
    assert str(source_graph_svg(*source_graph(seeds))) == svg  # the same input, the same bytes


def test_no_sources_draw_nothing():
    assert str(source_graph_svg([], [])) == ""


def test_voices_gather_every_name_and_outlet_of_one_voice(seeds):
    heard = voices(seeds)
    assert sum(v["statements"] for v in heard) == sum(r["statements"] for r in seeds.sources)
    assert len({v["voice"] for v in heard}) == len(heard)
    (kremlin,) = [v for v in heard if v["voice"] == "org:kremlin"]
    assert kremlin["names"] == ["Kremlin spokesman Dmitry Peskov", "Kremlin"]
    assert kremlin["outlets"] == ["WION"] and "on_record" in kremlin["grades"]
    assert [v["statements"] for v in heard] == sorted(
        (v["statements"] for v in heard), reverse=True
    )


def test_terminal_lists_who_says_so(seeds):
    console = Console(width=200, record=True)
    render_terminal(seeds, console)
    text = console.export_text()
    assert "WHO SAYS SO" in text and "Kremlin spokesman Dmitry Peskov / Kremlin" in text
