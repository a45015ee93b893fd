"""The event store: one SQLite file that makes re-runs incremental and survives crashes.

``geostrike run`` records every article it reads (a hash of its content, its metadata,
``done`` or ``failed`` with the error), the place mentions it found, the events, and
which articles are the sources of each event. Articles are stored in batches, one
transaction per batch (:meth:`EventStore.add_articles`; how large a batch is, is the
caller's policy: see :data:`geostrike.pipeline.COMMIT_EVERY`): an article's row,
mentions, events and sources commit together, so a run killed at any moment leaves whole
articles only, and the next run carries on with the articles that are missing.

Re-runs skip an article whose id and content hash are already ``done``. A changed article
(same id, new hash) is processed again: what it contributed is taken out first, and events
it shared with other articles are rebuilt from their remaining sources. A new event that
reports a stored strike (the rules of :func:`geostrike.merge.merge_across_articles`)
becomes one more source of the stored event rather than a duplicate.

Every article keeps the place in which it was first read (``articles.seq``), also when it
is edited and processed again, and a stored event is always its sources' reports merged
in that order: the first source gives the event its id, quote and first claims. Editing
an article and running again therefore gives the store that a rebuild from scratch would
give, and reverting the edit gives back the original event ids. Articles are stored one
by one within a batch (a savepoint each): an article that cannot be stored fails alone
(:attr:`ArticleOutcome.error`), and the rest of its batch is stored.

The file is in WAL mode with a long busy timeout, so two runs can share one store: they
take turns to commit. Maps and GeoJSON are regenerated from the store, with filters,
without re-parsing (``geostrike map --store``).

Tables::

    articles(id PK, source_path, content_hash, title, url, published, status, error, processed_at, seq)
    mentions(id PK, article_id → articles, start, end, text, name, hint, gazetteer_id, lat, lon, precision)
    events(id PK, event_id UNIQUE, article_id, date, day, attacker, weapon, event_type, gazetteer_id,
           sources_count, lon, lat, quote_start, place_start, properties JSON, record JSON)
    event_sources(id PK, event_id → events, article_id → articles, quote, record JSON)
    reviews(id PK, event_id, attached, anchor_place, anchor_text, anchor_sources JSON, status, reason,
            reviewed_at, reviewed_sources JSON, overrides JSON, merged_into → reviews, updated_at)
    review_log(id PK, at, action, event_id, detail JSON)
    candidates(article_id PK → articles, published, text, places JSON, reason)
    analyst_events(event_id PK, article_id, record JSON, created_at)

The last four hold the analyst's review (version 4, :mod:`geostrike.review`): runs never
rebuild them. Each decision is re-attached, in the transaction of the run that changed its
event, to the event that now carries its fingerprint (:meth:`EventStore._reattach`), and
:meth:`EventStore.features` lays it over the machine's event. An article's unlinked
candidate is stored and replaced with the article.

``events.properties`` is the GeoJSON property dict; ``events.record`` and
``event_sources.record`` hold the whole :class:`~geostrike.models.StrikeEvent` (merged, and
as each article told it) so that merging reuses :func:`geostrike.merge.absorb` exactly.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .exceptions import StoreError
from .merge import SAME_PLACE_KM, absorb, same_strike
from .models import Article, EventDate, GazetteerEntry, PlaceMention, ResolvedPlace, Source, StrikeEvent

if TYPE_CHECKING:
    from .models import ArticleResult
    from .read import ReadFailure

SCHEMA_VERSION = 4
#: Versions this geostrike upgrades in place when it opens them (1: no ``articles.seq``;
#: 2: no status ``skipped: language xx``; 3: no review tables).
UPGRADABLE = {1, 2, 3}
#: The ``articles.status`` constraint (v3): done, failed, or kept aside unprocessed.
_STATUS_CHECK = "CHECK (status IN ('done', 'failed') OR status LIKE 'skipped: %')"
#: How long a run waits for another run that holds the store's write lock.
BUSY_TIMEOUT_S = 60.0
STORE_NAME = "geostrike.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source_path TEXT,
    content_hash TEXT,
    title TEXT,
    url TEXT,
    published TEXT,
    status TEXT NOT NULL CHECK (status IN ('done', 'failed') OR status LIKE 'skipped: %'),
    error TEXT,
    processed_at TEXT NOT NULL,
    seq INTEGER
);
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    hint TEXT,
    gazetteer_id TEXT,
    lat REAL,
    lon REAL,
    precision INTEGER
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL,
    date TEXT,
    day TEXT,
    attacker TEXT,
    weapon TEXT,
    event_type TEXT NOT NULL,
    gazetteer_id TEXT NOT NULL,
    sources_count INTEGER NOT NULL,
    lon REAL NOT NULL,
    lat REAL NOT NULL,
    quote_start INTEGER NOT NULL,
    place_start INTEGER NOT NULL,
    properties TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_day ON events(day, lat);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_order ON events(article_id, quote_start, place_start);
CREATE TABLE IF NOT EXISTS event_sources (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE ON UPDATE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources(event_id);
CREATE INDEX IF NOT EXISTS event_sources_article ON event_sources(article_id);
"""

#: The analyst's decisions (version 4; see :mod:`geostrike.review`). Kept apart from the
#: machine's tables, which runs rebuild: a decision is never deleted by a run, only
#: re-attached to the event that now carries its sources and place (:meth:`EventStore._reattach`).
_REVIEW_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    attached INTEGER NOT NULL DEFAULT 1,
    anchor_place TEXT NOT NULL,
    anchor_text TEXT,
    anchor_sources TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'unverified' CHECK (status IN ('unverified', 'verified', 'rejected')),
    reason TEXT,
    reviewed_at TEXT,
    reviewed_sources TEXT,
    overrides TEXT NOT NULL DEFAULT '{}',
    merged_into INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS reviews_event ON reviews(event_id) WHERE attached = 1;
CREATE INDEX IF NOT EXISTS reviews_merged ON reviews(merged_into);
CREATE TABLE IF NOT EXISTS review_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    event_id TEXT,
    detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS candidates (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    published TEXT,
    text TEXT NOT NULL,
    places TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS analyst_events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


def content_hash(article: Article, cli_date: date | None = None) -> str:
    """SHA-256 of what the events of ``article`` depend on: id, text, metadata, ``--date``."""
    parts = [article.id, article.text, str(article.published), str(article.title), str(article.url), str(cli_date)]
    if article.published_at is not None or article.also:  # feeds' times and merged copies
        parts += [str(article.published_at), *(s.article_id for s in article.also)]
    if article.theatre:  # read in a collection about the war (geostrike.pipeline.collection_context)
        parts.append("theatre")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _plain(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def event_to_record(ev: StrikeEvent) -> dict[str, Any]:
    """A JSON-ready dict holding all of ``ev`` (inverse: :func:`event_from_record`)."""
    rec = _plain(ev)
    rec["place"] = {"mention": _plain(ev.place.mention), "entry": _plain(ev.place.entry),
                    "precision": ev.place.precision, "score": ev.place.score, "candidates": ev.place.candidates,
                    "fuzzy": ev.place.fuzzy}
    rec["date"] = {"value": ev.date.value.isoformat() if ev.date.value else None,
                   "precision": ev.date.precision, "text": ev.date.text}
    rec["extra_quotes"] = list(ev.extra_quotes)
    rec["counts_approximate"] = sorted(ev.counts_approximate)
    rec["sources"] = [[s.article_id, s.title, s.url] for s in ev.sources]
    rec["claims"] = list(ev.claims)
    return rec


def event_from_record(rec: dict[str, Any]) -> StrikeEvent:
    """The :class:`StrikeEvent` that :func:`event_to_record` stored."""
    p, d = rec["place"], rec["date"]
    place = ResolvedPlace(PlaceMention(**p["mention"]), GazetteerEntry(**p["entry"]), p["precision"], p["score"],
                          p["candidates"], bool(p.get("fuzzy", False)))
    return StrikeEvent(**{
        **rec, "place": place,
        "date": EventDate(date.fromisoformat(d["value"]) if d["value"] else None, d["precision"], d["text"]),
        "extra_quotes": tuple(rec["extra_quotes"]), "counts_approximate": frozenset(rec["counts_approximate"]),
        "sources": tuple(Source(*s) for s in rec["sources"]), "claims": tuple(rec["claims"]),
    })


def candidate_query(ev: StrikeEvent) -> tuple[str, tuple[Any, ...]]:
    """The SQL (``?`` parameters) and parameters that select, oldest first, the ``event_id``
    of each stored event that may report the strike of the dated event ``ev``: those that
    can pass :func:`same_strike` (same day ±1; the same place, or a point nearby; sides and
    kinds that agree), checked in SQL so that only likely matches are decoded."""
    assert ev.date.value is not None
    window = ((ev.date.value - timedelta(days=1)).isoformat(), (ev.date.value + timedelta(days=1)).isoformat())
    lat, lon = ev.place.lat, ev.place.lon
    dlat = SAME_PLACE_KM / 111.0 + 0.01
    dlon = 360.0 if abs(lat) > 80 else dlat / math.cos(math.radians(lat))
    ground = ("ground advance", "airport closure")
    kind = "IN" if ev.event_type in ground else "NOT IN"
    return ("SELECT event_id FROM events WHERE day BETWEEN ? AND ? AND (gazetteer_id = ? OR "
            "(lat BETWEEN ? AND ? AND (lon BETWEEN ? AND ? OR lon - 360 BETWEEN ? AND ? "
            "OR lon + 360 BETWEEN ? AND ?))) AND (attacker IS NULL OR CAST(? AS TEXT) IS NULL OR attacker = ?) "
            f"AND event_type {kind} (?, ?) ORDER BY id",
            (*window, ev.place.entry.id, lat - dlat, lat + dlat, *(lon - dlon, lon + dlon) * 3,
             ev.attacker, ev.attacker, *ground))


def _filter_date(iso: str | None) -> str | None:
    """The first day an event's ISO date (``2024``, ``2024-06``, ``2024-06-30``) covers."""
    if not iso:
        return None
    return iso + "-01-01"[len(iso) - 4:] if len(iso) < 10 else iso[:10]


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``"minlon,minlat,maxlon,maxlat"`` as four floats.

    Raises
    ------
    ValueError
        When the text is not four numbers within the WGS 84 range, south before north.
    """
    try:
        box = tuple(float(x) for x in text.split(","))
    except ValueError:
        box = ()
    if len(box) != 4:
        raise ValueError(f"{text!r} is not minlon,minlat,maxlon,maxlat (four numbers)")
    minlon, minlat, maxlon, maxlat = box
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise ValueError(f"{text!r}: longitudes must be within ±180, latitudes within ±90, south before north")
    return minlon, minlat, maxlon, maxlat


def _values(items: tuple[str, ...] | None) -> list[str | None]:
    return [None if v.lower() in {"none", "null", "unknown"} else v for v in items or ()]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a map shows; every criterion given must hold.

    Parameters
    ----------
    since, until : datetime.date, optional
        First and last day (inclusive). An event dated to a month or year counts from its
        first day; undated events are left out when either bound is given.
    attackers, weapons, types : tuple of str, optional
        Accepted values of ``attacker`` (``RU``, ``UA`` …), ``weapon`` and ``event_type``;
        ``none`` stands for a missing value.
    bbox : (minlon, minlat, maxlon, maxlat), optional
        Where the point must lie; ``minlon > maxlon`` crosses the antimeridian.
    min_sources : int
        Events reported by at least this many articles.
    statuses : tuple of str, optional
        Review statuses shown (``unverified``, ``verified``, ``rejected``); by default all
        but ``rejected``.
    include_rejected : bool
        Show rejected events too (when ``statuses`` is not given).
    """

    since: date | None = None
    until: date | None = None
    attackers: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None
    min_sources: int = 1
    statuses: tuple[str, ...] = ()
    include_rejected: bool = False

    def shows(self, status: str | None) -> bool:
        """Whether an event of this review status (None: never reviewed) passes."""
        status = status or "unverified"
        if self.statuses:
            return status in self.statuses
        return status != "rejected" or self.include_rejected

    def sql(self) -> tuple[str, list[Any]]:
        """A ``WHERE`` clause over the ``events`` table, and its parameters."""
        clauses, params = ["TRUE"], []
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append("date <= ?")
            params.append(self.until.isoformat())
        for column, wanted in (("upper(attacker)", tuple(a.upper() for a in self.attackers)),
                               ("weapon", self.weapons), ("event_type", self.types)):
            values = _values(wanted)
            if values:
                known = [v for v in values if v is not None]
                alts = [f"{column} IN ({','.join('?' * len(known))})"] if known else []
                alts += [f"{column} IS NULL"] if None in values else []
                clauses.append("(" + " OR ".join(alts) + ")")
                params.extend(known)
        if self.bbox:
            minlon, minlat, maxlon, maxlat = self.bbox
            lon = "lon BETWEEN ? AND ?" if minlon <= maxlon else "(lon >= ? OR lon <= ?)"
            clauses.append(f"{lon} AND lat BETWEEN ? AND ?")
            params.extend([minlon, maxlon, minlat, maxlat])
        if self.min_sources > 1:
            clauses.append("sources_count >= ?")
            params.append(min(self.min_sources, 2**63 - 1))  # SQLite's largest integer
        return " AND ".join(clauses), params

    def matches(self, feature: dict[str, Any]) -> bool:
        """Whether a GeoJSON feature (as ``events.geojson`` holds them) passes the filter."""
        p = feature.get("properties") or {}
        day = _filter_date(p.get("date"))
        if (self.since or self.until) and day is None:
            return False
        if day is not None and ((self.since and day < self.since.isoformat())
                                or (self.until and day > self.until.isoformat())):
            return False
        attacker = p.get("attacker")
        for value, wanted in ((attacker.upper() if attacker else None, tuple(a.upper() for a in self.attackers)),
                              (p.get("weapon"), self.weapons), (p.get("event_type"), self.types)):
            if wanted and value not in _values(wanted):
                return False
        if self.bbox:
            lon, lat = feature["geometry"]["coordinates"][:2]
            minlon, minlat, maxlon, maxlat = self.bbox
            in_lon = minlon <= lon <= maxlon if minlon <= maxlon else (lon >= minlon or lon <= maxlon)
            if not (in_lon and minlat <= lat <= maxlat):
                return False
        return int(p.get("sources_count") or 1) >= self.min_sources and self.shows(p.get("status"))


def filter_values(features: Iterable[dict[str, Any]]) -> dict[str, set[str | None]]:
    """:meth:`EventStore.filter_values` of GeoJSON features."""
    out: dict[str, set[str | None]] = {"attacker": set(), "weapon": set(), "event_type": set()}
    for f in features:
        p = f.get("properties") or {}
        for column in out:
            value = p.get(column)
            out[column].add(value.upper() if column == "attacker" and isinstance(value, str) else
                            value if isinstance(value, str) else None)
    return out


@dataclass(frozen=True, slots=True)
class ArticleOutcome:
    """What storing one article did: events added, and events merged into stored ones."""

    new: int
    merged: int
    #: Set when the article could not be stored: why (nothing of it was stored).
    error: str | None = None


def _switch_to_wal(con: sqlite3.Connection) -> str:
    """Put the database in WAL mode and return the journal mode it is in.

    Switching needs a moment of exclusive access, and SQLite answers "database is locked"
    at once, without its busy handler, when another run holds the file (two runs creating
    one store at the same time): so wait and try again, up to :data:`BUSY_TIMEOUT_S`.
    """
    mode = con.execute("PRAGMA journal_mode").fetchone()[0].lower()
    if mode == "wal":
        return mode  # WAL is persistent: an existing store needs no switch
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.01
    while True:
        try:
            return con.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


#: Errors that come from one article's data (a value SQLite or JSON cannot hold), not from
#: the store itself: such an article fails alone. Others (a full disk, a lock, a corrupt
#: file) stop the batch.
_ARTICLE_ERRORS = (sqlite3.ProgrammingError, sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.DataError,
                   ValueError, TypeError, OverflowError, RecursionError)


class EventStore:
    """The SQLite event store (see the module docstring).

    Parameters
    ----------
    path : pathlib.Path
        The store file; created, with its folder, when missing and ``create`` is true.
    create : bool
        When false, a missing file raises :class:`~geostrike.exceptions.StoreError`.

    Examples
    --------
    >>> with EventStore(Path("output/geostrike.sqlite")) as store:  # doctest: +SKIP
    ...     collection = store.feature_collection(EventFilter(attackers=("RU",), min_sources=2))
    """

    #: The database's errors, and those of one article's data (the PostGIS store of
    #: :mod:`geostrike.store_pg`, which runs this class's SQL, sets its driver's).
    _DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error,)
    _ARTICLE_ERRORS: tuple[type[BaseException], ...] = _ARTICLE_ERRORS

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        # Within one write transaction: stored events decoded or written so far (by
        # event_id), and those whose JSON columns still have to be written (_flush).
        self._events: dict[str, StrikeEvent] = {}
        self._stale: set[str] = set()
        # Events that gained a source in this transaction (their decisions' anchors grow).
        self._touched: set[str] = set()
        if not create and not path.is_file():
            raise StoreError(f"{path}: no such event store; 'geostrike run' creates it")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            self._con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            if _switch_to_wal(self._con) != "wal":
                raise StoreError(f"{path}: cannot switch the store to WAL mode (is it on a network drive?)")
            self._con.execute("PRAGMA synchronous = NORMAL")
            self._con.execute("PRAGMA foreign_keys = ON")
            version = self._con.execute("PRAGMA user_version").fetchone()[0]
            if version == 0 and create:
                with self.transaction():
                    # Another run may have created the store while this one waited for the lock.
                    if self._con.execute("PRAGMA user_version").fetchone()[0] == 0:
                        self._create_schema()
            elif version in UPGRADABLE:
                with self.transaction():
                    if self._con.execute("PRAGMA user_version").fetchone()[0] in UPGRADABLE:
                        self._upgrade()
            elif version != SCHEMA_VERSION:
                raise StoreError(f"{path}: event store version {version}, this geostrike reads version "
                                 f"{SCHEMA_VERSION}; start a new store with --store")
        except StoreError:
            self._con.close()
            raise
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the event store ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the event store ({exc.strerror})") from exc

    def _create_schema(self) -> None:
        for statement in (_SCHEMA + _REVIEW_SCHEMA).split(";"):
            if statement.strip():
                self._con.execute(statement)
        self._con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _upgrade(self) -> None:
        """Version 1 → 2: articles keep the order in which they were first stored.
        Version 2 → 3: an article may be stored unprocessed (``skipped: language uk``).
        Version 3 → 4: the analyst's review tables (events and articles stay as they are;
        unlinked candidates are kept from the next run of each article on)."""
        version = self._con.execute("PRAGMA user_version").fetchone()[0]
        for statement in _REVIEW_SCHEMA.split(";"):
            if statement.strip():
                self._con.execute(statement)
        if version >= 3:
            self._con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            return
        if version < 2:
            self._con.execute("ALTER TABLE articles ADD COLUMN seq INTEGER")
            self._con.execute("UPDATE articles SET seq = rowid")
            self._con.execute("CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq)")
        # A CHECK constraint changes in the table's stored definition, as SQLite documents
        # for changes that leave the data as it is (ALTER TABLE, "other kinds of changes").
        schema_version = self._con.execute("PRAGMA schema_version").fetchone()[0]
        self._con.execute("PRAGMA writable_schema = ON")
        try:
            self._con.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' "
                              "AND name = 'articles'", ("CHECK (status IN ('done', 'failed'))", _STATUS_CHECK))
            self._con.execute(f"PRAGMA schema_version = {schema_version + 1}")
        finally:
            self._con.execute("PRAGMA writable_schema = OFF")
        self._con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the connection (everything is already committed)."""
        self._con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken with the write lock held from its start."""
        try:
            self._con.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: the event store is locked or unwritable ({exc})") from exc
        try:
            yield self._con
            self._flush()
        except BaseException:
            self._events.clear()
            self._stale.clear()
            self._touched.clear()
            self._con.execute("ROLLBACK")
            raise
        self._events.clear()
        self._touched.clear()
        try:
            self._con.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._con.in_transaction:
                self._con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot commit to the event store ({exc})") from exc

    # -- articles -----------------------------------------------------------------------

    def is_done(self, article_id: str, digest: str) -> bool:
        """Whether this article, with this content hash, has already been processed."""
        row = self._con.execute("SELECT content_hash, status FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None and row[0] == digest and (row[1] == "done" or row[1].startswith("skipped: "))

    def add_skipped(self, article: Article, digest: str, status: str) -> None:
        """Keep ``article`` unprocessed with ``status`` (``skipped: language uk``), so that a
        later geostrike that reads its language finds it; what an earlier version of it
        contributed is taken out."""
        try:
            with self.transaction() as con:
                row = con.execute("SELECT seq FROM articles WHERE id = ?", (article.id,)).fetchone()
                if row is not None:
                    self._remove_article(article.id)
                con.execute("INSERT INTO articles (id, source_path, content_hash, title, url, published, status, "
                            "error, processed_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                            (article.id, article.source_path, digest, article.title, article.url,
                             _published(article), status, _now(),
                             row[0] if row is not None and row[0] is not None else self._next_seq()))
                if row is not None:
                    self._reattach()
        except self._DB_ERRORS as exc:
            raise StoreError(f"{self.path}: cannot store article {article.id!r} ({exc})") from exc

    def add_article(self, result: ArticleResult, digest: str) -> ArticleOutcome | None:
        """Store one processed article in one transaction; ``None`` when already done.

        A stored article with the same id and another hash is replaced: its mentions and
        sources are removed first, and the events it shared are rebuilt without it.
        """
        return self.add_articles([(result, digest)])[0]

    def add_articles(self, items: Iterable[tuple[ArticleResult, str]]) -> list[ArticleOutcome | None]:
        """Store processed articles (with their content hashes) in one transaction.

        Each outcome is as :meth:`add_article` gives it. Either every article is stored or,
        when an error stops the transaction, none is. An event that several articles of
        the batch report has its JSON columns written once, at the end of the batch.
        """
        outcomes: list[ArticleOutcome | None] = []
        try:
            with self.transaction():
                for result, digest in items:
                    outcomes.append(self._add_one(result, digest))
                self._reattach()
        except self._DB_ERRORS as exc:
            raise StoreError(f"{self.path}: cannot store articles ({exc})") from exc
        return outcomes

    def _add_one(self, result: ArticleResult, digest: str) -> ArticleOutcome | None:
        """:meth:`_add_article` under a savepoint: an article that cannot be stored is rolled
        back alone, and its outcome says why."""
        events, stale = dict(self._events), set(self._stale)
        self._con.execute("SAVEPOINT article")
        try:
            outcome = self._add_article(result, digest)
        except self._ARTICLE_ERRORS as exc:
            self._con.execute("ROLLBACK TO article")
            self._con.execute("RELEASE article")
            self._events, self._stale = events, stale
            return ArticleOutcome(0, 0, error=f"cannot store article {result.article.id!r} ({exc})")
        self._con.execute("RELEASE article")
        return outcome

    def _add_article(self, result: ArticleResult, digest: str) -> ArticleOutcome | None:
        a = result.article
        con = self._con
        row = self._stored_article(a.id)
        if row is not None and tuple(row[:2]) == (digest, "done"):
            return None  # another run (or an earlier copy in this batch) stored it
        if row is not None:
            self._remove_article(a.id)
        # A new article comes after every stored one; one seen before keeps its place, and
        # the events it reports are then merged again in their sources' order (_refold).
        seq = row[2] if row is not None and row[2] is not None else self._next_seq()
        last = row is None
        con.execute("INSERT INTO articles (id, source_path, content_hash, title, url, published, status, error, "
                    "processed_at, seq) VALUES (?, ?, ?, ?, ?, ?, 'done', NULL, ?, ?)",
                    (a.id, a.source_path, digest, a.title, a.url, _published(a), _now(), seq))
        resolved = {(p.mention.start, p.mention.end): p for p in result.places}
        con.executemany(
            'INSERT INTO mentions (article_id, start, "end", text, name, hint, gazetteer_id, lat, lon, '
            "precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(a.id, m.start, m.end, m.text, m.name, m.hint,
              *((p.entry.id, p.lat, p.lon, p.precision) if (p := resolved.get((m.start, m.end))) else
                (None, None, None, None))) for m in result.mentions])
        new = merged = 0
        for ev in result.events:
            if self._merge_into_stored(ev, last):
                merged += 1
            else:
                self._insert_event(ev)
                new += 1
        candidate = result.unlinked()
        if candidate is not None:  # a strike-reporting text whose places made no event
            con.execute("INSERT INTO candidates (article_id, published, text, places, reason) VALUES (?, ?, ?, ?, ?)",
                        (a.id, candidate["published"], candidate["text"],
                         json.dumps(candidate["places"], ensure_ascii=False), candidate["reason"]))
        return ArticleOutcome(new, merged)

    def _stored_article(self, article_id: str) -> tuple[Any, ...] | None:
        """``(content_hash, status, seq)`` of a stored article, or ``None``."""
        return self._con.execute("SELECT content_hash, status, seq FROM articles WHERE id = ?", (article_id,)).fetchone()

    def add_failure(self, failure: ReadFailure) -> None:
        """Record an input that could not be read (an article already done keeps its events)."""
        try:
            with self.transaction() as con:
                row = con.execute("SELECT status FROM articles WHERE id = ?", (failure.article_id,)).fetchone()
                if row is not None and row[0] == "done":
                    return
                if row is not None:
                    con.execute("UPDATE articles SET source_path = ?, content_hash = NULL, title = NULL, url = NULL, "
                                "published = NULL, status = 'failed', error = ?, processed_at = ? WHERE id = ?",
                                (failure.source_path, failure.message, _now(), failure.article_id))
                else:
                    con.execute("INSERT INTO articles (id, source_path, status, error, processed_at, seq) "
                                "VALUES (?, ?, 'failed', ?, ?, ?)",
                                (failure.article_id, failure.source_path, failure.message, _now(), self._next_seq()))
        except self._DB_ERRORS as exc:
            raise StoreError(f"{self.path}: cannot record failed input {failure.article_id!r} ({exc})") from exc

    def _remove_article(self, article_id: str) -> None:
        con = self._con
        affected = [r[0] for r in con.execute("SELECT event_id FROM event_sources WHERE article_id = ? "
                                              "GROUP BY event_id ORDER BY min(id)", (article_id,))]
        con.execute("DELETE FROM event_sources WHERE article_id = ?", (article_id,))
        for event_id in affected:
            self._refold(event_id)
        con.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        con.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _next_seq(self) -> int:
        return self._con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()[0]

    def _refold(self, event_id: str) -> None:
        """Rebuild a stored event from its sources' reports, merged in the order of their
        articles (``seq``), as one run over those articles would have merged them: the
        first report gives the event its id. An event without sources is deleted."""
        con = self._con
        records = [event_from_record(json.loads(r[0])) for r in con.execute(
            "SELECT s.record FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? "
            "ORDER BY a.seq, s.id", (event_id,))]
        self._events.pop(event_id, None)
        self._stale.discard(event_id)
        if not records:
            con.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
            return
        ev = records[0]
        for other in records[1:]:
            ev = absorb(ev, other)
        row = list(_event_row(ev))
        row[0] = self._free_event_id(ev.event_id, event_id)
        # The row is whole again; the record holds ev's own event_id.
        con.execute(f"UPDATE events SET {', '.join(c + ' = ?' for c in _EVENT_COLUMNS)} WHERE event_id = ?",
                    (*row, event_id))

    def _free_event_id(self, wanted: str, current: str | None = None) -> str:
        """``wanted``, or ``wanted-2``, ``wanted-3`` … when another event has it already
        (two events of one article with one id: both are kept)."""
        candidate, n = wanted, 1
        while candidate != current and self._con.execute(
                "SELECT 1 FROM events WHERE event_id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    # -- events -------------------------------------------------------------------------

    def _merge_into_stored(self, ev: StrikeEvent, last: bool = True) -> bool:
        """Merge ``ev`` into a stored event that reports the same strike, if there is one.

        ``last``: ``ev``'s article comes after every source stored (a new article), so
        that merging is a step on the stored event; otherwise the event is merged again
        from all its sources in their order.
        """
        if ev.date.value is None:
            return False
        for event_id in self._candidates(ev):
            stored = self._stored_event(event_id)
            if same_strike(stored, ev):
                if not last:
                    self._add_source(event_id, ev)
                    self._refold(event_id)
                    return True
                merged = absorb(stored, ev)
                # The columns the searches above filter on now; the JSON columns (sources,
                # quotes …, which grow with every report) once per transaction, in _flush.
                self._con.execute(
                    f"UPDATE events SET {', '.join(c + ' = ?' for c in _SCALAR_COLUMNS)} WHERE event_id = ?",
                    (*_scalar_row(merged), event_id))
                self._events[event_id] = merged
                self._stale.add(event_id)
                self._add_source(event_id, ev)
                return True
        return False

    def _candidates(self, ev: StrikeEvent) -> list[str]:
        """The stored events that :func:`candidate_query` finds for ``ev``."""
        return [r[0] for r in self._con.execute(*candidate_query(ev))]

    def _stored_event(self, event_id: str) -> StrikeEvent:
        ev = self._events.get(event_id)
        if ev is None:
            (record,) = self._con.execute("SELECT record FROM events WHERE event_id = ?", (event_id,)).fetchone()
            ev = self._events[event_id] = event_from_record(json.loads(record))
        return ev

    def _flush(self) -> None:
        """Write the JSON columns of the events merged into during this transaction."""
        if self._stale:
            self._con.executemany("UPDATE events SET properties = ?, record = ? WHERE event_id = ?",
                                  [(*_json_row(self._events[event_id]), event_id) for event_id in self._stale])
            self._stale.clear()

    def _insert_event(self, ev: StrikeEvent) -> None:
        row = list(_event_row(ev))
        row[0] = self._free_event_id(ev.event_id)
        self._con.execute(f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES "
                          f"({', '.join('?' * len(_EVENT_COLUMNS))})", row)
        self._events[row[0]] = ev
        self._add_source(row[0], ev, row[-1])  # the source's record is the new event's

    def _add_source(self, event_id: str, ev: StrikeEvent, record: str | None = None) -> None:
        self._touched.add(event_id)
        if record is None:
            record = json.dumps(event_to_record(ev), ensure_ascii=False)
        self._con.execute("INSERT INTO event_sources (event_id, article_id, quote, record) VALUES (?, ?, ?, ?)",
                          (event_id, ev.article_id, ev.quote, record))

    # -- the analyst's review (see geostrike.review; mirrored by every store backend) -----

    def _reattach(self) -> None:
        """Point every decision at the event that now tells its strike.

        A decision is attached to an event id, and anchored to a fingerprint of that event:
        the machine's place, the words of the place in the quote, and the articles it had
        when it was decided. When a run changes the event (a changed article renames it, a
        cross-article merge folds it into another, the place resolves elsewhere) the
        decision moves to the stored event that shares most of those articles, at the same
        place or else named by the same words; with none, it waits detached (``attached = 0``) and comes back if a later
        run brings such an event back. The newest decision wins an event two compete for.
        Runs inside the transaction that changed the events.
        """
        con = self._con
        if con.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is None:
            return  # no decision yet: nothing to re-attach (one cheap read per batch)
        # A decision's articles are every article its event has had, so that it can be
        # found again after any one of them changes.
        for event_id in self._touched:
            row = con.execute("SELECT id, anchor_sources FROM reviews WHERE event_id = ? AND attached = 1",
                              (event_id,)).fetchone()
            if row is not None:
                have = json.loads(row[1])
                more = [a for a in self.event_source_ids(event_id) if a not in have]
                if more:
                    con.execute("UPDATE reviews SET anchor_sources = ? WHERE id = ?", (json.dumps(have + more), row[0]))
        lost = con.execute(
            "SELECT r.id, r.anchor_place, r.anchor_text, r.anchor_sources FROM reviews r WHERE r.attached = 0 OR ("
            "NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = r.event_id AND e.gazetteer_id = r.anchor_place) "
            "AND NOT EXISTS (SELECT 1 FROM analyst_events a WHERE a.event_id = r.event_id)) "
            "ORDER BY r.updated_at DESC, r.id DESC").fetchall()
        if not lost:
            return
        con.executemany("UPDATE reviews SET attached = 0 WHERE id = ?", [(row[0],) for row in lost])
        for review_id, place, text, sources in lost:
            articles = json.loads(sources)
            if not articles:
                continue
            marks = ",".join("?" * len(articles))
            # Among the events that share an article with the decision: those at its place
            # first, then those whose place has the same words (the article changed, or the
            # gazetteer, and the machine now puts the same mention elsewhere); most shared
            # articles first.
            for event_id, gazetteer_id in con.execute(
                    f"SELECT s.event_id, e.gazetteer_id FROM event_sources s JOIN events e ON e.event_id = s.event_id "
                    f"WHERE s.article_id IN ({marks}) AND (e.gazetteer_id = ? OR lower(json_extract(e.properties, "
                    f"'$.place_text')) = ?) GROUP BY s.event_id "
                    f"ORDER BY max(e.gazetteer_id = ?) DESC, count(DISTINCT s.article_id) DESC, min(e.id)",
                    (*articles, place, text, place)).fetchall():
                if con.execute("SELECT 1 FROM reviews WHERE event_id = ? AND attached = 1", (event_id,)).fetchone():
                    continue
                con.execute("UPDATE reviews SET event_id = ?, anchor_place = ?, attached = 1 WHERE id = ?",
                            (event_id, gazetteer_id, review_id))
                break

    def event_exists(self, event_id: str) -> bool:
        """Whether a machine's or an analyst's event has this id."""
        return self._con.execute("SELECT 1 FROM events WHERE event_id = ? UNION ALL "
                                 "SELECT 1 FROM analyst_events WHERE event_id = ?", (event_id, event_id)).fetchone() \
            is not None

    def event_record(self, event_id: str) -> StrikeEvent | None:
        """The event as the machine (or, for a promoted event, the analyst) made it."""
        row = self._con.execute("SELECT record FROM events WHERE event_id = ? UNION ALL "
                                "SELECT record FROM analyst_events WHERE event_id = ?", (event_id, event_id)).fetchone()
        return None if row is None else event_from_record(json.loads(row[0]))

    def event_source_ids(self, event_id: str) -> list[str]:
        """The article ids an event is stored with (a promoted event: its article)."""
        ids = [r[0] for r in self._con.execute(
            "SELECT s.article_id FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? "
            "ORDER BY a.seq, s.id", (event_id,))]
        if not ids:
            ids = [r[0] for r in self._con.execute("SELECT article_id FROM analyst_events WHERE event_id = ?",
                                                   (event_id,))]
        return list(dict.fromkeys(ids))

    def article_meta(self, article_id: str) -> dict[str, Any] | None:
        """An article's ``title``, ``url``, ``published`` and ``status``, or None."""
        row = self._con.execute("SELECT title, url, published, status FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        return None if row is None else dict(zip(("title", "url", "published", "status"), row))

    def review_row(self, event_id: str) -> dict[str, Any] | None:
        """The decision attached to an event, as a dict of the ``reviews`` columns (JSON decoded)."""
        cur = self._con.execute("SELECT * FROM reviews WHERE event_id = ? AND attached = 1", (event_id,))
        row = cur.fetchone()
        return None if row is None else _review_dict(cur.description, row)

    def review_rows(self, *, detached: bool = False, merged_into: int | None = None) -> list[dict[str, Any]]:
        """Every attached decision (with ``detached``, also those waiting for their event;
        with ``merged_into``, only those merged into that decision's event)."""
        where = [] if detached else ["attached = 1"]
        params: list[Any] = []
        if merged_into is not None:
            where.append("merged_into = ?")
            params.append(merged_into)
        cur = self._con.execute("SELECT * FROM reviews" + (" WHERE " + " AND ".join(where) if where else "")
                                + " ORDER BY id", params)
        return [_review_dict(cur.description, row) for row in cur.fetchall()]

    def save_review(self, event_id: str, action: str, detail: dict[str, Any], **columns: Any) -> int:
        """Write one decision on ``event_id`` (call inside :meth:`transaction`).

        Creates the event's ``reviews`` row when it has none, anchored to its place and
        articles now; sets ``columns`` (``status``, ``reason``, ``reviewed_at``,
        ``reviewed_sources``, ``overrides``, ``merged_into``; lists and dicts as JSON); and
        appends ``action`` and ``detail`` to ``review_log``. Returns the row id.
        """
        con = self._con
        now = _now_precise()
        row = con.execute("SELECT id FROM reviews WHERE event_id = ? AND attached = 1", (event_id,)).fetchone()
        sources = self.event_source_ids(event_id)
        if row is None:
            ev = self.event_record(event_id)
            if ev is None:
                raise StoreError(f"no event {event_id!r} in {self.path}")
            review_id = con.execute(
                "INSERT INTO reviews (event_id, anchor_place, anchor_text, anchor_sources, updated_at) "
                "VALUES (?, ?, ?, ?, ?)", (event_id, ev.place.entry.id, ev.place.mention.text.lower(),
                                           json.dumps(sources), now)).lastrowid
        else:
            review_id = row[0]
            have = json.loads(con.execute("SELECT anchor_sources FROM reviews WHERE id = ?", (review_id,)).fetchone()[0])
            con.execute("UPDATE reviews SET anchor_sources = ? WHERE id = ?",
                        (json.dumps(have + [a for a in sources if a not in have]), review_id))
        values = {k: json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, (list, dict)) else v
                  for k, v in columns.items()}
        unknown = set(values) - _REVIEW_COLUMNS
        if unknown:
            raise ValueError(f"not a review column: {', '.join(sorted(unknown))}")
        con.execute(f"UPDATE reviews SET {''.join(f'{k} = ?, ' for k in values)}updated_at = ? WHERE id = ?",
                    (*values.values(), now, review_id))
        con.execute("INSERT INTO review_log (at, action, event_id, detail) VALUES (?, ?, ?, ?)",
                    (now, action, event_id, json.dumps(detail, ensure_ascii=False, sort_keys=True)))
        return review_id

    def review_log(self, event_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """The latest decisions, newest first (of one event, or of all)."""
        sql = "SELECT at, action, event_id, detail FROM review_log"
        params: list[Any] = []
        if event_id is not None:
            sql += " WHERE event_id = ?"
            params.append(event_id)
        rows = self._con.execute(sql + " ORDER BY id DESC LIMIT ?", (*params, limit)).fetchall()
        return [{"at": at, "action": action, "event_id": ev, "detail": json.loads(detail)}
                for at, action, ev, detail in rows]

    def candidates(self, *, include_promoted: bool = False) -> list[dict[str, Any]]:
        """The stored unlinked candidates (strike-reporting texts whose places made no event),
        newest first, each with ``article_id``, ``published``, ``title``, ``url``, ``text``,
        ``places`` (the decisions about its places), ``reason`` and ``promoted`` (event ids)."""
        rows = self._con.execute(
            "SELECT c.article_id, c.published, a.title, a.url, c.text, c.places, c.reason, "
            "(SELECT group_concat(event_id, ' ') FROM analyst_events x WHERE x.article_id = c.article_id) "
            "FROM candidates c JOIN articles a ON a.id = c.article_id ORDER BY a.seq DESC").fetchall()
        out = [{"article_id": r[0], "published": r[1], "title": r[2], "url": r[3], "text": r[4],
                "places": json.loads(r[5]), "reason": r[6], "promoted": (r[7] or "").split()} for r in rows]
        return out if include_promoted else [c for c in out if not c["promoted"]]

    def candidate(self, article_id: str) -> dict[str, Any] | None:
        """One candidate of :meth:`candidates` (also when promoted), or None."""
        return next((c for c in self.candidates(include_promoted=True) if c["article_id"] == article_id), None)

    def add_analyst_event(self, ev: StrikeEvent) -> str:
        """Store an event an analyst made (call inside :meth:`transaction`); returns its id,
        which no machine's event has."""
        event_id, n = ev.event_id, 1
        while self.event_exists(event_id):
            n += 1
            event_id = f"{ev.event_id}-{n}"
        self._con.execute("INSERT INTO analyst_events (event_id, article_id, record, created_at) VALUES (?, ?, ?, ?)",
                          (event_id, ev.article_id, json.dumps(event_to_record(ev), ensure_ascii=False), _now()))
        return event_id

    def event_list(self, quote_chars: int = 400) -> list[dict[str, Any]]:
        """A light row per machine event for the analyst's list, read without decoding the
        events' JSON in Python: ``event_id``, ``status``, ``reviewed_at``, ``date``,
        ``event_type``, ``attacker``, ``weapon``, ``place``, ``place_text``, ``region``,
        ``lon``, ``lat``, ``confidence``, ``sources_count``, ``quote`` (cut to
        ``quote_chars``), ``summary``, and for reviewed events ``sources`` and
        ``reviewed_sources``. ``changed`` is true where an analyst's edit, move or merge
        makes these columns stale: build those rows from :meth:`features` instead.
        Events merged away by an analyst are left out; promoted events are not listed here."""
        # One json_extract of several paths parses each event's JSON once, into one small array.
        rows = self._con.execute(
            "SELECT e.event_id, coalesce(r.status, 'unverified'), r.reviewed_at, e.event_type, e.attacker, e.weapon, "
            "e.lon, e.lat, e.sources_count, json_extract(e.properties, '$.date', '$.place', '$.place_text', "
            "'$.admin1', '$.country', '$.confidence', '$.quote', '$.summary', '$.sources'), r.id IS NOT NULL, "
            "r.reviewed_sources, r.overrides <> '{}' OR EXISTS (SELECT 1 FROM reviews m WHERE m.merged_into = r.id "
            "AND m.attached = 1), EXISTS (SELECT 1 FROM reviews t WHERE t.id = r.merged_into AND t.attached = 1) "
            "FROM events e LEFT JOIN reviews r ON r.event_id = e.event_id AND r.attached = 1 "
            "ORDER BY e.article_id, e.quote_start, e.place_start, e.id").fetchall()
        out = []
        for (event_id, status, reviewed_at, event_type, attacker, weapon, lon, lat, n, values, reviewed, before,
             changed, away) in rows:
            if away:
                continue  # merged into another event by an analyst
            day, place, place_text, admin1, country, confidence, quote, summary, sources = json.loads(values)
            out.append({"event_id": event_id, "status": status, "reviewed_at": reviewed_at, "date": day,
                        "event_type": event_type, "attacker": attacker, "weapon": weapon, "place": place,
                        "place_text": place_text, "region": admin1 or country, "lon": lon, "lat": lat,
                        "confidence": confidence, "sources_count": n, "quote": (quote or "")[:quote_chars],
                        "summary": summary, "sources": sources if reviewed else None,
                        "reviewed_sources": json.loads(before) if before is not None else None,
                        "changed": bool(changed)})
        return out

    def data_version(self) -> int:
        """SQLite's ``data_version``: it changes when another connection commits to the store."""
        return self._con.execute("PRAGMA data_version").fetchone()[0]

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(minlon, minlat, maxlon, maxlat) of the machine's events, or None without events."""
        row = self._con.execute("SELECT min(lon), min(lat), max(lon), max(lat) FROM events").fetchone()
        return None if row[0] is None else tuple(row)  # type: ignore[return-value]

    def analyst_event_ids(self) -> list[str]:
        """The ids of the events analysts made (promoted candidates), oldest first."""
        return [r[0] for r in self._con.execute("SELECT event_id FROM analyst_events ORDER BY created_at, event_id")]

    def _analyst_features(self, ids: list[str] | None = None) -> list[tuple[str, str, float, float]]:
        out = []
        pick = "" if ids is None else f" WHERE event_id IN ({','.join('?' * len(ids))})"
        for event_id, record in self._con.execute(f"SELECT event_id, record FROM analyst_events{pick} ORDER BY created_at, event_id",
                                                  ids or ()):
            ev = event_from_record(json.loads(record))
            out.append((event_id, json.dumps(ev.properties(), ensure_ascii=False), round(ev.place.lon, 5),
                        round(ev.place.lat, 5)))
        return out

    def features(self, where: EventFilter | None = None, *, review: bool = False,
                 ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """GeoJSON features of the stored events that pass ``where``, in export order.

        Each carries the analyst's review (:mod:`geostrike.review`): ``status``
        (``unverified``, ``verified``, ``rejected``), ``reviewed_at``, and the fields as
        edited or moved, which the filter then applies to. Events merged by an analyst are
        one feature; promoted events follow the machine's. Rejected events are left out
        unless ``where.include_rejected`` or ``where.statuses`` names them, or ``review``
        (the analyst's view) is true. ``ids`` keeps only the events with these ids.
        """
        from .review import apply_overrides, with_status

        where = where or EventFilter()
        if review and not where.include_rejected:
            where = replace(where, include_rejected=True)
        clause, params = self._where(where)
        con = self._con
        only = None if ids is None else list(dict.fromkeys(ids))
        try:
            # Reviewed events whose fields an analyst changed are filtered after the change.
            changed = ("e.event_id IN (SELECT event_id FROM reviews WHERE attached = 1 AND (overrides <> '{}' OR id IN "
                       "(SELECT merged_into FROM reviews WHERE attached = 1 AND merged_into IS NOT NULL)))")
            pick = "" if only is None else f"e.event_id IN ({','.join('?' * len(only))}) AND "
            rows = con.execute(
                f"SELECT e.event_id, e.properties, e.lon, e.lat, r.id, r.status, r.reviewed_at, r.overrides "
                f"FROM events e LEFT JOIN reviews r ON r.event_id = e.event_id AND r.attached = 1 "
                f"WHERE {pick}(({clause}) OR {changed}) ORDER BY e.article_id, e.quote_start, e.place_start, e.id",
                [*(only or ()), *params]).fetchall()
            analyst = self._analyst_features(only)
            rows += [(event_id, props, lon, lat, *(r or (None, None, None, None))) for event_id, props, lon, lat in
                     analyst for r in [con.execute(
                         "SELECT id, status, reviewed_at, overrides FROM reviews WHERE event_id = ? AND attached = 1",
                         (event_id,)).fetchone()]]
            # Analysts' merges: the events merged away, by the review row they went into.
            merged: dict[int, list[str]] = {}
            for event_id, target in con.execute(
                    "SELECT r.event_id, r.merged_into FROM reviews r JOIN reviews t ON t.id = r.merged_into "
                    "WHERE r.attached = 1 AND t.attached = 1 ORDER BY r.id"):
                merged.setdefault(target, []).append(event_id)
        except self._DB_ERRORS as exc:
            raise StoreError(f"{self.path}: cannot read the event store ({exc})") from exc
        away = {event_id for ids in merged.values() for event_id in ids}
        made = {row[0] for row in analyst}
        out = []
        for event_id, props, lon, lat, review_id, status, reviewed_at, overrides in rows:
            if event_id in away:
                continue
            rebuild = overrides not in (None, "{}") or review_id in merged or event_id in made
            if rebuild:
                ev = self.event_record(event_id)
                for other in merged.get(review_id, ()):
                    if (record := self.event_record(other)) is not None:
                        ev = absorb(ev, record)
                ev = apply_overrides(ev, json.loads(overrides or "{}"))
                feature = ev.__geo_interface__
            else:
                feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                           "properties": json.loads(props)}
            feature["properties"]["event_id"] = event_id
            with_status(feature["properties"], status, reviewed_at)
            if (rebuild and not where.matches(feature)) or not where.shows(feature["properties"]["status"]):
                continue
            out.append(feature)
        return out

    def _where(self, where: EventFilter) -> tuple[str, list[Any]]:
        """The ``WHERE`` clause of :meth:`features` (the PostGIS store adds its spatial index)."""
        return where.sql()

    def filter_values(self) -> dict[str, set[str | None]]:
        """The values stored of each column the map filters choose from: ``attacker``
        (upper case), ``weapon`` and ``event_type``; ``None`` for a missing value."""
        try:
            return {column: {r[0] for r in self._con.execute(f"SELECT DISTINCT {expr} FROM events")}
                    for column, expr in (("attacker", "upper(attacker)"), ("weapon", "weapon"),
                                         ("event_type", "event_type"))}
        except self._DB_ERRORS as exc:
            raise StoreError(f"{self.path}: cannot read the event store ({exc})") from exc

    def feature_collection(self, where: EventFilter | None = None) -> dict[str, Any]:
        """The stored events that pass ``where`` as a GeoJSON FeatureCollection."""
        return {"type": "FeatureCollection", "features": self.features(where)}

    def counts(self) -> dict[str, int]:
        """Numbers of articles by status, of events, and of event sources."""
        con = self._con
        out = {status: n for status, n in con.execute("SELECT status, count(*) FROM articles GROUP BY status")}
        out.setdefault("done", 0)
        out.setdefault("failed", 0)
        out["events"] = con.execute("SELECT count(*) FROM events").fetchone()[0]
        out["sources"] = con.execute("SELECT count(*) FROM event_sources").fetchone()[0]
        return out


#: Columns of ``events`` that :func:`_event_row` fills, in its order.
_EVENT_COLUMNS = ("event_id", "article_id", "date", "day", "attacker", "weapon", "event_type", "gazetteer_id",
                  "sources_count", "lon", "lat", "quote_start", "place_start", "properties", "record")
#: Those of :func:`_scalar_row`: all but the id and the JSON columns.
_SCALAR_COLUMNS = _EVENT_COLUMNS[1:-2]


def _scalar_row(ev: StrikeEvent) -> tuple[Any, ...]:
    """The plain columns of ``ev``: what ``ev.__geo_interface__`` gives them, without building it."""
    return (ev.article_id, _filter_date(ev.date.iso()), ev.date.value.isoformat() if ev.date.value else None,
            ev.attacker, ev.weapon, ev.event_type, ev.place.entry.id, len(ev.sources) or 1,
            round(ev.place.lon, 5), round(ev.place.lat, 5), ev.quote_start, ev.place.mention.start)


def _json_row(ev: StrikeEvent) -> tuple[str, str]:
    """The ``properties`` and ``record`` columns of ``ev``."""
    return (json.dumps(ev.properties(), ensure_ascii=False, sort_keys=True),
            json.dumps(event_to_record(ev), ensure_ascii=False))


def _event_row(ev: StrikeEvent) -> tuple[Any, ...]:
    return (ev.event_id, *_scalar_row(ev), *_json_row(ev))


def _published(a: Article) -> str | None:
    """The ``published`` column: the moment with its zone when known, else the day."""
    if a.published_at is not None:
        return a.published_at.isoformat()
    return a.published.isoformat() if a.published else None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _now_precise() -> str:
    """Now, to the millisecond: decisions made within one second keep their order."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


#: Columns of ``reviews`` that :meth:`EventStore.save_review` sets.
_REVIEW_COLUMNS = frozenset({"status", "reason", "reviewed_at", "reviewed_sources", "overrides", "merged_into"})
_REVIEW_JSON = frozenset({"anchor_sources", "reviewed_sources", "overrides"})


def _review_dict(description: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    out = {d[0]: v for d, v in zip(description, row)}
    for key in _REVIEW_JSON:
        if out.get(key) is not None:
            out[key] = json.loads(out[key])
    return out
