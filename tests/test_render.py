"""The map's HTML without a browser: contents, offline assets, escaping and size."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from geostrike.assets import Asset, AssetError, inline_assets, version
from geostrike.exceptions import OutputError
from geostrike.render import ATTRIBUTION, SHORT_ABOVE, boundaries, build_map, encode_events, write_map
from support.synthetic import synthetic_collection


@pytest.fixture(scope="module")
def events() -> dict[str, Any]:
    return synthetic_collection(300, seed=3)


@pytest.fixture(scope="module")
def page(events: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> str:
    return write_map(events, tmp_path_factory.mktemp("map") / "map.html", offline=False).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def offline_page(events: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("map") / "map.html"
    return write_map(events, path).read_text(encoding="utf-8")  # the default: offline


def test_page_has_legend_overlays_time_control_and_attribution(page: str) -> None:
    for text in ('id="gs-legend"', "interception (hollow)", "region-level event (outline)", 'id="gs-timeline"',
                 'id="gs-list"', 'id="gs-search"', "undated (", "300 events shown", "Heat map (killed + injured + 1)",
                 "Admin-1 boundaries", "Place labels (shown without tiles)", "Region-level events (outlines)"):
        assert text in page
    for label in ("Attacker: RU (", "Attacker: unknown (", "Weapon: drone (", "Type: shelling ("):
        assert label in page
    assert json.dumps(ATTRIBUTION)[1:-1] in page
    for credit in ("GeoNames (CC BY 4.0)", "Natural Earth", "airportsdata"):
        assert credit in ATTRIBUTION


def test_default_page_loads_pinned_cdn_assets(page: str) -> None:
    leaflet = version("xstatic.pkg.leaflet", "xstatic-leaflet")
    assert f'<script src="https://cdn.jsdelivr.net/npm/leaflet@{leaflet}/dist/leaflet.js">' in page
    assert "leaflet_heat.min.js" in page and "markercluster" not in page.lower()  # clusters: geostrike's own
    assert "jquery" not in page.lower() and "bootstrap" not in page.lower()


def test_offline_page_carries_every_script_and_style(offline_page: str) -> None:
    leaflet = version("xstatic.pkg.leaflet", "xstatic-leaflet")
    assert "<script src=" not in offline_page and "<link " not in offline_page
    assert "@import" not in offline_page and not re.search(r"url\((?!data:|#default)", offline_page)
    assert f"Leaflet {leaflet}, a JS library for interactive maps" in offline_page
    assert "simpleheat" in offline_page and "window.geostrike = api" in offline_page
    assert "url(images/" not in offline_page and "sourceMappingURL" not in offline_page
    assert offline_page.count("<script") == offline_page.count("</script>")


def test_missing_asset_names_the_package() -> None:
    with pytest.raises(AssetError, match="pip install xstatic-nothing") as err:
        Asset("xstatic-nothing", "xstatic.pkg.nothing", "data", "x.js", "").path()
    assert isinstance(err.value, OutputError)
    assert inline_assets()[0]  # the real ones are installed


def test_embedded_data_is_under_250_bytes_per_event() -> None:
    # The encoding of large maps (shortened quotes, no titles): 150-character quotes alone
    # would not fit in full. benchmarks/map_bench.py checks the whole file at 100k events.
    # (At 20,000 events the string tables of places and summaries are shared as at scale.)
    # The events' part of the data the page embeds, compact as the page writes it.
    n = SHORT_ABOVE + 1
    page = build_map(synthetic_collection(n), tiles=None).html
    found = re.search(r'<script id="gs-data" type="application/json">(.*?)</script>', page, re.S)
    assert found is not None
    data = json.loads(found.group(1))
    assert data["short"]  # the encoding of large maps
    events_part = {key: data[key] for key in encode_events(synthetic_collection(1), short=True)}
    size = len(json.dumps(events_part, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    assert size / n <= 250, f"{size / n:.0f} bytes per event"


def test_large_maps_shorten_quotes() -> None:
    collection = synthetic_collection(20)
    data = encode_events(collection, short=True)
    assert all(len(q) <= 111 for q in data["q"]) and all(row[0] is None for row in data["sources"])
    full = encode_events(collection)
    assert [q for q in full["q"]] == [f["properties"]["quote"] for f in collection["features"]]


def test_encoding_keeps_what_the_popup_and_filters_need(events: dict[str, Any]) -> None:
    data = encode_events(events)
    for i, f in enumerate(events["features"]):
        p = f["properties"]
        kind = dict(zip(data["kind_fields"], data["kinds"][data["k"][i]], strict=True))
        kind.update(zip(data["detail_fields"], data["details"][data["c"][i]], strict=True))
        place = dict(zip(data["place_fields"], data["places"][data["p"][i]], strict=True))
        place["place_text"] = place["place_text"] or place["place"]
        # An event without a review status (a GeoJSON file of an older geostrike) is unverified.
        assert {k: p.get(k) or "unverified" if k == "status" else p[k] for k in kind} == kind
        assert {k: p[k] for k in place} == place
        assert data["dates"][data["d"][i]] == p["date"]
        title, ids, urls = data["sources"][data["s"][i]]
        assert (title, list(ids), list(urls)) == (p["title"], p["sources"], p["source_urls"])
        lon, lat = f["geometry"]["coordinates"]
        assert abs(data["x"][i] / 1e4 - lon) < 1e-4 and abs(data["y"][i] / 1e4 - lat) < 1e-4
        assert data["e"][i] == p["event_id"] and data["summaries"][data["m"][i]] == p["summary"]
        assert data["f"][i] == round(p["confidence"] * 1000)


def test_text_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    hostile = "</script><script>alert(1)</script><!--"
    collection = synthetic_collection(2)
    for f in collection["features"]:
        f["properties"].update(quote=hostile, title=hostile, claims=hostile, place=hostile,
                               source_urls=["javascript:x()"])
    text = write_map(collection, tmp_path / "map.html", title=hostile).read_text(encoding="utf-8")
    assert hostile not in text and "<script>alert" not in text and "javascript:" not in text
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in text  # the title, escaped


def test_boundaries_are_clipped_to_the_events() -> None:
    data = encode_events(synthetic_collection(200))
    codes = {f["properties"]["iso_code"] for f in boundaries(data)["features"]}
    assert {"UA-63", "RU-BEL", "UA-46"} <= codes
    assert not any(c.startswith(("YE-", "SA-", "IQ-")) for c in codes)


def test_build_map_shows_inline_in_jupyter(events: dict[str, Any], tmp_path: Path) -> None:
    page = build_map(events, title="t")
    shown = page._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and "&lt;script" in shown and "<script" not in shown
    assert page.save(tmp_path / "m.html").read_text(encoding="utf-8") == page.html


def test_template_syntax_in_article_text_stays_text(tmp_path):
    from geostrike.render import write_map

    quote = "Drones hit {{ 7*7 }} and {% for x in y %} Kharkiv {{ config }}"
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.25, 49.98]},
               "properties": {"event_id": "e1", "article_id": "a", "event_type": "drone strike", "attacker": "RU",
                              "weapon": "drone", "place": "Kharkiv", "place_text": "Kharkiv", "geo_precision": 1,
                              "date": "2024-05-25", "date_precision": "day", "quote": quote, "quotes": [quote],
                              "sources": ["a"], "sources_count": 1}}
    out = write_map({"type": "FeatureCollection", "features": [feature]}, tmp_path / "m.html", title="{{ title }}")
    page = out.read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in page and "{% for x in y %}" in page and "{{ title }}" in page
    assert "49" not in page.split("Drones hit ")[1][:8]


def test_labels_name_oblasts_and_larger_towns() -> None:
    from geostrike.render import LABEL_POPULATION, labels

    data = encode_events(synthetic_collection(200))
    out = labels(data, boundaries(data))
    names = {r[0] for r in out["regions"]}
    assert {"Kharkiv Oblast", "Belgorod Oblast"} <= names
    regions = {r[0]: r for r in out["regions"]}  # name, lat, lon, km² (the page's rank), country
    assert regions["Kharkiv Oblast"][3] == pytest.approx(31_400, rel=0.05) and regions["Kharkiv Oblast"][4] == "UA"
    assert regions["Belgorod Oblast"][3] == pytest.approx(27_100, rel=0.05) and regions["Belgorod Oblast"][4] == "RU"
    towns = {t[0]: t for t in out["towns"]}
    assert {"Kyiv", "Kharkiv", "Belgorod"} <= set(towns), sorted(towns)[:40]
    assert all(t[3] >= LABEL_POPULATION for t in out["towns"])
    assert "Pechersk" not in towns  # a district of Kyiv, within 15 km of it


def test_legend_shows_a_symbol_per_event_type(page: str) -> None:
    from geostrike.render import TYPE_SHAPES

    legend = page.split('id="gs-legend"', 1)[1].split("</details>", 1)[0]
    for event_type in TYPE_SHAPES:
        assert f"{event_type}" in legend
    assert legend.count('class="gs-sym"') == len(TYPE_SHAPES)


def test_label_towns_match_a_full_search_of_the_index() -> None:
    """The towns come from a list kept next to the index and are compared only with kept
    towns of nearby latitudes: the same labels as searching the index for the box and
    comparing every pair."""
    import math

    from geostrike.render import BOUNDARY_MARGIN, LABEL_POPULATION, _index, labels

    con = _index()
    if con is None:
        pytest.skip("no gazetteer index")
    for data in (encode_events(synthetic_collection(200)),
                 {"x": [-1_800_000, 1_800_000], "y": [-900_000, 900_000]},  # the whole world
                 {"x": [-740_000, -720_000], "y": [400_000, 410_000]}):  # New York
        x0, x1 = min(data["x"]) / 1e4 - BOUNDARY_MARGIN, max(data["x"]) / 1e4 + BOUNDARY_MARGIN
        y0, y1 = min(data["y"]) / 1e4 - BOUNDARY_MARGIN, max(data["y"]) / 1e4 + BOUNDARY_MARGIN
        expected: list[list[Any]] = []
        for name, lat, lon, population in con.execute(
                "SELECT name, lat, lon, population FROM places WHERE kind = 'city' AND population >= ? "
                "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? ORDER BY population DESC, name",
                (LABEL_POPULATION, y0, y1, x0, x1)):
            cos = math.cos(math.radians(lat))
            if all(((lat - t[1]) * 111) ** 2 + ((lon - t[2]) * 111 * cos) ** 2 > 15 ** 2 for t in expected):
                expected.append([name, round(lat, 3), round(lon, 3), population])
        assert labels(data, {"features": []})["towns"] == expected


def test_cached_values_are_kept_per_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geostrike import render

    monkeypatch.setenv("GEOSTRIKE_GAZETTEER", str(tmp_path / "index.sqlite"))
    calls: list[int] = []

    def compute() -> list[Any]:
        calls.append(1)
        return [[1.25, "a"], {"b": (2, None)}]

    assert render._cached("test", ("k1",), compute) == [[1.25, "a"], {"b": (2, None)}]
    assert render._cached("test", ("k1",), compute) == [[1.25, "a"], {"b": (2, None)}]
    assert len(calls) == 1  # read back from the file
    render._cached("test", ("k2",), compute)
    assert len(calls) == 2 and len(list(tmp_path.glob("map-test-*.marshal"))) == 1  # the old key's file is gone
    next(tmp_path.glob("map-test-*.marshal")).write_bytes(b"\x00broken")
    assert render._cached("test", ("k2",), compute) == [[1.25, "a"], {"b": (2, None)}] and len(calls) == 3
