"""Real-browser tests of geostrike's map: the pipeline writes map.html, headless Chromium runs it.

Needs Chromium (/usr/bin/chromium) and the playwright Python module; without them these
tests skip, or fail when CI=true. The map's CDN scripts are served from the installed
packages the offline map inlines (``tests/browser.py``). Nothing of geostrike is mocked:
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

from browser import MapPage, launch_browser, open_map

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
    return (props.get("geo_precision") or 0) >= 3


def members(m: MapPage) -> int:
    """Events on the map: markers in the cluster group plus region shapes."""
    return int(m.page.evaluate("geostrike.cluster.getLayers().length + geostrike.regions.getLayers().length"))


def drawn(m: MapPage) -> int:
    """Events drawn at the current zoom: the numbers on the cluster icons, lone markers and regions."""
    clusters = sum(int(t) for t in m.page.locator(".marker-cluster span").all_inner_texts())
    return clusters + m.page.locator("svg .gs-event").count()


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
    with open_map(browser, out / "map.html") as m:
        assert m.problems() == []
        assert members(m) == len(feats)
        assert m.page.evaluate("geostrike.regions.getLayers().length") == regions
        assert m.page.locator("svg .gs-region").count() == regions
        assert drawn(m) == len(feats)
        assert count_text(m) == shown_text(len(feats))
        assert not any(u.endswith((".js", ".css")) for u in m.stubbed), m.stubbed
        for text in ("Weapon", "interception (hollow)", "region-level place", "include undated"):
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
        lo = page.locator("#gs-from").get_attribute("min")
        assert page.locator("#gs-from-label").inner_text() == min(days)
        assert page.locator("#gs-to-label").inner_text() == max(days)
        # Drag both sliders to one day, as a user would (change event), with undated events kept.
        offset = page.evaluate("d => Math.round((Date.parse(d) - Date.parse(document.getElementById"
                               "('gs-from-label').textContent)) / 86400000)", day)
        for slider in ("#gs-to", "#gs-from"):
            page.locator(slider).evaluate("(el, v) => { el.value = v; el.dispatchEvent(new Event('change')); }",
                                          str(offset))
        assert lo == "0" and page.locator("#gs-from-label").inner_text() == day
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
