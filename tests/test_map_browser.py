"""Real-browser tests of geostrike's map: the pipeline writes map.html, headless Chromium runs it.

Needs Chromium (/usr/bin/chromium) and the playwright Python module; without them these
tests skip, or fail when CI=true. The map's CDN scripts are served from the installed
packages the offline map inlines (``tests/support/browser.py``). Nothing of geostrike is mocked:
inputs go through ``python -m geostrike run`` (or ``map``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from support.browser import MapPage, launch_browser, open_map

pytestmark = pytest.mark.slow  # runs geostrike and drives headless Chromium

if TYPE_CHECKING:
    from playwright.sync_api import Browser

REPO = Path(__file__).resolve().parents[1]
HOSTILE_TEXT = ('Russian drones struck Kharkiv on Monday <script>window.__pwned=1</script> '
                '<img src=x onerror="window.__pwned=2"> <a href="javascript:window.__pwned=3">link</a>.\n')
HOSTILE_ARTICLE = {"id": "hostile-jsonl", "published": "2024-05-27", "url": "javascript:alert(1)",
                   "title": "Strike report <b onmouseover=alert(1)>hover</b>",
                   "text": "Russian missiles hit Odesa on Sunday <script>window.__pwned=4</script>."}
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=5">'


def run_pipeline(out: Path, *args: str) -> dict[str, Any]:
    """``geostrike run`` for real; the events.geojson it wrote."""
    proc = subprocess.run([sys.executable, "-m", "geostrike", "-q", "run", *args, "-o", str(out)],
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, f"geostrike run failed ({proc.returncode}):\n{proc.stderr}"
    events: dict[str, Any] = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    return events


def key(props: dict[str, Any], kind: str) -> str:
    return "unknown" if props.get(kind) is None else str(props[kind])


def is_region(props: dict[str, Any]) -> bool:
    return (props.get("geo_precision") or 0) >= 3 or props.get("role") == "summary"


def members(m: MapPage) -> int:
    """Events the map shows (passing every filter)."""
    return int(m.page.evaluate("geostrike.visible().length"))


def drawn(m: MapPage) -> int:
    """Events drawn at the current zoom: the numbers on the cluster icons, lone markers, and the
    events of the region outlines."""
    clusters = sum(int(t) for t in m.page.locator(".gs-cl span").all_inner_texts())
    outlines = m.page.evaluate("geostrike.regions.getLayers().reduce((a, l) => a + l.gsIds.length, 0)")
    return clusters + m.page.locator("svg .gs-event:not(.gs-region)").count() + int(outlines)


def count_text(m: MapPage) -> str:
    return m.page.locator("#gs-count").inner_text()


def shown_text(n: int) -> str:
    return f"{n} event{'' if n == 1 else 's'} shown"


def overlay_box(m: MapPage, label: str):  # type: ignore[no-untyped-def]
    labels = m.page.locator(".leaflet-control-layers-overlays label")
    texts = [t.strip() for t in labels.all_inner_texts()]
    assert sum(t.endswith(label) for t in texts) == 1, f"no overlay {label!r} in {texts}"
    return labels.filter(has_text=label).locator("input[type=checkbox]")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with launch_browser() as b:
        yield b


@pytest.fixture(scope="session")
def examples(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("examples")
    return out, run_pipeline(out, str(REPO / "examples"))


def test_map_starts_and_draws_every_event(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, events = examples
    feats = events["features"]
    assert feats, "the examples gave no events"
    regions = sum(1 for f in feats if is_region(f["properties"]))
    assert regions, "the examples should include a region-precision event"
    outlines = len({(f["properties"]["place"], tuple(f["geometry"]["coordinates"])) for f in feats
                    if is_region(f["properties"])})
    with open_map(browser, out / "map.html") as m:
        assert m.problems() == []
        assert members(m) == len(feats)
        assert m.page.evaluate("geostrike.regions.getLayers().length") == outlines  # one outline per place
        assert m.page.locator("svg .gs-region").count() == outlines
        assert drawn(m) == len(feats)
        assert count_text(m) == shown_text(len(feats))
        assert not any(u.endswith((".js", ".css")) for u in m.stubbed), m.stubbed
        for text in ("Weapon", "interception (hollow)", "region-level event (outline)", "undated ("):
            assert text in m.page.locator("body").inner_text()
        assert m.page.locator(".leaflet-control-attribution").inner_text().count("GeoNames (CC BY 4.0)") == 1


@pytest.mark.parametrize("kind", ["attacker", "weapon", "event_type"])
def test_overlay_checkbox_hides_and_restores_its_events(browser: Browser, examples: tuple[Path, dict[str, Any]],
                                                        kind: str) -> None:
    out, events = examples
    n = len(events["features"])
    counts = Counter(key(f["properties"], kind) for f in events["features"])
    value, k = min(((v, c) for v, c in counts.items() if c < n), key=lambda vc: (vc[1], vc[0]),
                   default=next(iter(counts.items())))
    label = {"attacker": "Attacker", "weapon": "Weapon", "event_type": "Type"}[kind]
    with open_map(browser, out / "map.html") as m:
        box = overlay_box(m, f"{label}: {value} ({k})")
        assert box.is_checked()
        box.uncheck()
        assert members(m) == n - k and drawn(m) == n - k
        left = m.page.evaluate("geostrike.visible().map(i => geostrike.props(i))")
        assert all(key(p, kind) != value for p in left) and len(left) == n - k
        assert count_text(m) == shown_text(n - k)
        box.check()
        assert members(m) == n and drawn(m) == n
        assert count_text(m) == shown_text(n)
        assert m.problems() == []


def test_time_control_filters_by_date(browser: Browser, examples: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    from geostrike.render import write_map

    _, events = examples
    feats = [json.loads(json.dumps(f)) for f in events["features"]]
    feats[0]["properties"].update(date=None, date_precision="unknown")  # one undated event
    days = Counter(f["properties"]["date"] for f in feats if f["properties"]["date"])
    day, k = max(days.items(), key=lambda dc: (dc[1], dc[0]))
    n = len(feats)
    write_map({"type": "FeatureCollection", "features": feats}, tmp_path / "map.html")
    with open_map(browser, tmp_path / "map.html") as m:
        page = m.page
        assert page.locator("#gs-from-label").inner_text() == min(days)
        assert page.locator("#gs-to-label").inner_text() == max(days)
        page.evaluate("([a, b]) => geostrike.setRange(a, b)", [day, day])
        assert page.locator("#gs-from-label").inner_text() == day
        assert page.locator("#gs-to-label").inner_text() == day
        assert count_text(m) == shown_text(k + 1) and members(m) == k + 1
        dates = page.evaluate("geostrike.visible().map(i => geostrike.props(i).date)")
        assert sorted(dates, key=str) == sorted([day] * k + [None], key=str)
        page.locator("#gs-undated").uncheck()
        assert count_text(m) == shown_text(k) and members(m) == k
        page.evaluate("([a, b]) => geostrike.setRange(a, b, true)", [min(days), max(days)])
        assert count_text(m) == shown_text(n) and members(m) == n
        assert m.problems() == []


def test_heat_layer_is_off_and_toggles(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, events = examples
    with open_map(browser, out / "map.html") as m:
        assert not m.page.evaluate("geostrike.map.hasLayer(geostrike.heat)")
        box = overlay_box(m, "Heat map (killed + injured + 1)")
        assert not box.is_checked()
        box.check()
        assert m.page.evaluate("geostrike.map.hasLayer(geostrike.heat)")
        assert m.page.evaluate("geostrike.heat._latlngs.length") == len(events["features"])
        assert m.page.locator("canvas.leaflet-heatmap-layer").count() == 1
        box.uncheck()
        assert m.page.locator("canvas.leaflet-heatmap-layer").count() == 0
        boundaries = overlay_box(m, "Admin-1 boundaries")
        assert boundaries.is_checked()
        assert m.page.evaluate("geostrike.boundaries.getLayers().length") > 0
        boundaries.uncheck()
        assert not m.page.evaluate("geostrike.map.hasLayer(geostrike.boundaries)")
        assert m.problems() == []


def map_command(*args: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "geostrike", "-q", "map", *args], capture_output=True, text=True,
                          cwd=REPO)
    assert proc.returncode == 0, f"geostrike map failed ({proc.returncode}):\n{proc.stderr}"


def test_default_map_requests_nothing_but_tiles(browser: Browser, examples: tuple[Path, dict[str, Any]],
                                                tmp_path: Path) -> None:
    # The map `geostrike run` writes by default carries its scripts: it draws without a
    # network. `--cdn` links them instead.
    from geostrike.render import write_map

    out, events = examples
    n = len(events["features"])
    text = (out / "map.html").read_text(encoding="utf-8")
    assert "<script src=" not in text and "<link " not in text
    map_command(str(out / "events.geojson"), "--cdn", "-o", str(tmp_path / "cdn.html"))
    assert "<script src=\"https://cdn.jsdelivr.net/npm/leaflet@" in (tmp_path / "cdn.html").read_text(encoding="utf-8")
    with open_map(browser, out / "map.html") as m:
        assert m.problems() == []
        assert m.non_tile_requests() == []
        assert m.requests, "the tile layer should still ask for tiles"
        assert members(m) == n and count_text(m) == shown_text(n)
    # Without tiles, the page makes no request at all.
    write_map(events, tmp_path / "no-tiles.html", offline=True, tiles=None)
    with open_map(browser, tmp_path / "no-tiles.html") as m:
        m.page.wait_for_timeout(300)
        assert m.problems() == [] and m.requests == []
        assert members(m) == n


def test_article_text_cannot_inject_html(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (tmp_path / "hostile.jsonl").write_text(json.dumps(HOSTILE_ARTICLE) + "\n", encoding="utf-8")
    events = run_pipeline(tmp_path / "out", str(tmp_path / "hostile.txt"), str(tmp_path / "hostile.jsonl"),
                          "--date", "2024-05-28", "--title", HOSTILE_TITLE, "--offline")
    found = sorted(f["properties"]["article_id"] for f in events["features"])
    assert found == ["hostile", "hostile-jsonl"], f"expected one event per hostile article (Kharkiv, Odesa), got {found}"
    with open_map(browser, tmp_path / "out" / "map.html") as m:
        page, texts = m.page, []
        assert m.non_tile_requests() == []
        for i in page.evaluate("geostrike.visible()"):
            # openPopup, not a click: a marker may sit inside a cluster or under the attribution bar
            page.evaluate("i => geostrike.openPopup(i)", i)
            content = page.locator(".leaflet-popup-content")
            assert content.count() == 1
            place = page.evaluate("i => geostrike.props(i).place", i)
            assert place in content.inner_text()
            assert content.locator("script, img, b[onmouseover], a[href^='javascript:' i]").count() == 0
            assert content.locator("mark").count() == 1  # the place is highlighted in the quote
            texts.append(content.inner_text())
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("[onerror], [onmouseover], a[href^='javascript:' i]").count() == 0
        assert page.locator("#gs-title script, #gs-title img").count() == 0
        assert HOSTILE_TITLE in page.locator("#gs-title").inner_text()
        assert page.title() == HOSTILE_TITLE
        popups = "\n".join(texts)
        assert "<script>window.__pwned=1</script>" in popups, popups
        assert '<img src=x onerror="window.__pwned=2">' in popups, popups
        assert "<b onmouseover=alert(1)>" in popups, popups
        assert m.problems() == []


def test_popup_shows_the_event(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, events = examples
    with open_map(browser, out / "map.html") as m:
        for i, f in enumerate(events["features"]):
            p = f["properties"]
            m.page.evaluate("i => geostrike.openPopup(i)", i)
            text = m.page.locator(".leaflet-popup-content").inner_text()
            assert p["quote"] in text.replace("\n", " ") or p["quote"].split()[0] in text
            assert f"{p['date'] or 'unknown'} (precision: {p['date_precision']})" in text
            for f_ in ("killed", "injured", "launched", "intercepted"):
                if p.get(f_) is not None:
                    assert f"{p[f_]} {f_}" in text
            if p.get("claimant"):
                assert p["claimant"] in text
            urls = [u for u in p.get("source_urls") or [] if u.startswith("http")]
            assert m.page.locator(".leaflet-popup-content a[href^='http']").count() == len(urls)
        assert m.problems() == []


def test_screenshot(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, _ = examples
    png = out / "map.png"
    with open_map(browser, out / "map.html") as m:
        m.page.wait_for_timeout(500)  # let the markers and clusters settle
        m.page.screenshot(path=str(png))
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000, f"{png}: {len(data)} bytes"
    if target := os.environ.get("GEOSTRIKE_SCREENSHOT_DIR"):
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, Path(target) / "map.png")


def test_one_scale_bar(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, _ = examples
    with open_map(browser, out / "map.html") as m:
        assert m.page.locator(".leaflet-control-scale").count() == 1


# ---- issue 18: the event list, search, timeline, permalink, downloads, labels, symbols, phone ----

def wait_shown(m: MapPage, k: int) -> None:
    m.page.wait_for_function("k => document.getElementById('gs-count').textContent.startsWith(k + ' event')", arg=k)


def visible_ids(m: MapPage) -> list[str]:
    return list(m.page.evaluate("geostrike.visible().map(i => geostrike.props(i).event_id)"))


def haystack(p: dict[str, Any]) -> str:
    parts = [p.get("place"), p.get("place_text"), p.get("feature"), p.get("country"), p.get("admin1"),
             p.get("summary"), p.get("quote"), p.get("claims"), p.get("title"),
             *(p.get("quotes") or []), *(p.get("sources") or []), *(p.get("source_urls") or [])]
    return " ".join(str(x) for x in parts if x).lower()


def test_list_rows_follow_the_filters_and_a_row_click_flies_to_its_event(
        browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, events = examples
    feats = events["features"]
    n = len(feats)
    newest = max(feats, key=lambda f: f["properties"]["date"] or "")["properties"]
    with open_map(browser, out / "map.html") as m:
        page = m.page
        rows = page.locator("#gs-list-body .gs-row")
        assert page.locator("#gs-list").is_visible()
        assert page.locator("#gs-list-count").inner_text() == f"{n} shown"
        assert rows.count() == n  # 13 rows fit: all exist
        first = rows.first.inner_text()
        assert newest["date"] in first and newest["place"] in first and newest["summary"] in first
        assert f"conf. {newest['confidence']:.2f}" in first and "1 source" in first
        # A filter: the list follows.
        counts = Counter(key(f["properties"], "attacker") for f in feats)
        box = overlay_box(m, f"Attacker: RU ({counts['RU']})")
        box.uncheck()
        assert rows.count() == n - counts["RU"]
        listed = page.evaluate("geostrike.listed().map(i => geostrike.props(i).attacker)")
        assert "RU" not in listed and len(listed) == n - counts["RU"]
        box.check()
        # A row click flies to the event and opens its popup.
        target = rows.filter(has_text="Sevastopol").first
        index = int(target.get_attribute("data-index"))
        target.click()
        page.wait_for_selector(".leaflet-popup-content")
        assert "Sevastopol" in page.locator(".leaflet-popup-content").inner_text()
        assert page.evaluate("geostrike.selected()") == index
        assert "gs-row-selected" in (rows.filter(has_text="Sevastopol").first.get_attribute("class") or "")
        centre = page.evaluate("(() => { const c = geostrike.map.getCenter(); return [c.lng, c.lat]; })()")
        lon, lat = next(f["geometry"]["coordinates"] for f in feats if f["properties"]["place"] == "Sevastopol")
        assert abs(centre[0] - lon) < 0.05 and abs(centre[1] - lat) < 0.05
        assert page.evaluate("geostrike.map.getZoom()") >= 10
        assert m.problems() == []


def test_a_marker_click_highlights_its_row(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, events = examples
    feats = events["features"]
    with open_map(browser, out / "map.html") as m:
        page = m.page
        lon, lat = next(f["geometry"]["coordinates"] for f in feats if f["properties"]["place"] == "Kirishi")
        page.evaluate("([lat, lon]) => geostrike.map.setView([lat, lon], 11, {animate: false})", [lat, lon])
        index = page.evaluate("geostrike.drawn().find(i => geostrike.props(i).place === 'Kirishi')")
        assert index is not None
        box = page.evaluate("i => { const r = geostrike.marker(i)._path.getBoundingClientRect();"
                            " return [r.x + r.width / 2, r.y + r.height / 2]; }", index)
        page.mouse.click(*box)
        page.wait_for_selector(".leaflet-popup-content")
        assert "Kirishi" in page.locator(".leaflet-popup-content").inner_text()
        row = page.locator(".gs-row-selected")
        assert row.count() == 1 and row.get_attribute("data-index") == str(index)
        inside = page.evaluate("""() => { const r = document.querySelector('.gs-row-selected').getBoundingClientRect(),
                                   b = document.getElementById('gs-list-body').getBoundingClientRect();
                                   return r.top >= b.top && r.bottom <= b.bottom; }""")
        assert inside, "the highlighted row is scrolled into view"
        assert m.problems() == []


def test_list_is_virtualised(browser: Browser, tmp_path: Path) -> None:
    from geostrike.render import write_map

    from support.synthetic import synthetic_collection

    write_map(synthetic_collection(5000, seed=11), tmp_path / "map.html", tiles=None)
    with open_map(browser, tmp_path / "map.html") as m:
        page = m.page
        rows = page.locator("#gs-list-body .gs-row")
        assert 5 < rows.count() < 60  # only the rows in view (and a few beside) exist
        page.locator("#gs-list-body").evaluate("el => { el.scrollTop = 58 * 3000; el.dispatchEvent(new Event('scroll')); }")
        page.wait_for_timeout(100)
        tops = [int(t) for t in page.locator("#gs-list-body .gs-row").evaluate_all("els => els.map(e => e.gsRow)")]
        assert min(tops) <= 3000 <= max(tops) and len(tops) < 60
        assert m.problems() == []


def test_search_matches_place_summary_quotes_and_sources(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, events = examples
    feats = events["features"]
    props = [f["properties"] for f in feats]
    with open_map(browser, out / "map.html") as m:
        page = m.page
        # a place, a word of a quote only, an article id (source)
        quote_word = next(w for w in props[0]["quote"].lower().split() if len(w) > 6 and w.isalpha()
                          and w not in (props[0]["place"] or "").lower())
        for q in ("kharkiv", quote_word, props[3]["sources"][0]):
            want = sorted(p["event_id"] for p in props if q.lower() in haystack(p))
            page.fill("#gs-search", q)
            wait_shown(m, len(want))
            assert sorted(visible_ids(m)) == want, q
            assert page.locator("#gs-list-body .gs-row").count() == len(want)
            if q == "kharkiv":
                assert page.locator("#gs-list-body .gs-row mark").count() >= 1
        # combined with an overlay
        page.fill("#gs-search", "kharkiv")
        counts = Counter(key(p, "event_type") for p in props)
        overlay_box(m, f"Type: drone strike ({counts['drone strike']})").uncheck()
        want = sorted(p["event_id"] for p in props if "kharkiv" in haystack(p) and p["event_type"] != "drone strike")
        wait_shown(m, len(want))
        assert sorted(visible_ids(m)) == want
        page.fill("#gs-search", "no such place anywhere")
        wait_shown(m, 0)
        assert page.locator("#gs-list-body .gs-row").count() == 0
        assert m.problems() == []


def test_brushing_the_timeline_sets_the_date_range(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    from datetime import date, timedelta

    out, events = examples
    props = [f["properties"] for f in events["features"]]
    days = sorted(p["date"] for p in props if p["date"])
    lo, hi = date.fromisoformat(days[0][:10]), date.fromisoformat(days[-1][:10])
    span = (hi - lo).days + 1
    a, b = date(2024, 3, 1), date(2024, 5, 20)
    with open_map(browser, out / "map.html") as m:
        page = m.page
        hist = page.evaluate("geostrike.hist()")
        assert hist["unit"] == "week" and sum(x[2] for x in hist["bins"]) == len(days)
        r = page.locator("#gs-hist").bounding_box()
        assert r is not None

        def x(d: date) -> float:
            return r["x"] + ((d - lo).days + 0.5) / span * r["width"]

        y = r["y"] + r["height"] / 2
        page.mouse.move(x(a), y)
        page.mouse.down()
        page.mouse.move((x(a) + x(b)) / 2, y, steps=3)
        page.mouse.move(x(b), y, steps=3)
        page.mouse.up()
        got = page.evaluate("geostrike.range()")
        want_a, want_b = date.fromisoformat(got["from"]), date.fromisoformat(got["to"])
        assert abs((want_a - a).days) <= 1 and abs((want_b - b).days) <= 1, got
        assert page.locator("#gs-from-label").inner_text() == got["from"]
        inside = sorted(p["event_id"] for p in props if p["date"] and got["from"] <= p["date"] <= got["to"])
        wait_shown(m, len(inside))
        # (8: the Ryazan example's downings "over several regions, including Belgorod and Kursk"
        # are two events since two large towns of different regions make a list)
        assert sorted(visible_ids(m)) == inside and len(inside) == 8
        # the histogram still counts every dated event; the bins inside the range are the shown ones
        hist = page.evaluate("geostrike.hist()")
        assert sum(x[2] for x in hist["bins"]) == len(days)
        whole = sum(c for f, t, c in hist["bins"] if f >= got["from"] and t <= got["to"])
        touched = sum(c for f, t, c in hist["bins"] if t >= got["from"] and f <= got["to"])
        assert whole <= len(inside) <= touched
        # a wheel over the timeline zooms it in: finer bins
        for _ in range(8):
            page.mouse.move(x(a + timedelta(days=40)), y)
            page.mouse.wheel(0, -100)
        assert page.evaluate("geostrike.hist().unit") == "day"
        page.locator("#gs-tl-reset").click()
        wait_shown(m, len(props))
        # play steps through time
        page.locator("#gs-play").click()
        first = page.evaluate("geostrike.range()")
        page.wait_for_function("r => geostrike.range().from !== r.from", arg=first, timeout=5000)
        page.locator("#gs-play").click()
        assert page.evaluate("geostrike.range()")["from"] > first["from"]
        assert m.problems() == []


def test_permalink_restores_the_view_and_every_filter(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, events = examples
    props = [f["properties"] for f in events["features"]]
    counts = Counter(key(p, "weapon") for p in props)
    with open_map(browser, out / "map.html") as m:
        page = m.page
        page.fill("#gs-search", "ua")
        page.evaluate("geostrike.setRange('2023-01-01', '2024-04-30', false)")
        overlay_box(m, f"Weapon: drone ({counts['drone']})").uncheck()
        overlay_box(m, "Heat map (killed + injured + 1)").check()
        page.evaluate("geostrike.map.setView([52.5, 35.25], 6, {animate: false})")
        page.wait_for_timeout(400)
        shown = visible_ids(m)
        before = page.evaluate("({range: geostrike.range(), zoom: geostrike.map.getZoom(), "
                               "c: geostrike.map.getCenter(), q: document.getElementById('gs-search').value})")
        url = page.url
    assert "#" in url and "q=ua" in url and "hide=weapon%3Adrone" in url
    assert 0 < len(shown) < len(props)
    with open_map(browser, out / "map.html", fragment="#" + url.split("#", 1)[1]) as m:
        page = m.page
        after = page.evaluate("({range: geostrike.range(), zoom: geostrike.map.getZoom(), "
                              "c: geostrike.map.getCenter(), q: document.getElementById('gs-search').value})")
        assert visible_ids(m) == shown
        assert after["range"] == before["range"] and after["q"] == before["q"] == "ua"
        assert after["zoom"] == before["zoom"] == 6
        assert abs(after["c"]["lat"] - before["c"]["lat"]) < 1e-3 and abs(after["c"]["lng"] - before["c"]["lng"]) < 1e-3
        assert not overlay_box(m, f"Weapon: drone ({counts['drone']})").is_checked()
        assert overlay_box(m, "Heat map (killed + injured + 1)").is_checked()
        assert not page.locator("#gs-undated").is_checked()
        assert count_text(m) == shown_text(len(shown))
        assert m.problems() == []


def test_downloads_of_the_view_equal_the_events_shown(browser: Browser, examples: tuple[Path, dict[str, Any]],
                                                       tmp_path: Path) -> None:
    import csv
    import io

    from geostrike.export import csv_text
    from geostrike.render import EXPORT_FIELDS, write_map

    _, events = examples
    feats = [json.loads(json.dumps(f)) for f in events["features"]]
    # Article text a spreadsheet would run, and line breaks: the page's CSV escapes them as export.py does.
    feats[0]["properties"]["summary"] = "=HYPERLINK(\"http://evil\",\"x\")"
    feats[0]["properties"]["quote"] = "+1 line one\nline two, \"quoted\" <script>x</script>"
    feats[0]["properties"].update(quotes=[feats[0]["properties"]["quote"]], quotes_count=1)
    collection = {"type": "FeatureCollection", "features": feats}
    write_map(collection, tmp_path / "map.html")
    by_id = {f["properties"]["event_id"]: f for f in feats}
    with open_map(browser, tmp_path / "map.html") as m:
        page = m.page
        counts = Counter(key(f["properties"], "attacker") for f in feats)
        overlay_box(m, f"Attacker: RU ({counts['RU']})").uncheck()
        shown = visible_ids(m)
        with page.expect_download() as info:
            page.locator("#gs-dl-geojson").click()
        path = tmp_path / "view.geojson"
        info.value.save_as(path)
        assert info.value.suggested_filename == "events-view.geojson"
        with page.expect_download() as info:
            page.locator("#gs-dl-csv").click()
        csv_path = tmp_path / "view.csv"
        info.value.save_as(csv_path)
        assert m.non_tile_requests() == [] and m.problems() == []
    view = json.loads(path.read_text(encoding="utf-8"))
    assert view["type"] == "FeatureCollection"
    got = [f["properties"]["event_id"] for f in view["features"]]
    assert sorted(got) == sorted(shown) and len(got) == len(feats) - counts["RU"]
    for f in view["features"]:
        orig = by_id[f["properties"]["event_id"]]
        assert set(f["properties"]) == {c for c in EXPORT_FIELDS}
        for k, v in f["properties"].items():
            assert v == orig["properties"][k], (k, v, orig["properties"][k])
        assert all(abs(a - b) < 1e-4 for a, b in zip(f["geometry"]["coordinates"], orig["geometry"]["coordinates"]))
    # The CSV: the rows shown, each cell as geostrike's own CSV writes it.
    page_rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    ref = {r["event_id"]: r for r in csv.DictReader(io.StringIO(csv_text(
        {"type": "FeatureCollection", "features": [by_id[i] for i in shown]})))}
    assert sorted(r["event_id"] for r in page_rows) == sorted(shown)
    assert len(csv_path.read_text(encoding="utf-8").splitlines()) == len(shown) + 1  # one line per row
    for r in page_rows:
        for k, v in r.items():
            if k not in ("lon", "lat"):
                assert v == ref[r["event_id"]][k], (k, v, ref[r["event_id"]][k])
    hostile = next(r for r in page_rows if r["event_id"] == feats[0]["properties"]["event_id"]) \
        if feats[0]["properties"]["event_id"] in shown else None
    if hostile:
        assert hostile["summary"].startswith("'=") and hostile["quote"].startswith("'+1 line one line two")


def test_labels_are_drawn_when_tiles_do_not_load(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, _ = examples
    with open_map(browser, out / "map.html") as m:  # tiles load (stubbed): no labels over them
        m.page.wait_for_timeout(300)
        assert not m.page.evaluate("geostrike.map.hasLayer(geostrike.labels)")
    with open_map(browser, out / "map.html", block_tiles=True) as m:
        page = m.page
        page.wait_for_function("geostrike.map.hasLayer(geostrike.labels)")
        page.evaluate("geostrike.map.setView([49.5, 33], 7, {animate: false})")
        texts = page.locator(".gs-label").all_inner_texts()
        assert any("Oblast" in t.title() for t in texts), texts
        for town in ("Kyiv", "Kharkiv", "Dnipro"):
            assert town in texts, texts
        assert overlay_box(m, "Place labels (shown without tiles)").is_checked()
        assert [p for p in m.problems() if "Failed to load resource" not in p] == []


def label_boxes(m: MapPage) -> list[dict[str, Any]]:
    """Every place label at this zoom: text, rank, hidden or not, and its text's box on the page."""
    return list(m.page.evaluate("""() => geostrike.labels.getLayers().map(l => {
        const span = l.getElement().firstChild, r = span.getBoundingClientRect();
        return {text: span.textContent, rank: l.options.gsRank, hidden: getComputedStyle(span).visibility === "hidden",
                x: r.left, y: r.top, width: r.width, height: r.height};
    })"""))


def grown(b: dict[str, Any], d: float) -> dict[str, Any]:
    return {**b, "x": b["x"] - d, "y": b["y"] - d, "width": b["width"] + 2 * d, "height": b["height"] + 2 * d}


def test_labels_never_overlap(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    """Offline, the admin-1 units of the neighbouring countries crowded the western edge at
    zoom 5: now no two labels shown overlap, and each one hidden meets a label shown that
    ranks at least as high, within its 2 px gap (no label is hidden for nothing)."""
    out, _ = examples
    with open_map(browser, out / "map.html", block_tiles=True) as m:
        page = m.page
        page.wait_for_function("geostrike.map.hasLayer(geostrike.labels)")
        size = page.locator(".folium-map").bounding_box()
        assert size is not None
        for z, centre in ((5, [49.5, 33]), (5, [47, 22]), (7, [49.5, 33]), (9, [50.0, 36.25])):
            page.evaluate(f"geostrike.map.setView({centre}, {z}, {{animate: false}})")
            page.wait_for_function(f"geostrike.map.getZoom() === {z}")
            labels = label_boxes(m)
            shown = [b for b in labels if not b["hidden"]]
            hidden = [b for b in labels if b["hidden"]]
            in_view = [b for b in shown if overlaps(b, size)]
            assert len(in_view) >= {5: 8, 7: 8, 9: 3}[z], (z, [b["text"] for b in in_view])
            for i, a in enumerate(shown):
                for b in shown[i + 1:]:
                    assert not overlaps(a, b), (z, a, b)
            for h in hidden:
                assert any(s["rank"] >= h["rank"] and overlaps(grown(h, 2.5), s) for s in shown), (z, h)
            if z == 5:
                assert hidden, "zoom 5 has more labels than room"
            if (z, centre) == (5, [49.5, 33]):
                texts = {b["text"] for b in shown}
                assert {"Kyiv", "Kharkiv", "Odesa"} <= texts, sorted(texts)  # cities of a million rank first
                png = out / "map-offline.png"
                page.screenshot(path=str(png))
                if target := os.environ.get("GEOSTRIKE_SCREENSHOT_DIR"):
                    Path(target).mkdir(parents=True, exist_ok=True)
                    shutil.copy2(png, Path(target) / "map-offline.png")
        assert [p for p in m.problems() if "Failed to load resource" not in p] == []


def test_a_symbol_per_event_type_explained_in_the_legend(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    from geostrike.render import TYPE_SHAPES

    out, events = examples
    with open_map(browser, out / "map.html") as m:
        page = m.page
        legend = page.locator("#gs-legend").inner_text()
        for t in TYPE_SHAPES:
            assert t in legend
        types = page.evaluate("geostrike.visible().map(i => [geostrike.props(i).event_type, "
                              "geostrike.marker(i).options.shape])")
        assert all(shape == TYPE_SHAPES.get(t, "circle") for t, shape in types)
        assert len({s for _, s in types}) >= 4
        page.evaluate("geostrike.map.setView([44.6, 33.5], 11, {animate: false})")  # Sevastopol: a missile strike
        d = page.locator("svg path.gs-triangle").first.get_attribute("d") or ""
        assert d.count("L") == 2 and d.endswith("Z")
        assert m.problems() == []


def boxes(m: MapPage, selectors: list[str]) -> dict[str, dict[str, float]]:
    out = {}
    for sel in selectors:
        loc = m.page.locator(sel)
        if loc.count() and loc.first.is_visible():
            b = loc.first.bounding_box()
            assert b is not None
            out[sel] = b
    return out


def overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["x"] < b["x"] + b["width"] - 0.5 and b["x"] < a["x"] + a["width"] - 0.5
            and a["y"] < b["y"] + b["height"] - 0.5 and b["y"] < a["y"] + a["height"] - 0.5)


PANELS = ["#gs-title", ".leaflet-control-zoom", ".leaflet-control-layers", "#gs-legend", ".leaflet-control-scale",
          ".leaflet-control-attribution", "#gs-timeline", "#gs-list"]


def test_phone_layout_has_nothing_overlapping(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, events = examples
    with open_map(browser, out / "map.html", width=390, height=844, mobile=True) as m:
        page = m.page
        page.wait_for_timeout(300)
        assert not page.locator("#gs-list").is_visible()  # collapsed on a phone
        assert not page.locator(".leaflet-control-layers-expanded").count()  # the layer panel collapses
        assert page.locator("#gs-legend").get_attribute("open") is None
        for state in ("list closed", "list open"):
            found = boxes(m, PANELS)
            assert {"#gs-title", ".leaflet-control-layers", "#gs-legend", "#gs-timeline"} <= set(found), found
            for sel, b in found.items():
                assert b["x"] >= 0 and b["y"] >= 0 and b["x"] + b["width"] <= 390.5 and b["y"] + b["height"] <= 844.5, \
                    (state, sel, b)
            for i, a in enumerate(found):
                for b in list(found)[i + 1:]:
                    assert not overlaps(found[a], found[b]), (state, a, found[a], b, found[b])
            mapbox = page.locator(".folium-map").bounding_box()
            for sel in ("#gs-timeline", "#gs-list"):
                if sel in found:
                    assert not overlaps(mapbox, found[sel]), (state, sel)
            if state == "list closed":
                png = out / "map-phone.png"
                page.screenshot(path=str(png))
                if target := os.environ.get("GEOSTRIKE_SCREENSHOT_DIR"):
                    shutil.copy2(png, Path(target) / "map-phone.png")
                page.locator("#gs-list-toggle").click()
                assert page.locator("#gs-list").is_visible()
                assert page.evaluate("geostrike.listed().length") == len(events["features"])
                assert page.locator("#gs-list-body .gs-row").count() >= 3
        assert m.problems() == []


def test_list_and_search_escape_article_text(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (tmp_path / "hostile.jsonl").write_text(json.dumps(HOSTILE_ARTICLE) + "\n", encoding="utf-8")
    run_pipeline(tmp_path / "out", str(tmp_path / "hostile.txt"), str(tmp_path / "hostile.jsonl"),
                 "--date", "2024-05-28", "--title", HOSTILE_TITLE)
    with open_map(browser, tmp_path / "out" / "map.html") as m:
        page = m.page
        for q in ("", "script", "<img", "onerror"):
            page.fill("#gs-search", q)
            page.wait_for_timeout(250)
            assert page.locator("#gs-list script, #gs-list img, #gs-list [onerror], #gs-list [onmouseover]").count() == 0
        page.fill("#gs-search", "pwned")
        wait_shown(m, 2)
        assert "window.__pwned" in page.locator("#gs-list").inner_text()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert m.problems() == []


def test_a_village_at_its_community_seat_shows_its_uncertainty(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "post.txt").write_text("Vertiivka, Kharkiv region. A house damaged by shelling.", encoding="utf-8")
    events = run_pipeline(tmp_path / "out", str(tmp_path / "post.txt"), "--date", "2024-06-10")
    (p,) = [f["properties"] for f in events["features"]]
    assert p["uncertainty_km"] > 0
    with open_map(browser, tmp_path / "out" / "map.html") as m:
        assert m.page.evaluate("document.querySelectorAll('path.gs-uncertainty').length") == 0
        m.page.evaluate("geostrike.openPopup(0)")
        text = m.page.locator(".leaflet-popup-content").inner_text()
        assert f"± {round(p['uncertainty_km'], 1)} km" in text
        assert m.page.evaluate("document.querySelectorAll('path.gs-uncertainty').length") == 1  # the circle drawn
        m.page.evaluate("geostrike.map.closePopup()")
        assert m.page.evaluate("document.querySelectorAll('path.gs-uncertainty').length") == 0
        assert m.problems() == []


def test_a_post_shows_the_time_it_was_published(browser: Browser, tmp_path: Path) -> None:
    post = {"id": "kharkiv-ova/101", "text": "Kharkiv: a drone hit a warehouse, 2 injured.",
            "published": "2024-06-10T06:41:00+03:00"}
    (tmp_path / "posts.jsonl").write_text(json.dumps(post) + "\n", encoding="utf-8")
    events = run_pipeline(tmp_path / "out", str(tmp_path / "posts.jsonl"))
    (p,) = [f["properties"] for f in events["features"]]
    assert p["published_at"]
    with open_map(browser, tmp_path / "out" / "map.html") as m:
        m.page.evaluate("geostrike.openPopup(0)")
        text = m.page.locator(".leaflet-popup-content").inner_text()
        assert "Posted" in text and p["published_at"] in text
        assert m.problems() == []
