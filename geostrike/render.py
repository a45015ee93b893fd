"""Stage 6b: the layered HTML map (Leaflet and its heat plugin).

folium builds the page and the Leaflet map; the project attaches to it one compact JSON
blob of the events (:func:`encode_events`: coordinates and string-table indices in
columns, so a map of 100,000 events stays under 250 bytes per event) and its own script
and style, ``geostrike/static/app.js`` and ``app.css``, which draw them:

- point events as markers coloured by weapon with one shape per event type
  (:data:`TYPE_SHAPES`; interceptions hollow), grouped into clusters on a grid computed in
  the page at each zoom; region-level events (geo precision 3, and national tallies,
  role ``summary``) as light outlines of their admin-1 polygon, or a circle, on their own
  layer under the points;
- an event list beside the map (virtualised; a row per event shown; a row click flies to
  the event, a marker click highlights its row), a search over place, summary, quotes and
  sources, and a timeline under the map (a histogram by day, week or month; brushing sets
  the date range; a play button steps through time);
- overlays per attacker, weapon and event type: an event is shown when all of its overlays
  are on, it matches the search and its date is in the range;
- the view and every filter in the URL hash (a permalink, restored on load), and
  downloads of the events shown as GeoJSON and CSV, built in the page;
- a heat-map layer (weight killed + injured + 1), off by default, admin-1 boundaries from
  ``gazetteer/admin1_polygons.geojson``, whose land fill also sits *under* the tiles as a
  basemap, and labels of oblasts and larger towns (from the gazetteer) shown when tiles do
  not load;
- popups and list rows built in the browser, where every text passes through ``esc()``;
  CSV cells follow :func:`geostrike.export.csv_cell`.

Text written by Python (title, overlay labels) is HTML-escaped here, and the embedded
JSON has ``<``, ``>`` and ``&`` as unicode escapes, so it cannot close its ``<script>``.
By default (``offline=True``) every script and style is inlined (see :mod:`geostrike.assets`);
the page then requests nothing but map tiles, and nothing at all with ``tiles=None``.
``offline=False`` links them from a CDN.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import marshal
import math
import os
import sqlite3
import sys
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from branca.element import Element, MacroElement

from .export import EVENT_COLUMNS, FORMULA_STARTS, LIST_SEPARATOR, write_atomic

log = logging.getLogger(__name__)

WEAPON_COLOURS = {
    "drone": "#d95f02", "missile": "#7570b3", "airstrike": "#e7298a", "glide bomb": "#a6761d",
    "artillery": "#1b9e77", "unknown": "#555555",
}
ATTRIBUTION = ("Places: GeoNames (CC BY 4.0), Natural Earth (public domain), US Census Bureau, airportsdata; "
               "events: geostrike from the articles quoted")
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
DEFAULT_TITLE = "geostrike: strikes reported in the news"
# Above this many events the popups carry a shortened quote and no article titles, to
# keep the file under 250 bytes per event; events.geojson has the full text.
SHORT_ABOVE = 20_000
SHORT_QUOTE = 110
# Admin-1 units drawn: those within this many degrees of the events' bounding box.
BOUNDARY_MARGIN = 4.0

#: The marker shape of each event type (the legend explains them); others are circles.
TYPE_SHAPES = {"drone strike": "circle", "missile strike": "triangle", "air strike": "square",
               "shelling": "diamond", "strike": "star", "explosion": "hexagon", "interception": "ring"}
#: Towns of at least this many people are labelled when tiles do not load (larger ones from lower zooms).
LABEL_POPULATION = 100_000

# Column order of the string tables in the embedded data (the script reads the names).
# Two tables, not one: each stays small as its fields vary together little.
KIND_FIELDS = ("attacker", "weapon", "event_type", "geo_precision", "date_precision", "weapon_system", "target_type",
               "role", "link_rule", "status")
DETAIL_FIELDS = ("launched", "intercepted", "killed", "injured", "counts_approximate", "claimant", "claimant_side")
PLACE_FIELDS = ("place", "place_text", "feature", "country", "admin1")
GROUPS = (("attacker", "Attacker"), ("weapon", "Weapon"), ("event_type", "Type"), ("status", "Review"))
#: The properties the page has of each event, and so those of its GeoJSON and CSV downloads.
EXPORT_FIELDS = frozenset((*KIND_FIELDS, *DETAIL_FIELDS, *PLACE_FIELDS, "event_id", "article_id", "summary", "date",
                           "quote", "quotes", "quotes_count", "sources", "source_urls", "sources_count", "claims",
                           "confidence", "title", "reviewed_at"))


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _safe_json(obj: Any) -> str:
    # "<", ">" and "&" as unicode escapes: text can never close the <script> element.
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


class _Table:
    """Interns rows: equal rows get one index, stored once."""

    def __init__(self) -> None:
        self.index: dict[Hashable, int] = {}
        self.rows: list[Any] = []

    def __call__(self, row: Hashable) -> int:
        i = self.index.get(row)
        if i is None:
            i = self.index[row] = len(self.rows)
            self.rows.append(row)
        return i


def _scalar(v: Any) -> Any:
    return v if v is None or isinstance(v, (str, int, float)) else str(v)


def _http(urls: Iterable[Any]) -> tuple[str, ...]:
    """Only http(s) links reach the page (no ``javascript:`` URLs)."""
    return tuple(u for u in urls if isinstance(u, str) and u.lower().startswith(("http://", "https://")))


def encode_events(collection: dict[str, Any], *, short: bool | None = None) -> dict[str, Any]:
    """The compact form of the events the map embeds.

    Columns ``x``, ``y`` (lon/lat × 10⁴), ``k`` (row of ``kinds``: attacker, weapon, type,
    precisions, role, link rule), ``c`` (row of ``details``: counts, claimant), ``d`` (row
    of ``dates``), ``p`` (row of ``places``; ``place_text`` null when it is the place's
    name), ``s`` (row of ``sources``: title, article ids, URLs), ``q`` (the quote), ``e``
    (the event id), ``m`` (row of ``summaries``) and ``f`` (confidence × 1000); ``more``
    holds the rare extras (claims, further quotes, ``u`` the place's uncertainty radius in
    km, ``z`` a near-miss spelling, ``t`` the time a post was published) by event index. Features without a
    point geometry are left out. ``short`` (default: above :data:`SHORT_ABOVE` events)
    cuts quotes to :data:`SHORT_QUOTE` characters and drops titles and further quotes.
    """
    feats = [f for f in collection.get("features") or []
             if (f.get("geometry") or {}).get("type") == "Point"]
    if short is None:
        short = len(feats) > SHORT_ABOVE
    kinds, details, places, dates, sources, summaries = _Table(), _Table(), _Table(), _Table(), _Table(), _Table()
    e: list[str | None] = []
    m: list[int] = []
    conf: list[int | None] = []
    x: list[int] = []
    y: list[int] = []
    k: list[int] = []
    c: list[int] = []
    d: list[int] = []
    p: list[int] = []
    s: list[int] = []
    q: list[str] = []
    more: dict[str, dict[str, Any]] = {}
    for i, f in enumerate(feats):
        pr = f.get("properties") or {}
        lon, lat = f["geometry"]["coordinates"][:2]
        x.append(round(lon * 1e4))
        y.append(round(lat * 1e4))
        k.append(kinds(tuple(_scalar(pr.get(name) or ("unverified" if name == "status" else None))
                             for name in KIND_FIELDS)))
        c.append(details(tuple(_scalar(pr.get(name)) for name in DETAIL_FIELDS)))
        place = [_scalar(pr.get(name)) for name in PLACE_FIELDS]
        if place[1] == place[0]:
            place[1] = None
        p.append(places(tuple(place)))
        d.append(dates(_scalar(pr.get("date"))))
        ids = tuple(map(str, pr.get("sources") or [pr.get("article_id")]))
        urls = _http(pr.get("source_urls") or [pr.get("url")])
        s.append(sources((None if short else _scalar(pr.get("title")), ids, urls)))
        quote = str(pr.get("quote") or "")
        if short and len(quote) > SHORT_QUOTE:
            quote = quote[:SHORT_QUOTE].rstrip() + "…"
        q.append(quote)
        e.append(None if pr.get("event_id") is None else str(pr["event_id"]))
        m.append(summaries(_scalar(pr.get("summary"))))
        confidence = pr.get("confidence")
        conf.append(round(confidence * 1000) if isinstance(confidence, (int, float)) and math.isfinite(confidence)
                    else None)
        extra: dict[str, Any] = {}
        if pr.get("claims"):
            extra["claims"] = str(pr["claims"])
        if isinstance(pr.get("uncertainty_km"), (int, float)) and pr["uncertainty_km"] > 0:
            extra["u"] = round(float(pr["uncertainty_km"]), 1)  # a village placed at its hromada's or raion's seat
        if pr.get("place_fuzzy"):
            extra["z"] = 1  # the name is a near miss of the gazetteer's spelling
        if pr.get("published_at"):
            extra["t"] = str(pr["published_at"])  # a post's time, with its zone
        if pr.get("reviewed_at"):
            extra["r"] = str(pr["reviewed_at"])  # when an analyst verified or rejected it
        further = [str(t) for t in (pr.get("quotes") or [])[1:]]
        if further:
            extra.update({"nq": len(further) + 1} if short else {"quotes": further})
        if extra:
            more[str(i)] = extra
    return {"x": x, "y": y, "k": k, "c": c, "d": d, "p": p, "s": s, "q": q, "e": e, "m": m, "f": conf,
            "more": more, "short": short, "kinds": kinds.rows, "details": details.rows, "places": places.rows,
            "dates": dates.rows, "sources": sources.rows, "summaries": summaries.rows, "kind_fields": KIND_FIELDS, "detail_fields": DETAIL_FIELDS,
            "place_fields": PLACE_FIELDS}


#: Bump when what :func:`_cached` keeps changes.
_CACHE_FORMAT = "1"


def _cached(kind: str, key: tuple[Any, ...], compute: Any) -> Any:
    """``compute()``, kept in a file next to the gazetteer index under a hash of ``key``
    (``map-<kind>-<hash>.marshal``), so that later runs read it instead of computing it
    again. Files of other keys of the same kind are removed; any failure to read or write
    the file only means computing the value."""
    from .gazetteer import default_index_path

    digest = hashlib.sha256(repr((_CACHE_FORMAT, sys.version_info[:2], key)).encode()).hexdigest()[:20]
    folder = default_index_path().parent
    path = folder / f"map-{kind}-{digest}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = compute()
    try:
        if folder.is_dir():
            for old in folder.glob(f"map-{kind}-*.marshal"):
                old.unlink(missing_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(value))
            os.replace(tmp, path)
    except (OSError, ValueError):
        pass
    return value


@lru_cache(maxsize=1)
def _admin1_polygons() -> tuple[tuple[tuple[float, float, float, float], dict[str, Any]], ...]:
    """Every admin-1 polygon of the gazetteer with its bounding box (empty when missing),
    coarsened once per version of the source file (:func:`_cached`)."""
    from .exceptions import GazetteerError
    from .gazetteer import sources_dir

    try:
        path = sources_dir() / "admin1_polygons.geojson"
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except (GazetteerError, OSError) as exc:
        log.warning("the map has no admin-1 boundaries: %s", exc)
        return ()
    return _cached("admin1", (digest,), lambda: _read_admin1_polygons(path))


def _read_admin1_polygons(path: Path) -> tuple[tuple[tuple[float, float, float, float], dict[str, Any]], ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("the map has no admin-1 boundaries: %s", exc)
        return ()
    out = []
    for f in data.get("features", []):
        g = f["geometry"]
        # 0.01° (about 1 km) is as fine as region outlines need; saves a tenth of the size.
        polys = [[_coarse(r) for r in poly] for poly in (g["coordinates"] if g["type"] == "MultiPolygon"
                                                         else [g["coordinates"]])]
        rings = [r for poly in polys for r in poly]
        xs = [c[0] for r in rings for c in r]
        ys = [c[1] for r in rings for c in r]
        geometry = {"type": "MultiPolygon", "coordinates": polys}
        out.append(((min(xs), min(ys), max(xs), max(ys)), {"type": "Feature", "properties": f["properties"],
                                                           "geometry": geometry}))
    return tuple(out)


def _coarse(ring: list[list[float]]) -> list[list[float]]:
    """The ring rounded to 0.01°, without repeated points (a closed ring of ≥ 4 points)."""
    out: list[list[float]] = []
    for lon, lat in ring:
        p = [round(lon, 2), round(lat, 2)]
        if not out or p != out[-1]:
            out.append(p)
    return out if len(out) >= 4 else [[round(x, 3), round(y, 3)] for x, y in ring]


def boundaries(data: dict[str, Any], margin: float = BOUNDARY_MARGIN) -> dict[str, Any]:
    """Admin-1 polygons near the encoded events (and those of region-precision events)."""
    feats: list[dict[str, Any]] = []
    if data["x"]:
        x0, x1 = min(data["x"]) / 1e4 - margin, max(data["x"]) / 1e4 + margin
        y0, y1 = min(data["y"]) / 1e4 - margin, max(data["y"]) / 1e4 + margin
        codes = {row[PLACE_FIELDS.index("admin1")] for row in data["places"]}
        feats = [f for (a, b, c, e), f in _admin1_polygons()
                 if (a <= x1 and c >= x0 and b <= y1 and e >= y0) or f["properties"]["iso_code"] in codes]
    return {"type": "FeatureCollection", "features": feats}


def _admin1_points(codes: list[str]) -> dict[str, tuple[float, float]]:
    """The gazetteer's point (lat, lon) of each admin-1 code it has."""
    con = _index()
    if con is None or not codes:
        return {}
    rows = con.execute(f"SELECT id, lat, lon FROM places WHERE id IN ({','.join('?' * len(codes))})",
                       [f"adm1:{c}" for c in codes]).fetchall()
    return {pid[5:]: (lat, lon) for pid, lat, lon in rows}


@lru_cache(maxsize=1)
def _index() -> sqlite3.Connection | None:
    """The gazetteer index, read-only, or None when there is none (the map then has no town labels)."""
    from .gazetteer import default_index_path

    path = default_index_path()
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        con.execute("SELECT 1 FROM places LIMIT 1")
    except sqlite3.Error as exc:
        log.warning("the map has no town labels: no gazetteer index at %s (%s)", path, exc)
        return None
    return con


def _ring_km2(ring: list[list[float]]) -> float:
    """The area of a lon/lat ring in km², near enough to rank regions (degrees scaled at its latitude)."""
    a = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2
    lat = sum(p[1] for p in ring) / len(ring)
    return abs(a) * 111.32 ** 2 * math.cos(math.radians(lat))


def _ring_centre(ring: list[list[float]]) -> tuple[float, float]:
    """The area-weighted centre (lat, lon) of a ring (its mean point if it has no area)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        w = x0 * y1 - x1 * y0
        a += w
        cx += (x0 + x1) * w
        cy += (y0 + y1) * w
    if abs(a) < 1e-12:
        return sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring)
    return cy / (3 * a), cx / (3 * a)


def labels(data: dict[str, Any], bounds: dict[str, Any], margin: float = BOUNDARY_MARGIN) -> dict[str, Any]:
    """Labels for when tiles do not load: ``regions`` (name, lat, lon, area in km², country)
    of the admin-1 units drawn, and ``towns`` (name, lat, lon, population) of at least
    :data:`LABEL_POPULATION` people near the events, a town within 15 km of a larger one left
    out (city districts). The page ranks them by area and population where they would overlap."""
    feats = bounds["features"]
    points = _admin1_points([f["properties"]["iso_code"] for f in feats])
    regions = []
    for f in feats:
        code = f["properties"]["iso_code"]
        if code in points:
            lat, lon = points[code]
        else:
            ring = max((poly[0] for poly in f["geometry"]["coordinates"]), key=len)
            lat, lon = _ring_centre(ring)
        area = sum(_ring_km2(poly[0]) for poly in f["geometry"]["coordinates"])
        regions.append([str(f["properties"].get("name") or code), round(lat, 2), round(lon, 2), round(area),
                        str(f["properties"].get("country") or "")])
    towns: list[list[Any]] = []
    rows = _label_towns() if data["x"] else None
    if rows is not None:
        x0, x1 = min(data["x"]) / 1e4 - margin, max(data["x"]) / 1e4 + margin
        y0, y1 = min(data["y"]) / 1e4 - margin, max(data["y"]) / 1e4 + margin
        # Towns kept so far by bands of latitude: only those of this band and the next
        # ones can lie within 15 km (0.135°) of a town.
        bands: dict[int, list[list[Any]]] = {}
        for name, lat, lon, population in rows:
            if not (y0 <= lat <= y1 and x0 <= lon <= x1):
                continue
            cos = math.cos(math.radians(lat))
            band = math.floor(lat / _BAND)
            near = [t for b in (band - 1, band, band + 1) for t in bands.get(b, ())]
            if all(((lat - t[1]) * 111) ** 2 + ((lon - t[2]) * 111 * cos) ** 2 > 15 ** 2 for t in near):
                town = [name, round(lat, 3), round(lon, 3), population]
                towns.append(town)
                bands.setdefault(band, []).append(town)
    return {"regions": regions, "towns": towns}


#: Degrees of latitude of a band of :func:`labels` (more than 15 km, with room for rounding).
_BAND = 0.25


def _label_towns() -> list[list[Any]] | None:
    """(name, lat, lon, population) of every town of at least :data:`LABEL_POPULATION`
    people, largest first, or None without an index; kept per version of the index
    (:func:`_cached`), as finding them reads every town of the index."""
    con = _index()
    if con is None:
        return None
    from .gazetteer import default_index_path

    path = default_index_path()
    try:
        st = path.stat()
    except OSError:
        return _query_label_towns(con)
    return _cached("towns", (str(path.resolve()), st.st_size, st.st_mtime_ns, LABEL_POPULATION),
                   lambda: _query_label_towns(con))


def _query_label_towns(con: sqlite3.Connection) -> list[list[Any]]:
    return [list(r) for r in con.execute("SELECT name, lat, lon, population FROM places WHERE kind = 'city' "
                                         "AND population >= ? ORDER BY population DESC, name", (LABEL_POPULATION,))]


def shape_svg(shape: str, colour: str, size: int = 14) -> str:
    """The legend's picture of a marker shape (the page draws the same paths)."""
    r, c = size * 0.36, size / 2
    fill = "#fff" if shape == "ring" else colour
    if shape in ("circle", "ring"):
        body = f'<circle cx="{c}" cy="{c}" r="{r:.1f}"/>'
    else:
        body = f'<path d="{_shape_path(shape, c, c, r)}"/>'
    return (f'<svg class="gs-sym" width="{size}" height="{size}" viewBox="0 0 {size} {size}">'
            f'<g fill="{fill}" stroke="{colour}" stroke-width="2">{body}</g></svg>')


def _shape_path(shape: str, x: float, y: float, r: float) -> str:
    if shape == "triangle":
        pts = [(x, y - 1.15 * r), (x + r, y + 0.75 * r), (x - r, y + 0.75 * r)]
    elif shape == "square":
        pts = [(x - 0.85 * r, y - 0.85 * r), (x + 0.85 * r, y - 0.85 * r), (x + 0.85 * r, y + 0.85 * r),
               (x - 0.85 * r, y + 0.85 * r)]
    elif shape == "diamond":
        pts = [(x, y - 1.2 * r), (x + 1.2 * r, y), (x, y + 1.2 * r), (x - 1.2 * r, y)]
    elif shape == "hexagon":
        pts = [(x + r * math.cos(j * math.pi / 3), y + r * math.sin(j * math.pi / 3)) for j in range(6)]
    else:  # star
        pts = [(x + (1.2 * r if j % 2 == 0 else 0.5 * r) * math.sin(j * math.pi / 5),
                y - (1.2 * r if j % 2 == 0 else 0.5 * r) * math.cos(j * math.pi / 5)) for j in range(10)]
    return "M" + "L".join(f"{a:.1f},{b:.1f}" for a, b in pts) + "Z"


def _legend() -> str:
    dots = "".join(f'<div><i class="gs-dot" style="background:{c};border-color:{c}"></i>{_esc(w)}</div>'
                   for w, c in WEAPON_COLOURS.items())
    shapes = "".join(f"<div>{shape_svg(s, '#555')}{_esc(t)}{' (hollow)' if s == 'ring' else ''}</div>"
                     for t, s in TYPE_SHAPES.items())
    return ('<details id="gs-legend" class="gs-box" open><summary><b>Legend</b></summary>'
            '<div class="gs-legend-cols"><div><b>Weapon (colour)</b>' + dots + '</div>'
            '<div><b>Type (shape)</b>' + shapes + '</div></div>'
            '<div><i class="gs-dot gs-verified-dot"></i>verified by an analyst (dark ring); '
            'unverified events are paler</div>'
            '<div><i class="gs-dot gs-dash"></i>region-level event (outline)</div>'
            '<div><i class="gs-dot gs-cl-dot"></i>cluster (number of events)</div></details>')


def _overlays(data: dict[str, Any]) -> list[dict[str, str]]:
    """The filter overlays: kind, value and HTML label (escaped here) with its event count."""
    counts: dict[tuple[str, str], int] = {}
    for kind_row in data["k"]:
        row = data["kinds"][kind_row]
        for kind, _ in GROUPS:
            value = row[KIND_FIELDS.index(kind)]
            key = (kind, "unknown" if value is None else str(value))
            counts[key] = counts.get(key, 0) + 1
    out = []
    for kind, label in GROUPS:
        for (k, value), n in sorted(counts.items()):
            if k == kind:
                dot = (f'<i class="gs-dot" style="background:{WEAPON_COLOURS.get(value, "#555")}"></i>'
                       if kind == "weapon" else shape_svg(TYPE_SHAPES.get(value, "circle"), "#555", 12)
                       if kind == "event_type" else "")
                out.append({"kind": kind, "key": value, "label": f"{dot}{label}: {_esc(value)} ({n})"})
    return out


@lru_cache(maxsize=1)
def _static(name: str) -> str:
    """A file of ``geostrike/static/`` (the map's own script and style)."""
    return (resources.files("geostrike") / "static" / name).read_text(encoding="utf-8")


class _Verbatim(Element):
    """Text inserted into the page as it is.

    branca wraps what an element renders in a new ``Element`` whose text is parsed *again*
    as a Jinja template: "{{ 7*7 }}" in an article would become "49", and "{% for" would
    break the page. These parts of the page are never templates.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class _Page(MacroElement):
    """The project's parts of the page (assets, boxes, data, script), added to the folium
    figure verbatim, after the map's own script."""

    def __init__(self, header_html: str, body_html: str, script_js: str) -> None:
        super().__init__()
        self._name = "GeostrikePage"
        self.parts = (header_html, body_html, script_js)

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        name = self.get_name()
        for section, text in zip((figure.header, figure.html, figure.script), self.parts):
            section.add_child(_Verbatim(text), name=name)


_MAP_PLACEHOLDER = "GEOSTRIKE_MAP"


def _page(collection: dict[str, Any], *, title: str, offline: bool, tiles: str | None) -> str:
    import folium
    from branca.element import Figure

    from .assets import cdn_urls, inline_assets

    data = encode_events(collection)
    n = len(data["x"])
    bounds = boundaries(data)
    data.update(boundaries=bounds, labels=labels(data, bounds), overlays=_overlays(data), colours=WEAPON_COLOURS,
                shapes=TYPE_SHAPES, attribution=_esc(ATTRIBUTION),
                tiles={"url": tiles, "attribution": OSM_ATTRIBUTION} if tiles else None,
                csv={"columns": [c for c in EVENT_COLUMNS if c in EXPORT_FIELDS], "formula": list(FORMULA_STARTS),
                     "separator": LIST_SEPARATOR})
    figure = Figure(title=_esc(title))
    # folium builds the page and the Leaflet map; tiles, layers and controls are added by the
    # project's script below, which filters one data set by every control at once.
    fmap = folium.Map(location=[49.0, 33.0], zoom_start=5, tiles=None, min_zoom=3, max_zoom=15)  # scale: app.js
    figure.add_child(fmap)
    if offline:
        # No CDN: the scripts and styles come inline from the installed packages.
        fmap.default_js, fmap.default_css = [], []
        js, css = inline_assets()
        head = f"<style>{css}</style>\n<script>{js}</script>"
    else:
        scripts, styles = cdn_urls()
        fmap.default_js = [(f"gs_js_{i}", u) for i, u in enumerate(scripts)]
        fmap.default_css = [(f"gs_css_{i}", u) for i, u in enumerate(styles)]
        head = ""
    undated = sum(1 for i in data["d"] if data["dates"][i] is None)
    body = "\n".join([
        f'<div id="gs-title" class="gs-box"><b>{_esc(title)}</b><br><span id="gs-count">{n} events shown</span>'
        f'<span class="gs-note"> of {n}</span>'
        '<div class="gs-tools"><input id="gs-search" type="search" placeholder="Search place, summary, quotes, sources"'
        ' aria-label="Search the events" autocomplete="off">'
        '<button id="gs-list-toggle" type="button" title="Show or hide the event list">List</button></div>'
        '<div class="gs-tools">Download the events shown: <button id="gs-dl-geojson" type="button">GeoJSON</button> '
        '<button id="gs-dl-csv" type="button">CSV</button></div></div>',
        _legend(),
        '<div id="gs-list" aria-label="Events shown"><div id="gs-list-head"><b>Events</b> <span id="gs-list-count">'
        '</span><button id="gs-list-close" type="button" title="Hide the list">×</button></div>'
        '<div id="gs-list-body" tabindex="0"><div id="gs-list-spacer"></div></div></div>',
        '<div id="gs-timeline"><div id="gs-tl-bar"><button id="gs-play" type="button" title="Play">▶</button> '
        '<span id="gs-from-label"></span> – <span id="gs-to-label"></span> '
        '<span id="gs-unit" class="gs-note"></span> '
        f'<label><input id="gs-undated" type="checkbox" checked> undated ({undated})</label> '
        '<button id="gs-tl-reset" type="button" title="All dates">all dates</button></div>'
        '<canvas id="gs-hist" aria-label="Events over time: drag to choose dates, wheel to zoom"></canvas></div>',
        f'<script id="gs-data" type="application/json">{_safe_json(data)}</script>'])
    script = _static("app.js").replace(_MAP_PLACEHOLDER, fmap.get_name())
    fmap.add_child(_Page(f'{head}\n<style>{_static("app.css")}</style>', body, script))
    return figure.render()


@dataclass(frozen=True)
class MapPage:
    """A rendered map: the HTML page, which Jupyter shows inline."""

    html: str

    def save(self, path: Path) -> Path:
        """Write the page to ``path`` (atomically)."""
        write_atomic(path, self.html)
        return path

    def _repr_html_(self) -> str:
        # An iframe, as folium does: the page has its own <html>, scripts and styles.
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" style="width:100%;height:600px;border:0" '
                'sandbox="allow-scripts allow-popups"></iframe>')


def build_map(collection: dict[str, Any], *, title: str = DEFAULT_TITLE, offline: bool = True,
              tiles: str | None = OSM_TILES) -> MapPage:
    """The map of an events FeatureCollection (parameters as :func:`write_map`)."""
    return MapPage(_page(collection, title=title, offline=offline, tiles=tiles))


def write_map(collection: dict[str, Any], path: Path, *, title: str = DEFAULT_TITLE, offline: bool = True,
              tiles: str | None = OSM_TILES) -> Path:
    """Write the map of an events FeatureCollection to ``path`` (atomically).

    Parameters
    ----------
    collection : dict
        A GeoJSON FeatureCollection of events (``events.geojson``, ``EventStore.feature_collection()``).
    path : pathlib.Path
        The HTML file to write.
    title : str
        Shown on the map (escaped).
    offline : bool
        Inline Leaflet and its plugins from the installed packages, so that the page
        requests nothing but tiles and draws without a network (the default); ``False``
        links them from a CDN instead (a smaller file that needs a network).
    tiles : str or None
        Tile URL template (OpenStreetMap); ``None`` for no tiles, the boundaries then
        being the only basemap.

    Raises
    ------
    AssetError
        With ``offline=True``, when a package holding the scripts is not installed.
    OutputError
        When the file cannot be written.
    """
    write_atomic(path, _page(collection, title=title, offline=offline, tiles=tiles))
    return path
