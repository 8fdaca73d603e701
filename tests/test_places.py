from __future__ import annotations

import pytest

from corroborator.places import place_path, relation


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Russia", "Saint Petersburg", "contains"),
        ("St Petersburg", "Russia", "within"),
        ("St Petersburg", "Saint Petersburg", "same"),
        ("Belarus", "Saint Petersburg", "disjoint"),
        ("Kremlin", "Moscow", "within"),
        ("Moscow", "Saint Petersburg", "disjoint"),
        ("Paris", "France", "within"),
        ("UK", "London", "contains"),
        ("Narnia", "France", "unknown"),
    ],
)
def test_containment(a, b, expected):
    assert relation(a, b) == expected


def test_ambiguous_city_names_mean_the_most_populous():
    assert place_path("Paris")[1] == "FR"
    assert place_path("Saint Petersburg")[1] == "RU"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # US states hold their cities and exclude each other
        ("Florida", "California", "disjoint"),
        ("Florida", "Miami", "contains"),
        ("Atlanta", "Detroit", "disjoint"),
        ("New York", "New York City", "contains"),
        ("Newport Beach", "Rancho Mirage", "disjoint"),
        # a state's name that is a country or a capital keeps that meaning
        ("Georgia", "Tbilisi", "contains"),
        ("Washington", "White House", "contains"),
        ("Capitol Hill", "Washington", "within"),
    ],
)
def test_us_states_contain_their_cities(a, b, expected):
    assert relation(a, b) == expected


def test_florida_is_no_colombian_town():
    assert place_path("Florida") == ("NA", "US", "FL")
