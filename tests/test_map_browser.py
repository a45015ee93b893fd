"""Real-browser tests of geostrike's map: the pipeline writes map.html, headless Chromium runs it.

Needs Chromium (/usr/bin/chromium), the playwright Python module and, at the repo root,
``npm install --no-save leaflet@1.9.4`` (see ``browser.NPM_PACKAGES``); without them these
tests skip, or fail when CI=true. Nothing of geostrike is mocked: inputs go through
``python -m geostrike run``.
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


def shown(m: MapPage) -> int:
    return m.page.locator("svg .gs-event").count()


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
    regions = sum(1 for f in feats if (f["properties"].get("geo_precision") or 0) >= 3)
    with open_map(browser, out / "map.html") as m:
        assert m.problems() == []
        assert m.page.evaluate("window.geostrikeLayer.getLayers().length") == len(feats)
        assert shown(m) == len(feats)
        assert m.page.locator("svg .gs-region").count() == regions
        assert m.page.evaluate("window.geostrikeLayer.getLayers().filter(l => l instanceof L.Circle).length") == regions
        assert m.page.evaluate("window.geostrikeLayer.getLayers().every(l => l instanceof L.CircleMarker)")
        assert m.page.locator("#gs-count").inner_text() == f"{len(feats)} events shown"
        assert not any(u.endswith(("/leaflet.js", "/leaflet.css")) for u in m.stubbed)


@pytest.mark.parametrize("kind", ["attacker", "weapon"])
def test_overlay_checkbox_hides_and_restores_its_events(browser: Browser, examples: tuple[Path, dict[str, Any]],
                                                        kind: str) -> None:
    out, events = examples
    n = len(events["features"])
    counts = Counter(key(f["properties"], kind) for f in events["features"])
    value, k = min(((v, c) for v, c in counts.items() if c < n), key=lambda vc: (vc[1], vc[0]),
                   default=next(iter(counts.items())))
    with open_map(browser, out / "map.html") as m:
        labels = m.page.locator(".leaflet-control-layers-overlays label")
        texts = [t.strip() for t in labels.all_inner_texts()]
        label = f"{kind.capitalize()}: {value} ({k})"
        assert sum(t.endswith(label) for t in texts) == 1, f"no overlay {label!r} in {texts}"
        box = labels.filter(has_text=label).locator("input[type=checkbox]")
        assert box.is_checked()
        box.uncheck()
        assert shown(m) == n - k
        left = m.page.evaluate("window.geostrikeLayer.getLayers().map(l => l.feature.properties)")
        assert all(key(p, kind) != value for p in left) and len(left) == n - k
        assert m.page.locator("#gs-count").inner_text() == f"{n - k} event{'' if n - k == 1 else 's'} shown"
        box.check()
        assert shown(m) == n
        assert m.page.locator("#gs-count").inner_text() == f"{n} events shown"
        assert m.problems() == []


def test_article_text_cannot_inject_html(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (tmp_path / "hostile.jsonl").write_text(json.dumps(HOSTILE_ARTICLE) + "\n", encoding="utf-8")
    events = run_pipeline(tmp_path / "out", str(tmp_path / "hostile.txt"), str(tmp_path / "hostile.jsonl"),
                          "--date", "2024-05-28", "--title", HOSTILE_TITLE)
    found = sorted(f["properties"]["article_id"] for f in events["features"])
    assert found == ["hostile", "hostile-jsonl"], f"expected one event per hostile article (Kharkiv, Odesa), got {found}"
    with open_map(browser, tmp_path / "out" / "map.html") as m:
        page, texts = m.page, []
        for i in range(page.evaluate("window.geostrikeLayer.getLayers().length")):
            # openPopup, not a click: a marker near the map's edge can sit under the attribution bar
            page.evaluate("i => window.geostrikeLayer.getLayers()[i].openPopup()", i)
            content = page.locator(".leaflet-popup-content").last  # the previous one may still be fading out
            place = page.evaluate("i => window.geostrikeLayer.getLayers()[i].feature.properties.place", i)
            assert place in content.inner_text()
            assert content.locator("script, img, b[onmouseover], a[href^='javascript:' i]").count() == 0
            texts.append(content.inner_text())
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("[onerror], [onmouseover], a[href^='javascript:' i]").count() == 0
        assert page.locator("#gs-title script, #gs-title img").count() == 0
        assert HOSTILE_TITLE in page.locator("#gs-title").inner_text()
        popups = "\n".join(texts)
        assert "<script>window.__pwned=1</script>" in popups, popups
        assert '<img src=x onerror="window.__pwned=2">' in popups, popups
        assert "<b onmouseover=alert(1)>" in popups, popups
        assert m.problems() == []


def test_screenshot(browser: Browser, examples: tuple[Path, dict[str, Any]]) -> None:
    out, _ = examples
    png = out / "map.png"
    with open_map(browser, out / "map.html") as m:
        m.page.wait_for_timeout(500)  # let the fitBounds animation settle
        m.page.screenshot(path=str(png))
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000, f"{png}: {len(data)} bytes"
    if target := os.environ.get("GEOSTRIKE_SCREENSHOT_DIR"):
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, Path(target) / "map.png")
