"""The geopy-compatible offline geocoder, against the real built index (no network)."""

from __future__ import annotations

import pytest
from geopy.geocoders import Nominatim
from geopy.location import Location
from geopy.point import Point

from geostrike.geo import haversine_km
from geostrike.geocoder import LocalGazetteer, get_geocoder

pytestmark = pytest.mark.slow  # every test opens the full gazetteer index


@pytest.fixture(scope="module")
def geocoder(gazetteer) -> LocalGazetteer:
    return LocalGazetteer(gazetteer)


def near(loc: Location, lat: float, lon: float, km: float = 15) -> bool:
    return haversine_km(loc.latitude, loc.longitude, lat, lon) < km


@pytest.mark.parametrize("query,lat,lon,place_id", [
    ("Kharkov", 49.98, 36.25, "gn:706483"),
    ("Lyman, Donetsk Oblast", 48.99, 37.81, "gn:704204"),
    ("Lyman, Wyoming", 41.33, -110.29, "gn:5831346"),
    ("Lyman, UA", 48.99, 37.81, "gn:704204"),
    ("Lyman, Donetsk Oblast, Ukraine", 48.99, 37.81, "gn:704204"),
    ("Paris, France", 48.85, 2.35, "gn:2988507"),
    ("Paris, Texas", 33.66, -95.56, "gn:4717560"),
    ("Kyiv, Kyiv Oblast", 50.45, 30.52, "gn:703448"),  # the city is its own unit, inside the oblast
])
def test_geocode_name_and_qualifier(geocoder, query, lat, lon, place_id):
    loc = geocoder.geocode(query)
    assert isinstance(loc, Location)
    assert loc.raw["id"] == place_id
    assert near(loc, lat, lon), loc


@pytest.mark.parametrize("query,place_id", [
    ("Kursk region", "adm1:RU-KRS"), ("Kharkov region", "adm1:UA-63"), ("Donetsk Oblast", "adm1:UA-14"),
    ("France", "country:FR"), ("Kursk", "gn:538560"), ("Kyiv", "gn:703448"),
])
def test_regions_and_countries_when_asked_for(geocoder, query, place_id):
    assert geocoder.geocode(query).raw["id"] == place_id


def test_facility_words_prefer_air_bases(geocoder):
    assert geocoder.geocode("Engels").raw["kind"] == "city"
    assert geocoder.geocode("Engels air base").raw["kind"] in {"site", "airfield"}
    assert geocoder.geocode("Engels air base").raw["admin1"] == "RU-SAR"


def test_location_reads_like_geopy(geocoder):
    loc = geocoder.geocode("Lyman, Donetsk Oblast")
    assert loc.address == "Lyman, Donetsk Oblast, UA"
    assert loc.point == Point(loc.latitude, loc.longitude)
    assert {"id", "name", "kind", "country", "admin1", "population", "matched", "score"} <= set(loc.raw)
    assert loc.raw["matched"] == "Lyman"
    assert geocoder.geocode("France").address == "France"


def test_exactly_one_false_gives_a_ranked_list(geocoder):
    locs = geocoder.geocode("Lyman", exactly_one=False)
    assert isinstance(locs, list) and len(locs) >= 5
    assert {loc.raw["country"] for loc in locs} >= {"UA", "US"}
    assert locs[0].raw["id"] == "gn:704204"  # the best known one: the largest
    scores = [loc.raw["score"] for loc in locs]
    assert scores == sorted(scores, reverse=True)
    assert len(geocoder.geocode("Lyman", exactly_one=False, limit=2)) == 2


def test_filters(geocoder):
    assert geocoder.geocode("Lyman", country_codes="us").raw["country"] == "US"
    assert geocoder.geocode("Lyman", country_codes=["UA"], exactly_one=False)[-1].raw["country"] == "UA"
    assert geocoder.geocode("Kursk", kinds=("admin1",)).raw["id"] == "adm1:RU-KRS"
    assert geocoder.geocode("Engels", kinds="airfield").raw["id"] == "icao:XWSG"


@pytest.mark.parametrize("query", ["Xqzzyville", "Lyman, Texas", "   ", ","])
def test_no_match_is_none(geocoder, query):
    assert geocoder.geocode(query) is None
    assert geocoder.geocode(query, exactly_one=False) is None


def test_bad_arguments(geocoder):
    with pytest.raises(ValueError, match="limit"):
        geocoder.geocode("Lyman", exactly_one=False, limit=0)
    with pytest.raises(ValueError, match="string"):
        geocoder.geocode(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("query", [(50.45, 30.52), "50.45, 30.52", Point(50.45, 30.52), [50.45, 30.52]])
def test_reverse_finds_kyiv(geocoder, query):
    loc = geocoder.reverse(query)
    assert loc.raw["id"] == "gn:703448"
    assert loc.address == "Kyiv, Kyiv, UA"
    assert loc.raw["distance_km"] < 2


def test_reverse_districts_and_lists(geocoder):
    # GeoNames lists central Kyiv's districts as places of their own; asked for, they come back.
    district = geocoder.reverse((50.45, 30.52), districts=True)
    assert district.raw["id"] != "gn:703448" and district.raw["admin1"] == "UA-30"
    locs = geocoder.reverse((48.99, 37.81), exactly_one=False, limit=5)
    assert len(locs) == 5 and locs[0].raw["id"] == "gn:704204"
    assert len({loc.raw["id"] for loc in locs}) == 5


def test_reverse_air_base(geocoder):
    loc = geocoder.reverse((51.48, 46.21), kinds=("airfield",))
    assert loc.raw["id"] == "icao:XWSG"
    assert loc.raw["distance_km"] < 3


def test_reverse_is_the_true_nearest(geocoder, gazetteer):
    # Brute force over every airfield agrees with the grid search, including across the antimeridian.
    import sqlite3

    con = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    rows = con.execute("SELECT id, lat, lon FROM places WHERE kind='airfield'").fetchall()
    con.close()
    for lat, lon in [(0.0, 179.99), (-45.0, -179.5), (78.0, 15.0), (-89.0, 0.0), (10.0, -30.0)]:
        want = min(rows, key=lambda r: haversine_km(lat, lon, r[1], r[2]))[0]
        assert geocoder.reverse((lat, lon), kinds="airfield").raw["id"] == want


@pytest.mark.parametrize("query,message", [
    ((91.0, 30.0), "latitude 91.0 is out of range"),
    ((30.0, 200.0), "longitude 200.0 is out of range"),
    ("fifty, thirty", "cannot read"),
    ((float("nan"), 1.0), "finite"),
    ((1.0,), "cannot read"),
])
def test_reverse_rejects_bad_points(geocoder, query, message):
    with pytest.raises(ValueError, match=message):
        geocoder.reverse(query)


def test_get_geocoder(gazetteer):
    local = get_geocoder("local", gazetteer=gazetteer)
    assert isinstance(local, LocalGazetteer)
    assert local.geocode("Kharkov").raw["name"] == "Kharkiv"
    assert isinstance(get_geocoder("nominatim"), Nominatim)  # built only, never called
    assert get_geocoder("Nominatim", user_agent="test-agent").headers["User-Agent"] == "test-agent"
    with pytest.raises(ValueError, match="'bogus'.*local, nominatim"):
        get_geocoder("bogus")


def test_code_written_for_geopy_runs_unchanged(geocoder):
    def where(geocoder, q):
        loc = geocoder.geocode(q)
        return loc.latitude, loc.longitude

    lat, lon = where(geocoder, "Kharkov")
    assert haversine_km(lat, lon, 49.98, 36.25) < 15


def test_geocode_counties_regions_seas_and_abbreviations():
    from geostrike.geocoder import LocalGazetteer

    g = LocalGazetteer()
    assert g.geocode("Laurel County, Kentucky").raw["id"] == "adm2:US-21125"
    assert g.geocode("Middle East").raw["kind"] == "macroregion"
    assert g.geocode("Black Sea").raw["kind"] == "water"
    assert g.geocode("EU").raw["id"] == "region:european-union"  # not the town of Eu
    assert g.geocode("US").raw["id"] == "country:US"
