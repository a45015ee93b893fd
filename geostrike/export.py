"""Stage 6a: write events as RFC 7946 GeoJSON, GeoPackage and CSV.

Points are ``[lon, lat]`` in WGS 84; features are ordered by article, then position in
the article, so that re-runs on the same input give the same bytes. Counts stay JSON
integers and dates ISO 8601 strings. The GeoPackage (layers ``events`` and ``places``)
and the CSV are built from the same typed table (:func:`events_frame`) and written with
geopandas/pyogrio. Every file is written to a temporary name and renamed, so a crash
never leaves half a file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .exceptions import OutputError
from .models import StrikeEvent

if TYPE_CHECKING:
    import geopandas

#: Columns of :func:`events_frame`, in order (the order of ``StrikeEvent.properties``).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "event_type", "summary", "attacker", "claimant", "claimant_side",
    "place", "place_text", "place_start", "place_end", "gazetteer_id", "feature", "country", "admin1",
    "geo_precision", "date", "date_precision", "date_text", "weapon", "weapon_system", "target_type",
    "launched", "intercepted", "killed", "injured", "counts_approximate", "trigger", "quote",
    "quotes", "quotes_count", "sources", "source_urls", "sources_count", "claims", "title", "url",
)
#: Integer columns; nullable (pandas ``Int64``), written as OGR Integer64.
INT_COLUMNS: frozenset[str] = frozenset({"launched", "intercepted", "killed", "injured", "geo_precision",
                                         "place_start", "place_end", "quotes_count", "sources_count"})
#: List-valued properties, joined into text with :data:`LIST_SEPARATOR`.
LIST_COLUMNS: frozenset[str] = frozenset({"quotes", "sources", "source_urls"})
LIST_SEPARATOR = " | "
#: Columns of the ``places`` layer.
PLACE_COLUMNS: tuple[str, ...] = ("gazetteer_id", "name", "feature", "country", "admin1", "precision", "mentions")


def feature_collection(events: list[StrikeEvent]) -> dict[str, Any]:
    """The events as a GeoJSON FeatureCollection dict."""
    ordered = sorted(events, key=lambda e: (e.article_id, e.quote_start, e.place.mention.start))
    return {"type": "FeatureCollection", "features": [e.__geo_interface__ for e in ordered]}


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc


def write_geojson(events: list[StrikeEvent], path: Path, *, indent: int | None = 1) -> Path:
    """Write ``events`` to ``path`` as GeoJSON (sorted keys, stable order)."""
    write_atomic(path, json.dumps(feature_collection(events), ensure_ascii=False, sort_keys=True, indent=indent) + "\n")
    return path


def read_geojson(path: Path) -> dict[str, Any]:
    """Load a geostrike events GeoJSON file (for ``geostrike map``)."""
    from .exceptions import ArticleError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArticleError(f"{path}: not a readable GeoJSON file ({exc})") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ArticleError(f"{path}: not a GeoJSON FeatureCollection")
    return data


def _text(value: Any) -> str | None:
    if value is None or value == []:
        return None
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def _frame(rows: list[dict[str, Any]], columns: list[str], ints: set[str] | frozenset[str],
           lons: list[float], lats: list[float]) -> geopandas.GeoDataFrame:
    import geopandas
    import pandas as pd

    data = {c: pd.array([r.get(c) for r in rows], dtype="Int64") if c in ints
            else pd.array([_text(r.get(c)) for r in rows], dtype="string") for c in columns}
    return geopandas.GeoDataFrame(data, columns=columns,
                                  geometry=geopandas.points_from_xy(lons, lats), crs="EPSG:4326")


def events_frame(collection: dict[str, Any]) -> geopandas.GeoDataFrame:
    """The events of a FeatureCollection as a typed GeoDataFrame.

    Parameters
    ----------
    collection : dict
        A geostrike events FeatureCollection (Point features).

    Returns
    -------
    geopandas.GeoDataFrame
        One row per feature, in the collection's order, CRS EPSG:4326. Columns are
        :data:`EVENT_COLUMNS` then any other properties, sorted; :data:`INT_COLUMNS`
        are nullable ``Int64``, :data:`LIST_COLUMNS` are joined with ``" | "`` (an
        empty list is null), the rest are text (pandas ``string``, ``<NA>`` for null).
    """
    features = collection.get("features", [])
    rows = [f.get("properties") or {} for f in features]
    extra = sorted({k for r in rows for k in r} - set(EVENT_COLUMNS))
    coords = [f["geometry"]["coordinates"] for f in features]
    return _frame(rows, [*EVENT_COLUMNS, *extra], INT_COLUMNS, [c[0] for c in coords], [c[1] for c in coords])


def places_frame(collection: dict[str, Any], places: list[dict[str, Any]] | None = None) -> geopandas.GeoDataFrame:
    """The ``places`` layer: resolved places, or the distinct places of the events.

    Parameters
    ----------
    collection : dict
        The events FeatureCollection; used only when ``places`` is None.
    places : list of dict, optional
        Resolved places with keys ``gazetteer_id``, ``name``, ``feature``, ``country``,
        ``admin1``, ``lat``, ``lon``, ``precision`` and ``mentions``.

    Returns
    -------
    geopandas.GeoDataFrame
        With ``places``: its rows, columns :data:`PLACE_COLUMNS`. Without: one row per
        distinct ``gazetteer_id`` of the events (first-seen order, at the first event's
        point) with ``name``, ``feature``, ``country``, ``admin1``, ``geo_precision`` and
        ``events`` (how many events are at the place). CRS EPSG:4326.
    """
    if places is not None:
        return _frame(places, list(PLACE_COLUMNS), {"precision", "mentions"},
                      [p["lon"] for p in places], [p["lat"] for p in places])
    seen: dict[str, dict[str, Any]] = {}
    for f in collection.get("features", []):
        p = f.get("properties") or {}
        key = p.get("gazetteer_id") or f"{p.get('place')}@{f['geometry']['coordinates']}"
        row = seen.get(key)
        if row is None:
            lon, lat = f["geometry"]["coordinates"][:2]
            row = seen[key] = {"gazetteer_id": key, "name": p.get("place"), "feature": p.get("feature"),
                               "country": p.get("country"), "admin1": p.get("admin1"),
                               "geo_precision": p.get("geo_precision"), "events": 0, "lon": lon, "lat": lat}
        row["events"] += 1
    rows = list(seen.values())
    columns = ["gazetteer_id", "name", "feature", "country", "admin1", "geo_precision", "events"]
    return _frame(rows, columns, {"geo_precision", "events"}, [r["lon"] for r in rows], [r["lat"] for r in rows])


def _temp_for(path: Path) -> Path:
    return path.with_name(f".{path.stem}.tmp{os.getpid()}{path.suffix}")


def write_gpkg(collection: dict[str, Any], path: Path, places: list[dict[str, Any]] | None = None) -> Path:
    """Write a GeoPackage with layers ``events`` and ``places``.

    Parameters
    ----------
    collection : dict
        The events FeatureCollection.
    path : Path
        The ``.gpkg`` file; replaced atomically.
    places : list of dict, optional
        Resolved places for the ``places`` layer (see :func:`places_frame`); without
        them the layer is derived from the events.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OutputError
        When the file cannot be written.
    """
    path = Path(path)
    tmp = _temp_for(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        for layer, frame in (("events", events_frame(collection)), ("places", places_frame(collection, places))):
            # GeoPackage 1.2: older GDALs (QGIS 3.22 on Debian 12 has 3.6) warn on 1.4 files.
            frame.to_file(tmp, layer=layer, driver="GPKG", engine="pyogrio", geometry_type="Point",
                          dataset_options={"VERSION": "1.2"})
        os.replace(tmp, path)
    except Exception as exc:  # pyogrio raises its own DataSourceError/FieldError as well as OSError
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({getattr(exc, 'strerror', None) or exc})") from exc
    return path


def write_csv(collection: dict[str, Any], path: Path) -> Path:
    """Write the events as UTF-8 CSV: the columns of :func:`events_frame`, then ``lon``, ``lat``.

    Parameters
    ----------
    collection : dict
        The events FeatureCollection.
    path : Path
        The ``.csv`` file; replaced atomically.

    Returns
    -------
    Path
        ``path``.
    """
    frame = events_frame(collection)
    table = frame.drop(columns=frame.geometry.name).assign(lon=frame.geometry.x, lat=frame.geometry.y)
    write_atomic(Path(path), table.to_csv(index=False, lineterminator="\n"))
    return Path(path)
