"""A fact's title names its attribute as a reader asks it, on a real dossier: the one person a
role of an event names ("Charge (Shelby) · who was charged", not "participant: charged"), and
what a count counts in the plural ("number of officers injured", not "number of officer")."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from corroborator import Settings, Store, run
from corroborator.render import attribute_label, facet_title
from corroborator.render.html import render_html
from corroborator.render.markdown import render_markdown
from corroborator.render.terminal import render_terminal

REPORT = """Tulsa Officer Charged in Fatal Shooting

TULSA, Okla. — Officer Betty Shelby was charged with first-degree manslaughter on Thursday in \
the death of Terence Crutcher, prosecutors said.

Crutcher, 40, was shot and killed on Friday after his vehicle stalled in the middle of a road.

Three officers were injured during protests on Saturday night, police said.

The city hired 40 employees to staff the new crisis center, the mayor said.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("titles")
    (folder / "tulsa.txt").write_text(REPORT, encoding="utf-8")
    with Store(folder / "a.db") as store:
        (dossier,) = run([str(folder)], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    return dossier, texts


def formats(dossier, texts) -> dict[str, str]:
    console = Console(width=200, record=True)
    render_terminal(dossier, console)
    return {
        "terminal": console.export_text(),
        "markdown": render_markdown(dossier),
        "html": render_html(dossier, texts),
    }


def test_a_role_of_an_event_reads_as_who_fills_it(report):
    dossier, texts = report
    (charged,) = [f for f in dossier.facets if f.attribute == "participant: charged"]
    assert facet_title(charged) == "Charge (Shelby) · who was charged"
    assert [v.label for v in charged.values] == ["Betty Shelby"]
    for name, text in formats(dossier, texts).items():
        assert "Charge (Shelby) · who was charged" in text, name
        assert "participant: charged" not in text, name


def test_a_count_names_what_it_counts_in_the_plural(report):
    dossier, texts = report
    counted = {f.attribute for f in dossier.facets if f.attribute.startswith("number of ")}
    assert counted == {"number of officer injured", "number of employee"}
    for name, text in formats(dossier, texts).items():
        assert "number of officers injured" in text and "number of employees" in text, name
        assert "number of officer " not in text and "number of employee " not in text, name


@pytest.mark.parametrize(
    ("attribute", "label"),
    [
        ("participant: dead", "who died"),
        ("participant: winner", "who won"),
        ("participant: arrested", "who was arrested"),
        ("participant: shot or killed", "who was shot or killed"),
        ("participant: shot", "who was shot"),
        ("number of people killed", "number of people killed"),  # already a plural
        ("number of percent won", "number of percent won"),  # a share: no plural
        ("number of punch", "number of punches"),
        ("number of child injured", "number of children injured"),
        ("attendee: Vladimir Putin", "Vladimir Putin present"),
        ("location", "whereabouts"),
    ],
)
def test_attribute_labels(attribute, label):
    assert attribute_label(attribute) == label


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, examples_dir):
    with Store(tmp_path_factory.mktemp("titles_seeds") / "a.db") as store:
        (dossier,) = run([examples_dir], store, Settings()).dossiers
        texts = {a.id: a.text for a in store.articles()}
    return dossier, texts


def test_a_timeline_row_names_its_event_as_the_facts_title_does(seeds):
    dossier, texts = seeds
    (dated,) = [f for f in dossier.facets if f.attribute == "date" and "Putin" in f.subject]
    assert facet_title(dated) == "Meeting of Prigozhin and Putin · date"
    assert "meeting of Prigozhin and Putin" in [e.event for e in dossier.timeline]
    texts_by_format = formats(dossier, texts)
    assert re.search(r"\(disputed\)\s+Meeting of Prigozhin and Putin", texts_by_format["terminal"])
    assert (
        "| 2023-06-29 / 2023-07-01 (disputed) | Meeting of Prigozhin and Putin |"
        in (texts_by_format["markdown"])
    )
    assert "<td>Meeting of Prigozhin and Putin</td>" in texts_by_format["html"]
    for text in texts_by_format.values():
        assert "meeting of Prigozhin and Putin" not in text
