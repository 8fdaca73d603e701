"""The source graph (who relays whom) on real dossiers: the seeds, and two outlets that relay
one voice."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import HEARD_ONCE_DRAWN, sentences_by_chain, source_graph, voices
from corroborator.render.html import render_html, source_graph_svg
from corroborator.render.markdown import render_markdown
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
    # every sentence of a chain in the sources table rests on exactly one original voice
    said = sentences_by_chain(seeds)
    assert sum(n.sentences for n in nodes) == sum(len(s) for s in said.values())


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
    # each voice counts the sentences it is heard in, once however many values they state
    sentences: dict[str, set] = {}
    for facet in seeds.facets:
        for value in facet.values:
            for e in value.evidence:
                sentences.setdefault(e.voice, set()).add((e.article, e.sentence.start))
    assert {v["voice"]: v["sentences"] for v in heard} == {k: len(s) for k, s in sentences.items()}
    assert len({v["voice"] for v in heard}) == len(heard)
    (kremlin,) = [v for v in heard if v["voice"] == "org:kremlin"]
    assert kremlin["names"] == ["Kremlin spokesman Dmitry Peskov", "Kremlin"]
    assert kremlin["outlets"] == ["WION"] and "on_record" in kremlin["grades"]
    assert [v["sentences"] for v in heard] == sorted((v["sentences"] for v in heard), reverse=True)


def test_terminal_lists_who_says_so(seeds):
    console = Console(width=200, record=True)
    render_terminal(seeds, console)
    text = console.export_text()
    assert "WHO SAYS SO" in text and "Kremlin spokesman Dmitry Peskov / Kremlin" in text


def test_many_voices_an_outlet_quotes_once_are_one_box(tmp_path):
    # a council meeting told by one paper: ten people quoted once each, and the mayor twice
    people = [
        "Councilman Brian Ortiz",
        "Police Chief Carla Nunez",
        "Fire Chief Daniel Brooks",
        "State Senator Elena Moss",
        "Engineer Frank Dalton",
        "Shop owner Grace Lin",
        "Resident Henry Walsh",
        "Professor Irene Novak",
        "Union leader James Pratt",
        "Pastor Nathan Reyes",
    ]
    said = [f"{who} said on Monday that the bridge should reopen." for who in people]
    text = (
        "Riverside Bridge Reopens\n\nMayor Anna Keller said on Monday that the city would reopen"
        " the bridge.\n\nMayor Anna Keller said the repairs had cost $4 million.\n\n"
        + "\n\n".join(said)
    )
    (tmp_path / "bridge.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([tmp_path], store, Settings()).dossiers
    heard_once = [v for v in voices(dossier) if v["sentences"] == 1]
    assert len(heard_once) == len(people) > HEARD_ONCE_DRAWN
    nodes, edges = source_graph(dossier)
    labels = [n.label for n in nodes]
    assert labels[-1] == f"{len(people)} voices heard once"  # below the voices drawn one by one
    assert not any(who in label for who in people for label in labels)
    assert any("Anna Keller" in label for label in labels)
    (gathered,) = [e for e in edges if e.target == nodes[-1].id]
    assert gathered.sentences == len(people) and gathered.source == nodes[0].id
    # every chain is still in the dossier's sources table
    markdown = render_markdown(dossier)
    assert all(who in markdown for who in people)


def test_a_few_voices_heard_once_are_drawn_one_by_one(seeds):
    labels = [n.label for n in source_graph(seeds)[0]]
    assert "The Wagner commanders" in labels and not any("heard once" in x for x in labels)
