"""Stage 6a: write events as RFC 7946 GeoJSON, GeoPackage and CSV.

Points are ``[lon, lat]`` in WGS 84; features are ordered by article, then position in
the article, so that re-runs on the same input give the same bytes. Every feature has
every property, counts stay JSON integers and dates ISO 8601 strings. The GeoPackage
(layers ``events`` and ``places``) and the CSV are built from the same typed table
(:func:`events_frame`) and written with pyogrio; in the GeoPackage ``date`` is a Date
and counts Integer64 whatever the data, and ``layer_styles`` holds the QGIS style of
:func:`qml_text` as the events' default. Every file is written to a temporary name and renamed, so a crash
never leaves half a file; :class:`OutputSet` renames several files together, so that a
killed run leaves all of the previous ones or all of the new ones.

Every event carries its review (:mod:`geostrike.review`): ``status`` (``unverified``,
``verified``, ``rejected``) and ``reviewed_at``; an event without them (straight from the
pipeline, or a GeoJSON file of an older geostrike) is ``unverified``.

CSV cells are safe to open in a spreadsheet: a text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return (or their full-width forms) gets a leading
``'``, as OWASP recommends against formula injection, and line breaks inside a text cell
(CR, LF, and the Unicode line and paragraph separators) are written as spaces, so that
every row is one line.
"""

from __future__ import annotations

import json
import os
import re
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
    "geo_precision", "place_fuzzy", "uncertainty_km", "point_source", "date", "date_precision", "date_text", "published_at", "weapon", "weapon_system", "target_type",
    "launched", "intercepted", "killed", "injured", "counts_approximate", "trigger", "quote",
    "quotes", "quotes_count", "sources", "source_urls", "sources_count", "claims", "confidence", "link_rule",
    "role", "title", "url", "status", "reviewed_at",
)
#: Review statuses (:mod:`geostrike.review`); an event no analyst has decided on is unverified.
STATUSES: tuple[str, ...] = ("unverified", "verified", "rejected")
#: Real-valued columns; nullable (pandas ``Float64``), written as OGR Real.
FLOAT_COLUMNS: frozenset[str] = frozenset({"confidence", "uncertainty_km"})
#: True/false columns; nullable (pandas ``boolean``), written as OGR Integer (Boolean subtype).
BOOL_COLUMNS: frozenset[str] = frozenset({"place_fuzzy"})
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
    features = [e.__geo_interface__ for e in ordered]
    for f in features:  # events straight from the pipeline: nobody has reviewed them
        f["properties"].update(status="unverified", reviewed_at=None)
    return {"type": "FeatureCollection", "features": features}


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    A path that is a device or a named pipe (``-o /dev/null``, ``-o /dev/stdout``) is
    written to directly: a rename would replace the device with a plain file.
    """
    path = Path(path)
    if _special(path):
        write_text(path, text)
        return
    with OutputSet() as outputs:
        write_text(outputs.temp(path), text)


def _special(path: Path) -> bool:
    """Whether ``path`` exists and is no regular file or folder (a device, a pipe, a socket)."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8 (no rename)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc


#: How the manifest of an :class:`OutputSet` that is being renamed into place is named.
MANIFEST_PREFIX = ".outputs.tmp"
_TEMP = re.compile(r"\.tmp(\d+)(\.[\w.-]+)?$")


class OutputSet:
    """Files written under temporary names, then renamed over their final paths together.

    :meth:`temp` gives the hidden temporary path of a final path (``.events.tmpPID.gpkg``
    for ``events.gpkg``: the suffix is kept, since GDAL goes by it). When the ``with``
    block ends without an error, :meth:`commit` writes a hidden manifest of the renames
    (``.outputs.tmpPID.json``), renames every file, one right after the other, and
    removes the manifest; on an error the temporary files are deleted and the old files
    stay. A run killed while the files are written leaves the old set whole; one killed
    in the microseconds of the renames leaves the manifest, with which
    :func:`finish_interrupted` (called by the next run) completes them. Either way the
    set is never left half old and half new.
    """

    def __init__(self) -> None:
        self._renames: list[tuple[Path, Path]] = []

    def temp(self, path: Path) -> Path:
        """The temporary path to write ``path``'s new content to.

        Raises
        ------
        OutputError
            When ``path`` is a device or a named pipe, which a rename would replace.
        """
        path = Path(path)
        if _special(path):
            raise OutputError(f"{path}: not a regular file (a device or a pipe); name a file to write")
        tmp = _temp_for(path)
        self._renames.append((tmp, path))
        return tmp

    def commit(self) -> None:
        """Rename every temporary file over its final path."""
        if not self._renames:
            return
        folders = {final.parent for _, final in self._renames}
        manifest = None
        if len(self._renames) > 1 and len(folders) == 1:
            manifest = folders.pop() / f"{MANIFEST_PREFIX}{os.getpid()}.json"
            try:
                write_text(manifest, json.dumps([[tmp.name, final.name] for tmp, final in self._renames]))
            except OutputError:
                self.discard()
                raise
        try:
            for tmp, final in self._renames:
                os.replace(tmp, final)
        except OSError as exc:
            self.discard()
            raise OutputError(f"{final}: cannot write ({exc.strerror})") from exc
        finally:
            if manifest is not None:
                manifest.unlink(missing_ok=True)
        self._renames.clear()

    def discard(self) -> None:
        """Delete the temporary files; the final paths keep their old content."""
        for tmp, _ in self._renames:
            tmp.unlink(missing_ok=True)
            for extra in ("-journal", "-wal", "-shm"):
                tmp.with_name(tmp.name + extra).unlink(missing_ok=True)
        self._renames.clear()

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def finish_interrupted(folder: Path) -> list[Path]:
    """Complete the renames of :class:`OutputSet` manifests whose process was killed.

    Returns the final paths renamed into place.
    """
    done = []
    for manifest in folder.glob(f"{MANIFEST_PREFIX}*.json"):
        found = re.fullmatch(rf"{re.escape(MANIFEST_PREFIX)}(\d+)\.json", manifest.name)
        if found is None or _alive(int(found.group(1))):
            continue
        try:
            renames = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            renames = []
        for tmp_name, final_name in renames if isinstance(renames, list) else []:
            tmp = folder / str(tmp_name)
            if tmp.is_file() and _TEMP.search(tmp.name):
                os.replace(tmp, folder / str(final_name))
                done.append(folder / str(final_name))
        manifest.unlink(missing_ok=True)
    return done


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Finish interrupted renames (:func:`finish_interrupted`), then delete the temporary
    files that killed runs left in ``folder`` (``.NAME.tmpPID``, ``.STEM.tmpPID.SUFFIX``,
    and SQLite's ``-journal``/``-wal``/``-shm`` files beside a temporary GeoPackage).

    Files of processes still running are kept; the removed paths are returned.
    """
    finish_interrupted(folder)
    removed = []
    for tmp in folder.glob(".*.tmp*"):
        found = _TEMP.search(tmp.name)
        if found is None or not tmp.is_file() or _alive(int(found.group(1))):
            continue
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    return removed


def geojson_text(collection: dict[str, Any], *, indent: int | None = 1) -> str:
    """A FeatureCollection as the text of a GeoJSON file (sorted keys).

    Every feature has every property of :data:`EVENT_COLUMNS` (null where unknown), each
    of one JSON type: :data:`INT_COLUMNS` integers, :data:`FLOAT_COLUMNS` reals (``1.0``,
    never ``1``), so that GIS tools read one field type whatever the data.
    """
    features = [{**f, "properties": stable_properties(f.get("properties") or {})} if isinstance(f, dict) else f
                for f in collection.get("features") or []]
    return json.dumps({**collection, "features": features}, ensure_ascii=False, sort_keys=True, indent=indent) + "\n"


def stable_properties(props: dict[str, Any]) -> dict[str, Any]:
    """``props`` with every event column present and counts and reals of one JSON type."""
    out = {c: None for c in EVENT_COLUMNS}
    out.update(props)
    out["status"] = out["status"] or "unverified"  # a file written before reviews existed
    for c in INT_COLUMNS:
        v = out.get(c)
        if isinstance(v, float) and v.is_integer():
            out[c] = int(v)
    for c in FLOAT_COLUMNS:
        v = out.get(c)
        if isinstance(v, int) and not isinstance(v, bool):
            out[c] = float(v)
    return out


def write_geojson(events: list[StrikeEvent], path: Path, *, indent: int | None = 1) -> Path:
    """Write ``events`` to ``path`` as GeoJSON (sorted keys, stable order)."""
    write_atomic(path, geojson_text(feature_collection(events), indent=indent))
    return path


#: The files of :func:`write_outputs`, by kind, with the names ``geostrike run`` gives them.
OUTPUT_NAMES: dict[str, str] = {"geojson": "events.geojson", "gpkg": "events.gpkg", "csv": "events.csv",
                                "map": "map.html", "qml": "events.qml", "vrt": "events.vrt"}


def write_outputs(collection: dict[str, Any], paths: dict[str, Path], *, map_html: str | None = None) -> list[Path]:
    """Write the outputs of ``collection`` named in ``paths``, replacing them together.

    The files are written under temporary names and renamed together
    (:class:`OutputSet`): after a kill at any moment they are all the previous ones or all
    the new ones. ``geostrike run`` writes every kind, ``geostrike map`` the map and,
    when asked, the GeoJSON.

    Parameters
    ----------
    collection : dict
        The events FeatureCollection.
    paths : dict of str to pathlib.Path
        Where to write each kind of :data:`OUTPUT_NAMES`: ``geojson``, ``gpkg`` (events and
        places layers), ``csv``, ``map`` (the HTML of ``map_html``), ``qml`` (the QGIS style
        of the events layer, :func:`qml_text`) and ``vrt`` (the GeoJSON's field types for GDAL
        and QGIS, :func:`vrt_text`, over the ``geojson`` file beside it).
    map_html : str, optional
        The map page (:func:`geostrike.render.build_map`), required with ``map``.

    Returns
    -------
    list of pathlib.Path
        The files written, in the order of ``paths``.

    Raises
    ------
    OutputError
        When a file cannot be written (none of them is then replaced).
    ValueError
        When ``paths`` names an unknown kind, or ``map`` without ``map_html``.
    """
    unknown = set(paths) - set(OUTPUT_NAMES)
    if unknown:
        raise ValueError(f"unknown output kinds {sorted(unknown)}; known: {', '.join(OUTPUT_NAMES)}")
    if "map" in paths and map_html is None:
        raise ValueError("the map output needs map_html")
    frames: list[geopandas.GeoDataFrame] = []

    def frame() -> geopandas.GeoDataFrame:  # built once for the GeoPackage and the CSV
        if not frames:
            frames.append(events_frame(collection))
        return frames[0]

    writers = {"geojson": lambda tmp: write_text(tmp, geojson_text(collection)),
               "gpkg": lambda tmp: write_gpkg_file(collection, tmp, events=frame()),
               "csv": lambda tmp: write_text(tmp, csv_text(collection, frame())),
               "map": lambda tmp: write_text(tmp, map_html),  # type: ignore[arg-type]
               "qml": lambda tmp: write_text(tmp, qml_text()),
               # GeoJSON has no schema: the VRT over the GeoJSON beside it types its fields.
               "vrt": lambda tmp: write_text(tmp, vrt_text(collection, paths.get("geojson", Path(OUTPUT_NAMES["geojson"])).name))}
    with OutputSet() as outputs:
        for kind, path in paths.items():
            writers[kind](outputs.temp(path))
    return list(paths.values())


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
            else pd.array([r.get(c) for r in rows], dtype="Float64") if c in FLOAT_COLUMNS
            else pd.array([r.get(c) for r in rows], dtype="boolean") if c in BOOL_COLUMNS
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
    rows = [{**(f.get("properties") or {}), "status": (f.get("properties") or {}).get("status") or "unverified"}
            for f in features]
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
    with OutputSet() as outputs:
        write_gpkg_file(collection, outputs.temp(path), places)
    return path


def _gpkg_safe(frame: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """``frame`` without NUL characters in its text (GDAL would cut the text there)."""
    for column in frame.columns:
        if str(frame[column].dtype) == "string":
            frame[column] = frame[column].str.replace("\x00", "", regex=False)
    return frame


def write_gpkg_file(collection: dict[str, Any], path: Path, places: list[dict[str, Any]] | None = None, *,
                    events: geopandas.GeoDataFrame | None = None) -> None:
    """Write the GeoPackage of :func:`write_gpkg` straight to ``path`` (no rename);
    ``events`` is the :func:`events_frame` of ``collection`` when the caller has it (it is
    left unchanged)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        events = events_frame(collection) if events is None else events.copy()
        for layer, frame in (("events", events), ("places", places_frame(collection, places))):
            _write_layer(path, layer, _gpkg_safe(frame))
        _write_default_style(path, "events")
    except Exception as exc:  # pyogrio raises its own DataSourceError/FieldError as well as OSError
        path.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({getattr(exc, 'strerror', None) or exc})") from exc


def _date_array(values: Any) -> Any:
    """ISO dates ("2024", "2024-06", "2024-06-01") as numpy ``datetime64[D]``, each at its
    first day (``date_precision`` says how much of it is known); NaT where unknown."""
    import numpy as np

    out = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[D]")
    for i, v in enumerate(values):
        if isinstance(v, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v):
            y, m, d = (v.split("-") + ["01", "01"])[:3]
            try:
                out[i] = np.datetime64(f"{y}-{m}-{d}", "D")
            except ValueError:
                pass
    return out


def _write_layer(path: Path, layer: str, frame: geopandas.GeoDataFrame) -> None:
    """Write one point layer with pyogrio, typed whatever the data: nullable integers as
    Integer64 (also when every value is null), reals as Real, text as String, and ``date``
    as a Date (pyogrio writes ``datetime64[D]`` as an OGR Date)."""
    import numpy as np
    import shapely
    from pyogrio.raw import write

    fields = [c for c in frame.columns if c != frame.geometry.name]
    data, masks = [], []
    for name in fields:
        col = frame[name].array
        if name == "date":
            values = _date_array(frame[name].tolist())
            data.append(values)
            masks.append(np.isnat(values))
        elif hasattr(col, "_data") and hasattr(col, "_mask"):  # Int64, Float64
            data.append(col._data)
            masks.append(col._mask)
        else:
            data.append(np.asarray(col, dtype=object))
            masks.append(np.asarray(frame[name].isna()))
    # GeoPackage 1.2: older GDALs (QGIS 3.22 on Debian 12 has 3.6) warn on 1.4 files.
    write(path, shapely.to_wkb(np.asarray(frame.geometry.values)), data, fields, field_mask=masks, layer=layer,
          driver="GPKG", crs="EPSG:4326", geometry_type="Point", dataset_options={"VERSION": "1.2"}, append=path.exists())


#: The QGIS style's categories: event type → (QGIS marker shape, colour); as the map's symbols.
STYLE_TYPES: dict[str, tuple[str, str]] = {
    "drone strike": ("circle", "217,95,2"), "missile strike": ("triangle", "117,112,179"),
    "air strike": ("square", "231,41,138"), "shelling": ("diamond", "27,158,119"), "strike": ("star", "85,85,85"),
    "explosion": ("hexagon", "166,118,29"), "interception": ("circle", "255,255,255"),
}
#: Marker size in mm, by casualties (killed + injured, null as 0).
STYLE_SIZE = '2.5 + 1.2 * sqrt(coalesce("killed", 0) + coalesce("injured", 0))'


def _symbol_xml(name: str, shape: str, fill: str, outline: str) -> str:
    from xml.sax.saxutils import quoteattr

    props = {"name": shape, "color": f"{fill},255", "outline_color": f"{outline},255", "outline_width": "0.4",
             "outline_width_unit": "MM", "size": "3", "size_unit": "MM", "angle": "0", "joinstyle": "miter",
             "scale_method": "diameter", "vertical_anchor_point": "1", "horizontal_anchor_point": "1"}
    prop_xml = "".join(f"<prop k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in props.items())
    return (f'<symbol type="marker" name={quoteattr(name)} alpha="1" clip_to_extent="1" force_rhr="0">'
            '<layer class="SimpleMarker" enabled="1" locked="0" pass="0">' + prop_xml +
            '<data_defined_properties><Option type="Map"><Option name="name" value="" type="QString"/>'
            '<Option name="properties" type="Map"><Option name="size" type="Map">'
            '<Option name="active" value="true" type="bool"/>'
            f'<Option name="expression" value={quoteattr(STYLE_SIZE)} type="QString"/>'
            '<Option name="type" value="3" type="int"/></Option></Option>'
            '<Option name="type" value="collection" type="QString"/></Option></data_defined_properties>'
            '</layer></symbol>')


def qml_text() -> str:
    """A QGIS layer style (``.qml``) for the events: categorised by ``event_type`` (the map's
    shape per type; interceptions hollow), sized by casualties (:data:`STYLE_SIZE`)."""
    from xml.sax.saxutils import quoteattr

    cats, symbols = [], []
    for i, (event_type, (shape, colour)) in enumerate([*STYLE_TYPES.items(), ("", ("circle", "153,153,153"))]):
        outline = "117,112,179" if event_type == "interception" else "35,35,35"
        label = event_type or "other"
        cats.append(f'<category value={quoteattr(event_type)} symbol="{i}" label={quoteattr(label)} render="true"/>')
        symbols.append(_symbol_xml(str(i), shape, colour, outline))
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            '<qgis version="3.22.0" styleCategories="Symbology">\n'
            '<renderer-v2 type="categorizedSymbol" attr="event_type" symbollevels="0" enableorderby="0" '
            'forceraster="0"><categories>' + "".join(cats) + "</categories><symbols>" + "".join(symbols) +
            "</symbols></renderer-v2>\n<layerGeometryType>0</layerGeometryType>\n</qgis>\n")


def write_qml(path: Path) -> Path:
    """Write the QGIS style of :func:`qml_text` to ``path`` (``events.qml`` beside
    ``events.geojson`` is the style QGIS applies to it by default)."""
    write_atomic(Path(path), qml_text())
    return Path(path)


def _vrt_field(name: str) -> str:
    """The OGR VRT ``<Field>`` of one event column: its type whatever the data."""
    from xml.sax.saxutils import quoteattr

    kind = ('type="Integer64"' if name in INT_COLUMNS else 'type="Real"' if name in FLOAT_COLUMNS
            else 'type="Integer" subtype="Boolean"' if name in BOOL_COLUMNS
            else 'type="String"')
    return f"  <Field name={quoteattr(name)} {kind}/>\n"


def vrt_text(collection: dict[str, Any] | None = None, source: str = "events.geojson") -> str:
    """An OGR VRT (GDAL's "virtual format") over the GeoJSON file ``source`` beside it that
    declares each field's type, so that GDAL and QGIS read counts as Integer64 also when
    every value is null.

    GeoJSON carries no schema, and GDAL's GeoJSON driver (3.6 with Debian 12's QGIS 3.22)
    types a property from its values, a property that is null on every feature as String;
    it reads no hint in the file and has no open option for it (``OGR_SCHEMA`` came in
    3.11). The VRT reads the same file and casts nothing but the field types.

    Parameters
    ----------
    collection : dict, optional
        The FeatureCollection in ``source``: its properties beyond :data:`EVENT_COLUMNS`
        become String fields after them.
    source : str
        The GeoJSON file's name, relative to the VRT's folder; its stem is GDAL's layer name.

    Returns
    -------
    str
        The ``.vrt`` text: layer ``events`` of Points in EPSG:4326; :data:`INT_COLUMNS`
        Integer64, :data:`FLOAT_COLUMNS` Real, :data:`BOOL_COLUMNS` Boolean, the rest
        String: :data:`LIST_COLUMNS` as their JSON text, ``date`` as written (it may be a
        month or a year, which an OGR Date cannot hold; the GeoPackage has the Date).
    """
    from xml.sax.saxutils import escape

    rows = [f.get("properties") or {} for f in (collection or {}).get("features") or [] if isinstance(f, dict)]
    extra = sorted({k for r in rows for k in r} - set(EVENT_COLUMNS))
    return ("<OGRVRTDataSource>\n <OGRVRTLayer name=\"events\">\n"
            f"  <SrcDataSource relativeToVRT=\"1\">{escape(source)}</SrcDataSource>\n"
            # Lists as their JSON text and dates as written: GDAL's VRT garbles a list holding
            # a comma, and an OGR Date cannot hold a month or a year alone.
            "  <OpenOptions><OOI key=\"ARRAY_AS_STRING\">YES</OOI><OOI key=\"DATE_AS_STRING\">YES</OOI></OpenOptions>\n"
            f"  <SrcLayer>{escape(Path(source).stem)}</SrcLayer>\n"
            "  <GeometryType>wkbPoint</GeometryType>\n  <LayerSRS>EPSG:4326</LayerSRS>\n"
            + "".join(_vrt_field(c) for c in [*EVENT_COLUMNS, *extra]) +
            " </OGRVRTLayer>\n</OGRVRTDataSource>\n")


def _write_default_style(path: Path, layer: str) -> None:
    """Store :func:`qml_text` in the GeoPackage's ``layer_styles`` table as the default style
    of ``layer``, where QGIS finds it when the layer is added."""
    import numpy as np
    from pyogrio.raw import write

    columns = {"f_table_catalog": "", "f_table_schema": "", "f_table_name": layer, "f_geometry_column": "geom",
               "styleName": "geostrike", "styleQML": qml_text(), "styleSLD": "",
               "description": "geostrike: categorised by event type, sized by casualties", "owner": "", "ui": ""}
    data = [np.array([v], dtype=object) for v in columns.values()]
    names = list(columns)
    data.insert(7, np.array([True]))
    names.insert(7, "useAsDefault")
    data.append(np.array(["2000-01-01T00:00:00"], dtype="datetime64[s]"))  # fixed: the same bytes on every run
    names.append("update_time")
    write(path, None, data, names, layer="layer_styles", driver="GPKG", geometry_type=None, append=True,
          dataset_options={"VERSION": "1.2"})


def write_csv(collection: dict[str, Any], path: Path) -> Path:
    """Write the events as UTF-8 CSV: the columns of :func:`events_frame`, then ``lon``, ``lat``.

    Text cells are made safe for spreadsheets (see the module docstring: formulas are
    neutralised with a leading ``'``, line breaks become spaces).

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
    write_atomic(Path(path), csv_text(collection))
    return Path(path)


#: What a spreadsheet takes for the start of a formula (OWASP's list, and the full-width forms).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_LINE_BREAKS = re.compile("\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def csv_cell(text: str) -> str:
    """A text cell as the CSV holds it: no formula a spreadsheet would run, no line break."""
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return _LINE_BREAKS.sub(" ", text)


def csv_text(collection: dict[str, Any], frame: geopandas.GeoDataFrame | None = None) -> str:
    """The CSV of :func:`write_csv`, as text; ``frame`` is the :func:`events_frame` of
    ``collection`` when the caller has it (it is left unchanged)."""
    if frame is None:
        frame = events_frame(collection)
    table = frame.drop(columns=frame.geometry.name).assign(lon=frame.geometry.x, lat=frame.geometry.y)
    for column in table.columns:
        if str(table[column].dtype) == "string":
            table[column] = table[column].map(csv_cell, na_action="ignore").astype("string")
    return table.to_csv(index=False, lineterminator="\n")
