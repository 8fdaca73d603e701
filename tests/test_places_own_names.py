"""A name is first the city it is the own name of (OWN_NAME_RULE), before a city that GeoNames
lists it for only as an old, foreign or misspelt name, on the real gazetteer."""

from __future__ import annotations

import pytest

from corroborator.places import OTHER_NAME_POPULATION_RATIO, place_path, relation


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Islamabad", "PK"),  # not Chattogram, once called Islamabad
        ("Montgomery", "US"),  # not Sahiwal, once Montgomery
        ("Zaragoza", "ES"),
        ("Porto", "PT"),
        ("Cancun", "MX"),
        ("Fort Lee", "US"),
    ],
)
def test_a_citys_own_name_is_that_city(name, country):
    assert place_path(name)[1] == country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # the English name of a great city, kept though a small town has it as its own name
        ("Sana", "YE"),
        ("Kiev", "UA"),
        ("Peking", "CN"),
    ],
)
def test_a_great_citys_english_name_stays_that_city(name, country):
    assert place_path(name)[1] == country


def test_islamabad_lies_in_pakistan():
    assert relation("Islamabad", "Pakistan") == "within"
    assert OTHER_NAME_POPULATION_RATIO > 1
