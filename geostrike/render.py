"""Stage 6b: the layered HTML map (Leaflet, with the markercluster and heat plugins).

folium builds the page and the Leaflet map; the project attaches to it one compact JSON
blob of the events (:func:`encode_events`: coordinates and string-table indices in
columns, so a map of 100,000 events stays under 250 bytes per event) and its own script
(:data:`APP_JS`), which draws them:

- point events as circle markers coloured by weapon (interceptions hollow) in a
  marker-cluster group; region-precision events (geo precision 3) as their admin-1
  polygon, or a dashed uncertainty circle, in a layer under the points;
- overlays per attacker, weapon and event type: an event is shown when all three of its
  overlays are on; a time control (two sliders and "include undated") filters by date;
  the title box counts the events shown after every change;
- a heat-map layer (weight killed + injured + 1), off by default, and admin-1 boundaries
  from ``gazetteer/admin1_polygons.geojson``, whose land fill also sits *under* the tiles
  as a basemap for when tiles cannot load;
- popups built on demand in the browser, where every text passes through ``esc()``.

Text written by Python (title, overlay labels) is HTML-escaped here, and the embedded
JSON has ``<``, ``>`` and ``&`` as unicode escapes, so it cannot close its ``<script>``.
By default (``offline=True``) every script and style is inlined (see :mod:`geostrike.assets`);
the page then requests nothing but map tiles, and nothing at all with ``tiles=None``.
``offline=False`` links them from a CDN.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from branca.element import Element, MacroElement

from .export import write_atomic

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
SHORT_QUOTE = 120
# Admin-1 units drawn: those within this many degrees of the events' bounding box.
BOUNDARY_MARGIN = 4.0

# Column order of the string tables in the embedded data (the script reads the names).
# Two tables, not one: each stays small as its fields vary together little.
KIND_FIELDS = ("attacker", "weapon", "event_type", "geo_precision", "date_precision", "weapon_system", "target_type")
DETAIL_FIELDS = ("launched", "intercepted", "killed", "injured", "counts_approximate", "claimant", "claimant_side")
PLACE_FIELDS = ("place", "place_text", "feature", "country", "admin1")
GROUPS = (("attacker", "Attacker"), ("weapon", "Weapon"), ("event_type", "Type"))


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
    precisions), ``c`` (row of ``details``: counts, claimant), ``d`` (row of ``dates``),
    ``p`` (row of ``places``; ``place_text`` null when it is the place's name),
    ``s`` (row of ``sources``: title, article ids, URLs) and ``q`` (the quote); ``more``
    holds the rare extras (claims, further quotes) by event index. Features without a
    point geometry are left out. ``short`` (default: above :data:`SHORT_ABOVE` events)
    cuts quotes to :data:`SHORT_QUOTE` characters and drops titles and further quotes.
    """
    feats = [f for f in collection.get("features") or []
             if (f.get("geometry") or {}).get("type") == "Point"]
    if short is None:
        short = len(feats) > SHORT_ABOVE
    kinds, details, places, dates, sources = _Table(), _Table(), _Table(), _Table(), _Table()
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
        k.append(kinds(tuple(_scalar(pr.get(name)) for name in KIND_FIELDS)))
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
        extra: dict[str, Any] = {}
        if pr.get("claims"):
            extra["claims"] = str(pr["claims"])
        further = [str(t) for t in (pr.get("quotes") or [])[1:]]
        if further:
            extra.update({"nq": len(further) + 1} if short else {"quotes": further})
        if extra:
            more[str(i)] = extra
    return {"x": x, "y": y, "k": k, "c": c, "d": d, "p": p, "s": s, "q": q, "more": more, "short": short,
            "kinds": kinds.rows, "details": details.rows, "places": places.rows, "dates": dates.rows,
            "sources": sources.rows, "kind_fields": KIND_FIELDS, "detail_fields": DETAIL_FIELDS,
            "place_fields": PLACE_FIELDS}


@lru_cache(maxsize=1)
def _admin1_polygons() -> tuple[tuple[tuple[float, float, float, float], dict[str, Any]], ...]:
    """Every admin-1 polygon of the gazetteer with its bounding box (empty when missing)."""
    from .exceptions import GazetteerError
    from .gazetteer import sources_dir

    try:
        data = json.loads((sources_dir() / "admin1_polygons.geojson").read_text(encoding="utf-8"))
    except (GazetteerError, OSError, ValueError) as exc:
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


def _legend() -> str:
    dots = "".join(f'<div><i class="gs-dot" style="background:{c};border-color:{c}"></i>{_esc(w)}</div>'
                   for w, c in WEAPON_COLOURS.items())
    return ('<div id="gs-legend" class="gs-box"><b>Weapon</b>' + dots
            + '<div><i class="gs-dot" style="background:#fff;border-color:#555"></i>interception (hollow)</div>'
            + '<div><i class="gs-dot gs-dash"></i>region-level place (area, dashed)</div>'
            + '<div><i class="gs-dot gs-cluster"></i>cluster (number of events)</div></div>')


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
                       if kind == "weapon" else "")
                out.append({"kind": kind, "key": value, "label": f"{dot}{label}: {_esc(value)} ({n})"})
    return out


CSS = """
html,body{margin:0;height:100%}.folium-map{position:absolute;inset:0;background:#cfdde6}
.gs-box{background:#fff;padding:6px 10px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.4 sans-serif}
#gs-title{position:absolute;top:10px;left:56px;z-index:1000;font-size:14px;max-width:45%}
#gs-legend div{white-space:nowrap}
.gs-dot{display:inline-block;width:10px;height:10px;border-radius:50%;border:2px solid;margin:0 6px -2px 0;
 box-sizing:border-box}
.gs-dash{border:2px dashed #555;background:rgba(85,85,85,.1)}
.gs-cluster{background:rgba(110,204,57,.7);border-color:rgba(181,226,140,.9)}
#gs-time input[type=range]{width:220px;vertical-align:middle}#gs-time label{display:block}
#gs-time span{display:inline-block;min-width:80px}
.gs-popup blockquote{margin:0 0 6px 0;font-style:italic}.gs-popup mark{background:#ffe58a;font-weight:bold}
.gs-popup th{text-align:left;padding-right:8px;vertical-align:top}.gs-note{color:#777;font-size:11px}
.leaflet-control-layers-overlays label{white-space:nowrap}
"""

# The project's map script. Reads the JSON of <script id="gs-data">; see the module docstring.
APP_JS = r"""
(function () {
"use strict";
var D = JSON.parse(document.getElementById("gs-data").textContent);
var n = D.x.length, DAY = 86400000;
var ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
function esc(v) {
  return v === null || v === undefined ? "" : String(v).replace(/[&<>"']/g, function (c) { return ESC[c]; });
}
function rows(table, fields) {
  return table.map(function (r) { var o = {}; fields.forEach(function (f, j) { o[f] = r[j]; }); return o; });
}
function key(v) { return v === null || v === undefined ? "unknown" : String(v); }
var kinds = rows(D.kinds, D.kind_fields), details = rows(D.details, D.detail_fields);
var places = rows(D.places, D.place_fields);
// First day of each distinct date ("2024", "2024-06", "2024-06-01"), as days since 1970.
var dayOf = D.dates.map(function (s) {
  if (!s) { return null; }
  var p = String(s).split("-").map(Number);
  return Math.floor(Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1) / DAY);
});
function iso(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

// markercluster needs a maxZoom, even without tiles; it clusters at each zoom level, so fewer load faster.
var map = GEOSTRIKE_MAP;  // the folium map
map.setMinZoom(3); map.setMaxZoom(15);  // on the map itself: there may be no tile layer to carry them
// Set the view before adding layers: layers added to a map without one are all added (and
// their overlayadd events fired) later, at once.
var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
for (var j = 0; j < n; j++) {
  x0 = Math.min(x0, D.x[j]); x1 = Math.max(x1, D.x[j]); y0 = Math.min(y0, D.y[j]); y1 = Math.max(y1, D.y[j]);
}
if (n) {
  map.fitBounds(L.latLngBounds([y0 / 1e4, x0 / 1e4], [y1 / 1e4, x1 / 1e4]).pad(0.2), {maxZoom: 8, animate: false});
}
else { map.setView([49, 33], 5); }
L.control.scale().addTo(map);
map.attributionControl.addAttribution(D.attribution);
// Land fill under the tiles (a basemap when tiles cannot load), boundary lines above them,
// region areas under the points.
map.createPane("gs-land").style.zIndex = 150;
map.createPane("gs-lines").style.zIndex = 350;
map.createPane("gs-regions").style.zIndex = 390;
var focus = {};
places.forEach(function (p) { focus[p.country] = true; });
L.geoJSON(D.boundaries, {pane: "gs-land", interactive: false, style: function (f) {
  var c = focus[f.properties.country] ? "#f3efe4" : "#e4e4df";
  return {color: c, weight: 1, fillColor: c, fillOpacity: 1};
}}).addTo(map);
var lines = L.geoJSON(D.boundaries, {pane: "gs-lines", interactive: false,
                                    style: {color: "#8a8a8a", weight: 0.8, fill: false}}).addTo(map);
var bases = null;
if (D.tiles) {
  bases = {"OpenStreetMap": L.tileLayer(D.tiles.url, {attribution: D.tiles.attribution, maxZoom: 19}).addTo(map),
           "No tiles (boundaries only)": L.layerGroup()};
}

var byCode = {};
D.boundaries.features.forEach(function (f) { byCode[f.properties.iso_code] = f; });
function colour(k) { return D.colours[key(k.weapon)] || D.colours.unknown; }
var marks = new Array(n), region = new Uint8Array(n);
for (var i = 0; i < n; i++) {
  var k = kinds[D.k[i]], pl = places[D.p[i]], ll = L.latLng(D.y[i] / 1e4, D.x[i] / 1e4), c = colour(k);
  var m;
  if (k.geo_precision >= 3) {
    var style = {pane: "gs-regions", color: c, weight: 2, dashArray: "6 4", fillOpacity: 0.1,
                 className: "gs-event gs-region"};
    var poly = pl.feature === "admin1" && byCode[pl.admin1];
    m = poly ? L.polygon(L.GeoJSON.coordsToLatLngs(poly.geometry.coordinates, 2), style)
             : L.circle(ll, Object.assign({radius: pl.feature === "country" ? 150000 : 40000}, style));
    region[i] = 1;
  } else {
    m = L.circleMarker(ll, {radius: 7, color: c, weight: 2, fillColor: k.event_type === "interception" ? "#fff" : c,
                            fillOpacity: 0.85, className: "gs-event"});
  }
  m.gsIndex = i; m.gsLatLng = ll; marks[i] = m;
}

function props(i) {
  var o = Object.assign({}, kinds[D.k[i]], details[D.c[i]], places[D.p[i]]), src = D.sources[D.s[i]];
  var more = D.more[i] || {};
  o.place_text = o.place_text || o.place;
  o.date = D.dates[D.d[i]]; o.quote = D.q[i]; o.title = src[0]; o.sources = src[1]; o.source_urls = src[2];
  o.claims = more.claims || null; o.quotes = [D.q[i]].concat(more.quotes || []);
  o.lon = D.x[i] / 1e4; o.lat = D.y[i] / 1e4;
  return o;
}
function highlight(q, t) {
  var j = t ? q.indexOf(t) : -1;
  return j < 0 ? esc(q) : esc(q.slice(0, j)) + "<mark>" + esc(t) + "</mark>" + esc(q.slice(j + t.length));
}
function popupHtml(i) {
  var p = props(i), more = D.more[i] || {};
  var approx = String(p.counts_approximate || "").split(",");
  function count(f) {
    return p[f] === null || p[f] === undefined ? null : (approx.indexOf(f) >= 0 ? "≥" : "") + p[f] + " " + f;
  }
  function join(fs) { return fs.map(count).filter(Boolean).join(", ") || null; }
  var weapon = key(p.weapon) + (p.weapon_system ? " (" + p.weapon_system + ")" : "");
  var table = [
    ["Type", p.event_type], ["Attacker", key(p.attacker)], ["Weapon", weapon], ["Target", p.target_type],
    ["Counts", join(["launched", "intercepted"])], ["Casualties", join(["killed", "injured"])],
    ["Date", (p.date || "unknown") + " (precision: " + (p.date_precision || "unknown") + ")"],
    ["Place", [p.place, p.admin1 || p.country, "geo precision " + p.geo_precision].filter(Boolean).join(" · ")],
    ["Claimed by", p.claimant ? p.claimant + (p.claimant_side ? " (" + p.claimant_side + ")" : "") : null],
    ["Disputed", p.claims], ["Sources", p.sources.length + ": " + p.sources.join(", ")]
  ].filter(function (r) { return r[1]; }).map(function (r) {
    return "<tr><th>" + esc(r[0]) + "</th><td>" + esc(r[1]) + "</td></tr>";
  }).join("");
  var html = '<div class="gs-popup">' + (p.title ? "<p><b>" + esc(p.title) + "</b></p>" : "") +
             "<blockquote>" + highlight(p.quote, p.place_text) + "</blockquote>";
  if (D.short && p.quote.slice(-1) === "…") {
    html += '<p class="gs-note">quote shortened; the full text is in events.geojson</p>';
  }
  html += "<table>" + table + "</table>";
  if (p.quotes.length > 1) {
    html += "<details><summary>all " + p.quotes.length + " quotes</summary>" +
            p.quotes.map(function (q) { return "<p>" + esc(q) + "</p>"; }).join("") + "</details>";
  } else if (more.nq) {
    html += '<p class="gs-note">' + esc(more.nq) + " quotes in events.geojson</p>";
  }
  var links = p.source_urls.filter(function (u) { return /^https?:\/\//i.test(u); }).map(function (u, j) {
    return '<a href="' + esc(u) + '" target="_blank" rel="noopener noreferrer">source ' + (j + 1) + "</a>";
  });
  return html + "<p>" + links.join(" ") + "</p></div>";
}
var popup = L.popup({maxWidth: 420});
function openPopup(i, latlng) {
  popup.setLatLng(latlng || marks[i].gsLatLng).setContent(popupHtml(i)).openOn(map);
  return popup.getElement();
}

var cluster = L.markerClusterGroup({maxClusterRadius: 35, showCoverageOnHover: false, spiderfyDistanceMultiplier: 1.5});
var regions = L.featureGroup();
map.addLayer(regions).addLayer(cluster);
cluster.on("click", function (e) { openPopup(e.layer.gsIndex, e.layer.gsLatLng); });
regions.on("click", function (e) { openPopup(e.layer.gsIndex, e.latlng); });
var heat = L.heatLayer([], {radius: 20, blur: 15, max: 5, minOpacity: 0.3});

// Filters: overlay toggles (attacker, weapon, type) and the date range.
var on = {attacker: {}, weapon: {}, event_type: {}};
var dated = dayOf.filter(function (x) { return x !== null; });
var lo = dated.length ? Math.min.apply(null, dated) : 0, hi = dated.length ? Math.max.apply(null, dated) : 0;
var range = {from: lo, to: hi, undated: true}, visible = [];
function refresh() {
  var kindOn = kinds.map(function (k) {
    return on.attacker[key(k.attacker)] !== false && on.weapon[key(k.weapon)] !== false &&
           on.event_type[key(k.event_type)] !== false;
  });
  var dateOn = dayOf.map(function (x) { return x === null ? range.undated : x >= range.from && x <= range.to; });
  var pts = [], regs = [];
  visible = [];
  for (var i = 0; i < n; i++) {
    if (kindOn[D.k[i]] && dateOn[D.d[i]]) { visible.push(i); (region[i] ? regs : pts).push(marks[i]); }
  }
  cluster.clearLayers(); cluster.addLayers(pts, true);  // true: no layeradd event per marker
  regions.clearLayers(); regs.forEach(function (r) { regions.addLayer(r); });
  if (map.hasLayer(heat)) { updateHeat(); }
  document.getElementById("gs-count").textContent =
      visible.length + (visible.length === 1 ? " event shown" : " events shown");
}
function updateHeat() {
  heat.setLatLngs(visible.map(function (i) {
    var c = details[D.c[i]];
    return [D.y[i] / 1e4, D.x[i] / 1e4, (c.killed || 0) + (c.injured || 0) + 1];
  }));
}

var overlays = {};
D.overlays.forEach(function (g) {
  var toggle = L.layerGroup().addTo(map);
  toggle.gsKind = g.kind; toggle.gsKey = g.key; on[g.kind][g.key] = true;
  overlays[g.label] = toggle;
});
overlays["Heat map (killed + injured + 1)"] = heat;
overlays["Admin-1 boundaries"] = lines;
L.control.layers(bases, overlays, {collapsed: false}).addTo(map);
map.on("overlayadd overlayremove", function (e) {
  if (e.layer.gsKind) { on[e.layer.gsKind][e.layer.gsKey] = e.type === "overlayadd"; refresh(); }
  else if (e.layer === heat && e.type === "overlayadd") { updateHeat(); }
});

function control(id, position) {
  var ctl = L.control({position: position});
  ctl.onAdd = function () {
    var el = document.getElementById(id);
    L.DomEvent.disableClickPropagation(el); L.DomEvent.disableScrollPropagation(el);
    return el;
  };
  return ctl.addTo(map);
}
control("gs-legend", "bottomright");
control("gs-time", "bottomleft");
var from = document.getElementById("gs-from"), to = document.getElementById("gs-to");
var undated = document.getElementById("gs-undated"), timer = null;
from.min = to.min = 0; from.max = to.max = hi - lo; from.value = 0; to.value = hi - lo;
if (!dated.length) { document.getElementById("gs-range").style.display = "none"; }
function readTime(now) {
  var a = Number(from.value), b = Number(to.value);
  if (a > b) { if (this === from) { to.value = b = a; } else { from.value = a = b; } }
  range.from = lo + a; range.to = lo + b; range.undated = undated.checked;
  document.getElementById("gs-from-label").textContent = iso(range.from);
  document.getElementById("gs-to-label").textContent = iso(range.to);
  clearTimeout(timer);
  if (now === true) { refresh(); } else { timer = setTimeout(refresh, 150); }  // while a slider is dragged
}
[from, to].forEach(function (el) {
  el.addEventListener("input", readTime);
  el.addEventListener("change", function () { readTime.call(el, true); });
});
undated.addEventListener("change", function () { readTime.call(undated, true); });
readTime.call(from, true);

window.geostrike = {
  map: map, cluster: cluster, regions: regions, heat: heat, boundaries: lines, markers: marks, props: props,
  popupHtml: popupHtml, openPopup: openPopup, refresh: refresh,
  visible: function () { return visible.slice(); },
  setRange: function (a, b, withUndated) {
    from.value = Math.round((Date.parse(a) / DAY) - lo); to.value = Math.round((Date.parse(b) / DAY) - lo);
    if (withUndated !== undefined) { undated.checked = withUndated; }
    readTime.call(from, true);
  }
};
window.geostrikeLayer = cluster;
})();
"""


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
    data.update(boundaries=boundaries(data), overlays=_overlays(data), colours=WEAPON_COLOURS,
                attribution=_esc(ATTRIBUTION), tiles={"url": tiles, "attribution": OSM_ATTRIBUTION} if tiles else None)
    figure = Figure(title=_esc(title))
    # folium builds the page and the Leaflet map; tiles, layers and controls are added by the
    # project's script below, which filters one data set by every control at once.
    fmap = folium.Map(location=[49.0, 33.0], zoom_start=5, tiles=None, min_zoom=3, max_zoom=15)  # scale: APP_JS
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
    time_box = ('<div id="gs-time" class="gs-box"><b>Date</b><div id="gs-range">'
                '<label>from <input id="gs-from" type="range" step="1"> <span id="gs-from-label"></span></label>'
                '<label>to <input id="gs-to" type="range" step="1"> <span id="gs-to-label"></span></label></div>'
                '<label><input id="gs-undated" type="checkbox" checked> include undated '
                f'({sum(1 for i in data["d"] if data["dates"][i] is None)})</label></div>')
    body = "\n".join([
        f'<div id="gs-title" class="gs-box"><b>{_esc(title)}</b><br><span id="gs-count">{n} events shown</span>'
        f'<span class="gs-note"> of {n}</span></div>',
        _legend(), time_box,
        f'<script id="gs-data" type="application/json">{_safe_json(data)}</script>'])
    script = APP_JS.replace(_MAP_PLACEHOLDER, fmap.get_name())
    fmap.add_child(_Page(f'{head}\n<style>{CSS}</style>', body, script))
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
