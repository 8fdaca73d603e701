"""Where a named venue is, and who holds a one-person role of one organisation: facets that
hold across the story's events (reconcile._venue_claims, reconcile._role_names,
places.regions_apart). Hand-written reports on both sides, real spaCy parses."""

from __future__ import annotations

import json

import jsonschema
import pytest

import corroborator.reconcile as reconcile
from corroborator import Settings, Store, dossier_schema, render_json, run
from corroborator.analyze import analyze_doc
from corroborator.model import Article
from corroborator.places import regions_apart, story_places
from reconcile_reads import story_facets


def venue_facets(facets, subject):
    return [f for f in facets if f.attribute == "location" and f.subject == subject]


CHURCH = "Wasilla Bible Church"
CHURCH_LEDE = (
    "The Wasilla Bible Church in Wasilla, Alaska was badly damaged by a fire on Friday night. "
    "Nobody was hurt."
)


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        # another verb, the same church, a town on another continent: one of them is wrong
        (
            "Firefighters were called to Wasilla Bible Church in Lagos about 9:40 p.m. Friday, "
            "said James Steele, the fire chief.",
            "contradicted",
        ),
        # the same town, told by another verb: the two reports agree on where the church is
        (
            "Firefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 p.m. "
            "Friday, said James Steele, the fire chief.",
            "corroborated",
        ),
    ],
)
def test_a_venue_is_in_one_town_whatever_happened_there(nlp, second, verdict):
    facets = story_facets(nlp, [("Wire", CHURCH_LEDE), ("Daily", second)])
    found = venue_facets(facets, CHURCH)
    assert [f.verdict for f in found] == [verdict]
    assert len(found[0].values) == (2 if verdict == "contradicted" else 1)


def test_a_venue_in_two_towns_of_one_state_far_apart_is_contested(nlp):
    """Two towns of one state 560 km apart are not the big city beside a town (NEAR_TOWNS_KM)."""
    facets = story_facets(
        nlp,
        [
            ("Wire", "Tara Reid has checked into Promises Treatment Center in Sacramento."),
            ("Daily", "Tara Reid was admitted into Promises Treatment Center in Los Angeles."),
        ],
    )
    found = venue_facets(facets, "Promises Treatment Center")
    assert [f.verdict for f in found] == ["contradicted"]


def test_a_venue_told_by_the_big_city_beside_it_agrees(nlp):
    """News names a town by the big city beside it: a rehab centre "in Malibu" and "in Los
    Angeles" is one place (the gazetteer keeps the two cities apart, regions_apart does not)."""
    facets = story_facets(
        nlp,
        [
            ("Wire", "Tara Reid has checked into Promises Treatment Center in Malibu, California."),
            ("Daily", "Tara Reid was admitted into Promises Treatment Center in Los Angeles."),
        ],
    )
    found = venue_facets(facets, "Promises Treatment Center")
    assert found and all(f.verdict != "contradicted" for f in found)


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        (CHURCH_LEDE, [("org:wasilla bible church", "place:wasilla")]),
        # a person's whereabouts are a state that changes, not where a venue is
        ("Tara Reid in Lagos was seen leaving a party on Friday.", []),
        # a venue the report places nowhere
        ("The fire destroyed the Wasilla Bible Church on Friday.", []),
    ],
)
def test_venue_places(nlp, text, venues):
    article = Article(id="a", text=text, source="test/a", outlet="Wire")
    analysis = analyze_doc(nlp(text), article, "test")
    found = reconcile._venue_places(analysis.claims, [article], {"a": analysis})
    assert [(venue, place) for _, venue, place in found] == venues


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Lagos", "Wasilla", True),
        ("Mannheim", "Dakar", True),
        ("Mannheim", "Berlin", True),  # one country the gazetteer gives no regions, 480 km
        ("Mannheim", "Heidelberg", False),  # the town beside it, 20 km
        ("Lagos", "Nigeria", False),
        ("Malibu, California", "Los Angeles", False),
        ("Long Beach", "Los Angeles", False),  # one state, 30 km: the big city beside it
        ("Los Angeles", "San Francisco", True),  # one state, 560 km: two towns (NEAR_TOWNS_KM)
        ("Sacramento", "Los Angeles", True),
        ("Somewhere Unknown", "Lagos", False),
    ],
)
def test_regions_apart(a, b, apart):
    # "Wasilla" and "Malibu" are placed by the story's own words
    context = story_places(["Wasilla, Alaska", "Malibu, California"])
    assert regions_apart(a, b, context) is apart


# The general manager of one club, named by the club's city in one report and by its
# nickname in another.
ANGELS = (
    "The Los Angeles Angels of Anaheim offered Mark Teixeira an eight-year contract. "
    '"We want him back," Angels general manager Tony Reagins said on Tuesday.'
)


@pytest.mark.parametrize(
    ("second", "verdict"),
    [
        (
            '"He is our top priority," Los Angeles general manager Ingrid Solberg said.',
            "contradicted",
        ),
        (
            '"He is our top priority," Los Angeles general manager Tony Reagins said.',
            "corroborated",
        ),
    ],
)
def test_a_role_qualified_by_two_parts_of_one_club_name_is_one_role(nlp, second, verdict):
    facets = story_facets(nlp, [("Wire", ANGELS), ("Daily", second)])
    roles = [f for f in facets if f.attribute == reconcile.ROLE_HOLDER]
    # the club as the story's entities name it in full
    assert [(f.subject, f.verdict) for f in roles] == [
        ("general manager of the Los Angeles Angels", verdict)
    ]


def test_role_names():
    organisations = ["Los Angeles Angels of Anaheim", "Boston Red Sox", "Los Angeles Times"]
    names = reconcile._role_names(
        ["angels general manager", "los angeles general manager", "red sox general manager"],
        organisations,
    )
    assert names == {
        "angels general manager": "general manager of the los angeles angels of anaheim",
        "los angeles general manager": "general manager of the los angeles angels of anaheim",
    }
    # words of two clubs: which one is meant is not told
    two = reconcile._role_names(
        ["los angeles general manager", "angels general manager"],
        [*organisations, "Los Angeles Angels Fan Club"],
    )
    assert two == {}
    # a name joined by "and" may be two bodies: two secretaries, not one
    departments = ["Interior and Commerce departments"]
    roles = ["interior secretary", "commerce secretary"]
    assert reconcile._role_names(roles, departments) == {}
    # words every body has tell no organisation; a deputy's role is not one
    staunton = ["Staunton Police Department", "Augusta County Sheriff's Office"]
    assert reconcile._role_names(["police chief", "staunton police chief"], staunton) == {}
    assert (
        reconcile._role_names(
            ["angels general manager", "los angeles assistant general manager"], organisations
        )
        == {}
    )


def test_the_venue_corpus_contests_where_the_church_is(tmp_path, data_dir):
    """Three outlets, one church fire: two place the church in Portland, Oregon, one in Bangor,
    Maine. The dossier contests where the church is, in the published JSON contract."""
    with Store(tmp_path / "a.db") as store:
        report = run([data_dir / "corpora" / "venue" / "articles.jsonl"], store, Settings())
    assert len(report.dossiers) == 1
    dossier = report.dossiers[0]
    jsonschema.Draft202012Validator(dossier_schema()).validate(json.loads(render_json(dossier)))
    [church] = [f for f in dossier.facets if f.attribute == "location"]
    assert (church.subject, church.verdict) == ("Grace Bible Church", "contradicted")
    by_label = {v.label: v for v in church.values}
    assert set(by_label) == {"in Portland", "in Bangor"}
    assert len({e.outlet for e in by_label["in Portland"].evidence}) == 2
    assert [e.outlet for e in by_label["in Bangor"].evidence] == ["Northeast Ledger"]
    # the dossier leads with the contested fact
    assert dossier.facets[0] is church


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        # a place ends with its line: not "Las Vegas.\nOwner"
        (
            "He was offered a contract at the Winter Meetings in Las Vegas.\nOwner Arte "
            "Moreno said so.",
            {"winter meetings": ("Las Vegas",)},
        ),
        # ... and with its sentence, but not at an abbreviation
        (
            "She checked into Promises Treatment Center in Malibu. Her rep confirmed it.",
            {"promises treatment center": ("Malibu",)},
        ),
        (
            "The fight was at the Savvis Center in St. Louis on Saturday.",
            {"savvis center": ("St. Louis",)},
        ),
        ("He arrived at the arena in Mannheim.", {}),  # no name
    ],
)
def test_venues_end_at_the_place(text, venues):
    assert reconcile._venues([text]) == venues


@pytest.mark.parametrize(
    ("first", "second", "disputed"),
    [
        # a residence and a move are two periods of a life
        (
            "Bettie Page moved to California in her later years.",
            "It was while living in Florida that Bettie Page found religion.",
            False,
        ),
        # ... and so are two residences
        (
            "Bettie Page lived in California in her later years.",
            "Bettie Page lived in Florida for a decade.",
            False,
        ),
        # a stay told of now against a move still disputes where someone is
        (
            "Yevgeny Prigozhin was banished to Belarus after the mutiny.",
            "Yevgeny Prigozhin is in St Petersburg, the Kremlin said.",
            True,
        ),
        # a stay told in the past and a move are two periods
        (
            "Lindsay Lohan is moving to a rehab facility in Malibu, Calif.",
            "Reports surfaced that Lindsay Lohan was at a clinic in Rancho Mirage, Calif.",
            False,
        ),
        # ... but two stays told in the past may be one moment
        (
            "On Tuesday, Yevgeny Prigozhin was in Minsk.",
            "On Tuesday, Yevgeny Prigozhin was in St Petersburg.",
            True,
        ),
    ],
)
def test_residences_and_moves_are_periods_of_a_life(nlp, first, second, disputed):
    facets = story_facets(nlp, [("Wire", first), ("Daily", second)])
    found = [f for f in facets if f.attribute == "location"]
    assert found, [(f.subject, f.attribute) for f in facets]
    assert any(f.verdict == "contradicted" for f in found) is disputed
