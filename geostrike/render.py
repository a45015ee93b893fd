"""Stage 6b: the layered HTML map (folium / Leaflet).

All events live in one GeoJSON layer. The layer control lists one overlay per attacker
and one per weapon class; an event is shown when both its attacker's and its weapon's
overlays are on, so each event is drawn once however the layers are combined. Precise
events are dots coloured by weapon; region-level events (geo precision 3) are drawn as a
dashed circle around the region's point, not as a precise pin. Popups quote the sentence
behind the event; every piece of article text is HTML-escaped in Python before it reaches
the page, and the embedded JSON cannot close its ``<script>`` element.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from jinja2 import Template

from .export import write_atomic

WEAPON_COLOURS = {
    "drone": "#d95f02", "missile": "#7570b3", "airstrike": "#e7298a", "glide bomb": "#a6761d",
    "artillery": "#1b9e77", "unknown": "#555555",
}
ATTRIBUTION = ("Places: GeoNames (CC BY 4.0), Natural Earth (public domain), airportsdata; "
               "events: geostrike from the articles quoted")
ATTACKER_NAMES = {"UA": "Ukraine", "RU": "Russia", None: "unknown"}


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _highlight(quote: str, place_text: str | None) -> str:
    """The quote, escaped, with the place name in bold (first occurrence)."""
    if place_text and place_text in quote:
        i = quote.index(place_text)
        return _esc(quote[:i]) + "<b>" + _esc(place_text) + "</b>" + _esc(quote[i + len(place_text):])
    return _esc(quote)


def popup_html(p: dict[str, Any]) -> str:
    """The popup of one event, built from its GeoJSON properties (all text escaped)."""
    weapon = p.get("weapon") or "unknown"
    if p.get("weapon_system"):
        weapon += f" ({p['weapon_system']})"
    approx = set((p.get("counts_approximate") or "").split(","))
    counts = ", ".join(f"{'≥' if f in approx else ''}{p[f]} {f}" for f in ("launched", "intercepted", "killed", "injured")
                       if p.get(f) is not None)
    rows = [
        ("Type", p.get("event_type")), ("Attacker", p.get("attacker") or "unknown"), ("Weapon", weapon),
        ("Target", p.get("target_type")), ("Counts", counts or None),
        ("Date", f"{p.get('date') or 'unknown'} ({p.get('date_precision') or 'unknown'})"),
        ("Place", f"{p.get('place')} · {p.get('country') or ''} · precision {p.get('geo_precision')}"),
        ("Claimed by", p.get("claimant")), ("Disputed", p.get("claims")),
        ("Sources", f"{p.get('sources_count') or 1}: " + ", ".join(map(str, p.get("sources") or [p.get("article_id")]))),
    ]
    body = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in rows if v)
    urls = [u for u in (p.get("source_urls") or ([p["url"]] if p.get("url") else []))
            if isinstance(u, str) and u.lower().startswith(("http://", "https://"))]
    links = "".join(f'<a href="{_esc(u)}" target="_blank" rel="noopener noreferrer">source {i}</a> '
                    for i, u in enumerate(urls, 1))
    more = ""
    quotes = p.get("quotes") or []
    if len(quotes) > 1:
        more = "<details><summary>all quotes</summary>" + "".join(f"<p>{_esc(q)}</p>" for q in quotes) + "</details>"
    title = f"<p><b>{_esc(p.get('title'))}</b></p>" if p.get("title") else ""
    return (f'<div class="gs-popup">{title}<blockquote>{_highlight(p.get("quote") or "", p.get("place_text"))}</blockquote>'
            f"<table>{body}</table>{more}<p>{links}</p></div>")


def _safe_json(obj: Any) -> str:
    # "<", ">" and "&" as unicode escapes: text can never close the <script> element.
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


class EventLayer(MacroElement):
    """Events as one Leaflet GeoJSON layer with attacker/weapon filter overlays."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var data = {{ this.data_json }};
  var colours = {{ this.colours_json }};
  var on = {attacker: {}, weapon: {}};
  function keyOf(p, kind) { return (p[kind] === null || p[kind] === undefined) ? "unknown" : String(p[kind]); }
  var layer = L.geoJSON(data, {
    filter: function (f) {
      var p = f.properties;
      return on.attacker[keyOf(p, "attacker")] !== false && on.weapon[keyOf(p, "weapon")] !== false;
    },
    pointToLayer: function (f, latlng) {
      var p = f.properties, c = colours[keyOf(p, "weapon")] || colours.unknown;
      var hollow = p.event_type === "interception";
      if (p.geo_precision >= 3) {
        return L.circle(latlng, {radius: 40000, color: c, weight: 2, dashArray: "6 4",
                                 fillOpacity: 0.08, className: "gs-event gs-region"});
      }
      return L.circleMarker(latlng, {radius: 7, color: c, weight: 2, fillColor: hollow ? "#ffffff" : c,
                                     fillOpacity: 0.85, className: "gs-event"});
    },
    onEachFeature: function (f, lyr) { lyr.bindPopup(f.properties.popup, {maxWidth: 420}); }
  }).addTo(map);
  function refresh() {
    layer.clearLayers();
    layer.addData(data);
    var n = layer.getLayers().length;
    var el = document.getElementById("gs-count");
    if (el) { el.textContent = n + (n === 1 ? " event shown" : " events shown"); }
  }
  var overlays = {};
  {{ this.groups_json }}.forEach(function (g) {
    var toggle = L.layerGroup().addTo(map);
    toggle.gsKind = g.kind; toggle.gsKey = g.key;
    on[g.kind][g.key] = true;
    overlays[g.label] = toggle;
  });
  L.control.layers(null, overlays, {collapsed: false}).addTo(map);
  map.on("overlayadd overlayremove", function (e) {
    if (e.layer.gsKind) { on[e.layer.gsKind][e.layer.gsKey] = (e.type === "overlayadd"); refresh(); }
  });
  window.geostrikeLayer = layer;
  refresh();
  if (data.features.length) { map.fitBounds(layer.getBounds().pad(0.2), {maxZoom: 8}); }
})();
{% endmacro %}
""")

    def __init__(self, collection: dict[str, Any]) -> None:
        super().__init__()
        self._name = "EventLayer"
        feats = []
        for f in collection.get("features", []):
            props = dict(f.get("properties") or {})
            props["popup"] = popup_html(props)
            feats.append({"type": "Feature", "geometry": f.get("geometry"), "properties": props})
        self.data_json = _safe_json({"type": "FeatureCollection", "features": feats})
        self.colours_json = _safe_json(WEAPON_COLOURS)
        attackers = Counter(str(f["properties"].get("attacker") or "unknown") for f in feats)
        weapons = Counter(str(f["properties"].get("weapon") or "unknown") for f in feats)
        groups = [{"kind": "attacker", "key": k, "label": f"Attacker: {_esc(k)} ({n})"} for k, n in sorted(attackers.items())]
        groups += [{"kind": "weapon", "key": k,
                    "label": f'<span style="color:{WEAPON_COLOURS.get(k, "#555")}">&#9679;</span> Weapon: {_esc(k)} ({n})'}
                   for k, n in sorted(weapons.items())]
        self.groups_json = _safe_json(groups)


def build_map(collection: dict[str, Any], *, title: str = "geostrike: strikes reported in the news") -> folium.Map:
    """A folium map of an events FeatureCollection."""
    m = folium.Map(location=[49.0, 33.0], zoom_start=5, tiles=None, control_scale=True)
    folium.TileLayer("OpenStreetMap", attr="&copy; OpenStreetMap contributors | " + _esc(ATTRIBUTION)).add_to(m)
    n = len(collection.get("features", []))
    header = (f'<div id="gs-title" style="position:fixed;top:10px;left:60px;z-index:1000;background:white;'
              f'padding:6px 10px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:14px sans-serif">'
              f"<b>{_esc(title)}</b><br><span id=\"gs-count\">{n} events shown</span></div>"
              "<style>.gs-popup blockquote{margin:0 0 6px 0;font-style:italic}"
              ".gs-popup th{text-align:left;padding-right:8px;vertical-align:top}</style>")
    m.get_root().html.add_child(folium.Element(header))
    m.add_child(EventLayer(collection))
    return m


def write_map(collection: dict[str, Any], path: Path, **kwargs: Any) -> Path:
    """Render the map of ``collection`` to ``path`` (atomically)."""
    write_atomic(path, build_map(collection, **kwargs).get_root().render())
    return path
