"""Places: England's counties (ENGLISH_COUNTY_RULE: "Surrey" in an English story
is no Surrey, B.C.), New York's districts written their own way (DISTRICT_SPELLING_RULE:
"SoHo" is no London Soho) and district names two cities share (SHARED_DISTRICTS), and a line
break ending a "Town, Region" (PLACE_IN_REGION)."""

from __future__ import annotations

import pytest

from corroborator.places import (
    ENGLISH_COUNTIES,
    place_path,
    place_path_in,
    regions_apart,
    relation,
    story_places,
)

UK = ("EU", "GB")
NEW_YORK_CITY = ("NA", "US", "NY", "New York City")

# The story's own places, as story_places reads them from its reports' "Town, Region".
BANSTEAD = [
    "More than 50 firefighters fought the blaze which destroyed the store in Banstead, Surrey.",
    "A Waitrose supermarket in Surrey has been destroyed in a fire.",
]
WELLINGTON = [
    "A man has been charged with arson after a fire at the Waitrose supermarket in "
    "Wellington, Somerset.\nA large fire has destroyed much of a supermarket in Somerset."
]
VIRGINIA = ["The ship docked in Hampton, Va., on Friday."]
BROOKLYN = ["He grew up in Brooklyn, N.Y., and opened a gallery in Soho."]

# --- ENGLISH_COUNTY_RULE ---------------------------------------------------------------------


@pytest.mark.parametrize("county", ["Hampshire", "West Sussex", "Wiltshire", "Isle of Wight"])
def test_a_county_no_city_is_named_for_lies_in_the_uk(county):
    assert place_path(county) == UK


@pytest.mark.parametrize(
    ("story", "county"), [(BANSTEAD, "Surrey"), (WELLINGTON, "Somerset"), (BANSTEAD, "Kent")]
)
def test_a_county_a_city_elsewhere_is_named_for_is_the_county_in_an_english_story(story, county):
    assert place_path_in(county, story_places(story)) == UK


def test_an_english_story_places_its_towns_in_the_uk_by_their_county():
    context = story_places(BANSTEAD)
    assert context["banstead"][:2] == UK
    assert relation("Surrey", "Banstead", context) == "contains"
    assert not regions_apart("Surrey", "Banstead", context)
    # the story's own Wellington, not New Zealand's capital
    assert place_path_in("Wellington", story_places(WELLINGTON))[:2] == UK


def test_a_town_the_gazetteer_does_not_know_in_the_uk_is_not_placed_by_its_county():
    # a county is no level of a path: "Toronto, Surrey" would sit beside Banstead unplaced
    context = story_places([*BANSTEAD, "The store in Toronto, Surrey, burned."])
    assert "toronto" not in context
    assert context["surrey"] == UK
    assert regions_apart("Toronto", "Banstead", context)  # the gazetteer's Toronto


@pytest.mark.parametrize(
    ("story", "name", "head"),
    [
        ([], "Surrey", ("NA", "CA")),  # no story: the gazetteer's city, British Columbia's
        (VIRGINIA, "Norfolk", ("NA", "US", "VA")),  # an American story: the city of Virginia
        ([], "Kent", ("NA", "US")),
    ],
)
def test_a_county_name_outside_an_english_story_is_the_city(story, name, head):
    path = place_path_in(name, story_places(story))
    assert path[: len(head)] == head


def test_english_counties_are_folded_names():
    assert all(name == name.lower().strip() for name in ENGLISH_COUNTIES)
    assert "surrey" in ENGLISH_COUNTIES and "york" not in ENGLISH_COUNTIES  # a city, not one


# --- DISTRICT_SPELLING_RULE and SHARED_DISTRICTS --------------------------------------------


@pytest.mark.parametrize("name", ["SoHo", "TriBeCa"])
def test_new_york_spellings_are_new_york_districts(name):
    assert place_path(name)[:4] == NEW_YORK_CITY


def test_soho_written_plainly_is_londons_unless_the_story_is_new_yorks():
    assert place_path("Soho")[:3] == ("EU", "GB", "London")
    assert place_path_in("Soho", story_places(BANSTEAD))[:3] == ("EU", "GB", "London")
    assert place_path_in("Soho", story_places(BROOKLYN))[:4] == NEW_YORK_CITY
    # the spelling wins over the story
    assert place_path_in("SoHo", story_places(BANSTEAD))[:4] == NEW_YORK_CITY


def test_soho_of_new_york_and_of_london_are_apart():
    assert regions_apart("SoHo", "Mayfair")
    assert relation("SoHo", "Mayfair") == "disjoint"
    assert not regions_apart("SoHo", "Brooklyn")


# --- PLACE_IN_REGION: a line break ends the region ------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Lohan checked in at Malibu, Calif.\nThe actress left."], {"malibu"}),
        (["She lives in Palmer, Alaska\nThe town is small."], {"palmer"}),
        # on one line, a capitalised word after the region still makes it no region
        (["He spoke in Austin, Texas Governor Greg Abbott said."], set()),
    ],
)
def test_a_region_stops_at_the_end_of_its_line(texts, expected):
    assert set(story_places(texts)) == expected
