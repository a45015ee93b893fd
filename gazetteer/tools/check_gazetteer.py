#!/usr/bin/env python3
"""Sanity checks for the committed gazetteer files (no npm needed).

Run: python3 gazetteer/tools/check_gazetteer.py   (exit code 1 on failure)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import geopandas as gpd
from shapely.geometry import Point

GAZ = Path(__file__).resolve().parent.parent
KINDS = {"airbase", "airport", "refinery", "oil_depot", "bridge", "port",
         "power_plant", "nuclear_plant", "military", "other"}

# iso_code: (country, lat, lon, max distance in degrees)
EXPECTED = {
    "RU-BEL": ("RU", 50.7, 37.3, 0.6),
    "RU-KRS": ("RU", 51.7, 36.0, 0.6),
    "UA-23": ("UA", 47.4, 35.5, 1.0),
    "UA-43": ("UA", 45.3, 34.3, 0.8),
    "UA-40": ("UA", 44.55, 33.6, 0.3),
    "UA-59": ("UA", 50.9, 34.3, 0.8),
    "UA-30": ("UA", 50.45, 30.5, 0.3),
    "RU-MOW": ("RU", 55.75, 37.6, 0.5),
}


def main() -> int:
    errors: list[str] = []
    admin1 = list(csv.DictReader(open(GAZ / "admin1.csv", encoding="utf-8")))
    countries = list(csv.DictReader(open(GAZ / "countries.csv", encoding="utf-8")))
    sites = list(csv.DictReader(open(GAZ / "sites.csv", encoding="utf-8")))
    counties = list(csv.DictReader(open(GAZ / "us_counties.csv", encoding="utf-8")))
    regions = list(csv.DictReader(open(GAZ / "regions.csv", encoding="utf-8")))
    print(f"admin1.csv {len(admin1)} rows, countries.csv {len(countries)} rows, sites.csv {len(sites)} rows, "
          f"us_counties.csv {len(counties)} rows, regions.csv {len(regions)} rows")

    by_iso = {r["iso_code"]: r for r in admin1}
    if len(by_iso) != len(admin1):
        errors.append("duplicate iso_code in admin1.csv")
    for iso, (cc, lat, lon, tol) in EXPECTED.items():
        r = by_iso.get(iso)
        if r is None:
            errors.append(f"{iso} missing")
            continue
        d = Point(float(r["lon"]), float(r["lat"])).distance(Point(lon, lat))
        print(f"  {iso} {r['country']} {r['name']!r} {r['lat']},{r['lon']} (off {d:.2f} deg) gn={r['geonames_code']}")
        if r["country"] != cc or d > tol:
            errors.append(f"{iso}: country {r['country']} / point off by {d:.2f}")
    codes = [r["geonames_code"] for r in admin1 if r["geonames_code"]]
    if len(codes) != len(set(codes)):
        errors.append("duplicate geonames_code in admin1.csv")

    ids = set()
    for r in sites:
        try:
            lat, lon, prec = float(r["lat"]), float(r["lon"]), int(r["precision"])
        except ValueError as exc:
            errors.append(f"{r['id']}: {exc}")
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or prec not in (1, 2):
            errors.append(f"{r['id']}: bad lat/lon/precision")
        if r["kind"] not in KINDS or not r["id"].startswith("site:") or r["id"] in ids:
            errors.append(f"{r['id']}: bad kind or id")
        if r["admin1"] and r["admin1"] not in by_iso:
            errors.append(f"{r['id']}: admin1 {r['admin1']} not in admin1.csv")
        if not r["source"].startswith(("airportsdata ", "GeoNames ", "midpoint of GeoNames ")):
            errors.append(f"{r['id']}: unexpected source {r['source']!r}")
        ids.add(r["id"])

    gdf = gpd.read_file(GAZ / "admin1_polygons.geojson")
    print(f"admin1_polygons.geojson: {len(gdf)} features, crs={gdf.crs}, "
          f"countries={sorted(gdf['country'].unique())}")
    if not gdf.geometry.is_valid.all():
        errors.append("invalid polygons in admin1_polygons.geojson")
    for iso in ("UA-43", "UA-40"):
        row = gdf[gdf["iso_code"] == iso]
        if row.empty or row.iloc[0]["country"] != "UA":
            errors.append(f"{iso} missing or not UA in polygons")
    for _, f in gdf.iterrows():
        a = by_iso.get(f["iso_code"])
        if a is None or a["name"] != f["name"]:
            errors.append(f"polygon {f['iso_code']} name mismatch with admin1.csv")
    states = {r["iso_code"] for r in admin1 if r["country"] == "US"}
    if len(counties) < 3000:
        errors.append(f"us_counties.csv: only {len(counties)} rows")
    for r in counties:
        if r["state"] not in states:
            errors.append(f"county {r['fips']} {r['name']}: state {r['state']} not in admin1.csv")
        if not (17 <= float(r["lat"]) <= 72 and -180 <= float(r["lon"]) <= -64):
            errors.append(f"county {r['fips']} {r['name']}: point outside the US")
    if len({r["id"] for r in regions}) != len(regions):
        errors.append("duplicate id in regions.csv")
    codes = {r["iso2"] for r in countries}
    for r in regions:
        if r.get("country"):
            # A sub-national area: its members are that country's Natural Earth admin-1 codes.
            if r["country"] not in codes:
                errors.append(f"{r['id']}: country {r['country']} not in countries.csv")
            bad = [m for m in r["members"].split() if not m.startswith(r["country"] + "-")]
            if bad or not r["members"]:
                errors.append(f"{r['id']}: members {bad} are not admin-1 codes of {r['country']}")
            continue
        for cc in r["members"].split():
            if cc not in codes:
                errors.append(f"{r['id']}: member {cc} not in countries.csv")
        if r["kind"] not in {"macroregion", "water"} or r["precision"] not in {"2", "3"} or not r["source"]:
            errors.append(f"{r['id']}: bad kind, precision or source")
    for path in ("admin1.csv", "countries.csv", "sites.csv", "us_counties.csv", "regions.csv",
                 "admin1_polygons.geojson"):
        print(f"  {path}: {(GAZ / path).stat().st_size / 1e6:.2f} MB")

    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
