// geostrike's map script. Reads the JSON of the element #gs-data (see geostrike/render.py)
// and draws it on the folium map GEOSTRIKE_MAP: markers and grid clusters, region outlines,
// the event list, the search, the timeline, the permalink and the downloads of the view.
// All article text reaches the page through esc() or textContent.
(function () {
"use strict";
var D = JSON.parse(document.getElementById("gs-data").textContent);
var n = D.x.length, DAY = 86400000, MAXZ = 15;
var ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
function esc(v) {
  return v === null || v === undefined ? "" : String(v).replace(/[&<>"']/g, function (c) { return ESC[c]; });
}
function $(id) { return document.getElementById(id); }
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
function parseDay(s) {
  var t = Date.parse(s);
  return isNaN(t) ? null : Math.floor(t / DAY);
}
var narrow = window.matchMedia("(max-width: 700px)").matches;

// ---- the map and its background layers ----
var map = GEOSTRIKE_MAP;  // the folium map
map.setMinZoom(3); map.setMaxZoom(MAXZ);  // on the map itself: there may be no tile layer to carry them
var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
for (var j = 0; j < n; j++) {
  if (D.x[j] < x0) { x0 = D.x[j]; } if (D.x[j] > x1) { x1 = D.x[j]; }
  if (D.y[j] < y0) { y0 = D.y[j]; } if (D.y[j] > y1) { y1 = D.y[j]; }
}
var home = n ? L.latLngBounds([y0 / 1e4, x0 / 1e4], [y1 / 1e4, x1 / 1e4]).pad(0.2) : null;
function goHome() {
  if (home) { map.fitBounds(home, {maxZoom: 8, animate: false}); } else { map.setView([49, 33], 5, {animate: false}); }
}
goHome();
L.control.scale().addTo(map);
map.attributionControl.addAttribution(D.attribution);
// Land fill under the tiles (a basemap when tiles cannot load), boundary lines above them,
// labels, region outlines under the points.
map.createPane("gs-land").style.zIndex = 150;
map.createPane("gs-lines").style.zIndex = 350;
map.createPane("gs-labels").style.zIndex = 360;
map.createPane("gs-regions").style.zIndex = 390;
map.getPane("gs-labels").style.pointerEvents = "none";
var focus = {};
places.forEach(function (p) { focus[p.country] = true; });
L.geoJSON(D.boundaries, {pane: "gs-land", interactive: false, style: function (f) {
  var c = focus[f.properties.country] ? "#f3efe4" : "#e4e4df";
  return {color: c, weight: 1, fillColor: c, fillOpacity: 1};
}}).addTo(map);
var lines = L.geoJSON(D.boundaries, {pane: "gs-lines", interactive: false,
                                    style: {color: "#8a8a8a", weight: 0.8, fill: false}}).addTo(map);

// Place labels: oblast names and larger towns, shown when tiles do not load. They never
// overlap: at each zoom the labels are ranked (cities of a million, then the admin-1 units of
// the countries with events, largest first, then the other towns by population, then the
// neighbours' units by area) and one whose box meets a better-ranked label's is hidden.
var labels = L.layerGroup(), labelZoom = null, LABEL_GAP = 2;
function labelIcon(text, cls) {
  return L.divIcon({className: "gs-label " + cls, html: "<span>" + esc(text) + "</span>", iconSize: null});
}
function addLabel(text, lat, lon, cls, rank) {
  labels.addLayer(L.marker([lat, lon], {icon: labelIcon(text, cls), pane: "gs-labels", interactive: false,
                                        keyboard: false, gsRank: rank}));
}
function drawLabels() {
  var z = map.getZoom();
  if (z === labelZoom) { return; }
  labelZoom = z;
  labels.clearLayers();
  var min = z <= 4 ? 1e6 : z === 5 ? 5e5 : z === 6 ? 2e5 : 1e5;
  if (z >= 5 && z <= 10) {
    D.labels.regions.forEach(function (r) {  // name, lat, lon, km², country
      addLabel(r[0], r[1], r[2], "gs-label-region", (focus[r[4]] ? 2 : 0) + r[3] / 1e7);
    });
  }
  D.labels.towns.forEach(function (t) {  // name, lat, lon, population
    if (t[3] >= min) { addLabel(t[0], t[1], t[2], "gs-label-town", (t[3] >= 1e6 ? 3 : 1) + t[3] / 1e9); }
  });
  declutter();
}
function declutter() {
  var all = labels.getLayers().map(function (m) {
    return {m: m, r: m.getElement().firstChild.getBoundingClientRect()};  // all read, then all written
  });
  if (all.length && !all.some(function (l) { return l.r.width > 0; })) { labelZoom = null; return; }  // not laid out
  all.sort(function (a, b) { return b.m.options.gsRank - a.m.options.gsRank; });
  var kept = [];
  all.forEach(function (l) {
    var r = l.r, g = LABEL_GAP;
    var hit = kept.some(function (k) {
      return r.left - g < k.right && k.left < r.right + g && r.top - g < k.bottom && k.top < r.bottom + g;
    });
    L.DomUtil[hit ? "addClass" : "removeClass"](l.m.getElement(), "gs-label-hidden");
    if (!hit) { kept.push(r); }
  });
}
labels.on("add", function () { labelZoom = null; drawLabels(); });
map.on("resize", function () { if (labelZoom === null && map.hasLayer(labels)) { drawLabels(); } });  // laid out now
map.on("zoomend", function () { if (map.hasLayer(labels)) { drawLabels(); } });
var tiles = null, bases = null, tilesLoaded = false, tilesFailed = false, noTiles = !D.tiles;
function autoLabels() {
  var want = noTiles || (tilesFailed && !tilesLoaded);
  if (want && !map.hasLayer(labels)) { map.addLayer(labels); }
  if (!want && map.hasLayer(labels) && labels.gsAuto) { map.removeLayer(labels); }
  labels.gsAuto = want;
}
if (D.tiles) {
  tiles = L.tileLayer(D.tiles.url, {attribution: D.tiles.attribution, maxZoom: 19}).addTo(map);
  tiles.on("tileload", function () { if (!tilesLoaded) { tilesLoaded = true; autoLabels(); } });
  tiles.on("tileerror", function () { if (!tilesFailed) { tilesFailed = true; autoLabels(); } });
  bases = {"OpenStreetMap": tiles, "No tiles (boundaries and labels)": L.layerGroup()};
  map.on("baselayerchange", function (e) { noTiles = e.layer !== tiles; autoLabels(); });
}
autoLabels();

// ---- the events ----
var shapes = D.shapes;
function colour(k) { return D.colours[key(k.weapon)] || D.colours.unknown; }
function shapePath(s, x, y, r) {
  var pts;
  if (s === "triangle") { pts = [[x, y - 1.15 * r], [x + r, y + 0.75 * r], [x - r, y + 0.75 * r]]; }
  else if (s === "square") {
    pts = [[x - 0.85 * r, y - 0.85 * r], [x + 0.85 * r, y - 0.85 * r], [x + 0.85 * r, y + 0.85 * r],
           [x - 0.85 * r, y + 0.85 * r]];
  } else if (s === "diamond") { pts = [[x, y - 1.2 * r], [x + 1.2 * r, y], [x, y + 1.2 * r], [x - 1.2 * r, y]]; }
  else if (s === "hexagon") {
    pts = [0, 1, 2, 3, 4, 5].map(function (q) { return [x + r * Math.cos(q * Math.PI / 3), y + r * Math.sin(q * Math.PI / 3)]; });
  } else {
    pts = [];
    for (var q = 0; q < 10; q++) {
      var rr = q % 2 ? 0.5 * r : 1.2 * r;
      pts.push([x + rr * Math.sin(q * Math.PI / 5), y - rr * Math.cos(q * Math.PI / 5)]);
    }
  }
  return "M" + pts.map(function (p) { return p[0].toFixed(1) + "," + p[1].toFixed(1); }).join("L") + "Z";
}
// A circle marker drawn as the shape of its event type (SVG renderer).
var Shape = L.CircleMarker.extend({
  _updatePath: function () {
    var s = this.options.shape;
    if (s === "circle" || s === "ring" || !this._renderer._setPath || !this._point) {
      return L.CircleMarker.prototype._updatePath.call(this);
    }
    this._renderer._setPath(this, shapePath(s, this._point.x, this._point.y, this._radius));
  }
});
var region = new Uint8Array(n), order = new Uint32Array(n);
var PX = new Float64Array(n), PY = new Float64Array(n);  // Web Mercator at zoom 0 (0..256)
for (var i = 0; i < n; i++) {
  var ki = kinds[D.k[i]];
  region[i] = ki.geo_precision >= 3 || ki.role === "summary" ? 1 : 0;
  var s = Math.sin(D.y[i] / 1e4 * Math.PI / 180);
  s = Math.max(-0.9999, Math.min(0.9999, s));
  PX[i] = (D.x[i] / 1e4 + 180) / 360 * 256;
  PY[i] = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256;
  order[i] = i;
}
// The list's order: newest first, undated last, then as in the data.
var sortDay = new Float64Array(n);
for (i = 0; i < n; i++) { var dd = dayOf[D.d[i]]; sortDay[i] = dd === null ? -1e9 : dd; }
order.sort(function (a, b) { return sortDay[b] - sortDay[a] || a - b; });
var marks = {};
function marker(i) {
  if (marks[i]) { return marks[i]; }
  var k = kinds[D.k[i]], c = colour(k), shape = shapes[k.event_type] || "circle";
  // Review status: verified events carry a dark ring, unverified ones are paler, rejected
  // ones (shown only with --include-rejected) are grey and dashed.
  var st = k.status || "unverified", rej = st === "rejected";
  var m = new Shape(L.latLng(D.y[i] / 1e4, D.x[i] / 1e4), {
    radius: st === "verified" ? 8 : 7, color: st === "verified" ? "#111" : rej ? "#888" : c,
    weight: st === "verified" ? 3 : 2, dashArray: rej ? "2 3" : null,
    fillColor: shape === "ring" ? "#fff" : rej ? "#bbb" : c, fillOpacity: st === "verified" ? 0.95 : rej ? 0.4 : 0.6,
    shape: shape, className: "gs-event gs-" + shape + " gs-" + st});
  m.gsIndex = i;
  m.on("click", function (e) { L.DomEvent.stop(e); select(i, {scroll: true}); });
  return (marks[i] = m);
}
function latlng(i) { return L.latLng(D.y[i] / 1e4, D.x[i] / 1e4); }

function props(i) {
  var o = Object.assign({}, kinds[D.k[i]], details[D.c[i]], places[D.p[i]]), src = D.sources[D.s[i]];
  var more = D.more[i] || {};
  o.place_text = o.place_text || o.place;
  o.event_id = D.e[i]; o.summary = D.summaries[D.m[i]]; o.confidence = D.f[i] === null ? null : D.f[i] / 1000;
  o.date = D.dates[D.d[i]]; o.quote = D.q[i]; o.title = src[0]; o.sources = src[1]; o.source_urls = src[2];
  o.article_id = src[1].length ? src[1][0] : null; o.sources_count = src[1].length;
  o.claims = more.claims || null; o.quotes = [D.q[i]].concat(more.quotes || []);
  o.quotes_count = more.nq || o.quotes.length;
  o.uncertainty_km = more.u || null; o.place_fuzzy = !!more.z; o.published_at = more.t || null;
  o.status = o.status || "unverified"; o.reviewed_at = more.r || null;
  o.lon = D.x[i] / 1e4; o.lat = D.y[i] / 1e4;
  return o;
}
function highlight(q, t) {
  q = q || "";
  var j = t ? q.toLowerCase().indexOf(String(t).toLowerCase()) : -1;
  return j < 0 ? esc(q) : esc(q.slice(0, j)) + "<mark>" + esc(q.slice(j, j + t.length)) + "</mark>" +
                          esc(q.slice(j + t.length));
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
    ["Type", p.event_type + (p.role === "summary" ? " (national tally)" : "")], ["Attacker", key(p.attacker)],
    ["Weapon", weapon], ["Target", p.target_type],
    ["Counts", join(["launched", "intercepted"])], ["Casualties", join(["killed", "injured"])],
    ["Date", (p.date || "unknown") + " (precision: " + (p.date_precision || "unknown") + ")"],
    ["Posted", p.published_at],
    ["Review", p.status + (p.reviewed_at ? " (" + p.reviewed_at + ")" : "")],
    ["Place", [p.place, p.admin1 || p.country, "geo precision " + p.geo_precision,
               p.uncertainty_km ? "± " + p.uncertainty_km + " km (placed at its community's seat)" : null,
               p.place_fuzzy ? "near-miss spelling of the name" : null].filter(Boolean).join(" · ")],
    ["Claimed by", p.claimant ? p.claimant + (p.claimant_side ? " (" + p.claimant_side + ")" : "") : null],
    ["Disputed", p.claims],
    ["Confidence", p.confidence === null ? null : p.confidence.toFixed(2) + (p.link_rule ? " (" + p.link_rule + ")" : "")],
    ["Sources", p.sources.length + ": " + p.sources.join(", ")]
  ].filter(function (r) { return r[1]; }).map(function (r) {
    return "<tr><th>" + esc(r[0]) + "</th><td>" + esc(r[1]) + "</td></tr>";
  }).join("");
  var html = '<div class="gs-popup">' + (p.title ? "<p><b>" + esc(p.title) + "</b></p>" : "") +
             (p.summary ? '<p class="gs-summary">' + esc(p.summary) + "</p>" : "") +
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
// A popup listing several events (a cluster at the deepest zoom, a region outline of several).
function listHtml(ids) {
  return '<div class="gs-popup gs-popup-list"><b>' + ids.length + " events</b><ul>" + ids.slice(0, 200).map(function (i) {
    var p = props(i);
    return '<li><a href="#" data-gs-index="' + i + '">' + esc(p.date || "undated") + " · " + esc(p.summary || p.place) +
           "</a></li>";
  }).join("") + (ids.length > 200 ? "<li>…</li>" : "") + "</ul></div>";
}
var popup = L.popup({maxWidth: 420, autoPanPaddingTopLeft: [10, 10]});
var uncertainty = null;  // the circle of the open event's uncertainty radius
function openPopup(i, at) {
  popup.setLatLng(at || latlng(i)).setContent(popupHtml(i)).openOn(map);
  if (uncertainty) { map.removeLayer(uncertainty); uncertainty = null; }
  var km = (D.more[i] || {}).u;
  if (km) {
    uncertainty = L.circle(latlng(i), {radius: km * 1000, weight: 1, dashArray: "4 4", fill: false,
                                       interactive: false, className: "gs-uncertainty"}).addTo(map);
  }
  return popup.getElement();
}
map.on("popupclose", function () { if (uncertainty) { map.removeLayer(uncertainty); uncertainty = null; } });
map.on("popupopen", function (e) {
  var el = e.popup.getElement();
  if (!el) { return; }
  Array.prototype.forEach.call(el.querySelectorAll("a[data-gs-index]"), function (a) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); select(Number(a.dataset.gsIndex), {scroll: true}); });
  });
});
map.on("popupclose", function (e) { if (e.popup === popup && selected !== null && !selecting) { setSelected(null); } });

// ---- filters: overlays (attacker, weapon, type), search, dates ----
var on = {attacker: {}, weapon: {}, event_type: {}, status: {}};
var dated = dayOf.filter(function (x) { return x !== null; });
var lo = dated.length ? Math.min.apply(null, dated) : 0, hi = dated.length ? Math.max.apply(null, dated) : 0;
var range = {from: lo, to: hi, undated: true}, query = "";
var visible = [], shownPts = [], vis = new Uint8Array(n), base = new Uint8Array(n);
// Search: lower-cased text of each table row, matched once per query; quotes per event.
var lowQuotes = null, lowMore = null;
function tableMatch(table, text, q) {
  return table.map(function (r) { return text(r).toLowerCase().indexOf(q) >= 0; });
}
function searchOn(q) {
  if (!q) { return null; }
  if (!lowQuotes) {
    lowQuotes = D.q.map(function (t) { return String(t || "").toLowerCase(); });
    lowMore = {};
    Object.keys(D.more).forEach(function (i) {
      var m = D.more[i];
      lowMore[i] = ((m.quotes || []).join(" ") + " " + (m.claims || "")).toLowerCase();
    });
  }
  var pl = tableMatch(D.places, function (r) { return r.filter(Boolean).join(" "); }, q);
  var su = tableMatch(D.summaries, function (r) { return r || ""; }, q);
  var so = tableMatch(D.sources, function (r) { return [r[0] || ""].concat(r[1], r[2]).join(" "); }, q);
  var out = new Uint8Array(n);
  for (var i = 0; i < n; i++) {
    out[i] = pl[D.p[i]] || su[D.m[i]] || so[D.s[i]] || lowQuotes[i].indexOf(q) >= 0 ||
             (lowMore[i] !== undefined && lowMore[i].indexOf(q) >= 0) ||
             (D.e[i] !== null && D.e[i].toLowerCase() === q) ? 1 : 0;
  }
  return out;
}
var hitCache = {q: null, hits: null}, lastRefreshMs = 0;
function refresh() {
  var t0 = performance.now();
  var kindOn = kinds.map(function (k) {
    return on.attacker[key(k.attacker)] !== false && on.weapon[key(k.weapon)] !== false &&
           on.event_type[key(k.event_type)] !== false && on.status[k.status || "unverified"] !== false;
  });
  var dateOn = dayOf.map(function (x) { return x === null ? range.undated : x >= range.from && x <= range.to; });
  if (hitCache.q !== query) { hitCache = {q: query, hits: searchOn(query)}; }
  var hits = hitCache.hits;
  visible = []; shownPts = [];
  for (var i = 0; i < n; i++) {
    var b = kindOn[D.k[i]] && (hits === null || hits[i]) ? 1 : 0;
    base[i] = b;
    vis[i] = b && dateOn[D.d[i]] ? 1 : 0;
    if (vis[i]) { visible.push(i); if (!region[i]) { shownPts.push(i); } }
  }
  drawPoints();
  drawRegions();
  if (map.hasLayer(heat)) { updateHeat(); }
  var txt = visible.length + (visible.length === 1 ? " event shown" : " events shown");
  $("gs-count").textContent = txt;
  listRefresh();
  histCount();
  drawHist();
  if (selected !== null && !vis[selected]) { setSelected(null); map.closePopup(popup); }
  saveHash();
  lastRefreshMs = performance.now() - t0;
}

// ---- points: grid clusters of the shown events in view, at the map's zoom ----
var pointLayer = L.layerGroup().addTo(map), CELL = 48, drawnIds = [];
function clusterIcon(count) {
  var size = count < 10 ? "s" : count < 100 ? "m" : count < 1000 ? "l" : "xl";
  var px = {s: 28, m: 34, l: 40, xl: 46}[size];
  return L.divIcon({className: "gs-cl gs-cl-" + size, html: "<span>" + count + "</span>", iconSize: [px, px]});
}
function drawPoints() {
  pointLayer.clearLayers();
  drawnIds = [];
  var z = map.getZoom(), scale = Math.pow(2, z), pb = map.getPixelBounds();
  var pad = CELL * 2, bx0 = pb.min.x - pad, bx1 = pb.max.x + pad, by0 = pb.min.y - pad, by1 = pb.max.y + pad;
  var cells = new Map();
  var world = 256 * scale;
  for (var j = 0; j < shownPts.length; j++) {
    var i = shownPts[j], X = PX[i] * scale, Y = PY[i] * scale;
    if (Y < by0 || Y > by1) { continue; }
    // the view may span the antimeridian: try the copies of the world beside it
    if (X < bx0) { X += world * Math.ceil((bx0 - X) / world); }
    if (X > bx1) { continue; }
    var kk = Math.floor(X / CELL) * 4194304 + Math.floor(Y / CELL);
    var c = cells.get(kk);
    if (c === undefined) { cells.set(kk, c = {n: 0, sx: 0, sy: 0, ids: []}); }
    c.n++; c.sx += X; c.sy += Y; c.ids.push(i);
  }
  cells.forEach(function (c) {
    if (c.n === 1) {
      pointLayer.addLayer(marker(c.ids[0]));
      drawnIds.push(c.ids[0]);
      return;
    }
    var at = map.unproject([c.sx / c.n, c.sy / c.n], z);
    var cl = L.marker(at, {icon: clusterIcon(c.n), keyboard: false});
    cl.gsIds = c.ids;
    cl.on("click", function () {
      if (map.getZoom() >= MAXZ || allSamePlace(c.ids)) {
        L.popup({maxWidth: 420}).setLatLng(at).setContent(listHtml(c.ids)).openOn(map);
      } else {
        var bb = L.latLngBounds(c.ids.map(latlng));
        map.fitBounds(bb.pad(0.3), {maxZoom: Math.min(MAXZ, map.getZoom() + 3)});
      }
    });
    pointLayer.addLayer(cl);
  });
  markSelected();
}
function allSamePlace(ids) {
  for (var j = 1; j < ids.length; j++) {
    if (D.x[ids[j]] !== D.x[ids[0]] || D.y[ids[j]] !== D.y[ids[0]]) { return false; }
  }
  return true;
}
map.on("zoomend moveend", drawPoints);

// ---- region-level events: one light outline per place, on their own layer under the points ----
var byCode = {};
D.boundaries.features.forEach(function (f) { byCode[f.properties.iso_code] = f; });
var regions = L.featureGroup();
map.addLayer(regions);
function drawRegions() {
  regions.clearLayers();
  var groups = {};
  for (var j = 0; j < visible.length; j++) {
    var i = visible[j];
    if (region[i]) { (groups[D.p[i]] = groups[D.p[i]] || []).push(i); }
  }
  Object.keys(groups).forEach(function (pi) {
    var ids = groups[pi], pl = places[pi], k = kinds[D.k[ids[0]]];
    var c = ids.every(function (i) { return D.k[i] === D.k[ids[0]]; }) ? colour(k) : "#555";
    var style = {pane: "gs-regions", color: c, weight: 1.5, opacity: 0.7, dashArray: "5 4", fillColor: c,
                 fillOpacity: 0.04, className: "gs-event gs-region"};
    var poly = pl.feature === "admin1" && byCode[pl.admin1];
    var ll = latlng(ids[0]);
    var shape = poly ? L.polygon(L.GeoJSON.coordsToLatLngs(poly.geometry.coordinates, 2), style)
                     : L.circle(ll, Object.assign({radius: pl.feature === "country" ? 150000 : 40000}, style));
    shape.gsIds = ids;
    shape.on("click", function (e) {
      L.DomEvent.stop(e);
      if (ids.length === 1) { select(ids[0], {scroll: true, at: e.latlng}); }
      else { L.popup({maxWidth: 420}).setLatLng(e.latlng).setContent(listHtml(ids)).openOn(map); }
    });
    regions.addLayer(shape);
  });
}
var heat = L.heatLayer([], {radius: 20, blur: 15, max: 5, minOpacity: 0.3});
function updateHeat() {
  heat.setLatLngs(visible.map(function (i) {
    var c = details[D.c[i]];
    return [D.y[i] / 1e4, D.x[i] / 1e4, (c.killed || 0) + (c.injured || 0) + 1];
  }));
}

// ---- selection: the event of a clicked row or marker ----
var selected = null, selecting = false, ring = null;
function setSelected(i) {
  selected = i;
  listDraw();
  markSelected();
  saveHash();
}
function markSelected() {
  if (ring) { map.removeLayer(ring); ring = null; }
  if (selected !== null && !region[selected]) {
    ring = L.circleMarker(latlng(selected), {radius: 13, color: "#000", weight: 2, fill: false, dashArray: "3 3",
                                             interactive: false, className: "gs-selected"}).addTo(map);
  }
}
function select(i, opt) {
  opt = opt || {};
  selecting = true;
  setSelected(i);
  if (opt.scroll) { listScrollTo(i); }
  var go = function () { openPopup(i, opt.at); selecting = false; };
  if (opt.fly) {
    var target = region[i] ? Math.max(5, Math.min(map.getZoom(), 7)) : Math.max(map.getZoom(), 10);
    if (map.getBounds().pad(-0.1).contains(latlng(i)) && map.getZoom() === target) { go(); }
    else { map.once("moveend", go); map.flyTo(latlng(i), target, {duration: 0.6}); }
  } else { go(); }
}

// ---- the event list (virtualised: only the rows in view exist) ----
var ROW = 58, listBody = $("gs-list-body"), spacer = $("gs-list-spacer"), listed = [], rowEls = {};
var listOpen = !narrow;
function listRefresh() {
  listed = [];
  for (var j = 0; j < n; j++) { if (vis[order[j]]) { listed.push(order[j]); } }
  spacer.style.height = listed.length * ROW + "px";
  $("gs-list-count").textContent = listed.length + " shown";
  listDraw(true);
}
function rowHtml(i) {
  var p = props(i);
  var meta = [p.date || "undated", p.place, p.sources_count + (p.sources_count === 1 ? " source" : " sources")];
  if (p.confidence !== null) { meta.push("conf. " + p.confidence.toFixed(2)); }
  var text = p.summary || p.quote || "";
  if (query && text.toLowerCase().indexOf(query) < 0) {  // a search hit in a quote: show it in context
    var hit = p.quotes.filter(function (t) { return String(t).toLowerCase().indexOf(query) >= 0; })[0];
    if (hit) {
      var at = String(hit).toLowerCase().indexOf(query), from = Math.max(0, at - 40);
      text = (from ? "…" : "") + String(hit).slice(from, at + query.length + 80);
    }
  }
  return '<div class="gs-row-meta">' + meta.map(esc).join(" · ") + '</div><div class="gs-row-sum">' +
         highlight(text, query) + "</div>";
}
function listDraw(rebuild) {
  if (!listOpen) { return; }
  var top = listBody.scrollTop, h = listBody.clientHeight || 400;
  var a = Math.max(0, Math.floor(top / ROW) - 5), b = Math.min(listed.length, Math.ceil((top + h) / ROW) + 5);
  var keep = {};
  for (var r = a; r < b; r++) {
    var i = listed[r], el = rebuild ? null : rowEls[i];
    if (el && el.gsRow !== r) { el = null; }
    if (!el) {
      el = rowEls[i] && !rebuild ? rowEls[i] : document.createElement("div");
      el.className = "gs-row"; el.gsRow = r; el.dataset.index = i;
      el.style.top = r * ROW + "px";
      el.innerHTML = rowHtml(i);
      listBody.appendChild(el);
    }
    el.classList.toggle("gs-row-selected", i === selected);
    keep[i] = el;
  }
  Object.keys(rowEls).forEach(function (i) { if (keep[i] !== rowEls[i]) { rowEls[i].remove(); } });
  Array.prototype.forEach.call(listBody.querySelectorAll(".gs-row"), function (el) {
    if (keep[el.dataset.index] !== el) { el.remove(); }
  });
  rowEls = keep;
}
function listScrollTo(i) {
  if (!listOpen) { return; }
  var r = listed.indexOf(i);
  if (r < 0) { return; }
  var top = listBody.scrollTop, h = listBody.clientHeight;
  if (r * ROW < top || (r + 1) * ROW > top + h) { listBody.scrollTop = Math.max(0, r * ROW - h / 3); }
  listDraw();
}
var scrolling = false;
listBody.addEventListener("scroll", function () {
  if (!scrolling) { scrolling = true; requestAnimationFrame(function () { scrolling = false; listDraw(); }); }
});
listBody.addEventListener("click", function (e) {
  var el = e.target.closest(".gs-row");
  if (el) { select(Number(el.dataset.index), {fly: true}); }
});
function setList(open) {
  listOpen = open;
  document.body.classList.toggle("gs-list-open", open);
  map.invalidateSize({animate: false});
  if (open) { listDraw(true); }
  drawHist();
  saveHash();
}
$("gs-list-toggle").addEventListener("click", function () { setList(!listOpen); });
$("gs-list-close").addEventListener("click", function () { setList(false); });

// ---- the search box ----
var searchTimer = null, search = $("gs-search");
search.addEventListener("input", function () {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(function () { setQuery(search.value); }, 120);
});
search.addEventListener("keydown", function (e) { if (e.key === "Enter") { clearTimeout(searchTimer); setQuery(search.value); } });
function setQuery(q) {
  q = String(q || "").trim().toLowerCase();
  if (search.value.trim().toLowerCase() !== q) { search.value = q; }
  if (q !== query) { query = q; refresh(); }
}

// ---- the timeline: a histogram of the events passing the other filters; brush to set dates ----
var canvas = $("gs-hist"), view = {from: lo, to: hi}, dayCounts = new Int32Array(0), bins = [];
function histCount() {
  var span = hi - lo + 1;
  dayCounts = new Int32Array(span);
  for (var i = 0; i < n; i++) {
    if (base[i]) { var x = dayOf[D.d[i]]; if (x !== null) { dayCounts[x - lo]++; } }
  }
}
function unitOf(span) { return span <= 120 ? "day" : span <= 2 * 366 ? "week" : "month"; }
function binStart(day, unit) {
  if (unit === "day") { return day; }
  if (unit === "week") { return day - ((new Date(day * DAY).getUTCDay() + 6) % 7); }  // Monday
  var d = new Date(day * DAY);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY);
}
function binNext(start, unit) {
  if (unit === "day") { return start + 1; }
  if (unit === "week") { return start + 7; }
  var d = new Date(start * DAY);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY);
}
var histUnit = "day";
function drawHist() {
  var w = canvas.clientWidth, h = canvas.clientHeight, dpr = window.devicePixelRatio || 1;
  if (!w || !h) { return; }
  canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
  var g = canvas.getContext("2d");
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, w, h);
  histUnit = unitOf(view.to - view.from + 1);
  $("gs-unit").textContent = "per " + histUnit;
  bins = [];
  var max = 1;
  for (var b = binStart(view.from, histUnit); b <= view.to; b = binNext(b, histUnit)) {
    var e = binNext(b, histUnit), c = 0;
    for (var d = Math.max(b, lo); d < Math.min(e, hi + 1); d++) { c += dayCounts[d - lo]; }
    bins.push({from: b, to: e - 1, n: c});
    if (c > max) { max = c; }
  }
  var span = view.to - view.from + 1, px = function (day) { return (day - view.from) / span * w; };
  var full = range.from <= lo && range.to >= hi;
  bins.forEach(function (bin) {
    var x = px(bin.from), bw = Math.max(1, px(bin.to + 1) - x - 1), bh = bin.n ? Math.max(2, bin.n / max * (h - 16)) : 0;
    var inside = bin.to >= range.from && bin.from <= range.to;
    g.fillStyle = inside ? "#3b6ea8" : "#b9c4cf";
    g.fillRect(x, h - 12 - bh, bw, bh);
  });
  if (!full) {
    g.fillStyle = "rgba(59,110,168,0.15)";
    g.fillRect(px(range.from), 0, Math.max(2, px(range.to + 1) - px(range.from)), h - 12);
  }
  g.fillStyle = "#555"; g.font = "10px sans-serif"; g.textBaseline = "bottom";
  g.fillText(iso(view.from), 2, h); var end = iso(view.to);
  g.fillText(end, w - g.measureText(end).width - 2, h);
}
function dayAt(clientX) {
  var r = canvas.getBoundingClientRect(), f = Math.max(0, Math.min(1, (clientX - r.left) / r.width));
  return Math.max(lo, Math.min(hi, Math.floor(view.from + f * (view.to - view.from + 1))));
}
var brush = null;
canvas.addEventListener("pointerdown", function (e) {
  if (!dated.length) { return; }
  brush = {a: dayAt(e.clientX), x: e.clientX};
  canvas.setPointerCapture(e.pointerId);
});
canvas.addEventListener("pointermove", function (e) {
  if (!brush) { return; }
  var b = dayAt(e.clientX);
  range.from = Math.min(brush.a, b); range.to = Math.max(brush.a, b);
  showRange(); drawHist();
});
canvas.addEventListener("pointerup", function (e) {
  if (!brush) { return; }
  var moved = Math.abs(e.clientX - brush.x) > 3, a = brush.a;
  brush = null;
  if (moved) {
    var b = dayAt(e.clientX);
    setRange(Math.min(a, b), Math.max(a, b));
  } else {  // a click: the bin under the pointer
    var bin = bins.filter(function (x) { return a >= x.from && a <= x.to; })[0];
    if (bin) { setRange(Math.max(lo, bin.from), Math.min(hi, bin.to)); }
  }
});
canvas.addEventListener("wheel", function (e) {
  if (!dated.length) { return; }
  e.preventDefault();
  var at = dayAt(e.clientX), span = view.to - view.from + 1;
  var next = Math.max(14, Math.min(hi - lo + 1, Math.round(span * (e.deltaY > 0 ? 1.5 : 1 / 1.5))));
  var f = (at - view.from) / span;
  view.from = Math.max(lo, Math.round(at - f * next)); view.to = Math.min(hi, view.from + next - 1);
  view.from = Math.max(lo, view.to - next + 1);
  drawHist();
}, {passive: false});
function showRange() {
  $("gs-from-label").textContent = dated.length ? iso(range.from) : "no dates";
  $("gs-to-label").textContent = dated.length ? iso(range.to) : "";
}
function setRange(a, b, withUndated) {
  range.from = Math.max(lo, Math.min(a, b)); range.to = Math.min(hi, Math.max(a, b));
  if (withUndated !== undefined) { range.undated = withUndated; $("gs-undated").checked = withUndated; }
  showRange();
  refresh();
}
$("gs-undated").addEventListener("change", function () { range.undated = this.checked; refresh(); });
$("gs-tl-reset").addEventListener("click", function () { stopPlay(); view = {from: lo, to: hi}; setRange(lo, hi); });
// Play: the range (one bin when all dates are shown) steps forward a bin at a time.
var playTimer = null;
function stopPlay() { clearInterval(playTimer); playTimer = null; $("gs-play").textContent = "▶"; }
$("gs-play").addEventListener("click", function () {
  if (playTimer) { stopPlay(); return; }
  if (!dated.length) { return; }
  var unit = unitOf(view.to - view.from + 1);
  var width = range.from <= lo && range.to >= hi ? binNext(binStart(lo, unit), unit) - binStart(lo, unit)
                                                  : range.to - range.from + 1;
  var start = range.from <= lo && range.to >= hi || range.to >= hi ? lo : range.from;
  $("gs-play").textContent = "❚❚";
  var step = function () {
    if (start > hi) { stopPlay(); return; }
    setRange(start, Math.min(hi, start + width - 1));
    start += unit === "day" ? 1 : unit === "week" ? 7 : Math.max(1, width);
  };
  step();
  playTimer = setInterval(step, 700);
});
window.addEventListener("resize", function () { drawHist(); listDraw(); });

// ---- overlays and controls ----
var overlays = {};
D.overlays.forEach(function (g) {
  var toggle = L.layerGroup().addTo(map);
  toggle.gsKind = g.kind; toggle.gsKey = g.key; on[g.kind][g.key] = true;
  overlays[g.label] = toggle;
});
overlays["Region-level events (outlines)"] = regions;
overlays["Place labels (shown without tiles)"] = labels;
overlays["Heat map (killed + injured + 1)"] = heat;
overlays["Admin-1 boundaries"] = lines;
var layersControl = L.control.layers(bases, overlays, {collapsed: narrow}).addTo(map);
var quiet = false;  // while a permalink is applied
map.on("overlayadd overlayremove", function (e) {
  if (e.layer.gsKind) { on[e.layer.gsKind][e.layer.gsKey] = e.type === "overlayadd"; if (!quiet) { refresh(); } }
  else if (e.layer === heat && e.type === "overlayadd") { updateHeat(); }
  if (e.layer === labels && !quiet) { labels.gsAuto = false; }
  saveHash();
});
function control(id, position) {
  var ctl = L.control({position: position});
  ctl.onAdd = function () {
    var el = $(id);
    L.DomEvent.disableClickPropagation(el); L.DomEvent.disableScrollPropagation(el);
    return el;
  };
  return ctl.addTo(map);
}
control("gs-title", "topleft");
control("gs-legend", "bottomright");
if (narrow) { $("gs-legend").open = false; }

// ---- downloads of the events shown, built here ----
function exportProps(i) {
  var p = props(i), o = {};
  D.csv.columns.forEach(function (c) { o[c] = p[c] === undefined ? null : p[c]; });
  return o;
}
function geojsonText() {
  var feats = visible.slice().sort(function (a, b) { return a - b; }).map(function (i) {
    return {type: "Feature", geometry: {type: "Point", coordinates: [D.x[i] / 1e4, D.y[i] / 1e4]},
            properties: exportProps(i)};
  });
  return JSON.stringify({type: "FeatureCollection", features: feats}, null, 1) + "\n";
}
var FORMULA = D.csv.formula, BREAKS = /\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
function csvCell(v) {
  if (v === null || v === undefined) { return ""; }
  if (Array.isArray(v)) { v = v.length ? v.join(D.csv.separator) : null; if (v === null) { return ""; } }
  if (typeof v === "number") { return String(v); }
  var t = String(v);
  if (FORMULA.some(function (f) { return t.indexOf(f) === 0; })) { t = "'" + t; }
  t = t.replace(BREAKS, " ");
  return /[",\n\r]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
}
function csvText() {
  var cols = D.csv.columns.concat(["lon", "lat"]);
  var out = [cols.join(",")];
  visible.slice().sort(function (a, b) { return a - b; }).forEach(function (i) {
    var p = exportProps(i); p.lon = D.x[i] / 1e4; p.lat = D.y[i] / 1e4;
    out.push(cols.map(function (c) { return csvCell(p[c]); }).join(","));
  });
  return out.join("\n") + "\n";
}
function download(name, type, text) {
  var url = URL.createObjectURL(new Blob([text], {type: type}));
  var a = document.createElement("a");
  a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
}
$("gs-dl-geojson").addEventListener("click", function () {
  download("events-view.geojson", "application/geo+json", geojsonText());
});
$("gs-dl-csv").addEventListener("click", function () { download("events-view.csv", "text/csv", csvText()); });

// ---- the permalink: view and filters in the URL hash ----
var hashTimer = null, ready = false;
function hashText() {
  var c = map.getCenter(), p = new URLSearchParams();
  p.set("map", map.getZoom() + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4));
  if (range.from > lo || range.to < hi) { p.set("from", iso(range.from)); p.set("to", iso(range.to)); }
  if (!range.undated) { p.set("undated", "0"); }
  if (query) { p.set("q", query); }
  var off = [];
  Object.keys(on).forEach(function (kind) {
    Object.keys(on[kind]).forEach(function (v) { if (on[kind][v] === false) { off.push(kind + ":" + v); } });
  });
  if (off.length) { p.set("hide", off.join(",")); }
  var layers = [];
  if (map.hasLayer(heat)) { layers.push("heat"); }
  if (!map.hasLayer(lines)) { layers.push("-boundaries"); }
  if (!map.hasLayer(regions)) { layers.push("-regions"); }
  if (layers.length) { p.set("layers", layers.join(",")); }
  if (listOpen !== !narrow) { p.set("list", listOpen ? "1" : "0"); }
  if (selected !== null && D.e[selected] !== null) { p.set("event", D.e[selected]); }
  return "#" + p.toString();
}
function saveHash() {
  if (!ready) { return; }
  clearTimeout(hashTimer);
  hashTimer = setTimeout(function () {
    var h = hashText();
    if (h !== location.hash) { history.replaceState(null, "", h); }
  }, 150);
}
map.on("moveend", saveHash);
function applyHash(h) {
  var p = new URLSearchParams(String(h || "").replace(/^#/, ""));
  quiet = true;
  var hide = {};
  (p.get("hide") || "").split(",").filter(Boolean).forEach(function (x) { hide[x] = true; });
  Object.keys(overlays).forEach(function (label) {
    var t = overlays[label];
    if (!t.gsKind) { return; }
    var want = !hide[t.gsKind + ":" + t.gsKey];
    if (want !== map.hasLayer(t)) { if (want) { map.addLayer(t); } else { map.removeLayer(t); } }
  });
  var layers = (p.get("layers") || "").split(",");
  if ((layers.indexOf("heat") >= 0) !== map.hasLayer(heat)) { map[layers.indexOf("heat") >= 0 ? "addLayer" : "removeLayer"](heat); }
  if ((layers.indexOf("-boundaries") < 0) !== map.hasLayer(lines)) { map[layers.indexOf("-boundaries") < 0 ? "addLayer" : "removeLayer"](lines); }
  if ((layers.indexOf("-regions") < 0) !== map.hasLayer(regions)) { map[layers.indexOf("-regions") < 0 ? "addLayer" : "removeLayer"](regions); }
  quiet = false;
  query = String(p.get("q") || "").trim().toLowerCase(); search.value = query;
  var a = parseDay(p.get("from")), b = parseDay(p.get("to"));
  range.from = a === null ? lo : Math.max(lo, a); range.to = b === null ? hi : Math.min(hi, b);
  if (range.from > range.to) { range.from = lo; range.to = hi; }
  range.undated = p.get("undated") !== "0"; $("gs-undated").checked = range.undated;
  if (p.get("list") === "1" || p.get("list") === "0") { listOpen = p.get("list") === "1"; }
  document.body.classList.toggle("gs-list-open", listOpen);
  map.invalidateSize({animate: false});
  var v = String(p.get("map") || "").split("/").map(Number);
  if (v.length === 3 && v.every(isFinite)) { map.setView([v[1], v[2]], Math.max(3, Math.min(MAXZ, v[0])), {animate: false}); }
  showRange();
  refresh();
  var ev = p.get("event");
  if (ev) {
    for (var i = 0; i < n; i++) { if (D.e[i] === ev) { if (vis[i]) { select(i, {scroll: true}); } break; } }
  }
}
document.body.classList.toggle("gs-list-open", listOpen);
map.invalidateSize({animate: false});
if (!location.hash) { goHome(); }
applyHash(location.hash);
ready = true;
saveHash();
window.addEventListener("hashchange", function () { if (location.hash !== hashText()) { applyHash(location.hash); } });

var api = {
  map: map, points: pointLayer, regions: regions, heat: heat, boundaries: lines, labels: labels, props: props,
  popupHtml: popupHtml, openPopup: openPopup, refresh: refresh, select: select, marker: marker,
  visible: function () { return visible.slice(); },
  listed: function () { return listed.slice(); },
  drawn: function () { return drawnIds.slice(); },
  selected: function () { return selected; },
  hist: function () { return {unit: histUnit, bins: bins.map(function (b) { return [iso(b.from), iso(b.to), b.n]; })}; },
  range: function () { return {from: iso(range.from), to: iso(range.to), undated: range.undated}; },
  setRange: function (a, b, withUndated) { setRange(parseDay(a), parseDay(b), withUndated); },
  setQuery: setQuery, setList: setList, geojson: geojsonText, csv: csvText, hash: hashText,
  lastRefreshMs: function () { return lastRefreshMs; }
};
window.geostrike = api;
})();
