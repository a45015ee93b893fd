"""The analyst's review loop: decisions on events, stored apart from the machine's and applied on top.

An analyst *verifies* or *rejects* an event (with a reason), *moves* it to another place
(a gazetteer entry, or a point with a precision), *edits* its type, attacker, weapon,
weapon system, target, date and counts, *merges* two events that report one strike (and
*splits* them again), and *promotes* an unlinked candidate (a strike-reporting text whose
places made no event, :meth:`geostrike.pipeline.ArticleResult.unlinked`) into an event.

Each decision is one transaction in the event store (:mod:`geostrike.store`, tables
``reviews``, ``review_log``, ``candidates``, ``analyst_events``), stamped with its time.
The machine's events are never changed: a decision holds *overrides* that
:func:`apply_overrides` lays over the machine's event whenever the store is read, so that
an article processed again, or a new report merged into the event, keeps every edit. A
decision is anchored to the event's machine place and its articles, and follows the
event when a run renames or merges it (:meth:`geostrike.store.EventStore._reattach`). A
verified event that gains a source stays verified; :attr:`EventReview.new_sources` lists
the articles that came after the review.

:class:`Reviewer` is the API the command line (``geostrike events …``) and the web app
(:mod:`geostrike.review_app`) share; it knows nothing of either.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .exceptions import ReviewError
from .models import COUNT_FIELDS, EventDate, GazetteerEntry, PlaceMention, ResolvedPlace, Source, StrikeEvent

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

STATUSES = ("unverified", "verified", "rejected")
#: Event types an analyst may set (the machine's, see geostrike.events).
EVENT_TYPES = ("drone strike", "missile strike", "air strike", "shelling", "strike", "explosion", "interception",
               "ground advance", "airport closure")
WEAPONS = ("drone", "missile", "airstrike", "glide bomb", "artillery")
#: Fields :meth:`Reviewer.edit` changes, and the ``geostrike events edit`` options.
EDITABLE = ("event_type", "attacker", "weapon", "weapon_system", "target_type", "date", *COUNT_FIELDS)
#: Countries whose places the place search suggests first (the war the project maps).
THEATRE = frozenset({"UA", "RU", "BY", "MD"})
#: Longest free text kept in a decision (a reason, a weapon system, a target).
MAX_TEXT = 500
_NONE = {"", "none", "null", "unknown"}
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def now() -> str:
    """The time a decision is stamped with: UTC, ISO 8601, to the millisecond."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class DecisionStore(Protocol):
    """What :class:`Reviewer` needs of an event store: :class:`geostrike.store.EventStore`
    has it, and so must any other store backend."""

    path: Any

    def transaction(self) -> AbstractContextManager[Any]: ...
    def features(self, where: Any = None, *, review: bool = False,
                 ids: Iterable[str] | None = None) -> list[dict[str, Any]]: ...
    def event_list(self, quote_chars: int = 400) -> list[dict[str, Any]]: ...
    def analyst_event_ids(self) -> list[str]: ...
    def event_exists(self, event_id: str) -> bool: ...
    def event_record(self, event_id: str) -> StrikeEvent | None: ...
    def event_source_ids(self, event_id: str) -> list[str]: ...
    def article_meta(self, article_id: str) -> dict[str, Any] | None: ...
    def review_row(self, event_id: str) -> dict[str, Any] | None: ...
    def review_rows(self, *, detached: bool = False, merged_into: int | None = None) -> list[dict[str, Any]]: ...
    def save_review(self, event_id: str, action: str, detail: dict[str, Any], **columns: Any) -> int: ...
    def review_log(self, event_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]: ...
    def candidates(self, *, include_promoted: bool = False) -> list[dict[str, Any]]: ...
    def candidate(self, article_id: str) -> dict[str, Any] | None: ...
    def add_analyst_event(self, ev: StrikeEvent) -> str: ...


def parse_edits(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check field edits and return them as overrides (``None`` clears a field).

    Parameters
    ----------
    values : mapping
        Field name (of :data:`EDITABLE`) → new value, as typed (``"RU"``, ``"12"``,
        ``"2024-06-03"``, ``"none"``).

    Raises
    ------
    ReviewError
        For an unknown field or a bad value; the message names both.
    """
    out: dict[str, Any] = {}
    for name, raw in values.items():
        if name not in EDITABLE:
            raise ReviewError(f"{name!r} cannot be edited (fields: {', '.join(EDITABLE)})")
        text = None if raw is None else str(raw).strip()
        if text is not None and text.lower() in _NONE:
            text = None
        if name == "event_type":
            if text is None or text.lower() not in EVENT_TYPES:
                raise ReviewError(f"event_type {raw!r} is not one of: {', '.join(EVENT_TYPES)}")
            out[name] = text.lower()
        elif name == "attacker":
            if text is not None and not (len(text) == 2 and text.isascii() and text.isalpha()):
                raise ReviewError(f"attacker {raw!r} is not a side: give an ISO 3166 alpha-2 code (RU, UA …) or none")
            out[name] = text.upper() if text else None
        elif name == "weapon":
            if text is not None and text.lower() not in WEAPONS:
                raise ReviewError(f"weapon {raw!r} is not one of: {', '.join(WEAPONS)}, none")
            out[name] = text.lower() if text else None
        elif name in ("weapon_system", "target_type"):
            if text is not None and (len(text) > MAX_TEXT or not text.isprintable()):
                raise ReviewError(f"{name} {raw!r} is not a short line of text")
            out[name] = text
        elif name == "date":
            out[name] = None if text is None else _check_date(text)
        else:  # counts
            if text is None:
                out[name] = None
                continue
            try:
                number = int(text)
            except ValueError:
                raise ReviewError(f"{name} {raw!r} is not a whole number") from None
            if not 0 <= number <= 10**7:
                raise ReviewError(f"{name} {raw!r} must be between 0 and 10,000,000")
            out[name] = number
    return out


def _check_date(text: str) -> str:
    found = _ISO.fullmatch(text)
    if found is None:
        raise ReviewError(f"date {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = found.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ReviewError(f"date {text!r} is not a real day") from None
    return text


def _event_date(iso: str | None) -> EventDate:
    if iso is None:
        return EventDate(None, "unknown")
    year, month, day = _ISO.fullmatch(iso).groups()  # type: ignore[union-attr]
    precision = "day" if day else "month" if month else "year"
    return EventDate(date(int(year), int(month or 1), int(day or 1)), precision, None)  # type: ignore[arg-type]


def parse_point(text: str) -> tuple[float, float]:
    """``"LAT,LON"`` as two floats within the WGS 84 range.

    Raises
    ------
    ReviewError
        When the text is not two numbers, or they are out of range.
    """
    try:
        lat, lon = (float(x) for x in str(text).split(","))
    except ValueError:
        raise ReviewError(f"{text!r} is not LAT,LON (two numbers)") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ReviewError(f"{text!r}: latitude must be within ±90, longitude within ±180")
    return lat, lon


def place_override(entry: GazetteerEntry, precision: int | None = None) -> dict[str, Any]:
    """The ``place`` override that moves an event to ``entry`` (at ``precision``, 1–3)."""
    if precision is not None and precision not in (1, 2, 3):
        raise ReviewError(f"precision {precision!r} must be 1 (the point), 2 (near) or 3 (a region)")
    return {"id": entry.id, "name": entry.name, "kind": entry.kind, "country": entry.country, "admin1": entry.admin1,
            "lat": entry.lat, "lon": entry.lon, "precision": precision or entry.precision,
            "point_source": entry.point_source, "uncertainty_km": entry.uncertainty_km}


def apply_overrides(ev: StrikeEvent, overrides: Mapping[str, Any]) -> StrikeEvent:
    """``ev`` with an analyst's overrides laid over it (the machine's fields stay below).

    ``place`` moves the event (the quote's words stay those of the article); ``date``
    is ISO text at its precision; counts set by hand are no longer approximate.
    """
    if not overrides:
        return ev
    changes: dict[str, Any] = {}
    for name, value in overrides.items():
        if name == "place":
            entry = GazetteerEntry(value["id"], value["name"], value["kind"], value.get("country"),
                                   value.get("admin1"), float(value["lat"]), float(value["lon"]),
                                   point_source=value.get("point_source") or "",
                                   uncertainty_km=float(value.get("uncertainty_km") or 0.0))
            changes["place"] = replace(ev.place, entry=entry, precision=int(value["precision"]), fuzzy=False)
        elif name == "date":
            changes["date"] = _event_date(value)
        elif name in EDITABLE:
            changes[name] = value
    hand = {f for f in COUNT_FIELDS if f in overrides}
    if hand:
        changes["counts_approximate"] = frozenset(ev.counts_approximate - hand)
    return replace(ev, **changes)


def with_status(props: dict[str, Any], status: str | None, reviewed_at: str | None) -> dict[str, Any]:
    """Set the review properties of an output feature: ``status`` and ``reviewed_at``."""
    props["status"] = status or "unverified"
    props["reviewed_at"] = reviewed_at
    return props


@dataclass(frozen=True, slots=True)
class EventReview:
    """An event as the analyst sees it: the feature (with the review applied) and the decision."""

    feature: dict[str, Any]
    status: str
    reviewed_at: str | None
    reason: str | None
    #: Field → value the analyst set (``place`` is a gazetteer entry dict).
    overrides: dict[str, Any]
    #: Articles that became sources after the last verify or reject.
    new_sources: tuple[str, ...]
    #: Events an analyst merged into this one.
    merged: tuple[str, ...]

    @property
    def event_id(self) -> str:
        return str(self.feature["properties"]["event_id"])

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``geostrike events list --json``, the web app's list)."""
        p = self.feature["properties"]
        lon, lat = self.feature["geometry"]["coordinates"][:2]
        return {**p, "lon": lon, "lat": lat, "reason": self.reason, "edited": sorted(self.overrides),
                "new_sources": list(self.new_sources), "merged": list(self.merged)}


def _light(review: EventReview, quote_chars: int) -> dict[str, Any]:
    """The :meth:`Reviewer.listing` row of a rebuilt event."""
    p = review.feature["properties"]
    lon, lat = review.feature["geometry"]["coordinates"][:2]
    return {"event_id": p["event_id"], "status": p["status"], "reviewed_at": p["reviewed_at"], "date": p.get("date"),
            "event_type": p.get("event_type"), "attacker": p.get("attacker"), "weapon": p.get("weapon"),
            "place": p.get("place"), "place_text": p.get("place_text"), "region": p.get("admin1") or p.get("country"),
            "lon": lon, "lat": lat, "confidence": p.get("confidence"), "sources_count": p.get("sources_count"),
            "quote": str(p.get("quote") or "")[:quote_chars], "summary": p.get("summary"),
            "new_sources": list(review.new_sources), "edited": sorted(review.overrides), "merged": list(review.merged)}


class Reviewer:
    """The analyst's decisions on one event store.

    Every method that decides checks all its input first and then stores everything in
    one transaction, or raises :class:`~geostrike.exceptions.ReviewError` having stored
    nothing.

    Parameters
    ----------
    store : DecisionStore
        The open event store (:class:`geostrike.store.EventStore`).
    index_path : pathlib.Path, optional
        The gazetteer index for moves and promotions (opened when first needed).
    """

    def __init__(self, store: DecisionStore, index_path: Path | None = None) -> None:
        self.store = store
        self._index_path = index_path
        self._gazetteer: Gazetteer | None = None
        self._geocoder: Any = None
        self._names: Any = None

    # -- reading ----------------------------------------------------------------------

    def events(self, where: Any = None, ids: Iterable[str] | None = None) -> list[EventReview]:
        """The events (review applied) that pass ``where`` (a :class:`geostrike.store.EventFilter`);
        rejected ones too unless ``where.statuses`` says otherwise, since the analyst reviews
        them. ``ids`` keeps only these events."""
        merged: dict[int, list[str]] = {}
        ids = None if ids is None else list(ids)
        if ids is not None and len(ids) <= 32:  # a few events: their own decisions only
            rows = {i: r for i in ids if (r := self.store.review_row(i)) is not None}
            for r in rows.values():
                merged[r["id"]] = [m["event_id"] for m in self.store.review_rows(merged_into=r["id"])]
        else:
            rows = {r["event_id"]: r for r in self.store.review_rows()}
            for r in rows.values():
                if r["merged_into"] is not None:
                    merged.setdefault(r["merged_into"], []).append(r["event_id"])
        out = []
        for feature in self.store.features(where, review=True, ids=ids):
            p = feature["properties"]
            r = rows.get(p["event_id"])
            new: tuple[str, ...] = ()
            if r is not None and r["reviewed_sources"] is not None:
                before = set(r["reviewed_sources"])
                new = tuple(s for s in p.get("sources") or [] if s not in before)
            out.append(EventReview(feature, p["status"], p["reviewed_at"], r["reason"] if r else None,
                                   dict(r["overrides"]) if r else {}, new,
                                   tuple(merged.get(r["id"], ())) if r else ()))
        return out

    def listing(self, quote_chars: int = 400) -> list[dict[str, Any]]:
        """Every event (rejected ones too) as a light row for the analyst's list, newest
        first: the keys of :meth:`geostrike.store.EventStore.event_list` (``sources`` and
        ``reviewed_sources`` replaced by ``new_sources``) plus ``edited`` (fields the
        analyst set) and ``merged`` (events merged into it). Fast on large stores: only
        events an analyst changed are rebuilt."""
        rows = self.store.event_list(quote_chars)
        changed = [r["event_id"] for r in rows if r["changed"]]
        rebuilt = {e.event_id: e for e in self.events(ids=changed)} if changed else {}
        promoted = self.store.analyst_event_ids()
        made = [e for e in self.events(ids=promoted) if e.event_id not in rebuilt] if promoted else []
        out = []
        for r in rows:
            review = rebuilt.get(r["event_id"])
            if review is not None:
                out.append(_light(review, quote_chars))
                continue
            sources, before = r.pop("sources"), r.pop("reviewed_sources")
            r.pop("changed")
            seen = set(before) if before is not None else None
            r["new_sources"] = [s for s in sources or [] if s not in seen] if seen is not None else []
            r["edited"], r["merged"] = [], []
            out.append(r)
        out += [_light(e, quote_chars) for e in made]
        out.sort(key=lambda r: (r["date"] or "", r["event_id"]), reverse=True)
        return out

    def event(self, event_id: str) -> EventReview:
        """One event of :meth:`events`, whatever its status.

        Raises
        ------
        ReviewError
            When no event has this id (or it was merged into another: the message says which).
        """
        self._check([event_id])
        row = self.store.review_row(event_id)
        if row is not None and row["merged_into"] is not None:
            into = next((r["event_id"] for r in self.store.review_rows(detached=True) if r["id"] == row["merged_into"]
                         and r["attached"]), None)
            if into is not None:
                raise ReviewError(f"event {event_id!r} was merged into {into!r}; 'split' it to see it alone")
        found = self.events(ids=[event_id])
        if not found:
            raise ReviewError(f"no event {event_id!r} in {self.store.path}")
        return found[0]

    def detail(self, event_id: str) -> dict[str, Any]:
        """Everything the analyst reads about one event: its fields, quotes, sources
        (title, link, publication), the decision, the log and, for a machine event, the
        machine's own values of the fields the analyst changed."""
        review = self.event(event_id)
        machine = self.store.event_record(event_id)
        sources = []
        for article_id in review.feature["properties"].get("sources") or []:
            meta = self.store.article_meta(article_id) or {}
            title, url, published = meta.get("title"), meta.get("url"), meta.get("published")
            sources.append({"article_id": article_id, "title": title, "published": published,
                            "url": url if isinstance(url, str) and url.lower().startswith(("http://", "https://"))
                            else None, "new": article_id in review.new_sources})
        machine_values = {}
        if machine is not None:
            mp = machine.properties()
            machine_values = {k: (mp["place"] if k == "place" else mp.get(k)) for k in review.overrides}
        return {**review.as_dict(), "sources_detail": sources, "machine": machine_values,
                "log": self.store.review_log(event_id, limit=50)}

    def candidates(self) -> list[dict[str, Any]]:
        """Unlinked candidates not yet promoted (see :meth:`EventStore.candidates`)."""
        return self.store.candidates()

    # -- deciding ---------------------------------------------------------------------

    def _check(self, event_ids: Iterable[str]) -> list[str]:
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            raise ReviewError("name at least one event id")
        missing = [i for i in ids if not self.store.event_exists(i)]
        if missing:
            raise ReviewError(f"no event {', '.join(map(repr, missing))} in {self.store.path}")
        return ids

    def _status(self, event_ids: Iterable[str], status: str, reason: str | None = None) -> list[str]:
        ids = self._check(event_ids)
        if reason is not None and (len(reason) > MAX_TEXT or "\x00" in reason):
            raise ReviewError(f"the reason is longer than {MAX_TEXT} characters or holds a NUL")
        at = now() if status != "unverified" else None
        with self.store.transaction():
            for event_id in ids:
                sources = self.store.event_source_ids(event_id)
                merged = [r["event_id"] for r in self._merged_into(event_id)]
                for other in merged:
                    sources += [s for s in self.store.event_source_ids(other) if s not in sources]
                self.store.save_review(event_id, status if status != "unverified" else "unverify",
                                       {"reason": reason} if reason else {}, status=status,
                                       reason=reason if status == "rejected" else None, reviewed_at=at,
                                       reviewed_sources=sources if status != "unverified" else None)
        return ids

    def verify(self, event_ids: Iterable[str]) -> list[str]:
        """Mark events checked; their current sources count as reviewed."""
        return self._status(event_ids, "verified")

    def reject(self, event_ids: Iterable[str], reason: str | None = None) -> list[str]:
        """Mark events wrong (left out of the outputs unless asked for), with a reason."""
        return self._status(event_ids, "rejected", reason.strip() if reason and reason.strip() else None)

    def unverify(self, event_ids: Iterable[str]) -> list[str]:
        """Take back a verify or reject: the events are unverified again (edits stay)."""
        return self._status(event_ids, "unverified")

    def _overrides(self, event_id: str) -> dict[str, Any]:
        row = self.store.review_row(event_id)
        return dict(row["overrides"]) if row else {}

    def edit(self, event_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Set fields of an event (:data:`EDITABLE`); a value equal to the machine's
        removes the override. Returns the overrides now in force."""
        (event_id,) = self._check([event_id])
        edits = parse_edits(values)
        if not edits:
            raise ReviewError("name at least one field to edit")
        machine = self.store.event_record(event_id)
        overrides = self._overrides(event_id)
        for name, value in edits.items():
            mine = machine.date.iso() if name == "date" else getattr(machine, name)  # type: ignore[union-attr]
            if value == mine and not (name in COUNT_FIELDS and name in machine.counts_approximate):  # type: ignore[union-attr]
                overrides.pop(name, None)
            else:
                overrides[name] = value
        with self.store.transaction():
            self.store.save_review(event_id, "edit", edits, overrides=overrides)
        return overrides

    def revert(self, event_id: str, fields: Iterable[str] | None = None) -> dict[str, Any]:
        """Drop the analyst's overrides of ``fields`` (all, with None): the machine's values return."""
        (event_id,) = self._check([event_id])
        overrides = self._overrides(event_id)
        names = list(overrides) if fields is None else list(fields)
        bad = [n for n in names if n not in (*EDITABLE, "place")]
        if bad:
            raise ReviewError(f"{', '.join(map(repr, bad))} cannot be reverted (fields: place, {', '.join(EDITABLE)})")
        for n in names:
            overrides.pop(n, None)
        with self.store.transaction():
            self.store.save_review(event_id, "revert", {"fields": names}, overrides=overrides)
        return overrides

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer (opened, and built when missing, on first use)."""
        if self._gazetteer is None:
            from .gazetteer import Gazetteer
            from .geonames_import import ensure_index

            self._gazetteer = Gazetteer(ensure_index(self._index_path, progress=False))
        return self._gazetteer

    def _coder(self) -> Any:
        if self._geocoder is None:
            from .geocoder import LocalGazetteer

            self._geocoder = LocalGazetteer(self.gazetteer)
        return self._geocoder

    def search_places(self, query: str, limit: int = 8) -> list[dict[str, Any]]:
        """Gazetteer places for a search box: ``"Shostka"``, ``"Shostka, Sumy Oblast"``,
        a near-miss spelling; each with ``id``, ``label`` (name, region, country),
        ``kind``, ``lat``, ``lon`` and ``precision``."""
        query = " ".join(str(query).split())
        if len(query) < 2 or len(query) > 200:
            return []
        found = self._coder().geocode(query, exactly_one=False, limit=limit) or []
        entries = [self.gazetteer.get(loc.raw["id"]) for loc in found]
        if len(entries) < limit and "," not in query:
            entries += [e for e in self._prefixed(query, limit) if e not in entries]
        if not entries:
            entries = [c.entry for c in self.gazetteer.fuzzy_lookup(query.split(",")[0])][:limit]
        entries = entries[:limit]
        out = []
        for e in entries:
            if e is not None:
                out.append({"id": e.id, "label": self._label(e), "name": e.name, "kind": e.kind,
                            "lat": round(e.lat, 5), "lon": round(e.lon, 5), "precision": e.precision,
                            "uncertainty_km": e.uncertainty_km or None})
        return out

    def _label(self, e: GazetteerEntry) -> str:
        """``"Shostka, Sumy Oblast, UA"``: the name, its region's name and its country."""
        region = self.gazetteer.get(f"adm1:{e.admin1}") if e.admin1 and e.kind not in ("admin1", "country") else None
        return ", ".join(x for x in (e.name, region.name if region else None, e.country) if x)

    def _prefixed(self, prefix: str, limit: int) -> list[GazetteerEntry]:
        """Places with a name that starts with ``prefix`` (as typed so far), largest first.

        Reads the index's ``names`` table (:data:`geostrike.gazetteer.SCHEMA`) by a range
        of its name key, which the index's ``names_key`` index serves."""
        import sqlite3

        from .gazetteer import lookup_key

        key = lookup_key(prefix)
        if len(key) < 3:
            return []
        if self._names is None:
            self._names = sqlite3.connect(f"file:{self.gazetteer.path}?mode=ro", uri=True, check_same_thread=False)
        primary: dict[str, bool] = {}
        for place_id, name_type in self._names.execute(
                "SELECT place_id, name_type FROM names WHERE key >= ? AND key < ? AND loose = 0 LIMIT 2000",
                (key, key + "\U0010ffff")):
            primary[place_id] = primary.get(place_id, False) or name_type == "primary"
        entries = [e for e in map(self.gazetteer.get, primary) if e is not None]
        # A place whose own name starts so first, those of the theatre next, then the largest.
        entries.sort(key=lambda e: (not primary[e.id], e.country not in THEATRE,
                                    e.kind not in ("city", "admin1", "admin2", "airfield", "site"), -e.population))
        return entries[:limit]

    def resolve_place(self, place: str) -> GazetteerEntry:
        """The gazetteer entry a ``--place`` names: an id (``gn:692818``) or the best match
        of ``"Name[, Region][, Country]"``.

        Raises
        ------
        ReviewError
            When nothing matches.
        """
        text = " ".join(str(place).split())
        if re.fullmatch(r"[a-z0-9]+:[\w.:-]+", text):
            entry = self.gazetteer.get(text)
            if entry is not None:
                return entry
        found = self.search_places(text, limit=1)
        if not found:
            raise ReviewError(f"no gazetteer place matches {place!r} (try 'geostrike gazetteer lookup')")
        return self.gazetteer.get(found[0]["id"])  # type: ignore[return-value]

    def point_entry(self, lat: float, lon: float) -> GazetteerEntry:
        """A place for a point chosen on the map: named after the nearest town."""
        near = self._coder().reverse((lat, lon), exactly_one=True)
        label = f"{lat:.4f}, {lon:.4f}"
        country = admin1 = None
        if near is not None:
            label = f"near {near.raw['name']} ({label})"
            country, admin1 = near.raw.get("country"), near.raw.get("admin1")
        return GazetteerEntry(f"point:{lat:.5f},{lon:.5f}", label, "site", country, admin1, lat, lon,
                              point_source="analyst")

    def move(self, event_id: str, *, place: str | None = None, at: tuple[float, float] | None = None,
             precision: int | None = None) -> dict[str, Any]:
        """Move an event to a gazetteer place (``place``: an id or a name) or a point
        (``at``: lat, lon; precision 1 unless given). Returns the ``place`` override."""
        (event_id,) = self._check([event_id])
        if (place is None) == (at is None):
            raise ReviewError("give either a place or a point (LAT,LON), not both")
        if at is not None:
            entry = self.point_entry(*at)
            precision = precision or 1
        else:
            entry = self.resolve_place(place)  # type: ignore[arg-type]
        value = place_override(entry, precision)
        overrides = {**self._overrides(event_id), "place": value}
        with self.store.transaction():
            self.store.save_review(event_id, "move", {"place": value}, overrides=overrides)
        return value

    def _merged_into(self, event_id: str) -> list[dict[str, Any]]:
        row = self.store.review_row(event_id)
        return [] if row is None else self.store.review_rows(merged_into=row["id"])

    def merge(self, keep: str, other: str) -> None:
        """Make ``other`` one more report of ``keep`` (its sources, quotes and counts join
        ``keep``'s; it leaves the outputs as an event of its own)."""
        keep, other = self._check([keep, other]) if keep != other else (None, None)  # type: ignore[assignment]
        if keep is None:
            raise ReviewError("merge needs two different events")
        for event_id in (keep, other):
            row = self.store.review_row(event_id)
            if row is not None and row["merged_into"] is not None:
                raise ReviewError(f"event {event_id!r} is already merged into another; split it first")
        if self._merged_into(other):
            raise ReviewError(f"events are merged into {other!r}; merge into it instead, or split them first")
        with self.store.transaction():
            target = self.store.save_review(keep, "merge", {"merged": other})
            self.store.save_review(other, "merged into", {"into": keep}, merged_into=target)

    def split(self, event_id: str) -> list[str]:
        """Undo merges: ``event_id`` leaves the event it was merged into, or, when others
        were merged into it, they all become events of their own again. Returns the
        events split off."""
        (event_id,) = self._check([event_id])
        row = self.store.review_row(event_id)
        if row is not None and row["merged_into"] is not None:
            parts = [row]
        else:
            parts = self._merged_into(event_id)
        if not parts:
            raise ReviewError(f"event {event_id!r} was not merged by an analyst; nothing to split")
        with self.store.transaction():
            for r in parts:
                self.store.save_review(r["event_id"], "split", {"from": event_id}, merged_into=None)
            if parts[0]["event_id"] != event_id:  # split at the event they were merged into: its log says so too
                self.store.save_review(event_id, "split", {"parts": [r["event_id"] for r in parts]})
        return [r["event_id"] for r in parts]

    def promote(self, article_id: str, *, place: str | None = None, at: tuple[float, float] | None = None,
                precision: int | None = None, values: Mapping[str, Any] | None = None) -> str:
        """Make an event of an unlinked candidate: at a place (a gazetteer id or name, e.g.
        one of the candidate's places) or a point, with the fields of ``values``
        (:data:`EDITABLE`; the type defaults to ``strike``, the date to the article's).
        The event is stored as the analyst's, verified. Returns its id."""
        cand = self.store.candidate(str(article_id))
        if cand is None:
            raise ReviewError(f"no unlinked candidate {article_id!r} in {self.store.path}")
        fields = parse_edits(values or {})
        if (place is None) == (at is None):
            raise ReviewError("give either a place or a point (LAT,LON), not both")
        entry = self.point_entry(*at) if at is not None else self.resolve_place(place)  # type: ignore[arg-type]
        if precision is not None and precision not in (1, 2, 3):
            raise ReviewError(f"precision {precision!r} must be 1 (the point), 2 (near) or 3 (a region)")
        text = cand["text"]
        said = next((d for d in cand["places"] if d.get("gazetteer_id") == entry.id), None)
        if said is not None:
            mention = PlaceMention(cand["article_id"], said["place_text"], said["place"], said["start"], said["end"],
                                   "place", said["sentence"], max(0, text.find(said["sentence"])))
            quote = said["sentence"]
        else:
            sentence = text.strip().split("\n")[0][:MAX_TEXT]
            mention = PlaceMention(cand["article_id"], entry.name, entry.name, 0, 0, "place", sentence, 0)
            quote = sentence
        published = cand["published"]
        day = fields.pop("date", None) or (published[:10] if published else None)
        etype = fields.pop("event_type", None) or "strike"
        digest = hashlib.sha1(f"{cand['article_id']}|{entry.id}|{day}|{etype}".encode()).hexdigest()[:12]
        ev = StrikeEvent(
            event_id=f"an-{digest}", article_id=cand["article_id"], event_type=etype,
            place=ResolvedPlace(mention, entry, precision or entry.precision, 1.0, 1), attacker=None, weapon=None,
            date=_event_date(day), quote=quote, trigger="", quote_start=mention.sentence_start,
            title=cand["title"], url=cand["url"], sources=(Source(cand["article_id"], cand["title"], cand["url"]),),
            confidence=1.0, link_rule="analyst", published_at=published if published and "T" in published else None)
        ev = apply_overrides(ev, fields)

        with self.store.transaction():
            event_id = self.store.add_analyst_event(ev)
            self.store.save_review(event_id, "promote", {"article_id": cand["article_id"], "place": entry.id},
                                   status="verified", reviewed_at=now(),
                                   reviewed_sources=[cand["article_id"]])
        return event_id
