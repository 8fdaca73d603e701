from __future__ import annotations

import pytest

from corroborator.places import place_path, relation, story_places


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


STORY = (
    "Tara Reid checked into Promises Treatment Center in Malibu, Calif., on Tuesday. "
    "PALMER, Alaska -- The old creamery burned. According to AP. Paris, Texas is small. "
    "St. Louis, Mo. was next. Austin, Texas Governor Rick Perry spoke. In Mannheim, Germany "
    "on Saturday. Hostility has been mounting in East Flatbush, Brooklyn, this week."
)


def test_a_story_places_its_own_towns():
    places = story_places([STORY])
    # too small for the gazetteer: the story says where it is
    assert places["malibu"] == ("NA", "US", "CA", "Malibu")
    # the gazetteer would take Palmer for a town in Colombia, Paris for France's capital
    assert places["palmer"][:3] == ("NA", "US", "AK")
    assert places["paris"][:3] == ("NA", "US", "TX")
    assert places["st. louis"][:3] == ("NA", "US", "MO")
    assert places["mannheim"][:2] == ("EU", "DE")
    # not places: a sentence's end, a region running on into a title, a borough
    assert not {"according to ap. paris", "ap. paris", "austin", "east flatbush"} & set(places)


def test_a_name_the_story_puts_in_two_regions_is_left_to_the_gazetteer():
    places = story_places(["Paris, Texas, is small.", "She flew to Paris, France."])
    assert "paris" not in places


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Malibu", "Santiago", "disjoint"),  # unknown to the gazetteer, known to the story
        ("Malibu", "California", "within"),
        ("Palmer", "Alaska", "within"),
        ("Palmer", "Colombia", "disjoint"),
        ("Paris", "Texas", "within"),
    ],
)
def test_a_storys_own_places_come_before_the_gazetteer(a, b, expected):
    assert relation(a, b, story_places([STORY])) == expected


def test_without_the_story_an_unknown_town_concludes_nothing():
    assert relation("Malibu", "Santiago") == "unknown"
