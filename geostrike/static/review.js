// geostrike review: the analyst's page (served by geostrike/review_app.py).
// Every text from the store is put into the page with textContent (never innerHTML), and
// the server forbids inline script, so article text cannot run as code.
(function () {
"use strict";
var META = JSON.parse(document.querySelector('meta[name="geostrike-review"]').content);
var ROW = 58;  // list row height (px): the list draws only the rows in view

function el(tag, attrs, kids) {
  var e = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) {
    if (k === "text") { e.textContent = attrs[k]; } else if (k === "cls") { e.className = attrs[k]; }
    else if (k === "top") { e.style.top = attrs[k]; }
    else if (k.slice(0, 2) === "on") { e.addEventListener(k.slice(2), attrs[k]); }
    else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) { e.setAttribute(k, attrs[k]); }
  });
  (kids || []).forEach(function (c) { if (c !== null && c !== undefined) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); } });
  return e;
}
function $(id) { return document.getElementById(id); }
function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } return e; }
function say(text, bad) { var m = $("rv-msg"); m.textContent = text; m.className = bad ? "rv-bad" : ""; }
// The quote with every occurrence of the place's words marked.
function marked(text, word) {
  var out = el("span"), t = String(text || ""), w = String(word || ""), low = t.toLowerCase(), lw = w.toLowerCase();
  var at = 0, j;
  while (w && (j = low.indexOf(lw, at)) >= 0) {
    out.appendChild(document.createTextNode(t.slice(at, j)));
    out.appendChild(el("mark", {text: t.slice(j, j + w.length)}));
    at = j + w.length;
  }
  out.appendChild(document.createTextNode(t.slice(at)));
  return out;
}
function api(method, url, body) {
  var opts = {method: method, credentials: "same-origin", headers: {}};
  if (body !== undefined) {
    opts.headers["Content-Type"] = "application/json";
    opts.headers["X-CSRF-Token"] = META.csrf;
    opts.body = JSON.stringify(body);
  }
  return fetch(url, opts).then(function (r) {
    return r.json().catch(function () { return {error: r.status + " " + r.statusText}; }).then(function (j) {
      if (!r.ok) { throw new Error(j.error || r.statusText); }
      return j;
    });
  });
}
function httpLink(u) { return typeof u === "string" && /^https?:\/\//i.test(u); }

// ---- layout ----
var app = $("rv-app");
var status = el("select", {id: "rv-status", title: "Review status"}, [el("option", {value: "", text: "all statuses"})]
  .concat(META.statuses.map(function (s) { return el("option", {value: s, text: s}); })));
var side = el("select", {id: "rv-side", title: "Attacker"}, [el("option", {value: "", text: "any side"})]);
var etype = el("select", {id: "rv-type", title: "Event type"}, [el("option", {value: "", text: "any type"})]);
var query = el("input", {id: "rv-q", type: "search", placeholder: "search place, quote, id  ( / )"});
var from = el("input", {id: "rv-from", type: "date", title: "from"}), to = el("input", {id: "rv-to", type: "date", title: "to"});
var listBox = el("div", {id: "rv-list", tabindex: "0"}), spacer = el("div", {cls: "rv-spacer"});
listBox.appendChild(spacer);
var tabs = el("nav", {id: "rv-tabs"}, [
  el("button", {id: "rv-tab-events", cls: "rv-on", text: "Events", onclick: function () { showTab("events"); }}),
  el("button", {id: "rv-tab-candidates", text: "Candidates", onclick: function () { showTab("candidates"); }})]);
var counts = el("span", {id: "rv-counts"});
app.appendChild(el("header", {id: "rv-head"}, [el("b", {text: "geostrike review"}), counts, tabs,
  el("span", {id: "rv-keys", text: "j/k next/previous · v verify · x reject · u unverify · m move · e edit · / search"}),
  el("span", {id: "rv-msg", role: "status"})]));
var sideBar = el("aside", {id: "rv-side-bar"}, [el("div", {id: "rv-filters"}, [query, status, side, etype, from, to]), listBox]);
var detail = el("section", {id: "rv-detail"}), candBox = el("section", {id: "rv-candidates", hidden: "hidden"});
var mapBox = el("div", {id: "rv-map"});
app.appendChild(el("main", {id: "rv-main"}, [sideBar, detail, candBox, mapBox]));

// ---- the map ----
var map = L.map(mapBox, {preferCanvas: true, worldCopyJump: true}).setView([49, 32], 5);
L.tileLayer(META.tiles, {maxZoom: 18, attribution: "&copy; OpenStreetMap contributors"}).addTo(map);
var dots = L.layerGroup().addTo(map), chosen = null, picking = null;
// Admin-1 land and outlines under the tiles' level, so that the map reads without tiles too.
map.createPane("rv-land").style.zIndex = 150;
var land = L.canvas({pane: "rv-land"});
var STYLE = {verified: {color: "#111", weight: 3, fillColor: "#1b9e77", fillOpacity: 0.95, radius: 7},
             unverified: {color: "#d95f02", weight: 1.5, fillColor: "#fdb863", fillOpacity: 0.6, radius: 6},
             rejected: {color: "#777", weight: 1, fillColor: "#ccc", fillOpacity: 0.4, radius: 5, dashArray: "2 3"}};

// ---- data ----
var all = [], shown = [], byId = {}, current = -1, markers = {}, mergeFrom = null;
function matches(e, f) {
  if (f.s && e.s !== f.s) { return false; }
  if (f.a && (e.a || "none") !== f.a) { return false; }
  if (f.t && e.t !== f.t) { return false; }
  if (f.from && (!e.d || e.d.slice(0, 10) < f.from)) { return false; }
  if (f.to && (!e.d || e.d.slice(0, 10) > f.to)) { return false; }
  if (f.q) {
    var hay = [e.id, e.p, e.pt, e.r, e.m, e.q, e.t, e.a].join(" ").toLowerCase();
    if (hay.indexOf(f.q) < 0) { return false; }
  }
  return true;
}
function filters() {
  return {s: status.value, a: side.value, t: etype.value, from: from.value, to: to.value, q: query.value.trim().toLowerCase()};
}
function options(select, values) {
  var keep = select.value;
  while (select.options.length > 1) { select.remove(1); }
  values.forEach(function (v) { select.appendChild(el("option", {value: v, text: v})); });
  select.value = values.indexOf(keep) >= 0 ? keep : "";
}
function load(keepId) {
  return api("GET", "/api/events").then(function (j) {
    // Rows come as arrays (j.fields names the columns): short names here.
    var at = {};
    j.fields.forEach(function (f, k) { at[f] = k; });
    all = j.events.map(function (r) {
      return {id: r[at.event_id], s: r[at.status], d: r[at.date], t: r[at.event_type], a: r[at.attacker],
              w: r[at.weapon], p: r[at.place], pt: r[at.place_text], r: r[at.region], x: r[at.lon], y: r[at.lat],
              c: r[at.confidence], n: r[at.sources_count], q: r[at.quote], m: r[at.summary],
              ns: r[at.new_sources].length, ed: r[at.edited], mg: r[at.merged].length};
    });
    byId = {};
    all.forEach(function (e, i) { byId[e.id] = i; });
    var sides = {}, types = {};
    all.forEach(function (e) { sides[e.a || "none"] = 1; types[e.t] = 1; });
    options(side, Object.keys(sides).sort()); options(etype, Object.keys(types).sort());
    $("rv-tab-candidates").textContent = "Candidates (" + j.candidates + ")";
    // Markers go into the layer while it is off the map: the canvas then draws them once.
    map.removeLayer(dots);
    drawMarkers();
    apply(keepId);
    dots.addTo(map);
  });
}
function apply(keepId) {
  var f = filters();
  shown = all.filter(function (e) { return matches(e, f); });
  var n = {unverified: 0, verified: 0, rejected: 0};
  all.forEach(function (e) { n[e.s] += 1; });
  counts.textContent = shown.length + " of " + all.length + " events · " + n.verified + " verified, " +
                       n.unverified + " unverified, " + n.rejected + " rejected";
  var visible = {};
  shown.forEach(function (e) { visible[e.id] = 1; });
  Object.keys(markers).forEach(function (id) {
    var on = visible[id] === 1, m = markers[id];
    if (on && !dots.hasLayer(m)) { dots.addLayer(m); } else if (!on && dots.hasLayer(m)) { dots.removeLayer(m); }
  });
  var at = keepId ? shown.map(function (e) { return e.id; }).indexOf(keepId) : -1;
  current = at;
  spacer.style.height = shown.length * ROW + "px";  // CSSOM: allowed by the page's CSP
  drawList();
  if (at >= 0) { scrollTo(at); } else if (keepId) { clear(detail); }
}
function drawMarkers() {
  dots.clearLayers(); markers = {};
  all.forEach(function (e) {
    var m = L.circleMarker([e.y, e.x], STYLE[e.s]);
    m.on("click", function () { if (!picking) { select(shown.map(function (x) { return x.id; }).indexOf(e.id)); } });
    markers[e.id] = m;
  });
}
function restyle(e) {
  var m = markers[e.id];
  if (m) { m.setLatLng([e.y, e.x]); m.setStyle(STYLE[e.s]); m.setRadius(STYLE[e.s].radius); }
}

// ---- the list ----
function drawList() {
  var top = listBox.scrollTop, h = listBox.clientHeight || 600;
  var first = Math.max(0, Math.floor(top / ROW) - 5), last = Math.min(shown.length, Math.ceil((top + h) / ROW) + 5);
  Array.prototype.slice.call(listBox.querySelectorAll(".rv-row")).forEach(function (r) { r.remove(); });
  for (var i = first; i < last; i++) { listBox.appendChild(rowEl(shown[i], i)); }
}
function rowEl(e, i) {
  var flags = [];
  if (e.ns) { flags.push(el("span", {cls: "rv-flag rv-new", text: "new source since review"})); }
  if (e.ed.length) { flags.push(el("span", {cls: "rv-flag", text: "edited"})); }
  if (e.mg) { flags.push(el("span", {cls: "rv-flag", text: "merged ×" + (e.mg + 1)})); }
  return el("div", {cls: "rv-row rv-" + e.s + (i === current ? " rv-current" : ""), top: i * ROW + "px",
                    "data-id": e.id, onclick: function () { select(i); }}, [
    el("div", {cls: "rv-line1"}, [el("span", {cls: "rv-badge rv-" + e.s, text: e.s}), el("b", {text: e.p || "?"}),
      el("span", {cls: "rv-dim", text: " " + (e.d || "undated") + " · " + e.t + " · " + (e.a || "side ?")})].concat(flags)),
    el("div", {cls: "rv-line2"}, [marked(e.q, e.pt)])]);
}
listBox.addEventListener("scroll", drawList);
window.addEventListener("resize", drawList);
function scrollTo(i) {
  var top = i * ROW, h = listBox.clientHeight;
  if (top < listBox.scrollTop) { listBox.scrollTop = top; } else if (top + ROW > listBox.scrollTop + h) { listBox.scrollTop = top + ROW - h; }
  drawList();
}
var asked = 0;  // the latest event asked for: an older answer arriving late is dropped
function select(i) {
  if (i < 0 || i >= shown.length) { return; }
  current = i; scrollTo(i);
  var e = shown[i], mine = ++asked;
  if (chosen) { map.removeLayer(chosen); }
  chosen = L.circleMarker([e.y, e.x], {radius: 13, color: "#2166ac", weight: 3, fill: false, interactive: false}).addTo(map);
  if (!map.getBounds().pad(-0.1).contains([e.y, e.x])) { map.panTo([e.y, e.x]); }
  return api("GET", "/api/events/" + encodeURIComponent(e.id)).then(function (d) {
    if (mine === asked) { showDetail(d); }
  }).catch(function (err) { say(err.message, true); });
}

// ---- one event ----
function field(label, value, machine) {
  if (value === null || value === undefined || value === "") { return null; }
  return el("tr", {}, [el("th", {text: label}), el("td", {}, [String(value),
    machine !== undefined ? el("span", {cls: "rv-machine", text: " (machine: " + (machine === null ? "none" : machine) + ")"}) : null])]);
}
function showDetail(d) {
  clear(detail);
  var m = d.machine || {};
  detail.dataset.id = d.event_id;
  detail.appendChild(el("h2", {id: "rv-summary", text: d.summary}));
  detail.appendChild(el("p", {}, [el("span", {id: "rv-status-badge", cls: "rv-badge rv-" + d.status, text: d.status}),
    d.reviewed_at ? el("span", {cls: "rv-dim", text: " " + d.reviewed_at}) : null,
    d.reason ? el("span", {cls: "rv-reason", text: " — " + d.reason}) : null,
    d.new_sources.length ? el("span", {cls: "rv-flag rv-new", text: "new source since review: " + d.new_sources.join(", ")}) : null,
    el("code", {cls: "rv-dim", text: " " + d.event_id})]));
  detail.appendChild(el("div", {cls: "rv-actions"}, [
    el("button", {id: "rv-verify", text: "Verify (v)", onclick: function () { decide("verify"); }}),
    el("input", {id: "rv-reason", placeholder: "reason for rejecting (optional)", maxlength: "500"}),
    el("button", {id: "rv-reject", text: "Reject (x)", onclick: function () { decide("reject", {reason: $("rv-reason").value}); }}),
    el("button", {id: "rv-unverify", text: "Unverify (u)", onclick: function () { decide("unverify"); }})]));
  detail.appendChild(el("table", {cls: "rv-fields"}, [
    field("Type", d.event_type, m.event_type), field("Attacker", d.attacker || "unknown", m.attacker),
    field("Weapon", [d.weapon, d.weapon_system].filter(Boolean).join(" · ") || "unknown", m.weapon),
    field("Target", d.target_type, m.target_type), field("Date", d.date || "unknown", m.date),
    field("Launched / intercepted", [d.launched, d.intercepted].map(function (v) { return v === null ? "–" : v; }).join(" / ")),
    field("Killed / injured", [d.killed, d.injured].map(function (v) { return v === null ? "–" : v; }).join(" / ")),
    field("Place", [d.place, d.admin1 || d.country, "precision " + d.geo_precision].filter(Boolean).join(" · "), m.place),
    field("Confidence", d.confidence === null ? null : d.confidence.toFixed(2) + (d.link_rule ? " (" + d.link_rule + ")" : "")),
    field("Disputed", d.claims)]));
  var quotes = el("div", {id: "rv-quotes"}, [el("h3", {text: "Quotes"})]);
  (d.quotes || []).forEach(function (q) { quotes.appendChild(el("blockquote", {}, [marked(q, d.place_text)])); });
  detail.appendChild(quotes);
  var src = el("ul", {id: "rv-sources"});
  d.sources_detail.forEach(function (s) {
    src.appendChild(el("li", {cls: s.new ? "rv-new" : null}, [el("code", {text: s.article_id}), " ",
      s.title ? el("span", {text: s.title}) : null, s.published ? el("span", {cls: "rv-dim", text: " " + s.published}) : null,
      httpLink(s.url) ? el("a", {href: s.url, target: "_blank", rel: "noopener noreferrer", text: " link"}) : null,
      s.new ? el("span", {cls: "rv-flag rv-new", text: "new since review"}) : null]));
  });
  detail.appendChild(el("div", {}, [el("h3", {text: "Sources (" + d.sources_detail.length + ")"}), src]));
  detail.appendChild(moveBox(function (body) { decide("move", body); }, "rv-move"));
  detail.appendChild(editBox(d));
  detail.appendChild(el("div", {cls: "rv-merge"}, [el("h3", {text: "Merge / split"}),
    mergeFrom && mergeFrom !== d.event_id ?
      el("button", {id: "rv-merge-here", text: "Merge " + mergeFrom + " into this event", onclick: function () {
        var other = mergeFrom; mergeFrom = null; decide("merge", {other: other}, true); }}) :
      el("button", {id: "rv-merge-start", text: "Merge this event into another…", onclick: function () {
        mergeFrom = d.event_id; say("now select the event that reports the same strike, and press 'Merge … into this event'"); }}),
    d.merged.length ? el("button", {id: "rv-split", text: "Split " + d.merged.join(", ") + " off", onclick: function () { decide("split", {}, true); }}) : null]));
  var log = el("ul", {id: "rv-log"});
  d.log.forEach(function (x) { log.appendChild(el("li", {text: x.at + " " + x.action + " " + JSON.stringify(x.detail)})); });
  detail.appendChild(el("details", {}, [el("summary", {text: "History (" + d.log.length + ")"}), log]));
}
function moveBox(onPick, prefix) {
  var q = el("input", {id: prefix + "-q", type: "search", placeholder: "search the gazetteer: Shostka, Sumy Oblast", autocomplete: "off"});
  var prec = el("select", {id: prefix + "-precision", title: "geo precision"}, [el("option", {value: "", text: "precision: the place's"}),
    el("option", {value: "1", text: "1 the point"}), el("option", {value: "2", text: "2 near"}), el("option", {value: "3", text: "3 a region"})]);
  var list = el("ul", {id: prefix + "-suggestions", cls: "rv-suggest"}), timer = null, seq = 0;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var mine = ++seq;
      api("GET", "/api/places?q=" + encodeURIComponent(q.value)).then(function (j) {
        if (mine !== seq) { return; }
        clear(list);
        j.places.forEach(function (p) {
          list.appendChild(el("li", {}, [el("button", {cls: "rv-place", "data-place": p.id, text: p.label + " (" + p.kind + ")",
            onclick: function () { onPick({place: p.id, precision: prec.value}); }})]));
        });
        if (!j.places.length && q.value.length > 1) { list.appendChild(el("li", {cls: "rv-dim", text: "no place of that name"})); }
      }).catch(function (err) { say(err.message, true); });
    }, 150);
  });
  var pick = el("button", {id: prefix + "-pick", text: "…or click the map", onclick: function () {
    picking = function (ll) { onPick({at: ll.lat.toFixed(5) + "," + ll.lng.toFixed(5), precision: prec.value || "1"}); };
    mapBox.classList.add("rv-picking"); say("click the map where it happened (Esc cancels)"); }});
  return el("div", {cls: "rv-move"}, [el("h3", {text: "Move"}), q, prec, pick, list]);
}
map.on("click", function (e) {
  if (!picking) { return; }
  var f = picking; picking = null; mapBox.classList.remove("rv-picking"); f(e.latlng);
});
function editBox(d) {
  var inputs = {}, rows = [];
  META.editable.forEach(function (name) {
    var input;
    if (name === "event_type" || name === "weapon") {
      var values = name === "event_type" ? META.types : [""].concat(META.weapons);
      input = el("select", {}, values.map(function (v) { return el("option", {value: v, text: v || "none"}); }));
    } else {
      input = el("input", {type: /^(launched|intercepted|killed|injured)$/.test(name) ? "number" : "text", min: "0"});
    }
    input.id = "rv-edit-" + name; input.value = d[name] === null || d[name] === undefined ? "" : String(d[name]);
    input.dataset.was = input.value;
    inputs[name] = input;
    rows.push(el("label", {}, [el("span", {text: name.replace("_", " ")}), input]));
  });
  var save = el("button", {id: "rv-edit-save", text: "Save edits", onclick: function () {
    var fields = {}, any = false;
    Object.keys(inputs).forEach(function (k) {
      if (inputs[k].value !== inputs[k].dataset.was) { fields[k] = inputs[k].value === "" ? "none" : inputs[k].value; any = true; }
    });
    if (!any) { say("nothing changed"); return; }
    decide("edit", {fields: fields});
  }});
  var revert = d.edited.length ? el("button", {id: "rv-revert", text: "Revert to the machine's (" + d.edited.join(", ") + ")",
    onclick: function () { decide("revert", {}); }}) : null;
  return el("form", {id: "rv-edit", cls: "rv-edit", onsubmit: function (e) { e.preventDefault(); save.click(); }},
            [el("h3", {text: "Edit (e)"})].concat(rows, [el("div", {}, [save, revert])]));
}
function decide(action, body, reload) {
  var id = detail.dataset.id, t0 = performance.now();
  if (!id) { return Promise.resolve(); }
  return api("POST", "/api/events/" + encodeURIComponent(id) + "/" + action, body || {}).then(function (j) {
    say(action + " stored (" + Math.round(performance.now() - t0) + " ms)");
    window.geostrikeReview.decisions += 1;
    window.geostrikeReview.lastMs = performance.now() - t0;
    if (reload || !j.event) {
      return load(id).then(function () { if (j.event) { asked += 1; showDetail(j.event); } else { clear(detail); } });
    }
    var d = j.event, e = all[byId[id]];
    e.s = d.status; e.t = d.event_type; e.a = d.attacker; e.p = d.place; e.d = d.date; e.x = d.lon; e.y = d.lat;
    e.ed = d.edited; e.ns = d.new_sources.length; e.m = d.summary; e.r = d.admin1 || d.country;
    restyle(e); asked += 1; showDetail(d); apply(id);
    if (action === "verify" || action === "reject") { next(1); }
  }).catch(function (err) { say(err.message, true); });
}
function next(step) {
  var i = Math.max(0, Math.min(shown.length - 1, current + step));
  if (i !== current || !detail.dataset.id) { select(i); }
}

// ---- candidates ----
function showTab(which) {
  var c = which === "candidates";
  candBox.hidden = !c; detail.hidden = c;
  $("rv-tab-events").className = c ? "" : "rv-on"; $("rv-tab-candidates").className = c ? "rv-on" : "";
  if (c) { loadCandidates(); }
}
function loadCandidates() {
  return api("GET", "/api/candidates").then(function (j) {
    clear(candBox).appendChild(el("h2", {text: "Unlinked candidates (" + j.candidates.length + ")"}));
    candBox.appendChild(el("p", {cls: "rv-dim", text: "Strike-reporting texts whose places made no event. Promote one to make it an event (stored verified)."}));
    j.candidates.forEach(function (c) {
      var type = el("select", {cls: "rv-promote-type"}, META.types.map(function (v) { return el("option", {value: v, text: v}); }));
      type.value = "strike";
      var attacker = el("input", {cls: "rv-promote-attacker", placeholder: "attacker (RU, UA…)", size: "8"});
      var promote = function (body) {
        body.fields = {event_type: type.value};
        if (attacker.value) { body.fields.attacker = attacker.value; }
        api("POST", "/api/candidates/" + encodeURIComponent(c.article_id) + "/promote", body).then(function (r) {
          say("promoted " + c.article_id + " to " + r.event_id); window.geostrikeReview.decisions += 1;
          return load().then(loadCandidates);
        }).catch(function (err) { say(err.message, true); });
      };
      var text = el("blockquote", {}, [String(c.text).slice(0, 1200)]);
      var places = el("div", {cls: "rv-cand-places"}, c.places.map(function (p) {
        return el("button", {cls: "rv-promote-at", "data-place": p.gazetteer_id, title: p.rule,
                             text: "Promote at " + p.place, onclick: function () { promote({place: p.gazetteer_id}); }});
      }));
      candBox.appendChild(el("article", {cls: "rv-cand", "data-article": c.article_id}, [
        el("h3", {}, [el("code", {text: c.article_id}), " ", c.title ? el("span", {text: c.title}) : null,
                      c.published ? el("span", {cls: "rv-dim", text: " " + c.published}) : null,
                      httpLink(c.url) ? el("a", {href: c.url, target: "_blank", rel: "noopener noreferrer", text: " link"}) : null]),
        el("p", {cls: "rv-dim", text: "why no event: " + c.reason}), text, el("div", {}, [type, attacker]), places,
        moveBox(promote, "rv-promote-" + c.article_id.replace(/[^\w-]/g, "_"))]));
    });
  }).catch(function (err) { say(err.message, true); });
}

// ---- keys ----
document.addEventListener("keydown", function (ev) {
  var t = ev.target, typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
  if (ev.key === "Escape") {
    if (picking) { picking = null; mapBox.classList.remove("rv-picking"); say("move cancelled"); }
    if (typing) { t.blur(); }
    return;
  }
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
  var k = ev.key;
  if (k === "j" || k === "ArrowDown") { next(1); } else if (k === "k" || k === "ArrowUp") { next(-1); }
  else if (k === "v") { decide("verify"); } else if (k === "x") { decide("reject", {reason: ($("rv-reason") || {}).value || ""}); }
  else if (k === "u") { decide("unverify"); } else if (k === "/") { query.focus(); }
  else if (k === "m" && $("rv-move-q")) { $("rv-move-q").focus(); } else if (k === "e" && $("rv-edit-event_type")) { $("rv-edit-event_type").focus(); }
  else if (k === "r") { load(detail.dataset.id); } else { return; }
  ev.preventDefault();
});
[status, side, etype, from, to].forEach(function (s) { s.addEventListener("change", function () { apply(detail.dataset.id); }); });
var qTimer = null;
query.addEventListener("input", function () { clearTimeout(qTimer); qTimer = setTimeout(function () { apply(detail.dataset.id); }, 120); });

window.geostrikeReview = {ready: false, readyMs: null, lastMs: null, decisions: 0, load: load, select: select, decide: decide,
                          shown: function () { return shown; }};
function drawLand() {
  return api("GET", "/api/boundaries").then(function (geo) {
    L.geoJSON(geo, {renderer: land, interactive: false,
                    style: {color: "#9a9a9a", weight: 0.8, fillColor: "#f3efe4", fillOpacity: 1}}).addTo(map);
  }).catch(function () { /* the map works without outlines */ });
}
load().then(function () {
  setTimeout(drawLand, 0);
  if (all.length) { map.fitBounds(L.latLngBounds(all.map(function (e) { return [e.y, e.x]; })).pad(0.1), {maxZoom: 9}); }
  window.geostrikeReview.ready = true;
  window.geostrikeReview.readyMs = performance.now();  // since the navigation started
  if (shown.length) { return select(0); }
}).catch(function (err) { say(err.message, true); });
// Pick up what a 'geostrike run' adds while the page is open.
setInterval(function () { if (!document.hidden) { load(detail.dataset.id); } }, 60000);
})();
