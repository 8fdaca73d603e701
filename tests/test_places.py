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
