"""Who did the story's own event, or had it done to them, when the verb is outside the tables
(reconcile._lede_role_claims): the ledes of two reports or more name one person, another
report's lede someone no other report names. Hand-written reports, real spaCy parses."""

from __future__ import annotations

import json

import jsonschema
import pytest

from corroborator import Settings, Store, dossier_schema, render_json, run
from reconcile_reads import story_facets


def role_facets(facets):
    return [f for f in facets if f.attribute.startswith("participant: object of")]


WIRE = (
    "The Boston Red Sox made an offer to Mark Teixeira on Tuesday. "
    "Scott Boras, his agent, did not comment."
)
DAILY = (
    "The Boston Red Sox made an offer to Mark Teixeira, the free agent first baseman. "
    "The club declined to give figures."
)


@pytest.mark.parametrize(
    ("third", "verdict"),
    [
        # the third lede gives the offer to someone no other report names
        (
            "The Boston Red Sox made an offer to Priya Raman. The deal is said to be worth "
            "$170 million.",
            "contradicted",
        ),
        # ... to the same player: the three agree
        (
            "The Boston Red Sox made an offer to Mark Teixeira. The deal is said to be worth "
            "$170 million.",
            None,
        ),
        # ... to his agent, whom the other reports name: a second party, not another player
        (
            "The Boston Red Sox made an offer to Scott Boras. The deal is said to be worth "
            "$170 million.",
            None,
        ),
    ],
)
def test_a_stranger_in_the_role_that_two_ledes_give_one_person(nlp, third, verdict):
    facets = story_facets(nlp, [("Wire", WIRE), ("Daily", DAILY), ("Post", third)])
    found = role_facets(facets)
    if verdict is None:
        assert all(f.verdict != "contradicted" for f in found)
    else:
        assert [f.verdict for f in found] == [verdict]
        assert {v.label for v in found[0].values} == {"Mark Teixeira", "Priya Raman"}


def test_one_lede_is_not_enough_to_hold_a_role(nlp):
    """Only one report's lede names the player: nothing tells which of the two is the story's."""
    facets = story_facets(
        nlp,
        [
            ("Wire", WIRE),
            ("Post", "The Boston Red Sox made an offer to Priya Raman. The deal is large."),
        ],
    )
    assert all(f.verdict != "contradicted" for f in role_facets(facets))


def test_a_report_that_also_names_the_holder_disputes_nothing(nlp):
    """The report that gives the role to a stranger names the holder in it too: two offers."""
    third = (
        "The Boston Red Sox made an offer to Priya Raman. "
        "The Boston Red Sox also made an offer to Mark Teixeira."
    )
    facets = story_facets(nlp, [("Wire", WIRE), ("Daily", DAILY), ("Post", third)])
    assert all(f.verdict != "contradicted" for f in role_facets(facets))


def test_the_offer_corpus_contests_whom_the_offer_was_made_to(tmp_path, data_dir):
    """Three outlets, one contract offer: two name the player Dario Vance, one Priya Raman,
    whom no other report names. The dossier leads with who the offer was made to, in the
    published JSON contract."""
    with Store(tmp_path / "a.db") as store:
        report = run([data_dir / "corpora" / "offer" / "articles.jsonl"], store, Settings())
    assert len(report.dossiers) == 1
    dossier = report.dossiers[0]
    jsonschema.Draft202012Validator(dossier_schema()).validate(json.loads(render_json(dossier)))
    first = dossier.facets[0]
    assert (first.attribute, first.verdict) == ("participant: object of offer", "contradicted")
    outlets = {v.label: sorted(e.outlet for e in v.evidence) for v in first.values}
    assert outlets == {
        "Dario Vance": ["Bayside Ledger", "Harbor Sports Wire"],
        "Priya Raman": ["Coastline Daily"],
    }
