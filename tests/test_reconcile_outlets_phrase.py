"""A corroborated fact counts its outlets as the dossier's header does: an article whose outlet
is unknown is counted apart, not as an outlet (reconcile._outlets_phrase). The seeds: WION and
a text file with no outlet named; the header says "1 outlet (1 article with no outlet named)",
and so does every corroborated fact. Real archive, real parses."""

from __future__ import annotations

import pytest

from corroborator import Settings, Store, run
from corroborator.reconcile import _outlets_phrase
from corroborator.render import summary_line


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, examples_dir):
    db = tmp_path_factory.mktemp("seeds") / "a.db"
    with Store(db) as store:
        (dossier,) = run([str(examples_dir)], store, Settings(db=str(db))).dossiers
    return dossier


def test_the_seeds_facts_count_outlets_as_the_header_does(seeds):
    assert "1 outlet (1 article with no outlet named)" in summary_line(seeds)
    agreed = [f.why for f in seeds.facets if f.verdict == "corroborated"]
    assert agreed
    assert all(
        w.endswith("across 1 outlet and 1 article with no outlet named agree") for w in agreed
    )


def test_named_outlets_alone_are_counted_as_outlets():
    assert _outlets_phrase({"WION", "Reuters"}) == "2 outlets"
    assert _outlets_phrase({"a.txt (outlet unknown)", "b.txt (outlet unknown)"}) == (
        "2 articles with no outlet named"
    )
